"""The window's side of the sync, offscreen against the real server: the real sign-in, the status always in the
status bar, "Synchroniser" off the UI thread, per-row marks, the history window, the password asked where no
keyring is, and the room files from the menus."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.sync import account as accounts
from pixdesk.ui import settings
from pixdesk.ui.app import create_application
from pixdesk.ui.i18n import install_language
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.sign_in import SignInDialog
from pixdesk.ui.sync_controller import SyncController
from pixdesk.ui.theme import LIGHT, apply_theme
from tests.sync.conftest import PASSWORD, fast_options
from tests.sync.faults import FaultProxy, Rule, writes


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    create_application()
    install_language("fr")
    apply_theme(LIGHT)
    settings.app_settings().setValue(settings.SIGN_IN_ASKED, True)
    yield tmp_path / "settings"
    install_language("fr")


def open_window(qtbot, desktop) -> MainWindow:
    window = MainWindow(desktop.db, sync=SyncController(desktop.db, options=fast_options()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in_through_the_dialog(qtbot, window, url: str) -> SignInDialog:
    dialog = window.sign_in()
    dialog.server.clear()
    qtbot.keyClicks(dialog.server, url)
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "gestion@lycee.fr")
    qtbot.keyClicks(dialog.password, PASSWORD)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(dialog.password.text()))
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(accepted), timeout=20000)
    return accepted[0]


def test_real_sign_in_status_marks_and_history(qtbot, member, desktops, memory_keyring, isolated_settings):
    desktop = desktops("manager")
    window = open_window(qtbot, desktop)
    assert window.sync_button.text() == "Non connecté au serveur"
    left_in_the_field = sign_in_through_the_dialog(qtbot, window, member)
    assert left_in_the_field == ""
    assert len(memory_keyring.secrets) == 1
    stored = "".join(p.read_text() for p in isolated_settings.rglob("*.ini"))
    assert PASSWORD not in stored and list(memory_keyring.secrets.values())[0] not in stored
    assert settings.read_str(settings.SERVER_URL) == member  # the update check asks this server
    qtbot.waitUntil(lambda: not window.sync.running and window.sync_button.text() == "À jour", timeout=20000)

    session_id = desktop.new_session()
    window.refresh()
    assert window.sync_button.text() == "4 modifications en attente"
    window.open_session(session_id)
    marks = window.session_page.candidates.model
    assert [marks.mark_of(c) for c in marks.records()] == ["pending"] * 3
    assert window.sessions_page.model.mark_of(window.sessions_page.model.records()[0]) == "pending"

    assert window.sync_action.shortcut().toString() == "F5"
    window.sync_action.trigger()
    assert window.sync.running  # in a worker: the window goes on while it runs
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    assert window.sync_button.text() == "À jour"
    assert [marks.mark_of(c) for c in window.session_page.candidates.model.records()] == [None] * 3
    assert "envoyée" in window.statusBar().currentMessage()

    history = window.show_sync_history()
    assert history.runs_model.rowCount() == 2
    assert [history.runs_model.data(history.runs_model.index(0, c)) for c in (1, 2, 3)] == [
        "Synchroniser", "À jour", "4"]
    history.reject()


def test_the_window_stays_responsive_while_a_slow_sync_runs(qtbot, member, desktops):
    desktop = desktops("manager")
    proxy = FaultProxy(member, [Rule(writes(), "delay-answer", times=100, seconds=0.5)])
    try:
        desktop.sign_in(proxy.url)
        desktop.new_session()
        window = open_window(qtbot, desktop)
        ticks = []
        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(50)
        assert window.sync_now()
        assert window.sync_button.text() == "Synchronisation…"
        qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
        timer.stop()
        assert len(ticks) >= 20  # the event loop ran all along (≥ 2 s of slow answers)
        assert window.sync_button.text() == "À jour"
    finally:
        proxy.close()


def test_without_a_keyring_the_password_is_asked_and_kept_for_this_run_only(qtbot, member, desktops, monkeypatch):
    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        desktop = desktops("manager")
        window = open_window(qtbot, desktop)
        dialog = window.sign_in()
        assert "demandé à chaque synchronisation" in dialog.keyring_note.text()
        dialog.reject()
        sign_in_through_the_dialog(qtbot, window, member)
        qtbot.waitUntil(lambda: not window.sync.running and window.sync_button.text() == "À jour", timeout=20000)
        desktop.new_session()
        # A new run of PixDesk: nothing was stored, so the password is asked at the sync.
        asked = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or PASSWORD, True))
        second = open_window(qtbot, desktop)
        assert not second.sync.sync("timer")  # the timer never asks
        assert second.sync_now()
        assert asked and "Aucun trousseau" in asked[0]
        qtbot.waitUntil(lambda: not second.sync.running, timeout=20000)
        assert second.sync_button.text() == "À jour"
    finally:
        keyring.set_keyring(saved)


def test_conflicts_are_shown_to_the_manager(qtbot, member, desktops):
    manager, laptop = desktops("manager"), desktops("laptop")
    manager.sign_in(member)
    laptop.sign_in(member)
    session_id = manager.new_session()
    manager.sync()
    laptop.sync()
    on_laptop = laptop.session_by_uuid(sessions.get_session(manager.db, session_id).uuid).id
    sessions.update_session(manager.db, session_id, SessionInput(room="Salle du manager"))
    sessions.update_session(laptop.db, on_laptop, SessionInput(room="Salle du portable"))
    manager.sync()
    laptop.sync()
    manager.sync()
    window = open_window(qtbot, manager)
    history = window.show_sync_history()
    model = history.attention_model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1] == "Conflit" and row[3] == "Nom de la salle" and row[2].startswith("Session ")
    assert (row[4], row[5]) == ("Salle du portable", "Salle du manager")
    assert history.tabs.tabText(1) == "Conflits et refus (1)"


def test_room_files_from_the_window(qtbot, desktops, tmp_path):
    manager, laptop = desktops("manager"), desktops("laptop")
    session_id = manager.new_session()
    window = open_window(qtbot, manager)
    window.open_session(session_id)
    kit = tmp_path / "salle.pixdesk"
    window.export_room_kit(str(kit))
    assert kit.exists()
    other = open_window(qtbot, laptop)
    other.import_room_kit(str(kit))
    assert "3 candidat(s) ajouté(s)" in other.statusBar().currentMessage()
    uuid = sessions.get_session(manager.db, session_id).uuid
    assert [s.uuid for s in sessions.list_sessions(laptop.db)] == [uuid]
    other.sessions_page.select_session(sessions.list_sessions(laptop.db)[0].id)
    journal = tmp_path / "salle.pixdesk-journal"
    other.export_journal(str(journal))
    window.import_journal(str(journal))
    assert "0 événement(s) ajouté(s)" in window.statusBar().currentMessage()
    assert len(candidates.list_candidates(laptop.db, sessions.list_sessions(laptop.db)[0].id)) == 3
    assert accounts.current_account(laptop.db) is None
