"""The outbox and the audit as sync and an administrator will read them: every service's change recorded exactly
(its state, version, time, device), in order, once; the records themselves impossible to rewrite."""

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from pixdesk.documents.session_import import import_sessions
from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.errors import DomainError
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import (AuditEvent, Candidate, CertificationCenter, CertificationSession, IncidentReport,
                                   RoomEvent, SessionDocument, utc_now)
from pixdesk.services import candidates, centres, demo, room, sessions
from pixdesk.services.changes import snapshot
from pixdesk.services.clock import FixedClock
from pixdesk.services.outbox import device_id, list_changes, note_failed_attempt, settle, set_account

T0 = datetime(2099, 1, 10, 8, 0, tzinfo=timezone.utc)
JULIE = CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351", email="julie@example.fr",
                       extra_time_percentage=33)
MICHEL = CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", None, "33000", "Bordeaux")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def clock(time_machine):
    """Frozen time; `clock()` moves it a minute on and returns the new time."""
    time_machine.move_to(T0, tick=False)

    def advance() -> datetime:
        time_machine.shift(timedelta(minutes=1))
        return utc_now()
    return advance


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def recorded_since(db, sequence: int):
    return [c for c in list_changes(db) if c.sequence > sequence]


def last_sequence(db) -> int:
    changes = list_changes(db)
    return changes[-1].sequence if changes else 0


def stored(db, model, entity_id: int):
    with db.session() as s:
        return s.get(model, entity_id)


def test_a_session_created_changed_and_deleted_records_its_exact_state(db, clock):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric Martin"))
    centre_change, create = list_changes(db)
    assert (centre_change.entity, centre_change.operation, centre_change.version) == (
        "certification_center", "create", 1)
    state = {
        "uuid": created.uuid, "server_id": None, "created_at": iso(T0), "updated_at": iso(T0),
        "certification_center_uuid": centre_change.entity_id, "site": "Centre Testix", "room": "45",
        "date": "2099-01-12", "time": "10:00", "examiner": "Eric Martin", "description": None,
        "access_code": created.access_code, "invigilator_password": created.invigilator_password,
        "examiner_global_comment": None, "has_incident": False, "has_joining_issue": False,
        "has_supervisor_access": False, "finalized_at": None, "results_sent_to_prescriber_at": None,
        "published_at": None, "assigned_certification_officer_id": None, "version": 3, "test_length_minutes": 105,
    }
    device = device_id(db)
    assert create.as_json() == {
        "sequence": 2, "id": create.id, "device": device, "entity": "certification_session",
        "entity_id": created.uuid, "operation": "create", "version": 1, "recorded_at": iso(T0), "sent_at": None,
        "data": state,
    }
    assert len(create.id) == 36 and create.id not in (created.uuid, centre_change.id)

    t1 = clock()
    sessions.update_session(db, created.id, SessionInput(room="B12"))
    (update,) = recorded_since(db, 2)
    assert (update.operation, update.version, update.recorded_at, update.device) == ("update", 2, t1, device)
    assert update.data == {**state, "room": "B12", "updated_at": iso(t1)}
    row = stored(db, CertificationSession, created.id)
    assert (row.created_at, row.updated_at, row.revision) == (T0, t1, 2)

    t2 = clock()
    sessions.delete_session(db, created.id)
    (deletion,) = recorded_since(db, 3)
    assert (deletion.operation, deletion.version, deletion.recorded_at, deletion.entity_id) == (
        "delete", 3, t2, created.uuid)
    assert deletion.data == {"uuid": created.uuid, "server_id": None,
                             "certification_center_uuid": centre_change.entity_id}


@pytest.fixture
def session_row(db, clock):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric"))
    return stored(db, CertificationSession, created.id)


def candidate_state(uuid: str, session_uuid: str, created: datetime, updated: datetime, **changes) -> dict:
    return {
        "uuid": uuid, "server_id": None, "created_at": iso(created), "updated_at": iso(updated),
        "session_uuid": session_uuid, "last_name": "Dupont", "first_name": "Julie", "sex": "F",
        "birthdate": "1996-03-13", "birth_country": "France", "birth_insee_code": "76351",
        "birth_postal_code": None, "birth_city": None, "email": "julie@example.fr",
        "result_recipient_email": None, "external_id": None, "extra_time_percentage": 33, "billing_mode": None,
        "prepayment_code": None, "complementary_certification": None, "joined_at": None, "incomplete": False,
        **changes,
    }


def test_a_candidate_added_changed_and_joined_records_its_exact_state(db, clock, session_row):
    start = last_sequence(db)
    t1 = clock()
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    (create,) = recorded_since(db, start)
    assert (create.entity, create.entity_id, create.operation, create.version, create.recorded_at) == (
        "candidate", julie.uuid, "create", 1, t1)
    state = candidate_state(julie.uuid, session_row.uuid, t1, t1)
    assert create.data == state

    t2 = clock()
    candidates.update_candidate(db, session_row.id, julie.id, replace(JULIE, email="j.dupont@example.fr"))
    (update,) = recorded_since(db, create.sequence)
    assert (update.operation, update.version, update.recorded_at) == ("update", 2, t2)
    assert update.data == {**state, "email": "j.dupont@example.fr", "updated_at": iso(t2)}

    t3 = clock()
    joined = candidates.mark_joined(db, session_row.id, julie.id)
    assert joined.joined_at == t3
    (join,) = recorded_since(db, update.sequence)
    assert (join.operation, join.version, join.recorded_at) == ("update", 3, t3)
    assert join.data == {**state, "email": "j.dupont@example.fr", "updated_at": iso(t3), "joined_at": iso(t3)}
    row = stored(db, Candidate, julie.id)
    assert (row.created_at, row.updated_at, row.joined_at, row.revision) == (t1, t3, t3, 3)


def test_a_removed_candidate_records_what_is_gone(db, clock, session_row):
    michel = candidates.add_candidate(db, session_row.id, MICHEL)
    candidates.update_candidate(db, session_row.id, michel.id, MICHEL)
    start = last_sequence(db)
    t1 = clock()
    candidates.remove_candidate(db, session_row.id, michel.id)
    (deletion,) = recorded_since(db, start)
    assert (deletion.entity, deletion.entity_id, deletion.operation, deletion.version, deletion.recorded_at) == (
        "candidate", michel.uuid, "delete", 3, t1)
    assert deletion.data == {"uuid": michel.uuid, "server_id": None, "session_uuid": session_row.uuid}


def test_the_centre_records_its_changes(db, clock):
    t0 = utc_now()
    centre = centres.get_centre(db)
    t1 = clock()
    centres.update_centre(db, name="Centre Testix", type="PRO", habilitations=["clea", "droit"])
    create, update = list_changes(db)
    base = {"uuid": centre.uuid, "server_id": None, "created_at": iso(t0), "updated_at": iso(t0),
            "name": "Mon centre de certification", "type": None, "habilitations": "", "incident_grid": "pv"}
    assert (create.operation, create.version, create.data) == ("create", 1, base)
    assert (update.operation, update.version, update.recorded_at) == ("update", 2, t1)
    assert update.data == {**base, "updated_at": iso(t1), "name": "Centre Testix", "type": "PRO",
                           "habilitations": "CLEA,DROIT"}


def test_an_import_records_one_row_per_candidate_replaced_or_added_and_one_audit_event(db, clock, session_row):
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    candidates.update_candidate(db, session_row.id, julie.id, JULIE)
    michel = candidates.add_candidate(db, session_row.id, MICHEL)
    start = last_sequence(db)
    t1 = clock()
    candidates.replace_candidates(db, session_row.id, [validate_candidate(JULIE)])
    (new_julie,) = candidates.list_candidates(db, session_row.id)
    assert new_julie.uuid not in (julie.uuid, michel.uuid)
    changes = recorded_since(db, start)
    assert [(c.entity, c.entity_id, c.operation, c.version, c.recorded_at) for c in changes] == [
        ("candidate", julie.uuid, "delete", 3, t1),
        ("candidate", michel.uuid, "delete", 2, t1),
        ("candidate", new_julie.uuid, "create", 1, t1),
    ]
    assert changes[0].data == {"uuid": julie.uuid, "server_id": None, "session_uuid": session_row.uuid}
    assert changes[2].data == candidate_state(new_julie.uuid, session_row.uuid, t1, t1)
    assert len({c.id for c in changes}) == 3 and {c.device for c in changes} == {device_id(db)}
    row = stored(db, Candidate, new_julie.id)
    assert (row.created_at, row.updated_at, row.revision) == (t1, t1, 1)
    with db.session() as s:
        event = s.exec(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert (event.action, event.entity, event.entity_id, event.recorded_at, json.loads(event.details)) == (
            "certification_session.replace_candidates", "certification_session", session_row.uuid, t1,
            {"removed": 2, "added": 1})


def test_a_mass_import_records_the_sessions_and_each_candidate(db, clock, session_row, tmp_path):
    header = (FIXTURES / "import-sessions.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    sheet = tmp_path / "sessions.csv"
    sheet.write_text("\n".join([
        header,
        ";Centre Testix;Salle 1;15/06/2099;09:00;Eric Martin;;Dupont;Julie;13/03/1996;F;76351;;;France;;;;;;;",
        ";Centre Testix;Salle 1;15/06/2099;09:00;Eric Martin;;Durand;Michel;06/05/2001;M;;33000;Bordeaux;France;;;;;;;",
        f"{session_row.id};;;;;;;Neige;Jean;22/09/1987;M;34172;;;France;;;;;;;",
    ]) + "\n", encoding="utf-8")
    start = last_sequence(db)
    t1 = clock()
    created, existing = import_sessions(db, sheet, today=T0.date()).sessions
    changes = recorded_since(db, start)
    new_session = sessions.get_session(db, created.id)
    listed = candidates.list_candidates(db, created.id) + candidates.list_candidates(db, existing.id)
    assert [(c.entity, c.entity_id, c.operation, c.version, c.recorded_at) for c in changes] == [
        ("certification_session", new_session.uuid, "create", 1, t1),
        *[("candidate", c.uuid, "create", 1, t1) for c in listed]]
    assert [c.data["session_uuid"] for c in changes[1:]] == [new_session.uuid] * 2 + [session_row.uuid]
    with db.session() as s:
        for change in changes:
            model = CertificationSession if change.entity == "certification_session" else Candidate
            row = s.exec(select(model).where(model.uuid == change.entity_id)).one()
            assert change.data == snapshot(s, row) and row.updated_at == t1


def test_every_stored_entity_is_where_its_last_change_left_it(db):
    """Whatever the services did (the demo's whole seeding, the room), the outbox replayed gives the store."""
    assert demo.seed_demo(db)
    sessions.delete_session(db, sessions.list_sessions(db)[0].id)
    today = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00", "Eric"),
                                    allow_past=True)
    julie = candidates.add_candidate(db, today.id, JULIE)
    room_clock = FixedClock(utc_now())
    room.record_action(db, today.id, [julie.id], "present", clock=room_clock)
    room.add_incident(db, today.id, [julie.id], room.IncidentInput("E3", question_number=4), clock=room_clock)
    room.set_test_length(db, today.id, 120, clock=room_clock)
    room.set_incident_grid(db, "pix")
    latest = {c.entity_id: c for c in list_changes(db)}
    with db.session() as s:
        live = 0
        for model in (CertificationCenter, CertificationSession, Candidate, IncidentReport, SessionDocument,
                      RoomEvent):
            for row in s.exec(select(model)):
                live += 1
                change = latest.pop(row.uuid)
                assert (change.entity, change.version, change.data) == (
                    model.__tablename__, row.revision, snapshot(s, row))
        assert live > 10 and s.exec(select(RoomEvent)).all()
    assert latest and {c.operation for c in latest.values()} == {"delete"}


@pytest.mark.parametrize("action", ["create_session", "update_session", "add", "update", "remove", "join", "centre"])
def test_each_change_of_one_entity_is_exactly_one_outbox_row_and_one_audit_event(db, session_row, action):
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    start = last_sequence(db)
    with db.session() as s:
        events = len(s.exec(select(AuditEvent)).all())
    {
        "create_session": lambda: sessions.create_session(db, SessionInput("A", "B", "2099-02-01", "09:00", "E")),
        "update_session": lambda: sessions.update_session(db, session_row.id, SessionInput(description="x")),
        "add": lambda: candidates.add_candidate(db, session_row.id, MICHEL),
        "update": lambda: candidates.update_candidate(db, session_row.id, julie.id, MICHEL),
        "remove": lambda: candidates.remove_candidate(db, session_row.id, julie.id),
        "join": lambda: candidates.mark_joined(db, session_row.id, julie.id),
        "centre": lambda: centres.update_centre(db, name="Centre Testix"),
    }[action]()
    assert len(recorded_since(db, start)) == 1
    with db.session() as s:
        assert len(s.exec(select(AuditEvent)).all()) == events + 1


def test_a_locked_list_refuses_an_edit_and_records_nothing(db, session_row):
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    michel = candidates.add_candidate(db, session_row.id, MICHEL)
    candidates.mark_joined(db, session_row.id, julie.id)
    before, listed = list_changes(db), candidates.list_candidates(db, session_row.id)
    with pytest.raises(DomainError, match="CANDIDATE_LIST_LOCKED"):
        candidates.update_candidate(db, session_row.id, michel.id, CandidateInput(
            "Durand", "Michel", "M", "2001-05-06", "France", "34172"))
    assert list_changes(db) == before and candidates.list_candidates(db, session_row.id) == listed


def test_sequence_grows_and_is_never_reused_even_after_sent_rows_are_pruned(db, db_path, session_row):
    sequences = [c.sequence for c in list_changes(db)]
    assert sequences == list(range(1, len(sequences) + 1))
    assert settle(db, [c.id for c in list_changes(db)]) == len(sequences)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DELETE FROM outbox")
    candidates.add_candidate(db, session_row.id, JULIE)
    assert [c.sequence for c in list_changes(db)] == [len(sequences) + 1]


def test_numbers_of_deleted_sessions_and_candidates_are_never_given_again(db, session_row):
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    candidates.remove_candidate(db, session_row.id, julie.id)
    assert candidates.add_candidate(db, session_row.id, JULIE).id == julie.id + 1
    sessions.delete_session(db, session_row.id)
    again = sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric"))
    assert again.id == session_row.id + 1


def test_pending_and_sent_bookkeeping(db, session_row):
    first, second = list_changes(db)
    note_failed_attempt(db, first.id, "Hors ligne", T0 + timedelta(minutes=5))
    note_failed_attempt(db, first.id, "Erreur 503", None)
    assert (list_changes(db)[0].attempts, list_changes(db)[0].last_error) == (2, "Erreur 503")
    assert settle(db, [first.id], when=T0) == 1
    assert settle(db, [first.id]) == 0  # settled once: the first answer stands
    assert [c.id for c in list_changes(db, pending_only=True)] == [second.id]
    assert (list_changes(db)[0].sent_at, list_changes(db)[0].last_error) == (T0, None)  # the retry's error cleared
    assert settle(db, [second.id], "INVALID_SESSION: refusée", T0) == 1  # refused for good: settled, reason kept
    assert (list_changes(db)[1].sent_at, list_changes(db)[1].last_error) == (T0, "INVALID_SESSION: refusée")


def sql(db_path, statement, params=()):
    with closing(sqlite3.connect(db_path)) as conn, conn:
        return conn.execute(statement, params).rowcount


@pytest.mark.parametrize("assignment", [
    "sequence = 99", "id = 'x'", "device = 'x'", "entity = 'x'", "entity_id = 'x'", "operation = 'x'",
    "version = 9", "data = '{}'", "recorded_at = '2000-01-01'"])
def test_recorded_fields_of_a_change_cannot_be_rewritten(db_path, session_row, assignment):
    with pytest.raises(sqlite3.IntegrityError, match="cannot be rewritten"):
        sql(db_path, f"UPDATE outbox SET {assignment} WHERE sequence = 1")


def test_unsent_changes_cannot_be_deleted_or_replaced_and_sent_ones_stay_sent(db, db_path, session_row):
    with pytest.raises(sqlite3.IntegrityError, match="not yet sent cannot be deleted"):
        sql(db_path, "DELETE FROM outbox")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be replaced"):
        sql(db_path, "INSERT OR REPLACE INTO outbox (sequence, id, device, entity, entity_id, operation, version, "
                     "data, recorded_at) VALUES (1, 'x', 'd', 'e', 'u', 'create', 1, '{}', '2000-01-01')")
    assert len(list_changes(db)) == 2
    assert sql(db_path, "UPDATE outbox SET attempts = 3, last_error = 'x', next_attempt_at = '2099-01-01'") == 2
    assert sql(db_path, "UPDATE outbox SET sent_at = '2099-01-01' WHERE sequence = 1") == 1
    with pytest.raises(sqlite3.IntegrityError, match="stays sent"):
        sql(db_path, "UPDATE outbox SET sent_at = NULL WHERE sequence = 1")
    assert sql(db_path, "DELETE FROM outbox WHERE sequence = 1") == 1  # a sent change may be pruned


def test_the_audit_is_append_only(db_path, session_row):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql(db_path, "UPDATE audit_event SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql(db_path, "DELETE FROM audit_event")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql(db_path, "INSERT OR REPLACE INTO audit_event (sequence, id, recorded_at, actor, device, action, entity, "
                     "entity_id) VALUES (1, 'x', '2000-01-01', 'a', 'd', 'x', 'e', 'u')")


def test_the_audit_names_who_did_what_from_which_device_in_order(db, clock):
    centres.update_centre(db, name="Centre Testix")
    set_account(db, "marie.curie@example.fr")
    t1 = clock()
    centres.update_centre(db, name="Centre Testix 2")
    set_account(db, None)
    centres.update_centre(db, name="Centre Testix 3")
    with db.session() as s:
        events = s.exec(select(AuditEvent).order_by(AuditEvent.sequence)).all()
    device = device_id(db)
    assert [(e.sequence, e.actor, e.device, e.action) for e in events] == [
        (1, "local", device, "certification_center.create"),
        (2, "local", device, "certification_center.update"),
        (3, "marie.curie@example.fr", device, "certification_center.update"),
        (4, "local", device, "certification_center.update"),
    ]
    assert (events[2].entity, events[2].entity_id, events[2].recorded_at) == (
        "certification_center", centres.get_centre(db).uuid, t1)


def test_changes_command_lists_the_outbox(run, db, session_row):
    code, out, _ = run("changes", "--json")
    listed = json.loads(out)
    assert code == 0 and [set(c) for c in listed] == [{
        "sequence", "id", "device", "entity", "entity_id", "operation", "version", "recorded_at", "sent_at",
        "data"}] * 2
    assert listed == [c.as_json() for c in list_changes(db)]
    settle(db, [listed[0]["id"]])
    code, out, _ = run("changes", "--pending", "--json")
    assert [c["sequence"] for c in json.loads(out)] == [2]
    code, out, _ = run("changes", "--pending")
    header, line = out.splitlines()
    assert header.split() == ["N°", "Enregistrée", "le", "Entité", "UUID", "Opération", "Version", "Envoyée", "le"]
    assert line.split()[0] == "2" and line.split()[3:] == [
        "certification_session", session_row.uuid, "create", "1", "en", "attente"]
    settle(db, [listed[1]["id"]])
    assert run("changes", "--pending")[1] == "Aucune modification en attente.\n"


def test_a_session_and_a_candidate_show_their_uuid_in_json(run, db, session_row):
    code, out, _ = run("session", "show", str(session_row.id), "--json")
    assert json.loads(out)["uuid"] == session_row.uuid
    julie = candidates.add_candidate(db, session_row.id, JULIE)
    code, out, _ = run("candidate", "list", str(session_row.id), "--json")
    assert json.loads(out)[0]["uuid"] == julie.uuid


def test_values_json_has_no_type_for_are_recorded_as_their_text(db):
    from decimal import Decimal

    from pixdesk.services.changes import record_audit
    moment = datetime(2031, 1, 12, 10, 0, tzinfo=timezone.utc)
    with db.transaction() as session:
        record_audit(session, "test.typed", "test", "x", {"at": moment, "amount": Decimal("1.50"), 3: "Hélène"})
    with db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "test.typed")).one()
    assert json.loads(event.details) == {"at": "2031-01-12 10:00:00+00:00", "amount": "1.50", "3": "Hélène"}
    assert "Hélène" in event.details  # UTF-8 as it is, not \u escapes


def test_an_import_records_each_state_exactly_as_a_single_change_would():
    """states_of (the bulk path) and state_of (one change) give the same keys, in the same order, and values."""
    from pixdesk.services.candidates import VALUE_FIELDS, candidate_row
    from pixdesk.services.changes import state_of, states_of

    table = Candidate.__table__
    people = [validate_candidate(JULIE), replace(validate_candidate(MICHEL), incomplete=True, sex=None)]
    moment = datetime(2031, 1, 12, 9, 30, 15, 123456, tzinfo=timezone.utc)
    rows = [(f"uuid-{n}", *candidate_row(person)) for n, person in enumerate(people)]
    bulk = states_of(table, ("uuid", *VALUE_FIELDS), rows,
                     {"created_at": moment, "updated_at": moment, "session_id": "session-uuid"})
    single = [state_of(table, {"created_at": moment, "updated_at": moment, **dict(zip(("uuid", *VALUE_FIELDS), row))},
                       {"session_id": "session-uuid"}) for row in rows]
    assert [list(state.items()) for state in bulk] == [list(state.items()) for state in single]
    assert bulk[0]["birthdate"] == "1996-03-13" and bulk[1]["incomplete"] is True and bulk[0]["joined_at"] is None
    assert bulk[0]["created_at"] == "2031-01-12T09:30:15.123456+00:00"
