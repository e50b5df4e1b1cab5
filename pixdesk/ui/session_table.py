"""The centre's sessions list: columns of seed 004 (ID session, Nom du site, Salle, Date, Heure, Surveillant(s),
Statut)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from pixdesk.models.formats import format_date
from pixdesk.models.session_rules import STATUSES, status_label
from pixdesk.services.sessions import SessionSummary
from pixdesk.ui.table_model import ColumnSpec, RecordFilterProxy, RecordTableModel

_STATUS_ORDER = {status: position for position, status in enumerate(STATUSES)}


def session_columns() -> list[ColumnSpec]:
    translate = QCoreApplication.translate
    headers = [translate("SessionTable", "ID session"), translate("SessionTable", "Nom du site"),
               translate("SessionTable", "Salle"), translate("SessionTable", "Date"),
               translate("SessionTable", "Heure"), translate("SessionTable", "Surveillant(s)"),
               translate("SessionTable", "Statut")]
    return [
        ColumnSpec(headers[0], lambda s: str(s.id), lambda s: s.id, align_right=True),
        ColumnSpec(headers[1], lambda s: s.site),
        ColumnSpec(headers[2], lambda s: s.room),
        ColumnSpec(headers[3], lambda s: format_date(s.date), lambda s: (s.date, s.time)),
        ColumnSpec(headers[4], lambda s: s.time, lambda s: (s.time, s.date)),
        ColumnSpec(headers[5], lambda s: s.examiner),
        ColumnSpec(headers[6], lambda s: status_label(s.status), lambda s: _STATUS_ORDER[s.status]),
    ]


class SessionTableModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(session_columns(), parent)

    def session_at(self, row: int) -> SessionSummary:
        return self.record_at(row)


class SessionFilterProxy(RecordFilterProxy):
    def set_statuses(self, statuses: tuple[str, ...] | None) -> None:
        self.set_predicate("status", None if not statuses else (lambda s: s.status in statuses))

    def set_date_range(self, start: date | None, end: date | None) -> None:
        if start is None and end is None:
            self.set_predicate("dates", None)
            return
        low, high = start or date.min, end or date.max
        self.set_predicate("dates", lambda s: low <= s.date <= high)
