import sqlite3
from contextlib import closing

import pytest
from sqlmodel import SQLModel

from pixdesk.models import tables  # noqa: F401  (registers the tables in SQLModel.metadata)
from pixdesk.services import candidates, sessions
from pixdesk.store import open_database
from pixdesk.store.database import StoreError
from pixdesk.store.migrations import HEAD_VERSION, migrate


def pragma(db, name):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_has_wal_foreign_keys_busy_timeout_and_full_sync(db):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == 5000
    assert pragma(db, "synchronous") == 2  # FULL


def test_new_database_is_at_head_and_matches_the_models(db_path, db):
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
        for table in SQLModel.metadata.sorted_tables:
            stored = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
            assert stored == {c.name for c in table.columns}, table.name


def make_version_1(path):
    """A database as the first released schema wrote it, with data in every table."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, target=1)
        conn.executescript("""
            INSERT INTO certification_center VALUES (1, 'c-uuid', NULL, '2025-01-01', '2025-01-01',
                'Centre Testix', 'PRO', 'CLEA');
            INSERT INTO certification_session VALUES (307, 's-uuid', '99', '2025-01-01', '2025-01-01', 1,
                'Centre Testix', '45', '2021-01-12', '10:00', 'Eric Martin', 'RAS', 'GMPB26', 'bcd23!',
                NULL, 0, 0, 0, NULL, NULL, NULL, NULL, 3);
            INSERT INTO candidate VALUES (1, 'k1', NULL, '2025-01-01', '2025-01-01', 307, 'Dupont', 'Julie', 'F',
                '1996-03-13', 'France', '76351', NULL, 'Le Havre', 'julie@example.fr', NULL, 'E1', 33, 'FREE',
                NULL, NULL, NULL, 0);
            INSERT INTO candidate VALUES (2, 'k2', NULL, '2025-01-01', '2025-01-01', 307, 'DUPONT', 'julie', 'F',
                '1996-03-13', 'France', '76351', NULL, 'Le Havre', NULL, NULL, NULL, NULL, 'FREE',
                NULL, NULL, NULL, 0);
            INSERT INTO incident_report VALUES (1, 'i1', NULL, '2025-01-01', '2025-01-01', 307, 1, 'C6', 'FRAUD',
                NULL, NULL, 'Téléphone', '2025-01-01');
            INSERT INTO outbox VALUES ('o1', 'candidate', 'k1', 'create', '{}', '2025-01-01', 'pending', 0,
                NULL, NULL);
        """)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_version_1_database_upgrades_without_losing_anything(tmp_path):
    path = tmp_path / "old.sqlite"
    make_version_1(path)
    db = open_database(path)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        with closing(sqlite3.connect(db.backup_path)) as backup:
            assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
            assert backup.execute("SELECT count(*) FROM candidate").fetchone()[0] == 2

        session = sessions.get_session(db, 307)
        assert (session.access_code, session.site, session.examiner, session.candidate_count) == (
            "GMPB26", "Centre Testix", "Eric Martin", 2)
        stored = candidates.list_candidates(db, 307)
        assert [(c.last_name, c.first_name, c.birth_insee_code, c.extra_time_percentage) for c in stored] == [
            ("Dupont", "Julie", "76351", 33), ("DUPONT", "julie", "76351", None)]
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
            keys = [r[0] for r in conn.execute("SELECT identity_key FROM candidate ORDER BY id")]
            # The pre-existing duplicate is kept, with a distinct key so the new unique index holds.
            assert keys == ["dupont|julie|1996-03-13", "dupont|julie|1996-03-13#2"]
            assert conn.execute("SELECT description FROM incident_report").fetchone()[0] == "Téléphone"
            # The never-drained queue became one create per stored entity (tests/foundation/test_migrations.py).
            assert conn.execute("SELECT entity, entity_id FROM outbox ORDER BY sequence").fetchall() == [
                ("certification_center", "c-uuid"), ("certification_session", "s-uuid"), ("candidate", "k1"),
                ("candidate", "k2"), ("incident_report", "i1")]
    finally:
        db.close()


def test_identity_keys_are_recomputed_as_the_platform_compares_candidates(tmp_path):
    """Step 6: names in lower case, accents kept; a candidate that now shares a key is kept, not lost."""
    from pixdesk.store.migration_v6 import platform_identity_keys
    from pixdesk.store.migrations import MIGRATIONS

    step = next(version for version, function in MIGRATIONS if function is platform_identity_keys)
    path = tmp_path / "before.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, target=step - 1)
        conn.execute("INSERT INTO certification_center (id, uuid, created_at, updated_at, name, type) "
                     "VALUES (1, 'c', '2025-01-01', '2025-01-01', 'Centre', 'PRO')")
        conn.execute("INSERT INTO certification_session (id, uuid, created_at, updated_at, certification_center_id,"
                     " site, room, date, time, examiner, access_code, invigilator_password) VALUES (1, 's',"
                     " '2025-01-01', '2025-01-01', 1, 'S', 'R', '2031-01-12', '10:00', 'E', 'GMPB26', 'bcd23!')")
        people = [("Martin", "Hélène", "martin|helene|2001-05-06"), ("Martin", "Helene", "martin|helene|2001-05-06#2"),
                  ("MARTIN", "Hélène", "martin|helene|2001-05-06#3")]  # keys as steps 2 to 5 wrote them
        for n, (last, first, key) in enumerate(people, start=1):
            conn.execute("INSERT INTO candidate (id, uuid, created_at, updated_at, session_id, last_name, first_name,"
                         " birthdate, birth_country, birth_insee_code, identity_key)"
                         " VALUES (?, ?, '2025-01-01', '2025-01-01', 1, ?, ?, '2001-05-06', 'France', '76351', ?)",
                         (n, f"k{n}", last, first, key))
    open_database(path).close()
    with closing(sqlite3.connect(path)) as conn:
        keys = [r[0] for r in conn.execute("SELECT identity_key FROM candidate ORDER BY id")]
    assert keys == ["martin|hélène|2001-05-06", "martin|helene|2001-05-06", "martin|hélène|2001-05-06#3"]


def schema_of(path):
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_upgraded_database_has_the_same_schema_as_a_new_one(tmp_path):
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    make_version_1(old)
    open_database(old).close()
    open_database(new).close()
    assert schema_of(old) == schema_of(new)
    assert ("index", "ix_candidate_session", "candidate") not in schema_of(old)


def test_database_from_a_newer_pixdesk_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {HEAD_VERSION + 1}")
    with pytest.raises(StoreError) as refused:
        open_database(path)
    assert refused.value.code == "STORE_NEWER"
    assert "version plus récente de PixDesk" in refused.value.message()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION + 1


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database" * 100)
    with pytest.raises(StoreError):
        open_database(path)
    assert path.read_text().startswith("not a database")
