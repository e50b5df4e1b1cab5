"""The "Candidats (N)" tab: the candidate sheet and documents, the list, and adding/changing/removing candidates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from pixdesk.models.candidate_rules import CentrePolicy
from pixdesk.models.errors import DomainError, Problem
from pixdesk.services import candidates
from pixdesk.services.candidates import CandidateRecord
from pixdesk.services.sessions import SessionSummary
from pixdesk.store import Database
from pixdesk.ui import settings
from pixdesk.ui.candidate_dialog import CandidateDialog
from pixdesk.services.outbox import entity_marks
from pixdesk.ui.candidate_table import BILLING_COLUMNS, CandidateFilterProxy, CandidateTableModel
from pixdesk.ui.dialogs import confirm, refuse
from pixdesk.ui.document_actions import IMPORT, ODS, PDF, DocumentRunner, available_actions
from pixdesk.ui.icons import icon
from pixdesk.ui.table_view import list_table

COMPLEMENTARY_COLUMN = 12
OPEN_PDF_KEY = "documents/open_pdf"
SIZE_SAMPLE_ROWS = 0  # Qt: 0 means the visible rows only


class CandidatesTab(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._session: SessionSummary | None = None
        self._policy = CentrePolicy()
        self.dialog: CandidateDialog | None = None
        self.model = CandidateTableModel(self)
        self.proxy = CandidateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.runner = DocumentRunner(db, self)
        self.runner.done.connect(lambda _key, text: self.message.emit(text))
        self.runner.candidates_changed.connect(self._after_import)
        self.documents = available_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        documents_card = self._documents_card()
        if documents_card is not None:
            layout.addWidget(documents_card)

        header = QHBoxLayout()
        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        header.addWidget(self.list_title)
        header.addStretch()
        self.search = QLineEdit(placeholderText=self.tr("Rechercher un candidat"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un candidat"))
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.proxy.set_search)
        header.addWidget(self.search)
        self.edit_button = QPushButton(icon("edit"), self.tr("Modifier"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(icon("trash", "error"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button = QPushButton(icon("add", "highlighted_text"), self.tr("Ajouter un candidat"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_candidate)
        for button in (self.edit_button, self.delete_button, self.add_button):
            header.addWidget(button)
        layout.addLayout(header)

        self.stack = QStackedWidget()
        waiting = QLabel(self.tr("En attente de candidats"))
        waiting.setObjectName("muted")
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(waiting)
        self.table = list_table(self.proxy, self.tr("Liste des candidats"), 28)
        # Column widths follow the header and the rows on screen; a 2,000-row list must not be measured whole.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    def _documents_card(self) -> QFrame | None:
        if not self.documents:
            return None
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 14, 20, 14)
        grid.setHorizontalSpacing(24)
        title = QLabel(self.tr("Ajouter des candidats et imprimer les documents"))
        title.setObjectName("sectionTitle")
        grid.addWidget(title, 0, 0, 1, 3)
        self.document_buttons: dict[str, QPushButton] = {}
        sheet, pdfs, filled = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for key, (action, function) in self.documents.items():
            icon_name = {IMPORT: "upload", ODS: "download", PDF: "print"}[action.kind]
            button = QPushButton(icon(icon_name), action.label())
            button.clicked.connect(lambda _checked=False, a=action, f=function: self.run_document(a, f))
            self.document_buttons[key] = button
            (filled if action.filled else pdfs if action.kind == PDF else sheet).addWidget(button)
        if sheet.count():
            caption = QLabel(self.tr("Feuille d'émargement (liste des candidats)"))
            caption.setObjectName("fieldCaption")
            grid.addWidget(caption, 1, 0)
            sheet.addStretch()
            grid.addLayout(sheet, 2, 0)
            if "import_sheet" in self.documents:
                warning = QLabel(self.tr("Attention, tout nouvel import efface la liste des candidats existante."))
                warning.setObjectName("muted")
                grid.addWidget(warning, 3, 0)
        if pdfs.count():
            caption = QLabel(self.tr("Documents à imprimer (PDF)"))
            caption.setObjectName("fieldCaption")
            grid.addWidget(caption, 1, 1)
            pdfs.addStretch()
            grid.addLayout(pdfs, 2, 1)
            self.open_pdf = QCheckBox(self.tr("Ouvrir une fois terminé"))
            self.open_pdf.setChecked(str(settings.app_settings().value(OPEN_PDF_KEY, "true")).lower() == "true")
            self.open_pdf.toggled.connect(self._remember_open_pdf)
            self.runner.open_pdf_when_done = self.open_pdf.isChecked()
            grid.addWidget(self.open_pdf, 3, 1)
        if filled.count():
            caption = QLabel(self.tr("Après l'examen, remplis depuis la salle"))
            caption.setObjectName("fieldCaption")
            grid.addWidget(caption, 4, 1)
            filled.addStretch()
            grid.addLayout(filled, 5, 1)
        return card

    # --- loading
    def show_session(self, session: SessionSummary, policy: CentrePolicy) -> None:
        self._session = session
        self._policy = policy
        self.reload()
        for column in BILLING_COLUMNS:
            self.table.setColumnHidden(column, policy.billing_forbidden)
        self.table.setColumnHidden(COMPLEMENTARY_COLUMN, not policy.habilitations)

    def reload(self, select_id: int | None = None) -> None:
        records = candidates.list_candidates(self._db, self._session.id)
        self.model.set_records(records)
        self.model.set_marks(entity_marks(self._db, "candidate", [c.uuid for c in records]))
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.list_title.setText(self.tr("Liste des candidats (%1)").replace("%1", str(len(records))))
        self.stack.setCurrentIndex(1 if records else 0)
        self.table.resizeColumnsToContents()
        if select_id is not None:
            source_row = self.model.row_of(lambda c: c.id == select_id)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_candidate(self) -> CandidateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_selection = self.selected_candidate() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    # --- actions
    def add_candidate(self) -> CandidateDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> CandidateDialog | None:
        candidate = self.selected_candidate()
        return self._open_dialog(candidate) if candidate is not None else None

    def _open_dialog(self, candidate: CandidateRecord | None) -> CandidateDialog:
        dialog = CandidateDialog(self._db, self._session.id, self._policy, candidate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved, candidate is None))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, record: CandidateRecord, added: bool) -> None:
        self.reload(select_id=record.id)
        name = f"{record.first_name} {record.last_name}"
        self.message.emit(self.tr("%1 a été inscrit(e).").replace("%1", name) if added
                          else self.tr("%1 a été modifié(e).").replace("%1", name))
        self.changed.emit()

    def delete_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is None:
            return
        name = f"{candidate.first_name} {candidate.last_name}"
        if candidate.has_joined:
            refuse(self, self.tr("Supprimer un candidat"), Problem("CANDIDATE_FORBIDDEN_DELETION").message())
            return
        if not confirm(self, self.tr("Supprimer un candidat"),
                       self.tr("Supprimer %1 de la liste des candidats ?").replace("%1", name),
                       self.tr("Supprimer"), self.tr("Cette action est définitive.")):
            return
        try:
            candidates.remove_candidate(self._db, self._session.id, candidate.id)
        except DomainError as error:
            refuse(self, self.tr("Supprimer un candidat"), "\n".join(error.messages()))
            return
        self.reload()
        self.message.emit(self.tr("%1 a été retiré(e) de la liste.").replace("%1", name))
        self.changed.emit()

    def run_document(self, action, function) -> None:
        if action.kind == IMPORT and self.count() and not confirm(
                self, action.label(), self.tr("Remplacer la liste des candidats ?"), self.tr("Importer"),
                self.tr("Attention, tout nouvel import efface la liste des candidats existante.")):
            return
        path = self.runner.choose_path(action, self._session.id)
        if path is not None:
            self.runner.run(action, function, self._session.id, path)

    def _remember_open_pdf(self, on: bool) -> None:
        settings.app_settings().setValue(OPEN_PDF_KEY, on)
        self.runner.open_pdf_when_done = on

    def _after_import(self) -> None:
        self.reload()
        self.changed.emit()
