"""The room view: the invigilator's window for the exam itself, offline.

A header with what the room needs to see (session number, access code, times, the "à traiter" count), every
candidate attention first, and one key per action. Actions are written by the room writer off the UI thread and
shown done only once committed; the state shown is the journal's, folded. Ctrl+L locks the view until the
session's invigilator password is typed; Ctrl+Shift+P opens the projector window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import (QAction, QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence, QStandardItem,
                           QStandardItemModel)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView, QMainWindow, QMenu, QPushButton,
                               QRadioButton,
                               QSpinBox, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from pixdesk.models import room as r
from pixdesk.models.errors import DomainError
from pixdesk.services import room as room_service
from pixdesk.services.clock import RoomClock
from pixdesk.services.room import Room
from pixdesk.store import Database
from pixdesk.ui.dialogs import confirm, form_buttons
from pixdesk.ui.document_actions import DocumentAction, DocumentRunner, available_actions
from pixdesk.ui.icons import app_icon, icon
from pixdesk.ui.incident_picker import IncidentPicker
from pixdesk.ui.projector import ProjectorWindow
from pixdesk.ui.room_lock import LockPage
from pixdesk.ui.room_model import (BIRTHDATE, EXTRA_TIME, INCIDENTS, LEFT, NAME, STATE, TIMES, RoomFilterProxy,
                                   RoomTableModel, clock_text)
from pixdesk.ui.room_writer import RoomWriter
from pixdesk.ui.table_view import list_table
from pixdesk.ui.theme import colors

log = logging.getLogger("pixdesk.room")
TICK_MS = 1000
EXTERNAL_CHECK_MS = 3000
STATUS_MS = 8000
ROOM_PAGE, LOCK_PAGE = 0, 1
# Minimum widths; a header wider than its column widens it. The state (with what needs attention) takes the rest.
COLUMN_WIDTHS = {NAME: 165, BIRTHDATE: 84, EXTRA_TIME: 60, TIMES: 110, LEFT: 62, INCIDENTS: 80}


class RoomWindow(QMainWindow):
    """Opened from the session page, the sessions list, `pixdesk room ID`, or at start-up after a crash."""

    closed = Signal(int)

    def __init__(self, db: Database, session_id: int, *, clock: RoomClock | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self._db = db
        self.clock = clock or RoomClock()
        opening = room_service.open_room(db, session_id, clock=self.clock)
        self.room: Room = opening.room
        self.session_id = session_id
        self.read_only = self.room.session.finalized
        self.writer = RoomWriter(self)
        self.writer.done.connect(self._job_done)
        self.writer.refused.connect(self._job_refused)
        self.writer.crashed.connect(self._job_crashed)
        self._jobs: dict[int, Callable] = {}
        self.document_runner = DocumentRunner(db, self)
        self.document_runner.done.connect(lambda _key, text: self.notify(text))
        self.projector: ProjectorWindow | None = None
        self.picker: IncidentPicker | None = None
        self.locked = False
        self._closing = False

        self.setWindowIcon(app_icon())
        self.setStyleSheet(room_style_sheet())
        self.setWindowTitle(self.tr("Surveillance – Session %1").replace("%1", str(session_id)))
        self.resize(1280, 800)
        self.setMinimumSize(900, 560)
        self.model = RoomTableModel(self)
        self.proxy = RoomFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._room_page())
        self.lock_page = LockPage()
        self.lock_page.unlocked.connect(self.unlock)
        self.pages.addWidget(self.lock_page)
        self.setCentralWidget(self.pages)
        self.saving = QLabel()
        self.saving.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.saving)
        self._build_actions()

        self.model.set_room(self.room, self.clock.now())
        self._render_header()
        if opening.interrupted_at is not None:
            self.show_banner(self.tr("Reprise après interruption : dernière action à %1. Tout ce qui avait été "
                                     "enregistré est là.").replace("%1", clock_text(opening.interrupted_at)))
        if self.read_only:
            self.show_banner(self.tr("Session finalisée : la salle est en lecture seule."))
        if self.room.chain_problems:
            self.show_banner(self.tr("Attention : le journal de cette session a été modifié hors de PixDesk (son "
                                     "empreinte ne correspond plus)."), error=True)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.watcher = QTimer(self)
        self.watcher.setInterval(EXTERNAL_CHECK_MS)
        self.watcher.timeout.connect(self._check_external_changes)
        self.watcher.start()
        self.tick()

    # --- building
    def _room_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 12, 18, 8)
        layout.setSpacing(8)
        layout.addWidget(self._header())
        self.banners = QVBoxLayout()
        self.banners.setSpacing(4)
        layout.addLayout(self.banners)

        search_row = QHBoxLayout()
        self.search = QLineEdit(placeholderText=self.tr("Rechercher un candidat (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un candidat"))
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(lambda: self.table.setFocus())
        search_row.addWidget(self.search, 1)
        search_row.addStretch(1)
        self.projector_button = QPushButton(icon("projector"), self.tr("Projection"))
        self.projector_button.setToolTip(self.tr("Fenêtre pour un vidéoprojecteur (Ctrl+Maj+P)"))
        self.projector_button.clicked.connect(self.open_projector)
        self.lock_button = QPushButton(icon("lock"), self.tr("Verrouiller"))
        self.lock_button.setToolTip(self.tr("Verrouiller la salle (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock)
        self.print_button = QPushButton(icon("print"), self.tr("Imprimer"))
        self.print_button.setToolTip(self.tr("Le PV d'incident et la feuille d'émargement remplis depuis la salle"))
        menu = QMenu(self.print_button)
        self.documents = {key: found for key, found in available_actions().items() if found[0].filled}
        for _key, (action, function) in self.documents.items():
            menu.addAction(action.label(), lambda a=action, f=function: self.print_document(a, f))
        self.print_button.setMenu(menu)
        self.print_button.setVisible(bool(self.documents))
        for button in (self.print_button, self.projector_button, self.lock_button):
            button.setAutoDefault(False)
            search_row.addWidget(button)
        layout.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = list_table(self.proxy, self.tr("Candidats de la salle"), 30)
        self.table.setSortingEnabled(False)  # attention first, then a stable order: the model keeps it
        self.proxy.sort(-1)  # and the proxy keeps the model's order (list_table had asked it to sort)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        bold = header.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, width in COLUMN_WIDTHS.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 26))
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.report_incident())
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1010, 290])
        layout.addWidget(splitter, 1)
        return page

    def _header(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 10, 18, 10)
        grid.setHorizontalSpacing(28)
        self.title = QLabel()
        self.title.setObjectName("sessionTitle")
        self.place = QLabel()
        self.place.setObjectName("muted")
        self.place.setWordWrap(True)
        self.times = QLabel()
        self.times.setTextFormat(Qt.TextFormat.RichText)
        self.length_button = QToolButton()
        self.length_button.setText(self.tr("Durée du test…"))
        self.length_button.setAccessibleName(self.tr("Modifier la durée du test"))
        self.length_button.clicked.connect(self.edit_test_length)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.title)
        left.addWidget(self.place)
        times_row = QHBoxLayout()
        times_row.addWidget(self.times)
        times_row.addWidget(self.length_button)
        times_row.addStretch()
        left.addLayout(times_row)
        grid.addLayout(left, 0, 0)

        code_box = QVBoxLayout()
        code_box.setSpacing(0)
        caption = QLabel(self.tr("Code d'accès"))
        caption.setObjectName("fieldCaption")
        code_box.addWidget(caption)
        code_row = QHBoxLayout()
        self.access_code = QLabel()
        self.access_code.setObjectName("roomAccessCode")
        self.access_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton()
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setText(self.tr("Copier"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setAccessibleName(self.tr("Copier le code d'accès"))
        self.copy_button.setToolTip(self.tr("Copier le code d'accès (Ctrl+Maj+C)"))
        self.copy_button.clicked.connect(self.copy_access_code)
        code_row.addWidget(self.access_code)
        code_row.addWidget(self.copy_button)
        code_box.addLayout(code_row)
        grid.addLayout(code_box, 0, 1)

        right = QVBoxLayout()
        right.setSpacing(2)
        self.now_label = QLabel()
        self.now_label.setObjectName("roomClock")
        self.now_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.attention_chip = QLabel()
        self.attention_chip.setObjectName("attentionChip")
        self.attention_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.now_label)
        right.addWidget(self.attention_chip, 0, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(right, 0, 2)
        grid.setColumnStretch(0, 1)
        return card

    def _detail_panel(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.detail_name = QLabel()
        self.detail_name.setObjectName("sectionTitle")
        self.detail_name.setWordWrap(True)
        self.detail_lines = QLabel()
        self.detail_lines.setWordWrap(True)
        self.detail_lines.setTextFormat(Qt.TextFormat.RichText)
        self.detail_lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail_name)
        layout.addWidget(self.detail_lines)
        layout.addLayout(self._action_grid())
        caption = QLabel(self.tr("Signalements"))
        caption.setObjectName("fieldCaption")
        layout.addWidget(caption)
        self.incident_model = QStandardItemModel(self)
        self.incident_list = QListView()
        self.incident_list.setModel(self.incident_model)
        self.incident_list.setAccessibleName(self.tr("Signalements du candidat"))
        self.incident_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incident_list.setWordWrap(True)
        self.incident_list.activated.connect(lambda _index: self.correct_incident())
        layout.addWidget(self.incident_list, 1)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Corriger…"))
        self.correct_button.clicked.connect(self.correct_incident)
        self.remove_button = QPushButton(self.tr("Retirer…"))
        self.remove_button.clicked.connect(self.remove_incident)
        row.addWidget(self.correct_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)
        return card

    def _action_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.action_buttons: dict[str, QPushButton] = {}
        entries = (("present", self.tr("Présent"), "P"), ("start", self.tr("Démarrer"), "D"),
                   ("disconnected", self.tr("Déconnexion"), "X"), ("resume", self.tr("Reprise"), "R"),
                   ("end-screen-seen", self.tr("Écran de fin vu"), "F"), ("end", self.tr("Terminer…"), "T"),
                   ("abandon", self.tr("Abandon…"), "B"), ("absent", self.tr("Absent"), "A"),
                   ("incident", self.tr("Signalement…"), "I"), ("room-incident", self.tr("Toute la salle…"),
                                                               self.tr("Maj+I")),
                   ("undo", self.tr("Annuler la dernière action"), "Ctrl+Z"))
        for position, (key, text, shortcut) in enumerate(entries):
            button = QPushButton(f"{text}  ·  {shortcut}")
            button.setAccessibleName(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.trigger(k))
            if key == "undo":
                grid.addWidget(button, position // 2, 0, 1, 2)
            else:
                grid.addWidget(button, position // 2, position % 2)
            self.action_buttons[key] = button
        self.action_buttons["incident"].setProperty("primary", True)
        return grid

    def _build_actions(self) -> None:
        def action(text: str, shortcut, slot) -> QAction:
            item = QAction(text, self)
            item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda _checked=False: slot())
            self.addAction(item)
            return item

        self.shortcuts = {
            "present": action(self.tr("Confirmer la présence"), "P", lambda: self.trigger("present")),
            "start": action(self.tr("Démarrer le test"), "D", lambda: self.trigger("start")),
            "start-at": action(self.tr("Démarrer à une heure passée…"), "Shift+D", lambda: self.trigger("start-at")),
            "disconnected": action(self.tr("Signaler une déconnexion"), "X", lambda: self.trigger("disconnected")),
            "resume": action(self.tr("Autoriser la reprise"), "R", lambda: self.trigger("resume")),
            "end-screen-seen": action(self.tr("Écran de fin vu"), "F", lambda: self.trigger("end-screen-seen")),
            "end": action(self.tr("Mettre fin au test"), "T", lambda: self.trigger("end")),
            "abandon": action(self.tr("Abandon"), "B", lambda: self.trigger("abandon")),
            "absent": action(self.tr("Absent"), "A", lambda: self.trigger("absent")),
            "incident": action(self.tr("Signaler un incident"), "I", lambda: self.trigger("incident")),
            "room-incident": action(self.tr("Incident pour toute la salle"), "Shift+I",
                                    lambda: self.trigger("room-incident")),
            "undo": action(self.tr("Annuler la dernière action"), QKeySequence.StandardKey.Undo,
                           lambda: self.trigger("undo")),
        }
        action(self.tr("Rechercher"), QKeySequence.StandardKey.Find, self._focus_search)
        action(self.tr("Verrouiller"), "Ctrl+L", self.lock)
        action(self.tr("Projection"), "Ctrl+Shift+P", self.open_projector)
        action(self.tr("Copier le code d'accès"), "Ctrl+Shift+C", self.copy_access_code)
        action(self.tr("Fermer"), QKeySequence.StandardKey.Close, self.close)
        escape = action(self.tr("Revenir au tableau"), "Escape", self._escape)
        escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    # --- header and details
    def _render_header(self) -> None:
        s = self.room.session
        self.title.setText(self.tr("Session %1").replace("%1", str(s.id)))
        self.place.setText(f"{s.site} · {s.room} · {s.examiner}")
        self.access_code.setText(s.access_code)
        length = s.test_length_minutes
        duration = self.tr("%1 h %2").replace("%1", str(length // 60)).replace("%2", f"{length % 60:02d}")
        self.times.setText(self.tr("Début <b>%1</b> · fin prévue <b>%2</b> · durée %3").replace(
            "%1", clock_text(self.room.start)).replace("%2", clock_text(self.room.planned_end)).replace("%3", duration))
        self.length_button.setEnabled(not self.read_only)

    def _render_attention(self) -> None:
        count = self.model.attention_count()
        self.attention_chip.setText(self.tr("%1 à traiter").replace("%1", str(count)) if count
                                    else self.tr("Rien à traiter"))
        self.attention_chip.setProperty("alert", bool(count))
        self.attention_chip.style().unpolish(self.attention_chip)
        self.attention_chip.style().polish(self.attention_chip)

    def selected(self) -> list[r.RoomCandidate]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.candidate_at(row) for row in rows]

    def _selection_changed(self) -> None:
        people = self.selected()
        self._render_detail(people)
        self._update_action_states(people)

    def _render_detail(self, people: list[r.RoomCandidate]) -> None:
        self.incident_model.clear()
        if len(people) != 1:
            self.detail_name.setText(self.tr("%1 candidats sélectionnés").replace("%1", str(len(people)))
                                     if people else self.tr("Aucun candidat sélectionné"))
            self.detail_lines.setText("")
            self.correct_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        candidate = people[0]
        state = self.room.state_of(candidate)
        timing = self.room.timing(candidate, self.clock.now())
        self.detail_name.setText(f"{candidate.last_name} {candidate.first_name}")
        lines = [self.tr("État : <b>%1</b>").replace("%1", r.state_label(state.state))]
        if candidate.extra_time_percentage:
            lines.append(r.extra_time_tag(candidate.extra_time_percentage))
        if state.presence_at is not None and state.state == r.PRESENT:
            lines.append(self.tr("Présence confirmée à %1 (valable jusqu'à %2)").replace(
                "%1", clock_text(state.presence_at)).replace("%2", clock_text(timing.presence_valid_until)))
        if state.started_at is not None:
            lines.append(self.tr("Début %1 · fin théorique %2").replace("%1", clock_text(state.started_at))
                         .replace("%2", clock_text(timing.theoretical_end)))
        if timing.time_left is not None:
            lines.append(self.tr("Temps restant : <b>%1</b>").replace("%1", r.format_duration(timing.time_left)))
        if state.resumes:
            lines.append(self.tr("Reprises autorisées : %1").replace("%1", str(state.resumes)))
        if state.abort_reason:
            lines.append(self.tr("Raison de l'abandon : %1").replace("%1", r.abort_reason_label(state.abort_reason)))
        if timing.attention:
            tint = "#ffb074" if QApplication.instance().property("pixdesk_theme") == "dark" else "#c2410c"
            lines.append(f"<span style='color:{tint}'><b>" + self.tr("À traiter : %1").replace(
                "%1", ", ".join(r.attention_label(a) for a in timing.attention)) + "</b></span>")
        self.detail_lines.setText("<br>".join(lines))
        for incident in sorted(state.incidents.values(), key=lambda i: i.noted_at):
            parts = [incident.code]
            if incident.question_number is not None:
                parts.append(self.tr("question %1").replace("%1", str(incident.question_number)))
            if incident.exit_time:
                parts.append(self.tr("sortie %1").replace("%1", incident.exit_time))
            text = " · ".join(parts) + f" · {clock_text(incident.noted_at)} — {incident.definition.label()}"
            if incident.description:
                text += f"\n{incident.description}"
            if not incident.complete:
                text += "\n" + self.tr("À compléter")
            item = QStandardItem(text)
            item.setData(incident.id, Qt.ItemDataRole.UserRole)
            self.incident_model.appendRow(item)
        has_incidents = self.incident_model.rowCount() > 0
        if has_incidents:
            self.incident_list.setCurrentIndex(self.incident_model.index(0, 0))
        self.correct_button.setEnabled(has_incidents and not self.read_only)
        self.remove_button.setEnabled(has_incidents and not self.read_only)

    def _update_action_states(self, people: list[r.RoomCandidate]) -> None:
        writable = not self.read_only and not self.locked
        for key, button in self.action_buttons.items():
            if key == "room-incident":
                allowed = bool(self.room.in_room()) or len(people) > 1
            elif key == "incident":
                allowed = bool(people)
            else:
                allowed = any(r.action_problem(self.room.state_of(c), key) is None for c in people)
            button.setEnabled(writable and allowed)
        for action in self.shortcuts.values():
            action.setEnabled(writable)

    # --- the clock
    def tick(self) -> None:
        now = self.clock.now()
        self.now_label.setText(now.astimezone().strftime("%H:%M:%S"))
        moved = self.model.tick(now)
        self._render_attention()
        people = self.selected()
        if len(people) == 1 or moved:
            self._render_detail(people)
        if self.projector is not None:
            self.projector.tick(now)
        if not self.read_only:
            jump = self.clock.check()
            if jump is not None:
                self.clock.acknowledge(jump)
                minutes = round(jump.offset.total_seconds() / 60)
                self.show_banner(self.tr("L'horloge de l'ordinateur a changé (%1 min) : la salle garde son heure et "
                                         "le journal le note.").replace("%1", f"{minutes:+d}"))
                self._submit(lambda: room_service.record_clock_change(self._db, self.session_id, jump,
                                                                      clock=self.clock), self._events_applied)

    def _check_external_changes(self) -> None:
        """Another PixDesk (a command, another window) wrote in this journal: show what it wrote."""
        if self.writer.busy:
            return
        try:
            size = room_service.journal_size(self._db, self.session_id)
        except Exception:  # noqa: BLE001 - a busy store is checked again in a few seconds
            return
        if size != len(self.room.events):
            self.reload()

    def reload(self) -> None:
        keep = {c.uuid for c in self.selected()}
        self.room = room_service.load_room(self._db, self.session_id)
        self.model.set_room(self.room, self.clock.now())
        self._render_header()
        self._select_uuids(keep)
        if self.projector is not None:
            self.projector.set_room(self.room, self.clock.now())

    def _select_uuids(self, uuids: set[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for uuid in uuids:
            source_row = self.model.row_of(uuid)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        self._selection_changed()

    # --- actions
    def trigger(self, key: str) -> None:
        if self.read_only or self.locked:
            return
        if key == "incident":
            self.report_incident()
        elif key == "room-incident":
            self.report_incident(room_wide=True)
        elif key == "start-at":
            self._start_at()
        else:
            self.act(key)

    def act(self, action: str, *, at: str | None = None, reason: str | None = None) -> int | None:
        people = self.selected()
        if not people:
            self.notify(self.tr("Sélectionnez un candidat (flèches, ou cliquez sa ligne)."))
            return None
        allowed = [c for c in people if r.action_problem(self.room.state_of(c), action) is None]
        if not allowed:
            candidate = people[0]
            problem = r.action_problem(self.room.state_of(candidate), action)
            self.notify(room_service.refusal(problem, candidate, action, self.room.state_of(candidate)).message())
            return None
        if action == "end" and not confirm(
                self, self.tr("Mettre fin au test"),
                self.tr("Mettre fin au test de %1 ?").replace("%1", _names(allowed)), self.tr("Mettre fin au test"),
                self.tr("Le test est arrêté et compté comme non terminé ; la raison (abandon du candidat ou problème "
                        "technique) sera demandée à la finalisation.")):
            return None
        if action == "abandon" and reason is None:
            reason = AbandonDialog.ask(self, _names(allowed))
            if reason is None:
                return None
        ids = [c.id for c in allowed]
        return self._submit(lambda: room_service.record_action(
            self._db, self.session_id, ids, action, clock=self.clock, at=at, reason=reason,
            skip_refused=len(ids) > 1), lambda result: self._action_done(result, action, allowed))

    def _start_at(self) -> None:
        people = [c for c in self.selected() if r.action_problem(self.room.state_of(c), "start") is None]
        if not people:
            self.notify(self.tr("Sélectionnez un candidat qui n'a pas encore démarré."))
            return
        typed = TimeDialog.ask(self, self.tr("Démarrer le test de %1 à :").replace("%1", _names(people)))
        if typed is not None:
            self.act("start", at=typed)

    def _action_done(self, result: room_service.ActionResult, action: str, people: list[r.RoomCandidate]) -> None:
        self._events_applied(result.events)
        done = [p for p in people if any(e.candidate == p.uuid for e in result.events)]
        if done:
            states = {r.state_label(self.room.state_of(p).state) for p in done}
            self.notify(self.tr("✓ %1 : %2 – enregistré à %3").replace("%1", _names(done))
                        .replace("%2", ", ".join(sorted(states))).replace("%3", clock_text(self.clock.now())))
        if result.refused:
            self.notify(" ".join(p.message() for p in result.refused))

    def _events_applied(self, events) -> None:
        events = events if isinstance(events, list) else getattr(events, "events", [])
        self.room.apply(events)
        self.model.candidates_changed({e.candidate for e in events if e.candidate})
        self._selection_changed()
        self._render_attention()
        if self.projector is not None:
            self.projector.set_room(self.room, self.clock.now())

    # --- incidents
    def report_incident(self, room_wide: bool = False) -> IncidentPicker | None:
        if self.read_only or self.locked:
            return None
        people = self.selected()
        if room_wide and len(people) <= 1:
            people = self.room.in_room()
            who = self.tr("toute la salle (%1 candidats présents ou en cours)").replace("%1", str(len(people)))
        else:
            who = _names(people)
        if not people:
            self.notify(self.tr("Sélectionnez un candidat, ou faites Maj+I pour toute la salle."))
            return None
        ids = [c.id for c in people]
        picker = IncidentPicker(self.room.grid, who, self)
        picker.submitted.connect(lambda item, complete: self._save_incident(
            picker, lambda: room_service.note_incident(self._db, self.session_id, ids, item, clock=self.clock,
                                                       allow_incomplete=not complete)))
        self._open_picker(picker)
        return picker

    def correct_incident(self) -> IncidentPicker | None:
        incident = self._selected_incident()
        if incident is None or self.read_only:
            return None
        candidate = self.selected()[0]
        picker = IncidentPicker(incident.grid, _names([candidate]), self, incident=incident)
        picker.submitted.connect(lambda item, complete: self._save_incident(
            picker, lambda: room_service.revise_incident(self._db, self.session_id, incident.id, item,
                                                         clock=self.clock, allow_incomplete=not complete)))
        self._open_picker(picker)
        return picker

    def remove_incident(self) -> None:
        incident = self._selected_incident()
        if incident is None or self.read_only:
            return
        if not confirm(self, self.tr("Retirer le signalement"),
                       self.tr("Retirer le signalement %1 ?").replace("%1", incident.code), self.tr("Retirer"),
                       self.tr("Il n'apparaîtra plus ; le journal garde sa trace et celle du retrait.")):
            return
        self._submit(lambda: room_service.withdraw_incident(self._db, self.session_id, incident.id,
                                                            clock=self.clock),
                     lambda change: (self._events_applied(change.events),
                                     self.notify(self.tr("Signalement retiré."))))

    def _selected_incident(self) -> r.Incident | None:
        people = self.selected()
        index = self.incident_list.currentIndex()
        if len(people) != 1 or not index.isValid():
            return None
        incident_id = index.data(Qt.ItemDataRole.UserRole)
        return self.room.state_of(people[0]).incidents.get(incident_id)

    def _open_picker(self, picker: IncidentPicker) -> None:
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.finished.connect(lambda _result: setattr(self, "picker", None))
        self.picker = picker
        picker.open()

    def _save_incident(self, picker: IncidentPicker, call: Callable) -> None:
        picker.save_button.setEnabled(False)
        picker.later_button.setEnabled(False)

        def saved(change) -> None:
            self._events_applied(change.events)
            codes = ", ".join(sorted({i.code for i in change.incidents}))
            self.notify(self.tr("✓ Signalement %1 enregistré à %2").replace("%1", codes)
                        .replace("%2", clock_text(self.clock.now())))
            picker.accept()

        def refused(error: DomainError) -> None:
            picker.save_button.setEnabled(True)
            picker.later_button.setEnabled(True)
            picker.show_refusal(error.messages())

        self._submit(call, saved, refused)

    # --- session settings
    def edit_test_length(self) -> None:
        if self.read_only:
            return
        minutes = LengthDialog.ask(self, self.room.session.test_length_minutes)
        if minutes is None:
            return

        def changed(result) -> None:
            summary, events = result
            self.room.session = summary
            self.room.apply(events)
            self._render_header()
            self.model.set_room(self.room, self.clock.now())
            self.notify(self.tr("Durée du test : %1 minutes.").replace("%1", str(minutes)))

        self._submit(lambda: room_service.change_test_length(self._db, self.session_id, minutes, clock=self.clock),
                     changed)

    # --- writing off the UI thread
    def _submit(self, call: Callable, on_done: Callable, on_refused: Callable | None = None) -> int:
        job = self.writer.submit(call)
        self._jobs[job] = (on_done, on_refused)
        self.saving.setText(self.tr("Enregistrement…"))
        return job

    def _job_done(self, job: int, result: object) -> None:
        on_done, _ = self._jobs.pop(job, (None, None))
        if not self.writer.busy:
            self.saving.setText(self.tr("Tout est enregistré"))
        if on_done is not None:
            on_done(result)

    def _job_refused(self, job: int, error: DomainError) -> None:
        _, on_refused = self._jobs.pop(job, (None, None))
        if not self.writer.busy:
            self.saving.setText(self.tr("Tout est enregistré"))
        if on_refused is not None:
            on_refused(error)
        else:
            self.notify(" ".join(error.messages()))
            self.reload()  # another writer moved the journal: show what stands

    def _job_crashed(self, job: int, error: Exception) -> None:
        self._jobs.pop(job, None)
        log.error("room action failed", exc_info=error)
        self.saving.setText(self.tr("Non enregistré"))
        self.show_banner(self.tr("L'action n'a pas pu être enregistrée (%1). Rien n'est perdu de ce qui était "
                                 "déjà enregistré ; recommencez-la.").replace("%1", str(error)), error=True)

    # --- banners and messages
    def show_banner(self, text: str, error: bool = False) -> QLabel:
        banner = QLabel(text)
        banner.setObjectName("roomBannerError" if error else "roomBanner")
        banner.setWordWrap(True)
        self.banners.addWidget(banner)
        return banner

    def banner_texts(self) -> list[str]:
        return [self.banners.itemAt(i).widget().text() for i in range(self.banners.count())]

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def copy_access_code(self) -> None:
        QGuiApplication.clipboard().setText(self.room.session.access_code)
        self.notify(self.tr("Code d'accès %1 copié.").replace("%1", self.room.session.access_code))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.hasFocus():
            self.search.clear()
        self.table.setFocus()

    # --- paper
    def print_document(self, action: DocumentAction, function) -> None:
        path = self.document_runner.choose_path(action, self.session_id)
        if path is not None:
            self.document_runner.run(action, function, self.session_id, path)

    # --- projector and lock
    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.room)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.projector.destroyed.connect(lambda *_: setattr(self, "projector", None))
            self.projector.show_on_best_screen(self)
            self.projector.tick(self.clock.now())
        else:
            self.projector.raise_()
        return self.projector

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        if self.picker is not None:
            self.picker.reject()
        self.pages.setCurrentIndex(LOCK_PAGE)
        self.lock_page.arm(self.room.session.invigilator_password)
        self._update_action_states(self.selected())

    def unlock(self) -> None:
        self.locked = False
        self.pages.setCurrentIndex(ROOM_PAGE)
        self._update_action_states(self.selected())
        self.table.setFocus()

    # --- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()  # a candidate at the desk cannot close the room
            self.notify(self.tr("Déverrouillez la salle pour la fermer."))
            return
        self.ticker.stop()
        self.watcher.stop()
        self.writer.stop()  # what was asked lands first
        if not self._closing:
            self._closing = True
            try:
                room_service.close_room(self._db, self.session_id, clock=self.clock)
            except DomainError:
                pass
        if self.projector is not None:
            self.projector.close()
        self.closed.emit(self.session_id)
        super().closeEvent(event)


def room_style_sheet() -> str:
    """The room's own looks, on top of the application's theme: a big access code and clock, the "à traiter" chip
    that turns orange when someone needs the invigilator, and banners."""
    c = colors()
    dark = QApplication.instance().property("pixdesk_theme") == "dark"
    warn_bg, warn_border = ("#4a3a17", "#9a7a2a") if dark else ("#fff4d6", "#e0b64a")
    error_bg = "#5a2424" if dark else "#fde8e8"
    return f"""
    QLabel#roomAccessCode {{ font-family: "DejaVu Sans Mono", monospace; font-size: 26pt; font-weight: 700;
                             letter-spacing: 3px; }}
    QLabel#roomClock {{ font-size: 24pt; font-weight: 600; }}
    QLabel#attentionChip {{ background: {c['accent_soft']}; border-radius: 11px; padding: 3px 12px;
                            font-weight: 600; }}
    QLabel#attentionChip[alert="true"] {{ background: #c2410c; color: #ffffff; }}
    QLabel#roomBanner {{ background: {warn_bg}; border: 1px solid {warn_border}; border-radius: 6px;
                         padding: 6px 10px; }}
    QLabel#roomBannerError {{ background: {error_bg}; border: 1px solid {c['error']}; border-radius: 6px;
                              padding: 6px 10px; font-weight: 600; }}
    """


def _names(people: list[r.RoomCandidate]) -> str:
    if len(people) > 3:
        return QCoreApplication.translate("RoomWindow", "%1 candidats").replace("%1", str(len(people)))
    return ", ".join(room_service.display_name(c) for c in people)


class AbandonDialog(QDialog):
    """Which reason Pix asks for an unfinished test: the candidate gave up, or a technical problem."""

    def __init__(self, names: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Abandon"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Raison de l'abandon pour %1 :").replace("%1", names))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.candidate = QRadioButton(self.tr("&Abandon du candidat"))
        self.technical = QRadioButton(self.tr("&Problème technique"))
        self.candidate.setChecked(True)
        layout.addWidget(self.candidate)
        layout.addWidget(self.technical)
        box, _save, _cancel = form_buttons(self, self.tr("Enregistrer"))
        layout.addWidget(box)

    def reason(self) -> str:
        return "technical" if self.technical.isChecked() else "candidate"

    @classmethod
    def ask(cls, parent: QWidget, names: str) -> str | None:
        dialog = cls(names, parent)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TimeDialog(QDialog):
    def __init__(self, question: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Heure"))
        layout = QFormLayout(self)
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setAccessibleName(self.tr("Heure"))
        layout.addRow(question, self.time)
        box, _save, _cancel = form_buttons(self, self.tr("Enregistrer"))
        layout.addRow(box)

    @classmethod
    def ask(cls, parent: QWidget, question: str) -> str | None:
        dialog = cls(question, parent)
        return dialog.time.text().strip() or None if dialog.exec() == QDialog.DialogCode.Accepted else None


class LengthDialog(QDialog):
    def __init__(self, minutes: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Durée du test"))
        layout = QFormLayout(self)
        self.minutes = QSpinBox()
        self.minutes.setRange(r.MIN_TEST_LENGTH_MINUTES, r.MAX_TEST_LENGTH_MINUTES)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Durée du test en minutes"))
        layout.addRow(self.tr("Durée, avant temps majoré :"), self.minutes)
        hint = QLabel(self.tr("Certification Pix : 105 min ; Pix+Édu : 150 min. Le temps majoré de chaque candidat "
                              "s'y ajoute."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addRow(hint)
        box, _save, _cancel = form_buttons(self, self.tr("Enregistrer"))
        layout.addRow(box)

    @classmethod
    def ask(cls, parent: QWidget, minutes: int) -> int | None:
        dialog = cls(minutes, parent)
        return dialog.minutes.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
