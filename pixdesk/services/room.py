"""Every action of the exam room (presence, start, resume, end, abandon, incidents, the test's length), each one
transaction that appends to the session's journal, and the room as the window and the finalisation read it.

An action either lands whole (its events, the candidate's "joined" mark, their change records) or not at all,
and nothing is reported done before its commit. The state the actions are checked against is folded from the
journal inside the same locked transaction, so a command and the window writing at once cannot cross.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from pixdesk.models import journal as j
from pixdesk.models import room as r
from pixdesk.models.errors import NotFoundError, Problem, ValidationError
from pixdesk.models.incidents import GRIDS, IncidentCode, current_equivalent, find_code, get_code
from pixdesk.models.tables import Candidate, new_uuid, utc_now
from pixdesk.models.text import clean
from pixdesk.services.centres import current_centre
from pixdesk.services.changes import record_change
from pixdesk.services.clock import JUMP_THRESHOLD, ClockJump, RoomClock
from pixdesk.services.journal import (EventSpec, SessionRef, append, has_journal, read_events, room_transaction,
                                     session_ref)
from pixdesk.services.sessions import SessionSummary, get_session, load_session
from pixdesk.store import Database

_ID_PREFIX = re.compile(r"^[0-9a-f-]{4,36}$")
# A typed time may be this far ahead of the room's clock (a watch a little fast), not more.
TIME_TOLERANCE = timedelta(minutes=1)
# ...and this far behind it: an exam day, caught up at its end; not a time of another day.
TIME_REACH = timedelta(hours=12)

_CANDIDATE_QUERY = ("SELECT id, uuid, last_name, first_name, birthdate, extra_time_percentage FROM candidate "
                    "WHERE session_id = ?")


def _room_candidate(row: Sequence[Any]) -> r.RoomCandidate:
    id_, uuid, last_name, first_name, birthdate, extra = row
    return r.RoomCandidate(id_, uuid, last_name, first_name, date.fromisoformat(str(birthdate)[:10]), extra)


def _candidates(session: Session, session_id: int, ids: Sequence[int] | None = None) -> list[r.RoomCandidate]:
    conn = session.connection()
    if ids is None:
        rows = conn.exec_driver_sql(_CANDIDATE_QUERY + " ORDER BY id", (session_id,)).fetchall()
    else:
        marks = ", ".join("?" for _ in ids)
        rows = conn.exec_driver_sql(f"{_CANDIDATE_QUERY} AND id IN ({marks}) ORDER BY id",
                                    (session_id, *ids)).fetchall()
    return [_room_candidate(row) for row in rows]


def _writable_session(session: Session, session_id: int) -> SessionRef:
    ref = session_ref(session, session_id)
    if ref is None:
        raise NotFoundError(Problem("SESSION_NOT_FOUND", "session_id", {"id": session_id}))
    if ref.finalized:
        raise ValidationError(Problem("SESSION_ALREADY_FINALIZED"))
    return ref


def _named_candidates(session: Session, session_id: int, ids: Sequence[int]) -> list[r.RoomCandidate]:
    unique_ids = list(dict.fromkeys(ids))
    found = _candidates(session, session_id, unique_ids)
    missing = set(unique_ids) - {c.id for c in found}
    if missing:
        raise NotFoundError([Problem("CANDIDATE_NOT_IN_SESSION", "candidate_id", {"id": i, "session_id": session_id})
                             for i in unique_ids if i in missing])
    return found


def display_name(candidate: r.RoomCandidate) -> str:
    return f"{candidate.first_name} {candidate.last_name}"


# --- the room as the window shows it


@dataclass
class Room:
    """A session's room: its candidates, its journal and the state folded from it. The window keeps one and
    applies the events each action returns, so it never reads the journal back after a write."""

    session: SessionSummary
    candidates: list[r.RoomCandidate]
    events: list[j.JournalEvent]
    state: r.RoomState
    grid: str
    chain_problems: list[j.ChainProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_uuid = {c.uuid: c for c in self.candidates}
        self.by_id = {c.id: c for c in self.candidates}

    def _times(self) -> tuple[datetime, datetime]:
        # Read at every tick for every candidate: computed once per session date, time and length.
        key = (self.session.date, self.session.time, self.session.test_length_minutes)
        cached = getattr(self, "_times_cache", None)
        if cached is None or cached[0] != key:
            start = r.session_start(self.session.date, self.session.time)
            end = r.session_planned_end(start, self.session.test_length_minutes,
                                        [c.extra_time_percentage for c in self.candidates])
            cached = self._times_cache = (key, (start, end))
        return cached[1]

    @property
    def start(self) -> datetime:
        return self._times()[0]

    @property
    def length(self) -> int:
        return self.session.test_length_minutes

    @property
    def planned_end(self) -> datetime:
        return self._times()[1]

    @property
    def fingerprint(self) -> str | None:
        return j.fingerprint(self.events)

    def state_of(self, candidate: r.RoomCandidate) -> r.CandidateState:
        return self.state.candidates.get(candidate.uuid) or r.CandidateState(candidate.uuid)

    def timing(self, candidate: r.RoomCandidate, now: datetime) -> r.Timing:
        return r.timing(self.state_of(candidate), candidate, now, self.length, self.start, self.planned_end)

    def apply(self, events: Sequence[j.JournalEvent]) -> None:
        for event in events:
            self.events.append(event)
            self.state.apply(event)

    def in_room(self) -> list[r.RoomCandidate]:
        """Those a room-wide incident concerns: present, or taking the test."""
        return [c for c in self.candidates if self.state_of(c).state in r.IN_ROOM_STATES]

    def unfinished(self) -> bool:
        return any(self.state_of(c).state not in r.FINAL_STATES for c in self.candidates)


def read_room(session: Session, session_id: int, summary: SessionSummary) -> Room:
    """The room as stored, read in the caller's transaction."""
    events = read_events(session, session_id)
    return Room(summary, _candidates(session, session_id), events, r.fold(events),
                current_centre(session).incident_grid, j.verify(events))


def load_room(db: Database, session_id: int) -> Room:
    summary = get_session(db, session_id)
    with db.session() as session:
        return read_room(session, session_id, summary)


def journal_size(db: Database, session_id: int) -> int:
    """How many events the session's journal holds: a cheap way to notice another writer."""
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM room_event WHERE session_id = ?", (session_id,))
                   .scalar_one())


# --- candidate actions


def parse_at(text: str | None, clock: RoomClock) -> datetime | None:
    """A time typed as HH:MM, today (the room's day), not ahead of the room's clock."""
    if text is None:
        return None
    parsed = r.parse_clock_time(text)
    if parsed is None:
        raise ValidationError(Problem("ROOM_TIME_NOT_VALID", "at", {"value": text}))
    now = clock.now().astimezone()
    moment = now.replace(hour=parsed.hour, minute=parsed.minute, second=0, microsecond=0)
    if moment > now + TIME_TOLERANCE:
        raise ValidationError(Problem("ROOM_TIME_IN_FUTURE", "at",
                                      {"value": parsed.strftime("%H:%M"), "now": now.strftime("%H:%M")}))
    if moment < now - TIME_REACH:
        raise ValidationError(Problem("ROOM_TIME_TOO_OLD", "at", {"value": parsed.strftime("%H:%M"),
                                                                  "hours": int(TIME_REACH.total_seconds() // 3600)}))
    return moment


def _check_reason(action: str, reason: str | None) -> None:
    if action == "abandon":
        if reason is None:
            raise ValidationError(Problem("ROOM_ABORT_REASON_REQUIRED", "reason"))
        if reason not in r.ABORT_REASONS:
            raise ValidationError(Problem("ROOM_ABORT_REASON_NOT_VALID", "reason", {"value": reason}))
    elif reason is not None:
        raise ValidationError(Problem("ROOM_REASON_NOT_EXPECTED", "reason"))


def refusal(code: str, candidate: r.RoomCandidate, action: str, state: r.CandidateState) -> Problem:
    return Problem(code, "candidate_id", {"name": display_name(candidate), "action": r.action_label(action),
                                          "state": r.state_label(state.state), "id": candidate.id})


@dataclass(frozen=True)
class ActionResult:
    events: list[j.JournalEvent]
    refused: list[Problem]  # candidates left out (only when asked to skip them)


def _mark_joined(session: Session, candidate_ids: Sequence[int], when: datetime) -> None:
    """A candidate in the room has joined the session, as on the platform: the list is locked from then on."""
    if not candidate_ids:
        return
    marks = ", ".join("?" for _ in candidate_ids)
    newcomers = [i for (i,) in session.connection().exec_driver_sql(
        f"SELECT id FROM candidate WHERE id IN ({marks}) AND joined_at IS NULL", tuple(candidate_ids))]
    for candidate_id in newcomers:
        row = session.get_one(Candidate, candidate_id)
        row.joined_at = when
        record_change(session, row, "update", {"joined": True})


def record_action(db: Database, session_id: int, candidate_ids: Sequence[int], action: str, *, clock: RoomClock,
                  at: str | None = None, reason: str | None = None, skip_refused: bool = False) -> ActionResult:
    """One room action for one or several candidates. Refused for any of them: nothing is written, unless
    `skip_refused`, where the others go ahead and the refusals come back (the window's multi-selection)."""
    if action not in r.ACTION_KINDS and action != "undo":
        raise ValueError(f"unknown room action {action!r}")
    if action != "undo":
        _check_reason(action, reason)
    moment = parse_at(at, clock)
    with room_transaction(db) as session:
        row = _writable_session(session, session_id)
        people = _named_candidates(session, session_id, candidate_ids)
        state = r.fold(read_events(session, session_id, [c.uuid for c in people]))
        specs, refused, joined = [], [], []
        for candidate in people:
            current = state.candidates.get(candidate.uuid) or r.CandidateState(candidate.uuid)
            problem = r.action_problem(current, action)
            if problem:
                refused.append(refusal(problem, candidate, action, current))
                continue
            if action == "undo":
                last = current.state_events[-1]
                specs.append(EventSpec(j.ACTION_CANCELLED, candidate.uuid, {"event": last.id, "kind": last.kind}))
                continue
            data: dict[str, object] = {}
            if moment is not None:
                data["at"] = j.utc_iso(moment)
            if action == "abandon":
                data["reason"] = reason
            specs.append(EventSpec(r.ACTION_KINDS[action], candidate.uuid, data))
            if action in ("present", "start"):
                joined.append(candidate.id)
        if refused and not skip_refused:
            raise ValidationError(refused)
        events = append(session, row, specs, clock) if specs else []
        _mark_joined(session, joined, utc_now())
        return ActionResult(events, refused)


# --- incidents


@dataclass(frozen=True)
class IncidentInput:
    code: str
    question_number: int | None = None
    description: str | None = None
    exit_time: str | None = None


def _incident_data(session: Session, item: IncidentInput, grid: str | None, allow_incomplete: bool
                   ) -> tuple[IncidentCode, dict[str, object]]:
    chosen = grid or current_centre(session).incident_grid
    if chosen not in GRIDS:
        raise ValidationError(Problem("INCIDENT_GRID_NOT_VALID", "grid", {"value": chosen}))
    code = find_code(item.code, chosen)
    if code is None:
        raise ValidationError(Problem("INCIDENT_CODE_UNKNOWN", "code", {"value": item.code}))
    description = clean(item.description) if item.description is not None else None
    exit_time = clean(item.exit_time) if item.exit_time is not None else None
    problems = r.validate_incident_fields(code, item.question_number, description, exit_time,
                                          allow_incomplete=allow_incomplete)
    if problems:
        raise ValidationError([Problem(c, f, p) for c, f, p in problems])
    parsed_exit = r.parse_clock_time(exit_time) if exit_time is not None else None
    if parsed_exit is not None:  # (an exit time that does not parse was refused above)
        exit_time = parsed_exit.strftime("%H:%M")
    return code, {"code": code.code, "grid": code.grid, "category": code.category, "subcategory": code.subcategory,
                  "question_number": item.question_number, "description": description, "exit_time": exit_time}


@dataclass(frozen=True)
class IncidentChange:
    """The incidents as they now stand, and the events that recorded the change (the window applies these)."""

    incidents: list[r.Incident]
    events: list[j.JournalEvent]


def note_incident(db: Database, session_id: int, candidate_ids: Sequence[int] | None, item: IncidentInput, *,
                  clock: RoomClock, grid: str | None = None, allow_incomplete: bool = False) -> IncidentChange:
    """Note an incident for one candidate, or the same one for several (a room-wide incident: `None` means
    everyone present or taking the test). One transaction either way."""
    with room_transaction(db) as session:
        row = _writable_session(session, session_id)
        _, data = _incident_data(session, item, grid, allow_incomplete)
        if candidate_ids is None:
            state = r.fold(read_events(session, session_id))
            people = [c for c in _candidates(session, session_id)
                      if (state.candidates.get(c.uuid) or r.CandidateState(c.uuid)).state in r.IN_ROOM_STATES]
        else:
            people = _named_candidates(session, session_id, candidate_ids)
        if not people:
            raise ValidationError(Problem("ROOM_NO_CANDIDATE", "candidate_id"))
        if len(people) > 1:
            data["batch"] = new_uuid()
        events = append(session, row, [EventSpec(j.INCIDENT_NOTED, c.uuid, dict(data)) for c in people], clock)
        return IncidentChange([_noted(e) for e in events], events)


def add_incident(db: Database, session_id: int, candidate_ids: Sequence[int] | None, item: IncidentInput, *,
                 clock: RoomClock, grid: str | None = None, allow_incomplete: bool = False) -> list[r.Incident]:
    return note_incident(db, session_id, candidate_ids, item, clock=clock, grid=grid,
                         allow_incomplete=allow_incomplete).incidents


def _noted(event: j.JournalEvent) -> r.Incident:
    state = r.RoomState()
    state.apply(event)
    return state.candidates[event.candidate or ""].incidents[event.id]


def _find_incident(session: Session, session_id: int, incident_id: str) -> tuple[r.Incident, r.RoomCandidate]:
    key = (incident_id or "").strip().lower()
    matches: Sequence[Any] = []
    if _ID_PREFIX.match(key):  # the whole UUID, or its first characters as `incident list` shows them
        matches = session.connection().exec_driver_sql(
            "SELECT uuid, candidate_uuid FROM room_event WHERE session_id = ? AND kind = ? AND uuid LIKE ? LIMIT 2",
            (session_id, j.INCIDENT_NOTED, key + "%")).fetchall()
    if len(matches) > 1:
        raise ValidationError(Problem("INCIDENT_ID_AMBIGUOUS", "incident_id", {"value": incident_id}))
    if matches:
        uuid, candidate_uuid = matches[0]
        state = r.fold(read_events(session, session_id, [candidate_uuid]))
        incident = state.candidate(candidate_uuid).incidents.get(uuid)
        candidate = next((c for c in _candidates(session, session_id) if c.uuid == candidate_uuid), None)
        if incident is not None and candidate is not None:
            return incident, candidate
    raise NotFoundError(Problem("INCIDENT_NOT_FOUND", "incident_id", {"value": incident_id, "session_id": session_id}))


def revise_incident(db: Database, session_id: int, incident_id: str, item: IncidentInput, *, clock: RoomClock,
                    allow_incomplete: bool = False) -> IncidentChange:
    """A new version of an incident, recorded as a new event: the first one stays in the journal."""
    with room_transaction(db) as session:
        row = _writable_session(session, session_id)
        incident, candidate = _find_incident(session, session_id, incident_id)
        _, data = _incident_data(session, item, incident.grid, allow_incomplete)
        data["incident"] = incident.id
        events = append(session, row, [EventSpec(j.INCIDENT_CORRECTED, candidate.uuid, data)], clock)
        state = r.fold(read_events(session, session_id, [candidate.uuid]))
        return IncidentChange([state.candidate(candidate.uuid).incidents[incident.id]], events)


def correct_incident(db: Database, session_id: int, incident_id: str, item: IncidentInput, *, clock: RoomClock,
                     allow_incomplete: bool = False) -> r.Incident:
    return revise_incident(db, session_id, incident_id, item, clock=clock,
                           allow_incomplete=allow_incomplete).incidents[0]


def withdraw_incident(db: Database, session_id: int, incident_id: str, *, clock: RoomClock) -> IncidentChange:
    """Withdraw an incident; the journal keeps it and the removal."""
    with room_transaction(db) as session:
        row = _writable_session(session, session_id)
        incident, candidate = _find_incident(session, session_id, incident_id)
        events = append(session, row, [EventSpec(j.INCIDENT_REMOVED, candidate.uuid, {"incident": incident.id})],
                        clock)
        return IncidentChange([incident], events)


def remove_incident(db: Database, session_id: int, incident_id: str, *, clock: RoomClock) -> r.Incident:
    return withdraw_incident(db, session_id, incident_id, clock=clock).incidents[0]


# --- the session's settings and the room's own events


def parse_test_length(text: str) -> int:
    try:
        return int(str(text).strip())
    except ValueError:
        raise ValidationError(Problem("ROOM_TEST_LENGTH_NOT_VALID", "test_length_minutes",
                                      {"value": text, "min": r.MIN_TEST_LENGTH_MINUTES,
                                       "max": r.MAX_TEST_LENGTH_MINUTES})) from None


def set_test_length(db: Database, session_id: int, minutes: int, *, clock: RoomClock) -> SessionSummary:
    """The test's length for this session. Once the room is in use, the change is written in its journal too."""
    return change_test_length(db, session_id, minutes, clock=clock)[0]


def change_test_length(db: Database, session_id: int, minutes: int, *, clock: RoomClock
                       ) -> tuple[SessionSummary, list[j.JournalEvent]]:
    if not isinstance(minutes, int) or not r.MIN_TEST_LENGTH_MINUTES <= minutes <= r.MAX_TEST_LENGTH_MINUTES:
        raise ValidationError(Problem("ROOM_TEST_LENGTH_NOT_VALID", "test_length_minutes",
                                      {"value": minutes, "min": r.MIN_TEST_LENGTH_MINUTES,
                                       "max": r.MAX_TEST_LENGTH_MINUTES}))
    with room_transaction(db) as session:
        _writable_session(session, session_id)
        row = load_session(session, session_id)
        previous = row.test_length_minutes
        events: list[j.JournalEvent] = []
        if previous != minutes:
            row.test_length_minutes = minutes
            record_change(session, row, "update", {"test_length_minutes": minutes})
            if has_journal(session, session_id):
                events = append(session, row, [EventSpec(j.TEST_LENGTH_CHANGED, None,
                                                         {"from": previous, "to": minutes})], clock)
    return get_session(db, session_id), events


@dataclass(frozen=True)
class Opening:
    room: Room
    interrupted_at: datetime | None  # the last action before an interruption, when the room was left open


def open_room(db: Database, session_id: int, *, clock: RoomClock) -> Opening:
    """The room as the window opens it: an opening in the journal, an interruption (a room view that was never
    closed, i.e. a crash or a power cut) noticed, and the computer's clock checked against the last record."""
    summary = get_session(db, session_id)
    if summary.finalized:
        return Opening(load_room(db, session_id), None)
    with room_transaction(db) as session:
        row = load_session(session, session_id)
        events = read_events(session, session_id)
        state = r.fold(events)
        interrupted = state.last_event.recorded if state.open_runs and state.last_event else None
        specs = []
        now = clock.now()
        if state.last_event is not None and state.last_event.recorded - now > JUMP_THRESHOLD:
            specs.append(_clock_spec(ClockJump(system=now, room=state.last_event.recorded), "behind_last_record"))
        data: dict[str, object] = {"view": clock.run}
        if interrupted is not None:
            data["after_interruption"] = j.utc_iso(interrupted)
            data["left_open"] = sorted(state.open_runs)
        specs.append(EventSpec(j.ROOM_OPENED, None, data))
        # A look at a room before its exam day writes nothing: the session can still be deleted.
        if events or row.date <= now.astimezone().date():
            append(session, row, specs, clock)
    return Opening(load_room(db, session_id), interrupted)


def close_room(db: Database, session_id: int, *, clock: RoomClock) -> None:
    """The room view closes normally: its opening is matched (nothing is written if it wrote none)."""
    with room_transaction(db) as session:
        row = load_session(session, session_id)
        if row.finalized_at is None and clock.run in r.fold(read_events(session, session_id)).open_runs:
            append(session, row, [EventSpec(j.ROOM_CLOSED, None, {"view": clock.run})], clock)


def _clock_spec(jump: ClockJump, why: str) -> EventSpec:
    return EventSpec(j.CLOCK_CHANGED, None, {"system": j.utc_iso(jump.system), "room": j.utc_iso(jump.room),
                                             "offset_seconds": round(jump.offset.total_seconds()), "why": why})


def record_clock_change(db: Database, session_id: int, jump: ClockJump, *, clock: RoomClock) -> list[j.JournalEvent]:
    with room_transaction(db) as session:
        row = _writable_session(session, session_id)
        return append(session, row, [_clock_spec(jump, "changed_during_exam")], clock)


def interrupted_rooms(db: Database) -> list[tuple[int, datetime]]:
    """Sessions not finalised whose room view was left open (the app was killed or the power went), with some
    candidate not finished: (session id, time of the last action), most recent first."""
    with db.session() as session:
        ids = [sid for (sid,) in session.connection().exec_driver_sql(
            "SELECT DISTINCT e.session_id FROM room_event AS e JOIN certification_session AS s ON s.id = e.session_id "
            "WHERE e.kind = ? AND s.finalized_at IS NULL", (j.ROOM_OPENED,))]
        found = []
        for session_id in ids:
            events = read_events(session, session_id)
            state = r.fold(events)
            if not state.open_runs or state.last_event is None:
                continue
            people = _candidates(session, session_id)
            if any((state.candidates.get(c.uuid) or r.CandidateState(c.uuid)).state not in r.FINAL_STATES
                   for c in people):
                found.append((session_id, state.last_event.recorded))
    return sorted(found, key=lambda item: item[1], reverse=True)


# --- what finalisation and the printed documents read


@dataclass(frozen=True)
class IncidentView:
    id: str
    candidate_id: int
    candidate_name: str
    code: str
    grid: str
    label: str
    category: str
    subcategory: str | None
    question_number: int | None
    description: str | None
    exit_time: str | None
    noted_at: datetime
    complete: bool
    # What the platform accepts today for this incident (printed-grid codes map to a current one).
    current_code: str
    current_category: str
    current_subcategory: str | None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "candidate_id": self.candidate_id, "code": self.code, "category": self.category,
                "subcategory": self.subcategory, "question_number": self.question_number,
                "description": self.description, "noted_at": j.utc_iso(self.noted_at), "grid": self.grid,
                "exit_time": self.exit_time, "complete": self.complete}


def incident_view(incident: r.Incident, candidate: r.RoomCandidate) -> IncidentView:
    code = get_code(incident.code, incident.grid)
    current = current_equivalent(code)
    return IncidentView(incident.id, candidate.id, display_name(candidate), incident.code, incident.grid,
                        code.label(), incident.category, incident.subcategory, incident.question_number,
                        incident.description, incident.exit_time, incident.noted_at, incident.complete,
                        current.code, current.category, current.subcategory)


@dataclass(frozen=True)
class CandidateOutcome:
    """One candidate as finalisation needs them (Pix's certification report)."""

    candidate_id: int
    candidate_uuid: str
    last_name: str
    first_name: str
    state: str
    started: bool
    completed: bool
    end_screen_seen: bool
    abort_reason: str | None
    started_at: datetime | None
    ended_at: datetime | None
    resumes: int
    present: bool
    incidents: list[IncidentView]


@dataclass(frozen=True)
class RoomReport:
    session_id: int
    candidates: list[CandidateOutcome]  # every enrolled candidate, in enrolment order
    fingerprint: str | None
    verified: bool
    event_count: int

    @property
    def started(self) -> list[CandidateOutcome]:
        return [c for c in self.candidates if c.started]

    @property
    def incidents(self) -> list[IncidentView]:
        return sorted((i for c in self.candidates for i in c.incidents), key=lambda i: i.noted_at)


def report_of(room: Room) -> RoomReport:
    outcomes = []
    for candidate in room.candidates:
        state = room.state_of(candidate)
        incidents = sorted((incident_view(i, candidate) for i in state.incidents.values()), key=lambda i: i.noted_at)
        outcomes.append(CandidateOutcome(
            candidate.id, candidate.uuid, candidate.last_name, candidate.first_name, state.state, state.started,
            state.completed, state.end_screen_seen, state.abort_reason, state.started_at, state.ended_at,
            state.resumes, state.state not in (r.EXPECTED, r.ABSENT), incidents))
    return RoomReport(room.session.id, outcomes, room.fingerprint, not room.chain_problems, len(room.events))


def room_report(db: Database, session_id: int) -> RoomReport:
    """The room's outcome, Qt-free: per candidate who started, completed or not, end screen seen, the abort
    reason, the incidents with their platform category; and the journal's fingerprint."""
    return report_of(load_room(db, session_id))


def list_incidents(db: Database, session_id: int) -> list[IncidentView]:
    return room_report(db, session_id).incidents


def set_incident_grid(db: Database, grid: str) -> str:
    if grid not in GRIDS:
        raise ValidationError(Problem("INCIDENT_GRID_NOT_VALID", "incident_grid", {"value": grid}))
    with db.transaction() as session:
        centre = current_centre(session)
        if centre.incident_grid != grid:
            centre.incident_grid = grid
            record_change(session, centre, "update", {"incident_grid": grid})
    return grid
