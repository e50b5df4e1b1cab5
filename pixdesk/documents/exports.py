"""Exporting a session's documents: the candidate sheet (.ods) and the PDFs to print.

Every function writes to a temporary file beside the target and moves it into place at the end, so a crash or a
cancel never leaves a half-written file under the user's name. They read the store themselves and touch no Qt:
the window calls them from a worker thread, with `progress(done, total)` and `is_cancelled()`.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pixdesk import language
from pixdesk.documents.candidates_sheet import write_candidates_sheet
from pixdesk.documents.export_data import SessionExport, load_session_export, session_number
from pixdesk.documents.export_progress import CancelCheck, ExportCancelled, ProgressCallback, Tracker
from pixdesk.documents.pdf.attendance_sheet import attendance_part
from pixdesk.documents.pdf.finalisation_receipt import receipt_part
from pixdesk.documents.pdf.fonts import register_fonts
from pixdesk.documents.pdf.incident_report import incident_part
from pixdesk.documents.pdf.invigilator_kit import kit_part
from pixdesk.documents.pdf.page import Part, build_pdf
from pixdesk.models.errors import DomainError, Problem
from pixdesk.store import Database
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

__all__ = [
    "KINDS", "ExportCancelled", "ExportResult", "export_attendance_sheet", "export_attendance_sheet_filled",
    "export_candidates_sheet", "export_incident_report_filled",
    "export_document", "export_incident_report", "export_invigilator_kit", "export_session_pack",
]

PartBuilder = Callable[[SessionExport, str], Part]
_PDF_PARTS: dict[str, tuple[PartBuilder, ...]] = {
    "attendance-sheet": (attendance_part,),
    "incident-report": (incident_part,),
    "invigilator-kit": (kit_part,),
    "session-pack": (attendance_part, incident_part, kit_part),
    # Printed after the exam, filled from the room's journal.
    "attendance-sheet-filled": (attendance_part,),
    "incident-report-filled": (incident_part,),
}
FILLED = ("attendance-sheet-filled", "incident-report-filled")
RECEIPT, PAYLOAD = "finalisation-receipt", "finalisation-payload"
KINDS = ("candidates-sheet", *_PDF_PARTS, RECEIPT, PAYLOAD)
_PACK_TITLE = QT_TRANSLATE_NOOP("pdf", "Dossier de session")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int | None  # None for the spreadsheet


def export_document(kind: str, db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                    progress: ProgressCallback | None = None, is_cancelled: CancelCheck | None = None) -> ExportResult:
    """Write one document of the session. Raises NotFoundError (unknown session), DomainError (file cannot be
    written, naming it) or ExportCancelled."""
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")
    lang = lang or language.current()
    tracker = Tracker(progress, is_cancelled)
    target = Path(path)
    if kind in (RECEIPT, PAYLOAD):
        return _export_finalisation(kind, db, session_id, target, lang, tracker)
    data = load_session_export(db, session_id, with_room=kind in FILLED)
    if kind == "candidates-sheet":
        _write_atomically(target, lambda handle: write_candidates_sheet(handle, data, lang, tracker))
        return ExportResult(target, None)

    register_fonts()
    parts = [build(data, lang) for build in _PDF_PARTS[kind]]
    title = parts[0].title if len(parts) == 1 else translate("pdf", _PACK_TITLE, lang)
    pages = _write_atomically(target, lambda handle: build_pdf(
        handle, parts, tracker, session_number=session_number(data.session, lang), lang=lang,
        title=f"{title} – {session_number(data.session, lang)}"))
    return ExportResult(target, pages)


def _export_finalisation(kind: str, db: Database, session_id: int, target: Path, lang: str,
                         tracker: Tracker) -> ExportResult:
    """The receipt (PDF) or the JSON:API body of PUT /api/sessions/{id}/finalization, of a finalised session."""
    from pixdesk.services.finalisation import finalisation_record, load_finalisation

    if kind == PAYLOAD:
        document = finalisation_record(db, session_id).document
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        _write_atomically(target, lambda handle: handle.write(text.encode("utf-8")))
        return ExportResult(target, None)
    finalisation_record(db, session_id)  # refuses a session not finalised yet
    register_fonts()
    data = load_finalisation(db, session_id)
    part = receipt_part(data, lang)
    number = session_number(data.session, lang)
    pages = _write_atomically(target, lambda handle: build_pdf(
        handle, [part], tracker, session_number=number, lang=lang, title=f"{part.title} – {number}"))
    return ExportResult(target, pages)


def export_candidates_sheet(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                            progress: ProgressCallback | None = None,
                            is_cancelled: CancelCheck | None = None) -> Path:
    """The candidate list in the import format (.ods), plus 20 empty numbered rows."""
    return export_document("candidates-sheet", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_attendance_sheet(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                            progress: ProgressCallback | None = None,
                            is_cancelled: CancelCheck | None = None) -> Path:
    """The feuille d'émargement (PDF, A4 landscape)."""
    return export_document("attendance-sheet", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_incident_report(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                           progress: ProgressCallback | None = None,
                           is_cancelled: CancelCheck | None = None) -> Path:
    """The PV d'incident (PDF, A4), with the incidents already recorded for the session."""
    return export_document("incident-report", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_attendance_sheet_filled(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                                   progress: ProgressCallback | None = None,
                                   is_cancelled: CancelCheck | None = None) -> Path:
    """The feuille d'émargement filled from the room: absences and end-of-test screens seen."""
    return export_document("attendance-sheet-filled", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_incident_report_filled(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                                  progress: ProgressCallback | None = None,
                                  is_cancelled: CancelCheck | None = None) -> Path:
    """The PV d'incident filled from the room's journal, with the journal's fingerprint."""
    return export_document("incident-report-filled", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_invigilator_kit(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                           progress: ProgressCallback | None = None,
                           is_cancelled: CancelCheck | None = None) -> Path:
    """The kit surveillant (PDF, A4): codes, times, room and the day-of-session checklist."""
    return export_document("invigilator-kit", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def export_session_pack(db: Database, session_id: int, path: str | os.PathLike, *, lang: str | None = None,
                        progress: ProgressCallback | None = None,
                        is_cancelled: CancelCheck | None = None) -> Path:
    """The three PDFs in one file, each with its own page numbering."""
    return export_document("session-pack", db, session_id, path, lang=lang, progress=progress,
                           is_cancelled=is_cancelled).path


def _write_atomically(target: Path, write: Callable[[BinaryIO], int | None]) -> int | None:
    # Same folder as the target, so os.replace is a rename on one file system; opened with "x" so the file gets
    # the user's usual permissions (mkstemp would make it private).
    _check_target(target)
    _remove_stale_parts(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        with open(temporary, "xb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        return result
    except OSError as error:
        _remove(temporary)
        raise DomainError(_file_problem(target, error)) from error
    except BaseException:
        _remove(temporary)
        raise


def _check_target(target: Path) -> None:
    """Only a regular file is replaced: never a folder, a device (/dev/full, /dev/null) or a pipe, which the
    final rename would otherwise swap for a PDF (as root, even in /dev)."""
    if target.is_dir():
        raise DomainError(_file_problem(target, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))))
    if target.exists() and not target.is_file():
        raise DomainError(Problem("EXPORT_TARGET_NOT_A_FILE", "output", {"path": str(target)}))


# ".<name>.<pid>-<random>.part"; older versions wrote ".<name>.<random>.part".
STALE_PART_AGE_S = 3600


def _remove_stale_parts(target: Path) -> None:
    """Temporary files an export killed mid-way left beside this target: those of a process that has ended,
    and any over an hour old. Another export of the same file still running keeps its own."""
    pattern = re.compile(re.escape(f".{target.name}.") + r"(?:(\d+)-)?[0-9a-f]{8}\.part")
    try:
        candidates = list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return
    for part in candidates:
        match = pattern.fullmatch(part.name)
        if match and (match.group(1) is None or not _process_alive(int(match.group(1))) or _older_than(
                part, STALE_PART_AGE_S)):
            _remove(part)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no safe probe there (os.kill would end it): the age rule cleans up instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


_ERRNO_CODES = {
    errno.ENOENT: "EXPORT_FOLDER_NOT_FOUND",
    errno.ENOTDIR: "EXPORT_FOLDER_NOT_FOUND",
    errno.EACCES: "EXPORT_PERMISSION_DENIED",
    errno.EPERM: "EXPORT_PERMISSION_DENIED",
    errno.EROFS: "EXPORT_PERMISSION_DENIED",
    errno.EISDIR: "EXPORT_PATH_IS_FOLDER",
    errno.ENOSPC: "EXPORT_DISK_FULL",
}


def _file_problem(target: Path, error: OSError) -> Problem:
    code = _ERRNO_CODES.get(error.errno, "EXPORT_FILE_NOT_WRITABLE")
    if code == "EXPORT_FOLDER_NOT_FOUND" and target.is_dir():
        code = "EXPORT_PATH_IS_FOLDER"
    return Problem(code, "output", {"path": str(target), "folder": str(target.parent), "reason": error.strerror or error})
