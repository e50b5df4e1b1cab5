"""Long work off the UI thread: a QRunnable on the global pool, talking back through queued signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total (total 0 when unknown)
    finished = Signal(object)
    failed = Signal(object)  # the exception, handled on the UI thread


class Worker(QRunnable):
    """Runs fn(*args, progress=..., is_cancelled=..., **kwargs); fn must be Qt-free and take plain values."""

    def __init__(self, fn: Callable, *args, reports_progress: bool = True, **kwargs):
        super().__init__()
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self._reports_progress = reports_progress

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int = 0) -> None:
        self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        kwargs = dict(self._kwargs)
        if self._reports_progress:
            kwargs.update(progress=self._progress, is_cancelled=self.is_cancelled)
        try:
            result = self._fn(*self._args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the UI thread, not vanish
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)
