"""Reading the outbox, and the bookkeeping the sync may do on it (the only writes its triggers allow).

A change is `sent` once the server has settled it: accepted, or answered with a refusal that retrying cannot
change (kept in `last_error`). Sent rows may be pruned; unsent ones cannot be deleted."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlmodel import select

from pixdesk.models.tables import OutboxEntry, StoreMeta, utc_now
from pixdesk.services.changes import ACCOUNT_KEY, DEVICE_KEY, json_datetime
from pixdesk.store import Database


@dataclass(frozen=True, slots=True)
class Change:
    sequence: int
    id: str
    device: str
    entity: str
    entity_id: str
    operation: str
    version: int
    recorded_at: datetime
    sent_at: datetime | None
    data: dict
    attempts: int
    last_error: str | None

    def as_json(self) -> dict:
        return {
            "sequence": self.sequence,
            "id": self.id,
            "device": self.device,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "operation": self.operation,
            "version": self.version,
            "recorded_at": json_datetime(self.recorded_at),
            "sent_at": None if self.sent_at is None else json_datetime(self.sent_at),
            "data": self.data,
        }


def _change(row: OutboxEntry) -> Change:
    assert row.sequence is not None
    return Change(row.sequence, row.id, row.device, row.entity, row.entity_id, row.operation, row.version,
                  row.recorded_at, row.sent_at, json.loads(row.data), row.attempts, row.last_error)


def list_changes(db: Database, *, pending_only: bool = False, limit: int | None = None) -> list[Change]:
    """Oldest first: the order the sync sends them in."""
    query = select(OutboxEntry).order_by(OutboxEntry.sequence)  # type: ignore[arg-type]
    if pending_only:
        query = query.where(OutboxEntry.sent_at.is_(None))  # type: ignore[union-attr]
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_change(row) for row in session.exec(query)]


def mark_sent(db: Database, change_ids: Sequence[str], when: datetime | None = None) -> int:
    """The server settled these changes; returns how many were still pending."""
    if not change_ids:
        return 0
    with db.transaction() as session:
        result = session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id.in_(change_ids), OutboxEntry.sent_at.is_(None))  # type: ignore[attr-defined]
            .values(sent_at=when or utc_now()))
        return int(result.rowcount)  # type: ignore[attr-defined]


def note_failed_attempt(db: Database, change_id: str, error: str, retry_at: datetime | None) -> None:
    """A try that did not settle the change (network down, 5xx, 429): count it and say when to try again."""
    with db.transaction() as session:
        session.execute(
            update(OutboxEntry).where(OutboxEntry.id == change_id)  # type: ignore[arg-type]
            .values(attempts=OutboxEntry.attempts + 1, last_error=error, next_attempt_at=retry_at))


def device_id(db: Database) -> str:
    with db.session() as session:
        return session.exec(select(StoreMeta.value).where(StoreMeta.key == DEVICE_KEY)).one()


def set_account(db: Database, email: str | None) -> None:
    """Who the audit names from now on: the signed-in e-mail, or nobody ("local") after signing out."""
    with db.transaction() as session:
        if email:
            session.merge(StoreMeta(key=ACCOUNT_KEY, value=email))
        elif (row := session.get(StoreMeta, ACCOUNT_KEY)) is not None:
            session.delete(row)
