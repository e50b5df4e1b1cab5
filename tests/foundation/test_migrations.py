"""Upgrading a store of the released version (4) through the table rebuilds of step 5: nothing lost, nothing
cascaded away, the same schema as a new store, and numbers never handed out twice."""

import ast
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import (Candidate, CertificationCenter, CertificationSession, IncidentReport, RoomEvent,
                                   SessionDocument)
from pixdesk.services import candidates, sessions
from pixdesk.services.changes import snapshot
from pixdesk.services.outbox import device_id, list_changes
from pixdesk.store import migrations, open_database
from pixdesk.store.migrations import HEAD_VERSION, MIGRATIONS, migrate
from pixdesk.store.rebuild import MigrationError, rebuild_table, rebuilds_tables

STORE_CODE = Path(__file__).resolve().parents[2] / "pixdesk" / "store"
RELEASED = 4

V3_ROWS = """
INSERT INTO certification_center VALUES (1, 'c-uuid', NULL, '2025-01-01 09:00:00.000000',
    '2025-01-02 09:00:00.000000', 'Centre Testix', 'PRO', 'CLEA');
INSERT INTO certification_session VALUES (7, 's7-uuid', '1207', '2025-01-01 09:00:00.000000',
    '2025-01-03 09:00:00.000000', 1, 'Centre Testix', '45', '2025-01-12', '10:00', 'Eric Martin', 'RAS', 'GMPB26',
    'bcd23!', 'Aucun problème', 1, 0, 1, '2025-01-12 13:00:00.000000', NULL, NULL, NULL, 3);
INSERT INTO certification_session VALUES (9, 's9-uuid', NULL, '2025-01-01 09:00:00.000000',
    '2025-01-01 09:00:00.000000', 1, 'Annexe', 'B12', '2099-03-01', '14:00', 'Sophie', NULL, 'KQRT47',
    'xyz89?', NULL, 0, 0, 0, NULL, NULL, NULL, NULL, 3);
INSERT INTO candidate VALUES (1, 'k1', NULL, '2025-01-01 09:00:00.000000', '2025-01-01 09:00:00.000000', 7,
    'Dupont', 'Julie', 'F', '1996-03-13', 'FRANCE', '76351', NULL, 'LE HAVRE', 'julie@example.fr', NULL, 'E1', 33,
    'FREE', NULL, NULL, '2025-01-12 10:05:00.000000', 0, 'dupont|julie|1996-03-13');
INSERT INTO candidate VALUES (2, 'k2', NULL, '2025-01-01 09:00:00.000000', '2025-01-01 09:00:00.000000', 7,
    'DUPONT', 'julie', NULL, '1996-03-13', 'FRANCE', '76351', NULL, 'LE HAVRE', NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, 1, 'dupont|julie|1996-03-13#2');
INSERT INTO candidate VALUES (5, 'k5', NULL, '2025-01-01 09:00:00.000000', '2025-01-01 09:00:00.000000', 9,
    'Kowalska', 'Małgorzata', 'F', '1992-11-02', 'POLOGNE', '99122', NULL, 'Łódź', NULL, NULL, NULL, NULL, 'PAID',
    NULL, NULL, NULL, 0, 'kowalska|ma gorzata|1992-11-02');
INSERT INTO incident_report VALUES (1, 'i1', NULL, '2025-01-12 10:30:00.000000', '2025-01-12 10:30:00.000000', 7,
    1, 'E3', 'IN_CHALLENGE', 'LINK_NOT_WORKING', 12, 'Lien mort', '2025-01-12 10:30:00.000000');
INSERT INTO incident_report VALUES (2, 'i2', NULL, '2025-01-12 11:00:00.000000', '2025-01-12 11:00:00.000000', 7,
    NULL, 'A1', 'OTHER', NULL, NULL, 'Alarme incendie', '2025-01-12 11:00:00.000000');
INSERT INTO session_document VALUES (1, 'd1', NULL, '2025-01-12 12:00:00.000000', '2025-01-12 12:00:00.000000', 7,
    'pv.pdf', 'application/pdf', 4, 'abcd', X'25504446');
INSERT INTO audit_event VALUES (1, 'a1', '2025-01-01 09:00:00.000000', 'certification_session.create',
    'certification_session', 's7-uuid', '{}');
INSERT INTO audit_event VALUES (2, 'a2', '2025-01-02 09:00:00.000000', 'certification_session.delete',
    'certification_session', 's12-uuid', '{"id": 12, "access_code": "BBBB22"}');
INSERT INTO outbox VALUES ('o1', 'certification_session', 's7-uuid', 'create', '{"uuid": "s7-uuid"}',
    '2025-01-01 09:00:00.000000', 'pending', 0, NULL, NULL);
INSERT INTO outbox VALUES ('o2', 'certification_session', 's9-uuid', 'replace_candidates',
    '{"session_uuid": "s9-uuid", "candidate_uuids": ["k5"]}', '2025-01-02 09:00:00.000000', 'pending', 0, NULL, NULL);
"""
V4_ROWS = """
UPDATE certification_session SET test_length_minutes = 150 WHERE id = 9;
UPDATE certification_center SET incident_grid = 'pix';
INSERT INTO room_event VALUES (1, 'r1', NULL, '2025-01-12 10:00:00.000000', '2025-01-12 10:00:00.000000', 7,
    's7-uuid', 'c1', 1, 'presence_confirmed', 'k1', '{"by": "Eric"}', '2025-01-12T10:00:00+00:00', 'run-1',
    123456789, '0000', 'abcd', NULL);
INSERT INTO room_event VALUES (2, 'r2', NULL, '2025-01-12 10:01:00.000000', '2025-01-12 10:01:00.000000', 7,
    's7-uuid', 'c1', 2, 'started', 'k1', '{}', '2025-01-12T10:01:00+00:00', 'run-1', 223456789, 'abcd', 'ef01',
    '2025-01-13 08:00:00.000000');
"""
KEPT_TABLES = ("certification_center", "certification_session", "candidate", "incident_report", "session_document",
               "room_event")


def make_released_store(path):
    """A store as the released PixDesk wrote it (each released step in turn), a row in every table, every kind of
    value."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, target=3)
        conn.executescript(V3_ROWS)
        migrate(conn, target=RELEASED)
        conn.executescript(V4_ROWS)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def rows_of(path, table):
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]


def schema_of(path):
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "released.sqlite"
    make_released_store(path)
    before = {table: rows_of(path, table) for table in (*KEPT_TABLES, "audit_event")}
    db = open_database(path)
    yield path, db, before
    db.close()


def test_every_row_survives_the_rebuild_unchanged(upgraded):
    path, db, before = upgraded
    assert db.backup_path is not None and rows_of(db.backup_path, "candidate") == before["candidate"]
    derived = {"identity_key"}  # recomputed by step 6 as the platform compares candidates (lower case, accents kept)
    for table in KEPT_TABLES:
        after = rows_of(path, table)
        assert [{k: row[k] for k in old if k not in derived} for row, old in zip(after, before[table])] == [
            {k: v for k, v in old.items() if k not in derived} for old in before[table]], table
        assert len(after) == len(before[table]) and {row["revision"] for row in after} == {1}, table
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_audit_keeps_its_events_in_order_with_actor_and_device(upgraded):
    path, db, before = upgraded
    device = device_id(db)
    assert [(e["sequence"], e["id"], e["recorded_at"], e["actor"], e["device"], e["action"], e["entity"],
             e["entity_id"], e["details"]) for e in rows_of(path, "audit_event")] == [
        (old["id"], old["uuid"], old["occurred_at"], "local", device, old["action"], old["entity"],
         old["entity_uuid"], old["details"]) for old in before["audit_event"]]


def test_the_old_queue_becomes_one_create_per_stored_entity_parents_first(upgraded):
    path, db, _ = upgraded
    changes = list_changes(db)
    assert [(c.sequence, c.entity, c.entity_id, c.operation, c.version) for c in changes] == [
        (1, "certification_center", "c-uuid", "create", 1),
        (2, "certification_session", "s7-uuid", "create", 1),
        (3, "certification_session", "s9-uuid", "create", 1),
        (4, "candidate", "k1", "create", 1),
        (5, "candidate", "k2", "create", 1),
        (6, "candidate", "k5", "create", 1),
        (7, "incident_report", "i1", "create", 1),
        (8, "incident_report", "i2", "create", 1),
        (9, "session_document", "d1", "create", 1),
        (10, "room_event", "r1", "create", 1),
        (11, "room_event", "r2", "create", 1),
    ]
    assert {c.device for c in changes} == {device_id(db)} and {c.sent_at for c in changes} == {None}
    assert len({c.id for c in changes}) == 11
    by_id = {c.entity_id: c.data for c in changes}
    assert by_id["k1"] == {
        "uuid": "k1", "server_id": None, "created_at": "2025-01-01T09:00:00.000000+00:00",
        "updated_at": "2025-01-01T09:00:00.000000+00:00", "session_uuid": "s7-uuid", "last_name": "Dupont",
        "first_name": "Julie", "sex": "F", "birthdate": "1996-03-13", "birth_country": "FRANCE",
        "birth_insee_code": "76351", "birth_postal_code": None, "birth_city": "LE HAVRE",
        "email": "julie@example.fr", "result_recipient_email": None, "external_id": "E1",
        "extra_time_percentage": 33, "billing_mode": "FREE", "prepayment_code": None,
        "complementary_certification": None, "joined_at": "2025-01-12T10:05:00.000000+00:00", "incomplete": False,
    }
    assert by_id["s7-uuid"] == {
        "uuid": "s7-uuid", "server_id": "1207", "created_at": "2025-01-01T09:00:00.000000+00:00",
        "updated_at": "2025-01-03T09:00:00.000000+00:00", "certification_center_uuid": "c-uuid",
        "site": "Centre Testix", "room": "45", "date": "2025-01-12", "time": "10:00", "examiner": "Eric Martin",
        "description": "RAS", "access_code": "GMPB26", "invigilator_password": "bcd23!",
        "examiner_global_comment": "Aucun problème", "has_incident": True, "has_joining_issue": False,
        "has_supervisor_access": True, "finalized_at": "2025-01-12T13:00:00.000000+00:00",
        "results_sent_to_prescriber_at": None, "published_at": None, "assigned_certification_officer_id": None,
        "version": 3, "test_length_minutes": 105,
    }
    assert by_id["s9-uuid"]["test_length_minutes"] == 150
    assert by_id["i2"]["candidate_uuid"] is None and by_id["i1"]["candidate_uuid"] == "k1"
    assert by_id["d1"] == {
        "uuid": "d1", "server_id": None, "created_at": "2025-01-12T12:00:00.000000+00:00",
        "updated_at": "2025-01-12T12:00:00.000000+00:00", "session_uuid": "s7-uuid", "file_name": "pv.pdf",
        "media_type": "application/pdf", "size": 4, "sha256": "abcd"}
    assert by_id["r2"] == {
        "uuid": "r2", "server_id": None, "created_at": "2025-01-12T10:01:00.000000+00:00",
        "updated_at": "2025-01-12T10:01:00.000000+00:00", "session_uuid": "s7-uuid", "chain": "c1", "sequence": 2,
        "kind": "started", "candidate_uuid": "k1", "data": "{}", "recorded_at": "2025-01-12T10:01:00+00:00",
        "run": "run-1", "monotonic_ns": 223456789, "previous_hash": "abcd", "hash": "ef01",
        "imported_at": "2025-01-13T08:00:00.000000+00:00"}


# Columns later steps added: step 5's baseline cannot know them.
ADDED_AFTER_STEP_5 = {"session_document": {"kind", "page_count"}}


def test_the_baseline_matches_what_the_services_record_for_the_same_rows(upgraded):
    """The step carries its own copy of the payload rules; today they agree with the live ones."""
    _, db, _ = upgraded
    baseline = {c.entity_id: c.data for c in list_changes(db)}
    with db.session() as session:
        for model in (CertificationCenter, CertificationSession, Candidate, IncidentReport, SessionDocument,
                      RoomEvent):
            later = ADDED_AFTER_STEP_5.get(model.__tablename__, set())
            for row in session.exec(select(model)):
                live = {key: value for key, value in snapshot(session, row).items() if key not in later}
                assert live == baseline[row.uuid]


def test_numbers_go_on_after_the_highest_ever_given_even_a_deleted_one(upgraded):
    _, db, _ = upgraded
    created = sessions.create_session(db, SessionInput("Annexe", "C1", "2099-04-01", "09:00", "Lucie"))
    assert created.id == 13  # session 12 was printed, then deleted, before the upgrade
    added = candidates.add_candidate(db, created.id, CandidateInput(
        "Neige", "Jean", "M", "1987-09-22", "France", "34172", billing_mode="FREE"))
    assert added.id == 6


def test_an_upgraded_store_has_exactly_the_schema_of_a_new_one(upgraded, tmp_path):
    path, _, _ = upgraded
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).close()
    assert schema_of(path) == schema_of(fresh)


def test_a_refused_step_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    open_database(path).close()

    @rebuilds_tables
    def dangling(conn):
        conn.execute("INSERT INTO candidate (uuid, created_at, updated_at, session_id, last_name, first_name, "
                     "birthdate, identity_key) VALUES ('x', '2025-01-01', '2025-01-01', 999, 'A', 'B', '2000-01-01', "
                     "'a|b|2000-01-01')")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, (HEAD_VERSION + 1, dangling)])
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(MigrationError, match=f"schema step {HEAD_VERSION + 1} would leave 1 broken reference"):
            migrate(conn, target=HEAD_VERSION + 1)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
        assert conn.execute("SELECT count(*) FROM candidate").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_rebuilding_with_foreign_keys_on_is_refused_before_anything_cascades(tmp_path):
    path = tmp_path / "released.sqlite"
    make_released_store(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(MigrationError, match="cascade"):
            rebuild_table(conn, "certification_session", "CREATE TABLE {table} (id INTEGER PRIMARY KEY)", {"id": "id"})
        assert conn.execute("SELECT count(*) FROM candidate").fetchone()[0] == 3


def test_migrate_refuses_a_connection_inside_a_transaction(tmp_path):
    with closing(sqlite3.connect(tmp_path / "s.sqlite")) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")  # the sqlite3 module opened a transaction
        with pytest.raises(RuntimeError, match="outside any transaction"):
            migrate(conn)


# Keys step 2 wrote when it was released, for names that exercise every folding rule.
RELEASED_KEYS = [
    ("Dupont", "Julie", "dupont|julie|1996-03-13"),
    ("Lefèvre", "Anaïs", "lefevre|anais|1996-03-13"),
    ("Kowalska", "Małgorzata", "kowalska|ma gorzata|1996-03-13"),
    ("Ionescu", "Ștefan", "ionescu|stefan|1996-03-13"),
    ("O'Brien-Smith", "Jean-Rémi", "o brien smith|jean remi|1996-03-13"),
    ("Cœur", "Æsa", "coeur|aesa|1996-03-13"),
    ("Straße", "ǅ", "strasse|dz|1996-03-13"),
    ("Ñúñez", "Zoë", "nunez|zoe|1996-03-13"),
    ("Дмитрий", "Łukasz", "|ukasz|1996-03-13"),
    ("  Le  Gall ", "Marie-  Ève", "le gall|marie eve|1996-03-13"),
    ("ＡＢＣ", "ﬁ", "abc|fi|1996-03-13"),
]


def test_step_2_writes_the_identity_keys_it_wrote_when_released(tmp_path):
    with closing(sqlite3.connect(tmp_path / "v1.sqlite", isolation_level=None)) as conn:
        migrate(conn, target=1)
        conn.execute("INSERT INTO certification_center VALUES (1, 'c', NULL, 'x', 'x', 'C', NULL, '')")
        conn.execute("INSERT INTO certification_session (id, uuid, created_at, updated_at, certification_center_id, "
                     "site, room, date, time, examiner, access_code, invigilator_password) "
                     "VALUES (1, 's', 'x', 'x', 1, 'S', 'R', '2025-01-01', '10:00', 'E', 'BBBB22', 'p')")
        for index, (last, first, _) in enumerate(RELEASED_KEYS):
            conn.execute("INSERT INTO candidate (id, uuid, created_at, updated_at, session_id, last_name, first_name, "
                         "birthdate) VALUES (?, ?, 'x', 'x', 1, ?, ?, '1996-03-13 00:00:00')",
                         (index + 1, f"k{index}", last, first))
        migrate(conn, target=2)
        assert [key for (key,) in conn.execute("SELECT identity_key FROM candidate ORDER BY id")] == [
            key for _, _, key in RELEASED_KEYS]


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", ["migrations.py", "migration_v5.py", "rebuild.py"])
def test_schema_steps_import_no_live_domain_code(name):
    imports = imported_modules(STORE_CODE / name)
    assert {m for m in imports if m.startswith("pixdesk") and not m.startswith("pixdesk.store")} == set()
    assert imports, "the walker sees imports"


def test_the_device_is_made_once_per_store(tmp_path):
    first, second = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    try:
        device = device_id(first)
        assert len(device) == 36 and device != device_id(second)
    finally:
        first.close()
        second.close()
    reopened = open_database(tmp_path / "a.sqlite")
    try:
        assert device_id(reopened) == device
    finally:
        reopened.close()
    with closing(sqlite3.connect(tmp_path / "a.sqlite")) as conn, pytest.raises(sqlite3.IntegrityError,
                                                                                  match="never changes"):
        conn.execute("UPDATE store_meta SET value = 'other' WHERE key = 'device_id'")
