"""Finalising a session from its journal: lines pre-filled from the room, the platform's checks in its order,
the draft, and what finalising writes (session, journal, record for the sync), all through the services."""

from __future__ import annotations

import json

import pytest

from pixdesk.models import finalisation_rules as rules
from pixdesk.models import journal as j
from pixdesk.models.errors import DomainError, ValidationError
from pixdesk.models.finalisation import STEP_CANDIDATES, STEP_COMMENT, Answers, answers_after, step_of
from pixdesk.models.finalisation_rules import ReportInput, check_finalisation, finalisation_problems
from pixdesk.services import finalisation as fin
from pixdesk.services import room, sessions
from pixdesk.services.room import IncidentInput


def line_of(state, candidate_id):
    return next(x for x in state.lines if x.candidate_id == candidate_id)


def outbox(db, entity):
    """The outbox rows of one kind of entity, each as its JSON data (whatever the outbox calls that column)."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM outbox WHERE entity = ? ORDER BY rowid", (entity,)).fetchall()
    return [json.loads(row._mapping.get("data") or row._mapping["payload"]) for row in rows]


def test_lines_are_prefilled_from_the_journal(db, exam):
    session_id, (julie, michel, jean, anais) = exam
    state = fin.load_finalisation(db, session_id)
    assert [x.candidate_id for x in state.lines] == [julie, michel, jean]  # Anaïs never started: no line
    assert (line_of(state, julie).completed, line_of(state, julie).end_screen_seen) == (True, True)
    assert (line_of(state, michel).completed, line_of(state, michel).abort_reason) == (False, None)
    assert (line_of(state, jean).completed, line_of(state, jean).abort_reason) == (False, "technical")
    assert [i.view.code for i in state.incidents[julie]] == ["E3"]
    assert state.incidents[julie][0].sent.question_number == 12
    assert state.incidents[michel] == []
    # Michel's missing abort reason is the only thing left, and it points at his row of step 1.
    problems = state.problems()
    assert [p.code for p in problems] == [rules.MISSING_ABORT_REASON]
    assert problems[0].params["candidates"] == [michel] and step_of(problems[0]) == STEP_CANDIDATES


def test_printed_grid_codes_are_sent_as_the_platform_takes_them(db, exam):
    session_id, (_julie, _michel, jean, _anais) = exam
    sent = fin.load_finalisation(db, session_id).incidents[jean][0].sent
    # A1 (TECHNICAL_PROBLEM, refused by the platform today) goes as C7, its meaning kept in the description.
    assert (sent.category, sent.subcategory) == ("NON_BLOCKING_TECHNICAL_ISSUE", None)
    assert sent.description.startswith("A1 – Problème technique") and sent.description.endswith(": Ordinateur éteint")


def test_rules_in_the_platforms_order():
    done = ReportInput(1, True, True)
    unfinished = ReportInput(2, False, False)
    stray = ReportInput(3, True, True, "candidate")
    assert [p.code for p in finalisation_problems(already_finalized=True, reports=[], global_comment=None)] == [
        rules.ALREADY_FINALIZED]
    assert [p.code for p in finalisation_problems(already_finalized=False, reports=[], global_comment="x" * 600)
            ] == [rules.WITHOUT_STARTED_CERTIFICATION]
    every = finalisation_problems(already_finalized=False, reports=[done, unfinished, stray,
                                                                    ReportInput(4, False, False, "moon")],
                                  global_comment="x" * 501)
    assert [p.code for p in every] == [rules.ABORT_REASON_NOT_VALID, rules.MISSING_ABORT_REASON,
                                       rules.ABORT_REASON_ON_COMPLETED, rules.GLOBAL_COMMENT_TOO_LONG]
    assert [step_of(p) for p in every] == [STEP_CANDIDATES] * 3 + [STEP_COMMENT]
    # The platform answers with its first failing check only.
    with pytest.raises(rules.FinalisationError) as raised:
        check_finalisation(already_finalized=False, reports=[done, unfinished, stray], global_comment=None,
                           has_incident=False, has_joining_issue=False)
    assert raised.value.code == rules.MISSING_ABORT_REASON
    # 500 characters pass; the comment is trimmed first.
    values = check_finalisation(already_finalized=False, reports=[done], global_comment="  " + "x" * 500 + " ",
                                has_incident=True, has_joining_issue=False)
    assert values.examiner_global_comment == "x" * 500


def test_refused_finalisation_changes_nothing(db, clock, exam):
    session_id, (_julie, michel, _jean, _anais) = exam
    before = len(room.load_room(db, session_id).events)
    with pytest.raises(DomainError) as raised:
        fin.finalise(db, session_id, Answers(comment="x" * 501), clock=clock)
    assert [p.code for p in raised.value.problems] == [rules.MISSING_ABORT_REASON, rules.GLOBAL_COMMENT_TOO_LONG]
    assert len(room.load_room(db, session_id).events) == before
    assert not sessions.get_session(db, session_id).finalized
    assert outbox(db, "session_finalisation") == []


def test_abort_reason_on_a_candidate_who_finished_meanwhile(db, clock, exam):
    """The platform's scenario: an abort reason set while the test ran, then the candidate finished."""
    session_id, ids = exam
    laura = ids[0]  # already finished in the journal
    state = fin.load_finalisation(db, session_id)
    answers = answers_after(Answers(), line_of(state, laura).journal, abort_reason="candidate")
    answers = answers_after(answers, line_of(state, ids[1]).journal, abort_reason="candidate")
    with pytest.raises(DomainError) as raised:
        fin.finalise(db, session_id, answers, clock=clock)
    assert raised.value.code == rules.ABORT_REASON_ON_COMPLETED
    assert raised.value.problems[0].params["candidates"] == [laura]


def test_finalising_writes_the_session_the_journal_and_the_record(db, clock, exam):
    session_id, (julie, michel, jean, _anais) = exam
    state = fin.load_finalisation(db, session_id)
    answers = answers_after(Answers(comment=" Coupure réseau à 10 h 12. ", has_incident=True),
                            line_of(state, michel).journal, abort_reason="candidate")
    record = fin.finalise(db, session_id, answers, clock=clock, actor="manager@centre.fr")
    summary = sessions.get_session(db, session_id)
    assert summary.status == "finalized" and summary.finalized_at == clock.now()
    assert summary.as_json()["finalized_at"] == clock.now().isoformat(timespec="seconds")
    assert summary.examiner_global_comment == "Coupure réseau à 10 h 12."
    events = room.load_room(db, session_id).events
    assert events[-1].kind == j.SESSION_FINALISED and events[-1].data["by"] == "manager@centre.fr"
    assert record.journal_fingerprint == j.fingerprint(events) and not j.verify(events)
    included = record.document["data"]["included"]
    assert [x["attributes"]["certification-course-id"] for x in included] == [julie, michel, jean]
    assert [(a["certification-course-id"], a["document"]) for a in record.abort_reasons] == [
        (michel, {"data": {"reason": "candidate"}}), (jean, {"data": {"reason": "technical"}})]
    assert [(x["code"], x["sent_as"]) for x in record.issue_reports] == [("E3", "E3"), ("A1", "C7")]
    # One outbox row holds it all, ready for the sync.
    (data,) = outbox(db, "session_finalisation")
    assert data["document"] == record.document and data["abort_reasons"] == record.abort_reasons
    assert data["issue_reports"][1]["document"]["data"]["attributes"]["category"] == "NON_BLOCKING_TECHNICAL_ISSUE"
    # Read-only from now on: the room, its incidents, the draft, the documents, a second finalisation.
    with pytest.raises(ValidationError):
        room.add_incident(db, session_id, [julie], IncidentInput("C6"), clock=clock)
    with pytest.raises(ValidationError):
        room.record_action(db, session_id, [julie], "undo", clock=clock)
    with pytest.raises(ValidationError):
        fin.save_draft(db, session_id, Answers())
    with pytest.raises(DomainError) as again:
        fin.finalise(db, session_id, answers, clock=clock)
    assert again.value.code == rules.ALREADY_FINALIZED


def test_session_nobody_started_cannot_be_finalised(db, clock, empty_session):
    session_id, _ = empty_session
    assert fin.availability(db, session_id).code == rules.WITHOUT_STARTED_CERTIFICATION
    with pytest.raises(DomainError) as raised:
        fin.finalise(db, session_id, Answers(), clock=clock)
    assert raised.value.code == rules.WITHOUT_STARTED_CERTIFICATION


def test_draft_survives_and_resumes_at_its_step(db, exam):
    session_id, (julie, michel, _jean, _anais) = exam
    state = fin.load_finalisation(db, session_id)
    answers = answers_after(Answers(step=STEP_COMMENT, comment="Alarme incendie", has_joining_issue=True),
                            line_of(state, michel).journal, abort_reason="technical")
    answers = answers_after(answers, line_of(state, julie).journal, end_screen_seen=False)
    fin.save_draft(db, session_id, answers)
    again = fin.load_finalisation(db, session_id)
    assert again.answers == answers and again.answers.step == STEP_COMMENT
    assert line_of(again, michel).abort_reason == "technical"
    assert line_of(again, julie).end_screen_seen is False and line_of(again, julie).completed is True
    assert again.problems() == []
    # A value set back to the journal's is not kept as a change.
    assert answers_after(answers, line_of(state, julie).journal, end_screen_seen=True).end_screen_seen == {}
