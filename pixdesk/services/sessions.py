"""Creating, changing, listing and deleting certification sessions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from pixdesk.models.codes import generate_access_code, generate_invigilator_password
from pixdesk.models.errors import NotFoundError, Problem, ValidationError
from pixdesk.models.session_rules import SessionInput, SessionValues, compute_status, validate_session
from pixdesk.models.tables import Candidate, CertificationSession, key_of
from pixdesk.services.centres import current_centre
from pixdesk.services.changes import CREATE, DELETE, UPDATE, record_change
from pixdesk.services.journal import has_journal
# The list and the summary live apart so that `pixdesk session list` loads no ORM; callers find them here too.
from pixdesk.services.session_list import SessionSummary as SessionSummary
from pixdesk.services.session_list import aware_utc
from pixdesk.services.session_list import json_time as json_time
from pixdesk.services.session_list import list_sessions as list_sessions
from pixdesk.store import Database


def status_of(row: CertificationSession) -> str:
    return compute_status(row.published_at, row.assigned_certification_officer_id, row.finalized_at)


def _summary(row: CertificationSession, candidate_count: int, joined_count: int) -> SessionSummary:
    return SessionSummary(
        id=key_of(row), uuid=row.uuid, access_code=row.access_code, invigilator_password=row.invigilator_password,
        site=row.site, room=row.room, date=row.date, time=row.time, examiner=row.examiner,
        description=row.description, status=status_of(row), candidate_count=candidate_count or 0,
        joined_count=joined_count or 0, finalized=row.finalized_at is not None,
        examiner_global_comment=row.examiner_global_comment, test_length_minutes=row.test_length_minutes,
        server_id=row.server_id,
        finalized_at=aware_utc(row.finalized_at),
    )


def summary_of(session: Session, row: CertificationSession) -> SessionSummary:
    """The summary of a session row read in the caller's transaction."""
    return _summary(row, *_counts(session, [key_of(row)]).get(key_of(row), (0, 0)))


def load_session(session: Session, session_id: int) -> CertificationSession:
    row = session.get(CertificationSession, session_id)
    if row is None:
        raise NotFoundError(Problem("SESSION_NOT_FOUND", "session_id", {"id": session_id}))
    return row


def _access_code_taken(session: Session) -> Callable[[str], bool]:
    return lambda code: session.exec(
        select(CertificationSession.id).where(col(CertificationSession.access_code) == code)
    ).first() is not None


def _apply(row: CertificationSession, values: SessionValues) -> None:
    row.site, row.room, row.date = values.site, values.room, values.date
    row.time, row.examiner, row.description = values.time, values.examiner, values.description


def create_session(db: Database, data: SessionInput, *, today: date | None = None,
                   allow_past: bool = False) -> SessionSummary:
    values = validate_session(data, today=None if allow_past else (today or date.today()), creating=True)
    with db.transaction() as session:
        centre = current_centre(session)
        row = CertificationSession(
            certification_center_id=key_of(centre), site=values.site, room=values.room, date=values.date,
            time=values.time, examiner=values.examiner, description=values.description,
            access_code=generate_access_code(_access_code_taken(session)),
            invigilator_password=generate_invigilator_password(),
        )
        session.add(row)
        record_change(session, row, CREATE)
        return _summary(row, 0, 0)


def update_session(db: Database, session_id: int, data: SessionInput) -> SessionSummary:
    """Fields not given keep their value. Allowed until finalisation (observations are often added late)."""
    with db.transaction() as session:
        row = load_session(session, session_id)
        if row.finalized_at is not None:
            raise ValidationError(Problem("SESSION_ALREADY_FINALIZED"))
        merged = SessionInput(
            site=row.site if data.site is None else data.site,
            room=row.room if data.room is None else data.room,
            date=row.date if data.date is None else data.date,
            time=row.time if data.time is None else data.time,
            examiner=row.examiner if data.examiner is None else data.examiner,
            description=row.description if data.description is None else data.description,
        )
        _apply(row, validate_session(merged, creating=False))
        record_change(session, row, UPDATE)
        return summary_of(session, row)


def delete_session(db: Database, session_id: int) -> None:
    with db.transaction() as session:
        row = load_session(session, session_id)
        # A room journal is append-only evidence: a session whose room has been used is kept.
        if summary_of(session, row).joined_count > 0 or has_journal(session, key_of(row)):
            raise ValidationError(Problem("SESSION_STARTED_DELETION_ERROR"))
        record_change(session, row, DELETE, {"id": row.id, "access_code": row.access_code})
        session.delete(row)


def _counts(session: Session, ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
    query = select(
        col(Candidate.session_id), func.count(col(Candidate.id)), func.count(col(Candidate.joined_at))
    ).group_by(col(Candidate.session_id))
    if ids is not None:
        query = query.where(col(Candidate.session_id).in_(ids))
    return {sid: (total, joined) for sid, total, joined in session.exec(query)}


def get_session(db: Database, session_id: int) -> SessionSummary:
    with db.session() as session:
        row = load_session(session, session_id)
        return summary_of(session, row)
