"""Starting the desktop application: `run(db, lang)` is what `pixdesk` (no command) calls."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pixdesk import APP_AUTHOR, APP_NAME, __version__, language, logs
from pixdesk.store import Database
from pixdesk.texts import translate
from pixdesk.ui import crash, settings, workers
from pixdesk.ui.i18n import install_language
from pixdesk.ui.icons import app_icon
from pixdesk.ui.main_window import SESSION_PAGE, MainWindow
from pixdesk.ui.room_window import RoomWindow
from pixdesk.ui.theme import SYSTEM, apply_theme
from pixdesk.sync import account as accounts
from pixdesk.ui.sync_controller import SyncController
from pixdesk.ui.update_check import UpdateCheck


def choose_language(requested: str | None) -> str:
    """--lang wins, then the choice made in the menu, then the environment (French by default)."""
    if requested in language.SUPPORTED:
        return requested
    stored = settings.read_str(settings.LANGUAGE)
    return stored if stored in language.SUPPORTED else language.current()


class Shell(QObject):
    """Owns the main window; a language or theme change rebuilds it in place (same page, same size)."""

    def __init__(self, db: Database):
        super().__init__()
        self._db = db
        self.window: MainWindow | None = None
        self.updates = UpdateCheck(self)
        self.updates.answered.connect(lambda _info: self.updates.show_in(self.window))
        # One synchronisation for the whole run: a window rebuilt for a language or theme keeps it.
        self.sync = SyncController(db, self)

    def show(self) -> MainWindow:
        self.window = MainWindow(self._db, sync=self.sync)
        self.window.language_requested.connect(self.switch_language)
        self.window.theme_requested.connect(self.switch_theme)
        self.updates.show_in(self.window)
        self.window.show()
        return self.window

    def _rebuild(self) -> None:
        old = self.window
        old.save_geometry()
        open_session = old.session_page.session.id if old.pages.currentIndex() == SESSION_PAGE else None
        new = self.show()
        new.room_windows = old.room_windows  # open room views stay open, and known
        for room_window in new.room_windows.values():
            room_window.closed.connect(new._room_closed)
        if open_session is not None:
            new.open_session(open_session)
        old.hide()
        old.deleteLater()

    def switch_language(self, lang: str) -> None:
        settings.app_settings().setValue(settings.LANGUAGE, lang)
        install_language(lang)
        self._rebuild()

    def switch_theme(self, choice: str) -> None:
        settings.app_settings().setValue(settings.THEME, choice)
        apply_theme(choice)
        self._rebuild()

    def follow_system_theme(self) -> None:
        if settings.read_str(settings.THEME, SYSTEM) == SYSTEM:
            apply_theme(SYSTEM)
            self._rebuild()


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def start(db: Database, lang: str | None = None, *, ask_sign_in: bool = True, check_updates: bool = False) -> Shell:
    """Everything `run` does except the event loop (the tests and the screenshot script use it)."""
    create_application()
    install_language(choose_language(lang))
    apply_theme(settings.read_str(settings.THEME, SYSTEM))
    shell = Shell(db)
    window = shell.show()
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: shell.follow_system_theme())
    if ask_sign_in and not settings.read_bool(settings.SIGN_IN_ASKED):
        QTimer.singleShot(0, window.sign_in)
    if check_updates:
        # The server this store signed in to, and no other.
        shell.updates.start(accounts.server_url(db))
        # Whatever was waiting since the last run goes out now (quietly: no password is asked at start).
        QTimer.singleShot(0, lambda: shell.sync.sync("timer"))
    # An exam interrupted by a crash or a power cut comes back first.
    QTimer.singleShot(0, lambda: shell.window.reopen_interrupted_rooms() if shell.window else None)
    return shell


def start_room(db: Database, session_id: int, lang: str | None = None) -> RoomWindow:
    """`pixdesk room ID`: the room view alone, as on the invigilator's laptop."""
    create_application()
    install_language(choose_language(lang))
    apply_theme(settings.read_str(settings.THEME, SYSTEM))
    window = RoomWindow(db, session_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def check_store(db: Database, parent=None) -> workers.Worker | None:
    """Check the store as the first change of the day would (quick_check, daily backup), in a worker as the window
    opens (0.6 s for a 50 MB store the system has not cached), so that a damaged store is said before anyone types
    into it. A read-only store is said by the window's title instead."""
    if db.read_only:
        return None
    worker = workers.Worker(db.check_before_writing, reports_progress=False)
    worker.signals.failed.connect(lambda error: show_error(crash.explain(error, db.path), parent))
    workers.start(worker)
    return worker


def show_error(text: str, parent=None) -> None:
    """One line in a message box: the window's way of saying what the command line prints."""
    create_application()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    box.exec()


def report_shown(app: QApplication, as_json: bool) -> None:
    """`pixdesk --smoke-test`: the window is on screen; say so (installers and the start-up benchmark read it)."""
    platform = QGuiApplication.platformName()
    if as_json:
        print(json.dumps({"window_shown": True, "shown_at": time.time(), "platform": platform}), flush=True)
    else:
        print(translate("selftest", "Fenêtre affichée : PixDesk {version}, plateforme {platform}").format(
            version=__version__, platform=platform), flush=True)
    app.quit()


def run(db: Database, lang: str | None = None, *, smoke: bool = False, as_json: bool = False,
        room_session: int | None = None) -> int:
    crash.install_excepthook(db.path)
    try:
        logs.logger()  # before anything logs: "pixdesk.room" and the others write there, safely
    except OSError:
        pass
    app = create_application()
    if room_session is not None:
        shell = start_room(db, room_session, lang)
    else:
        shell = start(db, lang, ask_sign_in=not smoke, check_updates=not smoke)
    if smoke:  # runs once the event loop has shown and painted the window
        QTimer.singleShot(0, lambda: report_shown(app, as_json))
    else:
        QTimer.singleShot(0, lambda: check_store(db, getattr(shell, "window", shell)))
    code = app.exec()
    # A window closed mid-import or mid-export: let the worker end (its work is one transaction, or a temp file
    # renamed at the end) before the interpreter goes away under it.
    QThreadPool.globalInstance().waitForDone()
    shell = None  # the window goes before the application
    return code
