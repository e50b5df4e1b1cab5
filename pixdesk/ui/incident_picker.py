"""The incident picker: the grid of the printed PV d'incident (or Pix's current one), typed or clicked.

Type "e3" and Enter: the code is chosen and the field it needs takes the focus (the question number for an E
code, the description where the grid asks for one, the exit time for C3); Enter again saves. The dialog only
collects; the window writes the incident through the room service and closes the dialog once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from pixdesk.models.incidents import (MAX_DESCRIPTION_LENGTH, MAX_QUESTION_NUMBER, IncidentCode, codes_in_group,
                                      find_code, grid_name, group_title, groups_of)
from pixdesk.models.room import Incident, missing_details, parse_clock_time
from pixdesk.services.room import IncidentInput
from pixdesk.ui.theme import colors


class CodeButton(QPushButton):
    """One code of the grid: "E3" in bold and its label, checkable."""

    def __init__(self, code: IncidentCode, parent=None):
        super().__init__(parent)
        self.code = code
        self.full_text = f"{code.code}  {code.label()}"
        self.setCheckable(True)
        self.setText(self.full_text)
        self.setMinimumWidth(120)
        self.setToolTip(code.label() + (f"\n{code.details()}" if code.details() else ""))
        self.setAccessibleName(f"{code.code} {code.label()}")
        self.setObjectName("codeButton")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def resizeEvent(self, event) -> None:
        # Long labels (A1, C4…) end in "…" rather than being cut at both ends; the tooltip has them whole.
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(40, self.width() - 22)))


class IncidentPicker(QDialog):
    """`submitted(IncidentInput, complete)` when the invigilator saves; `complete` False for "compléter plus
    tard" (the incident is kept, flagged in the room until its details are given)."""

    submitted = Signal(object, bool)

    def __init__(self, grid: str, who: str, parent=None, incident: Incident | None = None):
        super().__init__(parent)
        self._grid = grid
        self.chosen: IncidentCode | None = None
        self.setWindowTitle(self.tr("Signalement"))
        self.setMinimumWidth(860)
        c = colors()
        self.setStyleSheet(f"""
            QPushButton#codeButton {{ text-align: left; padding: 4px 8px; }}
            QPushButton#codeButton:checked {{ background: {c['highlight']}; color: {c['highlighted_text']};
                                             border: 1px solid {c['highlight']}; border-radius: 3px; }}
        """)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)

        title = QLabel(self.tr("Corriger le signalement de %1").replace("%1", who) if incident
                       else self.tr("Signalement pour %1").replace("%1", who))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        layout.addWidget(title)

        self.code_input = QLineEdit()
        self.code_input.setPlaceholderText(self.tr("Code : tapez par ex. e3 puis Entrée"))
        self.code_input.setAccessibleName(self.tr("Code du signalement"))
        self.code_input.setObjectName("codeInput")
        self.code_input.textEdited.connect(self._code_typed)
        self.code_input.returnPressed.connect(self._code_entered)
        layout.addWidget(self.code_input)
        self.grid_note = QLabel(self.tr("%1 ; les codes de l'autre grille sont compris aussi.")
                                .replace("%1", grid_name(grid)))
        self.grid_note.setObjectName("muted")
        layout.addWidget(self.grid_note)

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.code_buttons: dict[str, CodeButton] = {}
        grid_box = QWidget()
        grid_layout = QGridLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setHorizontalSpacing(6)
        grid_layout.setVerticalSpacing(3)
        row = 0
        for group in groups_of(grid):
            heading = QLabel(group_title(group))
            heading.setObjectName("fieldCaption")
            grid_layout.addWidget(heading, row, 0, 1, 2)
            row += 1
            for index, code in enumerate(codes_in_group(group, grid)):
                button = CodeButton(code)
                self.buttons.addButton(button)
                self.code_buttons[code.code] = button
                button.clicked.connect(lambda _checked=False, c=code: self._choose(c, from_click=True))
                grid_layout.addWidget(button, row + index // 2, index % 2)
            row += (len(codes_in_group(group, grid)) + 1) // 2
        layout.addWidget(grid_box)

        details = QFrame()
        details.setObjectName("card")
        form = QFormLayout(details)
        form.setContentsMargins(14, 10, 14, 10)
        self.chosen_label = QLabel(self.tr("Choisissez un code."))
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setObjectName("fieldValue")
        form.addRow(self.chosen_label)
        self.question = QLineEdit()
        self.question.setValidator(QIntValidator(1, MAX_QUESTION_NUMBER, self))
        self.question.setPlaceholderText(self.tr("de 1 à %1").replace("%1", str(MAX_QUESTION_NUMBER)))
        self.question.setAccessibleName(self.tr("Numéro de la question"))
        self.question.setMaximumWidth(140)
        self.question.returnPressed.connect(self._field_entered)
        self.question_label = QLabel(self.tr("N° de la &question"))
        self.question_label.setBuddy(self.question)
        form.addRow(self.question_label, self.question)
        self.exit_time = QLineEdit()
        self.exit_time.setPlaceholderText(self.tr("HH:MM"))
        self.exit_time.setAccessibleName(self.tr("Heure de sortie"))
        self.exit_time.setMaximumWidth(140)
        self.exit_time.returnPressed.connect(self._field_entered)
        self.exit_time_label = QLabel(self.tr("Heure de &sortie"))
        self.exit_time_label.setBuddy(self.exit_time)
        form.addRow(self.exit_time_label, self.exit_time)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        self.description.textChanged.connect(self._count)
        self.description_label = QLabel(self.tr("&Description"))
        self.description_label.setBuddy(self.description)
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.description)
        column.addWidget(self.counter)
        form.addRow(self.description_label, column)
        layout.addWidget(details)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        box = QDialogButtonBox()
        self.cancel_button = box.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button = box.addButton(self.tr("Compléter plus tard"), QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button.setToolTip(self.tr("Enregistre le signalement tel quel ; la salle le signale à compléter."))
        self.save_button = box.addButton(self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.later_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.submit(complete=True))
        self.later_button.clicked.connect(lambda: self.submit(complete=False))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.submit(complete=True))

        if incident is not None:
            self._prefill(incident)
        else:
            self._show_fields(None)
        self._count()
        self.code_input.setFocus()

    # --- choosing a code
    def _code_typed(self, text: str) -> None:
        found = find_code(text, self._grid)
        if found is not None:
            self._choose(found)

    def _code_entered(self) -> None:
        found = find_code(self.code_input.text(), self._grid)
        if found is None:
            self._show_error(self.tr("Code inconnu « %1 » : choisissez dans la grille.")
                             .replace("%1", self.code_input.text().strip()))
            return
        self._choose(found)
        self._focus_next_or_submit()

    def _choose(self, code: IncidentCode, from_click: bool = False) -> None:
        self.chosen = code
        button = self.code_buttons.get(code.code) if code.grid == self._grid else None
        if button is not None:
            button.setChecked(True)
        else:  # a code of the other grid, typed: no button to check
            checked = self.buttons.checkedButton()
            if checked is not None:
                self.buttons.setExclusive(False)
                checked.setChecked(False)
                self.buttons.setExclusive(True)
        if from_click or self.code_input.text().strip().upper() != code.code:
            self.code_input.setText(code.code)
        hint = code.details()
        self.chosen_label.setText(f"<b>{code.code}</b> – {code.label()}" + (f"<br><i>{hint}</i>" if hint else ""))
        self._show_fields(code)
        self.error.setVisible(False)
        if from_click:
            self._focus_next_or_submit()

    def _show_fields(self, code: IncidentCode | None) -> None:
        question = bool(code and code.needs_question_number)
        exit_time = bool(code and code.needs_exit_time)
        for widget in (self.question, self.question_label):
            widget.setVisible(question)
        for widget in (self.exit_time, self.exit_time_label):
            widget.setVisible(exit_time)
        required = bool(code and code.needs_description)
        self.description_label.setText(self.tr("&Description") + (" *" if required else ""))

    def _next_missing(self) -> QWidget | None:
        code = self.chosen
        if code is None:
            return self.code_input
        for name in missing_details(code, self._question_number(), self._description(), self._exit_time()):
            return {"question_number": self.question, "description": self.description,
                    "exit_time": self.exit_time}[name]
        return None

    def _focus_next_or_submit(self) -> None:
        target = self._next_missing()
        if target is None:
            self.submit(complete=True)
        else:
            target.setFocus()

    def _field_entered(self) -> None:
        self._focus_next_or_submit()

    # --- values
    def _question_number(self) -> int | None:
        text = self.question.text().strip()
        return int(text) if text.isdigit() and self.question.isVisibleTo(self) else None

    def _description(self) -> str | None:
        return self.description.toPlainText().strip() or None

    def _exit_time(self) -> str | None:
        return (self.exit_time.text().strip() or None) if self.exit_time.isVisibleTo(self) else None

    def _count(self) -> None:
        text = self.description.toPlainText()
        if len(text) > MAX_DESCRIPTION_LENGTH:
            cursor = self.description.textCursor()
            self.description.setPlainText(text[:MAX_DESCRIPTION_LENGTH])
            cursor.setPosition(MAX_DESCRIPTION_LENGTH)
            self.description.setTextCursor(cursor)
            return
        self.counter.setText(self.tr("%1 / %2").replace("%1", str(len(text)))
                             .replace("%2", str(MAX_DESCRIPTION_LENGTH)))

    def value(self) -> IncidentInput | None:
        if self.chosen is None:
            return None
        return IncidentInput(self.chosen.code, self._question_number(), self._description(), self._exit_time())

    def _prefill(self, incident: Incident) -> None:
        code = find_code(incident.code, incident.grid)
        self.code_input.setText(incident.code)
        self._choose(code)
        self.question.setText("" if incident.question_number is None else str(incident.question_number))
        self.description.setPlainText(incident.description or "")
        self.exit_time.setText(incident.exit_time or "")

    # --- saving
    def submit(self, complete: bool) -> None:
        item = self.value()
        if item is None:
            self._show_error(self.tr("Choisissez un code dans la grille ou tapez-le."))
            self.code_input.setFocus()
            return
        if item.exit_time is not None and parse_clock_time(item.exit_time) is None:
            self._show_error(self.tr("Heure de sortie invalide : HH:MM, par ex. 10:42."))
            self.exit_time.setFocus()
            return
        if complete:
            target = self._next_missing()
            if target is not None:
                names = {self.question: self.tr("le numéro de la question"),
                         self.description: self.tr("une description"), self.exit_time: self.tr("l'heure de sortie")}
                self._show_error(self.tr("Le code %1 demande %2. « Compléter plus tard » l'enregistre tel quel.")
                                 .replace("%1", item.code).replace("%2", names[target]))
                target.setFocus()
                return
        self.submitted.emit(item, complete)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def show_refusal(self, messages: list[str]) -> None:
        """The service refused (shown under the fields; the dialog stays open with what was typed)."""
        self._show_error("\n".join(messages))
