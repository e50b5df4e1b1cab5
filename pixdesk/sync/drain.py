"""Sending the outbox to the server, in order, each write with its Idempotency-Key.

- A change is settled when the server accepted it, or refused it with a 4xx that no retry can change (a rule of
  the platform, a finalised session): the refusal is kept on the row, with the platform's code and message, and the
  rest of the queue goes on.
- Transient failures (no network, timeouts, 5xx, 429) are retried by the client; when they persist the drain stops
  there, the row keeps its place, and the next sync starts again from it.
- Creates carry the desktop's UUID, so a create replayed, or sent by two desktops, finds the one the server has.
  An update sends only the fields it changed (the state before it is the entity's previous change), with the time
  it was made (`PixDesk-Changed-At`). An update of something the server does not know is sent as a create.
- A room's journal events go in batches (one request for up to 500 events of one session); the batch's key is
  derived from its events, and the server merges events by UUID, so a batch sent again adds nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from pixdesk.services import outbox
from pixdesk.services.outbox import Change
from pixdesk.store import Database
from pixdesk.sync import mapping
from pixdesk.sync.account import Account
from pixdesk.sync.client import ApiProblem, Refused, ServerClient, ServerUnreachable, refusal
from pixdesk.sync.local import adopt_server_state, entity_exists

# Derived keys (a batch, a finalisation's parts) are UUIDs of this namespace.
KEY_NAMESPACE = uuid.UUID("6f1c2b8e-3d0a-4c55-9a57-2f7f0d1f5e11")
JOURNAL_BATCH = 500
CHANGED_AT_HEADER = "PixDesk-Changed-At"
KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"


@dataclass(frozen=True)
class FailedChange:
    change: str
    code: str
    message: str
    entity: str
    entity_id: str

    def as_json(self) -> dict:
        return {"change": self.change, "code": self.code, "message": self.message}


@dataclass
class DrainResult:
    sent: int = 0
    failed: list[FailedChange] = field(default_factory=list)


def derived_key(*parts: str) -> str:
    return str(uuid.uuid5(KEY_NAMESPACE, "|".join(parts)))


class Drain:
    def __init__(self, db: Database, client: ServerClient, account: Account,
                 progress: Callable[[int, int], None] | None = None):
        self.db, self.client, self.account = db, client, account
        self.result = DrainResult()
        self._progress = progress or (lambda done, total: None)

    # --- the loop
    def run(self) -> DrainResult:
        changes = outbox.list_changes(self.db, pending_only=True)
        total, index = len(changes), 0
        while index < len(changes):
            change = changes[index]
            if change.entity == "room_event":
                batch = [change]
                while (index + len(batch) < len(changes) and len(batch) < JOURNAL_BATCH
                       and changes[index + len(batch)].entity == "room_event"
                       and changes[index + len(batch)].data.get("session_uuid") == change.data.get("session_uuid")):
                    batch.append(changes[index + len(batch)])
                self._guarded(batch, self._send_journal)
                index += len(batch)
            else:
                self._guarded([change], lambda rows: self._send_one(rows[0]))
                index += 1
            self._progress(index, total)
        return self.result

    def _guarded(self, rows: Sequence[Change], send: Callable[[Sequence[Change]], None]) -> None:
        try:
            send(rows)
        except ServerUnreachable as error:
            outbox.note_failed_attempt(self.db, rows[0].id, error.message[:500], None)
            raise

    def _settled(self, rows: Sequence[Change], transmitted: bool = True) -> None:
        """`transmitted` False: settled without a request (kept on the desktop, or nothing left to send)."""
        settled = outbox.settle(self.db, [r.id for r in rows])
        if transmitted:
            self.result.sent += settled

    def _refused(self, change: Change, error: Refused) -> None:
        problem = error.problems[0] if error.problems else ApiProblem(error.status, error.code, error.message)
        message = "; ".join(p.message for p in error.problems) or problem.message
        outbox.settle(self.db, [change.id], f"{problem.code}: {message}"[:1000])
        self.result.failed.append(FailedChange(change.id, problem.code, message, change.entity, change.entity_id))

    def _write(self, method: str, path: str, change: Change, body: dict | None, key: str | None = None
               ) -> httpx.Response:
        headers = {CHANGED_AT_HEADER: change.recorded_at.isoformat()}
        response = self.client.request(method, path, json=body, key=key or change.id, headers=headers)
        if response.status_code >= 400:
            raise refusal(response)
        return response

    # --- one change
    def _send_one(self, change: Change) -> None:
        send = {"certification_session": self._session, "candidate": self._candidate,
                "session_finalisation": self._finalisation}.get(change.entity)
        if send is None:  # kept on the desktop (LOCAL_ONLY_ENTITIES), or nothing the server knows
            self._settled([change], transmitted=False)
            return
        if change.operation != "delete" and change.entity in ("certification_session", "candidate") and \
                not entity_exists(self.db, change.entity, change.entity_id):
            # Deleted since (here, or by another desktop through the server): nothing left to send.
            self._settled([change], transmitted=False)
            return
        try:
            transmitted = send(change)
        except Refused as error:
            if _is_access_problem(error):
                raise
            if error.has(KEY_REUSED):
                # The server stores a key only with a write it committed: this change is already there (its body
                # was built again differently after a lost answer); the pull brings back what it made.
                self._settled([change])
                return
            self._refused(change, error)
        else:
            self._settled([change], transmitted is not False)

    def _session(self, change: Change) -> None:
        path = f"/api/sessions/{change.entity_id}"
        if change.operation == "delete":
            self._delete(path, change)
            return
        if change.operation == "create":
            self._create_session(change)
            return
        before = outbox.previous_state(self.db, change)
        columns = mapping.changed_columns("certification_session", before, change.data)
        if not columns:
            return False  # a change the server does not keep (the test length, the finalisation's own row)
        body = _update_body("sessions", "certification_session", change, before, columns)
        try:
            response = self._write("PATCH", path, change, body)
        except Refused as error:
            if error.status == 404 and error.has("SESSION_NOT_FOUND"):
                self._create_session(change)
                return
            raise
        self._adopt("certification_session", change.entity_id, response)

    def _create_session(self, change: Change) -> None:
        attributes = mapping.attributes("certification_session", change.data)
        attributes.update({"uuid": change.entity_id, "access-code": change.data.get("access_code"),
                           "invigilator-password": change.data.get("invigilator_password")})
        body = {"data": {"type": "sessions", "id": change.entity_id, "attributes": attributes}}
        response = self._write("POST", f"/api/certification-centers/{self.account.centre_id}/session", change, body)
        self._adopt("certification_session", change.entity_id, response)

    def _candidate(self, change: Change) -> None:
        session_uuid = change.data.get("session_uuid")
        base = f"/api/sessions/{session_uuid}/certification-candidates"
        if change.operation == "delete":
            self._delete(f"{base}/{change.entity_id}", change)
            return
        if change.operation == "create":
            self._create_candidate(change, base)
            return
        before = outbox.previous_state(self.db, change)
        columns = mapping.changed_columns("candidate", before, change.data)
        if not columns:
            return False
        body = _update_body("certification-candidates", "candidate", change, before, columns)
        try:
            response = self._write("PATCH", f"{base}/{change.entity_id}", change, body)
        except Refused as error:
            if error.status == 404 and error.has("CANDIDATE_NOT_FOUND"):
                self._create_candidate(change, base)
                return
            raise
        self._adopt("candidate", change.entity_id, response)

    def _create_candidate(self, change: Change, base: str) -> None:
        attributes = mapping.attributes("candidate", change.data)
        joined_at = attributes.pop("joined-at", None)
        attributes["uuid"] = change.entity_id
        body = {"data": {"type": "certification-candidates", "id": change.entity_id, "attributes": attributes}}
        response = self._write("POST", base, change, body)
        self._adopt("candidate", change.entity_id, response)
        if joined_at is not None and response.json()["data"]["attributes"].get("joined-at") is None:
            # A candidate who joined before their first sync: the join is its own write (its own key).
            body = {"data": {"type": "certification-candidates", "attributes": {"joined-at": joined_at}}}
            response = self._write("PATCH", f"{base}/{change.entity_id}", change, body,
                                   key=derived_key(change.id, "joined-at"))
            self._adopt("candidate", change.entity_id, response)

    def _delete(self, path: str, change: Change) -> None:
        try:
            self._write("DELETE", path, change, None)
        except Refused as error:
            if error.status != 404:
                raise
            # Already gone (deleted elsewhere, or never sent): settled.

    def _adopt(self, entity: str, entity_uuid: str, response: httpx.Response) -> None:
        if response.status_code != 204 and response.content:
            document = response.json()
            adopt_server_state(self.db, entity, entity_uuid, document["data"],
                               (document.get("meta") or {}).get("superseded") or ())

    # --- a finalisation: its issue reports and abort reasons, then the finalisation itself
    def _finalisation(self, change: Change) -> None:
        data = change.data
        for item in data.get("issue_reports") or []:
            document = _with_uuid(item["document"], item.get("incident_id"), item.get("code"))
            candidate = item.get("candidate_uuid")
            try:
                self._write("POST", f"/api/certification-reports/{candidate}/certification-issue-reports", change,
                            document, key=derived_key(change.id, "issue-report", str(item.get("incident_id"))))
            except Refused as error:
                if error.status != 409:
                    raise
        for item in data.get("abort_reasons") or []:
            candidate = item.get("candidate_uuid")
            try:
                self._write("POST", f"/api/certification-reports/{candidate}/abort", change, item["document"],
                            key=derived_key(change.id, "abort", str(candidate)))
            except Refused as error:
                if not error.has("SESSION_ALREADY_FINALIZED"):
                    raise
        document = _finalisation_document(data["document"])
        response = self._write("PUT", f"/api/sessions/{data['session_uuid']}/finalization", change, document)
        self._adopt("certification_session", data["session_uuid"], response)

    # --- a batch of journal events
    def _send_journal(self, rows: Sequence[Change]) -> None:
        session_uuid = rows[0].data.get("session_uuid")
        body = {"data": [_journal_event(row) for row in rows]}
        key = rows[0].id if len(rows) == 1 else derived_key("journal", *(r.id for r in rows))
        try:
            self._write("POST", f"/api/sessions/{session_uuid}/journal-events", rows[0], body, key=key)
        except Refused as error:
            if _is_access_problem(error):
                raise
            if error.has(KEY_REUSED):
                self._settled(rows)
                return
            if len(rows) == 1:
                self._refused(rows[0], error)
                return
            # One event at fault refuses the whole batch: send them one by one to keep the others flowing.
            for row in rows:
                self._send_journal([row])
            return
        self._settled(rows)


def _update_body(kind: str, entity: str, change: Change, before: dict | None, columns: dict[str, str]) -> dict:
    """The changed fields, and (`meta.base`) the values they had before: the server tells a concurrent change
    from a later one by them, and records the conflict for every desktop to see."""
    body: dict = {"data": {"type": kind, "id": change.entity_id,
                           "attributes": mapping.attributes(entity, change.data, columns)}}
    if before is not None:
        body["meta"] = {"base": mapping.attributes(entity, before, columns)}
    return body


def _is_access_problem(error: Refused) -> bool:
    from pixdesk.sync.client import AccessRevoked, AuthenticationFailed

    return isinstance(error, (AccessRevoked, AuthenticationFailed))


def _journal_event(change: Change) -> dict:
    data = change.data
    return {"type": "journal-events", "id": data["uuid"], "attributes": {
        "candidate": data.get("candidate_uuid"), "kind": data["kind"], "data": _json_object(data.get("data")),
        "recorded-at": data["recorded_at"], "sequence": data["sequence"], "hash": data["hash"],
        "device": change.device, "chain": data.get("chain"), "previous-hash": data.get("previous_hash"),
        "run": data.get("run"), "monotonic-ns": data.get("monotonic_ns"), "session-uuid": data.get("session_uuid"),
    }}


def _json_object(value: object) -> dict:
    import json

    if isinstance(value, str):
        return json.loads(value or "{}")
    return dict(value or {})


def _with_uuid(document: dict, incident_id: object, code: object) -> dict:
    """An issue report takes the incident's UUID (its journal event's), so that it is created once, whoever
    sends it, and the code the invigilator picked (the server keeps it beside Pix's category)."""
    attributes = dict(document["data"].get("attributes") or {})
    if isinstance(code, str):
        attributes["code"] = code
    if isinstance(incident_id, str) and len(incident_id) == 36:
        attributes["uuid"] = incident_id
    return {"data": {**document["data"], "attributes": attributes}}


def _finalisation_document(document: dict) -> dict:
    """Candidates are named by UUID on the server (the local number means nothing there)."""
    data = dict(document["data"])
    included = []
    for item in data.get("included", document.get("included", [])):
        attributes = dict(item.get("attributes") or {})
        if attributes.get("candidate-uuid"):
            attributes["certification-course-id"] = attributes["candidate-uuid"]
        included.append({**item, "attributes": attributes})
    data["included"] = included
    return {"data": data}

