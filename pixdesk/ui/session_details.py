"""The "Détails" tab: every field of the session, the access code to copy, the invigilator password on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, \
    QWidget

from pixdesk.models.session_rules import status_label
from pixdesk.services.sessions import SessionSummary
from pixdesk.ui.icons import icon
from pixdesk.models.formats import format_date

HIDDEN_PASSWORD = "••••••"


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    return label


def _value() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldValue")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SessionDetails(QWidget):
    edit_requested = Signal()
    delete_requested = Signal()
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: SessionSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(14)

        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        cells = (("id", self.tr("ID session")), ("site", self.tr("Nom du site")), ("room", self.tr("Salle")),
                 ("examiner", self.tr("Surveillant(s)")), ("date", self.tr("Date")),
                 ("time", self.tr("Heure de début (heure locale)")), ("status", self.tr("Statut")),
                 ("candidates", self.tr("Candidats inscrits")))
        for position, (key, caption) in enumerate(cells):
            row, column = divmod(position, 4)
            grid.addWidget(_caption(caption), row * 2, column)
            self.values[key] = _value()
            grid.addWidget(self.values[key], row * 2 + 1, column)
        grid.setRowMinimumHeight(2, 10)
        layout.addWidget(card)

        codes = QFrame()
        codes.setObjectName("card")
        code_grid = QGridLayout(codes)
        code_grid.setContentsMargins(20, 16, 20, 16)
        code_grid.setHorizontalSpacing(32)
        code_grid.addWidget(_caption(self.tr("Code d'accès (à communiquer aux candidats)")), 0, 0)
        code_grid.addWidget(_caption(self.tr("Mot de passe de l'espace surveillant")), 0, 1)
        self.access_code = QLabel()
        self.access_code.setObjectName("accessCode")
        self.access_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton()
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setText(self.tr("Copier"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setAccessibleName(self.tr("Copier le code d'accès"))
        self.copy_button.setToolTip(self.tr("Copier le code d'accès dans le presse-papiers"))
        self.copy_button.clicked.connect(self.copy_access_code)
        code_row = QHBoxLayout()
        code_row.setSpacing(12)
        code_row.addWidget(self.access_code)
        code_row.addWidget(self.copy_button)
        code_row.addStretch()
        code_grid.addLayout(code_row, 1, 0)
        self.password = QLabel(HIDDEN_PASSWORD)
        self.password.setObjectName("accessCode")
        self.show_password = QToolButton()
        self.show_password.setIcon(icon("eye"))
        self.show_password.setCheckable(True)
        self.show_password.setText(self.tr("Afficher"))
        self.show_password.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_password.setAccessibleName(self.tr("Afficher le mot de passe surveillant"))
        self.show_password.toggled.connect(self._reveal)
        password_row = QHBoxLayout()
        password_row.setSpacing(12)
        password_row.addWidget(self.password)
        password_row.addWidget(self.show_password)
        password_row.addStretch()
        code_grid.addLayout(password_row, 1, 1)
        note = QLabel(self.tr("Transmettez ces informations au surveillant : elles lui sont indispensables."))
        note.setObjectName("muted")
        code_grid.addWidget(note, 2, 0, 1, 2)
        layout.addWidget(codes)

        observations = QFrame()
        observations.setObjectName("card")
        obs_layout = QVBoxLayout(observations)
        obs_layout.setContentsMargins(20, 14, 20, 14)
        obs_layout.addWidget(_caption(self.tr("Observations")))
        self.description = _value()
        obs_layout.addWidget(self.description)
        layout.addWidget(observations)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(icon("edit", "highlighted_text"), self.tr("Modifier"))
        self.edit_button.setProperty("primary", True)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(icon("trash", "error"), self.tr("Supprimer la session"))
        self.delete_button.clicked.connect(self.delete_requested)
        actions.addWidget(self.edit_button)
        actions.addStretch()
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addStretch()

    def show_session(self, session: SessionSummary) -> None:
        self._session = session
        values = {"id": str(session.id), "site": session.site, "room": session.room, "examiner": session.examiner,
                  "date": format_date(session.date), "time": session.time,
                  "status": status_label(session.status),
                  "candidates": str(session.candidate_count)}
        for key, text in values.items():
            self.values[key].setText(text)
        self.access_code.setText(session.access_code)
        self.description.setText(session.description or self.tr("Aucune observation."))
        self.show_password.setChecked(False)
        self._reveal(False)
        self.edit_button.setEnabled(not session.finalized)
        self.edit_button.setToolTip("" if not session.finalized else self.tr("Cette session a déjà été finalisée."))

    def copy_access_code(self) -> None:
        if self._session is not None:
            QGuiApplication.clipboard().setText(self._session.access_code)
            self.message.emit(self.tr("Code d'accès %1 copié.").replace("%1", self._session.access_code))

    def _reveal(self, shown: bool) -> None:
        if self._session is None:
            return
        self.password.setText(self._session.invigilator_password if shown else HIDDEN_PASSWORD)
        self.show_password.setText(self.tr("Masquer") if shown else self.tr("Afficher"))
