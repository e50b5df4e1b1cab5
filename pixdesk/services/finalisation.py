"""Finalising a session from its room journal: the wizard's state, its draft, the attached documents, and the
finalisation itself, in one transaction, with its record ready for the sync.

The wizard, the command line and the tests call these; the checks are the platform's, shared with the server
(pixdesk.models.finalisation_rules), plus PixDesk's own on the issue reports about to be sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlmodel import Session, select

from pixdesk.models import finalisation as f
from pixdesk.models import finalisation_rules as rules
from pixdesk.models import journal as j
from pixdesk.models import room as r
from pixdesk.models.errors import DomainError, NotFoundError, Problem, ValidationError
from pixdesk.models.incidents import get_code
from pixdesk.models.issue_reports import IssueReportInput
from pixdesk.models.tables import CertificationSession, FinalisationDraft, SessionDocument, SessionFinalisation, \
    key_of, utc_now
from pixdesk.services.attachments import Attachment, check_kind
from pixdesk.services.changes import identity, record_change
from pixdesk.services.clock import RoomClock
from pixdesk.services.journal import EventSpec, append, ensure_intact, room_transaction
from pixdesk.services.room import CandidateOutcome, IncidentView, Room, RoomReport, read_room, report_of
from pixdesk.services.sessions import SessionSummary, get_session, load_session, summary_of
from pixdesk.store import Database

@dataclass(frozen=True)
class DocumentView:
    id: int
    uuid: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    kind: str
    page_count: int | None
    added_at: datetime

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "uuid": self.uuid, "file_name": self.file_name, "media_type": self.media_type, "size": self.size,
                "sha256": self.sha256, "kind": self.kind, "page_count": self.page_count}


@dataclass(frozen=True)
class SentIncident:
    """An incident of the journal and the issue report it is sent as."""

    view: IncidentView
    sent: IssueReportInput
    problems: tuple[Problem, ...]


@dataclass
class Finalisation:
    """Everything the wizard shows for one session, computed from the store."""

    session: SessionSummary
    report: RoomReport
    answers: Answers
    lines: list[f.ReportLine]
    incidents: dict[int, list[SentIncident]]  # by candidate id, oldest first
    documents: list[DocumentView]
    draft_saved_at: datetime | None = None
    record: SessionFinalisation | None = None
    grid: str = "pv"  # the centre's incident grid, for adding incidents
    chain_problems: list[j.ChainProblem] = field(default_factory=list)

    @property
    def finalised(self) -> bool:
        return self.session.finalized

    @property
    def unavailable(self) -> Problem | None:
        """Why the wizard cannot finalise (None when it can)."""
        if self.session.finalized:
            return Problem(rules.ALREADY_FINALIZED)
        if not self.lines:
            return Problem(rules.WITHOUT_STARTED_CERTIFICATION)
        return None

    def problems(self) -> list[Problem]:
        """Every check that fails now, the platform's first, in its order, then the issue reports'."""
        return _problems(self.session.finalized, self.lines, self.answers, self.incidents, self.chain_problems,
                         self.session.id)

    def document(self) -> dict[str, Any]:
        return f.finalisation_document(self.answers.comment, self.answers.has_incident,
                                       self.answers.has_joining_issue, self.lines)


Answers = f.Answers


def _journal_line(outcome: CandidateOutcome) -> f.JournalLine:
    return f.JournalLine(outcome.candidate_id, outcome.candidate_uuid, outcome.last_name, outcome.first_name,
                         outcome.state, outcome.completed, outcome.end_screen_seen, outcome.abort_reason)


def _sent(view: IncidentView) -> SentIncident:
    code = get_code(view.code, view.grid)
    missing = r.missing_details(code, view.question_number, view.description, view.exit_time)
    problems: tuple[Problem, ...]
    sent = f.sent_issue_report(code, view.question_number, view.description, view.exit_time)
    if missing:
        problems = (Problem(f.INCIDENT_INCOMPLETE, "incident", {
            "name": view.candidate_name, "incident_code": view.code, "missing": ", ".join(missing),
            "candidates": [view.candidate_id], "incident": view.id}),)
    else:
        try:
            f.check_issue_report(sent, candidate_id=view.candidate_id, incident_id=view.id)
            problems = ()
        except ValidationError as error:
            problems = tuple(error.problems)
    return SentIncident(view, sent, problems)


def _problems(finalised: bool, lines: Sequence[f.ReportLine], answers: Answers,
              incidents: dict[int, list[SentIncident]], chain_problems: Sequence[j.ChainProblem],
              session_id: int) -> list[Problem]:
    problems = rules.finalisation_problems(already_finalized=finalised, reports=[x.report_input() for x in lines],
                                           global_comment=answers.comment)
    if finalised or not lines:
        return problems
    for line in lines:
        for item in incidents.get(line.candidate_id, []):
            problems += item.problems
    if chain_problems:
        first = chain_problems[0]
        problems.append(Problem("JOURNAL_BROKEN", None, {"session_id": session_id, "sequence": first.sequence,
                                                          "event": first.event_id}))
    return problems


def _build(session: Session, summary: SessionSummary, room: Room) -> Finalisation:
    report = report_of(room)
    draft = session.get(FinalisationDraft, summary.id)
    if room.state.finalised is not None:  # what was finalised, as the journal sealed it
        answers = _sealed_answers(room.state.finalised.data)
    else:
        answers = Answers.from_json(draft.answers, draft.step) if draft else Answers()
    started = [c for c in report.candidates if c.started]
    lines = [f.resolve_line(_journal_line(c), answers) for c in started]
    incidents = {c.candidate_id: [_sent(i) for i in c.incidents] for c in started}
    record = session.exec(select(SessionFinalisation).where(SessionFinalisation.session_id == summary.id)).first()
    return Finalisation(summary, report, answers, lines, incidents, _documents(session, summary.id),
                        draft.updated_at if draft else None, record, room.grid, room.chain_problems)


def _sealed_answers(data: Mapping[str, Any]) -> Answers:
    reports = data.get("reports") or []
    return Answers(
        step=f.STEP_COMMENT, end_screen_seen={x["candidate"]: bool(x["end_screen_seen"]) for x in reports},
        abort_reasons={x["candidate"]: x.get("abort_reason") for x in reports}, comment=data.get("comment"),
        has_incident=bool(data.get("has_incident")), has_joining_issue=bool(data.get("has_joining_issue")))


def load_finalisation(db: Database, session_id: int) -> Finalisation:
    summary = get_session(db, session_id)
    with db.session() as session:
        return _build(session, summary, read_room(session, session_id, summary))


def availability(db: Database, session_id: int) -> Problem | None:
    """Why "Finaliser la session" is not available now (None: it is)."""
    return load_finalisation(db, session_id).unavailable


# --- the draft


def save_draft(db: Database, session_id: int, answers: Answers) -> datetime:
    """Keep what the manager entered so far (and the step they are on). Local to this desktop, not synced."""
    with db.transaction() as session:
        row = load_session(session, session_id)
        if row.finalized_at is not None:
            raise ValidationError(Problem(rules.ALREADY_FINALIZED))
        draft = session.get(FinalisationDraft, session_id) or FinalisationDraft(session_id=session_id)
        draft.step, draft.answers, draft.updated_at = answers.step, answers.as_json(), utc_now()
        session.add(draft)
        return draft.updated_at


def discard_draft(db: Database, session_id: int) -> None:
    with db.transaction() as session:
        draft = session.get(FinalisationDraft, session_id)
        if draft is not None:
            session.delete(draft)


# --- documents


def _document_view(row: SessionDocument) -> DocumentView:
    return DocumentView(key_of(row), row.uuid, row.file_name, row.media_type, row.size, row.sha256, row.kind,
                        row.page_count, row.created_at)


def _documents(session: Session, session_id: int) -> list[DocumentView]:
    rows = session.connection().exec_driver_sql(
        "SELECT id, uuid, file_name, media_type, size, sha256, kind, page_count, created_at FROM session_document "
        "WHERE session_id = ? ORDER BY id", (session_id,)).fetchall()
    return [DocumentView(id_, uuid, name, media_type, size, sha256, kind, pages, _stored_time(added))
            for id_, uuid, name, media_type, size, sha256, kind, pages, added in rows]


def _stored_time(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _writable(session: Session, session_id: int) -> CertificationSession:
    row = load_session(session, session_id)
    if row.finalized_at is not None:
        raise ValidationError(Problem(rules.ALREADY_FINALIZED))
    return row


def _store_document(session: Session, row: CertificationSession, item: Attachment) -> SessionDocument:
    existing = session.exec(select(SessionDocument.file_name).where(
        SessionDocument.session_id == row.id, SessionDocument.sha256 == item.sha256)).first()
    if existing is not None:
        raise ValidationError(Problem("DOCUMENT_ALREADY_ATTACHED", "attach",
                                      {"name": item.file_name, "existing": existing}))
    stored = SessionDocument(session_id=key_of(row), file_name=item.file_name, media_type=item.media_type,
                             size=item.size, sha256=item.sha256, content=item.content, kind=item.kind,
                             page_count=item.page_count)
    session.add(stored)
    record_change(session, stored, "create", {"file_name": item.file_name, "sha256": item.sha256})
    return stored


def attach_document(db: Database, session_id: int, item: Attachment) -> DocumentView:
    """Copy a checked file into the store (refused once the session is finalised, or if it is already there)."""
    with db.transaction() as session:
        stored = _store_document(session, _writable(session, session_id), item)
        session.flush()
        return _document_view(stored)


def _own_document(session: Session, session_id: int, document_id: int) -> SessionDocument:
    stored = session.get(SessionDocument, document_id)
    if stored is None or stored.session_id != session_id:
        raise NotFoundError(Problem("DOCUMENT_NOT_IN_SESSION", "document",
                                    {"id": document_id, "session_id": session_id}))
    return stored


def remove_document(db: Database, session_id: int, document_id: int) -> DocumentView:
    with db.transaction() as session:
        _writable(session, session_id)
        stored = _own_document(session, session_id, document_id)
        view = _document_view(stored)
        record_change(session, stored, "delete", {"file_name": stored.file_name, "sha256": stored.sha256})
        session.delete(stored)
        return view


def set_document_kind(db: Database, session_id: int, document_id: int, kind: str) -> DocumentView:
    check_kind(kind)
    with db.transaction() as session:
        _writable(session, session_id)
        stored = _own_document(session, session_id, document_id)
        if stored.kind != kind:
            stored.kind = kind
            record_change(session, stored, "update", {"kind": kind})
        return _document_view(stored)


def document_content(db: Database, document_id: int) -> bytes:
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT content FROM session_document WHERE id = ?", (document_id,)).first()
    if found is None:
        raise NotFoundError(Problem("DOCUMENT_NOT_IN_SESSION", "document", {"id": document_id, "session_id": "?"}))
    return bytes(found[0])


# --- finalising


def _raise_all(problems: list[Problem]) -> None:
    if problems:
        error = rules.FinalisationError if problems[0].code in (
            rules.ALREADY_FINALIZED, rules.WITHOUT_STARTED_CERTIFICATION) else ValidationError
        raise error(problems)


def _issue_reports(state: Finalisation) -> list[dict[str, Any]]:
    sent = []
    for line in state.lines:
        for item in state.incidents.get(line.candidate_id, []):
            values = f.check_issue_report(item.sent, candidate_id=line.candidate_id, incident_id=item.view.id)
            sent.append({"incident_id": item.view.id, "code": item.view.code, "grid": item.view.grid,
                         "sent_as": item.view.current_code, "candidate_uuid": line.journal.candidate_uuid,
                         "certification-course-id": line.candidate_id,
                         "document": f.issue_report_document(values)})
    return sent


def _abort_reasons(lines: Sequence[f.ReportLine]) -> list[dict[str, Any]]:
    return [{"candidate_uuid": x.journal.candidate_uuid, "certification-course-id": x.candidate_id,
             "reason": x.abort_reason, "document": f.abort_document(x.abort_reason)}
            for x in lines if not x.completed and x.abort_reason]


def _sealing_event(state: Finalisation, documents: Sequence[DocumentView], actor: str) -> EventSpec:
    return EventSpec(j.SESSION_FINALISED, None, {
        "by": actor, "comment": rules.clean_global_comment(state.answers.comment),
        "has_incident": state.answers.has_incident, "has_joining_issue": state.answers.has_joining_issue,
        "reports": [{"candidate": x.journal.candidate_uuid, "end_screen_seen": x.end_screen_seen,
                     "completed": x.completed, "abort_reason": x.abort_reason} for x in state.lines],
        "documents": [d.sha256 for d in documents]})


def finalise(db: Database, session_id: int, answers: Answers, *, clock: RoomClock, actor: str | None = None,
             attachments: Sequence[Attachment] = ()) -> SessionFinalisation:
    """Finalise the session, as one transaction: the given files stored, the journal sealed with the answers, the
    session finalised (status, date, comment, the two flags) and the finalisation's record written for the sync.
    Refused with every problem at once (each naming its candidates), and then nothing is written."""
    with room_transaction(db) as session:
        by = actor or identity(session).actor
        row = load_session(session, session_id)
        summary = summary_of(session, row)
        room = read_room(session, session_id, summary)
        state = _build(session, summary, room)
        state.answers = answers
        state.lines = [f.resolve_line(x.journal, answers) for x in state.lines]
        _raise_all(state.problems())
        ensure_intact(room.events, session_id)
        issue_reports = _issue_reports(state)
        stored = [_store_document(session, row, item) for item in attachments]
        session.flush()
        documents = state.documents + [_document_view(d) for d in stored]
        events = append(session, row, [_sealing_event(state, documents, by)], clock)
        now = clock.now()
        row.finalized_at = now
        row.examiner_global_comment = rules.clean_global_comment(answers.comment)
        row.has_incident, row.has_joining_issue = answers.has_incident, answers.has_joining_issue
        record_change(session, row, "update", {"finalized": True})
        record = SessionFinalisation(
            session_id=key_of(row), finalized_at=now, finalized_by=by,
            journal_fingerprint=j.fingerprint([*room.events, *events]), document=state.document(),
            issue_reports=issue_reports, abort_reasons=_abort_reasons(state.lines),
            documents=[{k: v for k, v in d.as_json().items() if k != "id"} for d in documents])
        session.add(record)
        record_change(session, record, "create", {"candidates": len(state.lines), "by": by})
        draft = session.get(FinalisationDraft, session_id)
        if draft is not None:
            session.delete(draft)
        return record


def finalisation_record(db: Database, session_id: int) -> SessionFinalisation:
    """The stored finalisation of a finalised session."""
    with db.session() as session:
        load_session(session, session_id)
        record = session.exec(select(SessionFinalisation).where(SessionFinalisation.session_id == session_id)).first()
        if record is None:
            raise DomainError(Problem("FINALISATION_NOT_FOUND", "session_id", {"id": session_id}))
        return record
