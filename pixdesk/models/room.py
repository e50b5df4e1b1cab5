"""The exam room's state, computed from its journal by a pure fold, and the rules of each room action.

Nothing here reads a clock or a store: the fold takes events, the timing functions take "now". The room view,
the command line, the printed PV and the finalisation all read the same state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from pixdesk.models import issue_reports
from pixdesk.models import journal as j
from pixdesk.models.incidents import MAX_DESCRIPTION_LENGTH, MAX_QUESTION_NUMBER, IncidentCode, get_code
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

# Pix's core certification: DEFAULT_SESSION_DURATION_MINUTES in api/src/certification/shared/domain/constants.js,
# the base of the supervisor space's `theoricalEndDateTime`. Pix+Édu lasts 2 h 30 (seed 000): set per session.
DEFAULT_TEST_LENGTH_MINUTES = 105
MIN_TEST_LENGTH_MINUTES, MAX_TEST_LENGTH_MINUTES = 1, 600
# AUTHORIZED_TO_START_DURATION_VALIDITY_IN_MS: a confirmed presence lets the candidate start for 15 minutes.
PRESENCE_VALIDITY = timedelta(minutes=15)
ENDING_SOON = timedelta(minutes=5)

# Candidate states, as the room view names them.
EXPECTED, PRESENT, RUNNING, FINISHED, ABSENT, ABANDONED, ENDED = (
    "expected", "present", "running", "finished", "absent", "abandoned", "ended_by_invigilator")
STATES = (EXPECTED, PRESENT, RUNNING, FINISHED, ABSENT, ABANDONED, ENDED)
FINAL_STATES = frozenset({FINISHED, ABSENT, ABANDONED, ENDED})
STARTED_STATES = frozenset({RUNNING, FINISHED, ABANDONED, ENDED})
IN_ROOM_STATES = frozenset({PRESENT, RUNNING})
_STATE_LABELS = {
    EXPECTED: QT_TRANSLATE_NOOP("room", "à venir"),
    PRESENT: QT_TRANSLATE_NOOP("room", "présent"),
    RUNNING: QT_TRANSLATE_NOOP("room", "en cours"),
    FINISHED: QT_TRANSLATE_NOOP("room", "terminé"),
    ABSENT: QT_TRANSLATE_NOOP("room", "absent"),
    ABANDONED: QT_TRANSLATE_NOOP("room", "abandon"),
    ENDED: QT_TRANSLATE_NOOP("room", "arrêté par le surveillant"),
}

# The reasons Pix asks for an unfinished test at finalisation (POST /api/certification-reports/{id}/abort).
ABORT_REASONS = issue_reports.ABORT_REASONS
_ABORT_LABELS = {"candidate": QT_TRANSLATE_NOOP("room", "abandon du candidat"),
                 "technical": QT_TRANSLATE_NOOP("room", "problème technique")}

# Actions, by the names the command line uses, and the event each one writes.
ACTION_KINDS = {
    "present": j.PRESENCE_CONFIRMED, "absent": j.MARKED_ABSENT, "start": j.TEST_STARTED,
    "disconnected": j.DISCONNECTION_REPORTED, "resume": j.RESUME_AUTHORISED, "end-screen-seen": j.END_SCREEN_SEEN,
    "end": j.TEST_ENDED, "abandon": j.TEST_ABANDONED,
}
ACTIONS = tuple(ACTION_KINDS)
_ACTION_LABELS = {
    "present": QT_TRANSLATE_NOOP("room", "confirmer la présence"),
    "absent": QT_TRANSLATE_NOOP("room", "marquer absent"),
    "start": QT_TRANSLATE_NOOP("room", "démarrer le test"),
    "disconnected": QT_TRANSLATE_NOOP("room", "signaler une déconnexion"),
    "resume": QT_TRANSLATE_NOOP("room", "autoriser la reprise"),
    "end-screen-seen": QT_TRANSLATE_NOOP("room", "noter l'écran de fin vu"),
    "end": QT_TRANSLATE_NOOP("room", "mettre fin au test"),
    "abandon": QT_TRANSLATE_NOOP("room", "noter un abandon"),
    "undo": QT_TRANSLATE_NOOP("room", "annuler la dernière action"),
}
# Which state each action may start from. A late candidate marked absent may still come in; an ended test may
# still receive its abort reason (Pix asks for it at finalisation).
ALLOWED_FROM = {
    "present": {EXPECTED, ABSENT, PRESENT},
    "absent": {EXPECTED, PRESENT},
    "start": {EXPECTED, PRESENT, ABSENT},
    "disconnected": {RUNNING},
    "resume": {RUNNING},
    "end-screen-seen": {RUNNING},
    "end": {RUNNING},
    "abandon": {RUNNING, ENDED, ABANDONED},
}

# Why a candidate needs the invigilator now, most urgent first.
AWAITING_RESUME, OVER_TIME, ENDING_SOON_REASON, PRESENCE_MISSING, PRESENCE_EXPIRED, UNFINISHED_AT_END, \
    INCIDENT_INCOMPLETE, ABORT_REASON_MISSING = (
        "awaiting_resume", "over_time", "ending_soon", "presence_missing", "presence_expired",
        "unfinished_at_session_end", "incident_incomplete", "abort_reason_missing")
ATTENTION_REASONS = (AWAITING_RESUME, OVER_TIME, ENDING_SOON_REASON, PRESENCE_MISSING, PRESENCE_EXPIRED,
                     UNFINISHED_AT_END, INCIDENT_INCOMPLETE, ABORT_REASON_MISSING)
_ATTENTION_LABELS = {
    OVER_TIME: QT_TRANSLATE_NOOP("room", "temps dépassé"),
    ENDING_SOON_REASON: QT_TRANSLATE_NOOP("room", "fin dans moins de 5 min"),
    AWAITING_RESUME: QT_TRANSLATE_NOOP("room", "attend la reprise"),
    PRESENCE_MISSING: QT_TRANSLATE_NOOP("room", "présence non confirmée"),
    PRESENCE_EXPIRED: QT_TRANSLATE_NOOP("room", "confirmation de présence expirée"),
    UNFINISHED_AT_END: QT_TRANSLATE_NOOP("room", "pas terminé à la fin de la session"),
    INCIDENT_INCOMPLETE: QT_TRANSLATE_NOOP("room", "signalement à compléter"),
    ABORT_REASON_MISSING: QT_TRANSLATE_NOOP("room", "raison de l'abandon à préciser"),
}


def state_label(state: str, lang: str | None = None) -> str:
    return translate("room", _STATE_LABELS[state], lang)


def abort_reason_label(reason: str, lang: str | None = None) -> str:
    return translate("room", _ABORT_LABELS[reason], lang)


def action_label(action: str, lang: str | None = None) -> str:
    return translate("room", _ACTION_LABELS[action], lang)


def attention_label(reason: str, lang: str | None = None) -> str:
    return translate("room", _ATTENTION_LABELS[reason], lang)


_EXTRA_TIME_TAG = QT_TRANSLATE_NOOP("room", "Temps majoré {percent} %")


def extra_time_tag(percentage: int | None, lang: str | None = None) -> str:
    if not percentage:
        return ""
    return translate("room", _EXTRA_TIME_TAG, lang).format(percent=percentage)


@dataclass(frozen=True)
class RoomCandidate:
    """What the room needs to know of an enrolled candidate."""

    id: int
    uuid: str
    last_name: str
    first_name: str
    birthdate: date
    extra_time_percentage: int | None


@dataclass(frozen=True)
class Incident:
    id: str  # the UUID of the event that noted it
    candidate: str
    code: str
    grid: str
    category: str
    subcategory: str | None
    question_number: int | None
    description: str | None
    exit_time: str | None
    noted_at: datetime
    corrected_at: datetime | None = None
    batch: str | None = None  # shared by the incidents of one room-wide report

    @property
    def definition(self) -> IncidentCode:
        return get_code(self.code, self.grid)

    @property
    def missing(self) -> list[str]:
        return missing_details(self.definition, self.question_number, self.description, self.exit_time)

    @property
    def complete(self) -> bool:
        return not self.missing


def missing_details(code: IncidentCode, question_number: int | None, description: str | None,
                    exit_time: str | None) -> list[str]:
    """The fields this code still needs (their domain names)."""
    missing = []
    if code.needs_question_number and question_number is None:
        missing.append("question_number")
    if code.needs_description and not description:
        missing.append("description")
    if code.needs_exit_time and not exit_time:
        missing.append("exit_time")
    return missing


_HH_MM = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:hH]\s*([0-5]\d)\s*$")


def parse_clock_time(text: str) -> time | None:
    """"10:42", "9h05", "09 : 05" -> a time; None when it is not a time of day."""
    match = _HH_MM.match(text or "")
    return time(int(match.group(1)), int(match.group(2))) if match else None


@dataclass
class CandidateState:
    candidate: str
    state: str = EXPECTED
    presence_at: datetime | None = None
    started_at: datetime | None = None
    resumes: int = 0
    awaiting_resume_since: datetime | None = None
    ended_at: datetime | None = None
    end_screen_seen: bool = False
    completed: bool = False
    abort_reason: str | None = None
    incidents: dict[str, Incident] = field(default_factory=dict)
    last_action_at: datetime | None = None
    # State events still in force, oldest first (the last one is what "undo" cancels).
    state_events: list[j.JournalEvent] = field(default_factory=list)

    @property
    def started(self) -> bool:
        return self.state in STARTED_STATES

    @property
    def incomplete_incidents(self) -> list[Incident]:
        return [i for i in self.incidents.values() if not i.complete]


def _apply_state_event(state: CandidateState, event: j.JournalEvent) -> None:
    at = event.effective
    kind = event.kind
    if kind == j.PRESENCE_CONFIRMED:
        state.state, state.presence_at = PRESENT, at
    elif kind == j.MARKED_ABSENT:
        state.state = ABSENT
    elif kind == j.TEST_STARTED:
        state.state, state.started_at = RUNNING, at
        if state.presence_at is None:
            state.presence_at = at
    elif kind == j.DISCONNECTION_REPORTED:
        state.awaiting_resume_since = at
    elif kind == j.RESUME_AUTHORISED:
        state.resumes += 1
        state.awaiting_resume_since = None
    elif kind == j.END_SCREEN_SEEN:
        state.state, state.ended_at = FINISHED, at
        state.end_screen_seen = state.completed = True
        state.awaiting_resume_since = None
    elif kind == j.TEST_ENDED:
        state.state, state.ended_at, state.completed = ENDED, at, False
        state.awaiting_resume_since = None
    elif kind == j.TEST_ABANDONED:
        if state.state != ENDED:
            state.state, state.ended_at = ABANDONED, at
        state.completed = False
        state.abort_reason = event.data.get("reason")  # type: ignore[assignment]
        state.awaiting_resume_since = None
    state.last_action_at = at


def _incident_from(event: j.JournalEvent, base: Incident | None = None) -> Incident:
    d = event.data
    values: dict[str, Any] = dict(code=d["code"], grid=d["grid"], category=d["category"], subcategory=d.get("subcategory"),
                  question_number=d.get("question_number"), description=d.get("description"),
                  exit_time=d.get("exit_time"))
    if base is not None:
        return replace(base, corrected_at=event.recorded, **values)
    batch = d.get("batch")
    return Incident(id=event.id, candidate=event.candidate or "", noted_at=event.recorded,
                    batch=None if batch is None else str(batch),
                    **values)


@dataclass
class RoomState:
    """The fold of a session's journal. `apply` takes events in journal order (`journal.ordered`)."""

    candidates: dict[str, CandidateState] = field(default_factory=dict)
    last_event: j.JournalEvent | None = None
    clock_changes: list[j.JournalEvent] = field(default_factory=list)
    open_runs: dict[str, j.JournalEvent] = field(default_factory=dict)  # room views opened and not closed
    event_count: int = 0
    finalised: j.JournalEvent | None = None  # the room is closed for good

    def candidate(self, uuid: str) -> CandidateState:
        state = self.candidates.get(uuid)
        if state is None:
            state = self.candidates[uuid] = CandidateState(uuid)
        return state

    def apply(self, event: j.JournalEvent) -> None:
        self.event_count += 1
        self.last_event = event
        kind = event.kind
        if kind in j.STATE_KINDS and event.candidate:
            state = self.candidate(event.candidate)
            state.state_events.append(event)
            _apply_state_event(state, event)
        elif kind == j.ACTION_CANCELLED and event.candidate:
            self._cancel(self.candidate(event.candidate), str(event.data.get("event")))
        elif kind == j.INCIDENT_NOTED and event.candidate:
            self.candidate(event.candidate).incidents[event.id] = _incident_from(event)
        elif kind == j.INCIDENT_CORRECTED and event.candidate:
            incidents = self.candidate(event.candidate).incidents
            target = str(event.data.get("incident"))
            if target in incidents:
                incidents[target] = _incident_from(event, incidents[target])
        elif kind == j.INCIDENT_REMOVED and event.candidate:
            self.candidate(event.candidate).incidents.pop(str(event.data.get("incident")), None)
        elif kind == j.CLOCK_CHANGED:
            self.clock_changes.append(event)
        elif kind == j.ROOM_OPENED:
            left_open: Any = event.data.get("left_open") or ()
            for view in left_open:  # views a crash left open, now accounted for
                self.open_runs.pop(str(view), None)
            self.open_runs[str(event.data.get("view"))] = event
        elif kind == j.ROOM_CLOSED:
            self.open_runs.pop(str(event.data.get("view")), None)
        elif kind == j.SESSION_FINALISED:
            self.finalised = event
            self.open_runs.clear()

    def _cancel(self, state: CandidateState, event_id: str) -> None:
        """Refold the candidate's state events without the cancelled one (incidents are left as they are)."""
        kept = [e for e in state.state_events if e.id != event_id]
        fresh = CandidateState(state.candidate, incidents=state.incidents)
        for event in kept:
            fresh.state_events.append(event)
            _apply_state_event(fresh, event)
        self.candidates[state.candidate] = fresh


def fold(events: list[j.JournalEvent]) -> RoomState:
    state = RoomState()
    for event in events:
        state.apply(event)
    return state


def action_problem(state: CandidateState, action: str) -> str | None:
    """None when the action is allowed from the candidate's state, else the problem code."""
    if action == "undo":
        return None if state.state_events else "ROOM_NOTHING_TO_UNDO"
    if state.state not in ALLOWED_FROM[action]:
        return "ROOM_ACTION_NOT_ALLOWED"
    if action == "disconnected" and state.awaiting_resume_since is not None:
        return "ROOM_ALREADY_AWAITING_RESUME"
    return None


# --- time


def test_duration(length_minutes: int, extra_time_percentage: int | None) -> timedelta:
    """The test's length with the candidate's extra time: length × (1 + extra time), to the second."""
    return timedelta(seconds=round(length_minutes * 60 * (100 + (extra_time_percentage or 0)) / 100))


def theoretical_end(started_at: datetime, length_minutes: int, extra_time_percentage: int | None) -> datetime:
    return started_at + test_duration(length_minutes, extra_time_percentage)


def session_start(day: date, start_time: str) -> datetime:
    """The session's start as an aware time, in this computer's time zone."""
    parsed = parse_clock_time(start_time) or time(0, 0)
    return datetime.combine(day, parsed).astimezone()


def session_planned_end(start: datetime, length_minutes: int, extra_times: list[int | None]) -> datetime:
    """When the slowest enrolled candidate, starting on time, would finish."""
    return start + test_duration(length_minutes, max((x or 0 for x in extra_times), default=0))


@dataclass(frozen=True)
class Timing:
    """A candidate's times at one moment."""

    theoretical_end: datetime | None
    time_left: timedelta | None  # negative once over time
    presence_valid_until: datetime | None
    attention: tuple[str, ...]


def timing(state: CandidateState, candidate: RoomCandidate, now: datetime, length_minutes: int,
           start: datetime, planned_end: datetime) -> Timing:
    end = left = valid_until = None
    reasons = []
    if state.started_at is not None and state.state in STARTED_STATES:
        end = theoretical_end(state.started_at, length_minutes, candidate.extra_time_percentage)
    if state.state == RUNNING and state.awaiting_resume_since is not None:
        reasons.append(AWAITING_RESUME)  # first: the candidate is waiting, now
    if state.state == RUNNING and end is not None:
        left = end - now
        if left <= timedelta(0):
            reasons.append(OVER_TIME)
        elif left <= ENDING_SOON:
            reasons.append(ENDING_SOON_REASON)
    if state.state == EXPECTED and now >= start:
        reasons.append(PRESENCE_MISSING)
    if state.state == PRESENT and state.presence_at is not None:
        valid_until = state.presence_at + PRESENCE_VALIDITY
        if now > valid_until:
            reasons.append(PRESENCE_EXPIRED)
    if state.state not in FINAL_STATES and now >= planned_end:
        reasons.append(UNFINISHED_AT_END)
    if state.incomplete_incidents:
        reasons.append(INCIDENT_INCOMPLETE)
    if state.state in (ENDED, ABANDONED) and state.abort_reason is None:
        reasons.append(ABORT_REASON_MISSING)
    return Timing(end, left, valid_until, tuple(reasons))


def format_duration(delta: timedelta) -> str:
    """"1:04:09", "12:05", "-3:20" (over time)."""
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


def validate_incident_fields(code: IncidentCode, question_number: int | None, description: str | None,
                             exit_time: str | None, *, allow_incomplete: bool
                             ) -> list[tuple[str, str, dict[str, object]]]:
    """(problem code, field, params) for each rule broken; the description is expected already trimmed."""
    problems: list[tuple[str, str, dict[str, object]]] = []
    if question_number is not None:
        if not code.needs_question_number:
            problems.append(("INCIDENT_QUESTION_NUMBER_NOT_EXPECTED", "question_number", {"incident_code": code.code}))
        elif not 1 <= question_number <= MAX_QUESTION_NUMBER:
            problems.append(("INCIDENT_QUESTION_NUMBER_NOT_VALID", "question_number",
                             {"value": question_number, "max": MAX_QUESTION_NUMBER}))
    if description is not None and len(description) > MAX_DESCRIPTION_LENGTH:
        problems.append(("INCIDENT_DESCRIPTION_TOO_LONG", "description",
                         {"max": MAX_DESCRIPTION_LENGTH, "length": len(description)}))
    if exit_time is not None:
        if not code.needs_exit_time:
            problems.append(("INCIDENT_EXIT_TIME_NOT_EXPECTED", "exit_time", {"incident_code": code.code}))
        elif parse_clock_time(exit_time) is None:
            problems.append(("INCIDENT_EXIT_TIME_NOT_VALID", "exit_time", {"value": exit_time}))
    if not allow_incomplete:
        required = {"question_number": "INCIDENT_QUESTION_NUMBER_REQUIRED",
                    "description": "INCIDENT_DESCRIPTION_REQUIRED", "exit_time": "INCIDENT_EXIT_TIME_REQUIRED"}
        for name in missing_details(code, question_number, description, exit_time):
            problems.append((required[name], name, {"incident_code": code.code}))
    return problems
