"""Items 6 and 7 of issue 8: the data and log folders are the user's alone (0700, files 0600), and the log
rotates and never holds a candidate's details, whatever error paths ran."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing

import pytest

from pixdesk import logs
from pixdesk.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_store_its_side_files_backups_and_log_are_private(support, tmp_path, pixdesk):
    old_umask = os.umask(0o022)  # the usual umask, which made everything 0644/0755
    try:
        created = pixdesk("session", "create", "--site", "A", "--room", "1", "--date", "2099-01-01",
                          "--time", "10:00", "--examiner", "E")
        assert created.returncode == 0, created.stderr
        data = tmp_path / "data" / "PixDesk"
        store = data / "pixdesk.sqlite"
        added = pixdesk(*support.add_args(1))  # the first change with data: the daily backup is made
        assert added.returncode == 0, added.stderr
        from pixdesk.store import open_database

        db = open_database(store)  # while it is open, SQLite keeps its -wal and -shm
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM candidate").fetchone()
                side_files = [tmp_path / "data" / "PixDesk" / f"pixdesk.sqlite{s}" for s in ("-wal", "-shm")]
                assert all(p.exists() for p in side_files)
                assert [mode(p) for p in side_files] == [0o600, 0o600]
        finally:
            db.close()
        failing = pixdesk("--db", "/dev/null", "session", "list")  # writes a log entry
        assert failing.returncode == 2
    finally:
        os.umask(old_umask)
    backups = list((data / "backups").iterdir())
    assert [p.name for p in backups] == [f"pixdesk-daily-{__import__('datetime').date.today()}.sqlite"]
    log_file = tmp_path / "state" / "PixDesk" / "log" / "pixdesk.log"
    assert {str(p.relative_to(tmp_path)): mode(p) for p in (data, store, data / "backups", backups[0],
                                                            tmp_path / "state" / "PixDesk", log_file.parent,
                                                            log_file)} == {
        "data/PixDesk": 0o700, "data/PixDesk/pixdesk.sqlite": 0o600, "data/PixDesk/backups": 0o700,
        f"data/PixDesk/backups/{backups[0].name}": 0o600, "state/PixDesk": 0o700, "state/PixDesk/log": 0o700,
        "state/PixDesk/log/pixdesk.log": 0o600}


def test_a_store_an_earlier_version_left_world_readable_is_tightened(support, tmp_path, pixdesk):
    data = tmp_path / "data" / "PixDesk"
    data.mkdir(parents=True, mode=0o755)
    data.chmod(0o755)
    store = data / "pixdesk.sqlite"
    support.seed(store)
    store.chmod(0o644)
    assert pixdesk("session", "list").returncode == 0
    assert (mode(data), mode(store)) == (0o700, 0o600)


def test_a_store_the_user_put_in_a_shared_folder_leaves_the_folder_alone(support, tmp_path, pixdesk):
    shared = tmp_path / "partage"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    store = shared / "centre.sqlite"
    assert pixdesk("--db", str(store), "session", "list").returncode == 0
    assert (mode(shared), mode(store)) == (0o755, 0o600)


def test_the_log_rotates_and_its_files_stay_private(tmp_path):
    for _ in range(3000):
        logs.log_event("x" * 1000)
    files = sorted((tmp_path / "state" / "PixDesk" / "log").iterdir())
    assert [p.name for p in files] == ["pixdesk.log", "pixdesk.log.1", "pixdesk.log.2", "pixdesk.log.3"]
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in files)
    assert {mode(p) for p in files} == {0o600}


def test_an_unexpected_error_carrying_personal_data_is_logged_without_it(support, tmp_path, monkeypatch,
                                                                          capsys):
    from pixdesk.services import candidates

    def broken(db, session_id):
        try:
            raise sqlite3.OperationalError(f"near {support.SECRET_NAME!r}: {support.SECRET_EMAIL}")
        except sqlite3.OperationalError as error:
            raise ValueError(f"{support.SECRET_NAME} born {support.SECRET_BIRTHDATE}") from error

    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    monkeypatch.setattr(candidates, "list_candidates", broken)
    assert main(["--db", str(path), "candidate", "list", str(session_id)]) == 1
    err = capsys.readouterr().err
    log_file = tmp_path / "state" / "PixDesk" / "log" / "pixdesk.log"
    assert err == (f"Erreur inattendue (ValueError) : ce qui était déjà enregistré est intact. Le détail "
                   f"technique est dans {log_file}.\n")
    logged = support.log_text(tmp_path)
    assert "builtins.ValueError" in logged and "sqlite3.OperationalError" in logged
    assert "in broken" in logged  # where it happened, for whoever fixes it
    support.assert_no_personal_data_in_logs(tmp_path)


def test_no_error_path_leaves_personal_data_in_the_log(support, tmp_path, monkeypatch, capsys):
    """Every refusal this issue covers, then a grep of the log for the candidate's name, birth date, e-mail."""
    monkeypatch.setattr("pixdesk.store.database.BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)

    def run(*args):
        return main(["--db", str(path), *args])

    assert run(*support.add_args(session_id)) == 2  # duplicate
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        assert run(*support.add_args(session_id, "Autre")) == 1
        other.execute("ROLLBACK")
    with support.read_only(path):
        assert run(*support.add_args(session_id, "Autre")) == 1
    assert run("candidate", "add", str(session_id), "--last-name", support.SECRET_NAME, "--first-name", "J",
               "--sex", "F", "--birthdate", support.SECRET_BIRTHDATE, "--email", "x@") == 2
    capsys.readouterr()
    logged = support.log_text(tmp_path)
    assert "store refused: STORE_BUSY" in logged and "store refused: STORE_READ_ONLY" in logged
    support.assert_no_personal_data_in_logs(tmp_path)


def test_a_child_logger_logging_an_exception_writes_no_message(support, tmp_path):
    """The room window logs failed actions with exc_info under "pixdesk.room": the file gets the type and the
    place, not the message."""
    logs.logger()
    try:
        raise ValueError(f"{support.SECRET_NAME} {support.SECRET_EMAIL}")
    except ValueError as error:
        import logging

        logging.getLogger("pixdesk.room").error("room action failed", exc_info=error)
    logged = support.log_text(tmp_path)
    assert "room action failed" in logged and "builtins.ValueError" in logged
    support.assert_no_personal_data_in_logs(tmp_path)
