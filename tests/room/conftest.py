"""A session with candidates on a real store, and a room clock the test sets."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.services.clock import FixedClock

PEOPLE = [
    CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351"),
    CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", "33063"),
    CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172", extra_time_percentage=33),
    CandidateInput("Lefèvre", "Anaïs", "F", "2003-01-30", "France", "42218", extra_time_percentage=50),
]


def local(hour: int, minute: int = 0, day: date | None = None) -> datetime:
    """A time today (or on `day`) in this computer's zone, as the room reads typed times."""
    day = day or date.today()
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def clock():
    return FixedClock(local(10, 0).astimezone(timezone.utc))


@pytest.fixture
def room_session(db):
    """Session today at 10:00 with four candidates; returns (session id, [candidate ids])."""
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"), allow_past=True)
    ids = [candidates.add_candidate(db, created.id, person).id for person in PEOPLE]
    return created.id, ids


def later(clock: FixedClock, minutes: float) -> None:
    clock.advance(timedelta(minutes=minutes))
