"""The checks the platform runs when a centre finalises a session, in its order (reference section 6).

Shared by the desktop's finalisation wizard and the central server. There are no "certification courses" in
PixDesk: a candidate who started is the course, and a certification report is that candidate's line.

`finalisation_problems` lists every check that fails, in the platform's order, so that the desktop can show them
all at once (each naming the candidates at fault); `check_finalisation` raises the first one as the platform does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pixdesk.models.errors import DomainError, Problem, ValidationError
from pixdesk.models.incidents import MAX_GLOBAL_COMMENT_LENGTH
from pixdesk.models.issue_reports import ABORT_REASONS

MAX_EXAMINER_COMMENT_LENGTH = 500

ALREADY_FINALIZED = "SESSION_ALREADY_FINALIZED"
WITHOUT_STARTED_CERTIFICATION = "SESSION_WITHOUT_STARTED_CERTIFICATION"
ABORT_REASON_NOT_VALID = "ABORT_REASON_NOT_VALID"
MISSING_ABORT_REASON = "UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON"
ABORT_REASON_ON_COMPLETED = "SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE"
EXAMINER_COMMENT_TOO_LONG = "EXAMINER_COMMENT_TOO_LONG"
GLOBAL_COMMENT_TOO_LONG = "SESSION_GLOBAL_COMMENT_TOO_LONG"
# The platform answers these with a conflict or a bad request; the others are field errors (422).
_REFUSALS = frozenset({ALREADY_FINALIZED, WITHOUT_STARTED_CERTIFICATION, MISSING_ABORT_REASON,
                       ABORT_REASON_ON_COMPLETED})
_COMMENT_CODES = frozenset({EXAMINER_COMMENT_TOO_LONG, GLOBAL_COMMENT_TOO_LONG})


@dataclass
class ReportInput:
    """One started candidate's line of the finalisation (a Pix "certification-reports" entry)."""

    candidate_id: int
    has_seen_end_test_screen: bool
    is_completed: bool
    abort_reason: str | None = None
    examiner_comment: str | None = None


@dataclass(frozen=True)
class FinalisationValues:
    examiner_global_comment: str | None
    has_incident: bool
    has_joining_issue: bool
    reports: tuple[ReportInput, ...]


class FinalisationError(DomainError):
    """A refusal the platform answers with a conflict or a bad request, not a field error."""


def clean_global_comment(comment: str | None) -> str | None:
    """The comment as stored and sent: trimmed, None when blank."""
    return comment.strip() if comment and comment.strip() else None


def finalisation_problems(*, already_finalized: bool, reports: Sequence[ReportInput],
                          global_comment: str | None) -> list[Problem]:
    """Every failing check, in the platform's order. A finalised session or one nobody started stops there:
    nothing else means anything then. Candidate problems carry `candidates` (their ids)."""
    if already_finalized:
        return [Problem(ALREADY_FINALIZED)]
    if not reports:
        return [Problem(WITHOUT_STARTED_CERTIFICATION)]
    problems = []
    bad_reasons = [r.candidate_id for r in reports if r.abort_reason is not None and r.abort_reason not in ABORT_REASONS]
    if bad_reasons:
        problems.append(Problem(ABORT_REASON_NOT_VALID, "abort_reason", {"candidates": bad_reasons}))
    missing = [r.candidate_id for r in reports if not r.is_completed and not r.abort_reason]
    if missing:
        problems.append(Problem(MISSING_ABORT_REASON, "abort_reason", {"candidates": missing}))
    stray = [r.candidate_id for r in reports if r.is_completed and r.abort_reason]
    if stray:
        problems.append(Problem(ABORT_REASON_ON_COMPLETED, "abort_reason", {"candidates": stray}))
    long_comments = [r.candidate_id for r in reports
                     if r.examiner_comment and len(r.examiner_comment) > MAX_EXAMINER_COMMENT_LENGTH]
    if long_comments:
        problems.append(Problem(EXAMINER_COMMENT_TOO_LONG, "examiner_comment",
                                {"max": MAX_EXAMINER_COMMENT_LENGTH, "candidates": long_comments}))
    comment = clean_global_comment(global_comment)
    if comment is not None and len(comment) > MAX_GLOBAL_COMMENT_LENGTH:
        problems.append(Problem(GLOBAL_COMMENT_TOO_LONG, "examiner_global_comment",
                                {"max": MAX_GLOBAL_COMMENT_LENGTH}))
    return problems


def raise_first(problems: Sequence[Problem]) -> None:
    """Raise as the platform answers: its first failing check (both comment lengths together, as one 422)."""
    if not problems:
        return
    first = problems[0]
    if first.code in _REFUSALS:
        raise FinalisationError(first)
    if first.code in _COMMENT_CODES:
        raise ValidationError([p for p in problems if p.code in _COMMENT_CODES])
    raise ValidationError(first)


def check_finalisation(*, already_finalized: bool, reports: Sequence[ReportInput], global_comment: str | None,
                       has_incident: bool, has_joining_issue: bool) -> FinalisationValues:
    """Raise on the first failing check, in the platform's order; return the values to store.

    `reports` holds one line per candidate who started; an abort reason counts only on an unfinished one."""
    raise_first(finalisation_problems(already_finalized=already_finalized, reports=reports,
                                      global_comment=global_comment))
    return FinalisationValues(clean_global_comment(global_comment), bool(has_incident), bool(has_joining_issue),
                              tuple(reports))
