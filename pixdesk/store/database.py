"""Opening the store: PRAGMAs on every connection, migrations with a backup first, checked and locked writes.

- A store that cannot be written (read-only file, folder or medium) opens read-only: it can be viewed and
  printed, and a change is refused with one line ("Base en lecture seule").
- Before the first change of each day the file is checked (`PRAGMA quick_check`) and copied to
  `backups/<store>-daily-<date>.sqlite`; a damaged store is refused, naming the backup to restore.
- A change is one `BEGIN IMMEDIATE` transaction: its checks and its write see the same data, so two PixDesks
  adding the same candidate at once get the duplicate rule's answer, not a constraint error.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pixdesk.logs import log_event, log_failure
from pixdesk.store.backups import backup_path, copy_store, daily_backup, quick_check
from pixdesk.store.errors import StoreError, damaged, store_error_from
from pixdesk.store.files import (
    IMMUTABLE, READ_ONLY, READ_WRITE, can_write, check_store_path, connect, create_private_file,
    make_store_private, prepare_folder,
)
from pixdesk.store.migrations import HEAD_VERSION, migrate, schema_version

if TYPE_CHECKING:  # SQLAlchemy loads with the first ORM read or change: plain reads (`Database.read`) skip it
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

__all__ = ["Database", "StoreError", "open_database"]

BUSY_TIMEOUT_MS = 5000
# Bulk inserts bypass SQLAlchemy; dates must then land as the ISO text SQLAlchemy writes and reads back.
sqlite3.register_adapter(date, date.isoformat)
_WRITE_OPTION = "pixdesk_write"


def _apply_pragmas(conn: sqlite3.Connection, writable: bool = True) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if writable:
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an action the UI reported as done must survive a power cut, not only an app crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


@dataclass(frozen=True)
class Opened:
    mode: str  # READ_WRITE, READ_ONLY or IMMUTABLE
    backup: Path | None  # the copy made before upgrading the schema, if any


def prepare_file(path: Path, *, read_only: bool = False) -> Opened:
    """Create or upgrade the store, or find how it can at least be read. Raises StoreError, one line."""
    path = check_store_path(path)
    if not read_only:
        prepare_folder(path)
    if not path.exists():
        if read_only:
            raise StoreError("STORE_CANNOT_OPEN", path)
        create_private_file(path)
    else:
        make_store_private(path)
    if not read_only and can_write(path):
        try:
            return Opened(READ_WRITE, _prepare_writable(path))
        except StoreError as error:
            if error.code != "STORE_READ_ONLY":
                raise
    return Opened(_prepare_readable(path), None)


def _check_version(path: Path, conn: sqlite3.Connection) -> int:
    version = schema_version(conn)
    if version > HEAD_VERSION:
        raise StoreError("STORE_NEWER", path, version=version, known=HEAD_VERSION)
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError("STORE_NOT_A_DATABASE", path)  # another program's SQLite file: never add our tables
    return version


def _prepare_writable(path: Path) -> Path | None:
    backup = None
    try:
        with closing(connect(path, READ_WRITE)) as conn:
            _apply_pragmas(conn)
            version = _check_version(path, conn)
            if 0 < version < HEAD_VERSION:
                if not quick_check(conn):
                    raise damaged(path)
                backup = copy_store(conn, backup_path(path, f"v{version}-before-upgrade"))
                log_event(f"store upgrade from schema {version}: backup made first")
            migrate(conn)
    except (sqlite3.Error, OSError) as error:
        raise (store_error_from(error, path) or StoreError("STORE_CANNOT_OPEN", path)) from error
    return backup


def _prepare_readable(path: Path) -> str:
    for mode in (READ_ONLY, IMMUTABLE):
        try:
            with closing(connect(path, mode)) as conn:
                version = _check_version(path, conn)
        except sqlite3.OperationalError as error:
            # A read-only folder: SQLite cannot create the -shm it reads a WAL store through.
            if mode == READ_ONLY and error.sqlite_errorname.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                continue
            raise (store_error_from(error, path) or StoreError("STORE_CANNOT_OPEN", path)) from error
        except sqlite3.Error as error:
            raise (store_error_from(error, path) or StoreError("STORE_CANNOT_OPEN", path)) from error
        if version == 0:
            raise StoreError("STORE_NOT_A_DATABASE", path)
        if version < HEAD_VERSION:
            raise StoreError("STORE_READ_ONLY_OUTDATED", path)
        return mode
    raise StoreError("STORE_CANNOT_OPEN", path)


def _begin(conn: Connection) -> None:
    # The driver's own BEGIN is off (isolation_level=None): a read is a plain deferred transaction, a change
    # takes the write lock first, so nothing can slip in between its checks and its write.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "BEGIN")


class Database:
    """One SQLite file. Sessions are short-lived; pass ids or plain values between threads, not ORM objects."""

    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        opened = prepare_file(self.path, read_only=read_only)
        self.mode = opened.mode
        self.backup_path = opened.backup
        self._engines: tuple[Engine, Engine] | None = None  # (the engine, its writer: BEGIN IMMEDIATE)
        self._engine_lock = threading.Lock()
        self._checked_on: date | None = None
        self._backed_up_on: date | None = None
        self._check_lock = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self.mode != READ_WRITE

    @property
    def engine(self) -> Engine:
        return self._made_engines()[0]

    def _made_engines(self) -> tuple[Engine, Engine]:
        """Made at first use: importing SQLAlchemy and SQLModel is most of a short command's time."""
        with self._engine_lock:
            if self._engines is None:
                from sqlalchemy import event
                from sqlmodel import create_engine

                engine = create_engine(f"sqlite:///{self.path}", creator=lambda: connect(self.path, self.mode),
                                       hide_parameters=True)
                event.listen(engine, "connect", self._on_connect)
                event.listen(engine, "begin", _begin)
                self._engines = (engine, engine.execution_options(**{_WRITE_OPTION: True}))
            return self._engines

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read straight from the driver, in one snapshot, for queries that need no ORM object (the session
        list): the same connection settings as the engine's, without loading SQLAlchemy."""
        try:
            with closing(connect(self.path, self.mode)) as conn:
                self._on_connect(conn, None)
                conn.execute("BEGIN")
                yield conn
        except sqlite3.Error as error:
            problem = store_error_from(error, self.path)
            if problem is not None:
                raise problem from error
            raise

    def _on_connect(self, dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        _apply_pragmas(dbapi_conn, writable=not self.read_only)

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def check_before_writing(self) -> None:
        """Refuse changes to a read-only or damaged store; before the first change of the day, check the file
        (quick_check) and back it up. The window calls it at start so a damaged store is said at once."""
        if self.read_only:
            raise StoreError("STORE_READ_ONLY", self.path)
        today = date.today()
        if self._checked_on == today and self._backed_up_on == today:
            return
        with self._check_lock:
            try:
                with closing(connect(self.path, READ_WRITE)) as conn:
                    _apply_pragmas(conn)
                    if self._checked_on != today:
                        if not quick_check(conn):
                            raise damaged(self.path)
                        self._checked_on = today
                    if self._backed_up_on != today and self._daily_backup(conn, today):
                        self._backed_up_on = today
            except (sqlite3.Error, OSError) as error:
                raise (store_error_from(error, self.path) or StoreError("STORE_CANNOT_OPEN", self.path)) from error

    def _daily_backup(self, conn: sqlite3.Connection, today: date) -> bool:
        """Today's backup; False while the store holds no session yet (nothing worth keeping: asked again at
        the next change)."""
        if conn.execute("SELECT 1 FROM certification_session LIMIT 1").fetchone() is None:
            return False
        try:
            if daily_backup(self.path, conn, today):
                log_event("daily backup made")
        except (sqlite3.Error, OSError) as error:
            # A backup that cannot be made must not stop the exam-room work; the log says so, once a day.
            log_failure(error, "daily backup failed")
        return True

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Everything inside commits together, or nothing does. Store failures come out as one StoreError."""
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        self.check_before_writing()
        with Session(self._made_engines()[1], expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as error:
                try:
                    session.rollback()
                except (DBAPIError, sqlite3.Error):
                    pass  # the connection is gone: SQLite has rolled back already
                if isinstance(error, (DBAPIError, sqlite3.Error)):
                    problem = store_error_from(error, self.path)
                    if problem is not None:
                        raise problem from error
                raise

    def close(self) -> None:
        with self._engine_lock:
            if self._engines is not None:
                self._engines[0].dispose()


def open_database(path: Path | str, *, read_only: bool = False) -> Database:
    return Database(Path(path), read_only=read_only)
