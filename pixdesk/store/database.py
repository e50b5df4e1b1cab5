"""Opening the store: PRAGMAs on every connection, migrations with a backup first, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from pixdesk.store.migrations import HEAD_VERSION, migrate, schema_version

BUSY_TIMEOUT_MS = 5000
# Bulk inserts bypass SQLAlchemy; dates must then land as the ISO text SQLAlchemy writes and reads back.
sqlite3.register_adapter(date, date.isoformat)


class StoreError(Exception):
    """The database file cannot be used (unreadable, newer than this PixDesk, not a database)."""


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an action the UI reported as done must survive a power cut, not only an app crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def backup_database(path: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's backup API (a file copy can miss pages still in the WAL)."""
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(destination)) as target:
        source.backup(target)
    return destination


def _backup_name(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix}")


def prepare_file(path: Path) -> Path | None:
    """Create or upgrade the schema; returns the backup made before upgrading, if any."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path.parent}: {error.strerror or error}") from error
    backup = None
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            _apply_pragmas(conn)
            version = schema_version(conn)
            if version > HEAD_VERSION:
                raise StoreError(
                    f"{path} was written by a newer PixDesk (schema {version}, this one knows {HEAD_VERSION})."
                )
            if 0 < version < HEAD_VERSION:
                backup = backup_database(path, _backup_name(path, version))
            migrate(conn)
    except (sqlite3.DatabaseError, OSError) as error:
        raise StoreError(f"{path}: {error}") from error
    return backup


class Database:
    """One SQLite file. Sessions are short-lived; pass ids or plain values between threads, not ORM objects."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.backup_path = prepare_file(self.path)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}")
        event.listen(self.engine, "connect", lambda dbapi_conn, _record: _apply_pragmas(dbapi_conn))

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Everything inside commits together, or nothing does."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str) -> Database:
    return Database(Path(path))
