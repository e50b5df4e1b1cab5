"""The room's clock: the wall-clock time read once, then carried forward by a clock the user cannot change.

Countdowns and recorded times come from `RoomClock.now()`: the computer's time when the room opened plus the time
elapsed since on a steady clock. Someone changing the laptop's clock mid-exam (or a time sync jumping it) moves
neither; `check()` notices the difference so the journal can show it. The steady clock keeps counting while the
laptop sleeps (CLOCK_BOOTTIME on Linux, CLOCK_MONOTONIC on macOS, the tick count on Windows), so a closed lid
is not mistaken for a clock change.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# Smaller differences are drift or a time sync's gentle correction, not a change worth reporting.
JUMP_THRESHOLD = timedelta(seconds=90)


def _steady_clock() -> Callable[[], int]:
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime_ns(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        return lambda: time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    return time.monotonic_ns


def system_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class ClockJump:
    system: datetime  # what the computer's clock says
    room: datetime  # what the room's clock says

    @property
    def offset(self) -> timedelta:
        return self.system - self.room


class RoomClock:
    """`run` identifies this process's run in the journal; `steady_ns()` is recorded beside each event."""

    def __init__(self, wall: Callable[[], datetime] = system_now, steady: Callable[[], int] | None = None):
        self._wall = wall
        self._steady = steady or _steady_clock()
        self.run = str(uuid.uuid4())
        self._anchor_wall = wall()
        self._anchor_steady = self._steady()
        self._known_offset = timedelta(0)

    def steady_ns(self) -> int:
        return self._steady()

    def now(self) -> datetime:
        return self._anchor_wall + timedelta(microseconds=(self._steady() - self._anchor_steady) // 1000)

    def check(self) -> ClockJump | None:
        """The computer's clock moved away from the room's by more than the threshold since last acknowledged."""
        system, room = self._wall(), self.now()
        if abs((system - room) - self._known_offset) > JUMP_THRESHOLD:
            return ClockJump(system, room)
        return None

    def acknowledge(self, jump: ClockJump) -> None:
        """The jump is recorded: report only a further change. The room keeps its own time (countdowns)."""
        self._known_offset = jump.offset


class FixedClock(RoomClock):
    """A clock set by hand: tests, the screenshots, and `--at` replays."""

    def __init__(self, moment: datetime):
        self._moment = moment
        super().__init__(wall=lambda: self._moment, steady=lambda: 0)

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = moment

    def advance(self, delta: timedelta) -> None:
        self._moment += delta
