"""What the sync writes into the local store: the server's answers to this desktop's writes, and the others'
changes pulled from the server's feed. None of it writes an outbox row (it is already on the server); each
application is audited (`sync.received`, `sync.conflict`, `sync.server_value`).

Merge rules (the README's "Central server" section):
- journal events merge by UUID: union, never a conflict;
- a session or candidate field changed here (not yet sent) and on the server keeps the later change, by the time
  each was made; the other value is recorded in the audit trail (`sync.conflict`), which the sync history shows;
- a deletion on the server deletes here too (what was changed here since is recorded in the audit trail);
- what only the server decides (a session's number, a redrawn access code, the finalisation) is taken as is, and a
  finalised session never goes back to unfinalised.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from pixdesk.models import journal as j
from pixdesk.models.tables import Candidate, CertificationSession, OutboxEntry
from pixdesk.services import replica
from pixdesk.services.centres import current_centre
from pixdesk.services.changes import json_datetime, record_audit
from pixdesk.services.journal import store_received
from pixdesk.store import Database
from pixdesk.sync import mapping

MODELS = {"certification_session": CertificationSession, "candidate": Candidate}
FEED_ENTITIES = {"sessions": "certification_session", "certification-candidates": "candidate"}
# Finalisation results: taken from the server only once it says the session is finalised.
_FINALISATION_COLUMNS = ("examiner_global_comment", "has_incident", "has_joining_issue", "finalized_at")
_SERVER_DECIDES = ("access_code", "invigilator_password", "has_supervisor_access", "published_at")


def utc(moment: datetime | str | None) -> datetime | None:
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def comparable(value: object) -> object:
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:
            return utc(value)
        except ValueError:
            return value
    return replica._comparable(value)


def _plain(value: object) -> object:
    """A value as the audit's JSON keeps it."""
    if isinstance(value, datetime):
        return json_datetime(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return value


def _typed(entity: str, column: str, value: object) -> object:
    """An outbox JSON value as the column holds it."""
    return replica.column_values(MODELS[entity].__table__, {column: value}).get(column)  # type: ignore[attr-defined]


def entity_exists(db: Database, entity: str, uuid: str) -> bool:
    model = MODELS.get(entity)
    if model is None:
        return True
    with db.session() as session:
        return replica.by_uuid(session, model, uuid) is not None


def adopt_server_state(db: Database, entity: str, uuid: str, resource: Mapping[str, object],
                       superseded: Iterable[str] = ()) -> None:
    """The server accepted this desktop's write: keep its number, and what only it decides. `superseded` names
    the attributes the server kept because another desktop changed them later: they take the server's value
    here too, and the audit records the value this desktop had."""
    with db.transaction() as session:
        row = replica.by_uuid(session, MODELS[entity], uuid)
        if row is None:
            return
        row.server_id = str(resource["id"])
        incoming = mapping.local_values(entity, resource.get("attributes") or {})
        if entity == "certification_session":
            _apply_decided(session, row, incoming)
        lost = [column for column, attribute in mapping.WRITABLE[entity].items() if attribute in set(superseded)]
        values = replica.column_values(MODELS[entity].__table__,  # type: ignore[attr-defined]
                                       {c: incoming[c] for c in lost if c in incoming})
        if replica.assign(row, values):  # the conflict itself comes with the change, in the feed
            replica.record_received(session, row)
        session.add(row)


def _apply_decided(session: Session, row: CertificationSession, incoming: Mapping[str, object]) -> None:
    values = replica.column_values(CertificationSession.__table__, {  # type: ignore[attr-defined]
        k: v for k, v in incoming.items() if k in _SERVER_DECIDES})
    if incoming.get("finalized_at") is not None:
        values.update(replica.column_values(CertificationSession.__table__, {  # type: ignore[attr-defined]
            k: incoming[k] for k in _FINALISATION_COLUMNS if k in incoming}))
    changed = replica.assign(row, values)
    if changed:
        record_audit(session, "sync.server_value", "certification_session", row.uuid,
                     {name: {"before": _plain(old), "after": _plain(new)} for name, (old, new) in changed.items()})


# --- the others' changes, from the feed

class FeedChange:
    def __init__(self, item: Mapping[str, object]):
        attributes = item.get("attributes") or {}
        assert isinstance(attributes, Mapping)
        self.sequence = attributes.get("sequence")
        self.entity = str(attributes.get("entity"))
        self.entity_uuid = attributes.get("entity-uuid")
        self.operation = str(attributes.get("operation"))
        self.author = attributes.get("author")
        self.key = attributes.get("idempotency-key")
        self.changed_at = utc(attributes.get("changed-at") or attributes.get("recorded-at"))  # type: ignore[arg-type]
        resource = attributes.get("resource") or {}
        self.resource: Mapping[str, object] = resource if isinstance(resource, Mapping) else {}
        self.attributes: Mapping[str, object] = self.resource.get("attributes") or {}  # type: ignore[assignment]


_UNKNOWN = object()


def _pending_times(session: Session, entity: str, uuid: str, exclude: str | None
                   ) -> dict[str, tuple[datetime, object]]:
    """Columns changed here and not yet sent: the time of the latest such change, and the value the column had
    before the first of them (what the server had then, in the outbox's JSON form)."""
    rows = session.exec(select(OutboxEntry).where(OutboxEntry.entity_id == uuid)
                        .order_by(OutboxEntry.sequence)).all()  # type: ignore[arg-type]
    times: dict[str, tuple[datetime, object]] = {}
    previous: dict | None = None
    for row in rows:
        data = json.loads(row.data)
        if row.sent_at is None and row.id != exclude and row.operation != "delete":
            for column in mapping.changed_columns(entity, previous, data):
                base = times[column][1] if column in times else (
                    _UNKNOWN if previous is None else previous.get(column))
                times[column] = (utc(row.recorded_at), base)  # type: ignore[assignment]
        previous = data
    return times


class Applier:
    """Applies a page of feed changes in one transaction (with the cursor that follows them)."""

    def __init__(self, session: Session, own_keys: Iterable[str]):
        self.session = session
        self.own_keys = set(own_keys)
        self.received = 0
        self._centre_id = current_centre(session).id

    def apply(self, change: FeedChange) -> None:
        own = change.key in self.own_keys
        entity = FEED_ENTITIES.get(change.entity)
        try:
            with self.session.begin_nested():
                if entity is not None:
                    self._entity(entity, change, own)
                    self.received += 0 if own else 1
                elif change.entity == "journal-events" and change.operation == "create":
                    self.received += self._journal_event(change)
        except IntegrityError as error:
            # Kept out rather than half-applied; the audit says what and why.
            record_audit(self.session, "sync.skipped", change.entity, str(change.entity_uuid),
                         {"sequence": change.sequence, "reason": str(error.orig)[:200]})

    def _entity(self, entity: str, change: FeedChange, own: bool) -> None:
        model = MODELS[entity]
        uuid = str(change.entity_uuid)
        row = replica.by_uuid(self.session, model, uuid)
        if change.operation == "delete":
            if row is not None and not own:
                self._delete(entity, row, change)
            return
        self._record_conflicts(entity, uuid, change)
        incoming = mapping.local_values(entity, change.attributes)
        if row is None:
            if own:
                return  # created here, deleted here since
            self._create(entity, uuid, change, incoming)
            return
        row.server_id = str(change.resource.get("id") or row.server_id)
        if entity == "certification_session":
            _apply_decided(self.session, row, incoming)
            incoming = {k: v for k, v in incoming.items() if k in mapping.SESSION_WRITABLE}
        self._merge(entity, row, incoming, change, own)
        self.session.add(row)

    def _record_conflicts(self, entity: str, uuid: str, change: FeedChange) -> None:
        """A field two desktops changed concurrently, as the server settled it: the value kept and the one set
        aside go to the audit trail (the sync history shows them to the manager)."""
        meta = change.resource.get("meta")
        found = meta.get("conflicts") if isinstance(meta, Mapping) else None
        columns = {attribute: column for column, attribute in mapping.FIELDS[entity].items()}
        for conflict in found or []:
            column = columns.get(conflict.get("field"), conflict.get("field"))
            kept = mapping.local_values(entity, {conflict["field"]: conflict.get("kept")}).get(column,
                                                                                               conflict.get("kept"))
            discarded = mapping.local_values(entity, {conflict["field"]: conflict.get("discarded")}).get(
                column, conflict.get("discarded"))
            record_audit(self.session, "sync.conflict", MODELS[entity].__tablename__, uuid, {
                "field": column, "kept": _plain(kept), "discarded": _plain(discarded),
                "kept_change": conflict.get("author") if conflict.get("winner") == "this-write" else "",
                "discarded_change": conflict.get("author") if conflict.get("winner") != "this-write" else "",
                "changed_at": conflict.get("changed-at"), "sequence": change.sequence})

    def _merge(self, entity: str, row, incoming: Mapping[str, object], change: FeedChange, own: bool) -> None:
        pending = _pending_times(self.session, entity, row.uuid, change.key if own else None)
        values = replica.column_values(MODELS[entity].__table__, incoming)  # type: ignore[attr-defined]
        applied = {}
        for column, value in values.items():
            current = getattr(row, column)
            if comparable(current) == comparable(value):
                continue
            if column not in pending:
                applied[column] = value
                continue
            local_time, base = pending[column]
            if base is not _UNKNOWN and comparable(_typed(entity, column, base)) == comparable(value):
                continue  # the server's value is the one ours replaced: not changed there, ours is on its way
            if own or (change.changed_at is not None and local_time > change.changed_at):
                continue  # ours is later: it stays, and the server will keep it too
            applied[column] = value
        changed = replica.assign(row, applied)
        if changed:
            replica.record_received(self.session, row)
        if changed and not own:
            record_audit(self.session, "sync.received", row.__tablename__, row.uuid, {
                "by": change.author, "fields": sorted(changed)})

    def _create(self, entity: str, uuid: str, change: FeedChange, incoming: Mapping[str, object]) -> None:
        state = {**incoming, "uuid": uuid, "server_id": str(change.resource.get("id"))}
        if entity == "certification_session":
            for column in _FINALISATION_COLUMNS:
                if incoming.get("finalized_at") is None:
                    state.pop(column, None)
            row = replica.new_session(state, self._centre_id)
        else:
            session_row = self.session.exec(select(CertificationSession).where(
                CertificationSession.server_id == str(change.attributes.get("session-id")))).first()
            if session_row is None:
                return  # its session is not here (deleted here, not yet sent)
            self._replace_local_twin(session_row, state)
            row = replica.new_candidate(state, session_row.id)
        self.session.add(row)
        replica.record_received(self.session, row)
        record_audit(self.session, "sync.received", row.__tablename__, uuid, {"by": change.author,
                                                                              "operation": "create"})

    def _replace_local_twin(self, session_row: CertificationSession, state: Mapping[str, object]) -> None:
        """The same person enrolled here and elsewhere while offline: the server kept the other desktop's (ours was
        refused as a duplicate), so this desktop takes it instead of keeping a second copy."""
        values = replica.column_values(Candidate.__table__, state)  # type: ignore[attr-defined]
        from pixdesk.models.candidate_rules import identity_key

        key = identity_key(values["last_name"], values["first_name"], values["birthdate"])
        twin = self.session.exec(select(Candidate).where(Candidate.session_id == session_row.id,
                                                         Candidate.identity_key == key)).first()
        if twin is not None and twin.server_id is None:
            record_audit(self.session, "sync.conflict", "candidate", twin.uuid, {
                "field": "candidate", "kept": state["uuid"], "discarded": twin.uuid,
                "reason": "DUPLICATE_CANDIDATE"})
            self.session.delete(twin)
            self.session.flush()

    def _delete(self, entity: str, row, change: FeedChange) -> None:  # noqa: D401
        pending = _pending_times(self.session, entity, row.uuid, None)
        details = {"by": change.author, "operation": "delete"}
        if pending:
            details["discarded_fields"] = sorted(pending)
        record_audit(self.session, "sync.conflict" if pending else "sync.received", row.__tablename__, row.uuid,
                     details)
        self.session.delete(row)
        self.session.flush()

    def _journal_event(self, change: FeedChange) -> int:
        attributes = change.attributes
        chain = attributes.get("chain")
        if not chain or not attributes.get("previous-hash"):
            return 0  # sent by a client that did not send its chain: cannot be verified here
        session_row = self.session.exec(select(CertificationSession).where(
            CertificationSession.server_id == str(attributes.get("session-id")))).first()
        if session_row is None:
            return 0
        event = j.JournalEvent(
            id=str(change.resource.get("id")), session=session_row.uuid, chain=str(chain),
            sequence=int(attributes["sequence"]), kind=str(attributes["kind"]),
            candidate=attributes.get("candidate-uuid"), data=dict(attributes.get("data") or {}),
            recorded_at=str(attributes["recorded-at"]), run=attributes.get("run"),
            monotonic_ns=attributes.get("monotonic-ns"), previous_hash=str(attributes["previous-hash"]),
            hash=str(attributes["hash"]))
        if j.compute_hash(event) != event.hash:
            record_audit(self.session, "sync.skipped", "room_event", event.id,
                         {"reason": "hash", "sequence": event.sequence})
            return 0
        return store_received(self.session, session_row.id, [event])


def own_change_ids(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql("SELECT id FROM outbox")}

