"""Versioned schema steps. A step, once released, never changes: add a new one instead.

The schema version lives in SQLite's `PRAGMA user_version`; each step runs in one transaction with it, and
commits only if `PRAGMA foreign_key_check` finds nothing broken. A step never imports live domain code (it carries
what it needs). A step that recreates a table is marked `@rebuilds_tables` (pixdesk/store/rebuild.py) and runs
with foreign keys off.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from datetime import date

from pixdesk.store.migration_v5 import sync_foundations
from pixdesk.store.migration_v6 import platform_identity_keys
from pixdesk.store.rebuild import Step, check_foreign_keys, needs_foreign_keys_off

V1_SCHEMA = [
    """CREATE TABLE certification_center (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        name VARCHAR NOT NULL,
        type VARCHAR,
        habilitations VARCHAR NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE certification_session (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
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
        version INTEGER NOT NULL DEFAULT 3
    )""",
    "CREATE INDEX ix_certification_session_center ON certification_session (certification_center_id)",
    """CREATE TABLE candidate (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
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
        joined_at DATETIME,
        incomplete BOOLEAN NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX ix_candidate_session ON candidate (session_id)",
    """CREATE TABLE incident_report (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        session_id INTEGER NOT NULL REFERENCES certification_session (id) ON DELETE CASCADE,
        candidate_id INTEGER REFERENCES candidate (id) ON DELETE CASCADE,
        code VARCHAR NOT NULL,
        category VARCHAR NOT NULL,
        subcategory VARCHAR,
        question_number INTEGER,
        description VARCHAR,
        occurred_at DATETIME NOT NULL
    )""",
    "CREATE INDEX ix_incident_report_session ON incident_report (session_id)",
    "CREATE INDEX ix_incident_report_candidate ON incident_report (candidate_id)",
    """CREATE TABLE session_document (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        session_id INTEGER NOT NULL REFERENCES certification_session (id) ON DELETE CASCADE,
        file_name VARCHAR NOT NULL,
        media_type VARCHAR NOT NULL,
        size INTEGER NOT NULL,
        sha256 VARCHAR NOT NULL,
        content BLOB NOT NULL
    )""",
    "CREATE INDEX ix_session_document_session ON session_document (session_id)",
    """CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        occurred_at DATETIME NOT NULL,
        action VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        entity_uuid VARCHAR NOT NULL,
        details VARCHAR NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at)",
    """CREATE TABLE outbox (
        id VARCHAR(36) PRIMARY KEY,
        entity VARCHAR NOT NULL,
        entity_uuid VARCHAR NOT NULL,
        operation VARCHAR NOT NULL,
        payload VARCHAR NOT NULL,
        created_at DATETIME NOT NULL,
        status VARCHAR NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at DATETIME,
        last_error VARCHAR
    )""",
    "CREATE INDEX ix_outbox_status ON outbox (status)",
    "CREATE INDEX ix_outbox_entity_uuid ON outbox (entity_uuid)",
]


def _v1_initial_schema(conn: sqlite3.Connection) -> None:
    for statement in V1_SCHEMA:
        conn.execute(statement)


# Migration 2's own copy of the identity rules as released with it (pixdesk.models.text.fold and
# candidate_rules.identity_key): a released step must give the same keys whatever the live rules become.
_V2_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_V2_COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _v2_fold(text: str | None) -> str:
    if not text:
        return ""
    if not text.isascii():
        text = _V2_COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    folded = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _V2_NON_ALNUM.sub(" ", folded).strip()


def _v2_identity_key(last_name: str, first_name: str, birthdate: object) -> str:
    """As released: birth date read as the ISO date (YYYY-MM-DD) its first ten characters hold."""
    day = " ".join(str(birthdate)[:10].split())
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise ValueError(day)
    return f"{_v2_fold(last_name)}|{_v2_fold(first_name)}|{date.fromisoformat(day).isoformat()}"


def _v2_candidate_identity(conn: sqlite3.Connection) -> None:
    """Store each candidate's normalised identity, so uniqueness within a session is enforced by SQLite too."""
    conn.execute("ALTER TABLE candidate ADD COLUMN identity_key VARCHAR NOT NULL DEFAULT ''")
    seen: set[tuple[int, str]] = set()
    rows = conn.execute("SELECT id, session_id, last_name, first_name, birthdate FROM candidate ORDER BY id").fetchall()
    for candidate_id, session_id, last_name, first_name, birthdate in rows:
        key = _v2_identity_key(last_name, first_name, birthdate)
        if (session_id, key) in seen:
            # A duplicate from before the rule existed is kept, not dropped: nothing stored may be lost.
            key = f"{key}#{candidate_id}"
        seen.add((session_id, key))
        conn.execute("UPDATE candidate SET identity_key = ? WHERE id = ?", (key, candidate_id))
    conn.execute("CREATE UNIQUE INDEX uq_candidate_identity ON candidate (session_id, identity_key)")


def _v3_drop_redundant_candidate_index(conn: sqlite3.Connection) -> None:
    """uq_candidate_identity starts with session_id, so it already serves lookups by session; the second index
    only made every insert slower (a tenth of a 10,000-candidate import)."""
    conn.execute("DROP INDEX IF EXISTS ix_candidate_session")


def _v4_room_journal(conn: sqlite3.Connection) -> None:
    """The exam room's append-only journal, the per-session test length and the centre's incident grid."""
    conn.execute("ALTER TABLE certification_session ADD COLUMN test_length_minutes INTEGER NOT NULL DEFAULT 105")
    conn.execute("ALTER TABLE certification_center ADD COLUMN incident_grid VARCHAR NOT NULL DEFAULT 'pv'")
    conn.execute("""CREATE TABLE room_event (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        session_id INTEGER NOT NULL REFERENCES certification_session (id),
        session_uuid VARCHAR NOT NULL,
        chain VARCHAR NOT NULL,
        sequence INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        candidate_uuid VARCHAR,
        data VARCHAR NOT NULL DEFAULT '{}',
        recorded_at VARCHAR NOT NULL,
        run VARCHAR,
        monotonic_ns INTEGER,
        previous_hash VARCHAR NOT NULL,
        hash VARCHAR NOT NULL,
        imported_at DATETIME
    )""")
    conn.execute("CREATE UNIQUE INDEX uq_room_event_chain ON room_event (session_id, chain, sequence)")
    conn.execute("CREATE INDEX ix_room_event_candidate ON room_event (session_id, candidate_uuid)")
    for operation in ("UPDATE", "DELETE"):
        conn.execute(f"""CREATE TRIGGER room_event_no_{operation.lower()} BEFORE {operation} ON room_event
            BEGIN SELECT RAISE(ABORT, 'room_event is append-only'); END""")


def _v7_finalisation(conn: sqlite3.Connection) -> None:
    """The finalisation: its draft, its record, and what each attached document is."""
    conn.execute("ALTER TABLE session_document ADD COLUMN kind VARCHAR NOT NULL DEFAULT 'other'")
    conn.execute("ALTER TABLE session_document ADD COLUMN page_count INTEGER")
    conn.execute("""CREATE TABLE finalisation_draft (
        session_id INTEGER NOT NULL PRIMARY KEY REFERENCES certification_session (id) ON DELETE CASCADE,
        step INTEGER NOT NULL DEFAULT 1,
        answers VARCHAR NOT NULL DEFAULT '{}',
        updated_at DATETIME NOT NULL
    )""")
    conn.execute("""CREATE TABLE session_finalisation (
        id INTEGER PRIMARY KEY,
        uuid VARCHAR(36) NOT NULL UNIQUE,
        server_id VARCHAR,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        session_id INTEGER NOT NULL UNIQUE REFERENCES certification_session (id) ON DELETE CASCADE,
        finalized_at DATETIME NOT NULL,
        finalized_by VARCHAR NOT NULL,
        journal_fingerprint VARCHAR,
        document JSON NOT NULL,
        issue_reports JSON NOT NULL,
        abort_reasons JSON NOT NULL,
        documents JSON NOT NULL
    )""")


def _v8_sync_runs(conn: sqlite3.Connection) -> None:
    """The sync's history: one row per run (what was sent, received, refused, and how it ended)."""
    conn.execute("""CREATE TABLE sync_run (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at DATETIME NOT NULL,
        finished_at DATETIME,
        server VARCHAR NOT NULL,
        trigger VARCHAR NOT NULL,
        state VARCHAR NOT NULL,
        sent INTEGER NOT NULL DEFAULT 0,
        received INTEGER NOT NULL DEFAULT 0,
        pending INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        message VARCHAR
    )""")


MIGRATIONS: list[tuple[int, Step]] = [
    (1, _v1_initial_schema),
    (2, _v2_candidate_identity),
    (3, _v3_drop_redundant_candidate_index),
    (4, _v4_room_journal),
    (5, sync_foundations),
    (6, platform_identity_keys),
    (7, _v7_finalisation),
    (8, _v8_sync_runs),
]
HEAD_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = HEAD_VERSION) -> list[int]:
    """Apply the missing steps up to `target`, each atomically; returns the versions applied.

    `conn` must be in autocommit mode (isolation_level=None): foreign keys can only be switched between
    transactions."""
    if conn.in_transaction:
        raise RuntimeError("migrate() needs a connection outside any transaction (isolation_level=None)")
    applied = []
    for version, step in MIGRATIONS:
        if version > target or version <= schema_version(conn):
            continue
        keys_were_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        keys_off = needs_foreign_keys_off(step)
        if keys_off:
            conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                step(conn)
                check_foreign_keys(conn, version)
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            if keys_off and keys_were_on:
                conn.execute("PRAGMA foreign_keys = ON")
        applied.append(version)
    return applied
