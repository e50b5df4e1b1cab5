"""Noting or correcting one incident from the finalisation wizard: the grid's codes (the centre's grid first, as on
the printed PV d'incident), and the details the chosen code asks for. Writes through the room's services, so an
incident added here is a new event of the journal, like one noted in the room.

The room view's own picker (issue 9) will replace this dialog once it lands; both call the same services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, \
    QVBoxLayout

from pixdesk.models.errors import DomainError
from pixdesk.models.incidents import GRID_CODES, GRIDS, MAX_DESCRIPTION_LENGTH, MAX_QUESTION_NUMBER, find_code
from pixdesk.services import room
from pixdesk.services.clock import RoomClock
from pixdesk.services.room import IncidentInput, IncidentView
from pixdesk.store import Database
from pixdesk.ui.dialogs import form_buttons


class IncidentDialog(QDialog):
    def __init__(self, db: Database, session_id: int, candidate_id: int, candidate_name: str, grid: str,
                 incident: IncidentView | None = None, parent=None):
        super().__init__(parent)
        self._db, self._session_id, self._candidate_id, self._incident = db, session_id, candidate_id, incident
        self._grid = incident.grid if incident is not None else grid
        self.setWindowTitle(self.tr("Signalement du candidat") if incident is None
                            else self.tr("Modifier le signalement"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        who = QLabel(candidate_name)
        who.setObjectName("sectionTitle")
        layout.addWidget(who)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.code = QComboBox()
        self.code.setAccessibleName(self.tr("Code du signalement"))
        seen = set()
        for chosen in (grid, *(g for g in GRIDS if g != grid)):
            for code in GRID_CODES[chosen]:
                if code.code in seen:
                    continue
                seen.add(code.code)
                self.code.addItem(f"{code.code} – {code.label()}", code.code)
        form.addRow(self.tr("&Code"), self.code)
        self.question = QSpinBox()
        self.question.setRange(0, MAX_QUESTION_NUMBER)
        self.question.setSpecialValueText(self.tr("—"))
        self.question.setAccessibleName(self.tr("Numéro de la question"))
        form.addRow(self.tr("N° de la &question"), self.question)
        self.exit_time = QLineEdit()
        self.exit_time.setPlaceholderText("HH:MM")
        self.exit_time.setAccessibleName(self.tr("Heure de sortie"))
        form.addRow(self.tr("Heure de &sortie"), self.exit_time)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Détails"))
        self.description.setFixedHeight(90)
        self.details_hint = QLabel()
        self.details_hint.setObjectName("muted")
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Détails"), self.description)
        form.addRow(self.details_hint, self.counter)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        box, self.save_button, _ = form_buttons(self, self.tr("Valider"))
        layout.addWidget(box)

        self.code.currentIndexChanged.connect(self._code_changed)
        self.description.textChanged.connect(self._count)
        if incident is not None:
            self.code.setCurrentIndex(max(self.code.findData(incident.code), 0))
            self.question.setValue(incident.question_number or 0)
            self.exit_time.setText(incident.exit_time or "")
            self.description.setPlainText(incident.description or "")
        self._code_changed()
        self._count()

    def _code_changed(self) -> None:
        code = find_code(self.code.currentData() or "", self._grid)
        if code is None:
            return
        self.question.setEnabled(code.needs_question_number)
        self.exit_time.setEnabled(code.needs_exit_time)
        self.details_hint.setText(code.details())

    def _count(self) -> None:
        length = len(self.description.toPlainText())
        self.counter.setText(f"{length} / {MAX_DESCRIPTION_LENGTH}")

    def item(self) -> IncidentInput:
        code = find_code(self.code.currentData() or "", self._grid)
        text = self.description.toPlainText().strip()
        return IncidentInput(
            self.code.currentData(),
            self.question.value() or None if code is not None and code.needs_question_number else None,
            text or None,
            self.exit_time.text().strip() or None if code is not None and code.needs_exit_time else None)

    def accept(self) -> None:
        clock = RoomClock()
        try:
            if self._incident is None:
                room.add_incident(self._db, self._session_id, [self._candidate_id], self.item(), clock=clock,
                                  grid=find_code(self.code.currentData(), self._grid).grid)
            else:
                room.correct_incident(self._db, self._session_id, self._incident.id, self.item(), clock=clock)
        except DomainError as error:
            self.error.setText("\n".join(error.messages()))
            self.error.show()
            return
        super().accept()
