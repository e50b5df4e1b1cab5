"""The sync history window: every synchronisation (when, why, how it ended, what it moved), and what the manager
should look at: fields two desktops changed (the value kept, the one set aside, whose) and refused changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout

from pixdesk.store import Database
from pixdesk.sync import history
from pixdesk.ui.table_model import ColumnSpec, RecordFilterProxy, RecordTableModel
from pixdesk.ui.table_view import list_table

STATE_LABELS = {
    "up_to_date": QT_TRANSLATE_NOOP("SyncHistory", "À jour"), "pending": QT_TRANSLATE_NOOP("SyncHistory", "En attente"),
    "offline": QT_TRANSLATE_NOOP("SyncHistory", "Hors ligne"), "error": QT_TRANSLATE_NOOP("SyncHistory", "Erreur"),
    "running": QT_TRANSLATE_NOOP("SyncHistory", "En cours"),
}
TRIGGER_LABELS = {
    "manual": QT_TRANSLATE_NOOP("SyncHistory", "Synchroniser"), "timer": QT_TRANSLATE_NOOP("SyncHistory", "Automatique"),
    "network": QT_TRANSLATE_NOOP("SyncHistory", "Retour du réseau"), "command": QT_TRANSLATE_NOOP("SyncHistory", "Ligne de commande"),
}
ENTITY_LABELS = {
    "certification_session": QT_TRANSLATE_NOOP("SyncHistory", "Session"), "candidate": QT_TRANSLATE_NOOP("SyncHistory", "Candidat"),
    "room_event": QT_TRANSLATE_NOOP("SyncHistory", "Journal"), "session_finalisation": QT_TRANSLATE_NOOP("SyncHistory", "Finalisation"),
    "certification_center": QT_TRANSLATE_NOOP("SyncHistory", "Centre"),
}


def _when(moment) -> str:
    return "" if moment is None else moment.astimezone().strftime("%d/%m/%Y %H:%M:%S")


def _t(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP (context SyncHistory)."""
    return QCoreApplication.translate("SyncHistory", text)


def _count(name: str):
    return lambda r: str(getattr(r, name)), lambda r: getattr(r, name)


def run_columns() -> list[ColumnSpec]:
    headers = [QT_TRANSLATE_NOOP("SyncHistory", "Début"), QT_TRANSLATE_NOOP("SyncHistory", "Déclenchée par"), QT_TRANSLATE_NOOP("SyncHistory", "État"),
               QT_TRANSLATE_NOOP("SyncHistory", "Envoyées"), QT_TRANSLATE_NOOP("SyncHistory", "Reçues"), QT_TRANSLATE_NOOP("SyncHistory", "Refusées"),
               QT_TRANSLATE_NOOP("SyncHistory", "En attente"), QT_TRANSLATE_NOOP("SyncHistory", "Message")]
    h = [_t(text) for text in headers]
    return [
        ColumnSpec(h[0], lambda r: _when(r.started_at), lambda r: r.started_at),
        ColumnSpec(h[1], lambda r: _t(TRIGGER_LABELS.get(r.trigger, r.trigger))),
        ColumnSpec(h[2], lambda r: _t(STATE_LABELS.get(r.state, r.state))),
        ColumnSpec(h[3], *_count("sent"), align_right=True),
        ColumnSpec(h[4], *_count("received"), align_right=True),
        ColumnSpec(h[5], *_count("failed"), align_right=True),
        ColumnSpec(h[6], *_count("pending"), align_right=True),
        ColumnSpec(h[7], lambda r: r.message or ""),
    ]


def _what(item: history.Attention) -> str:
    return _t(QT_TRANSLATE_NOOP("SyncHistory", "Conflit")) if item.kind == "conflict" else _t(
        QT_TRANSLATE_NOOP("SyncHistory", "Refusée par le serveur"))


def attention_columns() -> list[ColumnSpec]:
    headers = [QT_TRANSLATE_NOOP("SyncHistory", "Date"), QT_TRANSLATE_NOOP("SyncHistory", "Quoi"), QT_TRANSLATE_NOOP("SyncHistory", "Élément"),
               QT_TRANSLATE_NOOP("SyncHistory", "Champ"), QT_TRANSLATE_NOOP("SyncHistory", "Valeur gardée"),
               QT_TRANSLATE_NOOP("SyncHistory", "Valeur écartée"), QT_TRANSLATE_NOOP("SyncHistory", "Détail")]
    h = [_t(text) for text in headers]
    return [
        ColumnSpec(h[0], lambda a: _when(a.at), lambda a: a.at),
        ColumnSpec(h[1], _what),
        ColumnSpec(h[2], lambda a: f"{_t(ENTITY_LABELS.get(a.entity, a.entity))} {a.label}"),
        ColumnSpec(h[3], lambda a: a.field or ""),
        ColumnSpec(h[4], lambda a: a.kept or ""),
        ColumnSpec(h[5], lambda a: a.discarded or ""),
        ColumnSpec(h[6], lambda a: a.detail),
    ]


class SyncHistoryDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Historique de synchronisation"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Chaque synchronisation avec le serveur central, et ce qui demande votre attention : "
                               "un champ modifié sur deux postes garde la modification la plus récente, l'autre "
                               "valeur est gardée ici ; une modification refusée par le serveur reste sur ce poste "
                               "jusqu'à ce qu'elle soit corrigée."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.runs_model = RecordTableModel(run_columns(), self)
        self.attention_model = RecordTableModel(attention_columns(), self)
        self.runs_table = self._table(self.runs_model, self.tr("Synchronisations"))
        self.attention_table = self._table(self.attention_model, self.tr("Conflits et refus"))
        for table in (self.runs_table, self.attention_table):
            table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        self.tabs.addTab(self.runs_table, self.tr("Synchronisations"))
        self.tabs.addTab(self.attention_table, self.tr("Conflits et refus"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _table(self, model: RecordTableModel, name: str):
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        return list_table(proxy, name, 26)

    def reload(self) -> None:
        self.runs_model.set_records(history.runs(self._db))
        self.attention_model.set_records(history.attention(self._db))
        for table in (self.runs_table, self.attention_table):
            header = table.horizontalHeader()
            table.model().sourceModel().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            table.resizeColumnsToContents()
        count = self.attention_model.rowCount()
        self.tabs.setTabText(1, self.tr("Conflits et refus (%1)").replace("%1", str(count)) if count
                             else self.tr("Conflits et refus"))
