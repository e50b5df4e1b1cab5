"""The shared rules for issue reports (reference §5) and finalisation (§6), used by the desktop and the server."""

import pytest

from pixdesk.models.errors import DomainError, ValidationError
from pixdesk.models.finalisation_rules import ReportInput, check_finalisation
from pixdesk.models.incidents import INCIDENT_CODES
from pixdesk.models.issue_reports import IssueReportInput, validate_issue_report


@pytest.mark.parametrize("incident", INCIDENT_CODES, ids=lambda c: c.code)
def test_every_code_of_the_printed_pv_is_accepted_with_what_it_asks_for(incident):
    values = validate_issue_report(IssueReportInput(
        incident.category, incident.subcategory, "détail" if incident.needs_description else None,
        7 if incident.needs_question_number else None))
    assert values.category == incident.category
    assert values.question_number == (7 if incident.needs_question_number else None)


@pytest.mark.parametrize("data, codes", [
    (IssueReportInput("IN_CHALLENGE", None, None, None),
     {"ISSUE_REPORT_SUBCATEGORY_REQUIRED", "ISSUE_REPORT_QUESTION_NUMBER_REQUIRED"}),
    (IssueReportInput("IN_CHALLENGE", "WEBSITE_BLOCKED", None, "0"), {"ISSUE_REPORT_QUESTION_NUMBER_NOT_VALID"}),
    (IssueReportInput("IN_CHALLENGE", "NAME_OR_BIRTHDATE", None, 3), {"ISSUE_REPORT_SUBCATEGORY_NOT_VALID"}),
    (IssueReportInput("CANDIDATE_INFORMATIONS_CHANGES", "NAME_OR_BIRTHDATE", " ", None),
     {"ISSUE_REPORT_DESCRIPTION_REQUIRED"}),
    (IssueReportInput("NON_BLOCKING_TECHNICAL_ISSUE", None, "x" * 501), {"ISSUE_REPORT_DESCRIPTION_TOO_LONG"}),
    (IssueReportInput("SOMETHING"), {"ISSUE_REPORT_CATEGORY_NOT_VALID"}),
])
def test_issue_report_refusals(data, codes):
    with pytest.raises(ValidationError) as caught:
        validate_issue_report(data)
    assert {p.code for p in caught.value.problems} == codes


def test_issue_reports_are_normalised_as_the_platform_stores_them():
    values = validate_issue_report(IssueReportInput("signature_issue", "EMBED_NOT_WORKING", "  a signé ligne 4 ", 9))
    assert (values.category, values.subcategory, values.description, values.question_number) == (
        "SIGNATURE_ISSUE", None, "a signé ligne 4", None)
    assert not values.deprecated
    assert validate_issue_report(IssueReportInput("OTHER", None, "x")).deprecated


def _check(reports, finalized=False, comment=None):
    return check_finalisation(already_finalized=finalized, reports=reports, global_comment=comment,
                              has_incident=False, has_joining_issue=False)


@pytest.mark.parametrize("finalized, reports, comment, code", [
    # Each row also breaks every later rule: the first broken rule in the platform's order wins.
    (True, [], "x" * 600, "SESSION_ALREADY_FINALIZED"),
    (False, [], "x" * 600, "SESSION_WITHOUT_STARTED_CERTIFICATION"),
    (False, [ReportInput(1, True, False), ReportInput(2, True, True, "candidate")], "x" * 600,
     "UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON"),
    (False, [ReportInput(2, True, True, "candidate")], "x" * 600,
     "SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE"),
    (False, [ReportInput(2, True, True)], "x" * 501, "SESSION_GLOBAL_COMMENT_TOO_LONG"),
])
def test_finalisation_checks_run_in_the_platforms_order(finalized, reports, comment, code):
    with pytest.raises(DomainError) as caught:
        _check(reports, finalized, comment)
    assert caught.value.code == code


def test_finalisation_names_the_rows_at_fault_and_normalises_the_comment():
    with pytest.raises(DomainError) as caught:
        _check([ReportInput(4, False, False), ReportInput(5, True, True), ReportInput(6, True, False)])
    assert caught.value.problems[0].params["candidates"] == [4, 6]
    values = _check([ReportInput(4, False, False, "technical")], comment="   ")
    assert values.examiner_global_comment is None and len(values.reports) == 1
