"""Session fields, their rules and the computed status (reference section 1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.formats import parse_typed_date, parse_typed_time
from pixdesk.models.text import clean, clean_multiline
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

TIME_PATTERN = re.compile(r"^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$")
MAX_LENGTHS = {"site": 255, "room": 255, "examiner": 255, "description": 350}

STATUS_CREATED = "created"
STATUS_FINALIZED = "finalized"
STATUS_IN_PROCESS = "in_process"
STATUS_PROCESSED = "processed"
STATUSES = (STATUS_CREATED, STATUS_FINALIZED, STATUS_IN_PROCESS, STATUS_PROCESSED)
STATUS_LABELS = {
    STATUS_CREATED: QT_TRANSLATE_NOOP("statuses", "Créée"),
    # The platform deliberately shows "Finalisée" while Pix processes the session.
    STATUS_FINALIZED: QT_TRANSLATE_NOOP("statuses", "Finalisée"),
    STATUS_IN_PROCESS: QT_TRANSLATE_NOOP("statuses", "Finalisée"),
    STATUS_PROCESSED: QT_TRANSLATE_NOOP("statuses", "Résultats transmis par Pix"),
}


@dataclass
class SessionInput:
    """What a user types in the session form or on the command line; any field may be raw text."""

    site: str | None = None
    room: str | None = None
    date: date | str | None = None
    time: str | None = None
    examiner: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class SessionValues:
    site: str
    room: str
    date: date
    time: str
    examiner: str
    description: str | None


def compute_status(published_at: object, assigned_officer_id: str | None, finalized_at: object) -> str:
    if published_at is not None:
        return STATUS_PROCESSED
    if assigned_officer_id:
        return STATUS_IN_PROCESS
    if finalized_at is not None:
        return STATUS_FINALIZED
    return STATUS_CREATED


def status_label(status: str, lang: str | None = None) -> str:
    return translate("statuses", STATUS_LABELS[status], lang)


def parse_iso_date(value: date | str | None) -> date | None:
    if isinstance(value, date):
        return value
    text = clean(value)
    if text is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(text)
    return date.fromisoformat(text)


def validate_session(data: SessionInput, *, today: date | None = None, creating: bool = True) -> SessionValues:
    """All problems at once, each naming its field; `today` set means "not in the past" is checked."""
    problems: list[Problem] = []
    site, room, examiner = clean(data.site), clean(data.room), clean(data.examiner)
    description = clean_multiline(data.description)
    for name, value, code in (
        ("site", site, "SESSION_ADDRESS_REQUIRED"),
        ("room", room, "SESSION_ROOM_REQUIRED"),
        ("examiner", examiner, "SESSION_EXAMINER_REQUIRED"),
    ):
        if value is None:
            problems.append(Problem(code, name))
    for name, value in (("site", site), ("room", room), ("examiner", examiner), ("description", description)):
        if value is not None and len(value) > MAX_LENGTHS[name]:
            problems.append(Problem("SESSION_FIELD_TOO_LONG", name, {"max": MAX_LENGTHS[name]}))

    session_date = None
    try:
        session_date = parse_typed_date(data.date)
        if session_date is None:
            problems.append(Problem("SESSION_DATE_REQUIRED", "date"))
        elif creating and today is not None and session_date < today:
            problems.append(Problem("SESSION_SCHEDULED_IN_THE_PAST", "date"))
    except ValueError:
        problems.append(Problem("SESSION_DATE_NOT_VALID", "date"))

    time = parse_typed_time(data.time)
    if time is None:
        problems.append(Problem("SESSION_TIME_REQUIRED", "time"))
    elif not TIME_PATTERN.match(time):
        problems.append(Problem("SESSION_TIME_NOT_VALID", "time"))

    if problems or site is None or room is None or session_date is None or time is None or examiner is None:
        raise ValidationError(problems)
    return SessionValues(site, room, session_date, time, examiner, description)
