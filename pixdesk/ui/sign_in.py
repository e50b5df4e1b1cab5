"""Signing in to the central Pix server. The exchange itself comes with the sync work: for now only the chosen
e-mail is remembered (never the password), and "Utiliser hors ligne" keeps PixDesk working locally."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from pixdesk.models.candidate_rules import EMAIL_PATTERN
from pixdesk.ui import settings
from pixdesk.ui.field_errors import FieldErrors, add_field, error_label
from pixdesk.ui.icons import app_icon

FORGOTTEN_PASSWORD_URL = "https://app.pix.fr/mot-de-passe-oublie"
OFFLINE = 2  # dialog result besides Accepted/Rejected


class SignInDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Se connecter au serveur Pix"))
        self.setMinimumWidth(440)
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
        self.email = QLineEdit(settings.read_str(settings.SIGN_IN_EMAIL))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
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

        note = QLabel(self.tr("La synchronisation avec Pix Certif n'est pas encore disponible : vos sessions restent "
                              "sur cet ordinateur. Le mot de passe n'est jamais enregistré."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        offline_row = QHBoxLayout()
        offline_row.addStretch()
        self.offline_button = QPushButton(self.tr("Utiliser hors ligne"))
        self.offline_button.clicked.connect(lambda: self.done(OFFLINE))
        offline_row.addWidget(self.offline_button)
        layout.addLayout(offline_row)

    def accept(self) -> None:
        email = self.email.text().strip()
        if not EMAIL_PATTERN.match(email):
            self.general_error.setText("")
            self.errors.set_message("email", self.tr("Veuillez indiquer une adresse e-mail valide."))
            self.email.setFocus()
            return
        self.errors.set_message("email", "")
        # Only the identifier is kept; the password field is cleared so it never outlives the dialog.
        settings.app_settings().setValue(settings.SIGN_IN_EMAIL, email)
        self.password.clear()
        super().accept()
