"""The room's candidates as a table: attention first, then a stable order that never jumps while the invigilator
reads it, with times recomputed at each tick of the room's clock.

The model keeps its rows in display order itself (as RecordTableModel does): putting the candidates who need
attention first is one Python sort of precomputed keys and a layout change, not thousands of comparisons through
the proxy. The proxy only filters (the search box).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from pixdesk.models import room as r
from pixdesk.models.formats import format_date, format_percent
from pixdesk.models.text import fold
from pixdesk.services.room import Room
from pixdesk.texts import QT_TRANSLATE_NOOP, translate
from pixdesk.ui.i18n import locale

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY, TOOLTIP, ALIGNMENT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                               Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND, FOREGROUND, FONT = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                Qt.ItemDataRole.FontRole)
_CENTRED_ALIGNMENT = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_LEFT_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

(NAME, BIRTHDATE, EXTRA_TIME, STATE, TIMES, LEFT, INCIDENTS) = range(7)
HEADERS = (QT_TRANSLATE_NOOP("RoomTable", "Candidat"), QT_TRANSLATE_NOOP("RoomTable", "Né(e) le"),
           QT_TRANSLATE_NOOP("RoomTable", "Temps majoré"), QT_TRANSLATE_NOOP("RoomTable", "État – à traiter"),
           QT_TRANSLATE_NOOP("RoomTable", "Début → fin"), QT_TRANSLATE_NOOP("RoomTable", "Reste"),
           QT_TRANSLATE_NOOP("RoomTable", "Signalements"))
_CENTRED = {BIRTHDATE, EXTRA_TIME, TIMES, LEFT}
_COLUMNS = len(HEADERS)
ATTENTION_MARK = "● "
# Attention colours, light and dark: a warm tint that reads as "look here" without shouting.
_ATTENTION_BACKGROUND = {"light": "#fff0e0", "dark": "#4a3422"}
_ATTENTION_TEXT = {"light": "#b3470b", "dark": "#ffb074"}


def clock_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


class _Row:
    __slots__ = ("candidate", "stable", "texts", "timing", "fold_key", "started", "state_text")

    def __init__(self, candidate: r.RoomCandidate, stable: int):
        self.candidate = candidate
        self.stable = stable
        self.texts: list[str] = [""] * len(HEADERS)
        self.timing: r.Timing | None = None
        self.fold_key = ""
        self.started: datetime | None = None
        self.state_text = ""


class RoomTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._room: Room | None = None
        self._rows: list[_Row] = []
        self._by_uuid: dict[str, _Row] = {}
        self._now: datetime | None = None
        self._headers = [translate("RoomTable", h) for h in HEADERS]
        mode = "dark" if QApplication.instance().property("pixdesk_theme") == "dark" else "light"
        self._attention_brush = QBrush(QColor(_ATTENTION_BACKGROUND[mode]))
        self._attention_text = QBrush(QColor(_ATTENTION_TEXT[mode]))
        self._bold = QFont()
        self._bold.setBold(True)

    # --- data in
    def set_room(self, room: Room, now: datetime) -> None:
        """The stable order: birth name, then first name, as the user's language sorts them."""
        collator = QCollator(locale())
        collator.setNumericMode(True)
        ordered = sorted(room.candidates, key=lambda c: (collator.sortKey(c.last_name),
                                                         collator.sortKey(c.first_name), c.id))
        self.beginResetModel()
        self._room = room
        self._rows = [_Row(c, index) for index, c in enumerate(ordered)]
        self._by_uuid = {row.candidate.uuid: row for row in self._rows}
        self._now = now
        for row in self._rows:
            self._refresh_row(row)
        self._rows.sort(key=self._order_key)
        self.endResetModel()

    def room(self) -> Room | None:
        return self._room

    def candidates_changed(self, uuids: set[str]) -> None:
        """After an action: those rows' texts again, and the order if someone's attention changed."""
        for uuid in uuids:
            row = self._by_uuid.get(uuid)
            if row is not None:
                self._refresh_row(row)
                position = self._rows.index(row)
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))
        self._resort_if_needed()

    def tick(self, now: datetime) -> bool:
        """A second went by: time left and attention for every row; True if the order changed. Only the rows
        whose texts moved are announced, as one range (the view repaints what it shows of it)."""
        self._now = now
        first = last = -1
        for position, row in enumerate(self._rows):
            before = (row.texts[STATE], row.texts[LEFT])
            self._refresh_timing(row)
            if (row.texts[STATE], row.texts[LEFT]) != before:
                first = position if first < 0 else first
                last = position
        if first >= 0:
            self.dataChanged.emit(self.index(first, STATE), self.index(last, LEFT))
        return self._resort_if_needed()

    # --- what each row shows
    def _refresh_row(self, row: _Row) -> None:
        room, candidate = self._room, row.candidate
        state = room.state_of(candidate)
        texts = row.texts
        texts[NAME] = f"{candidate.last_name} {candidate.first_name}"
        texts[BIRTHDATE] = format_date(candidate.birthdate)
        texts[EXTRA_TIME] = format_percent(candidate.extra_time_percentage) if candidate.extra_time_percentage else ""
        text = r.state_label(state.state)
        row.started = state.started_at
        if state.state in (r.ENDED, r.ABANDONED) and state.abort_reason:
            text += f" ({r.abort_reason_label(state.abort_reason)})"
        row.state_text = text
        texts[INCIDENTS] = ", ".join(_incident_text(i) for i in sorted(state.incidents.values(),
                                                                       key=lambda i: i.noted_at))
        row.fold_key = fold(f"{texts[NAME]} {texts[BIRTHDATE]} {row.state_text}")
        self._refresh_timing(row)

    def _refresh_timing(self, row: _Row) -> None:
        timing = self._room.timing(row.candidate, self._now)
        row.timing = timing
        texts = row.texts
        texts[TIMES] = (f"{clock_text(row.started)} → {clock_text(timing.theoretical_end)}"
                        if timing.theoretical_end is not None else "")
        texts[LEFT] = "" if timing.time_left is None else r.format_duration(timing.time_left)
        # The most urgent reason in the table (the row's tooltip and the detail panel have them all).
        reasons = timing.attention
        texts[STATE] = row.state_text
        if reasons:
            texts[STATE] += f" – {r.attention_label(reasons[0])}" + (f" (+{len(reasons) - 1})" if len(reasons) > 1
                                                                     else "")

    def _order_key(self, row: _Row) -> tuple[int, int]:
        return (0 if row.timing and row.timing.attention else 1, row.stable)

    def _resort_if_needed(self) -> bool:
        keys = [self._order_key(row) for row in self._rows]
        if keys == sorted(keys):
            return False
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = sorted(old_rows, key=self._order_key)
        position = {id(row): index for index, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(position[id(old_rows[i.row()])], i.column()) for i in persistent])
        self.layoutChanged.emit()
        return True

    def attention_count(self) -> int:
        return sum(1 for row in self._rows if row.timing and row.timing.attention)

    # --- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: QModelIndex, role: int = DISPLAY):
        # Called some thousand times a second while the view paints: plain comparisons on precomputed values.
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        attention = row.timing is not None and bool(row.timing.attention)
        if role == DISPLAY:
            text = row.texts[column]
            return ATTENTION_MARK + text if column == NAME and attention else text
        if role == ALIGNMENT:
            return _CENTRED_ALIGNMENT if column in _CENTRED else _LEFT_ALIGNMENT
        if role == BACKGROUND:
            return self._attention_brush if attention else None
        if role == FOREGROUND:
            return self._attention_text if attention and column in (NAME, STATE, LEFT) else None
        if role == FONT:
            return self._bold if column == NAME or (column == LEFT and attention) else None
        if role == TOOLTIP:
            if column == STATE and attention:
                return "\n".join(r.attention_label(reason) for reason in row.timing.attention)
            return row.texts[column]
        if role == CANDIDATE_ROLE:
            return row.candidate
        if role == ATTENTION_ROLE:
            return attention
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # --- lookups
    def candidate_at(self, row: int) -> r.RoomCandidate:
        return self._rows[row].candidate

    def row_of(self, uuid: str) -> int:
        row = self._by_uuid.get(uuid)
        return -1 if row is None else self._rows.index(row)

    def haystack(self, row: int) -> str:
        return self._rows[row].fold_key

    def attention_of(self, row: int) -> tuple[str, ...]:
        timing = self._rows[row].timing
        return () if timing is None else timing.attention




def _incident_text(incident: r.Incident) -> str:
    text = incident.code
    if incident.question_number is not None:
        text += f" q{incident.question_number}"
    return text + ("?" if not incident.complete else "")


class RoomFilterProxy(QSortFilterProxyModel):
    """Search words (all must appear, accents and case ignored); the order is the source's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        # Re-filtering on every tick's data change would call filterAcceptsRow for every row each second; it is
        # only needed while a search is typed.
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.setDynamicSortFilter(bool(words))
        begin = getattr(self, "beginFilterChange", None)
        if begin is None:  # Qt before 6.9
            self._words = words
            self.invalidateFilter()
            return
        begin()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().haystack(source_row)
        return all(word in haystack for word in self._words)

    def candidate_at(self, proxy_row: int) -> r.RoomCandidate:
        return self.sourceModel().candidate_at(self.mapToSource(self.index(proxy_row, 0)).row())
