"""The main window: the sessions list and a session's page, menus with shortcuts, status-bar feedback."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from pixdesk import __version__, language
from pixdesk.models.errors import DomainError, Problem
from pixdesk.services import centres, sessions
from pixdesk.services import room as room_service
from pixdesk.services.sessions import SessionSummary
from pixdesk.store import Database
from pixdesk.texts import language_name
from pixdesk.ui import settings
from pixdesk.ui.centre_dialog import CentreDialog
from pixdesk.ui.dialogs import confirm, refuse
from pixdesk.ui.icons import app_icon, icon
from pixdesk.ui.room_window import RoomWindow
from pixdesk.ui.session_form import SessionFormDialog
from pixdesk.ui.session_page import CANDIDATES_TAB, SessionPage
from pixdesk.ui.sessions_page import SessionsPage
from pixdesk.ui.sign_in import SignInDialog
from pixdesk.ui.sync_controller import SyncController
from pixdesk.ui.sync_history import SyncHistoryDialog
from pixdesk.services.outbox import entity_marks
from pixdesk.ui.theme import DARK, LIGHT, SYSTEM
from pixdesk.ui.update_check import toggle_action

STATUS_TIMEOUT_MS = 6000
LIST_PAGE, SESSION_PAGE = 0, 1


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    theme_requested = Signal(str)

    def __init__(self, db: Database, parent=None, sync: SyncController | None = None):
        super().__init__(parent)
        self._db = db
        self.sync = sync or SyncController(db, self)
        self.dialog = None  # the form or dialog currently open, for the tests and the screenshots
        self.setWindowIcon(app_icon())
        self.resize(1200, 760)
        self.setMinimumSize(760, 520)

        self.sessions_page = SessionsPage()
        self.session_page = SessionPage(db)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sessions_page)
        self.pages.addWidget(self.session_page)
        self.setCentralWidget(self.pages)
        self.centre_label = QLabel()
        self.centre_label.setObjectName("muted")
        self.sync_button = self.sync.status_button(self)
        self.sync_button.clicked.connect(self.show_sync_history)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.centre_label)
        self.sync.finished.connect(self._synced)

        self.sessions_page.create_requested.connect(self.create_session)
        self.sessions_page.open_requested.connect(self.open_session)
        self.sessions_page.room_requested.connect(self.open_room)
        self.session_page.room_requested.connect(self.open_room)
        self.room_windows: dict[int, RoomWindow] = {}
        self.session_page.back_requested.connect(self.show_list)
        self.session_page.changed.connect(lambda session_id: self.refresh(select_id=session_id))
        self.session_page.deleted.connect(self._session_deleted)
        self.session_page.message.connect(self.notify)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())

        self._build_actions()
        self._build_menus()
        self.refresh()
        self._update_title()
        self._restore_geometry()

    # --- menus and shortcuts
    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&Nouvelle session…"), self.create_session,
                                       QKeySequence.StandardKey.New, "add")
        self.open_action = self._action(self.tr("&Ouvrir la session"), self.open_selected, "Ctrl+O")
        self.delete_action = self._action(self.tr("&Supprimer"), self.delete_current,
                                          QKeySequence.StandardKey.Delete, "trash")
        self.search_action = self._action(self.tr("&Rechercher"), self.focus_search, QKeySequence.StandardKey.Find,
                                          "search")
        self.back_action = self._action(self.tr("&Retour à la liste des sessions"), self.show_list,
                                        QKeySequence.StandardKey.Back, "back")
        self.add_candidate_action = self._action(self.tr("&Ajouter un candidat…"), self.add_candidate,
                                                 "Ctrl+Shift+N", "user")
        self.room_action = self._action(self.tr("Surveiller la &salle"), self.open_current_room, "Ctrl+Shift+S",
                                        "room")
        self.centre_action = self._action(self.tr("&Centre de certification…"), self.edit_centre)
        self.sign_in_action = self._action(self.tr("Se &connecter au serveur Pix…"), self.sign_in)
        self.sign_out_action = self._action(self.tr("Se &déconnecter du serveur"), self.sign_out)
        self.sync_action = self._action(self.tr("&Synchroniser"), lambda: self.sync_now(), "F5", "sync")
        self.history_action = self._action(self.tr("&Historique de synchronisation…"), self.show_sync_history)
        self.export_kit_action = self._action(self.tr("Exporter le &kit de salle…"), self.export_room_kit)
        self.import_kit_action = self._action(self.tr("&Importer un kit de salle…"), self.import_room_kit)
        self.export_journal_action = self._action(self.tr("Exporter le &journal de salle…"), self.export_journal)
        self.import_journal_action = self._action(self.tr("Importer un j&ournal de salle…"), self.import_journal)
        self.quit_action = self._action(self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("À &propos de PixDesk"), self.about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        for action in (self.new_action, self.open_action, self.room_action, self.add_candidate_action,
                       self.delete_action, None,
                       self.centre_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        sync_menu = self.menuBar().addMenu(self.tr("S&ynchronisation"))
        for action in (self.sync_action, self.history_action, None, self.sign_in_action, self.sign_out_action, None,
                       self.export_kit_action, self.import_kit_action, self.export_journal_action,
                       self.import_journal_action):
            sync_menu.addSeparator() if action is None else sync_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.back_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Thème"))
        self.theme_actions = self._choice_group(
            theme_menu, ((SYSTEM, self.tr("Selon le système")), (LIGHT, self.tr("Clair")), (DARK, self.tr("Sombre"))),
            settings.read_str(settings.THEME, SYSTEM), self.theme_requested)
        language_menu = self.menuBar().addMenu(self.tr("&Langue"))
        self.language_actions = self._choice_group(
            language_menu, [(code, language_name(code)) for code in language.SUPPORTED], language.current(),
            self.language_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        help_menu.addAction(self.about_action)
        self.updates_action = toggle_action(self, self.tr("Rechercher les mises à jour au démarrage"))
        help_menu.addAction(self.updates_action)

    def _choice_group(self, menu, choices, current: str, signal) -> dict[str, QAction]:
        group = QActionGroup(self)
        actions = {}
        for key, label in choices:
            action = QAction(label, self, checkable=True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _checked=False, key=key: signal.emit(key) if key != current else None)
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def _update_actions(self) -> None:
        on_session = self.pages.currentIndex() == SESSION_PAGE
        self.back_action.setEnabled(on_session)
        self.add_candidate_action.setEnabled(on_session)
        self.open_action.setEnabled(not on_session)

    # --- the exam room
    def open_current_room(self) -> None:
        if self.pages.currentIndex() == SESSION_PAGE and self.session_page.session is not None:
            self.open_room(self.session_page.session.id)
        else:
            selected = self.sessions_page.selected_session()
            if selected is not None:
                self.open_room(selected.id)

    def open_room(self, session_id: int) -> RoomWindow | None:
        """The session's room view, in its own window (one per session: asked again, it comes to the front)."""
        existing = self.room_windows.get(session_id)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            window = RoomWindow(self._db, session_id)
        except DomainError as error:
            refuse(self, self.tr("Surveiller la salle"), "\n".join(error.messages()))
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._room_closed)
        self.room_windows[session_id] = window
        window.show()
        return window

    def _room_closed(self, session_id: int) -> None:
        self.room_windows.pop(session_id, None)
        self.refresh(select_id=session_id)

    def reopen_interrupted_rooms(self) -> list[RoomWindow]:
        """After a crash or a power cut: the room views that were open come back, with their banner."""
        return [w for session_id, _ in room_service.interrupted_rooms(self._db)
                if (w := self.open_room(session_id)) is not None]

    def _update_title(self) -> None:
        centre = centres.get_centre(self._db)
        title = f"PixDesk — {centre.name}"
        if self._db.read_only:
            # Said up front, not at the first refused change: the store can be viewed and printed only.
            title += " — " + self.tr("lecture seule")
            self.centre_label.setText(centre.name + " — " + self.tr("base en lecture seule"))
        else:
            self.centre_label.setText(centre.name)
        self.setWindowTitle(title)

    # --- navigation
    def refresh(self, select_id: int | None = None) -> None:
        listed = sessions.list_sessions(self._db)
        self.sessions_page.set_sessions(listed, select_id)
        self.sessions_page.model.set_marks(entity_marks(self._db, "certification_session", [s.uuid for s in listed]))
        self.sync.refresh()

    def show_list(self) -> None:
        if self.pages.currentIndex() == SESSION_PAGE:
            current = self.session_page.session
            self.pages.setCurrentIndex(LIST_PAGE)
            if current is not None:
                self.sessions_page.select_session(current.id)
            self.sessions_page.table.setFocus()

    def open_session(self, session_id: int) -> None:
        try:
            self.session_page.show_session(session_id)
        except DomainError as error:
            refuse(self, self.tr("Ouvrir la session"), "\n".join(error.messages()))
            self.refresh()
            return
        self.pages.setCurrentIndex(SESSION_PAGE)
        self._update_actions()

    def open_selected(self) -> None:
        selected = self.sessions_page.selected_session()
        if selected is not None:
            self.open_session(selected.id)

    def focus_search(self) -> None:
        if self.pages.currentIndex() == LIST_PAGE:
            self.sessions_page.focus_search()
        else:
            self.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
            self.session_page.candidates.search.setFocus()

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # --- actions
    def create_session(self) -> SessionFormDialog:
        dialog = SessionFormDialog(self._db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._session_created(dialog.saved))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _session_created(self, created: SessionSummary) -> None:
        self.refresh(select_id=created.id)
        self.open_session(created.id)
        self.notify(self.tr("Session %1 créée. Code d'accès : %2").replace("%1", str(created.id))
                    .replace("%2", created.access_code))

    def add_candidate(self) -> None:
        if self.pages.currentIndex() == SESSION_PAGE:
            self.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
            self.dialog = self.session_page.candidates.add_candidate()

    def delete_current(self) -> None:
        if self.pages.currentIndex() == LIST_PAGE:
            selected = self.sessions_page.selected_session()
            if selected is not None:
                self._delete_from_list(selected)
        elif self.session_page.tabs.currentIndex() == CANDIDATES_TAB:
            self.session_page.candidates.delete_selected()
        else:
            self.session_page.delete_session()

    def _delete_from_list(self, session: SessionSummary) -> None:
        title = self.tr("Supprimer la session")
        if session.started:
            refuse(self, title, Problem("SESSION_STARTED_DELETION_ERROR").message())
            return
        if not confirm(self, title, self.tr("Supprimer la session %1 ?").replace("%1", str(session.id)),
                       self.tr("Supprimer"),
                       self.tr("La session et ses %1 candidat(s) seront supprimés définitivement.")
                       .replace("%1", str(session.candidate_count))):
            return
        try:
            sessions.delete_session(self._db, session.id)
        except DomainError as error:
            refuse(self, title, "\n".join(error.messages()))
            return
        self._session_deleted(session.id)
        self.notify(self.tr("Session %1 supprimée.").replace("%1", str(session.id)))

    def _session_deleted(self, _session_id: int) -> None:
        self.pages.setCurrentIndex(LIST_PAGE)
        self.refresh()

    def edit_centre(self) -> CentreDialog:
        dialog = CentreDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._centre_saved)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _centre_saved(self) -> None:
        self._update_title()
        if self.pages.currentIndex() == SESSION_PAGE:
            self.open_session(self.session_page.session.id)
        self.notify(self.tr("Centre de certification enregistré."))

    def sign_in(self) -> SignInDialog:
        dialog = SignInDialog(self._db, self, options=self.sync.options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(self._sign_in_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _signed_in(self, result, password: str) -> None:
        if not result.token_stored:
            self.sync.password = password  # this run only: no keyring keeps the sign-in
        self.notify(self.tr("Connecté à %1 (%2). Synchronisation…").replace("%1", result.account.server_url)
                    .replace("%2", result.account.email))
        self.sync.sync("manual")

    def _sign_in_closed(self, _result: int) -> None:
        settings.app_settings().setValue(settings.SIGN_IN_ASKED, True)
        self.dialog = None
        self.sync.refresh()

    def sign_out(self) -> None:
        from pixdesk.sync.engine import sign_out

        account = sign_out(self._db, self.sync.options)
        self.sync.signed_out()
        if account is not None:
            self.notify(self.tr("Déconnecté de %1.").replace("%1", account.server_url))

    def sync_now(self) -> bool:
        from pixdesk.sync import account as accounts

        if accounts.current_account(self._db) is None:
            self.sign_in()
            return False
        started = self.sync.sync("manual")
        if started:
            self.notify(self.tr("Synchronisation…"))
        return started

    def _synced(self, report) -> None:
        current = self.session_page.session.id if self.pages.currentIndex() == SESSION_PAGE else None
        self.refresh(select_id=current)
        if current is not None:
            try:
                self.session_page.show_session(current)
            except DomainError:  # deleted on another desktop
                self.show_list()
                self.refresh()
        if report is None:
            return
        if report.message:
            self.notify(report.message)
        else:
            self.notify(self.tr("Synchronisé : %1 envoyée(s), %2 reçue(s).").replace("%1", str(report.sent))
                        .replace("%2", str(report.received)))

    def show_sync_history(self) -> SyncHistoryDialog:
        dialog = SyncHistoryDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- room files for laptops with no network
    def _current_session_id(self) -> int | None:
        if self.pages.currentIndex() == SESSION_PAGE and self.session_page.session is not None:
            return self.session_page.session.id
        selected = self.sessions_page.selected_session()
        return selected.id if selected is not None else None

    def _room_file(self, title: str, work, *args) -> object | None:
        try:
            return work(self._db, *args)
        except DomainError as error:
            refuse(self, title, "\n".join(error.messages()))
            return None

    def export_room_kit(self, path: str | None = None) -> None:
        from pixdesk.services.room_kit import export_room_kit

        title = self.tr("Exporter le kit de salle")
        session_id = self._current_session_id()
        if session_id is None:
            refuse(self, title, self.tr("Choisissez d'abord une session."))
            return
        path = path or QFileDialog.getSaveFileName(self, title, f"session-{session_id}.pixdesk",
                                                   self.tr("Kit de salle PixDesk (*.pixdesk)"))[0]
        if path and self._room_file(title, export_room_kit, session_id, path):
            self.notify(self.tr("Kit de salle écrit : %1").replace("%1", path))

    def import_room_kit(self, path: str | None = None) -> None:
        from pixdesk.services.room_kit import import_room_kit

        title = self.tr("Importer un kit de salle")
        path = path or QFileDialog.getOpenFileName(self, title, "", self.tr("Kit de salle PixDesk (*.pixdesk)"))[0]
        if not path:
            return
        result = self._room_file(title, import_room_kit, path)
        if result is not None:
            self._update_title()
            self.refresh(select_id=result.session_id)
            self.notify(self.tr("Kit importé : session %1, %2 candidat(s) ajouté(s).")
                        .replace("%1", str(result.session_id)).replace("%2", str(result.candidates_added)))

    def export_journal(self, path: str | None = None) -> None:
        from pixdesk.services.room_kit import export_journal

        title = self.tr("Exporter le journal de salle")
        session_id = self._current_session_id()
        if session_id is None:
            refuse(self, title, self.tr("Choisissez d'abord une session."))
            return
        path = path or QFileDialog.getSaveFileName(self, title, f"journal-session-{session_id}.pixdesk-journal",
                                                   self.tr("Journal de salle PixDesk (*.pixdesk-journal)"))[0]
        if path and self._room_file(title, export_journal, session_id, path):
            self.notify(self.tr("Journal écrit : %1").replace("%1", path))

    def import_journal(self, path: str | None = None) -> None:
        from pixdesk.services.room_kit import import_journal

        title = self.tr("Importer un journal de salle")
        path = path or QFileDialog.getOpenFileName(self, title, "",
                                                   self.tr("Journal de salle PixDesk (*.pixdesk-journal)"))[0]
        if not path:
            return
        result = self._room_file(title, import_journal, path)
        if result is not None:
            self.refresh(select_id=result.session_id)
            self.notify(self.tr("Journal importé : %1 événement(s) ajouté(s), %2 déjà présent(s).")
                        .replace("%1", str(result.added)).replace("%2", str(result.already_present)))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de PixDesk"),
                          self.tr("PixDesk %1\nSessions de certification Pix, hors ligne.").replace("%1", __version__))

    # --- state kept between runs
    def _restore_geometry(self) -> None:
        stored = settings.app_settings()
        geometry = stored.value(settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = stored.value(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        stored = settings.app_settings()
        stored.setValue(settings.GEOMETRY, self.saveGeometry())
        stored.setValue(settings.WINDOW_STATE, self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.room_windows.values()):
            if not window.close():  # a locked room stays open, and so does PixDesk
                event.ignore()
                return
        self.save_geometry()
        super().closeEvent(event)
