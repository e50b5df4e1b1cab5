"""The window's synchronisation: a status always shown in the status bar ("À jour", "3 modifications en attente",
"Hors ligne", "Erreur : …"), syncs off the UI thread (the "Synchroniser" action, a timer, the network coming
back), and the password kept in memory for this run only where no keyring can keep the sign-in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QToolButton, QWidget

from pixdesk.store import Database
from pixdesk.sync import account as accounts
from pixdesk.sync import credentials, engine
from pixdesk.ui.icons import icon
from pixdesk.ui.workers import Worker, start

SYNC_EVERY_MS = 5 * 60 * 1000


class SyncController(QObject):
    """Owned by the shell (it outlives a window rebuilt for a language or theme); each window shows its status."""

    finished = Signal(object)  # the SyncReport, or None when it could not run
    status_changed = Signal(str, str)  # the status bar's text and tooltip

    def __init__(self, db: Database, parent: QObject | None = None, options: engine.Options | None = None):
        super().__init__(parent)
        self._db = db
        self._window: QWidget | None = None
        self.options = options or engine.Options()
        self.password: str | None = None  # only where no keyring keeps the sign-in; never written anywhere
        self.worker: Worker | None = None
        self.status: engine.SyncStatus | None = None
        self.text, self.tooltip = "", ""
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(lambda: self.sync("timer"))
        self.timer.start()
        self._watch_network()
        self.refresh()

    def status_button(self, window: QWidget) -> QToolButton:
        """The status bar's button of `window` (the controller outlives a window rebuilt for a language)."""
        self._window = window
        button = QToolButton()
        button.setObjectName("syncStatus")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setIcon(icon("sync", "muted"))
        button.setAccessibleName(self.tr("État de la synchronisation"))

        def show(text: str, tooltip: str) -> None:
            button.setText(text)
            button.setToolTip(tooltip)

        self.status_changed.connect(show)

        def forget(_object=None) -> None:
            try:
                self.status_changed.disconnect(show)
            except (RuntimeError, TypeError):
                pass

        button.destroyed.connect(forget)
        show(self.text, self.tooltip)
        return button

    # --- the status shown
    def refresh(self) -> engine.SyncStatus:
        status = engine.sync_status(self._db)
        self.status = status
        if self.running:
            text = self.tr("Synchronisation…")
        elif status.server is None or status.email is None:
            text = self.tr("Non connecté au serveur")
        elif status.state == engine.OFFLINE:
            text = self.tr("Hors ligne")
        elif status.state == engine.ERROR:
            text = self.tr("Erreur : %1").replace("%1", status.message or "")
        elif status.state == engine.PENDING:
            text = self.tr("1 modification en attente") if status.pending == 1 else \
                self.tr("%1 modifications en attente").replace("%1", str(status.pending))
        else:
            text = self.tr("À jour")
        tooltip = [text]
        if status.server:
            tooltip.append(self.tr("Serveur : %1 (%2)").replace("%1", status.server).replace("%2", status.email or "—"))
        if status.last_sync:
            tooltip.append(self.tr("Dernière synchronisation : %1").replace(
                "%1", status.last_sync.astimezone().strftime("%d/%m/%Y %H:%M")))
        self.text, self.tooltip = (text if len(text) <= 90 else text[:87] + "…"), "\n".join(tooltip)
        self.status_changed.emit(self.text, self.tooltip)
        return status

    @property
    def running(self) -> bool:
        return self.worker is not None

    # --- syncing
    def needs_password(self) -> bool:
        current = accounts.current_account(self._db)
        return current is not None and self.password is None and not credentials.load_token(
            current.keyring_account)

    def ask_password(self) -> bool:
        """Where no keyring keeps the sign-in: the password, for this run of PixDesk only."""
        current = accounts.current_account(self._db)
        text, ok = QInputDialog.getText(
            self._window, self.tr("Mot de passe"),
            self.tr("Aucun trousseau du système ne retient la connexion sur cet ordinateur.\nMot de passe de %1 "
                    "sur %2 :").replace("%1", current.email).replace("%2", current.server_url),
            QLineEdit.EchoMode.Password)
        if ok and text:
            self.password = text
        return bool(ok and text)

    def sync(self, trigger: str = "manual") -> bool:
        """Starts a sync in a worker; False when none can start (one running, not signed in, no password)."""
        if self.running or accounts.current_account(self._db) is None:
            return False
        if self.needs_password() and (trigger != "manual" or not self.ask_password()):
            return False
        self.worker = Worker(engine.synchronise, self._db, password=self.password, trigger=trigger,
                             options=self.options, reports_progress=False)
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.refresh()
        start(self.worker)
        return True

    def _done(self, report: engine.SyncReport) -> None:
        self.worker = None
        if report.state == engine.ERROR and report.message and "Reconnectez-vous" in report.message:
            self.password = None
        self.refresh()
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.worker = None
        if isinstance(error, engine.PasswordRequired):
            self.password = None
        self.refresh()
        self.finished.emit(None)

    def signed_out(self) -> None:
        self.password = None
        self.refresh()

    # --- the network coming back
    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        online = QNetworkInformation.Reachability.Online

        def changed(reachability) -> None:
            if reachability == online:
                self.sync("network")

        info.reachabilityChanged.connect(changed)
