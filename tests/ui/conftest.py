"""UI tests drive the real widgets offscreen on a real SQLite file; QSettings go to a per-test folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pixdesk.ui import settings
from pixdesk.ui.app import create_application
from pixdesk.ui.i18n import install_language
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.theme import LIGHT, apply_theme


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    create_application()
    install_language("fr")
    apply_theme(LIGHT)
    settings.app_settings().setValue(settings.SIGN_IN_ASKED, True)
    yield tmp_path / "settings"
    install_language("fr")


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


class MessageBoxAnswer:
    """Clicks a button of the next message box (they run their own event loop), remembering what it said."""

    def __init__(self, button_text: str, attempts: int = 200):
        self.button_text = button_text
        self.text = None
        self.informative = None
        self._attempts = attempts
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.text, self.informative = box.text(), box.informativeText()
            for button in box.buttons():
                if button.text().replace("&", "") == self.button_text:
                    button.click()
                    return
            raise AssertionError(f"no button {self.button_text!r} in {[b.text() for b in box.buttons()]}")
        self._attempts -= 1
        if self._attempts > 0:
            QTimer.singleShot(10, self._try)


@pytest.fixture
def answer():
    return MessageBoxAnswer


def activate(qtbot, widget) -> None:
    """Make a dialog the active window so focus and Tab behave as for a user."""
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
