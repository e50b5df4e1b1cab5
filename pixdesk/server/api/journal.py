"""The room laptops' journals: `POST /api/sessions/{id}/journal-events` (a batch, merged by event UUID: sending
an event twice adds nothing, so journals from several laptops are a union) and `GET` the merged journal.

An event is `{"type": "journal-events", "id": <uuid>, "attributes": {candidate (server id or UUID, or null), kind,
data (object), recorded-at (ISO time, the laptop's clock), chain (the laptop's chain, `device` also accepted),
sequence (its order in the chain), hash, previous-hash, run, monotonic-ns (optional)}}`, the fields of
pixdesk.models.journal. The server keeps events as the laptop wrote them, so each chain still verifies; one chain
holds one event per sequence number."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from sqlalchemy import insert, select

from pixdesk.models.errors import Problem
from pixdesk.server import schema
from pixdesk.server.api.context import UUID_PATTERN, Ctx, parse_ref, signed_in
from pixdesk.server.api.resources import find_session, journal_event_resource, session_centre
from pixdesk.server.api.writes import Outcome, Writer, json_api, write
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError

router = APIRouter()
J, C = schema.journal_event, schema.certification_candidate
MAX_EVENTS_PER_BATCH = 5000
LIMITS = {"kind": 64, "recorded-at": 40, "hash": 128, "chain": 64, "previous-hash": 128, "run": 64}
OPTIONAL = {"chain", "previous-hash", "run"}


def _bad(index: int, name: str) -> ApiError:
    return ApiError(422, Problem("INVALID_ATTRIBUTE", None,
                                 {"attribute": name, "pointer": f"/data/{index}/attributes/{name}"}))


def _event(index: int, item: object) -> dict:
    if not isinstance(item, dict) or not isinstance(item.get("attributes"), dict):
        raise ApiError.of("INVALID_PAYLOAD", detail=f"data[{index}]")
    attributes = dict(item["attributes"])
    attributes.setdefault("chain", attributes.get("device"))
    uuid = item.get("id") or attributes.get("uuid")
    if not isinstance(uuid, str) or not UUID_PATTERN.match(uuid):
        raise ApiError(422, Problem("INVALID_ATTRIBUTE", None, {"attribute": "id", "pointer": f"/data/{index}/id"}))
    for name, limit in LIMITS.items():
        value = attributes.get(name)
        if (value is None and name not in OPTIONAL) or value is not None and (
                not isinstance(value, str) or not value.strip() or len(value) > limit):
            raise _bad(index, name)
    sequence = attributes.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 <= sequence < 2**31:
        raise _bad(index, "sequence")
    monotonic = attributes.get("monotonic-ns")
    if monotonic is not None and (not isinstance(monotonic, int) or isinstance(monotonic, bool)
                                  or not 0 <= monotonic < 2**63):
        raise _bad(index, "monotonic-ns")
    data = attributes.get("data", {})
    if not isinstance(data, dict):
        raise _bad(index, "data")
    candidate = attributes.get("candidate")
    if candidate is not None and (isinstance(candidate, bool) or not isinstance(candidate, (int, str))
                                  or parse_ref(str(candidate)) is None):
        raise _bad(index, "candidate")
    return {"uuid": uuid.lower(), "kind": attributes["kind"], "data": data, "recorded_at": attributes["recorded-at"],
            "sequence": sequence, "hash": attributes["hash"], "device": attributes.get("chain"),
            "previous_hash": attributes.get("previous-hash"), "run": attributes.get("run"), "monotonic_ns": monotonic,
            "candidate": None if candidate is None else parse_ref(str(candidate))}


def _same(row, event: dict) -> bool:
    return (row.kind, row.recorded_at, row.sequence, row.hash, row.previous_hash,
            json.dumps(row.data, sort_keys=True)) == (
        event["kind"], event["recorded_at"], event["sequence"], event["hash"], event["previous_hash"],
        json.dumps(event["data"], sort_keys=True))


@router.post("/api/sessions/{session_id}/journal-events")
def add_journal_events(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """200 with every event of the batch as stored and `meta` `{created, duplicates}`. Accepted even after
    finalisation (marked `after-finalization`): nothing typed in a room is refused. An event UUID already stored
    with other content is 409 JOURNAL_EVENT_CONFLICT, and the batch writes nothing."""
    resolve = session_centre(ctx.caller, session_id)

    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        items = ctx.document().get("data")
        if not isinstance(items, list) or len(items) > MAX_EVENTS_PER_BATCH:
            raise ApiError.of("INVALID_PAYLOAD", detail=f"data: [...] (≤ {MAX_EVENTS_PER_BATCH})")
        events = [_event(i, item) for i, item in enumerate(items)]
        known = {row.uuid: row for row in w.conn.execute(
            select(J).where(J.c.uuid.in_([e["uuid"] for e in events])))} if events else {}
        # A chain holds one event per sequence number: another UUID there is another laptop's mistake, not a merge.
        taken = {(row.device, row.sequence): row.uuid for row in w.conn.execute(
            select(J.c.device, J.c.sequence, J.c.uuid).where(
                J.c.session_id == session_row.id, J.c.device.in_(sorted({e["device"] for e in events if e["device"]}))))}
        candidates = {}
        for row in w.conn.execute(select(C.c.id, C.c.uuid).where(C.c.session_id == session_row.id)):
            candidates[("id", row.id)] = row
            candidates[("uuid", row.uuid)] = row
        new_rows, duplicates = {}, 0
        for index, event in enumerate(events):
            row = known.get(event["uuid"])
            if row is not None:
                if row.session_id != session_row.id or not _same(row, event):
                    raise ApiError.of("JOURNAL_EVENT_CONFLICT", id=event["uuid"])
                duplicates += 1
                continue
            if event["uuid"] in new_rows:  # the same event twice in one batch
                continue
            if event["device"] is not None:
                if taken.setdefault((event["device"], event["sequence"]), event["uuid"]) != event["uuid"]:
                    raise ApiError.of("JOURNAL_EVENT_CONFLICT", id=event["uuid"])
            candidate = candidates.get(event["candidate"]) if event["candidate"] else None
            if event["candidate"] and candidate is None:
                raise ApiError(404, Problem("CANDIDATE_NOT_FOUND", None, {
                    "id": event["candidate"][1], "pointer": f"/data/{index}/attributes/candidate"}))
            new_rows[event["uuid"]] = {
                "uuid": event["uuid"], "session_id": session_row.id,
                "candidate_id": candidate.id if candidate else None,
                "candidate_uuid": candidate.uuid if candidate else None, "kind": event["kind"], "data": event["data"],
                "recorded_at": event["recorded_at"], "sequence": event["sequence"], "hash": event["hash"],
                "device": event["device"], "previous_hash": event["previous_hash"], "run": event["run"],
                "monotonic_ns": event["monotonic_ns"], "received_at": w.now,
                "after_finalization": session_row.finalized_at is not None}
        if new_rows:
            w.conn.execute(insert(J), list(new_rows.values()))
            for row in w.conn.execute(select(J).where(J.c.uuid.in_(list(new_rows)))):
                known[row.uuid] = row
            w.changes([("journal-events", uuid, uuid, "create", journal_event_resource(known[uuid]))
                       for uuid in new_rows])
        stored = [known[uuid] for uuid in dict.fromkeys(e["uuid"] for e in events)]
        return Outcome(200, {"data": [journal_event_resource(r) for r in stored],
                             "meta": {"created": len(new_rows), "duplicates": duplicates}})

    return write(ctx, resolve, action)


@router.get("/api/sessions/{session_id}/journal-events")
def journal(session_id: str, ctx: Ctx = Depends(signed_in)):
    """The session's merged journal, ordered by recorded time, then each laptop's sequence."""
    with read_transaction(ctx.engine) as conn:
        row = find_session(conn, ctx.caller, session_id)
        events = conn.execute(select(J).where(J.c.session_id == row.id)
                              .order_by(J.c.recorded_at, J.c.device, J.c.sequence, J.c.id)).all()
    return json_api({"data": [journal_event_resource(e) for e in events]})
