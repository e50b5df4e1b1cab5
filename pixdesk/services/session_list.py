"""The session list and what a session is to lists and the command line, read straight from the driver.

Kept apart from `sessions` so that `pixdesk session list` loads neither SQLAlchemy nor the ORM tables: their
import was most of the command's time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from pixdesk.models.room import DEFAULT_TEST_LENGTH_MINUTES
from pixdesk.models.session_rules import compute_status
from pixdesk.store import Database


@dataclass(slots=True)
class SessionSummary:
    """A session as lists and the command line show it: plain values, safe to hand to another thread.

    Read-only by convention (a frozen dataclass is four times slower to build, and lists build thousands)."""

    id: int
    uuid: str
    access_code: str
    invigilator_password: str
    site: str
    room: str
    date: date
    time: str
    examiner: str
    description: str | None
    status: str
    candidate_count: int
    joined_count: int
    finalized: bool
    examiner_global_comment: str | None = None
    test_length_minutes: int = DEFAULT_TEST_LENGTH_MINUTES
    server_id: str | None = None
    finalized_at: datetime | None = None

    @property
    def started(self) -> bool:
        return self.joined_count > 0

    @property
    def number(self) -> str:
        """The session number candidates type: the central server's once it knows the session."""
        return self.server_id or str(self.id)

    @property
    def number_is_provisional(self) -> bool:
        """Before its first sync a session only has its local number, which the server will replace."""
        return self.server_id is None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "access_code": self.access_code,
            "site": self.site,
            "room": self.room,
            "date": self.date.isoformat(),
            "time": self.time,
            "examiner": self.examiner,
            "description": self.description,
            "status": self.status,
            "test_length_minutes": self.test_length_minutes,
            "finalized_at": None if self.finalized_at is None else json_time(self.finalized_at),
        }


def json_time(moment: datetime) -> str:
    """UTC, ISO 8601 (the store gives back UTC times without their offset)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def aware_utc(moment: datetime | None) -> datetime | None:
    """A time read back from the store (UTC, without its offset) with its offset."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


_LIST_QUERY = """
    SELECT s.id, s.uuid, s.access_code, s.invigilator_password, s.site, s.room, s.date, s.time, s.examiner,
           s.description, s.published_at IS NOT NULL, s.assigned_certification_officer_id,
           s.finalized_at, coalesce(c.total, 0), coalesce(c.joined, 0), s.examiner_global_comment,
           s.test_length_minutes, s.server_id
    FROM certification_session AS s
    LEFT JOIN (SELECT session_id, count(*) AS total, count(joined_at) AS joined FROM candidate GROUP BY session_id)
         AS c ON c.session_id = s.id
    ORDER BY s.date DESC, s.time DESC, s.id DESC
"""


def list_sessions(db: Database) -> list[SessionSummary]:
    """Every session with its counts, in one query straight from the driver: the list opens at start-up, and
    with 5,000 sessions SQLAlchemy's per-row conversions were most of its time."""
    with db.read() as conn:
        rows = conn.execute(_LIST_QUERY).fetchall()
    parse_date = date.fromisoformat
    return [
        SessionSummary(id_, uuid, code, password, site, room, parse_date(day), time, examiner, description,
                       compute_status(published or None, officer, finalized or None), total, joined,
                       finalized is not None, comment, length, server_id,
                       None if finalized is None else aware_utc(datetime.fromisoformat(finalized)))
        for (id_, uuid, code, password, site, room, day, time, examiner, description, published, officer,
             finalized, total, joined, comment, length, server_id) in rows
    ]
