"""Signing in to the central server ("Je me connecte"): the password is checked by the server, off the UI thread;
the refresh token goes to the system keyring (never to the store or the settings), and where there is none the
dialog says so: the password will be asked at each sync. "Utiliser hors ligne" keeps PixDesk working locally."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from pixdesk.models.candidate_rules import EMAIL_PATTERN
from pixdesk.models.errors import DomainError
from pixdesk.store import Database
from pixdesk.sync import account as accounts
from pixdesk.sync import credentials, engine
from pixdesk.sync.client import Refused, ServerUnreachable
from pixdesk.ui import settings
from pixdesk.ui.field_errors import FieldErrors, add_field, error_label
from pixdesk.ui.icons import app_icon
from pixdesk.ui.workers import Worker, start

FORGOTTEN_PASSWORD_URL = "https://app.pix.fr/mot-de-passe-oublie"
OFFLINE = 2  # dialog result besides Accepted/Rejected


class SignInDialog(QDialog):
    # The sign-in, and the password for the window's first sync where no keyring keeps the sign-in.
    signed_in = Signal(object, str)

    def __init__(self, db: Database, parent=None, options: engine.Options | None = None):
        super().__init__(parent)
        self._db = db
        self._options = options or engine.Options()
        self.worker: Worker | None = None
        self.result_sign_in: engine.SignIn | None = None
        self.setWindowTitle(self.tr("Se connecter au serveur Pix"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(48, 48))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        title = QLabel(self.tr("Connectez-vous"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        subtitle = QLabel(self.tr("L'accès à Pix Certif est limité aux centres de certification Pix"))
        subtitle.setObjectName("muted")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        self.general_error = error_label()
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        current = accounts.current_account(db)
        self.server = QLineEdit(accounts.server_url(db) or settings.read_str(settings.SERVER_URL))
        self.server.setPlaceholderText("https://pix.exemple.fr")
        self.email = QLineEdit(current.email if current else settings.read_str(settings.SIGN_IN_EMAIL))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        add_field(form, self.tr("&Serveur"), self.server, self.errors, "server",
                  self.tr("L'adresse du serveur central de votre centre ou de votre réseau"))
        add_field(form, self.tr("&Adresse e-mail"), self.email, self.errors, "email")
        add_field(form, self.tr("&Mot de passe"), self.password, self.errors, "password")
        layout.addLayout(form)

        self.sign_in_button = QPushButton(self.tr("Je me connecte"))
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.accept)
        layout.addWidget(self.sign_in_button)
        self.forgotten = QLabel(f'<a href="{FORGOTTEN_PASSWORD_URL}">{self.tr("Mot de passe oublié ?")}</a>')
        self.forgotten.setOpenExternalLinks(True)
        self.forgotten.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forgotten.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.forgotten.setAccessibleName(self.tr("Mot de passe oublié ?"))
        layout.addWidget(self.forgotten)

        keyring = credentials.keyring_status()
        self.keyring_note = QLabel(
            self.tr("La connexion sera retenue dans le trousseau du système. Le mot de passe n'est jamais "
                    "enregistré.") if keyring.usable else
            self.tr("Aucun trousseau du système n'est disponible sur cet ordinateur : rien ne sera enregistré, et "
                    "le mot de passe sera demandé à chaque synchronisation."))
        self.keyring_note.setObjectName("muted")
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.keyring_note)
        offline_row = QHBoxLayout()
        offline_row.addStretch()
        self.offline_button = QPushButton(self.tr("Utiliser hors ligne"))
        self.offline_button.clicked.connect(lambda: self.done(OFFLINE))
        offline_row.addWidget(self.offline_button)
        layout.addLayout(offline_row)
        if self.server.text() and self.email.text():
            self.password.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.server, self.email, self.password, self.sign_in_button, self.offline_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Connexion…") if busy else self.tr("Je me connecte"))

    def accept(self) -> None:
        if self.worker is not None:
            return
        email = self.email.text().strip()
        self.general_error.setText("")
        problems = {}
        if not self.server.text().strip():
            problems["server"] = self.tr("Veuillez indiquer l'adresse du serveur.")
        if not EMAIL_PATTERN.match(email):
            problems["email"] = self.tr("Veuillez indiquer une adresse e-mail valide.")
        if not self.password.text():
            problems["password"] = self.tr("Veuillez indiquer votre mot de passe.")
        for field in ("server", "email", "password"):
            self.errors.set_message(field, problems.get(field, ""))
        if problems:
            {"server": self.server, "email": self.email, "password": self.password}[next(iter(problems))].setFocus()
            return
        self._busy(True)
        self.worker = Worker(engine.sign_in, self._db, self.server.text().strip(), email, self.password.text(),
                             options=self._options, reports_progress=False)
        self.worker.signals.finished.connect(self._signed_in)
        self.worker.signals.failed.connect(self._refused)
        start(self.worker)

    def _signed_in(self, result: engine.SignIn) -> None:
        self.worker = None
        self.result_sign_in = result
        stored = settings.app_settings()
        stored.setValue(settings.SIGN_IN_EMAIL, result.account.email)
        # Not a secret: the update check asks this server (and no other) for the newest version.
        stored.setValue(settings.SERVER_URL, result.account.server_url)
        self.signed_in.emit(result, "" if result.token_stored else self.password.text())
        # The password never outlives the dialog (nor the window's memory, where a keyring keeps the sign-in).
        self.password.clear()
        self._busy(False)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.worker = None
        self._busy(False)
        self.password.selectAll()
        if isinstance(error, DomainError):
            problem = error.problems[0]
            field = problem.field if problem.field in ("server", "email", "password") else None
            if field:
                self.errors.set_message(field, problem.message())
            else:
                self.general_error.setText(problem.message())
        elif isinstance(error, Refused):
            self.general_error.setText(error.message)
        elif isinstance(error, ServerUnreachable):
            self.general_error.setText(self.tr("Le serveur ne répond pas (%1). Vérifiez l'adresse et le réseau, ou "
                                               "utilisez PixDesk hors ligne.").replace("%1", error.message))
        else:
            self.general_error.setText(str(error))

    def reject(self) -> None:
        if self.worker is None:
            super().reject()
