"""Creating or changing a session. Nothing is written until the user confirms; "Annuler" leaves the store as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from pixdesk.models.errors import DomainError
from pixdesk.models.session_rules import MAX_LENGTHS, SessionInput, validate_session
from pixdesk.services import sessions
from pixdesk.services.sessions import SessionSummary
from pixdesk.store import Database
from pixdesk.ui.dialogs import form_buttons
from pixdesk.ui.field_errors import FieldErrors, add_field, error_label

FIELDS = ("site", "room", "date", "time", "examiner", "description")


class SessionFormDialog(QDialog):
    def __init__(self, db: Database, session: SessionSummary | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._session = session
        self._touched: set[str] = set()
        self.saved: SessionSummary | None = None
        creating = session is None
        self.setWindowTitle(self.tr("Créer une session") if creating else self.tr("Modifier la session"))
        self.setMinimumWidth(680)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Création d'une session de certification") if creating
                         else self.tr("Modification de la session %1").replace("%1", str(session.id)))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        self.site = QLineEdit(maxLength=MAX_LENGTHS["site"])
        self.room = QLineEdit(maxLength=MAX_LENGTHS["room"])
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.time = QLineEdit(maxLength=5, placeholderText=self.tr("HH:MM"))
        self.time.setMaximumWidth(110)
        self.examiner = QLineEdit(maxLength=MAX_LENGTHS["examiner"])
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        add_field(form, self.tr("Nom du &site"), self.site, self.errors, "site")
        add_field(form, self.tr("Nom de la sa&lle"), self.room, self.errors, "room")
        add_field(form, self.tr("&Date de début"), self.date, self.errors, "date")
        add_field(form, self.tr("&Heure de début (heure locale)"), self.time, self.errors, "time")
        add_field(form, self.tr("S&urveillant(s)"), self.examiner, self.errors, "examiner",
                  hint=self.tr("Préciser nom(s) et prénom(s)"))
        add_field(form, self.tr("&Observations (optionnel)"), self.description, self.errors, "description",
                  hint=self.tr("Pourra être complété à tout moment avant la finalisation de la session"))
        layout.addLayout(form)

        buttons, self.save_button, self.cancel_button = form_buttons(
            self, self.tr("Créer la session") if creating else self.tr("Enregistrer"))
        layout.addWidget(buttons)

        self._fill(session)
        for name, widget in (("site", self.site), ("room", self.room), ("time", self.time),
                             ("examiner", self.examiner)):
            widget.editingFinished.connect(lambda name=name: self._touch(name))
            widget.textEdited.connect(lambda _text, name=name: self._recheck(name))
        self.date.dateChanged.connect(lambda _d: self._touch("date"))
        self.description.textChanged.connect(lambda: self._touch("description"))

    def _fill(self, session: SessionSummary | None) -> None:
        if session is None:
            self.date.setDate(QDate.currentDate())
            return
        self.site.setText(session.site)
        self.room.setText(session.room)
        self.date.setDate(QDate(session.date.year, session.date.month, session.date.day))
        self.time.setText(session.time)
        self.examiner.setText(session.examiner)
        self.description.setPlainText(session.description or "")

    def form_input(self) -> SessionInput:
        return SessionInput(site=self.site.text(), room=self.room.text(), date=self.date.date().toPython(),
                            time=self.time.text(), examiner=self.examiner.text(),
                            description=self.description.toPlainText())

    def _check(self, fields: set[str] | None) -> bool:
        creating = self._session is None
        try:
            validate_session(self.form_input(), today=date.today() if creating else None, creating=creating)
        except DomainError as error:
            self.errors.show(error.problems, fields)
            return False
        self.errors.show([], fields)
        return True

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._check(set(self._touched))

    def _recheck(self, name: str) -> None:
        # While the user fixes a field in error, its message goes as soon as the value is right.
        if self.errors.message_of(name):
            self._check({name})

    def accept(self) -> None:
        self._touched.update(FIELDS)
        if not self._check(None):
            self.errors.focus_first_invalid()
            return
        try:
            if self._session is None:
                self.saved = sessions.create_session(self._db, self.form_input())
            else:
                self.saved = sessions.update_session(self._db, self._session.id, self.form_input())
        except DomainError as error:
            self.errors.show(error.problems)
            self.errors.focus_first_invalid()
            return
        super().accept()
