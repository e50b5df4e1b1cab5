"""Issue reports, abort reasons and finalisation (reference sections 5 and 6) through the real server."""

import pytest


def _session_with(member, count=3):
    session_id = member.create_session()["id"]
    candidates = [member.add_candidate(session_id, **{"first-name": f"C{i}"})["data"] for i in range(count)]
    return session_id, candidates


def _report(candidate, completed=True, abort=None, seen=True, **extra):
    return {"type": "certification-reports", "attributes": {
        "certification-course-id": int(candidate["id"]), "has-seen-end-test-screen": seen, "is-completed": completed,
        "abort-reason": abort, **extra}}


def _finalisation(reports, comment=None, incident=False, joining=False):
    return {"data": {"attributes": {"examiner-global-comment": comment, "has-incident": incident,
                                    "has-joining-issue": joining}, "included": reports}}


def test_issue_reports_follow_the_platform_categories(member):
    session_id, (candidate, *_) = _session_with(member, 1)
    path = f"/api/certification-reports/{candidate['id']}/certification-issue-reports"
    created = member.post(path, {"data": {"attributes": {
        "category": "IN_CHALLENGE", "subcategory": "FILE_NOT_OPENING", "question-number": 12, "code": "E3",
        "description": "  "}}})
    assert created.status_code == 201, created.text
    attributes = created.json()["data"]["attributes"]
    assert (attributes["category"], attributes["subcategory"], attributes["question-number"],
            attributes["description"], attributes["code"]) == ("IN_CHALLENGE", "FILE_NOT_OPENING", 12, None, "E3")
    # Subcategory dropped where the category takes none; the question number kept only for a question.
    fraud = member.post(path, {"data": {"attributes": {"category": "FRAUD", "subcategory": "X", "question-number": 3}}})
    assert (fraud.json()["data"]["attributes"]["subcategory"], fraud.json()["data"]["attributes"]["question-number"]
            ) == (None, None)
    refused = member.post(path, {"data": {"attributes": {"category": "IN_CHALLENGE", "subcategory": "NOPE",
                                                         "question-number": 501}}})
    assert refused.status_code == 422
    assert {e["code"] for e in refused.json()["errors"]} == {"ISSUE_REPORT_SUBCATEGORY_NOT_VALID",
                                                            "ISSUE_REPORT_QUESTION_NUMBER_NOT_VALID"}
    unknown = member.post(path, {"data": {"attributes": {"category": "PIZZA"}}})
    assert unknown.json()["errors"][0]["code"] == "ISSUE_REPORT_CATEGORY_NOT_VALID"
    listed = member.get(f"/api/sessions/{session_id}/certification-reports").json()
    assert [r["id"] for r in listed["data"]] == [f"CertificationReport-{candidate['id']}"]
    assert len(listed["included"]) == 2
    report_id = created.json()["data"]["id"]
    assert member.delete(f"/api/certification-issue-reports/{report_id}").status_code == 204
    assert len(member.get(f"/api/sessions/{session_id}/certification-reports").json()["included"]) == 1


@pytest.mark.parametrize("reports, comment, code, status", [
    (lambda c: [], None, "SESSION_WITHOUT_STARTED_CERTIFICATION", 400),
    (lambda c: [_report(c[0], completed=False)], None, "UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON", 409),
    (lambda c: [_report(c[0], completed=True, abort="candidate")], None,
     "SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE", 409),
    (lambda c: [_report(c[0])], "x" * 501, "SESSION_GLOBAL_COMMENT_TOO_LONG", 422),
    (lambda c: [_report(c[0], completed=False, abort="moon")], None, "ABORT_REASON_NOT_VALID", 422),
])
def test_finalisation_checks_in_the_platforms_order(member, reports, comment, code, status):
    session_id, candidates = _session_with(member, 2)
    answer = member.put(f"/api/sessions/{session_id}/finalization", _finalisation(reports(candidates), comment))
    assert answer.status_code == status, answer.text
    assert answer.json()["errors"][0]["code"] == code
    assert member.get(f"/api/sessions/{session_id}").json()["data"]["attributes"]["status"] == "created"


def test_finalising_closes_the_session(member):
    session_id, (done, aborted, absent) = _session_with(member)
    member.post(f"/api/certification-reports/{done['id']}/certification-issue-reports",
                {"data": {"attributes": {"category": "FRAUD"}}})
    answer = member.put(f"/api/sessions/{session_id}/finalization", _finalisation(
        [_report(done, seen=False), _report(aborted, completed=False, abort="technical")],
        comment=" Coupure réseau à 10 h 12. ", incident=True))
    assert answer.status_code == 200, answer.text
    session = answer.json()["data"]["attributes"]
    assert (session["status"], session["examiner-global-comment"], session["has-incident"],
            session["has-joining-issue"]) == ("finalized", "Coupure réseau à 10 h 12.", True, False)
    reports = {r["attributes"]["certification-course-id"]: r["attributes"] for r in
               member.get(f"/api/sessions/{session_id}/certification-reports").json()["data"]}
    assert set(reports) == {int(done["id"]), int(aborted["id"])}
    assert reports[int(aborted["id"])]["abort-reason"] == "technical"
    assert reports[int(done["id"])]["has-seen-end-test-screen"] is False

    again = member.put(f"/api/sessions/{session_id}/finalization", _finalisation([_report(done)]))
    assert again.status_code == 409 and again.json()["errors"][0]["code"] == "SESSION_ALREADY_FINALIZED"
    assert again.json()["errors"][0]["detail"] == "Cette session a déjà été finalisée."
    assert member.patch(f"/api/sessions/{session_id}", {"data": {"attributes": {"room": "B"}}}).status_code == 409
    assert member.add_candidate(session_id, expect=412, **{"first-name": "Late"})["errors"][0]["code"] == \
        "INDIVIDUAL_ENROL_NOT_ALLOWED"
    assert member.post(f"/api/certification-reports/{done['id']}/abort",
                       {"data": {"reason": "candidate"}}).status_code == 409
    # A room laptop that syncs late still gets its incident in, marked as such.
    late = member.post(f"/api/certification-reports/{done['id']}/certification-issue-reports",
                       {"data": {"attributes": {"category": "NON_BLOCKING_TECHNICAL_ISSUE",
                                                "description": "Souris en panne"}}})
    assert late.status_code == 201 and late.json()["data"]["attributes"]["added-after-finalization"] is True
    report_id = late.json()["data"]["id"]
    assert member.delete(f"/api/certification-issue-reports/{report_id}").status_code == 409


def test_abort_reason_before_finalisation(member):
    session_id, (candidate, *_) = _session_with(member, 1)
    answer = member.post(f"/api/certification-reports/CertificationReport-{candidate['id']}/abort",
                         {"data": {"reason": "candidate"}})
    assert answer.status_code == 200
    assert answer.json()["data"]["attributes"]["abort-reason"] == "candidate"
    bad = member.post(f"/api/certification-reports/{candidate['id']}/abort", {"data": {"reason": "boredom"}})
    assert bad.status_code == 422 and bad.json()["errors"][0]["code"] == "ABORT_REASON_NOT_VALID"


def test_the_desktops_finalisation_document_is_accepted_as_written(member):
    """issue 10's outbox document (local course ids, plus each candidate's UUID) finalises the server's session."""
    from types import SimpleNamespace

    from pixdesk.models.finalisation import finalisation_document

    session_id, (done, aborted) = _session_with(member, 2)
    lines = [SimpleNamespace(candidate_id=900 + n, end_screen_seen=True, completed=completed, abort_reason=reason,
                             journal=SimpleNamespace(first_name="x", last_name="y",
                                                     candidate_uuid=candidate["attributes"]["uuid"]))
             for n, (candidate, completed, reason) in enumerate(((done, True, None), (aborted, False, "candidate")))]
    document = finalisation_document(" RAS ", False, True, lines)
    answer = member.put(f"/api/sessions/{session_id}/finalization", document)
    assert answer.status_code == 200, answer.text
    reports = {r["attributes"]["certification-course-id"]: r["attributes"]["abort-reason"] for r in
               member.get(f"/api/sessions/{session_id}/certification-reports").json()["data"]}
    assert reports == {int(done["id"]): None, int(aborted["id"]): "candidate"}
