"""Recording a change: one outbox row for the sync and one audit event, in the caller's transaction.

Outbox row: `sequence` (order, never reused), `id` (the change's UUID, its idempotency key), `device`, `entity`
(table name), `entity_id` (the entity's UUID), `operation`, `version` (the entity's revision after the change)
and `data`: the entity's state after the change, every column but local ids, each parent as `<parent>_uuid`.
A delete's `data` names what is gone: its `uuid`, `server_id` and parents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from operator import itemgetter

import orjson

from sqlalchemy import Boolean, Date, DateTime, Table, TypeDecorator, select
from sqlalchemy.types import TypeEngine
from sqlmodel import Session, col

from pixdesk.models.tables import AuditEvent, OutboxEntry, StoreMeta, SyncedEntity, new_uuids, sqlite_timestamp, \
    utc_now

DEVICE_KEY, ACCOUNT_KEY = "device_id", "account_email"
LOCAL_ACTOR = "local"
# Local integer keys mean nothing elsewhere; the revision is the row's `version`; a document's bytes travel apart;
# the identity key is derived from the names and birth date by the shared rules.
NOT_SYNCED = frozenset({"id", "revision", "content", "identity_key"})
CREATE, UPDATE, DELETE = "create", "update", "delete"

Json = dict[str, object]
# One change of a bulk write: entity UUID, operation, version, data.
BulkChange = tuple[str, str, int, Json]


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    key: str
    kind: str  # "parent", "date", "datetime", "bool" or "plain"
    parent: Table | None = None


def _kind(sql_type: TypeEngine[object]) -> str:
    # SQLModel wraps datetimes in a TypeDecorator (UTCDateTime); what matters is the type it stores.
    stored = sql_type.impl_instance if isinstance(sql_type, TypeDecorator) else sql_type
    for kind, family in (("datetime", DateTime), ("date", Date), ("bool", Boolean)):
        if isinstance(stored, family):
            return kind
    return "plain"


@lru_cache(maxsize=None)
def _layout(table: Table) -> tuple[_Column, ...]:
    columns = []
    for column in table.columns:
        if column.name in NOT_SYNCED:
            continue
        if column.foreign_keys:
            parent = next(iter(column.foreign_keys)).column.table
            columns.append(_Column(column.name, column.name.removesuffix("_id") + "_uuid", "parent", parent))
        else:
            columns.append(_Column(column.name, column.name, _kind(column.type)))
    return tuple(columns)


def table_of(entity: SyncedEntity) -> Table:
    """The entity's table (SQLModel declares `__table__` on table classes only, which typing cannot see)."""
    table: Table = entity.__table__  # type: ignore[attr-defined]
    return table


def json_datetime(moment: datetime) -> str:
    """UTC, ISO 8601 with microseconds: the store keeps UTC, and reads it back without the offset."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _date(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _datetime(value: object) -> object:
    return json_datetime(value) if isinstance(value, datetime) else value


def _bool(value: object) -> object:
    return None if value is None else bool(value)


_CONVERTERS = {"date": _date, "datetime": _datetime, "bool": _bool}


@lru_cache(maxsize=None)
def _plan(table: Table) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, Callable[[object], object]], ...],
                                 tuple[tuple[str, str], ...]]:
    """Columns copied as they are, columns converted, parent columns: `states_of` runs for every imported row."""
    layout = _layout(table)
    return (tuple((c.key, c.name) for c in layout if c.kind == "plain"),
            tuple((c.key, c.name, _CONVERTERS[c.kind]) for c in layout if c.kind in _CONVERTERS),
            tuple((c.key, c.name) for c in layout if c.kind == "parent"))


def state_of(table: Table, values: Mapping[str, object], parent_uuids: Mapping[str, str | None]) -> Json:
    """An entity's `data` from its column values; `parent_uuids` gives each foreign-key column's parent UUID."""
    return states_of(table, tuple(values), [tuple(values.values())], parent_uuids)[0]


def states_of(table: Table, names: Sequence[str], rows: Sequence[Sequence[object]],
              fixed: Mapping[str, object]) -> list[Json]:
    """`state_of` for many rows at once (an import's 10,000): each row gives the columns `names`, `fixed` every
    other column by name, and each parent column's UUID. Built in C a row at a time rather than key by key."""
    plain, converted, parents = _plan(table)
    from_rows = [*((key, name, None) for key, name in plain), *converted]
    order = [*from_rows, *((key, name, None) for key, name in parents)]
    position = {name: index for index, name in enumerate(names)}
    picks: list[int] = []
    constants: list[object] = []
    row_converters: list[tuple[str, Callable[[object], object]]] = []
    for number, (key, name, convert) in enumerate(order):
        if number < len(from_rows) and name in position:
            picks.append(position[name])
            if convert is not None:
                row_converters.append((key, convert))
        else:
            picks.append(len(names) + len(constants))
            value = fixed.get(name)
            constants.append(value if convert is None else convert(value))
    keys, pick, tail = tuple(key for key, _, _ in order), itemgetter(*picks), tuple(constants)
    states = []
    for row in rows:
        data = dict(zip(keys, pick((*row, *tail))))
        for key, convert in row_converters:
            data[key] = convert(data[key])
        states.append(data)
    return states


def _parent_uuids(session: Session, entity: SyncedEntity) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for column in _layout(table_of(entity)):
        if column.kind != "parent":
            continue
        parent_id = getattr(entity, column.name)
        assert column.parent is not None
        found[column.name] = None if parent_id is None else session.execute(
            select(column.parent.c.uuid).where(column.parent.c.id == parent_id)).scalar_one_or_none()
    return found


def snapshot(session: Session, entity: SyncedEntity) -> Json:
    """The entity's state as the outbox carries it."""
    table = table_of(entity)
    values = {column.name: getattr(entity, column.name) for column in _layout(table) if column.kind != "parent"}
    return state_of(table, values, _parent_uuids(session, entity))


def deletion_of(table: Table, uuid: str, server_id: str | None, parent_uuids: Mapping[str, str | None]) -> Json:
    """A delete's `data`: what the server needs to find what is gone."""
    data: Json = {"uuid": uuid, "server_id": server_id}
    for column in _layout(table):
        if column.kind == "parent":
            data[column.key] = parent_uuids.get(column.name)
    return data


@dataclass(frozen=True, slots=True)
class Identity:
    device: str
    actor: str


def identity(session: Session) -> Identity:
    """This store's device and who is working: the signed-in e-mail, or "local". Read once per session."""
    cached = session.info.get("pixdesk.identity")
    if cached is None:
        rows = session.execute(select(col(StoreMeta.key), col(StoreMeta.value)).where(
            col(StoreMeta.key).in_((DEVICE_KEY, ACCOUNT_KEY))))
        meta = {key: value for key, value in rows}
        cached = Identity(meta[DEVICE_KEY], meta.get(ACCOUNT_KEY) or LOCAL_ACTOR)
        session.info["pixdesk.identity"] = cached
    return cached


_DUMPS_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


def _dumps(value: object) -> str:
    """Compact UTF-8 JSON; anything JSON has no type for (a datetime, a Decimal) as its `str()`. orjson, not the
    standard module: an import of 10,000 candidates writes 10,000 of these, and this took a tenth of its time."""
    return orjson.dumps(value, default=str, option=_DUMPS_OPTIONS).decode()


def record_audit(session: Session, action: str, entity: str, entity_id: str, details: Mapping[str, object] | None,
                 when: datetime | None = None) -> None:
    who = identity(session)
    session.add(AuditEvent(recorded_at=when or utc_now(), actor=who.actor, device=who.device, action=action,
                           entity=entity, entity_id=entity_id, details=_dumps(dict(details or {}))))


def record_change(session: Session, entity: SyncedEntity, operation: str,
                  details: Mapping[str, object] | None = None) -> None:
    """Call after the entity's own change, before the commit, so that all three land together or not at all.

    `create`: the new entity at revision 1. `delete`: call before `session.delete(entity)`. Any other operation
    (`update`, or a journal's own verb) moves the entity's revision and `updated_at`."""
    now = utc_now()
    if operation == DELETE:
        version = entity.revision + 1
    elif operation == CREATE:
        entity.created_at = entity.updated_at = now
        version = entity.revision
    else:
        entity.revision += 1
        entity.updated_at = now
        version = entity.revision
    if operation != DELETE:
        session.add(entity)
    session.flush()  # ids for the entity and its parents
    if operation == DELETE:
        data = deletion_of(table_of(entity), entity.uuid, entity.server_id, _parent_uuids(session, entity))
    else:
        data = snapshot(session, entity)
    table_name = table_of(entity).name
    who = identity(session)
    session.add(OutboxEntry(device=who.device, entity=table_name, entity_id=entity.uuid, operation=operation,
                            version=version, data=_dumps(data), recorded_at=now))
    record_audit(session, f"{table_name}.{operation}", table_name, entity.uuid, details, now)


_INSERT_OUTBOX = ("INSERT INTO outbox (id, device, entity, entity_id, operation, version, data, recorded_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True, slots=True)
class Subject:
    """What an audit event is about, for a caller that has no ORM object at hand."""

    entity: str
    entity_id: str


def record_changes(session: Session, table: Table, changes: Sequence[BulkChange], *, action: str,
                   on: SyncedEntity | Subject, details: Mapping[str, object] | None = None) -> None:
    """Many changes of one kind of entity in one statement (an import): one outbox row each, and one audit event
    for the user's action, recorded on `on` (the session whose list was imported)."""
    now = utc_now()
    if changes:
        stamp = sqlite_timestamp(now)
        device = identity(session).device
        session.flush()
        session.connection().exec_driver_sql(_INSERT_OUTBOX, [
            (change_id, device, table.name, entity_id, operation, version, _dumps(data), stamp)
            for change_id, (entity_id, operation, version, data) in zip(new_uuids(len(changes)), changes)
        ])
    subject = on if isinstance(on, Subject) else Subject(table_of(on).name, on.uuid)
    record_audit(session, action, subject.entity, subject.entity_id, details, now)
