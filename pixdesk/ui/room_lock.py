"""The room view's lock: one shortcut hides everything a candidate at the desk should not see or touch; the
session's invigilator password (the one printed in the kit) opens it again."""

from __future__ import annotations

import hmac

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockPage(QWidget):
    unlocked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._password = ""
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(self.tr("Salle verrouillée"))
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.hint = QLabel(self.tr("Le surveillant déverrouille avec le mot de passe surveillant de la session "
                                   "(celui du kit surveillant)."))
        self.hint.setObjectName("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mot de passe surveillant"))
        self.password.setAccessibleName(self.tr("Mot de passe surveillant"))
        self.password.setMinimumWidth(240)
        self.password.returnPressed.connect(self.try_unlock)
        row.addWidget(self.password)
        self.unlock_button = QPushButton(self.tr("Déverrouiller"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.unlock_button)
        row.addStretch()
        layout.addSpacing(10)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        layout.addStretch(3)

    def arm(self, password: str) -> None:
        self._password = password
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> bool:
        typed = self.password.text().strip()
        if typed.upper().startswith("C-"):  # the platform's form shows this prefix; someone may type it
            typed = typed[2:]
        if self._password and hmac.compare_digest(typed.encode(), self._password.encode()):
            self.password.clear()
            self.error.clear()
            self.unlocked.emit()
            return True
        self.error.setText(self.tr("Mot de passe incorrect."))
        self.password.selectAll()
        self.password.setFocus()
        return False
