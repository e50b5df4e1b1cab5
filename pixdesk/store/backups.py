"""Copies of the store, and the way back to one.

Every copy goes through SQLite's backup API (a file copy can miss pages still in the WAL) into a private
temporary file renamed at the end, and is a single self-contained file (journal mode DELETE). They live in
`backups/` beside the store, readable by the user alone:

- `<store>-daily-YYYY-MM-DD.sqlite`: made before the first change of each day, the last 7 kept;
- `<store>-vN-before-upgrade-<time>.sqlite`: before a newer PixDesk upgrades the schema;
- `<store>-before-restore-<time>.sqlite`: the store a restore replaced;
- `<store>-<time>.sqlite`: `pixdesk backup` without `-o`.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pixdesk.paths import PRIVATE_FILE_MODE, make_private, private_folder
from pixdesk.store.errors import StoreError
from pixdesk.store.files import IMMUTABLE, READ_ONLY, READ_WRITE, SIDE_FILES, connect, side_file
from pixdesk.store.migrations import HEAD_VERSION, schema_version

FOLDER = "backups"
DAILY_KEPT = 7
# Tables every PixDesk store has had since the first schema: how a backup is told from another SQLite file.
PIXDESK_TABLES = {"certification_center", "certification_session", "candidate"}


def backup_folder(store: Path) -> Path:
    return store.parent / FOLDER


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d-%H%M%S")


def backup_path(store: Path, kind: str | None = None) -> Path:
    """Where a new backup of `store` goes: kind None (on demand), "before-restore" or "vN-before-upgrade"."""
    label = f"{kind}-{_stamp()}" if kind else _stamp()
    return backup_folder(store) / f"{store.stem}-{label}.sqlite"


def daily_path(store: Path, day: date) -> Path:
    return backup_folder(store) / f"{store.stem}-daily-{day.isoformat()}.sqlite"


def backups_of(store: Path) -> list[Path]:
    """This store's backups, oldest first."""
    folder = backup_folder(store)
    if not folder.is_dir():
        return []
    # "pixdesk-2026-…" is pixdesk.sqlite's, "pixdesk-demo-…" is not: the label after the stem is checked.
    pattern = re.compile(re.escape(store.stem) + r"-(daily-|before-restore-|v\d+-before-upgrade-)?\d{4}-\d\d-\d\d")
    found = [p for p in folder.glob(f"{store.stem}-*.sqlite") if pattern.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def latest_backup(store: Path) -> Path | None:
    try:
        found = backups_of(store)
    except OSError:
        return None
    return found[-1] if found else None


def copy_store(source: sqlite3.Connection, destination: Path) -> Path:
    """Copy an open store into `destination`, atomically and privately (0600)."""
    private_folder(destination.parent)
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.part")
    temporary.unlink(missing_ok=True)
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        with closing(sqlite3.connect(temporary, isolation_level=None)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    make_private(destination, PRIVATE_FILE_MODE)
    return destination


def make_backup(store: Path, destination: Path | None = None, kind: str | None = None) -> Path:
    """A copy of the store as it is now, read without writing to it."""
    destination = destination or backup_path(store, kind)
    with closing(_open_for_reading(store)) as source:
        return copy_store(source, destination)


def _open_for_reading(path: Path) -> sqlite3.Connection:
    conn = connect(path, READ_ONLY)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()  # a read-only folder where the -shm cannot be made
        return connect(path, IMMUTABLE)


def daily_backup(store: Path, conn: sqlite3.Connection, today: date | None = None) -> Path | None:
    """Today's backup, if there is none yet; older daily backups beyond the last 7 are removed."""
    destination = daily_path(store, today or date.today())
    if destination.exists():
        return None
    copy_store(conn, destination)
    daily = re.compile(re.escape(store.stem) + r"-daily-\d{4}-\d\d-\d\d\.sqlite")
    for old in sorted(p for p in backup_folder(store).iterdir() if daily.fullmatch(p.name))[:-DAILY_KEPT]:
        old.unlink(missing_ok=True)
    return destination


def quick_check(conn: sqlite3.Connection) -> bool:
    """SQLite's quick_check: the file's structure is sound (a few milliseconds per megabyte)."""
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise
        return False


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    sessions: int
    candidates: int

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path.resolve()), "schema_version": self.schema_version,
                "sessions": self.sessions, "candidates": self.candidates}


def inspect_backup(path: Path) -> BackupInfo:
    """What a file to restore holds, after checking it is a sound PixDesk store of a version this one knows."""
    if not path.is_file():
        raise StoreError("RESTORE_NOT_A_FILE", path)
    try:
        with closing(_open_for_reading(path)) as conn:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise StoreError("RESTORE_DAMAGED", path)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = schema_version(conn)
            if not PIXDESK_TABLES <= tables or version < 1:
                raise StoreError("RESTORE_NOT_PIXDESK", path)
            if version > HEAD_VERSION:
                raise StoreError("RESTORE_NEWER", path, version=version, known=HEAD_VERSION)
            sessions = conn.execute("SELECT count(*) FROM certification_session").fetchone()[0]
            candidates = conn.execute("SELECT count(*) FROM candidate").fetchone()[0]
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", "")
        raise StoreError("RESTORE_DAMAGED" if name.startswith("SQLITE_CORRUPT") else "RESTORE_NOT_PIXDESK",
                         path) from error
    return BackupInfo(path, version, sessions, candidates)


def keep_replaced(store: Path) -> Path | None:
    """Keep the store a restore is about to replace: a consistent copy when it is sound, its raw files (every
    byte as it was, for whoever tries to recover it) when it is damaged."""
    if not store.exists() or store.stat().st_size == 0:
        return None
    destination = backup_path(store, "before-restore")
    try:
        with closing(_open_for_reading(store)) as conn:
            if quick_check(conn):
                return copy_store(conn, destination)
    except sqlite3.DatabaseError:
        pass
    private_folder(destination.parent)
    for suffix in ("", "-wal"):
        source = side_file(store, suffix)
        if source.exists():
            target = side_file(destination, suffix)
            shutil.copyfile(source, target)
            make_private(target, PRIVATE_FILE_MODE)
    return destination


def restore(store: Path, source: Path) -> tuple[BackupInfo, Path | None]:
    """Replace the store's content with the backup `source`; returns what was restored and where the replaced
    store was kept. Written through the backup API into the store itself, so another PixDesk that has it open
    sees the restored data rather than keeping a deleted file."""
    info = inspect_backup(source)
    if store.exists() and source.resolve() == store.resolve():
        raise StoreError("RESTORE_SAME_FILE", source)
    previous = keep_replaced(store)
    with closing(_open_for_reading(source)) as origin:
        try:
            with closing(connect(store, READ_WRITE)) as target:
                origin.backup(target)
        except sqlite3.DatabaseError as error:
            if not getattr(error, "sqlite_errorname", "").startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
                raise
            _replace_file(store, origin)
    return info, previous


def _replace_file(store: Path, origin: sqlite3.Connection) -> None:
    """The store is not even readable as a database (it was kept aside): put a fresh copy in its place."""
    fresh = copy_store(origin, store.with_name(f".{store.name}.restoring"))
    for suffix in SIDE_FILES:
        side_file(store, suffix).unlink(missing_ok=True)
    os.replace(fresh, store)

