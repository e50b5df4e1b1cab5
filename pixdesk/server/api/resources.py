"""Rows as JSON:API resource objects (kebab-case attributes, string ids), and finding a caller's rows."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pixdesk.models.errors import NotFoundError, Problem
from pixdesk.models.session_rules import compute_status
from pixdesk.server import schema
from pixdesk.server.api.context import Caller, parse_ref
from pixdesk.server.errors import ApiError
from pixdesk.server.security import aware

S, C, R = schema.certification_session, schema.certification_candidate, schema.issue_report


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return aware(value).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def session_status(row) -> str:
    return compute_status(row.published_at, row.assigned_certification_officer_id, row.finalized_at)


def session_resource(row, centre_name: str | None = None, kind: str = "sessions") -> dict:
    sid = row.id
    return {
        "type": kind,
        "id": str(sid),
        "attributes": {
            "uuid": row.uuid,
            "address": row.address,
            "room": row.room,
            "date": iso(row.date),
            "time": row.time,
            "examiner": row.examiner,
            "description": row.description,
            "access-code": row.access_code,
            "invigilator-password": row.invigilator_password,
            "status": session_status(row),
            "examiner-global-comment": row.examiner_global_comment,
            "has-incident": bool(row.has_incident),
            "has-joining-issue": bool(row.has_joining_issue),
            "has-supervisor-access": bool(row.has_supervisor_access),
            "finalized-at": iso(row.finalized_at),
            "published-at": iso(row.published_at),
            "version": row.version,
            "certification-center-id": row.certification_center_id,
            "certification-center": centre_name,
            "created-at": iso(row.created_at),
            "updated-at": iso(row.updated_at),
        },
        "relationships": {
            "certification-candidates": {"links": {"related": f"/api/sessions/{sid}/certification-candidates"}},
            "certification-reports": {"links": {"related": f"/api/sessions/{sid}/certification-reports"}},
        },
    }


def candidate_resource(row) -> dict:
    extra = row.extra_time_percentage
    return {
        "type": "certification-candidates",
        "id": str(row.id),
        "attributes": {
            "uuid": row.uuid,
            "session-id": row.session_id,
            "first-name": row.first_name,
            "last-name": row.last_name,
            "sex": row.sex,
            "birthdate": iso(row.birthdate),
            "birth-country": row.birth_country,
            "birth-insee-code": row.birth_insee_code,
            "birth-postal-code": row.birth_postal_code,
            "birth-city": row.birth_city,
            "email": row.email,
            "result-recipient-email": row.result_recipient_email,
            "external-id": row.external_id,
            # As the platform sends it: a decimal fraction (0.33 for 33 %).
            "extra-time-percentage": None if extra is None else round(extra / 100, 4),
            "billing-mode": row.billing_mode,
            "prepayment-code": row.prepayment_code,
            "complementary-certification": row.complementary_certification,
            "incomplete": bool(row.incomplete),
            "is-linked": row.joined_at is not None,
            "joined-at": iso(row.joined_at),
            "created-at": iso(row.created_at),
            "updated-at": iso(row.updated_at),
        },
    }


def issue_report_resource(row) -> dict:
    return {
        "type": "certification-issue-reports",
        "id": str(row.id),
        "attributes": {
            "uuid": row.uuid,
            "certification-report-id": f"CertificationReport-{row.candidate_id}",
            "certification-course-id": row.candidate_id,
            "session-id": row.session_id,
            "code": row.code,
            "category": row.category,
            "subcategory": row.subcategory,
            "description": row.description,
            "question-number": row.question_number,
            "occurred-at": iso(row.occurred_at),
            "added-after-finalization": bool(row.added_after_finalization),
        },
    }


def certification_report_resource(candidate, reports: list) -> dict:
    return {
        "type": "certification-reports",
        "id": f"CertificationReport-{candidate.id}",
        "attributes": {
            "certification-course-id": candidate.id,
            "candidate-uuid": candidate.uuid,
            "first-name": candidate.first_name,
            "last-name": candidate.last_name,
            "has-seen-end-test-screen": candidate.has_seen_end_test_screen,
            "is-completed": candidate.is_completed,
            "abort-reason": candidate.abort_reason,
            "examiner-comment": candidate.examiner_comment,
        },
        "relationships": {"certification-issue-reports": {
            "data": [{"type": "certification-issue-reports", "id": str(r.id)} for r in reports]}},
    }


def journal_event_resource(row) -> dict:
    return {
        "type": "journal-events",
        "id": row.uuid,
        "attributes": {
            "session-id": row.session_id,
            "candidate-id": row.candidate_id,
            "candidate-uuid": row.candidate_uuid,
            "kind": row.kind,
            "data": row.data,
            "recorded-at": row.recorded_at,
            "chain": row.device,
            "sequence": row.sequence,
            "hash": row.hash,
            "previous-hash": row.previous_hash,
            "run": row.run,
            "monotonic-ns": row.monotonic_ns,
            "device": row.device,
            "received-at": iso(row.received_at),
            "after-finalization": bool(row.after_finalization),
        },
    }


# -- Finding rows the caller may see: another centre's row is "not found", never "forbidden" (no leak).

def centre_for(caller: Caller, centre_id: str) -> int:
    ref = parse_ref(centre_id)
    if ref is None or ref[0] != "id" or ref[1] not in caller.centre_ids:
        raise ApiError.of("FORBIDDEN")
    return ref[1]


def _by_ref(table, ref_text: str):
    ref = parse_ref(ref_text)
    if ref is None:
        return None
    column = table.c.id if ref[0] == "id" else table.c.uuid
    return column == ref[1]


def find_session(conn: Connection, caller: Caller, ref_text: str):
    condition = _by_ref(S, ref_text)
    row = None if condition is None else conn.execute(select(S).where(condition)).first()
    if row is None or row.certification_center_id not in caller.centre_ids:
        raise ApiError.from_domain(NotFoundError(Problem("SESSION_NOT_FOUND", None, {"id": ref_text})))
    return row


def find_candidate(conn: Connection, caller: Caller, ref_text: str, session_id: int | None = None):
    """A candidate of one of the caller's centres (and of `session_id` when given), with its session."""
    condition = _by_ref(C, ref_text)
    found = None if condition is None else conn.execute(
        select(C, S.c.certification_center_id.label("centre_id")).join(S, S.c.id == C.c.session_id)
        .where(condition)).first()
    if found is None or found.centre_id not in caller.centre_ids or (
            session_id is not None and found.session_id != session_id):
        raise ApiError.from_domain(NotFoundError(Problem("CANDIDATE_NOT_FOUND", None, {"id": ref_text})))
    return found


def find_issue_report(conn: Connection, caller: Caller, ref_text: str):
    condition = _by_ref(R, ref_text)
    found = None if condition is None else conn.execute(
        select(R, S.c.certification_center_id.label("centre_id")).join(S, S.c.id == R.c.session_id)
        .where(condition)).first()
    if found is None or found.centre_id not in caller.centre_ids:
        raise ApiError.from_domain(NotFoundError(Problem("ISSUE_REPORT_NOT_FOUND", None, {"id": ref_text})))
    return found


def centre_name(conn: Connection, centre_id: int) -> str | None:
    return conn.execute(select(schema.certification_center.c.name)
                        .where(schema.certification_center.c.id == centre_id)).scalar()


def session_centre(caller: Caller, session_ref: str):
    """A write's `resolve` for routes under /api/sessions/{id}: the session's centre, if the caller's."""
    return lambda conn: find_session(conn, caller, session_ref).certification_center_id


def already_created(conn: Connection, table, uuid: str | None, owner_column: str, owner: int):
    """The row a retried or merged create names by its UUID (None when new); another owner's is 409."""
    if uuid is None:
        return None
    existing = conn.execute(select(table).where(table.c.uuid == uuid)).first()
    if existing is not None and getattr(existing, owner_column) != owner:
        raise ApiError.of("UUID_ALREADY_USED", uuid=uuid)
    return existing
