"""Room actions on a real store: committed with their change records, refused whole, the journal append-only."""

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from pixdesk.models import journal as j
from pixdesk.models import room as r
from pixdesk.models.errors import DomainError
from pixdesk.models.tables import CertificationSession
from pixdesk.services import candidates, room, sessions
from pixdesk.services.clock import ClockJump, FixedClock, RoomClock
from pixdesk.services.journal import load_events, merge_events
from pixdesk.store import open_database
from tests.room.conftest import later, local


def counts(db_path):
    with closing(sqlite3.connect(db_path)) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("room_event", "outbox", "audit_event"))


def test_each_action_lands_with_its_change_record_and_marks_the_candidate_joined(db, db_path, room_session, clock):
    session_id, (julie, *_) = room_session
    before = counts(db_path)
    result = room.record_action(db, session_id, [julie], "present", clock=clock)
    assert [e.kind for e in result.events] == [j.PRESENCE_CONFIRMED]
    events, outbox, audit = counts(db_path)
    assert events == before[0] + 1
    # One change record for the event and one for the candidate now joined (the list is locked).
    assert outbox == before[1] + 2 and audit == before[2] + 2
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT entity FROM outbox ORDER BY rowid DESC LIMIT 2").fetchall() == [
            ("candidate",), ("room_event",)]
    assert candidates.list_candidates(db, session_id)[0].has_joined
    with pytest.raises(DomainError) as refused:
        candidates.remove_candidate(db, session_id, julie)
    assert refused.value.code == "CANDIDATE_FORBIDDEN_DELETION"


def test_a_refused_action_writes_nothing(db, db_path, room_session, clock):
    session_id, (julie, michel, *_) = room_session
    room.record_action(db, session_id, [julie], "start", clock=clock)
    before = counts(db_path)
    for action, kwargs, code in (
            ("end-screen-seen", {}, "ROOM_ACTION_NOT_ALLOWED"),  # Michel has not started
            ("abandon", {}, "ROOM_ABORT_REASON_REQUIRED"),
            ("abandon", {"reason": "bored"}, "ROOM_ABORT_REASON_NOT_VALID"),
            ("start", {"reason": "technical"}, "ROOM_REASON_NOT_EXPECTED"),
            ("start", {"at": "25:00"}, "ROOM_TIME_NOT_VALID"),
            ("undo", {}, "ROOM_NOTHING_TO_UNDO")):
        with pytest.raises(DomainError) as refused:
            room.record_action(db, session_id, [michel] if action != "abandon" else [julie], action, clock=clock,
                               **kwargs)
        assert refused.value.code == code, action
    # Several candidates: one refusal refuses them all.
    with pytest.raises(DomainError):
        room.record_action(db, session_id, [michel, julie], "present", clock=clock)
    assert counts(db_path) == before


def test_a_candidate_of_another_session_or_a_finalised_session_is_refused(db, db_path, room_session, clock):
    session_id, ids = room_session
    other = sessions.create_session(db, sessions.SessionInput("Annexe", "2", "2030-01-01", "09:00", "X"))
    stranger = candidates.add_candidate(db, other.id, candidates.CandidateInput(
        "Autre", "Personne", "F", "1990-01-01", "France", "76351")).id
    before = counts(db_path)
    with pytest.raises(DomainError) as refused:
        room.record_action(db, session_id, [stranger], "present", clock=clock)
    assert refused.value.code == "CANDIDATE_NOT_IN_SESSION"
    assert str(stranger) in refused.value.messages()[0] and str(session_id) in refused.value.messages()[0]
    with db.transaction() as store:
        store.get(CertificationSession, session_id).finalized_at = clock.now()
    with pytest.raises(DomainError) as refused:
        room.add_incident(db, session_id, [ids[0]], room.IncidentInput("C6"), clock=clock)
    assert refused.value.code == "SESSION_ALREADY_FINALIZED"
    assert counts(db_path)[0] == before[0]


def test_the_journal_refuses_update_and_delete(db, db_path, room_session, clock):
    session_id, (julie, *_) = room_session
    room.record_action(db, session_id, [julie], "present", clock=clock)
    with closing(sqlite3.connect(db_path)) as conn:
        for statement in ("UPDATE room_event SET kind = 'marked_absent'", "DELETE FROM room_event"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    with pytest.raises(DomainError) as refused:
        sessions.delete_session(db, session_id)
    assert refused.value.code == "SESSION_STARTED_DELETION_ERROR"


def test_a_typed_time_is_today_and_not_in_the_future(db, room_session, clock):
    session_id, (julie, michel, *_) = room_session
    later(clock, 20)  # 10:20
    event = room.record_action(db, session_id, [julie], "start", clock=clock, at="10:05").events[0]
    assert event.effective == local(10, 5)
    with pytest.raises(DomainError) as refused:
        room.record_action(db, session_id, [michel], "start", clock=clock, at="10:30")
    assert refused.value.code == "ROOM_TIME_IN_FUTURE"
    room.record_action(db, session_id, [michel], "start", clock=clock, at="10:21")  # a watch a little fast
    with pytest.raises(DomainError) as refused:
        room.record_action(db, session_id, [michel], "end", clock=FixedClock(local(23, 0)), at="10:30")
    assert refused.value.code == "ROOM_TIME_TOO_OLD"  # not a time of this exam day
    state = room.load_room(db, session_id)
    candidate = state.by_id[julie]
    assert state.timing(candidate, clock.now()).theoretical_end == local(11, 50)


def test_several_candidates_with_skip_refused_go_ahead_and_report_the_others(db, room_session, clock):
    session_id, (julie, michel, jean, anais) = room_session
    room.record_action(db, session_id, [julie], "start", clock=clock)
    result = room.record_action(db, session_id, [julie, michel, jean], "start", clock=clock, skip_refused=True)
    assert len(result.events) == 2 and [p.params["id"] for p in result.refused] == [julie]


def test_incidents_room_wide_corrected_and_removed_keep_their_trace(db, room_session, clock):
    session_id, (julie, michel, jean, anais) = room_session
    room.record_action(db, session_id, [julie, michel, jean], "start", clock=clock)
    room.record_action(db, session_id, [anais], "absent", clock=clock)
    network = room.add_incident(db, session_id, None, room.IncidentInput("A1", description="Coupure du réseau"),
                                clock=clock)
    assert len(network) == 3 and len({i.batch for i in network}) == 1  # the absent candidate is left out
    later(clock, 3)
    e3 = room.add_incident(db, session_id, [julie], room.IncidentInput("e3", 12), clock=clock)[0]
    corrected = room.correct_incident(db, session_id, e3.id[:8], room.IncidentInput("E4", 13), clock=clock)
    assert (corrected.code, corrected.question_number, corrected.noted_at) == ("E4", 13, e3.noted_at)
    removed = room.remove_incident(db, session_id, network[0].id, clock=clock)
    assert removed.id == network[0].id
    listed = room.list_incidents(db, session_id)
    assert sorted((i.candidate_id, i.code) for i in listed) == [(julie, "E4"), (michel, "A1"), (jean, "A1")]
    kinds = [e.kind for e in load_events(db, session_id)]
    assert kinds.count(j.INCIDENT_NOTED) == 4 and j.INCIDENT_CORRECTED in kinds and j.INCIDENT_REMOVED in kinds
    with pytest.raises(DomainError) as refused:
        room.remove_incident(db, session_id, "zzzz", clock=clock)
    assert refused.value.code == "INCIDENT_NOT_FOUND"


def test_incident_input_is_checked_before_anything_is_written(db, db_path, room_session, clock):
    session_id, (julie, *_) = room_session
    before = counts(db_path)
    for item, code in ((room.IncidentInput("Z9"), "INCIDENT_CODE_UNKNOWN"),
                       (room.IncidentInput("E3"), "INCIDENT_QUESTION_NUMBER_REQUIRED"),
                       (room.IncidentInput("E3", 0), "INCIDENT_QUESTION_NUMBER_NOT_VALID"),
                       (room.IncidentInput("A2", description="  "), "INCIDENT_DESCRIPTION_REQUIRED"),
                       (room.IncidentInput("C3", description="Sorti"), "INCIDENT_EXIT_TIME_REQUIRED")):
        with pytest.raises(DomainError) as refused:
            room.add_incident(db, session_id, [julie], item, clock=clock)
        assert refused.value.code == code
    assert counts(db_path) == before
    noted = room.add_incident(db, session_id, [julie], room.IncidentInput("E3"), clock=clock, allow_incomplete=True)
    assert not noted[0].complete
    state = room.load_room(db, session_id)
    assert r.INCIDENT_INCOMPLETE in state.timing(state.by_id[julie], clock.now()).attention


def test_the_report_gives_finalisation_what_it_needs(db, room_session, clock):
    session_id, (julie, michel, jean, anais) = room_session
    room.record_action(db, session_id, [julie, michel, jean], "start", clock=clock)
    room.record_action(db, session_id, [anais], "absent", clock=clock)
    room.record_action(db, session_id, [julie], "end-screen-seen", clock=clock)
    room.record_action(db, session_id, [michel], "end", clock=clock)
    room.record_action(db, session_id, [jean], "abandon", reason="candidate", clock=clock)
    room.add_incident(db, session_id, [julie], room.IncidentInput("C3", description="Sortie", exit_time="10h42"),
                      clock=clock)
    report = room.room_report(db, session_id)
    assert report.verified and report.fingerprint == load_events(db, session_id)[-1].hash
    outcome = {c.candidate_id: c for c in report.candidates}
    assert [c.candidate_id for c in report.started] == [julie, michel, jean]
    assert (outcome[julie].completed, outcome[julie].end_screen_seen) == (True, True)
    assert (outcome[michel].completed, outcome[michel].abort_reason, outcome[michel].state) == (
        False, None, r.ENDED)
    assert (outcome[jean].abort_reason, outcome[anais].present) == ("candidate", False)
    c3 = outcome[julie].incidents[0]
    assert (c3.category, c3.subcategory, c3.exit_time, c3.current_code, c3.current_category) == (
        "LATE_OR_LEAVING", "LEFT_EXAM_ROOM", "10:42", "C8", "NON_BLOCKING_CANDIDATE_ISSUE")


def test_the_test_length_is_a_session_setting_traced_once_the_room_is_used(db, room_session, clock):
    session_id, (julie, *_) = room_session
    assert sessions.get_session(db, session_id).test_length_minutes == 105
    room.set_test_length(db, session_id, 150, clock=clock)
    assert load_events(db, session_id) == []  # not yet in use: the session can still be deleted
    room.record_action(db, session_id, [julie], "start", clock=clock)
    room.set_test_length(db, session_id, 120, clock=clock)
    assert [e.data for e in load_events(db, session_id) if e.kind == j.TEST_LENGTH_CHANGED] == [
        {"from": 150, "to": 120}]
    with pytest.raises(DomainError) as refused:
        room.set_test_length(db, session_id, 0, clock=clock)
    assert refused.value.code == "ROOM_TEST_LENGTH_NOT_VALID"
    assert room.load_room(db, session_id).timing(room.load_room(db, session_id).by_id[julie],
                                                 clock.now()).theoretical_end == clock.now() + timedelta(minutes=120)


def test_a_room_left_open_is_an_interrupted_room(db, room_session, clock):
    session_id, (julie, *_) = room_session
    opening = room.open_room(db, session_id, clock=clock)
    assert opening.interrupted_at is None
    room.record_action(db, session_id, [julie], "start", clock=clock)
    last = clock.now()
    assert room.interrupted_rooms(db) == [(session_id, last)]  # the view was never closed: a crash
    later(clock, 5)
    reopened_clock = FixedClock(clock.now())
    reopened = room.open_room(db, session_id, clock=reopened_clock)
    assert reopened.interrupted_at is not None
    assert room.interrupted_rooms(db) != []  # the new view is open
    room.close_room(db, session_id, clock=reopened_clock)
    assert room.interrupted_rooms(db) == []  # the crashed view was accounted for when the room reopened


def test_clock_changes_are_written_in_the_journal(db, room_session, clock):
    session_id, (julie, *_) = room_session
    wall = [clock.now()]
    steady = [0]
    room_clock = RoomClock(wall=lambda: wall[0], steady=lambda: steady[0])
    steady[0] += 60 * 10**9
    wall[0] += timedelta(minutes=1)
    assert room_clock.check() is None
    wall[0] += timedelta(hours=1)  # someone sets the laptop's clock an hour ahead
    jump = room_clock.check()
    assert jump is not None and round(jump.offset.total_seconds()) == 3600
    assert room_clock.now() == clock.now() + timedelta(minutes=1)  # the room keeps its own time
    room.record_clock_change(db, session_id, jump, clock=room_clock)
    room_clock.acknowledge(jump)
    assert room_clock.check() is None
    # Reopening with the clock set back behind the last record is noticed too.
    room.record_action(db, session_id, [julie], "start", clock=FixedClock(clock.now() + timedelta(hours=2)))
    room.open_room(db, session_id, clock=clock)
    changes = [e for e in load_events(db, session_id) if e.kind == j.CLOCK_CHANGED]
    assert [c.data["why"] for c in changes] == ["changed_during_exam", "behind_last_record"]
    assert changes[0].data["offset_seconds"] == 3600
    assert isinstance(ClockJump(clock.now(), clock.now()).offset, timedelta)


def test_two_laptops_journals_merge_without_conflict(db, db_path, tmp_path, room_session, clock):
    session_id, (julie, michel, *_) = room_session
    # The laptop has a copy of the same store (the room kit), then each writes its own chain.
    laptop_path = tmp_path / "laptop.sqlite"
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(laptop_path)) as target:
        source.backup(target)
    laptop = open_database(laptop_path)
    try:
        room.record_action(db, session_id, [julie], "start", clock=clock)
        later(clock, 1)
        room.record_action(laptop, session_id, [michel], "start", clock=clock)
        room.add_incident(laptop, session_id, [michel], room.IncidentInput("E1", 3), clock=clock)
        result = merge_events(db, session_id, load_events(laptop, session_id))
        assert len(result.added) == 2
        assert merge_events(db, session_id, load_events(laptop, session_id)).already_present == 2
        merge_events(laptop, session_id, load_events(db, session_id))
        desk_room, laptop_room = room.load_room(db, session_id), room.load_room(laptop, session_id)
        assert desk_room.fingerprint == laptop_room.fingerprint and not desk_room.chain_problems
        assert {c.candidate_id for c in room.room_report(db, session_id).started} == {julie, michel}
        # Each store goes on writing on its own chain after the merge.
        room.record_action(db, session_id, [julie], "end-screen-seen", clock=clock)
        assert not room.load_room(db, session_id).chain_problems
    finally:
        laptop.close()


def test_looking_at_a_future_room_writes_nothing(db, clock):
    from datetime import date, timedelta as days
    from pixdesk.models.session_rules import SessionInput
    later_session = sessions.create_session(db, SessionInput("Annexe", "2", (date.today() + days(days=3)).isoformat(),
                                                             "09:00", "X"))
    room.open_room(db, later_session.id, clock=clock)
    room.close_room(db, later_session.id, clock=clock)
    assert load_events(db, later_session.id) == []
    sessions.delete_session(db, later_session.id)  # still deletable


def test_an_event_s_outbox_row_is_the_one_record_change_would_write(db, room_session, clock):
    import json as json_module

    from sqlmodel import select

    from pixdesk.models.tables import OutboxEntry, RoomEvent
    from pixdesk.services.changes import snapshot
    session_id, (julie, *_) = room_session
    event = room.record_action(db, session_id, [julie], "start", clock=clock).events[0]
    with db.session() as store:
        stored = store.exec(select(RoomEvent).where(RoomEvent.uuid == event.id)).one()
        outbox = store.exec(select(OutboxEntry).where(OutboxEntry.entity_id == event.id)).one()
        assert (outbox.entity, outbox.operation, outbox.version) == ("room_event", "create", 1)
        assert json_module.loads(outbox.data) == json_module.loads(json_module.dumps(snapshot(store, stored),
                                                                                     default=str))
        assert json_module.loads(outbox.data)["session_uuid"] == event.session
