"""Reading and appending a session's room journal in the store (the rules are in pixdesk/models/journal.py).

Appends run inside `room_transaction`, which takes SQLite's write lock before reading anything: the head of the
chain read there cannot move before the new events land, whoever else (the window, a command) writes too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlmodel import Session

from pixdesk.models import journal as j
from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.tables import CertificationSession, RoomEvent, key_of, new_uuid, sqlite_timestamp, utc_now
from pixdesk.services.changes import CREATE, Subject, record_changes, state_of
from pixdesk.services.clock import RoomClock
from pixdesk.store import Database

_COLUMNS = ("uuid", "session_uuid", "chain", "sequence", "kind", "candidate_uuid", "data", "recorded_at", "run",
            "monotonic_ns", "previous_hash", "hash")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM room_event WHERE session_id = ?"


@contextmanager
def room_transaction(db: Database) -> Iterator[Session]:
    """A transaction holding SQLite's write lock from its first statement: every `db.transaction()` begins
    with BEGIN IMMEDIATE."""
    with db.transaction() as session:
        yield session


def _event(row: Sequence[Any]) -> j.JournalEvent:
    uuid, session, chain, sequence, kind, candidate, data, recorded_at, run, monotonic_ns, previous, hash_ = row
    return j.JournalEvent(uuid, session, chain, sequence, kind, candidate, json.loads(data), recorded_at, run,
                          monotonic_ns, previous, hash_)


def read_events(session: Session, session_id: int, candidates: Iterable[str] | None = None) -> list[j.JournalEvent]:
    """The session's events in journal order; only those of the given candidates (by UUID) when asked."""
    conn = session.connection()
    if candidates is None:
        rows = conn.exec_driver_sql(_SELECT, (session_id,)).fetchall()
    else:
        wanted = list(candidates)
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = conn.exec_driver_sql(f"{_SELECT} AND candidate_uuid IN ({marks})", (session_id, *wanted)).fetchall()
    return j.ordered(_event(row) for row in rows)


def load_events(db: Database, session_id: int) -> list[j.JournalEvent]:
    with db.session() as session:
        return read_events(session, session_id)


def has_journal(session: Session, session_id: int) -> bool:
    return session.connection().exec_driver_sql(
        "SELECT 1 FROM room_event WHERE session_id = ? LIMIT 1", (session_id,)).first() is not None


@dataclass(frozen=True)
class EventSpec:
    kind: str
    candidate: str | None = None
    data: dict[str, object] | None = None


def _own_head(session: Session, session_id: int) -> tuple[str, int, str]:
    """This store's chain for the session: (chain id, last sequence, last hash); a new chain if none yet."""
    conn = session.connection()
    found = conn.exec_driver_sql(
        "SELECT chain FROM room_event WHERE session_id = ? AND imported_at IS NULL LIMIT 1", (session_id,)).first()
    if found is None:
        return new_uuid(), 0, j.GENESIS_HASH
    chain = found[0]
    sequence, last_hash = conn.exec_driver_sql(
        "SELECT sequence, hash FROM room_event WHERE session_id = ? AND chain = ? ORDER BY sequence DESC LIMIT 1",
        (session_id, chain)).one()
    return chain, sequence, last_hash


@dataclass(frozen=True)
class SessionRef:
    """What appending needs of a session (read without the ORM: an action's budget is a few milliseconds)."""

    id: int
    uuid: str
    finalized: bool


def session_ref(session: Session, session_id: int) -> SessionRef | None:
    found = session.connection().exec_driver_sql(
        "SELECT uuid, finalized_at IS NOT NULL FROM certification_session WHERE id = ?", (session_id,)).first()
    return None if found is None else SessionRef(session_id, found[0], bool(found[1]))


_STORED = ("uuid", "server_id", "created_at", "updated_at", "revision", "session_id", "session_uuid", "chain",
           "sequence", "kind", "candidate_uuid", "data", "recorded_at", "run", "monotonic_ns", "previous_hash", "hash",
           "imported_at")
_INSERT = f"INSERT INTO room_event ({', '.join(_STORED)}) VALUES ({', '.join('?' for _ in _STORED)})"


def append(session: Session, row: CertificationSession | SessionRef, specs: Sequence[EventSpec], clock: RoomClock
           ) -> list[j.JournalEvent]:
    """Seal and store the events on this store's chain, each with its change record, in the caller's
    transaction (which must be a `room_transaction`).

    Written straight to the driver with one change record per event (changes.record_changes, the bulk form of
    record_change, same outbox rows): an invigilator's action must be durable within a few milliseconds, and
    building ORM objects was half of that."""
    session_id = row.id if isinstance(row, SessionRef) else key_of(row)
    chain, sequence, previous = _own_head(session, session_id)
    written = []
    for spec in specs:
        recorded = clock.now()
        sequence += 1
        event = j.seal(j.JournalEvent(
            id=new_uuid(), session=row.uuid, chain=chain, sequence=sequence, kind=spec.kind,
            candidate=spec.candidate, data=spec.data or {}, recorded_at=j.utc_iso(recorded), run=clock.run,
            monotonic_ns=clock.steady_ns(), previous_hash=previous))
        previous = event.hash
        written.append(event)
    _store(session, row, written, [clock.now()] * len(written), None)
    return written


def _values(event: j.JournalEvent, session_id: int, stamp: datetime, imported_at: datetime | None
            ) -> dict[str, Any]:
    return {"uuid": event.id, "server_id": None, "created_at": stamp, "updated_at": stamp, "revision": 1,
            "session_id": session_id, "session_uuid": event.session, "chain": event.chain, "sequence": event.sequence,
            "kind": event.kind, "candidate_uuid": event.candidate, "data": j.canonical_json(dict(event.data)),
            "recorded_at": event.recorded_at, "run": event.run, "monotonic_ns": event.monotonic_ns,
            "previous_hash": event.previous_hash, "hash": event.hash, "imported_at": imported_at}


def _store(session: Session, row: CertificationSession | SessionRef, events: Sequence[j.JournalEvent],
           stamps: Sequence[datetime], imported_at: datetime | None) -> None:
    if not events:
        return
    session_id = row.id if isinstance(row, SessionRef) else key_of(row)
    rows = [_values(event, session_id, stamp, imported_at) for event, stamp in zip(events, stamps)]
    session.connection().exec_driver_sql(_INSERT, [
        tuple(sqlite_timestamp(v) if isinstance(v, datetime) else v for v in (values[name] for name in _STORED))
        for values in rows])
    table: Table = RoomEvent.__table__  # type: ignore[attr-defined]
    record_changes(session, table, [(values["uuid"], CREATE, 1, state_of(table, values, {"session_id": row.uuid}))
                                    for values in rows],
                   action="room_event.create", on=Subject("certification_session", row.uuid),
                   details={"kinds": [e.kind for e in events], "sequences": [e.sequence for e in events],
                            **({"imported": True} if imported_at else {})})


def ensure_intact(events: Sequence[j.JournalEvent], session_id: int) -> None:
    """Refuse to build on a journal whose chain no longer verifies."""
    problems = j.verify(events)
    if problems:
        first = problems[0]
        raise DomainError(Problem("JOURNAL_BROKEN", None,
                                  {"session_id": session_id, "sequence": first.sequence, "event": first.event_id}))


def merge_events(db: Database, session_id: int, incoming: Iterable[j.JournalEvent]) -> j.MergeResult:
    """Add another store's events of this session (a room laptop's journal): union by UUID, nothing rewritten.
    Events of another session, or whose chain does not verify, are refused as a whole."""
    events = list(incoming)
    with room_transaction(db) as session:
        row = session.get(CertificationSession, session_id)
        if row is None:
            raise DomainError(Problem("SESSION_NOT_FOUND", "session_id", {"id": session_id}))
        if any(e.session != row.uuid for e in events):
            raise DomainError(Problem("JOURNAL_BROKEN", None, {"session_id": session_id, "sequence": 0,
                                                                  "event": "session"}))
        ensure_intact(events, session_id)
        result = j.merge(read_events(session, session_id), events)
        _store(session, row, result.added, [e.recorded for e in result.added], utc_now())
        return result


def store_received(session: Session, session_id: int, events: Sequence[j.JournalEvent]) -> int:
    """Events of another store that reached this one through the central server, in the caller's transaction:
    stored as imported (on their own chains), with no change record (they are already on the server). Events
    already here (by UUID) are skipped; returns how many were added."""
    known = {row[0] for row in session.connection().exec_driver_sql(
        "SELECT uuid FROM room_event WHERE session_id = ?", (session_id,))}
    now = utc_now()
    fresh = [event for event in {e.id: e for e in events}.values() if event.id not in known]
    if fresh:
        session.flush()
        session.connection().exec_driver_sql(_INSERT, [
            tuple(sqlite_timestamp(v) if isinstance(v, datetime) else v
                  for v in (values[name] for name in _STORED))
            for values in (_values(event, session_id, event.recorded, now) for event in fresh)])
    return len(fresh)
