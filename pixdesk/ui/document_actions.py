"""The session's documents (candidate sheet import/export, printable PDFs), run in a worker with progress and cancel.

Each action is offered only when pixdesk.documents provides its function, so no button is ever dead."""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from pixdesk.models.errors import DomainError
from pixdesk.store import Database
from pixdesk.ui import crash, workers
from pixdesk.ui.dialogs import refuse

IMPORT, ODS, PDF = "import", "ods", "pdf"


@dataclass(frozen=True)
class DocumentAction:
    key: str
    module: str
    function: str
    kind: str
    file_stem: str  # default file name, before the session number

    def label(self) -> str:
        translate = QCoreApplication.translate
        return {
            "import_sheet": translate("DocumentActions", "Importer (.ods)"),
            "export_sheet": translate("DocumentActions", "Télécharger (.ods)"),
            "attendance": translate("DocumentActions", "Feuille d'émargement"),
            "incident": translate("DocumentActions", "PV d'incident"),
            "kit": translate("DocumentActions", "Kit surveillant"),
            "pack": translate("DocumentActions", "Tout imprimer"),
            "attendance_filled": translate("DocumentActions", "Feuille d'émargement remplie"),
            "incident_filled": translate("DocumentActions", "PV d'incident rempli"),
        }[self.key]

    @property
    def filled(self) -> bool:
        """Printed after the exam, filled from the room's journal."""
        return self.key.endswith("_filled")

    def resolve(self) -> Callable | None:
        try:
            module = importlib.import_module(self.module)
        except ImportError:
            return None
        except Exception:  # noqa: BLE001 - a broken module must hide its buttons, not stop the window
            logging.getLogger("pixdesk").exception("could not load %s", self.module)
            return None
        function = getattr(module, self.function, None)
        return function if callable(function) else None


ACTIONS = (
    DocumentAction("import_sheet", "pixdesk.documents.candidate_import", "import_candidates", IMPORT, ""),
    DocumentAction("export_sheet", "pixdesk.documents.exports", "export_candidates_sheet", ODS, "liste-candidats"),
    DocumentAction("attendance", "pixdesk.documents.exports", "export_attendance_sheet", PDF, "feuille-emargement"),
    DocumentAction("incident", "pixdesk.documents.exports", "export_incident_report", PDF, "pv-incident"),
    DocumentAction("kit", "pixdesk.documents.exports", "export_invigilator_kit", PDF, "kit-surveillant"),
    DocumentAction("pack", "pixdesk.documents.exports", "export_session_pack", PDF, "session-documents"),
    DocumentAction("attendance_filled", "pixdesk.documents.exports", "export_attendance_sheet_filled", PDF,
                   "feuille-emargement-remplie"),
    DocumentAction("incident_filled", "pixdesk.documents.exports", "export_incident_report_filled", PDF,
                   "pv-incident-rempli"),
)


def available_actions() -> dict[str, tuple[DocumentAction, Callable]]:
    found = {}
    for action in ACTIONS:
        function = action.resolve()
        if function is not None:
            found[action.key] = (action, function)
    return found


def _accepts_progress(function: Callable) -> bool:
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False
    return "progress" in parameters and "is_cancelled" in parameters


def import_problem_lines(error: DomainError) -> list[str]:
    """One line per problem, as the command line prints them: a line's problem already says "Ligne 3 : …"."""
    return [problem.message() for problem in error.problems]


class DocumentRunner(QObject):
    """Asks for the file, runs the document function in the pool, reports back on the UI thread."""

    done = Signal(str, str)  # action key, message for the status bar
    candidates_changed = Signal()

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._running: workers.Worker | None = None
        self.open_pdf_when_done = True

    def choose_path(self, action: DocumentAction, session_id: int) -> Path | None:
        if action.kind == IMPORT:
            path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Importer la feuille d'émargement"), "",
                                                  self.tr("Feuille de calcul ODS (*.ods)"))
        else:
            suffix = ".ods" if action.kind == ODS else ".pdf"
            kind = self.tr("Feuille de calcul ODS (*.ods)") if action.kind == ODS else self.tr("Document PDF (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self._parent, action.label(),
                                                  f"{action.file_stem}-session-{session_id}{suffix}", kind)
        return Path(path) if path else None

    def run(self, action: DocumentAction, function: Callable, session_id: int, path: Path) -> workers.Worker:
        worker = workers.Worker(function, self._db, session_id, path, reports_progress=_accepts_progress(function))
        dialog = QProgressDialog(self.tr("%1 en cours…").replace("%1", action.label()), self.tr("Annuler"), 0, 0,
                                 self._parent)
        dialog.setWindowTitle(action.label())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(worker.cancel)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done if total else 0)

        def finished(result) -> None:
            dialog.reset()
            self._running = None
            self._finished(action, path, result)

        def failed(error: BaseException) -> None:
            dialog.reset()
            self._running = None
            self._failed(action, error, worker.is_cancelled())

        worker.signals.progress.connect(progress)
        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        self._running = worker
        workers.start(worker)
        return worker

    def _finished(self, action: DocumentAction, path: Path, result) -> None:
        if action.kind == IMPORT:
            count = getattr(result, "count", 0)
            incomplete = getattr(result, "incomplete_count", 0)
            text = self.tr("La liste des candidats a été importée avec succès (%1 candidats).").replace(
                "%1", str(count))
            if incomplete:
                text += " " + self.tr("%1 à compléter (sexe manquant).").replace("%1", str(incomplete))
            self.candidates_changed.emit()
            warnings = getattr(result, "warnings", ())
            if warnings:
                # Nothing was refused, but values were dropped or changed as the platform would: say which.
                text += " " + self.tr("%1 remarque(s).").replace("%1", str(len(warnings)))
                refuse(self._parent, action.label(), text, [w.message() for w in warnings])
        else:
            text = self.tr("Document enregistré : %1").replace("%1", str(path))
            if action.kind == PDF and self.open_pdf_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.done.emit(action.key, text)

    def _failed(self, action: DocumentAction, error: BaseException, cancelled: bool) -> None:
        if cancelled:
            self.done.emit(action.key, self.tr("Opération annulée : rien n'a été modifié."))
            return
        if isinstance(error, DomainError):
            title = self.tr("Une erreur s'est produite lors de l'import des candidats") if action.kind == IMPORT \
                else action.label()
            refuse(self._parent, action.label(), title, import_problem_lines(error))
            self.done.emit(action.key, title)
            return
        refuse(self._parent, action.label(), crash.explain(error, self._db.path))
        self.done.emit(action.key, self.tr("Le document n'a pas pu être produit."))
