"""The server's tables (SQLAlchemy Core). Every change here needs an Alembic revision in migrations/versions."""

from __future__ import annotations

from sqlalchemy import (
    JSON, BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _timestamp(name: str, nullable: bool = True, **kwargs) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable, **kwargs)


certification_center = Table(
    "certification_center", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("name", String(255), nullable=False, unique=True),
    Column("type", String(3)),
    Column("habilitations", String(255), nullable=False, server_default=""),
    # Last change number given in this centre: bumping it locks the centre's row until commit, so a centre's
    # changes are numbered in commit order and the changes feed never skips one.
    Column("change_seq", Integer, nullable=False, server_default="0"),
    _timestamp("created_at", nullable=False),
)

user = Table(
    "app_user", metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    _timestamp("created_at", nullable=False),
    _timestamp("password_changed_at", nullable=False),
)

membership = Table(
    "membership", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False),
    Column("certification_center_id", Integer, ForeignKey("certification_center.id", ondelete="CASCADE"),
           nullable=False, index=True),
    _timestamp("created_at", nullable=False),
    UniqueConstraint("user_id", "certification_center_id", name="uq_membership_user_centre"),
)

refresh_token = Table(
    "refresh_token", metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False, index=True),
    _timestamp("created_at", nullable=False),
    _timestamp("expires_at", nullable=False),
    _timestamp("revoked_at"),
)

access_token = Table(
    "access_token", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("refresh_token_id", Integer, ForeignKey("refresh_token.id", ondelete="CASCADE"), nullable=False,
           index=True),
    _timestamp("expires_at", nullable=False, index=True),
)

sign_in_failure = Table(
    "sign_in_failure", metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, index=True),
    Column("address", String(64), nullable=False, index=True),
    _timestamp("failed_at", nullable=False, index=True),
)

certification_session = Table(
    "certification_session", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("certification_center_id", Integer, ForeignKey("certification_center.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("address", String(255), nullable=False),
    Column("room", String(255), nullable=False),
    Column("date", Date, nullable=False),
    Column("time", String(5), nullable=False),
    Column("examiner", String(255), nullable=False),
    Column("description", Text),
    Column("access_code", String(6), nullable=False, unique=True),
    Column("invigilator_password", String(16), nullable=False),
    Column("examiner_global_comment", Text),
    Column("has_incident", Boolean, nullable=False, server_default="0"),
    Column("has_joining_issue", Boolean, nullable=False, server_default="0"),
    Column("has_supervisor_access", Boolean, nullable=False, server_default="0"),
    _timestamp("finalized_at"),
    _timestamp("published_at"),
    Column("assigned_certification_officer_id", String(64)),
    Column("version", Integer, nullable=False, server_default="3"),
    Column("created_by", Integer, ForeignKey("app_user.id", ondelete="SET NULL")),
    _timestamp("created_at", nullable=False),
    _timestamp("updated_at", nullable=False),
    # Per field, when its value was last changed (ISO times, the desktop's PixDesk-Changed-At): an older change
    # arriving late leaves a later one in place.
    Column("field_times", JSON),
)

certification_candidate = Table(
    "certification_candidate", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("session_id", Integer, ForeignKey("certification_session.id", ondelete="CASCADE"), nullable=False),
    Column("last_name", String(255), nullable=False),
    Column("first_name", String(255), nullable=False),
    Column("sex", String(1)),
    Column("birthdate", Date, nullable=False),
    Column("birth_country", String(255)),
    Column("birth_insee_code", String(5)),
    Column("birth_postal_code", String(5)),
    Column("birth_city", String(255)),
    Column("email", String(320)),
    Column("result_recipient_email", String(320)),
    Column("external_id", String(255)),
    Column("extra_time_percentage", Integer),
    Column("billing_mode", String(8)),
    Column("prepayment_code", String(255)),
    Column("complementary_certification", String(32)),
    Column("incomplete", Boolean, nullable=False, server_default="0"),
    # Normalised (birth name, first name, birth date): the platform's identity of a candidate in a session.
    Column("identity_key", String(800), nullable=False),
    # Joined (Pix: linked to a user) or started in the room: locks the list; the candidate is a "course".
    _timestamp("joined_at"),
    # The finalisation's certification report for this candidate.
    Column("has_seen_end_test_screen", Boolean),
    Column("is_completed", Boolean),
    Column("abort_reason", String(16)),
    Column("examiner_comment", Text),
    _timestamp("created_at", nullable=False),
    _timestamp("updated_at", nullable=False),
    Column("field_times", JSON),
    UniqueConstraint("session_id", "identity_key", name="uq_candidate_identity"),
)

issue_report = Table(
    "certification_issue_report", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("session_id", Integer, ForeignKey("certification_session.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("candidate_id", Integer, ForeignKey("certification_candidate.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("code", String(8)),
    Column("category", String(64), nullable=False),
    Column("subcategory", String(64)),
    Column("description", Text),
    Column("question_number", Integer),
    _timestamp("occurred_at"),
    Column("added_after_finalization", Boolean, nullable=False, server_default="0"),
    _timestamp("created_at", nullable=False),
)

journal_event = Table(
    "journal_event", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("session_id", Integer, ForeignKey("certification_session.id", ondelete="CASCADE"), nullable=False),
    Column("candidate_id", Integer, ForeignKey("certification_candidate.id", ondelete="SET NULL")),
    Column("candidate_uuid", String(36)),
    Column("kind", String(64), nullable=False),
    Column("data", JSON, nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("hash", String(128), nullable=False),
    # The laptop's chain (pixdesk.models.journal: one per store and session); "device" in the first revision.
    Column("device", String(64)),
    _timestamp("received_at", nullable=False),
    Column("after_finalization", Boolean, nullable=False, server_default="0"),
    # Kept as the laptop wrote them, so each chain still verifies on the server (revision 0002).
    Column("previous_hash", String(128)),
    Column("run", String(64)),
    Column("monotonic_ns", BigInteger),
    Index("ix_journal_event_session_order", "session_id", "recorded_at", "sequence"),
    Index("uq_journal_event_chain", "session_id", "device", "sequence", unique=True),
)

change = Table(
    "change", metadata,
    Column("id", Integer, primary_key=True),
    Column("certification_center_id", Integer, ForeignKey("certification_center.id", ondelete="CASCADE"),
           nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("entity_uuid", String(36)),
    Column("operation", String(16), nullable=False),
    Column("data", JSON),
    _timestamp("recorded_at", nullable=False),
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="SET NULL")),
    Column("idempotency_key", String(255)),
    # When the change was made on the desktop (PixDesk-Changed-At), else when it reached the server.
    _timestamp("changed_at"),
    UniqueConstraint("certification_center_id", "sequence", name="uq_change_centre_sequence"),
)

idempotency_record = Table(
    "idempotency_record", metadata,
    Column("id", Integer, primary_key=True),
    # Keys are the client's (an outbox row's UUID), scoped to the user who sent them.
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(255), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("certification_center_id", Integer, ForeignKey("certification_center.id", ondelete="CASCADE")),
    Column("status", Integer, nullable=False),
    Column("body", Text),
    Column("location", String(255)),
    _timestamp("created_at", nullable=False, index=True),
    UniqueConstraint("user_id", "key", name="uq_idempotency_user_key"),
)
