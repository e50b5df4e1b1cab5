"""The room view driven as an invigilator drives it: keys, clicks, the picker, the lock, the projector."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from pixdesk.models import journal as j
from pixdesk.models import room as r
from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import CertificationSession
from pixdesk.services import candidates, room, sessions
from pixdesk.services.clock import FixedClock, RoomClock
from pixdesk.services.journal import load_events
from pixdesk.ui.incident_picker import IncidentPicker
from pixdesk.ui.room_model import INCIDENTS, NAME, STATE, TIMES
from pixdesk.ui.room_window import LOCK_PAGE, ROOM_PAGE, RoomWindow
from tests.ui.conftest import activate
from tests.ui.test_accessibility import unnamed_inputs

PEOPLE = [("Dupont", "Julie", None), ("Durand", "Michel", None), ("Neige", "Jean", 33), ("Lefèvre", "Anaïs", 50)]


def at(hour: int, minute: int = 0) -> datetime:
    today = date.today()
    return datetime(today.year, today.month, today.day, hour, minute).astimezone().astimezone(timezone.utc)


@pytest.fixture
def session_ids(db):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"), allow_past=True)
    ids = [candidates.add_candidate(db, created.id, CandidateInput(last, first, "F", "1990-01-01", "France",
                                                                    "76351", extra_time_percentage=extra)).id
           for last, first, extra in PEOPLE]
    return created.id, ids


@pytest.fixture
def clock():
    return FixedClock(at(9, 50))


@pytest.fixture
def open_room(qtbot, db, session_ids, clock):
    def make() -> RoomWindow:
        window = RoomWindow(db, session_ids[0], clock=clock)
        qtbot.addWidget(window)
        window.show()
        activate(qtbot, window)  # shortcuts go to the active window
        window.table.setFocus()
        return window
    return make


def rows(window: RoomWindow, column: int = NAME) -> list[str]:
    model = window.proxy
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(window: RoomWindow, name: str) -> None:
    for row, text in enumerate(rows(window)):
        if text.lstrip("● ").startswith(name):
            # Not selectRow(): it reads the keyboard's modifiers, and a Shift left from a key click extends.
            index = window.proxy.index(row, 0)
            window.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(f"{name} not in {rows(window)}")


def press(qtbot, window: RoomWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if QApplication.activeWindow() is not window:  # e.g. after a message box
        activate(qtbot, window)
    qtbot.keyClick(window.table, key, modifier)
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=5000)


def kinds(db, session_id) -> list[str]:
    return [e.kind for e in load_events(db, session_id) if e.kind not in (j.ROOM_OPENED, j.ROOM_CLOSED)]


def test_keyboard_alone_runs_a_test_from_presence_to_end_screen(qtbot, db, session_ids, open_room, clock):
    session_id, (julie, *_) = session_ids
    window = open_room()
    assert rows(window) == ["Dupont Julie", "Durand Michel", "Lefèvre Anaïs", "Neige Jean"]  # stable order
    select(window, "Dupont")
    press(qtbot, window, Qt.Key.Key_P)
    assert kinds(db, session_id) == [j.PRESENCE_CONFIRMED]
    assert rows(window, STATE)[0] == "présent"
    clock.set(at(10, 2))
    press(qtbot, window, Qt.Key.Key_D)
    assert rows(window, TIMES)[0] == "10:02 → 11:47"
    press(qtbot, window, Qt.Key.Key_X)
    select(window, "Dupont")
    assert "attend la reprise" in rows(window, STATE)[0]
    press(qtbot, window, Qt.Key.Key_R)
    select(window, "Dupont")
    press(qtbot, window, Qt.Key.Key_F)
    assert kinds(db, session_id) == [j.PRESENCE_CONFIRMED, j.TEST_STARTED, j.DISCONNECTION_REPORTED,
                                     j.RESUME_AUTHORISED, j.END_SCREEN_SEEN]
    report = room.room_report(db, session_id)
    julie_outcome = next(c for c in report.candidates if c.candidate_id == julie)
    assert (julie_outcome.completed, julie_outcome.end_screen_seen, julie_outcome.resumes) == (True, True, 1)
    assert "✓ Julie Dupont : terminé" in window.statusBar().currentMessage()
    # An action the state does not allow writes nothing and says why.
    select(window, "Dupont")
    press(qtbot, window, Qt.Key.Key_D)
    assert len(kinds(db, session_id)) == 5
    assert "impossible de démarrer le test" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kinds(db, session_id)[-1] == j.ACTION_CANCELLED
    assert room.room_report(db, session_id).candidates[0].state == r.RUNNING


def test_actions_are_written_off_the_ui_thread(qtbot, open_room):
    window = open_room()
    threads = []
    done = []
    window._submit(lambda: threads.append(threading.current_thread()), lambda result: done.append(result))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert threads[0] is not threading.main_thread()


def test_attention_rises_to_the_top_with_its_count_and_the_rest_keeps_its_order(qtbot, db, session_ids,
                                                                                 open_room, clock):
    session_id, (julie, michel, jean, anais) = session_ids
    window = open_room()
    assert window.attention_chip.text() == "Rien à traiter"
    select(window, "Durand")
    press(qtbot, window, Qt.Key.Key_P)
    select(window, "Neige")
    press(qtbot, window, Qt.Key.Key_D)
    clock.set(at(10, 1))  # the session has started: who is not confirmed present needs the invigilator
    window.tick()
    assert window.attention_chip.text() == "2 à traiter"
    assert rows(window) == ["● Dupont Julie", "● Lefèvre Anaïs", "Durand Michel", "Neige Jean"]
    assert rows(window, STATE)[0] == "à venir – présence non confirmée"
    clock.set(at(10, 10))  # Michel's confirmation (9:50) has expired
    window.tick()
    assert rows(window)[:3] == ["● Dupont Julie", "● Durand Michel", "● Lefèvre Anaïs"]
    # Jean (33 %) started at 9:50: 105 min × 1.33 → 12:09:39; 4 minutes before, he rises too.
    clock.set(at(12, 5))
    window.tick()
    assert "● Neige Jean" in rows(window) and "fin dans moins de 5 min" in rows(window, STATE)[rows(window).index(
        "● Neige Jean")]
    assert window.attention_chip.text() == "4 à traiter"


def test_ending_a_test_asks_first_and_an_abandon_asks_its_reason(qtbot, db, session_ids, open_room, answer,
                                                                  monkeypatch):
    session_id, (julie, michel, *_) = session_ids
    window = open_room()
    select(window, "Dupont")
    press(qtbot, window, Qt.Key.Key_D)
    select(window, "Dupont")
    no = answer("Annuler")
    press(qtbot, window, Qt.Key.Key_T)
    assert "Mettre fin au test de Julie Dupont" in no.text and kinds(db, session_id) == [j.TEST_STARTED]
    yes = answer("Mettre fin au test")
    press(qtbot, window, Qt.Key.Key_T)
    assert yes.text and kinds(db, session_id)[-1] == j.TEST_ENDED
    select(window, "Dupont")
    assert "raison de l'abandon à préciser" in rows(window, STATE)[0]
    from pixdesk.ui import room_window
    monkeypatch.setattr(room_window.AbandonDialog, "ask", classmethod(lambda cls, parent, names: "technical"))
    press(qtbot, window, Qt.Key.Key_B)
    outcome = room.room_report(db, session_id).candidates[0]
    assert (outcome.state, outcome.abort_reason) == (r.ENDED, "technical")


def open_picker(qtbot, window: RoomWindow, key=Qt.Key.Key_I, modifier=Qt.KeyboardModifier.NoModifier
                ) -> IncidentPicker:
    if QApplication.activeWindow() is not window:
        activate(qtbot, window)
    qtbot.keyClick(window.table, key, modifier)
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.isVisible(), timeout=3000)
    return window.picker


def test_picker_types_e3_then_the_question_number(qtbot, db, session_ids, open_room):
    session_id, (julie, *_) = session_ids
    window = open_room()
    select(window, "Dupont")
    picker = open_picker(qtbot, window)
    assert picker.focusWidget() is picker.code_input
    qtbot.keyClicks(picker.code_input, "e3")
    assert picker.chosen.code == "E3" and picker.code_buttons["E3"].isChecked()
    qtbot.keyClick(picker.code_input, Qt.Key.Key_Return)
    assert picker.focusWidget() is picker.question and picker.isVisible()  # E codes ask for the question number
    qtbot.keyClicks(picker.question, "12")
    qtbot.keyClick(picker.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.picker is None, timeout=5000)
    incidents = room.list_incidents(db, session_id)
    assert [(i.candidate_id, i.code, i.category, i.subcategory, i.question_number) for i in incidents] == [
        (julie, "E3", "IN_CHALLENGE", "FILE_NOT_OPENING", 12)]
    assert rows(window, INCIDENTS)[0] == "E3 q12"


def test_picker_counts_the_description_asks_c3_exit_time_and_keeps_an_incomplete_one(qtbot, db, session_ids,
                                                                                     open_room):
    session_id, (julie, *_) = session_ids
    window = open_room()
    select(window, "Dupont")
    picker = open_picker(qtbot, window)
    picker.code_buttons["C3"].click()
    assert picker.exit_time.isVisible() and not picker.question.isVisible()
    picker.description.setPlainText("x" * 520)
    assert len(picker.description.toPlainText()) == 500 and picker.counter.text() == "500 / 500"
    picker.description.setPlainText("Sorti sans voir l'écran de fin")
    assert picker.counter.text() == "30 / 500"
    picker.save_button.click()  # the exit time is missing: said, nothing written
    assert "l'heure de sortie" in picker.error.text() and room.list_incidents(db, session_id) == []
    picker.later_button.click()  # kept as it is, flagged in the room
    qtbot.waitUntil(lambda: window.picker is None, timeout=5000)
    (incident,) = room.list_incidents(db, session_id)
    assert (incident.code, incident.complete, incident.exit_time) == ("C3", False, None)
    select(window, "Dupont")
    assert "signalement à compléter" in rows(window, STATE)[0]
    # Completed later by a correction: a new event, the first one kept.
    window.incident_list.setCurrentIndex(window.incident_model.index(0, 0))
    picker = window.correct_incident()
    qtbot.waitExposed(picker)
    assert picker.description.toPlainText() == "Sorti sans voir l'écran de fin"
    picker.exit_time.setText("10h42")
    picker.save_button.click()
    qtbot.waitUntil(lambda: window.picker is None, timeout=5000)
    (incident,) = room.list_incidents(db, session_id)
    assert (incident.complete, incident.exit_time) == (True, "10:42")
    assert kinds(db, session_id) == [j.INCIDENT_NOTED, j.INCIDENT_CORRECTED]


def test_a_room_wide_incident_and_the_removal_of_one(qtbot, db, session_ids, open_room, answer):
    session_id, (julie, michel, jean, anais) = session_ids
    window = open_room()
    window.table.selectAll()
    press(qtbot, window, Qt.Key.Key_D)  # all four start at once
    window.table.clearSelection()
    select(window, "Dupont")
    picker = open_picker(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert "toute la salle (4 candidats" in picker.findChild(QLabel, "sectionTitle").text()
    qtbot.keyClicks(picker.code_input, "a1")
    qtbot.keyClick(picker.code_input, Qt.Key.Key_Return)
    assert picker.focusWidget() is picker.description
    picker.description.setPlainText("Coupure du réseau de 10:20 à 10:35")
    picker.save_button.click()
    qtbot.waitUntil(lambda: window.picker is None, timeout=5000)
    assert sorted(i.candidate_id for i in room.list_incidents(db, session_id)) == sorted(session_ids[1])
    select(window, "Durand")
    window.incident_list.setCurrentIndex(window.incident_model.index(0, 0))
    answer("Retirer")
    window.remove_incident()
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=5000)
    assert sorted(i.candidate_id for i in room.list_incidents(db, session_id)) == sorted([julie, jean, anais])


def test_lock_hides_the_room_and_opens_with_the_invigilator_password(qtbot, db, session_ids, open_room):
    session_id, _ = session_ids
    password = sessions.get_session(db, session_id).invigilator_password
    window = open_room()
    select(window, "Dupont")
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.pages.currentIndex() == LOCK_PAGE
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_P)  # typed into the password field, not an action
    window.trigger("present")
    assert kinds(db, session_id) == []
    window.close()
    assert window.isVisible()  # a candidate at the desk cannot close it
    window.lock_page.password.setText("wrong!")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert window.locked and window.lock_page.error.text() == "Mot de passe incorrect."
    window.lock_page.password.setText(password)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked and window.pages.currentIndex() == ROOM_PAGE


def test_projector_shows_times_per_extra_time_group_and_no_names(qtbot, db, session_ids, open_room, clock):
    session_id, (julie, michel, jean, anais) = session_ids
    window = open_room()
    window.table.selectAll()
    clock.set(at(10, 5))
    press(qtbot, window, Qt.Key.Key_D)
    projector = window.open_projector()
    qtbot.addWidget(projector)
    texts = " | ".join(label.text() for label in projector.findChildren(QLabel))
    session = sessions.get_session(db, session_id)
    for expected in (f"Session {session_id}", session.access_code, "10:05", "Sans temps majoré", "fin 11:50",
                     "Temps majoré 33 %", "fin 12:24", "Temps majoré 50 %", "fin 12:42", "pix.fr",
                     f"numéro de session {session_id}", "écran de fin de test"):
        assert expected in texts, expected
    for last, first, _ in PEOPLE:
        assert last not in texts and first not in texts
    clock.set(at(10, 6, ))
    window.tick()
    assert projector.clock.text().startswith("10:06")


def test_a_room_left_open_by_a_crash_comes_back_with_its_banner(qtbot, db, session_ids, clock):
    session_id, (julie, *_) = session_ids
    # The room was open, an action was recorded at 9:55, then the power went (no close).
    crashed_clock = FixedClock(at(9, 55))
    room.open_room(db, session_id, clock=crashed_clock)
    room.record_action(db, session_id, [julie], "present", clock=crashed_clock)
    from pixdesk.ui.main_window import MainWindow
    main = MainWindow(db)
    qtbot.addWidget(main)
    (window,) = main.reopen_interrupted_rooms()  # deleted when closed, below
    local = at(9, 55).astimezone().strftime("%H:%M")
    assert any(f"Reprise après interruption : dernière action à {local}" in t for t in window.banner_texts())
    assert window.room.state_of(window.room.by_id[julie]).state == r.PRESENT
    window.close()
    assert room.interrupted_rooms(db) == []  # the crashed view is accounted for, the new one closed


def test_a_clock_change_during_the_exam_is_shown_and_journaled(qtbot, db, session_ids):
    session_id, _ = session_ids
    wall = [at(10, 0)]
    steady = [0]
    clock = RoomClock(wall=lambda: wall[0], steady=lambda: steady[0])
    window = RoomWindow(db, session_id, clock=clock)
    qtbot.addWidget(window)
    wall[0] += timedelta(hours=1)  # someone moves the laptop's clock
    window.tick()
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=5000)
    assert any("L'horloge de l'ordinateur a changé (+60 min)" in t for t in window.banner_texts())
    assert [e.data["offset_seconds"] for e in load_events(db, session_id) if e.kind == j.CLOCK_CHANGED] == [3600]
    assert window.now_label.text() == at(10, 0).astimezone().strftime("%H:%M:%S")  # the room keeps its time


def test_opened_from_the_session_page_and_the_sessions_list(qtbot, window, db, session_ids):
    session_id, _ = session_ids
    window.refresh()
    window.sessions_page.select_session(session_id)
    window.sessions_page.room_button.click()
    first = window.room_windows[session_id]  # deleted when closed, below
    assert first.title.text() == f"Session {session_id}"
    window.open_session(session_id)
    window.session_page.room_button.click()
    assert window.room_windows[session_id] is first  # one room view per session
    first.close()
    assert session_id not in window.room_windows


def test_a_finalised_session_opens_read_only(qtbot, db, session_ids, clock):
    session_id, _ = session_ids
    with db.transaction() as store:
        store.get(CertificationSession, session_id).finalized_at = clock.now()
    window = RoomWindow(db, session_id, clock=clock)
    qtbot.addWidget(window)
    assert window.read_only and any("lecture seule" in t for t in window.banner_texts())
    window.table.selectRow(0)
    assert not any(b.isEnabled() for b in window.action_buttons.values())
    window.trigger("present")
    assert load_events(db, session_id) == []


def test_what_another_pixdesk_writes_shows_up(qtbot, db, session_ids, open_room, clock):
    session_id, (julie, *_) = session_ids
    window = open_room()
    room.record_action(db, session_id, [julie], "start", clock=clock)  # e.g. `pixdesk attendance … start`
    window._check_external_changes()
    assert rows(window, STATE)[0] == "en cours"


def test_every_input_of_the_room_is_named(qtbot, open_room):
    window = open_room()
    assert unnamed_inputs(window) == []
    select(window, "Dupont")
    picker = open_picker(qtbot, window)
    picker.code_buttons["C3"].click()
    assert unnamed_inputs(picker) == []
    picker.reject()
    window.lock()
    assert unnamed_inputs(window) == []
    window.unlock()


def test_the_centre_chooses_the_grid_the_picker_shows(qtbot, db, session_ids, clock):
    from pixdesk.services import centres
    from pixdesk.ui.centre_dialog import CentreDialog
    dialog = CentreDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.incident_grid.currentData() == "pv"
    dialog.incident_grid.setCurrentIndex(dialog.incident_grid.findData("pix"))
    dialog.accept()
    assert centres.get_centre(db).incident_grid == "pix"
    window = RoomWindow(db, session_ids[0], clock=clock)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    picker = window.report_incident()
    assert set(picker.code_buttons) == {"C1", "C2", "C4", "C6", "C7", "C8", "E1", "E2", "E3", "E4", "E5", "E8",
                                        "E9", "E10", "E11", "E12"}
    qtbot.keyClicks(picker.code_input, "a1")  # a printed-grid code is still understood
    assert picker.chosen.code == "A1" and picker.chosen.grid == "pv"
    picker.reject()


def test_the_room_prints_the_filled_pv(qtbot, db, session_ids, open_room, tmp_path, monkeypatch):
    window = open_room()
    select(window, "Dupont")
    press(qtbot, window, Qt.Key.Key_D)
    actions = {a.text(): a for a in window.print_button.menu().actions()}
    assert set(actions) == {"Feuille d'émargement remplie", "PV d'incident rempli"}
    target = tmp_path / "pv.pdf"
    monkeypatch.setattr(window.document_runner, "choose_path", lambda action, session_id: target)
    window.document_runner.open_pdf_when_done = False
    with qtbot.waitSignal(window.document_runner.done, timeout=20000):
        actions["PV d'incident rempli"].trigger()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_starting_pixdesk_after_a_crash_reopens_the_room(qtbot, db, session_ids):
    from pixdesk.ui.app import start
    session_id, (julie, *_) = session_ids
    crashed = FixedClock(at(9, 55))
    room.open_room(db, session_id, clock=crashed)  # the room view was open when the power went
    room.record_action(db, session_id, [julie], "start", clock=crashed)
    shell = start(db, ask_sign_in=False)
    qtbot.addWidget(shell.window)
    qtbot.waitUntil(lambda: session_id in shell.window.room_windows, timeout=5000)
    reopened = shell.window.room_windows[session_id]
    assert any(t.startswith("Reprise après interruption : dernière action à") for t in reopened.banner_texts())
    reopened.close()
