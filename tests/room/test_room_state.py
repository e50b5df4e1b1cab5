"""The room state folded from the journal, the rules of each action, and the times and attention reasons."""

from datetime import date, datetime, timedelta, timezone

import pytest

from pixdesk.models import journal as j
from pixdesk.models import room as r
from pixdesk.models.incidents import PIX_GRID, PV_GRID, current_equivalent, find_code, normalise_code

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
CANDIDATE = r.RoomCandidate(1, "c1", "Neige", "Jean", date(1987, 9, 22), 33)


class Journal:
    def __init__(self):
        self.events = []
        self.time = T0

    def add(self, event_kind, candidate="c1", minutes=1, **data):
        self.time += timedelta(minutes=minutes)
        event = j.JournalEvent(f"e{len(self.events) + 1}", "s", "chain", len(self.events) + 1, event_kind, candidate,
                               data, j.utc_iso(self.time))
        self.events.append(event)
        return event

    def state(self, candidate="c1"):
        return r.fold(self.events).candidates[candidate]


def test_a_test_taken_from_presence_to_end_screen():
    journal = Journal()
    journal.add(j.PRESENCE_CONFIRMED)
    journal.add(j.TEST_STARTED, at=j.utc_iso(T0 + timedelta(minutes=1, seconds=30)))
    journal.add(j.DISCONNECTION_REPORTED, minutes=20)
    assert journal.state().awaiting_resume_since is not None
    journal.add(j.RESUME_AUTHORISED)
    journal.add(j.RESUME_AUTHORISED)
    journal.add(j.END_SCREEN_SEEN, minutes=60)
    state = journal.state()
    assert state.state == r.FINISHED and state.completed and state.end_screen_seen
    assert state.resumes == 2 and state.awaiting_resume_since is None
    assert state.started_at == T0 + timedelta(minutes=1, seconds=30)  # the typed time, not the recording time


def test_ended_then_abandoned_keeps_the_ended_state_with_its_reason():
    journal = Journal()
    journal.add(j.TEST_STARTED)
    journal.add(j.TEST_ENDED)
    assert journal.state().abort_reason is None and not journal.state().completed
    journal.add(j.TEST_ABANDONED, reason="technical")
    state = journal.state()
    assert (state.state, state.abort_reason, state.completed) == (r.ENDED, "technical", False)


def test_undo_cancels_the_last_state_action_only():
    journal = Journal()
    journal.add(j.PRESENCE_CONFIRMED)
    started = journal.add(j.TEST_STARTED)
    journal.add(j.INCIDENT_NOTED, code="E3", grid="pv", category="IN_CHALLENGE", subcategory="FILE_NOT_OPENING",
                question_number=4)
    absent = journal.add(j.END_SCREEN_SEEN)
    journal.add(j.ACTION_CANCELLED, event=absent.id, kind=absent.kind)
    state = journal.state()
    assert state.state == r.RUNNING and state.started_at == started.effective
    assert len(state.incidents) == 1  # incidents are not state actions
    assert [e.id for e in state.state_events] == ["e1", "e2"]


def test_incidents_are_corrected_and_removed_by_new_events():
    journal = Journal()
    noted = journal.add(j.INCIDENT_NOTED, code="E3", grid="pv", category="IN_CHALLENGE",
                        subcategory="FILE_NOT_OPENING", question_number=None)
    assert not journal.state().incidents[noted.id].complete
    assert journal.state().incidents[noted.id].missing == ["question_number"]
    journal.add(j.INCIDENT_CORRECTED, code="E4", grid="pv", category="IN_CHALLENGE",
                subcategory="WEBSITE_UNAVAILABLE", question_number=12, incident=noted.id)
    incident = journal.state().incidents[noted.id]
    assert (incident.code, incident.question_number, incident.noted_at) == ("E4", 12, noted.recorded)
    assert incident.complete and incident.corrected_at is not None
    journal.add(j.INCIDENT_REMOVED, incident=noted.id)
    assert journal.state().incidents == {}


@pytest.mark.parametrize(("state", "allowed"), [
    (r.EXPECTED, {"present", "absent", "start"}),
    (r.PRESENT, {"present", "absent", "start"}),
    (r.ABSENT, {"present", "start"}),
    (r.RUNNING, {"disconnected", "resume", "end-screen-seen", "end", "abandon"}),
    (r.ENDED, {"abandon"}),
    (r.ABANDONED, {"abandon"}),
    (r.FINISHED, set()),
])
def test_which_actions_each_state_allows(state, allowed):
    candidate = r.CandidateState("c1", state=state)
    assert {a for a in r.ACTIONS if r.action_problem(candidate, a) is None} == allowed


def test_theoretical_end_is_start_plus_length_times_one_plus_extra_time():
    start = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    assert r.theoretical_end(start, 105, None) == start + timedelta(minutes=105)
    assert r.theoretical_end(start, 105, 33) == start + timedelta(minutes=139, seconds=39)
    assert r.theoretical_end(start, 150, 50) == start + timedelta(minutes=225)
    assert r.DEFAULT_TEST_LENGTH_MINUTES == 105


def test_attention_reasons_follow_the_clock():
    start = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    planned_end = r.session_planned_end(start, 105, [None, 33])
    running = r.CandidateState("c1", state=r.RUNNING, started_at=start)
    end = r.theoretical_end(start, 105, 33)

    def reasons(state, now):
        return r.timing(state, CANDIDATE, now, 105, start, planned_end).attention

    assert reasons(running, start + timedelta(minutes=30)) == ()
    assert reasons(running, end - timedelta(minutes=4)) == (r.ENDING_SOON_REASON,)
    assert reasons(running, end + timedelta(seconds=1))[:1] == (r.OVER_TIME,)
    assert r.timing(running, CANDIDATE, end + timedelta(seconds=61), 105, start, planned_end).time_left \
        == timedelta(seconds=-61)
    assert reasons(r.CandidateState("c1"), start - timedelta(minutes=1)) == ()
    assert reasons(r.CandidateState("c1"), start) == (r.PRESENCE_MISSING,)
    present = r.CandidateState("c1", state=r.PRESENT, presence_at=start)
    assert reasons(present, start + timedelta(minutes=15)) == ()
    assert reasons(present, start + timedelta(minutes=15, seconds=1)) == (r.PRESENCE_EXPIRED,)
    waiting = r.CandidateState("c1", state=r.RUNNING, started_at=start, awaiting_resume_since=start)
    assert r.AWAITING_RESUME in reasons(waiting, start + timedelta(minutes=10))
    assert r.UNFINISHED_AT_END in reasons(present, planned_end)
    assert reasons(r.CandidateState("c1", state=r.ENDED), start) == (r.ABORT_REASON_MISSING,)
    assert reasons(r.CandidateState("c1", state=r.ABSENT), planned_end + timedelta(hours=1)) == ()


def test_codes_are_found_in_the_centre_grid_then_the_other():
    assert normalise_code(" e-03 ") == "E3" and normalise_code("E") is None
    assert find_code("e3", PV_GRID).label("fr") == "Le fichier à télécharger ne s'ouvre pas"
    assert find_code("e3", PIX_GRID).label("fr") == "Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas"
    assert find_code("E9", PV_GRID).grid == PIX_GRID  # a code Pix accepts is never refused
    assert find_code("C3", PIX_GRID).grid == PV_GRID and find_code("C3", PIX_GRID).needs_exit_time
    assert find_code("Z1", PV_GRID) is None and find_code("E6", PIX_GRID).grid == PV_GRID
    assert current_equivalent(find_code("A1", PV_GRID)).category == "NON_BLOCKING_TECHNICAL_ISSUE"
    assert current_equivalent(find_code("E12", PIX_GRID)).subcategory == "ACCESSIBILITY_ISSUE"


def test_current_grid_is_pixs():
    from pixdesk.models.incidents import PIX_CODES, PV_CODES
    assert [c.code for c in PIX_CODES] == ["C1", "C2", "C4", "C6", "C7", "C8", "E1", "E2", "E3", "E4", "E5", "E8",
                                           "E9", "E10", "E11", "E12"]
    assert [c.code for c in PV_CODES] == ["C1", "C2", "C3", "C4", "C5", "C6", "E1", "E2", "E3", "E4", "E5", "E6",
                                          "E7", "A1", "A2"]
    assert all(c.needs_question_number == (c.category == "IN_CHALLENGE") for c in PIX_CODES + PV_CODES)
    assert {c.code for c in PIX_CODES if c.needs_description} == {"C1", "C2", "C4", "C7", "C8"}


def test_incident_fields_are_checked_against_the_code():
    e3, c3, c6 = find_code("E3", PV_GRID), find_code("C3", PV_GRID), find_code("C6", PV_GRID)
    check = r.validate_incident_fields
    assert check(e3, 12, None, None, allow_incomplete=False) == []
    assert [p[0] for p in check(e3, None, None, None, allow_incomplete=False)] == ["INCIDENT_QUESTION_NUMBER_REQUIRED"]
    assert check(e3, None, None, None, allow_incomplete=True) == []
    assert [p[0] for p in check(e3, 501, None, None, allow_incomplete=True)] == ["INCIDENT_QUESTION_NUMBER_NOT_VALID"]
    assert [p[0] for p in check(c6, 3, "x" * 501, None, allow_incomplete=True)] == [
        "INCIDENT_QUESTION_NUMBER_NOT_EXPECTED", "INCIDENT_DESCRIPTION_TOO_LONG"]
    assert [p[0] for p in check(c3, None, "Parti", "25:00", allow_incomplete=False)] == [
        "INCIDENT_EXIT_TIME_NOT_VALID"]
    assert check(c3, None, "Parti", "10h42", allow_incomplete=False) == []
    assert r.parse_clock_time("9h05").strftime("%H:%M") == "09:05"


def test_durations_read_like_a_countdown():
    assert r.format_duration(timedelta(hours=1, minutes=4, seconds=9)) == "1:04:09"
    assert r.format_duration(timedelta(minutes=12, seconds=5)) == "12:05"
    assert r.format_duration(timedelta(seconds=-200)) == "-3:20"


def test_room_words_come_in_english_from_the_catalogue():
    from pixdesk.models.messages import message
    assert r.state_label(r.ENDED, "en") == "ended by the invigilator"
    assert r.extra_time_tag(33, "fr") == "Temps majoré 33 %" and r.extra_time_tag(33, "en") == "Extra time 33%"
    assert message("CANDIDATE_NOT_IN_SESSION", "en", id=4, session_id=7) == (
        "Candidate 4 is not enrolled in session 7.")
    assert find_code("E3", PIX_GRID).label("en") == "The file to download does not download or does not open"
