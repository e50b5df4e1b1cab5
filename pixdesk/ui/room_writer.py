"""Writing the room's actions off the UI thread, one at a time, in the order they were asked.

The window asks, shows the action as being recorded, and shows it done only when the writer reports the commit:
a slow disk or another PixDesk holding the store's lock never freezes the window (the busy timeout is 5 s).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

from pixdesk.models.errors import DomainError


def _end(thread: QThread) -> None:
    if isValid(thread) and thread.isRunning():
        thread.quit()
        thread.wait()


class _Writer(QObject):
    done = Signal(int, object)  # job id, result
    refused = Signal(int, object)  # job id, DomainError
    crashed = Signal(int, object)  # job id, the unexpected exception

    @Slot(int, object)
    def run(self, job: int, call: Callable[[], object]) -> None:
        try:
            result = call()
        except DomainError as error:
            self.refused.emit(job, error)
        except Exception as error:  # noqa: BLE001 - shown to the user, logged by the caller
            self.crashed.emit(job, error)
        else:
            self.done.emit(job, result)


class RoomWriter(QObject):
    """`submit(call)` returns a job id; `done`, `refused` or `crashed` comes back with it, on the UI thread."""

    done = Signal(int, object)
    refused = Signal(int, object)
    crashed = Signal(int, object)
    _ask = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self.pending: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("room-writer")
        self._writer = _Writer()
        self._writer.moveToThread(self._thread)
        self._ask.connect(self._writer.run)
        # Bound slots of this object (which lives on the UI thread): Qt queues them there.
        self._writer.done.connect(self._done)
        self._writer.refused.connect(self._refused)
        self._writer.crashed.connect(self._crashed)
        self._thread.start()
        # However the window goes (closed, or deleted while locked), its thread ends with it, queue drained.
        thread = self._thread
        self.destroyed.connect(lambda *_: _end(thread))

    def submit(self, call: Callable[[], object]) -> int:
        job = next(self._ids)
        self.pending.add(job)
        self._ask.emit(job, call)
        return job

    @Slot(int, object)
    def _done(self, job: int, value: object) -> None:
        self.pending.discard(job)
        self.done.emit(job, value)

    @Slot(int, object)
    def _refused(self, job: int, value: object) -> None:
        self.pending.discard(job)
        self.refused.emit(job, value)

    @Slot(int, object)
    def _crashed(self, job: int, value: object) -> None:
        self.pending.discard(job)
        self.crashed.emit(job, value)

    @property
    def busy(self) -> bool:
        return bool(self.pending)

    def stop(self) -> None:
        """Let the queued actions land, then end the thread."""
        _end(self._thread)
