"""The finalisation wizard's tables: the started candidates (step 1) and the attached documents (step 2), as Qt
models over the Qt-free finalisation state, and the first-page thumbnails of the documents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from pixdesk.models import room as r
from pixdesk.models.finalisation import ReportLine, document_kind_label
from pixdesk.models.issue_reports import ABORT_REASONS
from pixdesk.services.attachments import PDF
from pixdesk.services.finalisation import DocumentView, SentIncident

NAME, FIRST_NAME, NUMBER, JOURNAL, INCIDENTS, END_SCREEN, OUTCOME, ABORT = range(8)
THUMBNAIL_SIZE = 96
_FAULT = QColor(220, 60, 60, 60)


class _RowsModel(QAbstractTableModel):
    """A list of rows (`self.rows`) under fixed column titles (`self._headers`)."""

    _headers: list[str]

    def rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class CandidatesModel(_RowsModel):
    """One row per started candidate. Editable: the end screen (a check box) and the abort reason."""

    end_screen_changed = Signal(int, bool)  # row, value
    abort_reason_changed = Signal(int, object)  # row, reason or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[ReportLine] = []
        self.incidents: dict[int, list[SentIncident]] = {}
        self.faulty: set[int] = set()  # candidate ids a problem points at
        self.read_only = False
        self._headers = [self.tr("Nom"), self.tr("Prénom"), self.tr("N°"), self.tr("D'après le journal"),
                         self.tr("Signalements"), self.tr("Écran de fin du test vu"), self.tr("Issue"),
                         self.tr("Raison de l'abandon")]

    def rows(self) -> list:
        return self.lines

    def show(self, lines: list[ReportLine], incidents: dict[int, list[SentIncident]], read_only: bool) -> None:
        self.beginResetModel()
        self.lines, self.incidents, self.read_only = lines, incidents, read_only
        self.endResetModel()

    def update_lines(self, lines: list[ReportLine], incidents: dict[int, list[SentIncident]]) -> None:
        """Same rows, new values: the view keeps its selection."""
        self.lines, self.incidents = lines, incidents
        if lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, ABORT))

    def mark_faulty(self, candidate_ids: set[int]) -> None:
        self.faulty = candidate_ids
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, ABORT))

    def flags(self, index):
        base = super().flags(index)
        if self.read_only:
            return base
        line = self.lines[index.row()]
        if index.column() == END_SCREEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == ABORT and (not line.completed or line.abort_reason):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and line.candidate_id in self.faulty:
            return QBrush(_FAULT)
        if role == Qt.ItemDataRole.CheckStateRole and column == END_SCREEN:
            return Qt.CheckState.Checked if line.end_screen_seen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == INCIDENTS:
            return "\n".join(_incident_text(i) for i in self.incidents.get(line.candidate_id, []))
        if role == Qt.ItemDataRole.EditRole and column == ABORT:
            return line.abort_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return line.journal.last_name
        if column == FIRST_NAME:
            return line.journal.first_name
        if column == NUMBER:
            return str(line.candidate_id)
        if column == JOURNAL:
            return r.state_label(line.journal.state)
        if column == INCIDENTS:
            items = self.incidents.get(line.candidate_id, [])
            return ", ".join(i.view.code for i in items) if items else self.tr("Aucun")
        if column == OUTCOME:
            return self.tr("Terminé") if line.completed else self.tr("Non terminé")
        if column == ABORT:
            if line.completed and not line.abort_reason:
                return "—"
            return r.abort_reason_label(line.abort_reason) if line.abort_reason else self.tr("À préciser")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid():
            return False
        if index.column() == END_SCREEN and role == Qt.ItemDataRole.CheckStateRole:
            self.end_screen_changed.emit(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if index.column() == ABORT and role == Qt.ItemDataRole.EditRole:
            self.abort_reason_changed.emit(index.row(), value or None)
            return True
        return False


def _incident_text(item: SentIncident) -> str:
    view = item.view
    text = f"{view.code} – {view.label}"
    if view.question_number is not None:
        text += f" (question {view.question_number})"
    if view.description:
        text += f" : {view.description}"
    return text


class AbortReasonDelegate(QStyledItemDelegate):
    """A list of the two reasons the platform takes, plus "À préciser" (none)."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Raison de l'abandon"))
        editor.addItem(self.tr("À préciser"), None)
        for reason in ABORT_REASONS:
            editor.addItem(r.abort_reason_label(reason), reason)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


DOC_THUMBNAIL, DOC_NAME, DOC_KIND, DOC_SIZE, DOC_HASH = range(5)


class DocumentsModel(_RowsModel):
    def __init__(self, thumbnails, parent=None):
        super().__init__(parent)
        self.documents: list[DocumentView] = []
        self._thumbnails = thumbnails  # document id -> QPixmap
        self._headers = [self.tr("Aperçu"), self.tr("Fichier"), self.tr("Type"), self.tr("Taille"),
                         self.tr("Empreinte SHA-256")]

    def rows(self) -> list:
        return self.documents

    def show(self, documents: list[DocumentView]) -> None:
        self.beginResetModel()
        self.documents = documents
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document = self.documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == DOC_THUMBNAIL:
            return self._thumbnails(document)
        if role == Qt.ItemDataRole.SizeHintRole and column == DOC_THUMBNAIL:
            return QSize(THUMBNAIL_SIZE + 8, THUMBNAIL_SIZE + 8)
        if role == Qt.ItemDataRole.ToolTipRole and column == DOC_HASH:
            return document.sha256
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DOC_NAME:
            if document.page_count == 1:
                return self.tr("%1\n1 page").replace("%1", document.file_name)
            if document.page_count:
                return self.tr("%1\n%2 pages").replace("%1", document.file_name).replace(
                    "%2", str(document.page_count))
            return document.file_name
        if column == DOC_KIND:
            return document_kind_label(document.kind)
        if column == DOC_SIZE:
            return self.tr("%1 Ko").replace("%1", str(max(1, round(document.size / 1024))))
        if column == DOC_HASH:
            return document.sha256[:16] + "…"
        return None


def thumbnail(content: bytes, media_type: str, size: int = THUMBNAIL_SIZE) -> QPixmap:
    """The first page of a PDF (rendered by PDFium) or the image itself, scaled into a square."""
    image = _pdf_first_page(content, size) if media_type == PDF else QImage.fromData(content)
    canvas = QPixmap(size, size)
    canvas.fill(QColor("white"))
    if image is not None and not image.isNull():
        scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(canvas)
        painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
        painter.setPen(QColor("#9a9a9a"))
        painter.drawRect((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled.width() - 1,
                         scaled.height() - 1)
        painter.end()
    return canvas


def _pdf_first_page(content: bytes, size: int) -> QImage | None:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
        try:
            page = document[0]
            width, height = page.get_size()
            bitmap = page.render(scale=2 * size / max(width, height, 1))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_BGR888 if bitmap.mode == "BGR" else QImage.Format.Format_ARGB32)
            return image.copy()
        finally:
            document.close()
    except Exception:  # a thumbnail is a nicety: a file that fails here was already checked on attaching
        return None
