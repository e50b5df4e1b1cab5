"""Issue reports, abort reasons and finalisation (reference sections 5 and 6).

PixDesk has no Pix App, so no certification courses: a candidate who started is the course, and its id is the
candidate's id. `POST /api/certification-reports/{candidateId}/certification-issue-reports`,
`DELETE /api/certification-issue-reports/{id}`, `POST /api/certification-reports/{candidateId}/abort`,
`GET /api/sessions/{id}/certification-reports`, `PUT /api/sessions/{id}/finalization`."""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from sqlalchemy import delete, func, insert, or_, select, update

from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.finalisation_rules import ReportInput, check_finalisation
from pixdesk.models.issue_reports import ABORT_REASONS, IssueReportInput, validate_issue_report
from pixdesk.server import schema
from pixdesk.server.api.context import Ctx, parse_ref, signed_in
from pixdesk.server.api.resources import (
    already_created, candidate_resource, centre_name, certification_report_resource, find_candidate,
    find_issue_report, find_session, issue_report_resource, session_centre, session_resource,
)
from pixdesk.server.api.sessions import client_uuid
from pixdesk.server.api.writes import Outcome, Writer, json_api, write
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError

router = APIRouter()
S, C, R = schema.certification_session, schema.certification_candidate, schema.issue_report
MAX_CODE_LENGTH = 8


def _course_ref(course_id: str) -> str:
    """`CertificationReport-12` (the report's id) or `12` (the course, i.e. candidate, id) or a candidate UUID."""
    return course_id.removeprefix("CertificationReport-")


def _candidate_centre(ctx: Ctx, course_id: str):
    return lambda conn: find_candidate(conn, ctx.caller, _course_ref(course_id)).centre_id


def _moment(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.astimezone()
        except ValueError:
            pass
    raise ApiError.of("INVALID_ATTRIBUTE", name.replace("-", "_"), attribute=name)


@router.post("/api/certification-reports/{course_id}/certification-issue-reports")
def add_issue_report(course_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Attributes `category`, `subcategory`, `description`, `question-number` (Pix), plus PixDesk's `code` (the
    PV d'incident code, e.g. "E3"), `occurred-at` and `uuid`. 201; a known `uuid` answers that report (200).
    Accepted after finalisation too (a room laptop that syncs late loses nothing), marked
    `added-after-finalization`."""
    def action(w: Writer) -> Outcome:
        candidate = find_candidate(w.conn, ctx.caller, _course_ref(course_id))
        attributes = ctx.attributes()
        session_row = w.conn.execute(select(S).where(S.c.id == candidate.session_id)).one()
        uuid = client_uuid(ctx, attributes)
        existing = already_created(w.conn, R, uuid, "candidate_id", candidate.id)
        if existing is not None:
            return Outcome(200, {"data": issue_report_resource(existing)})
        values = validate_issue_report(IssueReportInput(
            category=_text(attributes, "category"), subcategory=_text(attributes, "subcategory"),
            description=_text(attributes, "description"), question_number=attributes.get("question-number")))
        code = _text(attributes, "code")
        if code is not None and len(code) > MAX_CODE_LENGTH:
            raise ApiError.of("INVALID_ATTRIBUTE", "code", attribute="code")
        new_id = w.conn.execute(insert(R).values(
            uuid=uuid or str(uuid_module.uuid4()), session_id=candidate.session_id, candidate_id=candidate.id,
            code=code, category=values.category, subcategory=values.subcategory, description=values.description,
            question_number=values.question_number,
            occurred_at=_moment(attributes.get("occurred-at"), "occurred-at") or w.now,
            added_after_finalization=session_row.finalized_at is not None, created_at=w.now,
        ).returning(R.c.id)).scalar_one()
        row = w.conn.execute(select(R).where(R.c.id == new_id)).one()
        resource = issue_report_resource(row)
        w.change("certification-issue-reports", new_id, row.uuid, "create", resource)
        return Outcome(201, {"data": resource}, f"/api/certification-issue-reports/{new_id}")

    return write(ctx, _candidate_centre(ctx, course_id), action)


def _text(attributes: dict, name: str) -> str | None:
    value = attributes.get(name)
    if value is not None and not isinstance(value, str):
        raise ApiError.of("INVALID_ATTRIBUTE", name.replace("-", "_"), attribute=name)
    return value


@router.delete("/api/certification-issue-reports/{report_id}")
def delete_issue_report(report_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """204; refused once the session is finalised (409 SESSION_ALREADY_FINALIZED)."""
    def resolve(conn) -> int:
        return find_issue_report(conn, ctx.caller, report_id).centre_id

    def action(w: Writer) -> Outcome:
        report = find_issue_report(w.conn, ctx.caller, report_id)
        finalized = w.conn.execute(select(S.c.finalized_at).where(S.c.id == report.session_id)).scalar()
        if finalized is not None:
            raise DomainError(Problem("SESSION_ALREADY_FINALIZED"))
        w.conn.execute(delete(R).where(R.c.id == report.id))
        w.change("certification-issue-reports", report.id, report.uuid, "delete",
                 {"type": "certification-issue-reports", "id": str(report.id),
                  "attributes": {"uuid": report.uuid, "certification-course-id": report.candidate_id}})
        return Outcome(204)

    return write(ctx, resolve, action)


@router.post("/api/certification-reports/{course_id}/abort")
def abort(course_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """`{"data": {"reason": "candidate"|"technical"}}` as Pix (or `data.attributes.reason`); null clears it."""
    def action(w: Writer) -> Outcome:
        candidate = find_candidate(w.conn, ctx.caller, _course_ref(course_id))
        data = ctx.data()
        reason = data.get("reason", (data.get("attributes") or {}).get("reason"))
        if reason is not None and reason not in ABORT_REASONS:
            raise ApiError(422, Problem("ABORT_REASON_NOT_VALID", None, {"pointer": "/data/reason"}))
        finalized = w.conn.execute(select(S.c.finalized_at).where(S.c.id == candidate.session_id)).scalar()
        if finalized is not None:
            raise DomainError(Problem("SESSION_ALREADY_FINALIZED"))
        values = {"abort_reason": reason, "updated_at": w.now}
        if reason is not None:
            values["is_completed"] = False
        w.conn.execute(update(C).where(C.c.id == candidate.id).values(**values))
        fresh = w.conn.execute(select(C).where(C.c.id == candidate.id)).one()
        w.change("certification-candidates", fresh.id, fresh.uuid, "update", candidate_resource(fresh))
        return Outcome(200, {"data": certification_report_resource(fresh, _reports_of(w.conn, [fresh.id]).get(
            fresh.id, []))})

    return write(ctx, _candidate_centre(ctx, course_id), action)


def _reports_of(conn, candidate_ids: list[int]) -> dict[int, list]:
    found: dict[int, list] = {}
    if candidate_ids:
        for row in conn.execute(select(R).where(R.c.candidate_id.in_(candidate_ids)).order_by(R.c.id)):
            found.setdefault(row.candidate_id, []).append(row)
    return found


def _started(conn, session_id: int) -> list:
    """Candidates who count as a certification course: joined or started, or with a report or abort reason."""
    has_report = select(R.c.id).where(R.c.candidate_id == C.c.id).exists()
    return conn.execute(select(C).where(C.c.session_id == session_id, or_(
        C.c.joined_at.is_not(None), C.c.abort_reason.is_not(None), C.c.is_completed.is_not(None), has_report,
    )).order_by(C.c.id)).all()


@router.get("/api/sessions/{session_id}/certification-reports")
def certification_reports(session_id: str, ctx: Ctx = Depends(signed_in)):
    """One report per started candidate, with its issue reports in `included`."""
    with read_transaction(ctx.engine) as conn:
        session_row = find_session(conn, ctx.caller, session_id)
        started = _started(conn, session_row.id)
        reports = _reports_of(conn, [c.id for c in started])
    return json_api({
        "data": [certification_report_resource(c, reports.get(c.id, [])) for c in started],
        "included": [issue_report_resource(r) for c in started for r in reports.get(c.id, [])],
    })


def _report_inputs(ctx: Ctx, conn, session_row) -> list[ReportInput]:
    document = ctx.document()
    data = ctx.data()
    included = data.get("included", document.get("included", []))
    if not isinstance(included, list):
        raise ApiError.of("INVALID_PAYLOAD", detail="data.included")
    reports, seen = [], set()
    for index, item in enumerate(included):
        attributes = item.get("attributes") if isinstance(item, dict) else None
        if not isinstance(item, dict) or item.get("type") != "certification-reports" or not isinstance(attributes,
                                                                                                        dict):
            raise ApiError.of("INVALID_PAYLOAD", detail=f"data.included[{index}]")
        pointer = f"/data/included/{index}/attributes"
        # The desktop's document carries its own candidate id as the course id, and the candidate's UUID: the UUID
        # names the candidate on the server, so the document is sent as the desktop wrote it.
        ref = attributes.get("candidate-uuid") or attributes.get("certification-course-id")
        parsed = parse_ref(str(ref)) if isinstance(ref, (int, str)) and not isinstance(ref, bool) else None
        candidate = None if parsed is None else conn.execute(
            select(C).where((C.c.id if parsed[0] == "id" else C.c.uuid) == parsed[1],
                            C.c.session_id == session_row.id)).first()
        if candidate is None:
            raise ApiError(422, Problem("CANDIDATE_NOT_FOUND", None,
                                        {"id": ref, "pointer": f"{pointer}/certification-course-id"}))
        for name in ("has-seen-end-test-screen", "is-completed"):
            if not isinstance(attributes.get(name), bool):
                raise ApiError(422, Problem("INVALID_ATTRIBUTE", None,
                                            {"attribute": name, "pointer": f"{pointer}/{name}"}))
        comment = attributes.get("examiner-comment")
        if candidate.id in seen or comment is not None and not isinstance(comment, str):
            raise ApiError.of("INVALID_PAYLOAD", detail=f"data.included[{index}]")
        seen.add(candidate.id)
        reports.append(ReportInput(candidate.id, attributes["has-seen-end-test-screen"],
                                   attributes["is-completed"], attributes.get("abort-reason"), comment))
    return reports


@router.put("/api/sessions/{session_id}/finalization")
def finalize(session_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    """Section 6: `data.attributes` `examiner-global-comment`, `has-incident`, `has-joining-issue`;
    `data.included` (or top-level `included`) one `certification-reports` per started candidate with
    `certification-course-id` (the candidate's id), `has-seen-end-test-screen`, `is-completed`, `abort-reason`,
    `examiner-comment`. Checks in the platform's order (pixdesk.models.finalisation_rules); 200 with the
    finalised session."""
    resolve = session_centre(ctx.caller, session_id)

    def action(w: Writer) -> Outcome:
        session_row = find_session(w.conn, ctx.caller, session_id)
        attributes = ctx.attributes()
        for name in ("has-incident", "has-joining-issue"):
            if not isinstance(attributes.get(name), bool):
                raise ApiError.of("INVALID_ATTRIBUTE", name.replace("-", "_"), attribute=name)
        comment = attributes.get("examiner-global-comment")
        if comment is not None and not isinstance(comment, str):
            raise ApiError.of("INVALID_ATTRIBUTE", "examiner_global_comment", attribute="examiner-global-comment")
        reports = [] if session_row.finalized_at is not None else _report_inputs(ctx, w.conn, session_row)
        values = check_finalisation(
            already_finalized=session_row.finalized_at is not None, reports=reports, global_comment=comment,
            has_incident=attributes["has-incident"], has_joining_issue=attributes["has-joining-issue"])
        for report in values.reports:
            w.conn.execute(update(C).where(C.c.id == report.candidate_id).values(
                has_seen_end_test_screen=report.has_seen_end_test_screen, is_completed=report.is_completed,
                abort_reason=report.abort_reason, examiner_comment=report.examiner_comment,
                joined_at=func.coalesce(C.c.joined_at, w.now), updated_at=w.now))
        w.conn.execute(update(S).where(S.c.id == session_row.id).values(
            examiner_global_comment=values.examiner_global_comment, has_incident=values.has_incident,
            has_joining_issue=values.has_joining_issue, finalized_at=w.now, updated_at=w.now))
        for candidate in w.conn.execute(select(C).where(C.c.id.in_([r.candidate_id for r in values.reports]))):
            w.change("certification-candidates", candidate.id, candidate.uuid, "update",
                     candidate_resource(candidate))
        fresh = w.conn.execute(select(S).where(S.c.id == session_row.id)).one()
        resource = session_resource(fresh, centre_name(w.conn, fresh.certification_center_id))
        w.change("sessions", fresh.id, fresh.uuid, "update", resource)
        return Outcome(200, {"data": resource})

    return write(ctx, resolve, action)
