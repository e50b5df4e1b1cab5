"""Reading the outbox, and the bookkeeping the sync may do on it (the only writes its triggers allow).

A change is `sent` once the server has settled it: accepted, or answered with a refusal that retrying cannot
change (kept in `last_error`). Sent rows may be pruned; unsent ones cannot be deleted."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import col, select

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
    data: dict[str, object]
    attempts: int
    last_error: str | None

    def as_json(self) -> dict[str, object]:
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
    query = select(OutboxEntry).order_by(col(OutboxEntry.sequence))
    if pending_only:
        query = query.where(col(OutboxEntry.sent_at).is_(None))
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_change(row) for row in session.exec(query)]


def note_failed_attempt(db: Database, change_id: str, error: str, retry_at: datetime | None) -> None:
    """A try that did not settle the change (network down, 5xx, 429): count it and say when to try again."""
    with db.transaction() as session:
        session.execute(
            update(OutboxEntry).where(col(OutboxEntry.id) == change_id)
            .values(attempts=col(OutboxEntry.attempts) + 1, last_error=error, next_attempt_at=retry_at))


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


def settle(db: Database, change_ids: Sequence[str], error: str | None = None, when: datetime | None = None) -> int:
    """The server settled these changes: accepted (`error` None: any earlier try's error is cleared), or refused
    for good (`error` is the platform's code and message, shown on the row at fault). Returns how many were
    still pending."""
    if not change_ids:
        return 0
    with db.transaction() as session:
        result = session.execute(
            update(OutboxEntry)
            .where(col(OutboxEntry.id).in_(change_ids), col(OutboxEntry.sent_at).is_(None))
            .values(sent_at=when or utc_now(), last_error=error, next_attempt_at=None))
        return int(result.rowcount)  # type: ignore[attr-defined]


def pending_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL").scalar() or 0)


def previous_state(db: Database, change: Change) -> dict[str, Any] | None:
    """The entity's state before this change (the data of its previous change), or None when unknown."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT data FROM outbox WHERE entity_id = ? AND sequence < ? AND operation != 'delete' "
            "ORDER BY sequence DESC LIMIT 1", (change.entity_id, change.sequence)).first()
    return None if found is None else json.loads(found[0])


def entity_marks(db: Database, entity: str, entity_ids: Sequence[str]) -> dict[str, str]:
    """Per entity UUID: "pending" (a change not yet sent) or "refused" (its last change was refused by the
    server); entities in sync are left out. For the lists' per-row marks."""
    if not entity_ids:
        return {}
    marks: dict[str, str] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(entity_ids), 500):
            chunk = list(entity_ids[start:start + 500])
            places = ", ".join("?" for _ in chunk)
            rows = conn.exec_driver_sql(
                f"SELECT entity_id, sent_at IS NULL, last_error FROM outbox WHERE entity = ? AND entity_id IN "
                f"({places}) AND sequence IN (SELECT max(sequence) FROM outbox WHERE entity = ? AND entity_id IN "
                f"({places}) GROUP BY entity_id)", (entity, *chunk, entity, *chunk)).fetchall()
            for entity_id, pending, error in rows:
                if pending:
                    marks[entity_id] = "pending"
                elif error:
                    marks[entity_id] = "refused"
    return marks


@dataclass(frozen=True)
class RefusedChange:
    change: str
    entity: str
    entity_id: str
    error: str

    @property
    def code(self) -> str:
        return self.error.split(":", 1)[0]

    @property
    def message(self) -> str:
        return self.error.split(":", 1)[-1].strip()


def refused_changes(db: Database) -> list[RefusedChange]:
    """Entities whose last change the server refused: they differ from the server until corrected."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT o.id, o.entity, o.entity_id, o.last_error FROM outbox AS o JOIN (SELECT entity_id, "
            "max(sequence) AS last FROM outbox GROUP BY entity_id) AS l ON l.entity_id = o.entity_id AND "
            "l.last = o.sequence WHERE o.sent_at IS NOT NULL AND o.last_error IS NOT NULL "
            "ORDER BY o.sequence").fetchall()
    return [RefusedChange(*row) for row in rows]
