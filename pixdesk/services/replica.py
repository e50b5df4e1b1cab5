"""Putting another store's (or the server's) state of a session or candidate into this store.

A state is what the outbox carries (`pixdesk.services.changes.state_of`): every column but local ids, dates and
times as ISO text, parents by UUID. Applying one here is not a change made here: it writes no outbox row (the
change already exists elsewhere) — callers record an audit event saying where it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlmodel import Session, col, select

from pixdesk.models.candidate_rules import identity_key
from pixdesk.models.tables import Candidate, CertificationSession, SyncedEntity
from pixdesk.services.changes import NOT_SYNCED, _kind

Entity = TypeVar("Entity", bound=SyncedEntity)
# Never taken from elsewhere: the local key and parent keys (found by UUID), and the local revision.
_LOCAL_ONLY = NOT_SYNCED | {"certification_center_id", "session_id", "candidate_id", "uuid"}


def _parse_datetime(value: object) -> object:
    if not isinstance(value, str):
        return value
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _parse_date(value: object) -> object:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


_PARSERS: dict[str, Callable[[object], object]] = {
    "datetime": _parse_datetime, "date": _parse_date, "bool": lambda value: None if value is None else bool(value)}


def column_values(table: Table, state: Mapping[str, object]) -> dict[str, Any]:
    """The columns a state sets, typed as the table stores them; keys absent from the state are left out."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name in _LOCAL_ONLY or column.name not in state:
            continue
        parse = _PARSERS.get(_kind(column.type))
        value = state[column.name]
        values[column.name] = parse(value) if parse else value
    return values


def by_uuid(session: Session, model: type[Entity], uuid: str) -> Entity | None:
    return session.exec(select(model).where(col(model.uuid) == uuid)).first()


def _comparable(value: object) -> object:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    return value


def assign(row: SyncedEntity, values: Mapping[str, object]) -> dict[str, tuple[object, object]]:
    """Set the values that differ; returns {column: (old, new)} for those."""
    changed = {}
    for name, value in values.items():
        old = getattr(row, name)
        if _comparable(old) != _comparable(value):
            changed[name] = (old, value)
            setattr(row, name, value)
    if isinstance(row, Candidate) and {"last_name", "first_name", "birthdate"} & changed.keys():
        row.identity_key = identity_key(row.last_name, row.first_name, row.birthdate)
    return changed


def new_session(state: Mapping[str, object], centre_id: int) -> CertificationSession:
    table = CertificationSession.__table__  # type: ignore[attr-defined]
    return CertificationSession(uuid=str(state["uuid"]), certification_center_id=centre_id,
                                **column_values(table, state))


def new_candidate(state: Mapping[str, object], session_id: int) -> Candidate:
    table = Candidate.__table__  # type: ignore[attr-defined]
    values = column_values(table, state)
    return Candidate(uuid=str(state["uuid"]), session_id=session_id, identity_key=identity_key(
        values["last_name"], values["first_name"], values["birthdate"]), **values)


RECEIVED = "received"


def record_received(session: Session, row: SyncedEntity) -> None:
    """A copy's new state, as an outbox row already settled (`received`, never sent): the baseline against which
    this store's next change of the entity is compared, so that the change sends only what was changed here."""
    from pixdesk.models.tables import OutboxEntry, utc_now
    from pixdesk.services.changes import _dumps, identity, snapshot, table_of

    session.flush()
    now = utc_now()
    session.add(OutboxEntry(device=identity(session).device, entity=table_of(row).name,
                            entity_id=row.uuid, operation=RECEIVED, version=row.revision,
                            data=_dumps(snapshot(session, row)), recorded_at=now, sent_at=now))
