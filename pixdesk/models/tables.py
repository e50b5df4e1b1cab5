"""SQLModel tables: the head schema. Changes here need a migration in pixdesk/store/migrations.py."""

from __future__ import annotations

import os
import uuid as uuid_module
from typing import Any
from datetime import date, datetime, timezone

from sqlalchemy import JSON, Column, Index, LargeBinary
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def sqlite_timestamp(moment: datetime) -> str:
    """How SQLAlchemy writes an aware datetime into SQLite: UTC, without offset, microseconds."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def key_of(row: SQLModel) -> int:
    """A stored row's integer key: typed optional, since a row has none until it is flushed."""
    key = getattr(row, "id", None)
    if key is None:
        raise ValueError(f"{type(row).__name__} is not stored yet")
    return int(key)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def new_uuids(count: int) -> list[str]:
    """Random (version 4) UUIDs in bulk: one read of the OS random source, formatted without UUID objects."""
    block = bytearray(os.urandom(16 * count))
    uuids = []
    for start in range(0, 16 * count, 16):
        block[start + 6] = (block[start + 6] & 0x0F) | 0x40
        block[start + 8] = (block[start + 8] & 0x3F) | 0x80
        h = block[start:start + 16].hex()
        uuids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return uuids


class SyncedEntity(SQLModel):
    """What every stored entity carries for sync: a stable UUID, the server's id once known (its number, as text),
    change time, and a revision that starts at 1 and grows by one with every change (the outbox's `version`)."""

    uuid: str = Field(default_factory=new_uuid, unique=True, index=True, max_length=36)
    server_id: str | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    revision: int = 1


class CertificationCenter(SyncedEntity, table=True):
    __tablename__ = "certification_center"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    # "SCO", "SUP", "PRO", or None when not stated; decides the billing-mode rule.
    type: str | None = None
    # Comma-separated complementary certification keys the centre is accredited for (e.g. "CLEA,DROIT").
    habilitations: str = ""
    # Which incident grid the room's picker shows: "pv" (the printed PV d'incident) or "pix" (Pix's current one).
    incident_grid: str = "pv"


class CertificationSession(SyncedEntity, table=True):
    __tablename__ = "certification_session"
    # AUTOINCREMENT: a deleted session's number is never given to another one.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    certification_center_id: int = Field(foreign_key="certification_center.id", index=True)
    site: str
    room: str
    date: date
    time: str
    examiner: str
    description: str | None = None
    access_code: str = Field(unique=True, index=True, max_length=6)
    invigilator_password: str
    examiner_global_comment: str | None = None
    has_incident: bool = False
    has_joining_issue: bool = False
    has_supervisor_access: bool = False
    finalized_at: datetime | None = None
    results_sent_to_prescriber_at: datetime | None = None
    published_at: datetime | None = None
    assigned_certification_officer_id: str | None = None
    version: int = 3
    # The test's length for the room's countdowns (Pix's core certification: 105 minutes), before extra time.
    test_length_minutes: int = 105


class Candidate(SyncedEntity, table=True):
    __tablename__ = "candidate"
    __table_args__ = (Index("uq_candidate_identity", "session_id", "identity_key", unique=True),
                      {"sqlite_autoincrement": True})

    id: int | None = Field(default=None, primary_key=True)
    # Looked up through uq_candidate_identity, whose first column it is.
    session_id: int = Field(foreign_key="certification_session.id", ondelete="CASCADE")
    last_name: str
    first_name: str
    sex: str | None = None
    birthdate: date
    birth_country: str | None = None
    birth_insee_code: str | None = None
    birth_postal_code: str | None = None
    birth_city: str | None = None
    email: str | None = None
    result_recipient_email: str | None = None
    external_id: str | None = None
    extra_time_percentage: int | None = None
    billing_mode: str | None = None
    prepayment_code: str | None = None
    complementary_certification: str | None = None
    # Normalised (last name, first name, birth date): the platform's identity of a candidate in a session.
    identity_key: str
    joined_at: datetime | None = None
    # Imported from an older sheet layout that lacks required fields (sex): to be completed by hand.
    incomplete: bool = False

    @property
    def has_joined(self) -> bool:
        return self.joined_at is not None


class IncidentReport(SyncedEntity, table=True):
    __tablename__ = "incident_report"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="certification_session.id", index=True, ondelete="CASCADE")
    candidate_id: int | None = Field(default=None, foreign_key="candidate.id", index=True, ondelete="CASCADE")
    code: str
    category: str
    subcategory: str | None = None
    question_number: int | None = None
    description: str | None = None
    occurred_at: datetime = Field(default_factory=utc_now)


class RoomEvent(SyncedEntity, table=True):
    """One event of an exam room's journal (pixdesk/models/journal.py). Append-only: triggers refuse UPDATE and
    DELETE. `uuid` is the event's id; `created_at` and `updated_at` are its recording time."""

    __tablename__ = "room_event"
    __table_args__ = (Index("uq_room_event_chain", "session_id", "chain", "sequence", unique=True),
                      Index("ix_room_event_candidate", "session_id", "candidate_uuid"))

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="certification_session.id")
    session_uuid: str
    chain: str
    sequence: int
    kind: str
    candidate_uuid: str | None = None
    data: str = "{}"
    recorded_at: str
    run: str | None = None
    monotonic_ns: int | None = None
    previous_hash: str
    hash: str
    # Set on events that came from another store's journal (a merge), None on this store's own chain.
    imported_at: datetime | None = None


class SessionDocument(SyncedEntity, table=True):
    __tablename__ = "session_document"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="certification_session.id", index=True, ondelete="CASCADE")
    file_name: str
    media_type: str
    size: int
    sha256: str
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # What it is, for the finalisation: attendance_sheet, incident_report, fraud_report, photo or other.
    kind: str = "other"
    page_count: int | None = None


class FinalisationDraft(SQLModel, table=True):
    """What the manager entered in the finalisation wizard so far, kept across leaving and crashes. Local to this
    desktop (not synced): the finalisation itself is what travels."""

    __tablename__ = "finalisation_draft"

    session_id: int = Field(foreign_key="certification_session.id", primary_key=True, ondelete="CASCADE")
    step: int = 1
    answers: str = "{}"
    updated_at: datetime = Field(default_factory=utc_now)


class SessionFinalisation(SyncedEntity, table=True):
    """A session's finalisation as it will be sent: the JSON:API body of PUT /api/sessions/{id}/finalization, the
    issue reports and abort reasons sent before it, the attached documents and the journal's fingerprint."""

    __tablename__ = "session_finalisation"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="certification_session.id", unique=True, ondelete="CASCADE")
    finalized_at: datetime
    finalized_by: str
    journal_fingerprint: str | None = None
    document: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    issue_reports: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    abort_reasons: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    documents: list[Any] = Field(sa_column=Column(JSON, nullable=False))


class StoreMeta(SQLModel, table=True):
    """Facts about this store: `device_id` (a UUID made once, never changed), `account_email` once signed in."""

    __tablename__ = "store_meta"

    key: str = Field(primary_key=True)
    value: str


class AuditEvent(SQLModel, table=True):
    """Who did what, from which device, when: append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_event"
    __table_args__ = {"sqlite_autoincrement": True}

    sequence: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    recorded_at: datetime = Field(default_factory=utc_now)
    # The signed-in e-mail, or "local".
    actor: str
    device: str = Field(max_length=36)
    action: str
    entity: str
    entity_id: str = Field(index=True, max_length=36)
    details: str = "{}"


class OutboxEntry(SQLModel, table=True):
    """One change for the central server, drained in `sequence` order; `id` doubles as its Idempotency-Key.

    `data` is the entity's state after the change (JSON, parents by UUID). Triggers keep the recorded fields as
    written and keep unsent rows; only `sent_at` (once) and the attempt bookkeeping may change."""

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    sequence: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    device: str = Field(max_length=36)
    entity: str
    entity_id: str = Field(max_length=36)
    operation: str
    version: int
    data: str
    recorded_at: datetime = Field(default_factory=utc_now)
    sent_at: datetime | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None


class SyncRun(SQLModel, table=True):
    """One synchronisation with the central server: when, how it was started (`manual`, `timer`, `network`,
    `command`), how it ended (`up_to_date`, `pending`, `offline`, `error`) and what it moved."""

    __tablename__ = "sync_run"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(default_factory=utc_now)
    finished_at: datetime | None = None
    server: str
    trigger: str
    state: str
    sent: int = 0
    received: int = 0
    pending: int = 0
    failed: int = 0
    message: str | None = None
