"""Issue reports ("signalements") as the platform validates them (reference section 5), shared by the desktop's
room view and the central server, so a report one accepts the other accepts too."""

from __future__ import annotations

from dataclasses import dataclass

from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.incidents import MAX_DESCRIPTION_LENGTH, MAX_QUESTION_NUMBER

IN_CHALLENGE = "IN_CHALLENGE"
# Category -> the subcategories it takes (empty: it takes none).
LIVE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "CANDIDATE_INFORMATIONS_CHANGES": ("NAME_OR_BIRTHDATE", "EXTRA_TIME_PERCENTAGE"),
    "SIGNATURE_ISSUE": (),
    IN_CHALLENGE: ("IMAGE_NOT_DISPLAYING", "EMBED_NOT_WORKING", "FILE_NOT_OPENING", "WEBSITE_UNAVAILABLE",
                   "WEBSITE_BLOCKED", "EXTRA_TIME_EXCEEDED", "SOFTWARE_NOT_WORKING", "UNINTENTIONAL_FOCUS_OUT",
                   "SKIP_ON_OOPS", "ACCESSIBILITY_ISSUE"),
    "FRAUD": (),
    "NON_BLOCKING_CANDIDATE_ISSUE": (),
    "NON_BLOCKING_TECHNICAL_ISSUE": (),
}
# What the platform no longer creates, but the legacy codes of the printed PV d'incident (C3, C5, E6, E7, A1, A2)
# still mean: PixDesk keeps them so nothing an invigilator wrote is refused.
DEPRECATED_CATEGORIES: dict[str, tuple[str, ...]] = {
    "OTHER": (),
    "TECHNICAL_PROBLEM": (),
    "LATE_OR_LEAVING": ("LEFT_EXAM_ROOM", "SIGNATURE_ISSUE"),
    "CONNECTION_OR_END_SCREEN": (),
}
DEPRECATED_SUBCATEGORIES = {IN_CHALLENGE: ("LINK_NOT_WORKING", "OTHER")}
CATEGORIES = {**LIVE_CATEGORIES, **DEPRECATED_CATEGORIES}
NEEDS_SUBCATEGORY = {"CANDIDATE_INFORMATIONS_CHANGES", IN_CHALLENGE}
NEEDS_DESCRIPTION = {"CANDIDATE_INFORMATIONS_CHANGES", "SIGNATURE_ISSUE", "NON_BLOCKING_CANDIDATE_ISSUE",
                     "NON_BLOCKING_TECHNICAL_ISSUE", "OTHER", "TECHNICAL_PROBLEM", "LATE_OR_LEAVING"}
# A question problem "other" (legacy E7) only makes sense with its explanation.
SUBCATEGORY_NEEDS_DESCRIPTION = {"OTHER"}
ABORT_REASONS = ("candidate", "technical")


@dataclass
class IssueReportInput:
    category: str | None = None
    subcategory: str | None = None
    description: str | None = None
    question_number: int | str | None = None


@dataclass(frozen=True)
class IssueReportValues:
    category: str
    subcategory: str | None
    description: str | None
    question_number: int | None

    @property
    def deprecated(self) -> bool:
        return self.category in DEPRECATED_CATEGORIES or self.subcategory in DEPRECATED_SUBCATEGORIES.get(
            self.category, ())


def subcategories_of(category: str) -> tuple[str, ...]:
    return CATEGORIES.get(category, ()) + DEPRECATED_SUBCATEGORIES.get(category, ())


def validate_issue_report(data: IssueReportInput) -> IssueReportValues:
    """Every broken rule at once; values normalised as the platform stores them (subcategory dropped where the
    category takes none, question number kept only for a question problem, description trimmed)."""
    problems: list[Problem] = []
    category = (data.category or "").strip().upper() or None
    if category not in CATEGORIES:
        raise ValidationError(Problem("ISSUE_REPORT_CATEGORY_NOT_VALID", "category", {"value": data.category}))
    subcategory = (data.subcategory or "").strip().upper() or None
    allowed = subcategories_of(category)
    if not allowed:
        subcategory = None
    elif subcategory is None:
        if category in NEEDS_SUBCATEGORY:
            problems.append(Problem("ISSUE_REPORT_SUBCATEGORY_REQUIRED", "subcategory"))
    elif subcategory not in allowed:
        problems.append(Problem("ISSUE_REPORT_SUBCATEGORY_NOT_VALID", "subcategory", {"value": data.subcategory}))

    description = data.description.strip() if isinstance(data.description, str) and data.description.strip() else None
    if description is None and (category in NEEDS_DESCRIPTION or subcategory in SUBCATEGORY_NEEDS_DESCRIPTION):
        problems.append(Problem("ISSUE_REPORT_DESCRIPTION_REQUIRED", "description"))
    elif description is not None and len(description) > MAX_DESCRIPTION_LENGTH:
        problems.append(Problem("ISSUE_REPORT_DESCRIPTION_TOO_LONG", "description", {"max": MAX_DESCRIPTION_LENGTH}))

    question_number = None
    if category == IN_CHALLENGE:
        question_number = _question_number(data.question_number, problems)
    if problems:
        raise ValidationError(problems)
    return IssueReportValues(category, subcategory, description, question_number)


def _question_number(value: int | float | str | None, problems: list[Problem]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(Problem("ISSUE_REPORT_QUESTION_NUMBER_REQUIRED", "question_number"))
        return None
    try:
        if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
            raise ValueError
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= MAX_QUESTION_NUMBER:
        problems.append(Problem("ISSUE_REPORT_QUESTION_NUMBER_NOT_VALID", "question_number",
                                {"max": MAX_QUESTION_NUMBER}))
        return None
    return number
