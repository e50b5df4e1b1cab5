"""Progress reports and cancellation for exports that run in a worker thread."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportCancelled(Exception):
    """The user stopped the export; the partial file has been removed and the target left as it was."""


class Tracker:
    """Reports `done` out of `total` steps and stops the export at the next step once cancelled."""

    def __init__(self, progress: ProgressCallback | None, is_cancelled: CancelCheck | None, total: int = 0):
        self._progress = progress
        self._is_cancelled = is_cancelled
        self.total = total

    def step(self, done: int) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ExportCancelled()
        if self._progress is not None:
            self._progress(min(done, self.total), self.total)
