"""Enrolment services to the letter: the refusal each one gives, the centre's billing rule applied on every path,
the order and content of an import's change records, and what the audit says of each action."""

import json
from dataclasses import replace

import pytest
from sqlmodel import select

from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.errors import DomainError, NotFoundError, Problem, ValidationError
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import AuditEvent, Candidate
from pixdesk.services import candidates, centres, sessions
from pixdesk.services.outbox import list_changes

JULIE = CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351")
MICHEL = CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", "33063")
ZOE = CandidateInput("Abadie", "Zoé", "F", "2000-01-01", "France", "34172")


@pytest.fixture
def session_id(db):
    return sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric")).id


def audit(db) -> list[tuple[str, str, dict]]:
    with db.session() as s:
        return [(e.action, e.entity_id, json.loads(e.details))
                for e in s.exec(select(AuditEvent).order_by(AuditEvent.sequence))]


@pytest.mark.parametrize("action", ["update", "remove", "join"])
def test_an_unknown_candidate_is_named(db, session_id, action):
    with pytest.raises(NotFoundError) as refused:
        {"update": lambda: candidates.update_candidate(db, session_id, 99, JULIE),
         "remove": lambda: candidates.remove_candidate(db, session_id, 99),
         "join": lambda: candidates.mark_joined(db, session_id, 99)}[action]()
    assert refused.value.problems == [Problem("CANDIDATE_NOT_FOUND", "candidate_id", {"id": 99})]
    assert refused.value.problems[0].message() == "Le candidat 99 n'existe pas dans cette session."


def test_a_candidate_as_json_has_exactly_its_keys(db, session_id):
    julie = candidates.add_candidate(db, session_id, replace(JULIE, complementary_certification="CLEA"))
    shown = julie.as_json()
    assert set(shown) == {
        "id", "uuid", "last_name", "first_name", "sex", "birthdate", "birth_country", "birth_insee_code",
        "birth_postal_code", "birth_city", "birth_city_name", "email", "result_recipient_email", "external_id",
        "extra_time_percentage", "billing_mode", "prepayment_code", "complementary_certification", "incomplete",
        "has_joined"}
    assert (shown["complementary_certification"], shown["has_joined"]) == ("CLEA", False)
    assert candidates.mark_joined(db, session_id, julie.id).as_json()["has_joined"] is True


def test_the_centres_billing_rule_applies_to_adding_and_to_changing(db, session_id):
    centres.update_centre(db, type="SCO")
    paying = replace(JULIE, billing_mode="PAID")
    expected = [Problem("CANDIDATE_BILLING_MODE_MUST_BE_EMPTY", "billing_mode")]
    with pytest.raises(ValidationError) as refused:
        candidates.add_candidate(db, session_id, paying)
    assert refused.value.problems == expected
    julie = candidates.add_candidate(db, session_id, JULIE)
    with pytest.raises(ValidationError) as refused:
        candidates.update_candidate(db, session_id, julie.id, paying)
    assert refused.value.problems == expected


def test_a_change_may_not_make_a_candidate_someone_else_of_the_list(db, session_id):
    julie = candidates.add_candidate(db, session_id, JULIE)
    michel = candidates.add_candidate(db, session_id, MICHEL)
    assert candidates.update_candidate(db, session_id, julie.id, replace(JULIE, sex="M")).sex == "M"
    with pytest.raises(ValidationError) as refused:
        candidates.update_candidate(db, session_id, michel.id, JULIE)
    assert refused.value.problems == [Problem("DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION")]


def test_a_list_naming_someone_twice_is_refused_whole(db, session_id):
    with pytest.raises(ValidationError) as refused:
        candidates.replace_candidates(db, session_id, [validate_candidate(JULIE), validate_candidate(JULIE)])
    assert refused.value.problems == [Problem("DUPLICATE_CANDIDATE")]


def test_an_import_deletes_the_old_list_in_enrolment_order_with_the_servers_ids(db, session_id):
    # Enrolled in an order their names do not sort in: Michel, then Julie, then Zoé.
    michel = candidates.add_candidate(db, session_id, MICHEL)
    julie = candidates.add_candidate(db, session_id, JULIE)
    zoe = candidates.add_candidate(db, session_id, ZOE)
    with db.transaction() as s:  # what the sync writes once the server has numbered Julie
        s.exec(select(Candidate).where(Candidate.id == julie.id)).one().server_id = "4471"
    start = list_changes(db)[-1].sequence
    candidates.replace_candidates(db, session_id, [validate_candidate(JULIE)])
    deletions = [c for c in list_changes(db) if c.sequence > start and c.operation == "delete"]
    assert [(c.entity_id, c.data["server_id"]) for c in deletions] == [
        (michel.uuid, None), (julie.uuid, "4471"), (zoe.uuid, None)]


def test_a_joined_candidate_locks_their_own_list_only(db, session_id):
    other = sessions.create_session(db, SessionInput("Annexe", "B12", "2099-01-13", "10:00", "Lucie")).id
    candidates.add_candidate(db, session_id, MICHEL)  # enrolled first, never joins
    julie = candidates.add_candidate(db, session_id, JULIE)
    candidates.add_candidate(db, other, ZOE)
    candidates.mark_joined(db, session_id, julie.id)
    with pytest.raises(DomainError) as refused:
        candidates.replace_candidates(db, session_id, [validate_candidate(ZOE)])
    assert refused.value.problems == [Problem("CANDIDATE_LIST_LOCKED")]
    assert candidates.replace_candidates(db, other, [validate_candidate(MICHEL)]) == 1


def test_the_audit_says_what_each_enrolment_action_did(db, session_id):
    julie = candidates.add_candidate(db, session_id, JULIE)
    michel = candidates.add_candidate(db, session_id, MICHEL)
    candidates.remove_candidate(db, session_id, michel.id)
    candidates.mark_joined(db, session_id, julie.id)
    other = sessions.create_session(db, SessionInput("Annexe", "B12", "2099-01-13", "10:00", "Lucie"))
    candidates.replace_candidates(db, other.id, [validate_candidate(MICHEL)])
    with db.transaction() as s:
        row = sessions.load_session(s, other.id)
        candidates.enrol_all(s, row, [validate_candidate(ZOE), validate_candidate(JULIE)])
    assert audit(db)[-5:] == [
        ("candidate.delete", michel.uuid, {"session_id": session_id}),
        ("candidate.update", julie.uuid, {"joined": True}),
        ("certification_session.create", other.uuid, {}),
        ("certification_session.replace_candidates", other.uuid, {"removed": 0, "added": 1}),
        ("certification_session.add_candidates", other.uuid, {"added": 2}),
    ]


def test_a_bulk_change_is_audited_at_the_time_its_changes_are_recorded(db, session_id):
    candidates.replace_candidates(db, session_id, [validate_candidate(JULIE), validate_candidate(MICHEL)])
    created = [c for c in list_changes(db) if c.entity == "candidate"]
    with db.session() as s:
        event = s.exec(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
    assert {c.recorded_at for c in created} == {event.recorded_at}
