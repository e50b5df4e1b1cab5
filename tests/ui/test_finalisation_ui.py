"""The finalisation wizard driven as a manager would, offscreen, on a session whose journal came from room
actions: each step, the rules pointing at their step and row, the draft, the confirmation and the read-only
state after."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.finalisation import STEP_CANDIDATES, STEP_COMMENT, STEP_DOCUMENTS
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, finalisation as fin, room, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.room import IncidentInput
from pixdesk.ui.finalisation_tables import ABORT, END_SCREEN
from pixdesk.ui.finalisation_wizard import FinalisationWizard
from tests.ui.conftest import MessageBoxAnswer

PEOPLE = [CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351"),
          CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", "33063"),
          CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172")]


@pytest.fixture
def exam(db):
    today = date.today()
    clock = FixedClock(datetime(today.year, today.month, today.day, 10, 0).astimezone().astimezone(timezone.utc))
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", today.isoformat(), "10:00",
                                                       "Eric Martin"), allow_past=True)
    ids = [candidates.add_candidate(db, created.id, p).id for p in PEOPLE]
    julie, michel, jean = ids
    room.record_action(db, created.id, [julie, michel], "start", clock=clock)
    clock.advance(timedelta(minutes=30))
    room.add_incident(db, created.id, [julie], IncidentInput("E3", question_number=12), clock=clock)
    room.record_action(db, created.id, [julie], "end-screen-seen", clock=clock)
    room.record_action(db, created.id, [michel], "end", clock=clock)
    return created.id, ids


def open_wizard(qtbot, db, session_id):
    wizard = FinalisationWizard(db, session_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_session_page_offers_finalisation_once_candidates_started(window, db, exam):
    session_id, _ = exam
    window.open_session(session_id)
    page = window.session_page
    assert page.finalise_button.isEnabled() and page.finalise_button.text() == "Finaliser la session"
    empty = sessions.create_session(db, SessionInput("Annexe", "B1", date.today().isoformat(), "14:00", "Lucie"),
                                    allow_past=True)
    window.open_session(empty.id)
    assert not page.finalise_button.isEnabled()
    assert "aucun candidat n'a commencé son test" in page.finalise_reason.text()


def test_step_one_is_prefilled_and_blocks_without_abort_reason(qtbot, db, exam):
    session_id, (julie, michel, jean) = exam
    wizard = open_wizard(qtbot, db, session_id)
    model = wizard.candidates
    assert model.rowCount() == 2  # Jean never started
    assert model.index(0, 4).data() == "E3" and model.index(1, 4).data() == "Aucun"
    assert model.index(0, END_SCREEN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, ABORT).data() == "À préciser"
    wizard.next_step()
    assert wizard.step == STEP_CANDIDATES and wizard.banner.isVisible()
    assert wizard.banner.text().startswith("Michel Durand : Une ou plusieurs certifications non terminées")
    assert michel in model.faulty and wizard.candidate_table.currentIndex().row() == 1
    model.setData(model.index(1, ABORT), "technical")
    assert wizard.state.lines[1].abort_reason == "technical"
    wizard.next_step()
    assert wizard.step == STEP_DOCUMENTS


def test_check_all_and_incident_added_on_paper_goes_to_the_journal(qtbot, db, exam):
    session_id, (julie, michel, _jean) = exam
    wizard = open_wizard(qtbot, db, session_id)
    wizard.check_all.click()
    assert [line.end_screen_seen for line in wizard.state.lines] == [True, True]
    assert wizard.state.lines[1].completed is False  # ended by the invigilator: seen, but not completed
    before = len(room.load_room(db, session_id).events)
    wizard.candidate_table.selectRow(1)
    picker = wizard.add_incident()  # the room view's picker: type the code, then its details
    picker.code_input.setText("c4")
    picker._code_entered()
    picker.description.setPlainText("A signé sur la ligne de Julie Dupont")
    picker.submit(complete=True)
    events = room.load_room(db, session_id).events
    assert len(events) == before + 1 and events[-1].kind == "incident_noted"
    assert wizard.candidates.index(1, 4).data() == "C4"


def test_documents_are_checked_attached_with_thumbnail_and_removal_asks(qtbot, db, exam, tmp_path, monkeypatch):
    from tests.finalisation.conftest import pdf_bytes

    session_id, _ = exam
    wizard = open_wizard(qtbot, db, session_id)
    wizard.go_to(STEP_DOCUMENTS)
    good = tmp_path / "scan.pdf"
    good.write_bytes(pdf_bytes(3))
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"not an image")
    problems = wizard.attach_files([str(good), str(fake)])
    assert [p.code for p in problems] == ["DOCUMENT_TYPE_NOT_ACCEPTED"] and wizard.banner.isVisible()
    assert wizard.documents.rowCount() == 1 and wizard.state.documents[0].page_count == 3
    picture = wizard.documents.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    image = picture.toImage()
    ink = [image.pixelColor(x, y).lightness() for x in range(20, 76) for y in range(10, 86)]
    assert min(ink) < 128  # the page's text and frame, drawn by PDFium (a blank placeholder would be all white)
    wizard.document_table.selectRow(0)
    monkeypatch.setattr("pixdesk.ui.finalisation_wizard.confirm", lambda *a: False)
    wizard.remove_document()
    assert wizard.documents.rowCount() == 1
    monkeypatch.setattr("pixdesk.ui.finalisation_wizard.confirm", lambda *a: True)
    wizard.remove_document()
    assert wizard.documents.rowCount() == 0


def test_comment_counter_rule_points_at_step_three_and_draft_resumes(qtbot, db, exam):
    session_id, (_julie, michel, _jean) = exam
    wizard = open_wizard(qtbot, db, session_id)
    wizard.candidates.setData(wizard.candidates.index(1, ABORT), "candidate")
    wizard.go_to(STEP_COMMENT)
    wizard.with_problem.setChecked(True)
    wizard.comment.setPlainText("x" * 501)
    assert wizard.counter.text() == "501 / 500"
    wizard.go_to(STEP_CANDIDATES)
    assert wizard.request_finalisation() is False
    assert wizard.step == STEP_COMMENT and "500 caractères" in wizard.banner.text()
    wizard.has_joining_issue.setChecked(True)
    wizard.close()
    again = open_wizard(qtbot, db, session_id)  # as after leaving, or a crash: the draft is in the store
    assert again.step == STEP_COMMENT and len(again.comment.toPlainText()) == 501
    assert again.has_joining_issue.isChecked() and again.state.lines[1].abort_reason == "candidate"


def test_confirmation_then_read_only_everywhere(qtbot, db, exam, tmp_path, window):
    session_id, (julie, michel, _jean) = exam
    wizard = open_wizard(qtbot, db, session_id)
    wizard.candidates.setData(wizard.candidates.index(1, ABORT), "technical")
    wizard.go_to(STEP_COMMENT)
    MessageBoxAnswer("Annuler")
    assert wizard.request_finalisation() is False and not sessions.get_session(db, session_id).finalized
    answer = MessageBoxAnswer("Finaliser")
    assert wizard.request_finalisation() is True
    assert "irréversible" in answer.informative
    summary = sessions.get_session(db, session_id)
    assert summary.status == "finalized" and summary.finalized_at is not None
    assert wizard.read_only and not wizard.finalise_button.isVisible() and wizard.receipt_button.isVisible()
    assert not wizard.add_incident_button.isEnabled() and not wizard.attach_button.isEnabled()
    assert wizard.comment.isReadOnly() and not wizard.check_all.isEnabled()
    model = wizard.candidates
    assert not (model.flags(model.index(1, ABORT)) & Qt.ItemFlag.ItemIsEditable)
    assert wizard.save_receipt(str(tmp_path / "recepisse.pdf")).stat().st_size > 1000
    window.open_session(session_id)
    assert window.session_page.finalise_button.text() == "Voir la finalisation"
    reopened = window.session_page.open_finalisation()
    assert reopened.read_only and reopened.state.lines[1].abort_reason == "technical"
    assert fin.load_finalisation(db, session_id).record.finalized_by == "local"
    # The room view opens closed: read-only, saying so, and its opening writes nothing in the sealed journal.
    from PySide6.QtWidgets import QLabel

    from pixdesk.ui.room_window import RoomWindow

    events = len(room.load_room(db, session_id).events)
    room_window = RoomWindow(db, session_id)
    qtbot.addWidget(room_window)
    assert room_window.read_only
    assert any("Session finalisée" in label.text() for label in room_window.findChildren(QLabel))
    assert len(room.load_room(db, session_id).events) == events


def test_every_input_of_the_three_steps_is_named(qtbot, db, exam):
    from tests.ui.test_accessibility import unnamed_inputs

    session_id, _ = exam
    wizard = open_wizard(qtbot, db, session_id)
    qtbot.waitExposed(wizard)
    for step in (STEP_CANDIDATES, STEP_DOCUMENTS, STEP_COMMENT):
        wizard.go_to(step)
        assert unnamed_inputs(wizard) == [], step
    wizard.go_to(STEP_CANDIDATES)
    wizard.candidate_table.selectRow(0)
    dialog = wizard.add_incident()
    qtbot.waitExposed(dialog)
    assert unnamed_inputs(dialog) == []


def drop_files(widget, paths) -> bool:
    """Drags `paths` from a file manager onto `widget` and drops them; True when the drag was accepted."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = widget.rect().center()
    enter = QDragEnterEvent(QPointF(where), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_files_dropped_on_the_documents_step_are_attached_until_the_session_is_finalised(qtbot, db, exam,
                                                                                        tmp_path):
    from tests.finalisation.conftest import pdf_bytes

    session_id, _ = exam
    wizard = open_wizard(qtbot, db, session_id)
    wizard.go_to(STEP_DOCUMENTS)
    page = wizard.pages.currentWidget()
    scan = tmp_path / "émargement signé.pdf"
    scan.write_bytes(pdf_bytes(2))
    report = tmp_path / "pv.pdf"
    report.write_bytes(pdf_bytes(1))
    assert wizard.drop_note.isVisible()
    assert drop_files(page, [scan, report])
    assert [wizard.documents.index(row, 1).data() for row in range(2)] == ["émargement signé.pdf\n2 pages",
                                                                          "pv.pdf\n1 page"]
    assert [d.file_name for d in fin.load_finalisation(db, session_id).documents] == ["émargement signé.pdf",
                                                                                      "pv.pdf"]
    wizard.candidates.setData(wizard.candidates.index(1, ABORT), "technical")
    MessageBoxAnswer("Finaliser")
    assert wizard.request_finalisation() is True
    wizard.go_to(STEP_DOCUMENTS)
    assert not wizard.drop_note.isVisible() and not drop_files(page, [scan])
    assert len(fin.load_finalisation(db, session_id).documents) == 2
