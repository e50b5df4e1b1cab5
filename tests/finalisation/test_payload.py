"""The finalisation written for the sync, checked against the reference's section 6 field by field: the JSON:API
body of PUT /api/sessions/{id}/finalization (names, types, the 500-character limits, one certification report per
started candidate), and the issue reports and abort reasons sent before it (section 5)."""

from __future__ import annotations

import json

import pytest

from pixdesk.models.finalisation import Answers, answers_after
from pixdesk.models.issue_reports import LIVE_CATEGORIES, validate_issue_report, IssueReportInput
from pixdesk.services import finalisation as fin
from pixdesk.services import room
from pixdesk.services.room import IncidentInput

SESSION_ATTRIBUTES = {"examiner-global-comment", "has-incident", "has-joining-issue"}
REPORT_ATTRIBUTES = {"certification-course-id", "first-name", "last-name", "has-seen-end-test-screen",
                     "is-completed", "abort-reason", "examiner-comment"}


@pytest.fixture
def finalised(db, clock, exam):
    session_id, (julie, michel, jean, anais) = exam
    # Every printed-grid code the platform no longer takes, noted the way the room notes them.
    room.add_incident(db, session_id, [julie], IncidentInput("C3", description="Partie avant la fin",
                                                             exit_time="11:05"), clock=clock)
    room.add_incident(db, session_id, [michel], IncidentInput("C5"), clock=clock)
    room.add_incident(db, session_id, [michel], IncidentInput("E6", question_number=31), clock=clock)
    room.add_incident(db, session_id, [jean], IncidentInput("E7", question_number=7, description="Vidéo muette"),
                      clock=clock)
    room.add_incident(db, session_id, [jean], IncidentInput("A2", description="x" * 480), clock=clock)
    state = fin.load_finalisation(db, session_id)
    answers = answers_after(Answers(comment="é" * 500, has_joining_issue=True), state.lines[1].journal,
                            abort_reason="technical")
    with pytest.raises(Exception) as raised:  # A2's description no longer fits once its code is prefixed
        fin.finalise(db, session_id, answers, clock=clock)
    assert [p.code for p in raised.value.problems] == ["ISSUE_REPORT_DESCRIPTION_TOO_LONG"]
    assert raised.value.problems[0].params["candidates"] == [jean]
    a2 = state.incidents[jean][-1].view
    room.correct_incident(db, session_id, a2.id, IncidentInput("A2", description="Alarme incendie"), clock=clock)
    return fin.finalise(db, session_id, answers, clock=clock), (julie, michel, jean, anais)


def test_session_attributes(finalised):
    record, _ = finalised
    data = record.document["data"]
    assert set(data) == {"attributes", "included"}
    attributes = data["attributes"]
    assert set(attributes) == SESSION_ATTRIBUTES
    assert isinstance(attributes["examiner-global-comment"], str) and len(attributes["examiner-global-comment"]) == 500
    assert attributes["has-incident"] is False and attributes["has-joining-issue"] is True


def test_one_certification_report_per_started_candidate(finalised):
    record, (julie, michel, jean, anais) = finalised
    included = record.document["data"]["included"]
    assert [r["attributes"]["certification-course-id"] for r in included] == [julie, michel, jean]
    assert anais not in [r["attributes"]["certification-course-id"] for r in included]
    for report in included:
        attributes = report["attributes"]
        assert report["type"] == "certification-reports"
        assert report["id"] == f"CertificationReport-{attributes['certification-course-id']}"
        assert REPORT_ATTRIBUTES <= set(attributes)
        assert set(attributes) - REPORT_ATTRIBUTES == {"candidate-uuid"}  # PixDesk's, for the sync
        assert type(attributes["certification-course-id"]) is int
        assert isinstance(attributes["first-name"], str) and isinstance(attributes["last-name"], str)
        assert type(attributes["has-seen-end-test-screen"]) is bool and type(attributes["is-completed"]) is bool
        assert attributes["abort-reason"] in (None, "candidate", "technical")
        assert (attributes["abort-reason"] is None) == attributes["is-completed"]
        assert attributes["examiner-comment"] is None
    assert [(r["attributes"]["is-completed"], r["attributes"]["abort-reason"]) for r in included] == [
        (True, None), (False, "technical"), (False, "technical")]


def test_issue_reports_are_what_the_platform_creates(finalised):
    record, (julie, michel, jean, _anais) = finalised
    sent = [(r["certification-course-id"], r["code"], r["sent_as"], r["document"]["data"]["attributes"])
            for r in record.issue_reports]
    assert [(c, code, as_) for c, code, as_, _ in sent] == [
        (julie, "E3", "E3"), (julie, "C3", "C8"), (michel, "C5", "C8"), (michel, "E6", "E4"), (jean, "A1", "C7"),
        (jean, "E7", "C7"), (jean, "A2", "C8")]
    for _, _, _, attributes in sent:
        assert set(attributes) == {"category", "subcategory", "description", "question-number"}
        # Only live categories: the platform refuses the deprecated ones.
        assert attributes["category"] in LIVE_CATEGORIES
        assert attributes["subcategory"] in (None, *LIVE_CATEGORIES[attributes["category"]])
        assert attributes["description"] is None or len(attributes["description"]) <= 500
        number = attributes["question-number"]
        assert (number is not None) == (attributes["category"] == "IN_CHALLENGE")
        assert number is None or (type(number) is int and 1 <= number <= 500)
        again = validate_issue_report(IssueReportInput(attributes["category"], attributes["subcategory"],
                                                       attributes["description"], number))
        assert (again.category, again.subcategory, again.question_number) == (
            attributes["category"], attributes["subcategory"], number)
    by_code = {code: attributes for _, code, _, attributes in sent}
    assert by_code["C3"]["description"] == "C3 – Écran de fin de test non vu ; sortie à 11:05 : Partie avant la fin"
    assert by_code["E6"] == {"category": "IN_CHALLENGE", "subcategory": "WEBSITE_UNAVAILABLE",
                             "description": "E6 – Le lien ne fonctionne pas", "question-number": 31}
    assert by_code["E7"]["description"] == "E7 – Autre incident lié à une question ; question 7 : Vidéo muette"


def test_abort_reasons_and_the_exported_file(finalised, run, tmp_path):
    record, (_julie, michel, jean, _anais) = finalised
    assert [(a["certification-course-id"], a["document"]) for a in record.abort_reasons] == [
        (michel, {"data": {"reason": "technical"}}), (jean, {"data": {"reason": "technical"}})]
    target = tmp_path / "finalisation.json"
    code, _, err = run("export", "finalisation-payload", str(record.session_id), "-o", str(target))
    assert code == 0, err
    assert json.loads(target.read_text("utf-8")) == record.document
