"""Candidates: `GET|POST /api/sessions/{id}/certification-candidates`, `PATCH|DELETE …/certification-candidates/{id}`,
`POST …/certification-candidates/import` (the whole list, all or nothing).

Validated by the desktop's own rules (`pixdesk.models.candidate_rules`), so the server accepts exactly what the
desktop accepts. `extra-time-percentage` is a decimal fraction as on the platform (0.33 for 33 %)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from sqlalchemy import delete, insert, select, update

from pixdesk.models.candidate_rules import CandidateInput, CandidateValues, CentrePolicy, validate_candidate
from pixdesk.models.enrolment_rules import check_list_editable, check_removable
from pixdesk.models.errors import DomainError, Problem, ValidationError
from pixdesk.server import schema
from pixdesk.server.api import field_times
from pixdesk.server.api.context import Ctx, signed_in
from pixdesk.server.api.resources import (
    already_created, candidate_resource, find_candidate, find_session, session_centre,
)
from pixdesk.server.api.sessions import client_uuid
from pixdesk.server.api.writes import Outcome, Writer, json_api, write
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError, error_object
from pixdesk.server.security import utc_now

router = APIRouter()
S, C = schema.certification_session, schema.certification_candidate
TEXT_ATTRIBUTES = {
    "last-name": "last_name", "first-name": "first_name", "sex": "sex", "birthdate": "birthdate",
    "birth-country": "birth_country", "birth-insee-code": "birth_insee_code",
    "birth-postal-code": "birth_postal_code", "birth-city": "birth_city", "email": "email",
    "result-recipient-email": "result_recipient_email", "external-id": "external_id",
    "billing-mode": "billing_mode", "prepayment-code": "prepayment_code",
    "complementary-certification": "complementary_certification",
}


BIRTH_PLACE = {"birth-country", "birth-insee-code", "birth-postal-code", "birth-city"}


def current_input(candidate) -> dict:
    """A stored candidate as the attributes that would enter it again: the commune name found from an INSEE code
    is the rules' output, not an input."""
    attributes = candidate_resource(candidate)["attributes"]
    insee = attributes["birth-insee-code"]
    if insee and not insee.startswith("99") and not attributes["birth-postal-code"]:
        attributes["birth-city"] = None
    return attributes


def extra_time_percent(value: object) -> object:
    """The platform's fraction (0.33) as the whole percent the rules check (33); anything else is left for the
    rules to refuse with their own code."""
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value if value is None else "?"
    percent = value * 100
    return int(round(percent)) if abs(percent - round(percent)) < 1e-6 else percent


def candidate_input(attributes: dict, pointer: str = "/data/attributes") -> CandidateInput:
    values = {}
    for name, field in TEXT_ATTRIBUTES.items():
        value = attributes.get(name)
        if value is not None and not isinstance(value, str):
            raise ApiError(422, Problem("INVALID_ATTRIBUTE", field, {"attribute": name}), pointer_prefix=pointer)
        values[field] = value
    return CandidateInput(**values, extra_time_percentage=extra_time_percent(attributes.get("extra-time-percentage")))


def policy_of(conn, centre_id: int) -> CentrePolicy:
    centre = conn.execute(select(schema.certification_center.c.type, schema.certification_center.c.habilitations)
                          .where(schema.certification_center.c.id == centre_id)).one()
    return CentrePolicy(type=centre.type, habilitations=tuple(k for k in centre.habilitations.split(",") if k))


def validated(attributes: dict, policy: CentrePolicy, pointer: str = "/data/attributes") -> CandidateValues:
    try:
        return validate_candidate(candidate_input(attributes, pointer), policy,
                                  allow_missing_sex=attributes.get("incomplete") is True)
    except ValidationError as error:
        raise ApiError.from_domain(error, pointer_prefix=pointer) from None


def _rows(conn, session_id: int) -> list:
    return conn.execute(select(C).where(C.c.session_id == session_id).order_by(C.c.id)).all()


def _editable(session_row, rows, adding: bool = False) -> None:
    check_list_editable(finalized=session_row.finalized_at is not None,
                        any_joined=any(r.joined_at is not None for r in rows), adding=adding)


def _stored_values(values: CandidateValues) -> dict:
    return {**values.as_dict(), "identity_key": values.identity_key}


@router.get("/api/sessions/{session_id}/certification-candidates")
def list_candidates(session_id: str, ctx: Ctx = Depends(signed_in)):
    with read_transaction(ctx.engine) as conn:
        row = find_session(conn, ctx.caller, session_id)
        return json_api({"data": [candidate_resource(c) for c in _rows(conn, row.id)]})


@router.post("/api/sessions/{session_id}/certification-candidates")
def add_candidate(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Enrol one candidate (201): refused once finalised (412) or once a candidate joined (403); the same
    identity twice is 409 DUPLICATE_CANDIDATE; a `uuid` already in this session answers that candidate (200)."""
    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        attributes = ctx.attributes()
        uuid = client_uuid(ctx, attributes)
        existing = already_created(w.conn, C, uuid, "session_id", session_row.id)
        if existing is not None:
            return Outcome(200, {"data": candidate_resource(existing)})
        rows = _rows(w.conn, session_row.id)
        _editable(session_row, rows, adding=True)
        values = validated(attributes, policy_of(w.conn, w.centre_id))
        if any(r.identity_key == values.identity_key for r in rows):
            raise DomainError(Problem("DUPLICATE_CANDIDATE"))
        new_id = w.conn.execute(insert(C).values(
            uuid=uuid or str(uuid_module.uuid4()), session_id=session_row.id, created_at=w.now, updated_at=w.now,
            **_stored_values(values)).returning(C.c.id)).scalar_one()
        candidate = w.conn.execute(select(C).where(C.c.id == new_id)).one()
        resource = candidate_resource(candidate)
        w.change("certification-candidates", new_id, candidate.uuid, "create", resource)
        _touch(w, session_row.id)
        return Outcome(201, {"data": resource},
                       f"/api/sessions/{session_row.id}/certification-candidates/{new_id}")

    return write(ctx, session_centre(ctx.caller, session_id), action)


def _touch(w: Writer, session_id: int) -> None:
    w.conn.execute(update(S).where(S.c.id == session_id).values(updated_at=w.now))


def _joined_at(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=utc_now().tzinfo)
        except ValueError:
            pass
    raise ApiError.of("INVALID_ATTRIBUTE", "joined_at", attribute="joined-at")


@router.patch("/api/sessions/{session_id}/certification-candidates/{candidate_id}")
def update_candidate(session_id: str, candidate_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Change a candidate: any attribute of the list (checked again in full, only while the list is editable),
    and `joined-at` (the candidate joined or started: locks the list; allowed until finalisation)."""
    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        attributes = ctx.attributes()
        candidate = find_candidate(w.conn, ctx.caller, candidate_id, session_row.id)
        changes = {}
        given = [name for name in attributes if name in TEXT_ATTRIBUTES or name in (
            "extra-time-percentage", "incomplete", "joined-at")]
        applied, superseded = field_times.split(given, candidate.field_times, w.changed_at)
        found = field_times.conflicts({n: attributes[n] for n in given}, (ctx.document().get("meta") or {}).get(
            "base"), candidate_resource(candidate)["attributes"], superseded, w.changed_at, ctx.caller.email)
        details = {name for name in applied if name != "joined-at"}
        if details:
            rows = _rows(w.conn, session_row.id)
            _editable(session_row, rows)
            merged = {**current_input(candidate), **{name: attributes[name] for name in details}}
            if BIRTH_PLACE & set(attributes):
                # The birth place is one answer: given at all, it is given whole.
                merged.update({name: attributes.get(name) for name in BIRTH_PLACE})
            values = validated(merged, policy_of(w.conn, w.centre_id))
            if any(r.identity_key == values.identity_key and r.id != candidate.id for r in rows):
                raise DomainError(Problem("DUPLICATE_CANDIDATE"))
            changes.update(_stored_values(values))
        if "joined-at" in applied:
            if session_row.finalized_at is not None:
                raise DomainError(Problem("SESSION_ALREADY_FINALIZED"))
            changes["joined_at"] = _joined_at(attributes["joined-at"])
        if changes:
            w.conn.execute(update(C).where(C.c.id == candidate.id).values(
                **changes, updated_at=w.now, field_times=field_times.stamped(candidate.field_times, applied,
                                                                              w.changed_at)))
        fresh = w.conn.execute(select(C).where(C.c.id == candidate.id)).one()
        resource = candidate_resource(fresh)
        if changes or found:
            w.change("certification-candidates", fresh.id, fresh.uuid, "update",
                     {**resource, "meta": {"conflicts": found}} if found else resource)
            _touch(w, session_row.id)
        document = {"data": resource}
        if superseded or found:
            document["meta"] = {"superseded": superseded, "conflicts": found}
        return Outcome(200, document)

    return write(ctx, session_centre(ctx.caller, session_id), action)


@router.delete("/api/sessions/{session_id}/certification-candidates/{candidate_id}")
def delete_candidate(session_id: str, candidate_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """204; a candidate who joined cannot be removed (403 CANDIDATE_FORBIDDEN_DELETION)."""
    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        candidate = find_candidate(w.conn, ctx.caller, candidate_id, session_row.id)
        check_removable(joined=candidate.joined_at is not None)
        _editable(session_row, _rows(w.conn, session_row.id))
        w.conn.execute(delete(schema.issue_report).where(schema.issue_report.c.candidate_id == candidate.id))
        w.conn.execute(delete(C).where(C.c.id == candidate.id))
        w.change("certification-candidates", candidate.id, candidate.uuid, "delete",
                 {"type": "certification-candidates", "id": str(candidate.id),
                  "attributes": {"uuid": candidate.uuid, "session-id": session_row.id}})
        _touch(w, session_row.id)
        return Outcome(204)

    return write(ctx, session_centre(ctx.caller, session_id), action)


@router.post("/api/sessions/{session_id}/certification-candidates/import")
def import_candidates(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Replace the whole list with `data: [certification-candidates…]` (the desktop reads the .ods with its own
    importer and sends the rows). All or nothing: every problem is answered at once, each with `meta.line` (the
    resource's `meta.line` when given, else its position from 1) and a pointer `/data/<index>/attributes/<name>`."""
    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        items = ctx.document().get("data")
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ApiError.of("INVALID_PAYLOAD", detail="data: [...]")
        check_list_editable(finalized=session_row.finalized_at is not None,
                            any_joined=any(r.joined_at is not None for r in _rows(w.conn, session_row.id)))
        policy = policy_of(w.conn, w.centre_id)
        errors, accepted, seen = [], [], {}
        for index, item in enumerate(items):
            attributes = item.get("attributes") if isinstance(item.get("attributes"), dict) else {}
            meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
            line = meta.get("line") if isinstance(meta.get("line"), int) else index + 1
            pointer = f"/data/{index}/attributes"
            try:
                values = validated(attributes, policy, pointer)
            except ApiError as error:
                errors += [_with_line(ctx, error.status, p, line, pointer) for p in error.problems]
                continue
            if values.identity_key in seen:
                errors.append(_with_line(ctx, 422, Problem("DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION"), line,
                                         pointer))
                continue
            seen[values.identity_key] = line
            uuid = attributes.get("uuid") or item.get("id")
            accepted.append((uuid if isinstance(uuid, str) and len(uuid) == 36 else str(uuid_module.uuid4()),
                             values))
        if errors:
            raise _ImportRefused(errors)
        old = _rows(w.conn, session_row.id)
        w.conn.execute(delete(C).where(C.c.session_id == session_row.id))
        clash = w.conn.execute(select(C.c.uuid).where(C.c.uuid.in_([u for u, _ in accepted]))).scalars().all()
        if clash:
            raise ApiError.of("UUID_ALREADY_USED", uuid=clash[0])
        if accepted:
            w.conn.execute(insert(C), [
                {"uuid": uuid.lower(), "session_id": session_row.id, "created_at": w.now, "updated_at": w.now,
                 **_stored_values(values)} for uuid, values in accepted])
        fresh = _rows(w.conn, session_row.id)
        w.changes([("certification-candidates", row.id, row.uuid, "delete",
                    {"type": "certification-candidates", "id": str(row.id),
                     "attributes": {"uuid": row.uuid, "session-id": session_row.id}}) for row in old]
                  + [("certification-candidates", row.id, row.uuid, "create", candidate_resource(row))
                     for row in fresh])
        _touch(w, session_row.id)
        return Outcome(200, {"data": [candidate_resource(r) for r in fresh],
                             "meta": {"removed": len(old), "added": len(fresh)}})

    try:
        return write(ctx, session_centre(ctx.caller, session_id), action)
    except _ImportRefused as refused:
        return json_api({"errors": refused.errors}, status=422)


class _ImportRefused(Exception):
    def __init__(self, errors: list[dict]):
        self.errors = errors


def _with_line(ctx: Ctx, status: int, problem: Problem, line: int, pointer: str) -> dict:
    error = error_object(status, problem, ctx.lang, pointer)
    error.setdefault("source", {"pointer": pointer})
    error.setdefault("meta", {})["line"] = line
    return error

