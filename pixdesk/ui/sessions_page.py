"""The centre's sessions: the list with search and filters, or seed 004's empty state before the first session."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from pixdesk.models.session_rules import STATUS_CREATED, STATUS_FINALIZED, STATUS_IN_PROCESS, STATUS_PROCESSED, \
    status_label
from pixdesk.services.sessions import SessionSummary
from pixdesk.ui.icons import icon
from pixdesk.ui.session_table import SessionFilterProxy, SessionTableModel
from pixdesk.ui.table_view import list_table

# "Finalisée" covers two platform statuses (the platform hides "in process"), so the filter does too.
STATUS_CHOICES = ((STATUS_CREATED,), (STATUS_FINALIZED, STATUS_IN_PROCESS), (STATUS_PROCESSED,))
COLUMN_WIDTHS = (90, 220, 140, 100, 70, 240)


class SessionsPage(QWidget):
    create_requested = Signal()
    open_requested = Signal(int)
    delete_requested = Signal(int)
    room_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SessionTableModel(self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(12)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self._list_view())
        layout.addWidget(self.stack)

    # --- building
    def _empty_state(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(2)
        title = QLabel(self.tr("Créez votre première session de certification"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        hint = QLabel(self.tr("Une session réunit un lieu, une date, un(e) surveillant(e) et la liste des "
                              "candidats."))
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        self.empty_create_button = QPushButton(icon("add", "highlighted_text"), self.tr("Créer une session"))
        self.empty_create_button.setProperty("primary", True)
        self.empty_create_button.clicked.connect(self.create_requested)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.empty_create_button)
        row.addStretch()
        column.addSpacing(12)
        column.addLayout(row)
        column.addStretch(3)
        return page

    def _list_view(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)

        top = QHBoxLayout()
        title = QLabel(self.tr("Sessions de certification"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch()
        self.room_button = QPushButton(icon("room"), self.tr("Surveiller la salle"))
        self.room_button.setToolTip(self.tr("Ouvrir la vue de la salle de la session choisie (Ctrl+Maj+S)"))
        self.room_button.clicked.connect(self._room_of_selection)
        top.addWidget(self.room_button)
        self.create_button = QPushButton(icon("add", "highlighted_text"), self.tr("Créer une session"))
        self.create_button.setProperty("primary", True)
        self.create_button.setToolTip(self.tr("Créer une session (Ctrl+N)"))
        self.create_button.clicked.connect(self.create_requested)
        top.addWidget(self.create_button)
        column.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit(placeholderText=self.tr("Rechercher (site, salle, surveillant, n° de session…)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Rechercher une session"))
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self.proxy.set_search)
        filters.addWidget(self.search, 3)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filtrer par statut"))
        self.status_filter.addItem(self.tr("Tous les statuts"), None)
        for statuses in STATUS_CHOICES:
            self.status_filter.addItem(status_label(statuses[0]), statuses)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_statuses(self.status_filter.currentData()))
        filters.addWidget(self.status_filter)

        self.date_filter = QCheckBox(self.tr("Du"))
        self.date_filter.setAccessibleName(self.tr("Filtrer par dates"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), calendarPopup=True)
        self.date_to = QDateEdit(today.addMonths(2), calendarPopup=True)
        for edit, name in ((self.date_from, self.tr("Date de début de la période")),
                           (self.date_to, self.tr("Date de fin de la période"))):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._apply_dates)
        self.date_filter.toggled.connect(self._toggle_dates)
        filters.addWidget(self.date_filter)
        filters.addWidget(self.date_from)
        to_label = QLabel(self.tr("au"))
        to_label.setBuddy(self.date_to)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to)
        column.addLayout(filters)

        self.table = list_table(self.proxy, self.tr("Sessions de certification"), 30)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for index, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(index, width)
        # Newest first, as the platform lists them.
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        column.addWidget(self.table)

        self.no_match = QLabel(self.tr("Aucune session ne correspond à ces critères."))
        self.no_match.setObjectName("muted")
        self.no_match.setVisible(False)
        column.addWidget(self.no_match)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        column.addWidget(self.count_label)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_counts)
        return page

    # --- behaviour
    def set_sessions(self, sessions: list[SessionSummary], select_id: int | None = None) -> None:
        self.model.set_records(sessions)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.stack.setCurrentIndex(1 if sessions else 0)
        self._update_counts()
        if select_id is not None:
            self.select_session(select_id)

    def select_session(self, session_id: int) -> None:
        source_row = self.model.row_of(lambda s: s.id == session_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def selected_session(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        if self.stack.currentIndex() == 1:
            self.search.setFocus()
            self.search.selectAll()

    def _room_of_selection(self) -> None:
        selected = self.selected_session()
        if selected is not None:
            self.room_requested.emit(selected.id)

    def _open_row(self, proxy_row: int) -> None:
        self.open_requested.emit(self.proxy.record_at(proxy_row).id)

    def _toggle_dates(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._apply_dates()

    def _apply_dates(self) -> None:
        if self.date_filter.isChecked():
            self.proxy.set_date_range(self.date_from.date().toPython(), self.date_to.date().toPython())
        else:
            self.proxy.set_date_range(None, None)

    def _update_counts(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.no_match.setVisible(total > 0 and shown == 0)
        if shown == total:
            self.count_label.setText(self.tr("Sessions : %1").replace("%1", str(total)))
        else:
            self.count_label.setText(self.tr("%1 sur %2 sessions").replace("%1", str(shown))
                                     .replace("%2", str(total)))
