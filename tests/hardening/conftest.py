"""Helpers for the hardening tests: the real `pixdesk` command in its own process, read-only files that stay
read-only for root, an ordinary user for permission cases, and one candidate whose details must never leak."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.store import open_database

REPO = Path(__file__).resolve().parents[2]
# What must never appear in a message, a log or a trace: one candidate's name, birth date and e-mail.
SECRET_NAME, SECRET_BIRTHDATE, SECRET_EMAIL = "Secretnom", "1996-03-13", "julie.secret@example.fr"
SECRETS = (SECRET_NAME, SECRET_BIRTHDATE, "13/03/1996", SECRET_EMAIL)
# What a raw database error looks like: none of it may reach the user.
RAW_ERROR_MARKS = ("Traceback", "sqlite3", "SQL", "INSERT", "SELECT", "parameters", "OperationalError",
                   "IntegrityError", "UNIQUE")
NOBODY = 65534


def secret_candidate(**changes) -> CandidateInput:
    values = dict(last_name=SECRET_NAME, first_name="Julie", sex="F", birthdate=SECRET_BIRTHDATE,
                  birth_insee_code="76351", birth_country="France", email=SECRET_EMAIL)
    values.update(changes)
    return CandidateInput(**values)


def add_args(session_id: int, last_name: str = SECRET_NAME) -> list[str]:
    return ["candidate", "add", str(session_id), "--last-name", last_name, "--first-name", "Julie", "--sex", "F",
            "--birthdate", SECRET_BIRTHDATE, "--birth-insee-code", "76351", "--email", SECRET_EMAIL]


def seed(path: Path, count: int = 1) -> int:
    """A store with one session and `count` candidates (the first is the secret one); returns the session id."""
    db = open_database(path)
    try:
        session = sessions.create_session(db, SessionInput("Centre Testix", "45", "2099-01-12", "10:00", "Eric"))
        candidates.add_candidate(db, session.id, secret_candidate())
        for n in range(1, count):
            candidates.add_candidate(db, session.id, secret_candidate(last_name=f"Martin {n:05d}", email=None))
        return session.id
    finally:
        db.close()


def assert_one_clean_line(text: str) -> str:
    """Exactly one line, without SQL, driver names, a traceback or the candidate's details."""
    lines = text.splitlines()
    assert len(lines) == 1, text
    for mark in (*RAW_ERROR_MARKS, *SECRETS):
        assert mark not in text, (mark, text)
    return lines[0]


def log_text(home: Path) -> str:
    """Everything PixDesk logged under the test's XDG_STATE_HOME (rotated files included)."""
    return "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in sorted((home / "state").rglob("pixdesk.log*")))


def assert_no_personal_data_in_logs(home: Path) -> None:
    text = log_text(home)
    for secret in SECRETS:
        assert secret not in text, secret


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_STATE_HOME=str(home / "state"), XDG_DATA_HOME=str(home / "data"), PIXDESK_LANG="fr",
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("PIXDESK_DB", None)
    env.update(extra)
    return env


@pytest.fixture
def pixdesk(tmp_path):
    """`python -m pixdesk …` in its own process, as a user runs it: returns the CompletedProcess."""
    def run(*args: str, timeout: float = 60, home: Path = tmp_path, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pixdesk", *args], capture_output=True, text=True,
                              timeout=timeout, cwd=REPO, env=cli_env(home), **kwargs)
    return run


def _chattr(flag: str, path: Path) -> bool:
    chattr = shutil.which("chattr")
    return bool(chattr) and subprocess.run([chattr, flag, str(path)], capture_output=True).returncode == 0


@contextmanager
def read_only(path: Path):
    """`path` (a file or a folder) cannot be written, even by root: chattr +i as root, chmod otherwise."""
    if os.geteuid() == 0:
        if not _chattr("+i", path):
            pytest.skip("chattr +i is not available here (root ignores file modes)")
        try:
            yield path
        finally:
            _chattr("-i", path)
    else:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield path
        finally:
            path.chmod(mode)


@pytest.fixture
def ordinary_user():
    """(command prefix, shared folder) to run a command as a user without root's powers: as root, setpriv to
    nobody; otherwise the current user. Skips when that cannot be arranged."""
    folder = Path(tempfile.mkdtemp(prefix="pixdesk-user-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            shutil.rmtree(folder)
            pytest.skip("setpriv is needed to test as an ordinary user")
        os.chown(folder, NOBODY, NOBODY)
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        probe = subprocess.run([*prefix, sys.executable, "-c", "import pixdesk.store"], capture_output=True,
                               cwd=folder)
        if probe.returncode != 0:
            shutil.rmtree(folder)
            pytest.skip("the interpreter cannot run as an ordinary user here")
    try:
        yield prefix, folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def small_disk(size: str = "2m"):
    """A tmpfs of `size` mounted on a fresh folder (root only); skips when mounting is not possible."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if not (mount and umount):
        pytest.skip("mount is not available")
    folder = Path(tempfile.mkdtemp(prefix="pixdesk-disk-"))
    mounted = subprocess.run([mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        subprocess.run([umount, "-l", str(folder)], capture_output=True)
        folder.rmdir()


def fill_disk(folder: Path) -> Path:
    """Write zeros until the disk is full; returns the filler to delete."""
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


@pytest.fixture(scope="session")
def support():
    """This module's helpers (seed, assert_one_clean_line, read_only…), as a fixture: test modules are not
    importable from one another under pytest's importlib mode."""
    import types

    return types.SimpleNamespace(**{name: value for name, value in globals().items() if not name.startswith("_")})
