"""Finalising a session (reference section 6), Qt-free and store-free: the manager's answers (the wizard's draft),
each started candidate's line resolved from the journal and those answers, the issue reports as the platform takes
them, the JSON:API documents sent, and which step of the wizard a problem points at.

What PixDesk sends is what the platform accepts today: an incident noted with a printed-grid code the platform no
longer takes (C3, C5, E6, E7, A1, A2) is sent as its current equivalent (incidents.current_equivalent), its own
code, label, question number and exit time kept in the description so nothing the invigilator wrote is lost.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pixdesk.models import finalisation_rules as rules
from pixdesk.models import room as r
from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.incidents import IncidentCode, current_equivalent
from pixdesk.models.issue_reports import IN_CHALLENGE, IssueReportInput, IssueReportValues, validate_issue_report
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

STEP_CANDIDATES, STEP_DOCUMENTS, STEP_COMMENT = 1, 2, 3
STEPS = (STEP_CANDIDATES, STEP_DOCUMENTS, STEP_COMMENT)

# What an attached document is (seed 004, step 2: the signed attendance sheet, the PV d'incident, a PV de fraude,
# a photo of a screen).
DOCUMENT_KINDS = ("attendance_sheet", "incident_report", "fraud_report", "photo", "other")
_DOCUMENT_KIND_LABELS = {
    "attendance_sheet": QT_TRANSLATE_NOOP("finalisation", "Feuille d'émargement signée"),
    "incident_report": QT_TRANSLATE_NOOP("finalisation", "PV d'incident"),
    "fraud_report": QT_TRANSLATE_NOOP("finalisation", "PV de fraude"),
    "photo": QT_TRANSLATE_NOOP("finalisation", "Photo"),
    "other": QT_TRANSLATE_NOOP("finalisation", "Autre document"),
}
# Problems of the wizard's first step (candidates), of its second (documents) and of its third (comment);
# the others concern the whole session.
_STEP_OF = {
    rules.ABORT_REASON_NOT_VALID: STEP_CANDIDATES, rules.MISSING_ABORT_REASON: STEP_CANDIDATES,
    rules.ABORT_REASON_ON_COMPLETED: STEP_CANDIDATES, rules.EXAMINER_COMMENT_TOO_LONG: STEP_CANDIDATES,
    rules.GLOBAL_COMMENT_TOO_LONG: STEP_COMMENT,
}
INCIDENT_INCOMPLETE = "FINALISATION_INCIDENT_INCOMPLETE"
CANDIDATE_NOT_STARTED = "FINALISATION_CANDIDATE_NOT_STARTED"


def document_kind_label(kind: str, lang: str | None = None) -> str:
    return translate("finalisation", _DOCUMENT_KIND_LABELS.get(kind, _DOCUMENT_KIND_LABELS["other"]), lang)


def step_of(problem: Problem) -> int | None:
    """The wizard step a problem points at (None: the session as a whole)."""
    if problem.code in _STEP_OF:
        return _STEP_OF[problem.code]
    if problem.code.startswith(("ISSUE_REPORT_", "INCIDENT_", "FINALISATION_INCIDENT", "FINALISATION_CANDIDATE")):
        return STEP_CANDIDATES
    if problem.code.startswith("DOCUMENT_"):
        return STEP_DOCUMENTS
    return None


def candidates_of(problem: Problem) -> list[int]:
    """The candidates (ids) a problem names: the rows at fault."""
    found: Any = problem.params.get("candidates") or []
    return [int(c) for c in found]


# --- the manager's answers: what the draft keeps


@dataclass
class Answers:
    """What the manager set, over what the journal says: only values that differ from the journal are kept per
    candidate (by UUID), so a journal merged later still shows through where the manager changed nothing."""

    step: int = STEP_CANDIDATES
    end_screen_seen: dict[str, bool] = field(default_factory=dict)
    abort_reasons: dict[str, str | None] = field(default_factory=dict)
    comment: str | None = None
    has_incident: bool = False
    has_joining_issue: bool = False

    def as_json(self) -> str:
        """The draft's text (its step is stored beside it)."""
        return json.dumps({"end_screen_seen": self.end_screen_seen,
                           "abort_reasons": self.abort_reasons, "comment": self.comment,
                           "has_incident": self.has_incident, "has_joining_issue": self.has_joining_issue},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None, step: int | None = None) -> Answers:
        """A stored draft; anything unreadable in it is dropped rather than refused (it is only a draft)."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        seen = data.get("end_screen_seen")
        reasons = data.get("abort_reasons")
        comment = data.get("comment")
        return cls(
            step=step if step in STEPS else STEP_CANDIDATES,
            end_screen_seen={str(k): bool(v) for k, v in seen.items()} if isinstance(seen, dict) else {},
            abort_reasons={str(k): (v if isinstance(v, str) else None) for k, v in reasons.items()}
            if isinstance(reasons, dict) else {},
            comment=comment if isinstance(comment, str) else None,
            has_incident=data.get("has_incident") is True,
            has_joining_issue=data.get("has_joining_issue") is True,
        )


@dataclass(frozen=True)
class JournalLine:
    """A started candidate as the room's journal leaves them."""

    candidate_id: int
    candidate_uuid: str
    last_name: str
    first_name: str
    state: str
    completed: bool
    end_screen_seen: bool
    abort_reason: str | None


@dataclass(frozen=True)
class ReportLine:
    """One started candidate's line of the finalisation: the journal's values with the manager's answers over them."""

    journal: JournalLine
    end_screen_seen: bool
    completed: bool
    abort_reason: str | None

    @property
    def candidate_id(self) -> int:
        return self.journal.candidate_id

    @property
    def settled(self) -> bool:
        """The journal says how the test ended; a test still "en cours" there is settled by the manager."""
        return self.journal.state != r.RUNNING

    @property
    def needs_abort_reason(self) -> bool:
        return not self.completed

    def report_input(self) -> rules.ReportInput:
        return rules.ReportInput(self.candidate_id, self.end_screen_seen, self.completed, self.abort_reason)


def resolve_line(journal: JournalLine, answers: Answers) -> ReportLine:
    """The line sent for a candidate. Completion is the journal's once the test ended there; for a test the
    journal left running, the end screen seen means the candidate finished (as in the room), else not."""
    uuid = journal.candidate_uuid
    seen = answers.end_screen_seen.get(uuid, journal.end_screen_seen)
    completed = journal.completed if journal.state != r.RUNNING else seen
    reason = answers.abort_reasons[uuid] if uuid in answers.abort_reasons else journal.abort_reason
    return ReportLine(journal, seen, completed, reason)


def answers_after(answers: Answers, journal: JournalLine, *, end_screen_seen: bool | None = None,
                  abort_reason: str | None | bool = False) -> Answers:
    """The answers with one candidate's value changed; a value equal to the journal's is not kept.
    `abort_reason=False` leaves it alone (None clears it)."""
    uuid = journal.candidate_uuid
    seen = dict(answers.end_screen_seen)
    reasons = dict(answers.abort_reasons)
    if end_screen_seen is not None:
        if end_screen_seen == journal.end_screen_seen:
            seen.pop(uuid, None)
        else:
            seen[uuid] = end_screen_seen
    if abort_reason is not False:
        if abort_reason == journal.abort_reason:
            reasons.pop(uuid, None)
        else:
            reasons[uuid] = abort_reason  # type: ignore[assignment]
    return Answers(answers.step, seen, reasons, answers.comment, answers.has_incident, answers.has_joining_issue)


# --- issue reports as the platform takes them


def sent_issue_report(code: IncidentCode, question_number: int | None, description: str | None,
                      exit_time: str | None) -> IssueReportInput:
    """The issue report sent for an incident: its own category when the platform still takes it, else its
    current equivalent's, with the printed code's meaning kept in the description (in French: the platform's)."""
    current = current_equivalent(code)
    if (current.category, current.subcategory) == (code.category, code.subcategory):
        return IssueReportInput(code.category, code.subcategory, description, question_number)
    parts = [f"{code.code} – {code.label('fr')}"]
    if question_number is not None and current.category != IN_CHALLENGE:
        parts.append(f"question {question_number}")
    if exit_time:
        parts.append(f"sortie à {exit_time}")
    text = " ; ".join(parts)
    if description:
        text = f"{text} : {description}"
    number = question_number if current.category == IN_CHALLENGE else None
    return IssueReportInput(current.category, current.subcategory, text, number)


def check_issue_report(item: IssueReportInput, *, candidate_id: int, incident_id: str) -> IssueReportValues:
    """The shared rules on a report about to be sent; problems name the candidate and the incident."""
    try:
        return validate_issue_report(item)
    except ValidationError as error:
        raise ValidationError([Problem(p.code, p.field, {**p.params, "candidates": [candidate_id],
                                                         "incident": incident_id}) for p in error.problems]) from None


def issue_report_document(values: IssueReportValues) -> dict[str, Any]:
    """Body of POST /api/certification-reports/{courseId}/certification-issue-reports."""
    return {"data": {"type": "certification-issue-reports", "attributes": {
        "category": values.category, "subcategory": values.subcategory, "description": values.description,
        "question-number": values.question_number}}}


def abort_document(reason: str) -> dict[str, Any]:
    """Body of POST /api/certification-reports/{courseId}/abort."""
    return {"data": {"reason": reason}}


def report_id(candidate_id: int) -> str:
    return f"CertificationReport-{candidate_id}"


def finalisation_document(comment: str | None, has_incident: bool, has_joining_issue: bool,
                          lines: Sequence[ReportLine]) -> dict[str, Any]:
    """Body of PUT /api/sessions/{id}/finalization, as Pix Certif's session-management adapter writes it:
    `data.attributes` and `data.included`, one certification report per started candidate. The course id is the
    candidate's id in this store; `candidate-uuid` lets the sync find the candidate on the server."""
    return {"data": {
        "attributes": {"examiner-global-comment": rules.clean_global_comment(comment),
                       "has-incident": bool(has_incident), "has-joining-issue": bool(has_joining_issue)},
        "included": [{"type": "certification-reports", "id": report_id(line.candidate_id), "attributes": {
            "certification-course-id": line.candidate_id, "first-name": line.journal.first_name,
            "last-name": line.journal.last_name, "has-seen-end-test-screen": bool(line.end_screen_seen),
            "is-completed": bool(line.completed),
            "abort-reason": line.abort_reason,
            "examiner-comment": None, "candidate-uuid": line.journal.candidate_uuid,
        }} for line in lines],
    }}


def summary_counts(lines: Sequence[ReportLine]) -> Mapping[str, int]:
    return {"started": len(lines), "completed": sum(1 for x in lines if x.completed),
            "unfinished": sum(1 for x in lines if not x.completed),
            "end_screen_seen": sum(1 for x in lines if x.end_screen_seen)}
