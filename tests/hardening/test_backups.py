"""Item 8 of issue 8: a damaged store is refused before anything is written to it, naming the backup to
restore; `pixdesk backup` and `pixdesk restore` (SQLite's backup API); a daily backup kept for a week."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from pixdesk.store import backups, open_database
from pixdesk.store.migrations import HEAD_VERSION


def corrupt_the_middle(path, seed=1):
    """8 KB of random bytes in the middle of the file, as a failing disk or a bad copy would leave."""
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(bytes(rng.getrandbits(8) for _ in range(8192)))


def stored_names(path):
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT last_name FROM candidate ORDER BY id")]


@pytest.fixture
def store(support, tmp_path):
    """A store of 1,500 candidates (about 1 MB) and today's backup of it."""
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    from pixdesk.models.candidate_rules import validate_candidate
    from pixdesk.services.candidates import replace_candidates

    db = open_database(path)
    try:
        replace_candidates(db, session_id, [validate_candidate(support.secret_candidate())] + [
            validate_candidate(support.secret_candidate(last_name=f"Martin {n:05d}", email=None))
            for n in range(1, 1500)])
    finally:
        db.close()
    # As if the list had been imported yesterday: today's first change backs up the 1,500.
    backups.daily_path(path, date.today()).unlink()
    db = open_database(path)
    try:
        db.check_before_writing()
    finally:
        db.close()
    return path, session_id


def test_a_damaged_store_is_refused_before_any_write_naming_the_backup_to_restore(support, pixdesk, store):
    path, session_id = store
    daily = backups.daily_path(path, date.today())
    assert daily.exists()
    corrupt_the_middle(path)
    damaged = path.read_bytes()
    added = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"))
    assert added.returncode == 1
    assert support.assert_one_clean_line(added.stderr) == (
        f'Base endommagée : {path}. Rien n\'y a été écrit. Restaurez la dernière sauvegarde : '
        f'pixdesk restore "{daily}"')
    assert path.read_bytes() == damaged  # nothing written into the damaged file

    restored = pixdesk("--db", str(path), "--json", "restore", str(daily))
    assert restored.returncode == 0, restored.stderr
    answer = json.loads(restored.stdout)
    assert set(answer) == {"restored_from", "store", "previous_store", "schema_version", "sessions",
                           "candidates"}
    assert (answer["sessions"], answer["candidates"], answer["schema_version"]) == (1, 1500, HEAD_VERSION)
    kept = answer["previous_store"]
    assert "before-restore" in kept and open(kept, "rb").read()[:len(damaged)] == damaged
    after = pixdesk("--db", str(path), *support.add_args(session_id, "Nouveau"))
    assert after.returncode == 0, after.stderr
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert len(stored_names(path)) == 1501


def test_without_a_backup_the_damaged_message_says_how_to_restore_one(support, pixdesk, store):
    path, session_id = store
    for backup in backups.backups_of(path):
        backup.unlink()
    corrupt_the_middle(path)
    added = pixdesk("--lang", "en", "--db", str(path), *support.add_args(session_id, "Nouveau"))
    assert added.returncode == 1
    assert support.assert_one_clean_line(added.stderr) == (
        f"Damaged store: {path}. Nothing was written to it. Restore a backup: pixdesk restore FILE")


def test_backup_to_a_file_and_back(support, pixdesk, store, tmp_path):
    path, session_id = store
    target = tmp_path / "copie" / "centre.sqlite"
    target.parent.mkdir()
    made = pixdesk("--db", str(path), "--json", "backup", "-o", str(target))
    assert made.returncode == 0, made.stderr
    answer = json.loads(made.stdout)
    assert answer == {"path": str(target), "schema_version": HEAD_VERSION, "sessions": 1, "candidates": 1500,
                      "size": target.stat().st_size, "store": str(path)}
    assert not any(target.parent.glob("*-wal")) and stored_names(target) == stored_names(path)
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    first_id = json.loads(pixdesk("--db", str(path), "--json", "candidate", "list", str(session_id)).stdout)[0]["id"]
    assert pixdesk("--db", str(path), "candidate", "remove", str(session_id), str(first_id)).returncode == 0
    back = pixdesk("--db", str(path), "restore", str(target))
    assert back.returncode == 0, back.stderr
    lines = back.stdout.splitlines()
    assert lines[0] == f"Sauvegarde {target} restaurée dans {path} (sessions : 1, candidats : 1500)."
    assert lines[1].startswith("La base remplacée est conservée : ")
    assert stored_names(path)[0] == support.SECRET_NAME


def test_backup_without_output_goes_to_the_backups_folder_and_is_listed(pixdesk, store):
    path, _ = store
    made = pixdesk("--db", str(path), "backup")
    assert made.returncode == 0, made.stderr
    listed = json.loads(pixdesk("--db", str(path), "--json", "backup", "--list").stdout)
    assert [set(entry) for entry in listed] == [{"path", "created_at", "size"}] * 2
    assert [os.path.basename(e["path"]).split("-")[1] for e in listed] == [str(date.today().year), "daily"]


@pytest.mark.parametrize("target", ["/dev/null", "folder", "store"])
def test_backup_refuses_a_target_that_is_not_a_new_or_regular_file(pixdesk, support, store, tmp_path, target):
    path, _ = store
    (tmp_path / "folder").mkdir()
    output = {"/dev/null": "/dev/null", "folder": str(tmp_path / "folder"), "store": str(path)}[target]
    made = pixdesk("--db", str(path), "backup", "-o", output)
    assert made.returncode == 2
    line = support.assert_one_clean_line(made.stderr)
    assert line.startswith(f"--output: {output} ")


def sqlite_file(path, sql):
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(sql)
    return path


def test_restore_checks_the_file_first_and_leaves_the_store_alone(support, pixdesk, store, tmp_path):
    path, _ = store
    before = path.read_bytes()
    damaged = tmp_path / "abimee.sqlite"
    damaged.write_bytes(before)
    corrupt_the_middle(damaged)
    other = sqlite_file(tmp_path / "autre.sqlite", "CREATE TABLE contact (name TEXT);")
    newer = tmp_path / "future.sqlite"
    newer.write_bytes(before)
    sqlite_file(newer, f"PRAGMA user_version = {HEAD_VERSION + 1};")
    text = tmp_path / "notes.sqlite"
    text.write_text("pas une base" * 100)
    expected = {
        damaged: f"FILE: {damaged} est endommagé : rien n'a été restauré ; choisissez une autre sauvegarde.",
        other: f"FILE: {other} n'est pas une sauvegarde PixDesk : rien n'a été restauré.",
        newer: f"FILE: {newer} vient d'une version plus récente de PixDesk (schéma {HEAD_VERSION + 1}, celle-ci "
               f"connaît {HEAD_VERSION}) : rien n'a été restauré.",
        text: f"FILE: {text} n'est pas une sauvegarde PixDesk : rien n'a été restauré.",
        tmp_path / "absent.sqlite": f"FILE: {tmp_path / 'absent.sqlite'} : fichier introuvable ou qui n'est pas "
                                    "un fichier ordinaire.",
        path: f"FILE: {path} est la base elle-même : choisissez une sauvegarde.",
    }
    kept_before = backups.backups_of(path)
    for source, message in expected.items():
        result = pixdesk("--db", str(path), "restore", str(source))
        assert (result.returncode, support.assert_one_clean_line(result.stderr)) == (2, message)
    assert path.read_bytes() == before and backups.backups_of(path) == kept_before


def test_restoring_an_older_backup_brings_it_to_this_version(pixdesk, tmp_path):
    from pixdesk.store.migrations import migrate

    old = tmp_path / "v1.sqlite"
    with closing(sqlite3.connect(old, isolation_level=None)) as conn:
        migrate(conn, target=1)
    path = tmp_path / "nouveau" / "pixdesk.sqlite"  # a fresh machine: no store yet
    result = pixdesk("--db", str(path), "--json", "restore", str(old))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["previous_store"] is None
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION


def test_a_restore_reaches_another_pixdesk_that_has_the_store_open(support, store, tmp_path):
    path, session_id = store
    copy = backups.make_backup(path, tmp_path / "copie.sqlite")
    open_now = open_database(path)
    try:
        from pixdesk.services import candidates

        candidates.remove_candidate(open_now, session_id, candidates.list_candidates(open_now, session_id)[0].id)
        backups.restore(path, copy)
        assert len(candidates.list_candidates(open_now, session_id)) == 1500
    finally:
        open_now.close()


def test_the_daily_backup_is_made_once_a_day_and_kept_a_week(support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    support.seed(path)
    for made_today in backups.backups_of(path):
        made_today.unlink()
    first = date(2026, 3, 1)
    with closing(sqlite3.connect(path)) as conn:
        made = [backups.daily_backup(path, conn, first + timedelta(days=n)) for n in range(10)]
        assert backups.daily_backup(path, conn, first + timedelta(days=9)) is None  # once a day
    assert all(made)
    kept = sorted(p.name for p in backups.backup_folder(path).iterdir())
    assert kept == [f"pixdesk-daily-{first + timedelta(days=n)}.sqlite" for n in range(3, 10)]


def test_the_first_change_of_the_day_checks_and_backs_up_once(support, tmp_path, monkeypatch):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)  # its first change with a session made today's backup
    daily = backups.daily_path(path, date.today())
    stamp = daily.stat().st_mtime_ns
    checks = []
    real_check = backups.quick_check
    monkeypatch.setattr("pixdesk.store.database.quick_check", lambda conn: checks.append(1) or real_check(conn))
    db = open_database(path)
    try:
        from pixdesk.services import candidates

        for n in range(3):
            candidates.add_candidate(db, session_id, support.secret_candidate(last_name=f"Ajout {n}"))
    finally:
        db.close()
    assert checks == [1] and daily.stat().st_mtime_ns == stamp


def test_the_backups_of_the_demo_store_are_not_the_main_stores(tmp_path, support):
    main_store, demo = tmp_path / "pixdesk.sqlite", tmp_path / "pixdesk-demo.sqlite"
    support.seed(main_store)
    support.seed(demo)
    assert [p.name.startswith("pixdesk-daily") for p in backups.backups_of(main_store)] == [True]
    assert [p.name.startswith("pixdesk-demo-daily") for p in backups.backups_of(demo)] == [True]


def test_a_store_that_is_no_longer_a_database_at_all_can_be_restored(support, pixdesk, store, tmp_path):
    path, session_id = store
    daily = backups.daily_path(path, date.today())
    garbage = b"\x00garbage" * 4096
    path.write_bytes(garbage)
    listed = pixdesk("--db", str(path), "session", "list")
    assert listed.returncode == 1
    assert support.assert_one_clean_line(listed.stderr) == f"{path} n'est pas une base PixDesk."
    restored = pixdesk("--db", str(path), "--json", "restore", str(daily))
    assert restored.returncode == 0, restored.stderr
    assert open(json.loads(restored.stdout)["previous_store"], "rb").read() == garbage
    assert len(stored_names(path)) == 1500
