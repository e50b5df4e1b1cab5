"""What the room's commands share: options named in refusals, candidate lists, times, the room as JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import option_for, report_problems
from pixdesk.models import room as r
from pixdesk.models.errors import DomainError, Problem, ValidationError
from pixdesk.models.journal import utc_iso

if TYPE_CHECKING:
    from pixdesk.services.room import Room

EXIT_INVALID = 2
# Domain field -> the option the room's commands take it with.
ROOM_OPTIONS = {
    "candidate_id": "--candidate", "question_number": "--question", "exit_time": "--exit-time", "code": "--code",
    "description": "--description", "at": "--at", "reason": "--reason", "grid": "--grid",
    "incident_id": "INCIDENT_ID", "session_id": "SESSION_ID", "test_length_minutes": "--test-length",
    "incident_grid": "--incident-grid",
}


def room_option(field: str | None) -> str | None:
    return ROOM_OPTIONS.get(field or "") or option_for(field)


def naming_room_options(handler: Callable[[CommandContext], int]) -> Callable[[CommandContext], int]:
    """Refusals name the options these commands take (--candidate, --question…), one line each, exit 2."""
    def run(ctx: CommandContext) -> int:
        try:
            return handler(ctx)
        except DomainError as error:
            report_problems(error, ctx.as_json, field_names=room_option)
            return EXIT_INVALID
    return run


def parse_candidates(value: str, *, allow_all: bool = False) -> list[int] | None:
    """"12", "12,13" or, where allowed, "all" (None: everyone present or taking the test)."""
    text = (value or "").strip()
    if allow_all and text.lower() in ("all", "tous"):
        return None
    parts = [part.strip() for part in text.split(",") if part.strip()]
    try:
        ids = [parse_id(part, "candidate_id") for part in parts]
    except ValidationError:
        ids = []
    if not ids:
        raise ValidationError(Problem("CANDIDATE_ID_NOT_VALID", "candidate_id", {"value": value}))
    return ids


def parse_question(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        raise ValidationError(Problem("INCIDENT_QUESTION_NUMBER_NOT_VALID", "question_number",
                                      {"value": value, "max": 500})) from None


def clock_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else utc_iso(moment)


def candidate_json(room: Room, candidate: r.RoomCandidate, now: datetime) -> dict:
    state = room.state_of(candidate)
    timing = room.timing(candidate, now)
    return {
        "candidate_id": candidate.id, "last_name": candidate.last_name, "first_name": candidate.first_name,
        "birthdate": candidate.birthdate.isoformat(), "extra_time_percentage": candidate.extra_time_percentage,
        "state": state.state, "presence_confirmed_at": iso(state.presence_at), "started_at": iso(state.started_at),
        "theoretical_end_at": iso(timing.theoretical_end),
        "time_left_seconds": None if timing.time_left is None else int(timing.time_left.total_seconds()),
        "resumes": state.resumes, "awaiting_resume": state.awaiting_resume_since is not None,
        "end_screen_seen": state.end_screen_seen, "completed": state.completed, "abort_reason": state.abort_reason,
        "incidents": len(state.incidents), "attention": list(timing.attention),
    }
