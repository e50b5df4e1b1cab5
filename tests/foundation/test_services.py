import json

import pytest
from sqlmodel import select

from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.errors import DomainError, ValidationError
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import AuditEvent, Candidate, CertificationSession, OutboxEntry
from pixdesk.services import candidates, sessions

JULIE = CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351")
MICHEL = CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", None, "33000", "Bordeaux")


@pytest.fixture
def session_id(db):
    return sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric")).id


def outbox(db):
    with db.session() as s:
        return [(o.entity, o.operation) for o in s.exec(select(OutboxEntry).order_by(OutboxEntry.sequence))]


def test_each_change_writes_its_outbox_row_and_audit_event(db, session_id):
    added = candidates.add_candidate(db, session_id, JULIE)
    candidates.remove_candidate(db, session_id, added.id)
    sessions.update_session(db, session_id, SessionInput(description="Salle au 2e étage"))
    assert outbox(db) == [("certification_center", "create"), ("certification_session", "create"),
                          ("candidate", "create"), ("candidate", "delete"), ("certification_session", "update")]
    with db.session() as s:
        row = s.exec(select(OutboxEntry).where(OutboxEntry.operation == "update")).one()
        data = json.loads(row.data)
        assert data["description"] == "Salle au 2e étage" and data["uuid"] == row.entity_id
        assert len(s.exec(select(AuditEvent)).all()) == 5


def test_every_entity_has_a_uuid_and_room_for_the_server_id(db, session_id):
    added = candidates.add_candidate(db, session_id, JULIE)
    with db.session() as s:
        for row in (s.get(CertificationSession, session_id), s.get(Candidate, added.id)):
            assert len(row.uuid) == 36 and row.server_id is None and row.updated_at is not None


def test_refused_change_writes_nothing(db, session_id):
    before = outbox(db)
    with pytest.raises(ValidationError):
        candidates.add_candidate(db, session_id, CandidateInput("Dupont", "", "F", "1996-03-13", "France", "76351"))
    candidates.add_candidate(db, session_id, JULIE)
    with pytest.raises(ValidationError) as caught:
        candidates.add_candidate(db, session_id, CandidateInput("DUPONT", "julie", "F", "1996-03-13", "Belgique",
                                                                "99", birth_city="Liège"))
    assert caught.value.code == "DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION"  # the platform's code when adding one
    assert caught.value.problems[0].message() == (
        "Ce candidat est déjà dans la liste, vous ne pouvez pas l'ajouter à nouveau.")
    assert outbox(db) == before + [("candidate", "create")]
    assert len(candidates.list_candidates(db, session_id)) == 1


def test_once_a_candidate_has_joined_the_list_is_locked(db, session_id):
    julie = candidates.add_candidate(db, session_id, JULIE)
    michel = candidates.add_candidate(db, session_id, MICHEL)
    candidates.mark_joined(db, session_id, julie.id)
    listed = {c.id: c for c in candidates.list_candidates(db, session_id)}
    assert listed[julie.id].has_joined and listed[julie.id].joined_at.tzinfo is not None
    assert not listed[michel.id].has_joined and listed[michel.id].birthdate.isoformat() == "2001-05-06"

    with pytest.raises(DomainError) as caught:
        candidates.remove_candidate(db, session_id, julie.id)
    assert caught.value.problems[0].message() == (
        "Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.")
    with pytest.raises(DomainError, match="CANDIDATE_LIST_LOCKED"):
        candidates.remove_candidate(db, session_id, michel.id)
    with pytest.raises(DomainError, match="CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION"):
        candidates.add_candidate(db, session_id, CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172"))
    with pytest.raises(DomainError, match="CANDIDATE_LIST_LOCKED"):
        candidates.replace_candidates(db, session_id, [])
    with pytest.raises(DomainError) as deletion:
        sessions.delete_session(db, session_id)
    assert deletion.value.problems[0].message() == "La session a déjà commencé."
    assert len(candidates.list_candidates(db, session_id)) == 2


def test_finalised_session_refuses_enrolment(db, session_id):
    with db.transaction() as s:
        row = s.get(CertificationSession, session_id)
        from pixdesk.models.tables import utc_now
        row.finalized_at = utc_now()
        s.add(row)
    with pytest.raises(DomainError) as caught:
        candidates.add_candidate(db, session_id, JULIE)
    assert caught.value.problems[0].message() == (
        "La session a été finalisée ou a expiré, l'ajout de candidat n'est plus possible.")
    assert sessions.get_session(db, session_id).status == "finalized"


def test_replace_candidates_is_all_or_nothing(db, session_id):
    candidates.add_candidate(db, session_id, JULIE)
    values = [validate_candidate(MICHEL), validate_candidate(MICHEL)]
    with pytest.raises(ValidationError, match="DUPLICATE_CANDIDATE"):
        candidates.replace_candidates(db, session_id, values)
    assert [c.first_name for c in candidates.list_candidates(db, session_id)] == ["Julie"]
    assert candidates.replace_candidates(db, session_id, values[:1]) == 1
    assert [c.first_name for c in candidates.list_candidates(db, session_id)] == ["Michel"]
    assert outbox(db)[-2:] == [("candidate", "delete"), ("candidate", "create")]


def test_deleting_a_session_removes_its_candidates(db, session_id):
    candidates.add_candidate(db, session_id, JULIE)
    sessions.delete_session(db, session_id)
    assert sessions.list_sessions(db) == []
    with db.session() as s:
        assert s.exec(select(Candidate)).all() == []


def test_update_keeps_fields_not_given_and_validates_the_rest(db, session_id):
    with pytest.raises(ValidationError, match="SESSION_TIME_NOT_VALID"):
        sessions.update_session(db, session_id, SessionInput(time="25:00"))
    updated = sessions.update_session(db, session_id, SessionInput(room="B12"))
    assert (updated.room, updated.site, updated.time) == ("B12", "Centre Testix", "10:00")


def test_unknown_session_is_reported(db):
    with pytest.raises(DomainError) as caught:
        sessions.get_session(db, 999)
    assert caught.value.problems[0].message() == "La session 999 n'existe pas."
