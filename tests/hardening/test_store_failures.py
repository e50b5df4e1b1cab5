"""Items 2 and 5 of issue 8: a store problem is one line in the user's language, in a real `pixdesk` process,
with no SQL, no values and no trace; read-only stores can still be read; odd --db values are refused."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from contextlib import closing

import pytest


def test_a_store_locked_by_another_program_is_one_line_and_reads_still_work(pixdesk, support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock past PixDesk's 5 s
        added = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"), timeout=30)
        listed = pixdesk("--db", str(path), "candidate", "list", str(session_id))
        other.execute("ROLLBACK")
    assert added.returncode == 1
    assert support.assert_one_clean_line(added.stderr) == \
        "La base est utilisée par un autre PixDesk : réessayez dans un instant."
    assert listed.returncode == 0 and support.SECRET_NAME in listed.stdout  # WAL: readers are never blocked
    support.assert_no_personal_data_in_logs(tmp_path)


def test_a_locked_store_in_english_and_in_json(support, tmp_path, monkeypatch, capsys):
    from pixdesk.cli import main

    monkeypatch.setattr("pixdesk.store.database.BUSY_TIMEOUT_MS", 100)  # the same path, without the 5 s wait
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        english = main(["--lang", "en", "--db", str(path), "session", "delete", str(session_id)])
        err = capsys.readouterr().err
        as_json = main(["--lang", "fr", "--db", str(path), "--json", *support.add_args(session_id, "Nouveau")])
        out = capsys.readouterr().out
        other.execute("ROLLBACK")
    assert english == 1
    assert support.assert_one_clean_line(err) == "The store is in use by another PixDesk: try again in a moment."
    assert as_json == 1
    assert json.loads(out) == {"errors": [{"code": "STORE_BUSY", "field": None, "message":
                                           "La base est utilisée par un autre PixDesk : réessayez dans un instant."}]}


def test_a_read_only_store_file_can_be_viewed_and_printed_but_not_changed(pixdesk, support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    before = path.read_bytes()
    with support.read_only(path):
        listed = pixdesk("--db", str(path), "candidate", "list", str(session_id))
        printed = pixdesk("--db", str(path), "export", "attendance-sheet", str(session_id), "-o",
                          str(tmp_path / "sheet.pdf"))
        added = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"))
        as_json = pixdesk("--db", str(path), "--json", "session", "delete", str(session_id))
    assert listed.returncode == 0 and support.SECRET_NAME in listed.stdout, listed.stderr
    assert printed.returncode == 0 and (tmp_path / "sheet.pdf").stat().st_size > 1000, printed.stderr
    assert added.returncode == 1
    line = support.assert_one_clean_line(added.stderr)
    assert line.startswith(f"Base en lecture seule : {path} ne peut pas être modifiée")
    assert as_json.returncode == 1 and '"code": "STORE_READ_ONLY"' in as_json.stdout
    assert path.read_bytes() == before
    support.assert_no_personal_data_in_logs(tmp_path)


def test_a_read_only_folder_is_opened_read_only_too(pixdesk, support, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "pixdesk.sqlite"
    session_id = support.seed(path)
    assert not (folder / "pixdesk.sqlite-shm").exists()  # a clean close leaves no -shm for a reader to use
    with support.read_only(folder):
        listed = pixdesk("--db", str(path), "--json", "candidate", "list", str(session_id))
        added = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"))
    assert listed.returncode == 0, listed.stderr
    assert support.SECRET_NAME in listed.stdout
    assert added.returncode == 1
    assert support.assert_one_clean_line(added.stderr).startswith("Base en lecture seule :")


def test_a_stale_read_only_shm_no_longer_blocks_writes(pixdesk, support, ordinary_user):
    """Seen as an ordinary user: a read-only use left a 0444 -shm; once the store is writable again, writes
    failed with "attempt to write a readonly database" until someone deleted the file by hand."""
    prefix, folder = ordinary_user
    path = folder / "pixdesk.sqlite"
    import subprocess
    import sys

    def as_user(*args):
        return subprocess.run([*prefix, sys.executable, "-m", "pixdesk", "--db", str(path), *args],
                              capture_output=True, text=True, cwd=folder, timeout=60,
                              env=support.cli_env(folder, HOME=str(folder)))

    created = as_user("session", "create", "--site", "A", "--room", "1", "--date", "2099-01-01", "--time",
                      "10:00", "--examiner", "E")
    assert created.returncode == 0, created.stderr
    path.chmod(0o444)
    assert as_user("session", "list").returncode == 0
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as reader:
        reader.execute("SELECT count(*) FROM certification_session").fetchone()  # leaves a -shm behind
        shm = folder / "pixdesk.sqlite-shm"
        if shm.exists():
            shm.chmod(0o444)
            if os.geteuid() == 0:
                os.chown(shm, support.NOBODY, support.NOBODY)
    assert (folder / "pixdesk.sqlite-shm").exists()
    path.chmod(0o600)
    again = as_user("session", "create", "--site", "B", "--room", "1", "--date", "2099-01-01", "--time",
                    "11:00", "--examiner", "E")
    assert again.returncode == 0, again.stderr


def test_a_stale_read_only_shm_is_repaired_on_opening(support, tmp_path):
    """The same repair, seen from the file modes (meaningful for root too, who ignores them)."""
    from pixdesk.store import open_database

    path = tmp_path / "pixdesk.sqlite"
    support.seed(path)
    with closing(sqlite3.connect(path)) as reader:  # keeps the -shm alive while PixDesk opens the store
        reader.execute("SELECT count(*) FROM candidate").fetchone()
        shm = tmp_path / "pixdesk.sqlite-shm"
        shm.chmod(0o444)
        db = open_database(path)
        try:
            assert stat.S_IMODE(shm.stat().st_mode) == 0o600
            assert not db.read_only
        finally:
            db.close()


def test_a_full_disk_is_said_as_such_and_the_store_stays_sound(pixdesk, support):
    with support.small_disk("1m") as disk:
        path = disk / "pixdesk.sqlite"
        session_id = support.seed(path)
        filler = support.fill_disk(disk)
        added = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"))
        created = pixdesk("--db", str(path), "session", "create", "--site", "S" * 200, "--room", "1",
                          "--date", "2099-01-01", "--time", "10:00", "--examiner", "E" * 200)
        filler.unlink()
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            names = [r[0] for r in conn.execute("SELECT last_name FROM candidate")]
        after = pixdesk("--db", str(path), *support.add_args(session_id, "Apres"))
    for result in (added, created):
        assert result.returncode == 1
        assert support.assert_one_clean_line(result.stderr) == (
            f"Disque plein : libérez de la place sur le disque de {disk}, puis réessayez. Rien n'a été "
            "enregistré.")
    assert names == [support.SECRET_NAME]
    assert after.returncode == 0, after.stderr


@pytest.mark.parametrize("value, expected", [
    ("", "--db: chemin de la base vide : indiquez un fichier, ou omettez l'option pour utiliser la base "
         "habituelle."),
    ("/dev/null", "--db: /dev/null n'est pas un fichier ordinaire : indiquez un fichier de base PixDesk "
                  "(.sqlite)."),
])
def test_empty_and_device_paths_are_refused(pixdesk, support, value, expected):
    result = pixdesk("--db", value, "session", "list")
    assert result.returncode == 2
    assert support.assert_one_clean_line(result.stderr) == expected
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_or_a_pipe_is_not_a_store(pixdesk, support, tmp_path):
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    for target in (tmp_path, pipe):
        result = pixdesk("--db", str(target), "session", "list", timeout=20)
        assert result.returncode == 2
        assert support.assert_one_clean_line(result.stderr) == \
            f"--db: {target} n'est pas un fichier ordinaire : indiquez un fichier de base PixDesk (.sqlite)."


def test_another_programs_sqlite_file_is_refused_untouched(pixdesk, support, tmp_path):
    path = tmp_path / "contacts.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
        conn.commit()
    result = pixdesk("--db", str(path), "session", "list")
    assert result.returncode == 1
    assert support.assert_one_clean_line(result.stderr) == f"{path} n'est pas une base PixDesk."
    with closing(sqlite3.connect(path)) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contact"]


def test_a_store_whose_path_has_uri_characters_opens_where_it_is(support, tmp_path):
    """The store is opened through an SQLite URI: "?", "#", "%" and spaces in a folder name stay part of it."""
    folder = tmp_path / "Centre #2 ? 100% à Brest"
    folder.mkdir()
    path = folder / "pixdesk.sqlite"
    session_id = support.seed(path)
    from pixdesk.services import candidates
    from pixdesk.store import open_database

    db = open_database(path)
    try:
        assert [c.last_name for c in candidates.list_candidates(db, session_id)] == [support.SECRET_NAME]
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == []
