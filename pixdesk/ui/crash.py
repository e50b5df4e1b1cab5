"""The last safety net: an unexpected error is logged to a file and shown as a friendly dialog, never a trace."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pixdesk.models.errors import DomainError
from pixdesk.paths import user_dirs

LOG_NAME = "pixdesk-ui.log"


def log_path() -> Path:
    return user_dirs().user_log_path / LOG_NAME


def write_log(exc_type, exc_value, exc_tb) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc_type, exc_value, exc_tb)) + "\n")
        return path
    except OSError:
        logging.getLogger("pixdesk").exception("could not write the crash log", exc_info=exc_value)
        return None


def friendly_text(exc_value: BaseException, log_file: Path | None) -> str:
    if isinstance(exc_value, DomainError):
        return "\n".join(exc_value.messages())
    text = QCoreApplication.translate(
        "crash", "Une erreur inattendue s'est produite. Ce qui était déjà enregistré est intact.")
    if log_file is not None:
        text += "\n\n" + QCoreApplication.translate("crash", "Les détails techniques sont dans le fichier :")
        text += f"\n{log_file}"
    return text


def handle_exception(exc_type, exc_value, exc_tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return
    log_file = None if isinstance(exc_value, DomainError) else write_log(exc_type, exc_value, exc_tb)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("crash", "PixDesk"))
    box.setText(friendly_text(exc_value, log_file))
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = handle_exception
