"""The window asks the central server at start, in a worker: a slow answer never delays the window."""

from PySide6.QtWidgets import QLabel

from pixdesk.ui import settings
from pixdesk.ui.app import start


def notice(shell):
    return shell.window.statusBar().findChild(QLabel, "updateNotice")


def test_a_newer_version_shows_in_the_status_bar_without_delaying_the_start(qtbot, db, version_server):
    version_server.delay = 1.0
    version_server.download_url = "https://pixdesk.example.org/download"
    settings.app_settings().setValue(settings.SERVER_URL, version_server.url)
    shell = start(db, "fr", check_updates=True)
    qtbot.addWidget(shell.window)
    assert shell.updates.info is None and notice(shell) is None  # the window is up; the answer comes later
    qtbot.waitUntil(lambda: notice(shell) is not None, timeout=5000)
    assert "PixDesk 0.2.0 est disponible" in notice(shell).text()
    assert "https://pixdesk.example.org/download" in notice(shell).text()
    shell.switch_language("en")  # a rebuilt window keeps the answer
    assert notice(shell) is not None


def test_turned_off_in_the_menu_it_asks_nothing(qtbot, db, version_server):
    settings.app_settings().setValue(settings.SERVER_URL, version_server.url)
    shell = start(db, "fr", check_updates=True)
    qtbot.addWidget(shell.window)
    qtbot.waitUntil(lambda: len(version_server.requests) == 1, timeout=5000)
    shell.window.updates_action.setChecked(False)
    assert settings.read_bool(settings.UPDATES_OFF)
    second = start(db, "fr", check_updates=True)
    qtbot.addWidget(second.window)
    assert not second.window.updates_action.isChecked()
    assert second.updates.worker is None and len(version_server.requests) == 1


def test_no_server_known_means_no_check(qtbot, db):
    shell = start(db, "fr", check_updates=True)
    qtbot.addWidget(shell.window)
    assert shell.updates.worker is None
