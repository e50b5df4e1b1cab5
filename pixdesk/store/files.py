"""The store's files on disk: which path is acceptable, who may read them, and how SQLite is asked to open them.

SQLite gives the -wal and -shm files the permissions of the main file, so creating the main file 0600 before
SQLite sees it keeps all three private without touching the process's umask (which would also make the user's
exported PDFs private).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from pixdesk.paths import PRIVATE_FILE_MODE, make_private, private_folder
from pixdesk.store.errors import StoreError

SIDE_FILES = ("-wal", "-shm")
BUSY_TIMEOUT_S = 5.0
READ_WRITE, READ_ONLY, IMMUTABLE = "rw", "ro", "immutable"


def side_file(path: Path, suffix: str) -> Path:
    """The store's "-wal" or "-shm" file ("" gives the store itself)."""
    return path.with_name(path.name + suffix)


def check_store_path(path: Path | str) -> Path:
    """Refuse what cannot be a store: an empty path, a folder, a device (/dev/null), a pipe."""
    if str(path) == "":
        raise StoreError("STORE_PATH_EMPTY")
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path
    except OSError:
        return path  # unreadable: opening it says why
    if not stat.S_ISREG(mode):
        raise StoreError("STORE_NOT_A_FILE", path)
    return path


def prepare_folder(path: Path) -> None:
    """The store's folder exists (created 0700 when PixDesk makes it), or one line says why it cannot."""
    try:
        private_folder(path.parent)
    except OSError as error:
        if path.parent.is_dir():
            return  # exists but cannot be tightened or listed: opening the file tells the rest
        raise folder_error(path, error) from error


def folder_error(path: Path, error: OSError) -> StoreError:
    if error.errno == errno.ENOSPC:
        return StoreError("STORE_DISK_FULL", path)
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return StoreError("STORE_FOLDER_NOT_A_FOLDER", path)
    return StoreError("STORE_FOLDER_READ_ONLY", path)


def create_private_file(path: Path) -> None:
    """The store file itself, empty and 0600, so that SQLite (and its -wal, -shm) never make it 0644."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass
    except OSError as error:
        raise folder_error(path, error) from error


def make_store_private(path: Path) -> None:
    """Tighten a store an earlier version left readable by everyone, and repair a -wal or -shm that an earlier
    read-only use left without write permission (SQLite would then refuse every write)."""
    make_private(path, PRIVATE_FILE_MODE)
    writable = os.access(path, os.W_OK)
    for suffix in SIDE_FILES:
        side = side_file(path, suffix)
        try:
            info = side.stat()
        except OSError:
            continue
        make_private(side, PRIVATE_FILE_MODE)
        if writable and os.name == "posix" and info.st_uid == os.getuid() and not info.st_mode & stat.S_IWUSR:
            try:
                os.chmod(side, PRIVATE_FILE_MODE)
            except OSError:
                pass


def can_write(path: Path) -> bool:
    """Whether SQLite can write this store: the file, and the folder where it keeps its -wal and -shm."""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK):
        return True
    return all(os.access(side_file(path, s), os.W_OK) for s in SIDE_FILES)


def store_uri(path: Path, mode: str) -> str:
    # Built by hand rather than Path.as_uri(): a Windows share (\\server\share) must become file:////server/…,
    # since SQLite refuses a URI naming a host; "?", "#" and "%" in a folder name are escaped.
    posix = Path(os.path.abspath(path)).as_posix()
    uri = "file://" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:")
    if mode == READ_WRITE:
        return uri + "?mode=rw"
    # immutable: a read-only folder where SQLite cannot even create the -shm it needs to read a WAL store.
    return uri + ("?mode=ro" if mode == READ_ONLY else "?mode=ro&immutable=1")


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A driver connection in autocommit mode: transactions are begun explicitly (see Database)."""
    return sqlite3.connect(store_uri(path, mode), uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                           isolation_level=None)
