"""What the sync history window shows: the runs, and what the manager should look at — fields where two desktops
disagreed (the value kept and the one set aside) and changes the server refused."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlmodel import select

from pixdesk.models.fields import field_label
from pixdesk.models.tables import AuditEvent, SyncRun
from pixdesk.services.outbox import refused_changes
from pixdesk.store import Database


@dataclass(frozen=True)
class RunRecord:
    id: int
    started_at: datetime
    finished_at: datetime | None
    trigger: str
    state: str
    sent: int
    received: int
    pending: int
    failed: int
    message: str | None
    server: str


def runs(db: Database, limit: int = 1000) -> list[RunRecord]:
    with db.session() as session:
        rows = session.exec(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)).all()  # type: ignore
    return [RunRecord(r.id, _aware(r.started_at), _aware(r.finished_at), r.trigger, r.state, r.sent, r.received,
                      r.pending, r.failed, r.message, r.server) for r in rows]


@dataclass(frozen=True)
class Attention:
    """One thing for the manager: a conflict settled by the merge rules, or a refused change."""

    at: datetime | None
    kind: str  # "conflict" or "refused"
    entity: str
    entity_id: str
    label: str  # the session or candidate as people name it
    field: str | None
    kept: str | None
    discarded: str | None
    detail: str


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _labels(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        labels = {uuid: f"{server_id or local_id} · {site}, {room}" for uuid, server_id, local_id, site, room in
                  conn.exec_driver_sql("SELECT uuid, server_id, id, site, room FROM certification_session")}
        labels.update({uuid: f"{last} {first}" for uuid, last, first in
                       conn.exec_driver_sql("SELECT uuid, last_name, first_name FROM candidate")})
    return labels


def attention(db: Database, limit: int = 1000) -> list[Attention]:
    found: list[Attention] = []
    labels = _labels(db)
    for change in refused_changes(db):
        found.append(Attention(None, "refused", change.entity, change.entity_id,
                               labels.get(change.entity_id, change.entity_id[:8]), None, None, None, change.message))
    with db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "sync.conflict")
                              .order_by(AuditEvent.sequence.desc()).limit(limit)).all()  # type: ignore
    for event in events:
        details = json.loads(event.details)
        who = " / ".join(str(details[k]) for k in ("kept_change", "discarded_change") if details.get(k))
        field = details.get("field")
        found.append(Attention(_aware(event.recorded_at), "conflict", event.entity, event.entity_id,
                               labels.get(event.entity_id, event.entity_id[:8]),
                               field_label(field) or field or ", ".join(details.get("discarded_fields", [])) or None,
                               _text(details.get("kept")), _text(details.get("discarded")), who))
    return found
