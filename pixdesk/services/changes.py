"""Recording a change: the outbox row for the sync and the audit event, in the caller's transaction."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlmodel import Session, SQLModel

from pixdesk.models.tables import AuditEvent, OutboxEntry, utc_now

NOT_SYNCED = {"content", "created_at", "id"}


def _json_value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(entity: SQLModel) -> dict:
    return {
        name: _json_value(getattr(entity, name))
        for name in type(entity).model_fields
        if name not in NOT_SYNCED
    }


def record_change(session: Session, entity: SQLModel, operation: str, details: dict | None = None,
                  payload: dict | None = None) -> None:
    """Call after the entity's own change, before the commit, so all three land together or not at all."""
    if operation != "delete":
        entity.updated_at = utc_now()
        session.add(entity)
    session.flush()
    entity_name = type(entity).__tablename__
    if payload is None:
        payload = snapshot(entity) if operation != "delete" else {"uuid": entity.uuid, "server_id": entity.server_id}
    session.add(OutboxEntry(entity=entity_name, entity_uuid=entity.uuid, operation=operation,
                            payload=json.dumps(payload, ensure_ascii=False)))
    session.add(AuditEvent(action=f"{entity_name}.{operation}", entity=entity_name, entity_uuid=entity.uuid,
                           details=json.dumps(details or {}, ensure_ascii=False, default=str)))
