"""`GET /api/certification-centers/{id}/changes?since=CURSOR[&limit=N]`: what changed in the centre after the
cursor, in commit order, whichever desktop made it.

Each change: `{"type": "changes", "id": "<n>", "attributes": {"sequence", "entity" (sessions,
certification-candidates, certification-issue-reports, journal-events), "entity-id", "entity-uuid", "operation"
(create, update, delete), "recorded-at", "changed-at" (when it was made on the desktop, see
field_times.py), "author" (e-mail), "idempotency-key" (the Idempotency-Key of the request
that made it: a desktop recognises its own outbox rows), "resource" (the JSON:API resource as it stood after the
change; for a delete, its type, id and uuid)}}`. `meta.cursor` is the cursor to send next time (opaque: send it
back as it is); `meta.has-more` says whether to ask again at once. No `since` means from the beginning."""

from __future__ import annotations

import base64
import binascii

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from pixdesk.server import schema
from pixdesk.server.api.context import Ctx, signed_in
from pixdesk.server.api.resources import centre_for, iso
from pixdesk.server.api.writes import json_api
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError

router = APIRouter()
CH, U = schema.change, schema.user
MAX_LIMIT = 1000
CURSOR_PREFIX = "pixdesk-changes:"


def encode_cursor(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{sequence}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if text.startswith(CURSOR_PREFIX) and text[len(CURSOR_PREFIX):].isdigit():
            return int(text[len(CURSOR_PREFIX):])
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise ApiError.of("CHANGES_CURSOR_NOT_VALID", value=cursor[:40])


@router.get("/api/certification-centers/{centre_id}/changes")
def changes(centre_id: str, request: Request, ctx: Ctx = Depends(signed_in)):
    cid = centre_for(ctx.caller, centre_id)
    since = decode_cursor(request.query_params.get("since"))
    try:
        limit = min(MAX_LIMIT, max(1, int(request.query_params.get("limit", ctx.settings.changes_page_size))))
    except ValueError:
        raise ApiError.of("INVALID_PAYLOAD", detail="limit") from None
    with read_transaction(ctx.engine) as conn:
        rows = conn.execute(
            select(CH, U.c.email).outerjoin(U, U.c.id == CH.c.user_id)
            .where(CH.c.certification_center_id == cid, CH.c.sequence > since)
            .order_by(CH.c.sequence).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].sequence if rows else since
    return json_api({
        "data": [{"type": "changes", "id": str(r.sequence), "attributes": {
            "sequence": r.sequence, "entity": r.entity, "entity-id": r.entity_id, "entity-uuid": r.entity_uuid,
            "operation": r.operation, "recorded-at": iso(r.recorded_at),
            "changed-at": iso(r.changed_at or r.recorded_at), "author": r.email,
            "idempotency-key": r.idempotency_key, "resource": r.data,
        }} for r in rows],
        "meta": {"cursor": encode_cursor(last), "has-more": more},
    })
