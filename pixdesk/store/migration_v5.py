"""Schema step 5: what sync and the exam-day journal stand on. Released steps never change.

- `store_meta` holds this store's device UUID, made once here.
- Sessions and candidates get AUTOINCREMENT keys (a deleted one's number is never given again): a table rebuild.
- Every synced table gets `revision` (1, then +1 on every change).
- `audit_event` gains its actor and device and becomes append-only (triggers).
- `outbox` takes the format sync drains: an AUTOINCREMENT `sequence`, the change's UUID as idempotency key, device,
  entity UUID, version and the entity's state with parents by UUID. Nothing ever drained the old queue (there
  was no sync), and its rows named parents by local ids in three shapes; it is replaced by one `create` per stored
  entity at its current state, parents first, which brings a server to exactly the same place. The old rows'
  history is already in the audit, one event each.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, datetime, timezone

from pixdesk.store.rebuild import rebuild_table, rebuilds_tables

SESSION_SQL = """CREATE TABLE {table} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid VARCHAR(36) NOT NULL UNIQUE,
    server_id VARCHAR,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    certification_center_id INTEGER NOT NULL REFERENCES certification_center (id),
    site VARCHAR NOT NULL,
    room VARCHAR NOT NULL,
    date DATE NOT NULL,
    time VARCHAR NOT NULL,
    examiner VARCHAR NOT NULL,
    description VARCHAR,
    access_code VARCHAR(6) NOT NULL UNIQUE,
    invigilator_password VARCHAR NOT NULL,
    examiner_global_comment VARCHAR,
    has_incident BOOLEAN NOT NULL DEFAULT 0,
    has_joining_issue BOOLEAN NOT NULL DEFAULT 0,
    has_supervisor_access BOOLEAN NOT NULL DEFAULT 0,
    finalized_at DATETIME,
    results_sent_to_prescriber_at DATETIME,
    published_at DATETIME,
    assigned_certification_officer_id VARCHAR,
    version INTEGER NOT NULL DEFAULT 3,
    test_length_minutes INTEGER NOT NULL DEFAULT 105
)"""
SESSION_COLUMNS = (
    "id", "uuid", "server_id", "created_at", "updated_at", "certification_center_id", "site", "room", "date", "time",
    "examiner", "description", "access_code", "invigilator_password", "examiner_global_comment", "has_incident",
    "has_joining_issue", "has_supervisor_access", "finalized_at", "results_sent_to_prescriber_at", "published_at",
    "assigned_certification_officer_id", "version", "test_length_minutes",
)

CANDIDATE_SQL = """CREATE TABLE {table} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid VARCHAR(36) NOT NULL UNIQUE,
    server_id VARCHAR,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    session_id INTEGER NOT NULL REFERENCES certification_session (id) ON DELETE CASCADE,
    last_name VARCHAR NOT NULL,
    first_name VARCHAR NOT NULL,
    sex VARCHAR,
    birthdate DATE NOT NULL,
    birth_country VARCHAR,
    birth_insee_code VARCHAR,
    birth_postal_code VARCHAR,
    birth_city VARCHAR,
    email VARCHAR,
    result_recipient_email VARCHAR,
    external_id VARCHAR,
    extra_time_percentage INTEGER,
    billing_mode VARCHAR,
    prepayment_code VARCHAR,
    complementary_certification VARCHAR,
    identity_key VARCHAR NOT NULL,
    joined_at DATETIME,
    incomplete BOOLEAN NOT NULL DEFAULT 0
)"""
CANDIDATE_COLUMNS = (
    "id", "uuid", "server_id", "created_at", "updated_at", "session_id", "last_name", "first_name", "sex",
    "birthdate", "birth_country", "birth_insee_code", "birth_postal_code", "birth_city", "email",
    "result_recipient_email", "external_id", "extra_time_percentage", "billing_mode", "prepayment_code",
    "complementary_certification", "identity_key", "joined_at", "incomplete",
)

AUDIT_SQL = """CREATE TABLE {table} (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    id VARCHAR(36) NOT NULL UNIQUE,
    recorded_at DATETIME NOT NULL,
    actor VARCHAR NOT NULL,
    device VARCHAR(36) NOT NULL,
    action VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    entity_id VARCHAR(36) NOT NULL,
    details VARCHAR NOT NULL DEFAULT '{{}}'
)"""

OUTBOX_SQL = """CREATE TABLE outbox (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    id VARCHAR(36) NOT NULL UNIQUE,
    device VARCHAR(36) NOT NULL,
    entity VARCHAR NOT NULL,
    entity_id VARCHAR(36) NOT NULL,
    operation VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    data VARCHAR NOT NULL,
    recorded_at DATETIME NOT NULL,
    sent_at DATETIME,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at DATETIME,
    last_error VARCHAR
)"""

# Raised inside SQLite, so no code path (ORM, raw SQL, another tool) can rewrite the record.
TRIGGERS = (
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an event cannot be changed'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an event cannot be deleted'); END""",
    # INSERT OR REPLACE deletes the row it collides with without firing delete triggers: refuse the collision.
    """CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
       WHEN EXISTS (SELECT 1 FROM audit_event WHERE sequence = NEW.sequence OR id = NEW.id)
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an event cannot be replaced'); END""",
    """CREATE TRIGGER outbox_recorded_fields_fixed
       BEFORE UPDATE OF sequence, id, device, entity, entity_id, operation, version, data, recorded_at ON outbox
       BEGIN SELECT RAISE(ABORT, 'outbox: a recorded change cannot be rewritten'); END""",
    """CREATE TRIGGER outbox_sent_is_final BEFORE UPDATE OF sent_at ON outbox WHEN OLD.sent_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'outbox: a sent change stays sent'); END""",
    """CREATE TRIGGER outbox_unsent_kept BEFORE DELETE ON outbox WHEN OLD.sent_at IS NULL
       BEGIN SELECT RAISE(ABORT, 'outbox: a change not yet sent cannot be deleted'); END""",
    """CREATE TRIGGER outbox_no_replace BEFORE INSERT ON outbox
       WHEN EXISTS (SELECT 1 FROM outbox WHERE sequence = NEW.sequence OR id = NEW.id)
       BEGIN SELECT RAISE(ABORT, 'outbox: a recorded change cannot be replaced'); END""",
    """CREATE TRIGGER store_meta_device_fixed BEFORE UPDATE ON store_meta WHEN OLD.key = 'device_id'
       BEGIN SELECT RAISE(ABORT, 'store_meta: the device id is made once and never changes'); END""",
    """CREATE TRIGGER store_meta_device_kept BEFORE DELETE ON store_meta WHEN OLD.key = 'device_id'
       BEGIN SELECT RAISE(ABORT, 'store_meta: the device id is made once and never changes'); END""",
)

# The outbox's `data`, as this step writes it: every column but these, each `<parent>_id` as `<parent>_uuid`.
NOT_SYNCED = {"id", "revision", "content", "identity_key"}
BASELINE_TABLES = ("certification_center", "certification_session", "candidate", "incident_report",
                   "session_document", "room_event")


@rebuilds_tables
def sync_foundations(conn: sqlite3.Connection) -> None:
    device = str(uuid.uuid4())
    conn.execute("CREATE TABLE store_meta (key VARCHAR NOT NULL PRIMARY KEY, value VARCHAR NOT NULL)")
    conn.execute("INSERT INTO store_meta (key, value) VALUES ('device_id', ?)", (device,))

    for table in ("certification_center", "incident_report", "session_document", "room_event"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")
    highest_deleted = _highest_deleted_session_id(conn)
    rebuild_table(conn, "certification_session", SESSION_SQL, {c: c for c in SESSION_COLUMNS}, [
        "CREATE INDEX ix_certification_session_center ON certification_session (certification_center_id)"])
    _never_below(conn, "certification_session", highest_deleted)
    rebuild_table(conn, "candidate", CANDIDATE_SQL, {c: c for c in CANDIDATE_COLUMNS}, [
        "CREATE UNIQUE INDEX uq_candidate_identity ON candidate (session_id, identity_key)"])

    # Events were numbered in the order they happened (INTEGER PRIMARY KEY): that order becomes their sequence.
    rebuild_table(conn, "audit_event", AUDIT_SQL, {
        "sequence": "id", "id": "uuid", "recorded_at": "occurred_at", "actor": "'local'",
        "device": f"'{device}'", "action": "action", "entity": "entity", "entity_id": "entity_uuid",
        "details": "details",
    }, ["CREATE INDEX ix_audit_event_entity_id ON audit_event (entity_id)"])

    conn.execute("DROP TABLE outbox")
    conn.execute(OUTBOX_SQL)
    # What the sync reads: the pending rows in order. No other index: every one slows each imported candidate.
    conn.execute("CREATE INDEX ix_outbox_pending ON outbox (sequence) WHERE sent_at IS NULL")
    _write_baseline(conn, device)

    for statement in TRIGGERS:
        conn.execute(statement)


def _highest_deleted_session_id(conn: sqlite3.Connection) -> int:
    """Session numbers already printed and then deleted: deletion events kept the id in their details."""
    highest = 0
    for (details,) in conn.execute(
            "SELECT details FROM audit_event WHERE action = 'certification_session.delete'"):
        try:
            value = json.loads(details).get("id")
        except (ValueError, AttributeError):
            continue
        if isinstance(value, int):
            highest = max(highest, value)
    return highest


def _never_below(conn: sqlite3.Connection, table: str, floor: int) -> None:
    if floor <= 0:
        return
    updated = conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (floor, table)).rowcount
    if not updated:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, floor))


def _write_baseline(conn: sqlite3.Connection, device: str) -> None:
    recorded_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    uuids = {table: dict(conn.execute(f"SELECT id, uuid FROM {table}")) for table in BASELINE_TABLES}
    for table in BASELINE_TABLES:
        columns = [(name, kind.upper()) for _, name, kind, *_ in conn.execute(f"PRAGMA table_info({table})")
                   if name not in NOT_SYNCED]
        parents = {row[3]: row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
        names = [name for name, _ in columns]
        for row in conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id").fetchall():
            data = {}
            for (name, kind), value in zip(columns, row):
                if name in parents:
                    data[name[:-3] + "_uuid"] = uuids[parents[name]].get(value)
                else:
                    data[name] = _json_value(kind, value)
            conn.execute(
                "INSERT INTO outbox (id, device, entity, entity_id, operation, version, data, recorded_at) "
                "VALUES (?, ?, ?, ?, 'create', 1, ?, ?)",
                (str(uuid.uuid4()), device, table, data["uuid"], json.dumps(data, ensure_ascii=False), recorded_at))


def _json_value(kind: str, value: object) -> object:
    """As pixdesk.services.changes writes it at this version: ISO dates, UTC ISO datetimes, true/false."""
    if value is None:
        return None
    if kind == "BOOLEAN":
        return bool(value)
    if kind == "DATE":
        try:
            return date.fromisoformat(str(value)[:10]).isoformat()
        except ValueError:
            return value
    if kind == "DATETIME":
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")
    return value
