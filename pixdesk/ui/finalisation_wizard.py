"""The finalisation wizard (seed 004, "Finaliser la session"): three steps, then a confirmation.

1. Candidates: one row per candidate who started, pre-filled from the room's journal (incidents, end screen seen,
   completed or not, abort reason); incidents are added or corrected as new journal events.
2. Documents: scans and photos, checked by content, copied into the store with their SHA-256, shown as thumbnails.
3. Comment: the global comment (500 characters, live counter), the two flags, a summary of what will be sent.

Every change is kept in the store's draft at once, so leaving or a crash loses nothing and reopening resumes at the
same step. Everything is read from and written through pixdesk.services.finalisation (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QRadioButton, QStackedWidget, QTableView, \
    QVBoxLayout, QWidget

from pixdesk.documents.exports import export_document
from pixdesk.models import finalisation as f
from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.incidents import MAX_GLOBAL_COMMENT_LENGTH
from pixdesk.services import attachments
from pixdesk.services import finalisation as fin
from pixdesk.services.clock import RoomClock
from pixdesk.store import Database
from pixdesk.texts import QT_TRANSLATE_NOOP
from pixdesk.ui.dialogs import confirm, refuse
from pixdesk.ui.finalisation_tables import ABORT, AbortReasonDelegate, CandidatesModel, \
    DocumentsModel, thumbnail
from pixdesk.ui.i18n import locale
from pixdesk.ui.incident_picker import IncidentPicker

STEP_TITLES = {
    f.STEP_CANDIDATES: QT_TRANSLATE_NOOP("FinalisationWizard", "1. Candidats"),
    f.STEP_DOCUMENTS: QT_TRANSLATE_NOOP("FinalisationWizard", "2. Documents (facultatif)"),
    f.STEP_COMMENT: QT_TRANSLATE_NOOP("FinalisationWizard", "3. Commentaire et validation"),
}


class FinalisationWizard(QDialog):
    finalised = Signal(int)  # session id

    def __init__(self, db: Database, session_id: int, parent=None):
        super().__init__(parent)
        self._db, self._session_id = db, session_id
        self._thumbnails: dict[int, object] = {}
        self.state: fin.Finalisation = fin.load_finalisation(db, session_id)
        self.setWindowTitle(self.tr("Finaliser la session %1").replace("%1", str(self.state.session.number)))
        self.resize(1060, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(8)
        title = QLabel(self.tr("Finaliser la session %1").replace("%1", str(self.state.session.number)))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.intro = QLabel(self.tr("Pour finaliser la session, complétez les trois étapes puis validez."))
        self.intro.setObjectName("muted")
        layout.addWidget(self.intro)
        steps = QHBoxLayout()
        self.step_buttons: dict[int, QPushButton] = {}
        for step in f.STEPS:
            button = QPushButton(self._step_name(step))
            button.setCheckable(True)
            button.setFlat(True)
            button.clicked.connect(lambda _c=False, s=step: self.go_to(s))
            self.step_buttons[step] = button
            steps.addWidget(button)
        steps.addStretch()
        layout.addLayout(steps)
        self.banner = QLabel()
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._candidates_page())
        self.pages.addWidget(self._documents_page())
        self.pages.addWidget(self._comment_page())
        layout.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        buttons.addWidget(self.saved_label)
        buttons.addStretch()
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.setToolTip(self.tr("Ce qui a été saisi est gardé : la finalisation reprendra ici."))
        self.close_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("Précédent"))
        self.back_button.clicked.connect(lambda: self.go_to(self.step - 1))
        self.next_button = QPushButton(self.tr("Suivant"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next_step)
        self.finalise_button = QPushButton(self.tr("Finaliser"))
        self.finalise_button.setProperty("primary", True)
        self.finalise_button.clicked.connect(self.request_finalisation)
        self.receipt_button = QPushButton(self.tr("Enregistrer le récépissé…"))
        self.receipt_button.clicked.connect(self.save_receipt)
        for button in (self.close_button, self.back_button, self.next_button, self.finalise_button,
                       self.receipt_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._refresh(reset=True)
        self.go_to(self.state.answers.step, save=False)

    # --- pages

    def _candidates_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.candidates_hint = QLabel(self.tr(
            "Chaque ligne vient du journal de la salle : vérifiez-la et complétez-la avec le PV d'incident papier. "
            "Un candidat non terminé a besoin d'une raison d'abandon."))
        self.candidates_hint.setWordWrap(True)
        layout.addWidget(self.candidates_hint)
        self.check_all = QCheckBox(self.tr("Écran de fin du test vu pour tous les candidats"))
        self.check_all.clicked.connect(self.set_all_end_screens)
        layout.addWidget(self.check_all)
        self.candidates = CandidatesModel(self)
        self.candidates.end_screen_changed.connect(self._end_screen_changed)
        self.candidates.abort_reason_changed.connect(self._abort_reason_changed)
        self.candidate_table = QTableView()
        self.candidate_table.setAccessibleName(self.tr("Candidats ayant commencé leur test"))
        self.candidate_table.setModel(self.candidates)
        self.candidate_table.setItemDelegateForColumn(ABORT, AbortReasonDelegate(self.candidate_table))
        self.candidate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.candidate_table.verticalHeader().hide()
        self.candidate_table.horizontalHeader().setStretchLastSection(True)
        self.candidate_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_incidents())
        layout.addWidget(self.candidate_table, 3)
        incidents_row = QHBoxLayout()
        self.incidents_title = QLabel()
        self.incidents_title.setObjectName("sectionTitle")
        incidents_row.addWidget(self.incidents_title)
        incidents_row.addStretch()
        self.add_incident_button = QPushButton(self.tr("Ajouter un signalement…"))
        self.add_incident_button.clicked.connect(self.add_incident)
        self.edit_incident_button = QPushButton(self.tr("Modifier…"))
        self.edit_incident_button.clicked.connect(self.edit_incident)
        self.remove_incident_button = QPushButton(self.tr("Retirer"))
        self.remove_incident_button.clicked.connect(self.remove_incident)
        for button in (self.add_incident_button, self.edit_incident_button, self.remove_incident_button):
            incidents_row.addWidget(button)
        layout.addLayout(incidents_row)
        self.incident_list = QComboBox()
        self.incident_list.setAccessibleName(self.tr("Signalements du candidat"))
        self.incident_list.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.incident_text = QLabel()
        self.incident_text.setWordWrap(True)
        self.incident_text.setTextFormat(Qt.TextFormat.PlainText)
        self.incident_text.setObjectName("card")
        self.incident_text.setMinimumHeight(64)
        self.incident_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.incident_list.currentIndexChanged.connect(lambda *_: self._show_incident_text())
        layout.addWidget(self.incident_list)
        layout.addWidget(self.incident_text, 1)
        return page

    def _documents_page(self) -> QWidget:
        page = FileDropPage(lambda: not self.read_only)
        page.dropped.connect(self.attach_files)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr(
            "Joignez si besoin la feuille d'émargement signée scannée, le PV d'incident, un PV de fraude ou la "
            "photo d'un écran : PDF, PNG ou JPEG, 10 Mo au plus chacun. Chaque fichier est vérifié d'après son "
            "contenu et copié dans PixDesk avec son empreinte SHA-256."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.document_kind = QComboBox()
        self.document_kind.setAccessibleName(self.tr("Type du document à joindre"))
        for kind in f.DOCUMENT_KINDS:
            self.document_kind.addItem(f.document_kind_label(kind), kind)
        self.attach_button = QPushButton(self.tr("Joindre un document…"))
        self.attach_button.clicked.connect(self.choose_documents)
        self.remove_document_button = QPushButton(self.tr("Retirer le document"))
        self.remove_document_button.clicked.connect(self.remove_document)
        row.addWidget(QLabel(self.tr("Type :")))
        row.addWidget(self.document_kind)
        row.addWidget(self.attach_button)
        self.drop_note = QLabel(self.tr("ou déposez les fichiers sur cette page"))
        self.drop_note.setObjectName("muted")
        row.addWidget(self.drop_note)
        row.addStretch()
        row.addWidget(self.remove_document_button)
        layout.addLayout(row)
        self.documents = DocumentsModel(self._thumbnail, self)
        self.document_table = QTableView()
        self.document_table.setAccessibleName(self.tr("Documents joints"))
        self.document_table.setModel(self.documents)
        self.document_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_table.verticalHeader().hide()
        self.document_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.document_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.document_table, 1)
        self.pdf_note = QLabel(self.tr("Aperçu : la première page de chaque PDF, rendue par PDFium."))
        self.pdf_note.setObjectName("muted")
        layout.addWidget(self.pdf_note)
        return page

    def _comment_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.no_problem = QRadioButton(self.tr(
            "Aucun problème particulier à signaler, dans l'ensemble tout s'est bien déroulé"))
        self.with_problem = QRadioButton(self.tr(
            "Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble"))
        group = QButtonGroup(page)
        group.addButton(self.no_problem)
        group.addButton(self.with_problem)
        layout.addWidget(self.no_problem)
        layout.addWidget(self.with_problem)
        comment_row = QHBoxLayout()
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Commentaire global sur la session"))
        self.comment.setPlaceholderText(self.tr("Décrivez l'incident qui a touché toute la session…"))
        self.comment.setFixedHeight(110)
        comment_row.addWidget(self.comment, 3)
        self.advice = QLabel(self.tr(
            "Ne rien indiquer si tout s'est bien déroulé : inutile d'écrire « tout s'est bien passé ». Les "
            "incidents d'un candidat vont à l'étape 1, pas ici."))
        self.advice.setWordWrap(True)
        self.advice.setObjectName("muted")
        comment_row.addWidget(self.advice, 2)
        layout.addLayout(comment_row)
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        layout.addWidget(self.counter)
        self.has_incident = QCheckBox(self.tr("Un ou plusieurs incidents ont impacté le déroulement de la session"))
        self.has_joining_issue = QCheckBox(self.tr(
            "Un ou plusieurs candidats ont rencontré des difficultés pour rejoindre la session"))
        layout.addWidget(self.has_incident)
        layout.addWidget(self.has_joining_issue)
        summary_title = QLabel(self.tr("Ce qui sera transmis"))
        summary_title.setObjectName("sectionTitle")
        layout.addWidget(summary_title)
        self.summary = QLabel()
        self.summary.setObjectName("card")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.with_problem.toggled.connect(self._comment_choice)
        self.comment.textChanged.connect(self._comment_changed)
        self.has_incident.toggled.connect(lambda value: self._set_answers(has_incident=value))
        self.has_joining_issue.toggled.connect(lambda value: self._set_answers(has_joining_issue=value))
        return page

    # --- showing the state

    @property
    def step(self) -> int:
        return self.pages.currentIndex() + 1

    @property
    def read_only(self) -> bool:
        return self.state.finalised

    def _step_name(self, step: int) -> str:
        return self.tr(STEP_TITLES[step])

    def _refresh(self, reset: bool = False) -> None:
        """Show the state; `reset` rebuilds the tables (after reading the store), else only values change."""
        state = self.state
        if reset:
            self.candidates.show(state.lines, state.incidents, self.read_only)
            self.candidate_table.resizeColumnsToContents()
            self.documents.show(state.documents)
            self.document_table.resizeColumnsToContents()
            self._load_comment()
        else:
            self.candidates.update_lines(state.lines, state.incidents)
        seen = [line.end_screen_seen for line in state.lines]
        self.check_all.blockSignals(True)
        self.check_all.setChecked(bool(seen) and all(seen))
        self.check_all.blockSignals(False)
        for widget in (self.check_all, self.add_incident_button, self.edit_incident_button,
                       self.remove_incident_button, self.attach_button, self.remove_document_button,
                       self.document_kind, self.no_problem, self.with_problem, self.has_incident,
                       self.has_joining_issue):
            widget.setEnabled(not self.read_only)
        self.comment.setReadOnly(self.read_only)
        self.drop_note.setVisible(not self.read_only)
        self._show_incidents()
        self._update_summary()
        self._update_buttons()
        self._show_saved()

    def _load_comment(self) -> None:
        answers = self.state.answers
        for widget in (self.comment, self.no_problem, self.with_problem, self.has_incident, self.has_joining_issue):
            widget.blockSignals(True)
        self.comment.setPlainText(answers.comment or "")
        has_comment = bool(answers.comment)
        self.with_problem.setChecked(has_comment)
        self.no_problem.setChecked(not has_comment)
        self.comment.setEnabled(has_comment)
        self.has_incident.setChecked(answers.has_incident)
        self.has_joining_issue.setChecked(answers.has_joining_issue)
        for widget in (self.comment, self.no_problem, self.with_problem, self.has_incident, self.has_joining_issue):
            widget.blockSignals(False)
        self._count()

    def _count(self) -> None:
        length = len(self.comment.toPlainText())
        self.counter.setText(f"{length} / {MAX_GLOBAL_COMMENT_LENGTH}")
        self.counter.setObjectName("fieldError" if length > MAX_GLOBAL_COMMENT_LENGTH else "muted")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _update_buttons(self) -> None:
        last = self.step == f.STEP_COMMENT
        self.back_button.setVisible(self.step > f.STEP_CANDIDATES)
        self.next_button.setVisible(not last)
        self.finalise_button.setVisible(last and not self.read_only)
        self.receipt_button.setVisible(self.read_only)
        for step, button in self.step_buttons.items():
            button.setChecked(step == self.step)
        if self.read_only:
            when = locale().toString(self.state.session.finalized_at.astimezone(), "d MMMM yyyy HH:mm")
            by = self.state.record.finalized_by if self.state.record else ""
            self.intro.setText(self.tr("Session finalisée le %1 par %2 : plus rien ne peut y être modifié.")
                               .replace("%1", when).replace("%2", by))

    def _show_saved(self) -> None:
        saved = self.state.draft_saved_at
        if self.read_only or saved is None:
            self.saved_label.setText("")
            return
        self.saved_label.setText(self.tr("Brouillon enregistré à %1").replace(
            "%1", locale().toString(saved.astimezone().time(), "HH:mm:ss")))

    def _current_line(self) -> f.ReportLine | None:
        index = self.candidate_table.currentIndex()
        return self.state.lines[index.row()] if index.isValid() and index.row() < len(self.state.lines) else None

    def _show_incidents(self) -> None:
        line = self._current_line()
        self.incident_list.blockSignals(True)
        self.incident_list.clear()
        items = self.state.incidents.get(line.candidate_id, []) if line else []
        for item in items:
            self.incident_list.addItem(f"{item.view.code} – {item.view.label}", item.view.id)
        self.incident_list.blockSignals(False)
        name = f"{line.journal.first_name} {line.journal.last_name}" if line else ""
        self.incidents_title.setText(self.tr("Signalements de %1 (%2)").replace("%1", name)
                                     .replace("%2", str(len(items))) if line else self.tr(
                                         "Sélectionnez un candidat pour voir ses signalements"))
        has_line = line is not None and not self.read_only
        self.add_incident_button.setEnabled(has_line)
        self.edit_incident_button.setEnabled(has_line and bool(items))
        self.remove_incident_button.setEnabled(has_line and bool(items))
        self.incident_list.setVisible(bool(items))
        self._show_incident_text()

    def _current_incident(self) -> fin.SentIncident | None:
        line = self._current_line()
        if line is None:
            return None
        incident_id = self.incident_list.currentData()
        return next((i for i in self.state.incidents.get(line.candidate_id, []) if i.view.id == incident_id), None)

    def _show_incident_text(self) -> None:
        item = self._current_incident()
        if item is None:
            line = self._current_line()
            self.incident_text.setText(self.tr("Aucun signalement pour ce candidat.") if line else "")
            return
        view, sent = item.view, item.sent
        lines = [f"{view.code} – {view.label}"]
        if view.question_number is not None:
            lines.append(self.tr("Question n° %1").replace("%1", str(view.question_number)))
        if view.exit_time:
            lines.append(self.tr("Sortie à %1").replace("%1", view.exit_time))
        if view.description:
            lines.append(view.description)
        if view.current_code != view.code:
            lines.append(self.tr("Envoyé à Pix comme %1 (la plateforme n'accepte plus %2) : « %3 »")
                         .replace("%1", view.current_code).replace("%2", view.code)
                         .replace("%3", sent.description or ""))
        lines += [p.message() for p in item.problems]
        self.incident_text.setText("\n".join(lines))

    def _update_summary(self) -> None:
        state = self.state
        counts = f.summary_counts(state.lines)
        incidents = sum(len(v) for v in state.incidents.values())
        unfinished = [line for line in state.lines if not line.completed]
        parts = [
            self.tr("<b>%1</b> candidat(s) ayant commencé : %2 terminé(s), %3 non terminé(s) ; écran de fin vu pour "
                    "%4.").replace("%1", str(counts["started"])).replace("%2", str(counts["completed"]))
            .replace("%3", str(counts["unfinished"])).replace("%4", str(counts["end_screen_seen"])),
            self.tr("<b>%1</b> signalement(s) envoyé(s) un à un avant la finalisation.").replace("%1", str(incidents)),
            self.tr("<b>%1</b> document(s) joint(s).").replace("%1", str(len(state.documents))),
        ]
        for line in unfinished:
            reason = line.abort_reason
            parts.append(self.tr("%1 %2 : non terminé, raison : %3").replace("%1", line.journal.first_name)
                         .replace("%2", line.journal.last_name).replace(
                             "%3", _reason_label(reason) if reason else self.tr("<b>à préciser (étape 1)</b>")))
        comment = (state.answers.comment or "").strip()
        parts.append(self.tr("Commentaire global : %1").replace(
            "%1", _escape(comment) if comment else self.tr("aucun")))
        parts.append(self.tr("Incident ayant impacté la session : %1 · Difficultés pour rejoindre la session : %2")
                     .replace("%1", self._yes_no(state.answers.has_incident))
                     .replace("%2", self._yes_no(state.answers.has_joining_issue)))
        self.summary.setText("<br>".join(parts))

    def _yes_no(self, value: bool) -> str:
        return self.tr("oui") if value else self.tr("non")

    # --- changing the answers (each change is saved in the draft at once)

    def _set_answers(self, **changes) -> None:
        if self.read_only:
            return
        answers = self.state.answers
        for name, value in changes.items():
            setattr(answers, name, value)
        self._save(answers)

    def _save(self, answers: f.Answers, reload: bool = False) -> None:
        try:
            saved = fin.save_draft(self._db, self._session_id, answers)
        except DomainError as error:
            refuse(self, self.windowTitle(), "\n".join(error.messages()))
            return
        if reload:
            self.state = fin.load_finalisation(self._db, self._session_id)
        else:
            self.state.answers = answers
            self.state.lines = [f.resolve_line(line.journal, answers) for line in self.state.lines]
            self.state.draft_saved_at = saved
        self._refresh(reset=reload)
        if self.banner.isVisible():
            self._show_problems(self._problems_of(self.step), quiet=True)

    def _end_screen_changed(self, row: int, value: bool) -> None:
        line = self.state.lines[row]
        answers = f.answers_after(self.state.answers, line.journal, end_screen_seen=value)
        fresh = f.resolve_line(line.journal, answers)
        if fresh.completed and fresh.abort_reason and not line.completed:
            # The end screen seen on a test the journal left running: the candidate finished, no abort reason.
            answers = f.answers_after(answers, line.journal, abort_reason=None)
        self._save(answers)

    def _abort_reason_changed(self, row: int, reason: str | None) -> None:
        self._save(f.answers_after(self.state.answers, self.state.lines[row].journal, abort_reason=reason))

    def set_all_end_screens(self, value: bool) -> None:
        answers = self.state.answers
        for line in self.state.lines:
            answers = f.answers_after(answers, line.journal, end_screen_seen=value)
        self._save(answers)

    def _comment_choice(self, with_problem: bool) -> None:
        self.comment.setEnabled(with_problem)
        if with_problem:
            self.comment.setFocus()
        elif self.comment.toPlainText():
            self.comment.setPlainText("")  # "no problem" means no comment, as on the platform

    def _comment_changed(self) -> None:
        self._count()
        self._set_answers(comment=self.comment.toPlainText() or None)

    # --- incidents (new events of the journal)

    def add_incident(self) -> IncidentPicker | None:
        return self._incident_picker(None)

    def edit_incident(self) -> IncidentPicker | None:
        item = self._current_incident()
        return self._incident_picker(item.view) if item else None

    def _incident_picker(self, incident) -> IncidentPicker | None:
        """The room view's own picker; what it collects is written as a new event of the journal."""
        line = self._current_line()
        if line is None or self.read_only:
            return None
        picker = IncidentPicker(incident.grid if incident else self.state.grid,
                                f"{line.journal.first_name} {line.journal.last_name}", self, incident=incident)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.submitted.connect(lambda item, complete: self._save_incident(picker, line.candidate_id, incident,
                                                                            item, complete))
        picker.open()
        return picker

    def _save_incident(self, picker: IncidentPicker, candidate_id: int, incident, item, complete: bool) -> None:
        from pixdesk.services import room

        try:
            if incident is None:
                room.add_incident(self._db, self._session_id, [candidate_id], item, clock=RoomClock(),
                                  grid=self.state.grid, allow_incomplete=not complete)
            else:
                room.correct_incident(self._db, self._session_id, incident.id, item, clock=RoomClock(),
                                      allow_incomplete=not complete)
        except DomainError as error:
            picker.show_refusal(error.messages())
            return
        picker.accept()
        self._journal_changed()

    def remove_incident(self) -> None:
        item = self._current_incident()
        if item is None or self.read_only:
            return
        if not confirm(self, self.tr("Retirer le signalement"),
                       self.tr("Retirer le signalement %1 ?").replace("%1", item.view.code), self.tr("Retirer"),
                       self.tr("Le journal garde le signalement et son retrait.")):
            return
        from pixdesk.services import room

        try:
            room.remove_incident(self._db, self._session_id, item.view.id, clock=RoomClock())
        except DomainError as error:
            refuse(self, self.windowTitle(), "\n".join(error.messages()))
            return
        self._journal_changed()

    def _journal_changed(self) -> None:
        row = self.candidate_table.currentIndex().row()
        self.state = fin.load_finalisation(self._db, self._session_id)
        self._refresh(reset=True)
        if row >= 0:
            self.candidate_table.selectRow(row)

    # --- documents

    def _thumbnail(self, document: fin.DocumentView):
        if document.id not in self._thumbnails:
            self._thumbnails[document.id] = thumbnail(fin.document_content(self._db, document.id),
                                                      document.media_type)
        return self._thumbnails[document.id]

    def choose_documents(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Joindre un document"), str(Path.home()),
                                                self.tr("PDF ou images (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)"))
        self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> list[Problem]:
        """Attach each file; problems are shown together (and returned)."""
        problems: list[Problem] = []
        for path in paths:
            try:
                item = attachments.read_attachment(path, self.document_kind.currentData())
                fin.attach_document(self._db, self._session_id, item)
            except DomainError as error:
                problems += error.problems
        self.state = fin.load_finalisation(self._db, self._session_id)
        self._refresh(reset=True)
        self._show_problems(problems, quiet=True)
        return problems

    def remove_document(self) -> None:
        index = self.document_table.currentIndex()
        if not index.isValid() or self.read_only:
            return
        document = self.state.documents[index.row()]
        if not confirm(self, self.tr("Retirer le document"),
                       self.tr("Retirer « %1 » des documents joints ?").replace("%1", document.file_name),
                       self.tr("Retirer"), self.tr("Le fichier d'origine n'est pas touché.")):
            return
        fin.remove_document(self._db, self._session_id, document.id)
        self.state = fin.load_finalisation(self._db, self._session_id)
        self._refresh(reset=True)

    # --- steps and finalising

    def go_to(self, step: int, save: bool = True) -> None:
        step = min(max(step, f.STEP_CANDIDATES), f.STEP_COMMENT)
        self.pages.setCurrentIndex(step - 1)
        self.banner.hide()
        self._update_buttons()
        if step == f.STEP_CANDIDATES and not self.candidate_table.currentIndex().isValid() and self.state.lines:
            self.candidate_table.selectRow(0)
        if save and not self.read_only and self.state.answers.step != step:
            answers = self.state.answers
            answers.step = step
            self._save(answers)

    def _problems_of(self, step: int) -> list[Problem]:
        return [p for p in self.state.problems() if f.step_of(p) == step]

    def next_step(self) -> None:
        """Step 1's problems (an unfinished candidate without an abort reason) must be solved before going on."""
        problems = self._problems_of(self.step)
        if problems and not self.read_only:
            self._show_problems(problems)
            return
        self.go_to(self.step + 1)

    def _show_problems(self, problems: list[Problem], quiet: bool = False) -> None:
        """The banner lists them, naming the candidates; the rows at fault are marked and the first selected."""
        names = {line.candidate_id: f"{line.journal.first_name} {line.journal.last_name}" for line in self.state.lines}
        texts, faulty = [], set()
        for problem in problems:
            ids = f.candidates_of(problem)
            faulty.update(ids)
            who = ", ".join(names.get(i, str(i)) for i in ids)
            texts.append(self.tr("%1 : %2").replace("%1", who).replace("%2", problem.message())
                         if who and problem.code != f.INCIDENT_INCOMPLETE else problem.message())
        self.candidates.mark_faulty(faulty)
        self.banner.setText("\n".join(texts))
        self.banner.setVisible(bool(texts))
        if faulty and not quiet:
            row = next(i for i, line in enumerate(self.state.lines) if line.candidate_id in faulty)
            self.candidate_table.selectRow(row)
            self.candidate_table.setFocus()

    def request_finalisation(self) -> bool:
        """Every check first (the platform's order); the first problem's step opens with its rows marked. Then
        the confirmation, whose safe choice is the default."""
        problems = self.state.problems()
        if problems:
            step = f.step_of(problems[0]) or self.step
            if step != self.step:
                self.go_to(step)
            self._show_problems([p for p in problems if f.step_of(p) == step] or problems)
            return False
        box = self.confirmation_box()
        box.exec()
        if box.clickedButton() is not box.property("go"):
            return False
        return self.finalise()

    def confirmation_box(self):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Finaliser la session"))
        box.setText(self.tr("Finaliser la session %1 ?").replace("%1", str(self.state.session.number)))
        box.setInformativeText(self.tr(
            "Attention : cette action est irréversible. Une fois finalisée, la session, ses candidats, ses "
            "signalements et son journal ne peuvent plus être modifiés. Les informations seront transmises à Pix à "
            "la prochaine synchronisation ; le traitement prend ensuite un peu de temps avant les résultats."))
        go = box.addButton(self.tr("Finaliser"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setProperty("go", go)
        return box

    def finalise(self) -> bool:
        try:
            fin.finalise(self._db, self._session_id, self.state.answers, clock=RoomClock())
        except DomainError as error:
            self.state = fin.load_finalisation(self._db, self._session_id)
            self._refresh(reset=True)
            self._show_problems(error.problems)
            return False
        self.state = fin.load_finalisation(self._db, self._session_id)
        self._refresh(reset=True)
        self.finalised.emit(self._session_id)
        return True

    def save_receipt(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le récépissé"),
                str(Path.home() / f"recepisse-finalisation-{self.state.session.number}.pdf"),
                self.tr("Document PDF (*.pdf)"))
            if not path:
                return None
        try:
            return export_document("finalisation-receipt", self._db, self._session_id, path).path
        except DomainError as error:
            refuse(self, self.windowTitle(), "\n".join(error.messages()))
            return None


class FileDropPage(QWidget):
    """A page that takes files dropped from the file manager (local files only), while `accepting()` says so."""

    dropped = Signal(list)

    def __init__(self, accepting, parent=None):
        super().__init__(parent)
        self._accepting = accepting
        self.setAcceptDrops(True)

    def _local_files(self, event: QDragEnterEvent | QDropEvent) -> list[str]:
        if not self._accepting() or not event.mimeData().hasUrls():
            return []
        return [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)
        else:
            event.ignore()


def _reason_label(reason: str) -> str:
    from pixdesk.models.room import abort_reason_label

    return abort_reason_label(reason)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
