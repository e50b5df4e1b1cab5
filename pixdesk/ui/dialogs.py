"""Confirmations and refusals as message boxes whose safe choice ("Annuler") is the default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget


def confirm(parent: QWidget, title: str, text: str, action: str, informative: str = "") -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("dialogs", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    # Enter or Escape on a destructive question must never destroy anything.
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def refuse(parent: QWidget, title: str, text: str, details: list[str] | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText("\n".join(details))
    box.addButton(QCoreApplication.translate("dialogs", "Fermer"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def form_buttons(dialog: QDialog, save_text: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """"Annuler" and the primary save button of a form dialog; returns (box, save, cancel)."""
    box = QDialogButtonBox()
    cancel = box.addButton(QCoreApplication.translate("dialogs", "Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
    save = box.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setProperty("primary", True)
    save.setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, save, cancel
