"""Start-up, remembered settings, language and theme switches, sign-in, and the last-resort error handler."""

import sys
from datetime import date

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from pixdesk import language
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import sessions
from pixdesk.ui import crash, settings
from pixdesk.ui.app import Shell, choose_language, start
from pixdesk.ui.main_window import MainWindow, SESSION_PAGE
from pixdesk.ui.sign_in import OFFLINE, SignInDialog
from pixdesk.ui.theme import DARK, LIGHT, colors


def test_window_geometry_is_remembered(qtbot, db):
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.setGeometry(QRect(10, 30, 780, 610))  # the offscreen screen is 800×800
    first.show()
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 610)


def test_language_choice_order():
    assert choose_language("en") == "en"
    settings.app_settings().setValue(settings.LANGUAGE, "en")
    assert choose_language(None) == "en"
    settings.app_settings().setValue(settings.LANGUAGE, "")
    assert choose_language(None) == language.current()


def test_language_switch_rebuilds_the_window_on_the_same_session(qtbot, db):
    created = sessions.create_session(db, SessionInput("A", "1", date.today().isoformat(), "10:00", "X"))
    shell = Shell(db)
    window = shell.show()
    qtbot.addWidget(window)
    window.open_session(created.id)
    window.language_actions["en"].trigger()
    new = shell.window
    qtbot.addWidget(new)
    assert new is not window
    assert language.current() == "en"
    assert new.pages.currentIndex() == SESSION_PAGE and new.session_page.session.id == created.id
    assert new.session_page.tabs.tabText(0) == "Details"
    assert new.session_page.details.values["status"].text() == "Created"  # domain labels follow too
    assert settings.read_str(settings.LANGUAGE) == "en"


def test_dark_theme_switch(qtbot, db):
    shell = Shell(db)
    qtbot.addWidget(shell.show())
    shell.window.theme_actions[DARK].trigger()
    qtbot.addWidget(shell.window)
    assert QApplication.instance().palette().window().color().name() == colors(DARK)["window"]
    assert settings.read_str(settings.THEME) == DARK
    shell.window.theme_actions[LIGHT].trigger()
    qtbot.addWidget(shell.window)
    assert QApplication.instance().palette().window().color().name() == colors(LIGHT)["window"]


def test_sign_in_is_offered_at_first_start_and_checks_what_is_typed(qtbot, db, isolated_settings):
    """The real sign-in against a server is tested in tests/sync/test_sync_ui.py."""
    settings.app_settings().setValue(settings.SIGN_IN_ASKED, False)
    shell = start(db, "fr")
    qtbot.addWidget(shell.window)
    qtbot.waitUntil(lambda: isinstance(shell.window.dialog, SignInDialog))
    dialog = shell.window.dialog
    assert dialog.forgotten.text().endswith(">Mot de passe oublié ?</a>")
    qtbot.keyClicks(dialog.email, "pas une adresse")
    qtbot.keyClicks(dialog.password, "s3cret-Pix")
    dialog.sign_in_button.click()
    assert dialog.errors.message_of("email") == "Veuillez indiquer une adresse e-mail valide."
    assert dialog.errors.message_of("server") == "Veuillez indiquer l'adresse du serveur."
    qtbot.keyClicks(dialog.server, "http://pix.example.org")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "paul.martin@example.fr")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.errors.message_of("server") != "")
    assert "http://" in dialog.errors.message_of("server")
    dialog.offline_button.click()
    assert settings.read_bool(settings.SIGN_IN_ASKED)
    stored = "".join(p.read_text() for p in isolated_settings.rglob("*.ini"))
    assert "s3cret-Pix" not in stored


def test_offline_choice_records_nothing_but_the_question(qtbot, db):
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.offline_button.click()
    assert dialog.result() == OFFLINE
    assert settings.read_str(settings.SIGN_IN_EMAIL) == ""


def test_unexpected_error_is_logged_and_shown_without_a_trace(qtbot, window, answer, tmp_path):
    reply = answer("OK")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        crash.handle_exception(*sys.exc_info())
    assert reply.text.startswith("Une erreur inattendue s'est produite.")
    assert "Traceback" not in reply.text and "boom" not in reply.text
    log = crash.log_path()
    assert str(tmp_path) in str(log)
    # The type and where it happened, never the message: a message can hold what the user typed.
    assert "builtins.RuntimeError" in log.read_text() and "boom" not in log.read_text()
