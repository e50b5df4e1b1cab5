"""The last safety net: an error is shown as one friendly line, never a trace; unexpected ones are logged
(without any personal data: see pixdesk.logs)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pixdesk import logs
from pixdesk.models.errors import DomainError
from pixdesk.store.errors import StoreError, store_error_from


def log_path() -> Path:
    return logs.log_file()


def store_problem(error: BaseException, db_path: Path | None = None) -> StoreError | None:
    """The store failure `error` stands for, if it is one (busy, read-only, disk full, damaged…)."""
    if isinstance(error, StoreError):
        return error
    if db_path is None or isinstance(error, OSError):
        return None
    return store_error_from(error, db_path)


def friendly_text(exc_value: BaseException, log_file: Path | None, db_path: Path | None = None) -> str:
    problem = store_problem(exc_value, db_path)
    if problem is not None:
        return problem.message()
    if isinstance(exc_value, DomainError):
        return "\n".join(exc_value.messages())
    text = QCoreApplication.translate(
        "crash", "Une erreur inattendue s'est produite. Ce qui était déjà enregistré est intact.")
    if log_file is not None:
        text += "\n\n" + QCoreApplication.translate("crash", "Les détails techniques sont dans le fichier :")
        text += f"\n{log_file}"
    return text


def explain(error: BaseException, db_path: Path | None = None) -> str:
    """What to tell the user about `error`, logging it first when it is unexpected."""
    problem = store_problem(error, db_path)
    if problem is not None:
        logs.log_event(f"store refused: {problem.code}")
    log_file = None if isinstance(error, DomainError) else logs.log_failure(error)
    return friendly_text(error, log_file, db_path)


_db_path: Path | None = None


def handle_exception(exc_type, exc_value, exc_tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if exc_value is None:
        exc_value = exc_type()
    exc_value.__traceback__ = exc_tb
    text = explain(exc_value, _db_path)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("crash", "PixDesk"))
    box.setText(text)
    box.exec()


def install_excepthook(db_path: Path | None = None) -> None:
    """`db_path` lets a raw database failure name the store in its message."""
    global _db_path
    _db_path = db_path
    sys.excepthook = handle_exception
