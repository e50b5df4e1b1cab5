"""PixDesk's log: what failed and where in the code, never what the user typed.

One rotating file (`pixdesk.log`, 1 MB, 3 old copies) in the platform's log folder, private to the user. An
entry names the exception's type, SQLite's or the system's error name and the code path; it never holds an
exception's message, SQL or bound values, which can carry a candidate's name, birth date or e-mail.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pixdesk.paths import PRIVATE_FILE_MODE, make_private, private_folder, user_dirs

LOG_NAME = "pixdesk.log"
MAX_BYTES, BACKUP_COUNT = 1_000_000, 3
LOGGER = "pixdesk"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it creates (the first one, and the new one after each rotation) is 0600 on POSIX."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
        make_private(Path(self.baseFilename), PRIVATE_FILE_MODE)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written is lost quietly: the user already got their one line."""


class _SafeFormatter(logging.Formatter):
    """Whoever logs with exc_info (`log.exception(…)` anywhere under the "pixdesk" logger), the file gets the
    types and code locations only, never the exception's message."""

    def formatException(self, exc_info) -> str:  # noqa: N802 - logging's name
        _type, error, traceback_ = exc_info
        if error is None:
            return ""
        error.__traceback__ = traceback_
        return describe(error)


def log_file() -> Path:
    return user_dirs().user_log_path / LOG_NAME


def logger() -> logging.Logger:
    """The "pixdesk" logger (and so its children, "pixdesk.room"…), writing to the log file; none of it reaches
    stderr. The window sets it up at start."""
    log = logging.getLogger(LOGGER)
    path = log_file()
    if not any(isinstance(h, _PrivateRotatingFileHandler) and h.baseFilename == str(path) for h in log.handlers):
        for handler in [h for h in log.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
            log.removeHandler(handler)
            handler.close()
        private_folder(path.parent)
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                              encoding="utf-8", delay=True)
        handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def error_name(error: BaseException) -> str:
    """The exception's type and the error name it carries (SQLITE_BUSY, ENOSPC…), never its message."""
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    orig = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    for inner in (error, orig):
        if isinstance(inner, sqlite3.Error) and getattr(inner, "sqlite_errorname", None):
            return f"{name} ({inner.sqlite_errorname})"
        if isinstance(inner, OSError) and inner.errno in errno.errorcode:
            return f"{name} ({errno.errorcode[inner.errno]})"
    code = getattr(error, "code", None)  # DomainError, StoreError: codes are safe to keep
    return f"{name} ({code})" if isinstance(code, str) else name


def describe(error: BaseException) -> str:
    """Types and code locations of the error and of those it came from, without any message."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(error_name(current))
        lines += [f"  {frame.filename}:{frame.lineno} in {frame.name}"
                  for frame in traceback.extract_tb(current.__traceback__)]
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\n".join(lines)


def log_failure(error: BaseException, what: str = "unexpected error") -> Path | None:
    """Write `error` to the log; returns the log file, or None when it cannot be written."""
    try:
        logger().error("%s: %s", what, describe(error))
    except OSError:
        return None
    path = log_file()
    return path if path.exists() else None


def log_event(message: str) -> None:
    """One line about what PixDesk did (a backup, a refused store…): the caller passes no user data."""
    try:
        logger().info(message)
    except OSError:
        pass
