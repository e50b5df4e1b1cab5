"""Sessions: `GET /api/certification-centers/{id}/session-summaries`, `POST /api/certification-centers/{id}/session`,
`GET|PATCH|DELETE /api/sessions/{id}`, `GET /api/sessions/{id}/management`.

A session's id is the server's integer (the "numéro de session" candidates type); its `uuid` is the desktop's,
accepted on creation so a retried or merged create finds the same session."""

from __future__ import annotations

import math
import uuid as uuid_module

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import delete, func, insert, select, update

from pixdesk.models.codes import (
    INVIGILATOR_PASSWORD_ALPHABET, INVIGILATOR_PASSWORD_LENGTH, generate_access_code, generate_invigilator_password,
    is_valid_access_code,
)
from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.session_rules import STATUSES, SessionInput, validate_session
from pixdesk.server import schema
from pixdesk.server.api import field_times
from pixdesk.server.api.context import UUID_PATTERN, Ctx, signed_in
from pixdesk.server.api.resources import (
    already_created, centre_for, centre_name, find_session, session_centre, session_resource, session_status,
)
from pixdesk.server.api.writes import Outcome, Writer, json_api, write
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError

router = APIRouter()
S, C = schema.certification_session, schema.certification_candidate
SESSION_FIELDS = {"address": "site", "room": "room", "date": "date", "time": "time", "examiner": "examiner",
                  "description": "description"}
MAX_PAGE_SIZE = 100


def client_uuid(ctx: Ctx, attributes: dict) -> str | None:
    """The desktop's UUID for a new resource: `data.id` or `data.attributes.uuid`."""
    value = attributes.get("uuid") or ctx.data().get("id")
    if value is None:
        return None
    if not isinstance(value, str) or not UUID_PATTERN.match(value):
        raise ApiError.of("INVALID_ATTRIBUTE", "uuid", attribute="uuid")
    return value.lower()


def _text(attributes: dict, name: str):
    value = attributes.get(name)
    if value is not None and not isinstance(value, str):
        raise ApiError.of("INVALID_ATTRIBUTE", name.replace("-", "_"), attribute=name)
    return value


def session_input(attributes: dict) -> SessionInput:
    return SessionInput(**{field: _text(attributes, name) for name, field in SESSION_FIELDS.items()})


def _session_document(conn, row) -> dict:
    return {"data": session_resource(row, centre_name(conn, row.certification_center_id))}


@router.get("/api/certification-centers/{centre_id}/session-summaries")
def session_summaries(centre_id: str, request: Request, ctx: Ctx = Depends(signed_in)):
    """The centre's sessions, newest first; `filter[sessionId]`, `filter[status]`, `page[number]`, `page[size]`."""
    cid = centre_for(ctx.caller, centre_id)
    params = request.query_params
    try:
        number = max(1, int(params.get("page[number]", 1)))
        size = min(MAX_PAGE_SIZE, max(1, int(params.get("page[size]", 10))))
    except ValueError:
        raise ApiError.of("INVALID_PAYLOAD", detail="page") from None
    counts = (select(C.c.session_id, func.count().label("enrolled"), func.count(C.c.joined_at).label("effective"))
              .group_by(C.c.session_id).subquery())
    query = (select(S, func.coalesce(counts.c.enrolled, 0).label("enrolled"),
                    func.coalesce(counts.c.effective, 0).label("effective"))
             .outerjoin(counts, counts.c.session_id == S.c.id).where(S.c.certification_center_id == cid))
    wanted_id = params.get("filter[sessionId]")
    if wanted_id:
        query = query.where(S.c.id == (int(wanted_id) if wanted_id.isdigit() and len(wanted_id) < 10 else -1))
    with read_transaction(ctx.engine) as conn:
        rows = conn.execute(query.order_by(S.c.date.desc(), S.c.time.desc(), S.c.id.desc())).all()
    status = params.get("filter[status]")
    if status in STATUSES:
        rows = [r for r in rows if session_status(r) == status]
    page = rows[(number - 1) * size:number * size]
    return json_api({
        "data": [{"type": "session-summaries", "id": str(r.id), "attributes": {
            "uuid": r.uuid, "address": r.address, "room": r.room, "date": r.date.isoformat(), "time": r.time,
            "examiner": r.examiner, "enrolled-candidates-count": r.enrolled, "effective-candidates-count": r.effective,
            "status": session_status(r), "updated-at": r.updated_at.isoformat(),
        }} for r in page],
        "meta": {"page": number, "pageSize": size, "rowCount": len(rows), "pageCount": math.ceil(len(rows) / size),
                 "hasSessions": bool(rows)},
    })


@router.post("/api/certification-centers/{centre_id}/session")
def create_session(centre_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Create a session (201). Optional `uuid`, `access-code` and `invigilator-password` keep the desktop's own
    when valid and free (a kit may already be printed); otherwise the server draws them, as the platform does."""
    def resolve(conn) -> int:
        return centre_for(ctx.caller, centre_id)

    def action(w: Writer) -> Outcome:
        attributes = ctx.attributes()
        uuid = client_uuid(ctx, attributes)
        existing = already_created(w.conn, S, uuid, "certification_center_id", w.centre_id)
        if existing is not None:
            return Outcome(200, _session_document(w.conn, existing), f"/api/sessions/{existing.id}")
        values = validate_session(session_input(attributes), today=None)

        def taken(code: str) -> bool:
            return w.conn.execute(select(S.c.id).where(S.c.access_code == code)).first() is not None

        code = _text(attributes, "access-code")
        if not (code and is_valid_access_code(code) and not taken(code)):
            code = generate_access_code(taken)
        password = _text(attributes, "invigilator-password")
        if not (password and len(password) == INVIGILATOR_PASSWORD_LENGTH
                and all(ch in INVIGILATOR_PASSWORD_ALPHABET for ch in password)):
            password = generate_invigilator_password()
        new_id = w.conn.execute(insert(S).values(
            uuid=uuid or str(uuid_module.uuid4()), certification_center_id=w.centre_id, address=values.site,
            room=values.room,
            date=values.date, time=values.time, examiner=values.examiner, description=values.description,
            access_code=code, invigilator_password=password, created_by=ctx.caller.user_id,
            created_at=w.now, updated_at=w.now).returning(S.c.id)).scalar_one()
        row = w.conn.execute(select(S).where(S.c.id == new_id)).one()
        document = _session_document(w.conn, row)
        w.change("sessions", row.id, row.uuid, "create", document["data"])
        return Outcome(201, document, f"/api/sessions/{row.id}")

    return write(ctx, resolve, action)


@router.get("/api/sessions/{session_id}")
def get_session(session_id: str, ctx: Ctx = Depends(signed_in)):
    with read_transaction(ctx.engine) as conn:
        return json_api(_session_document(conn, find_session(conn, ctx.caller, session_id)))


@router.get("/api/sessions/{session_id}/management")
def get_session_management(session_id: str, ctx: Ctx = Depends(signed_in)):
    with read_transaction(ctx.engine) as conn:
        row = find_session(conn, ctx.caller, session_id)
        return json_api({"data": session_resource(row, centre_name(conn, row.certification_center_id),
                                                  kind="session-managements")})


@router.patch("/api/sessions/{session_id}")
def update_session(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Change the given attributes (the others keep their value); refused once finalised."""
    resolve = session_centre(ctx.caller, session_id)

    def action(w: Writer) -> Outcome:
        attributes = ctx.attributes()
        row = find_session(w.conn, ctx.caller, session_id)
        if row.finalized_at is not None:
            raise DomainError(Problem("SESSION_ALREADY_FINALIZED"))
        given = session_input(attributes)
        applied, superseded = field_times.split([n for n in SESSION_FIELDS if n in attributes], row.field_times,
                                                w.changed_at)
        merged = SessionInput(**{field: getattr(given, field) if name in applied else getattr(row, name)
                                 for name, field in SESSION_FIELDS.items()})
        values = validate_session(merged, creating=False)
        before = session_resource(row)["attributes"]
        found = field_times.conflicts({n: attributes[n] for n in SESSION_FIELDS if n in attributes},
                                      (ctx.document().get("meta") or {}).get("base"), before, superseded,
                                      w.changed_at, ctx.caller.email)
        if applied:
            w.conn.execute(update(S).where(S.c.id == row.id).values(
                address=values.site, room=values.room, date=values.date, time=values.time,
                examiner=values.examiner, description=values.description, updated_at=w.now,
                field_times=field_times.stamped(row.field_times, applied, w.changed_at)))
        fresh = w.conn.execute(select(S).where(S.c.id == row.id)).one()
        document = _session_document(w.conn, fresh)
        if applied or found:
            w.change("sessions", row.id, row.uuid, "update",
                     {**document["data"], "meta": {"conflicts": found}} if found else document["data"])
        if superseded or found:
            document["meta"] = {"superseded": superseded, "conflicts": found}
        return Outcome(200, document)

    return write(ctx, resolve, action)


@router.delete("/api/sessions/{session_id}")
def delete_session(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """204; refused (409 SESSION_STARTED_DELETION_ERROR) once a candidate has joined or started."""
    resolve = session_centre(ctx.caller, session_id)

    def action(w: Writer) -> Outcome:
        row = find_session(w.conn, ctx.caller, session_id)
        started = w.conn.execute(select(C.c.id).where(C.c.session_id == row.id, C.c.joined_at.is_not(None))
                                 .limit(1)).first()
        if started is not None:
            raise DomainError(Problem("SESSION_STARTED_DELETION_ERROR"))
        w.conn.execute(delete(schema.journal_event).where(schema.journal_event.c.session_id == row.id))
        w.conn.execute(delete(schema.issue_report).where(schema.issue_report.c.session_id == row.id))
        w.conn.execute(delete(C).where(C.c.session_id == row.id))
        w.conn.execute(delete(S).where(S.c.id == row.id))
        w.change("sessions", row.id, row.uuid, "delete", None)
        return Outcome(204)

    return write(ctx, resolve, action)
