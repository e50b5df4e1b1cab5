"""Files for exam rooms with no network: the room kit (a session, its candidates and its journal so far, from the
manager's desktop to a room laptop) and the journal file (the room's journal, back from the laptop).

Both are UTF-8 JSON with a `checksum`: the SHA-256 of the rest of the document in canonical form (sorted keys,
no spaces). A file whose checksum does not match, or whose journal chains do not verify, is refused whole with one
line. Importing is a union: a session and candidates are matched by UUID (a newer copy replaces an older one,
never the reverse), journal events by UUID, so importing a file twice adds nothing.

A session or candidate new to this store is recorded as a `create` in its outbox: a laptop that later finds a
network can send it, and the server, which knows entities by UUID, answers the one it already has rather than
making a second. A newer copy of one already here is applied without an outbox row: it is someone else's change,
already on its way to the server from the desktop that made it.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from pathlib import Path

from sqlmodel import Session, col, select

from pixdesk.models import journal as j
from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.tables import Candidate, CertificationCenter, CertificationSession, SyncedEntity, key_of
from pixdesk.services import replica
from pixdesk.services.centres import DEFAULT_CENTRE_NAME, current_centre
from pixdesk.services.changes import CREATE, identity, record_audit, record_change, snapshot, table_of
from pixdesk.services.journal import load_events, merge_events, read_events
from pixdesk.services.sessions import load_session
from pixdesk.store import Database

KIT_FORMAT, JOURNAL_FORMAT, FORMAT_VERSION = "pixdesk-room-kit", "pixdesk-journal", 1
KIT_KIND = "kit de salle"
JOURNAL_KIND = "journal de salle"
_CENTRE_FIELDS = ("name", "type", "habilitations", "incident_grid")


def canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def checksum(document: Mapping[str, object]) -> str:
    return hashlib.sha256(canonical({k: v for k, v in document.items() if k != "checksum"})).hexdigest()


def event_json(event: j.JournalEvent) -> dict[str, Any]:
    return {"id": event.id, "session": event.session, "chain": event.chain, "sequence": event.sequence,
            "kind": event.kind, "candidate": event.candidate, "data": dict(event.data),
            "recorded_at": event.recorded_at, "run": event.run, "monotonic_ns": event.monotonic_ns,
            "previous_hash": event.previous_hash, "hash": event.hash}


def event_from_json(item: Mapping[str, Any]) -> j.JournalEvent:
    return j.JournalEvent(
        id=str(item["id"]), session=str(item["session"]), chain=str(item["chain"]), sequence=int(item["sequence"]),
        kind=str(item["kind"]), candidate=item.get("candidate"), data=dict(item.get("data") or {}),
        recorded_at=str(item["recorded_at"]), run=item.get("run"), monotonic_ns=item.get("monotonic_ns"),
        previous_hash=str(item["previous_hash"]), hash=str(item["hash"]))


def _write(path: Path, document: dict[str, Any]) -> Path:
    """Through a temporary file renamed at the end: a crash never leaves half a file under the user's name."""
    document["checksum"] = checksum(document)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DomainError(Problem("FILE_NOT_WRITABLE", "output", {"path": path, "reason": error.strerror or error})) \
            from None
    return path


def _read(path: Path, expected_format: str, kind: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DomainError(Problem("FILE_NOT_READABLE", "file", {"path": path, "reason": error.strerror or error})) \
            from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        document = None
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise DomainError(Problem("ROOM_FILE_NOT_RECOGNISED", "file", {"path": path, "kind": kind}))
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DomainError(Problem("ROOM_FILE_TOO_NEW", "file", {"path": path, "version": version}))
    if document.get("checksum") != checksum(document):
        raise DomainError(Problem("ROOM_FILE_TAMPERED", "file", {"path": path}))
    return document


def _header(db_session: Session, format_name: str) -> dict[str, Any]:
    who = identity(db_session)
    return {"format": format_name, "format_version": FORMAT_VERSION,
            "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "exported_by": who.actor, "device": who.device}


def _events_or_refuse(items: Any, path: Path, session_uuid: str) -> list[j.JournalEvent]:
    try:
        events = [event_from_json(item) for item in items]
    except (TypeError, KeyError, ValueError, AttributeError):
        raise DomainError(Problem("ROOM_FILE_NOT_RECOGNISED", "file", {"path": path, "kind": JOURNAL_KIND})) \
            from None
    problems = j.verify(events)
    if problems or any(e.session != session_uuid for e in events):
        sequence = problems[0].sequence if problems else 0
        raise DomainError(Problem("JOURNAL_CHAIN_BROKEN", "file", {"path": path, "sequence": sequence}))
    return events


# --- the room kit

@dataclass(frozen=True)
class KitExport:
    path: Path
    session_id: int
    candidates: int
    events: int


def export_room_kit(db: Database, session_id: int, path: str | os.PathLike[str]) -> KitExport:
    with db.session() as session:
        row = load_session(session, session_id)
        centre = session.get_one(CertificationCenter, row.certification_center_id)
        candidates = session.exec(select(Candidate).where(col(Candidate.session_id) == row.id)
                                  .order_by(col(Candidate.id))).all()
        document = _header(session, KIT_FORMAT)
        document.update({
            "centre": {"uuid": centre.uuid, **{name: getattr(centre, name) for name in _CENTRE_FIELDS}},
            "session": snapshot(session, row),
            "candidates": [snapshot(session, c) for c in candidates],
            "journal": [event_json(e) for e in read_events(session, key_of(row))],
        })
    written = _write(Path(path), document)
    return KitExport(written, session_id, len(document["candidates"]), len(document["journal"]))


@dataclass(frozen=True)
class KitImport:
    session_id: int
    session_created: bool
    session_updated: bool
    candidates_added: int
    candidates_updated: int
    events_added: int

    @property
    def changed(self) -> bool:
        return bool(self.session_created or self.session_updated or self.candidates_added
                    or self.candidates_updated or self.events_added)


def _newer(state: Mapping[str, object], row: SyncedEntity) -> bool:
    incoming = replica._parse_datetime(state.get("updated_at"))
    current = replica._comparable(row.updated_at)
    return isinstance(incoming, datetime) and isinstance(current, datetime) and incoming > current


def _keep_times(row: SyncedEntity, state: Mapping[str, object]) -> None:
    """record_change stamps its own time; the copy keeps the time of the change it copies."""
    for name in ("created_at", "updated_at"):
        value = replica._parse_datetime(state.get(name))
        if isinstance(value, datetime):
            setattr(row, name, value)


def import_room_kit(db: Database, path: str | os.PathLike[str]) -> KitImport:
    source = Path(path)
    document = _read(source, KIT_FORMAT, KIT_KIND)
    try:
        session_state, centre_state = dict(document["session"]), dict(document["centre"])
        candidate_states = [dict(c) for c in document["candidates"]]
        session_uuid = str(session_state["uuid"])
    except (KeyError, TypeError, ValueError):
        raise DomainError(Problem("ROOM_FILE_NOT_RECOGNISED", "file", {"path": source, "kind": KIT_KIND})) from None
    events = _events_or_refuse(document.get("journal", []), source, session_uuid)

    created = updated = False
    added = changed_candidates = 0
    with db.transaction() as session:
        centre = current_centre(session)
        row = replica.by_uuid(session, CertificationSession, session_uuid)
        if row is None:
            _adopt_centre(session, centre, centre_state)
            taken = session.exec(select(CertificationSession).where(
                col(CertificationSession.access_code) == session_state.get("access_code"))).first()
            if taken is not None:
                raise DomainError(Problem("ROOM_KIT_CODE_TAKEN", "file",
                                          {"access_code": taken.access_code, "id": taken.id}))
            row = replica.new_session(session_state, key_of(centre))
            session.add(row)
            record_change(session, row, CREATE, {"room_kit": source.name})
            _keep_times(row, session_state)
            created = True
        elif _newer(session_state, row):
            values = replica.column_values(table_of(row), session_state)
            updated = bool(replica.assign(row, values))
            if updated:
                replica.record_received(session, row)
        session.flush()
        for state in candidate_states:
            candidate = replica.by_uuid(session, Candidate, str(state["uuid"]))
            if candidate is None:
                candidate = replica.new_candidate(state, key_of(row))
                session.add(candidate)
                record_change(session, candidate, CREATE, {"room_kit": source.name})
                _keep_times(candidate, state)
                added += 1
            elif _newer(state, candidate):
                values = replica.column_values(table_of(candidate), state)
                if replica.assign(candidate, values):
                    replica.record_received(session, candidate)
                    changed_candidates += 1
        if updated or changed_candidates:
            record_audit(session, "room_kit.import", "certification_session", row.uuid,
                         {"file": source.name, "session_updated": updated, "candidates_updated": changed_candidates})
        session_id = key_of(row)
    merged = merge_events(db, session_id, events) if events else None
    return KitImport(session_id, created, updated, added, changed_candidates, len(merged.added) if merged else 0)


def _adopt_centre(session: Session, centre: CertificationCenter, state: Mapping[str, object]) -> None:
    """A fresh laptop (its centre still unnamed, no session yet) takes the kit's centre settings: its name, and
    the incident grid the room's picker shows."""
    if centre.name != DEFAULT_CENTRE_NAME or session.exec(select(CertificationSession.id)).first() is not None:
        return
    for name in _CENTRE_FIELDS:
        if state.get(name) is not None:
            setattr(centre, name, state[name])
    record_change(session, centre, "update", {"room_kit": True})


# --- the journal file

@dataclass(frozen=True)
class JournalExport:
    path: Path
    session_id: int
    events: int
    fingerprint: str | None


def export_journal(db: Database, session_id: int, path: str | os.PathLike[str]) -> JournalExport:
    events = load_events(db, session_id)
    with db.session() as session:
        row = load_session(session, session_id)
        document = _header(session, JOURNAL_FORMAT)
        document.update({
            "session": {"uuid": row.uuid, "server_id": row.server_id, "access_code": row.access_code,
                        "site": row.site, "room": row.room, "date": row.date.isoformat(), "time": row.time},
            "events": [event_json(e) for e in events],
            "fingerprint": j.fingerprint(events),
        })
    written = _write(Path(path), document)
    return JournalExport(written, session_id, len(events), document["fingerprint"])


@dataclass(frozen=True)
class JournalImport:
    session_id: int
    added: int
    already_present: int
    fingerprint: str | None


def import_journal(db: Database, path: str | os.PathLike[str]) -> JournalImport:
    source = Path(path)
    document = _read(source, JOURNAL_FORMAT, JOURNAL_KIND)
    header = document.get("session")
    if not isinstance(header, dict) or not isinstance(header.get("uuid"), str):
        raise DomainError(Problem("ROOM_FILE_NOT_RECOGNISED", "file", {"path": source, "kind": JOURNAL_KIND}))
    events = _events_or_refuse(document.get("events", []), source, header["uuid"])
    with db.session() as session:
        row = replica.by_uuid(session, CertificationSession, header["uuid"])
        if row is None:
            raise DomainError(Problem("JOURNAL_SESSION_UNKNOWN", "file",
                                      {"path": source, "access_code": header.get("access_code")}))
        session_id = key_of(row)
    result = merge_events(db, session_id, events)
    return JournalImport(session_id, len(result.added), result.already_present,
                         j.fingerprint(load_events(db, session_id)))
