"""How a row shows its sync state: a change not yet sent to the server, or one the server refused."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from pixdesk.ui.icons import icon

PENDING, REFUSED = "pending", "refused"


@lru_cache(maxsize=4)
def _icons() -> dict[str, QIcon]:
    return {PENDING: icon("sync", "muted"), REFUSED: icon("alert", "error")}


def mark_icon(mark: str) -> QIcon:
    return _icons()[mark]


def mark_text(mark: str) -> str:
    if mark == REFUSED:
        return QCoreApplication.translate("SyncMarks", "Modification refusée par le serveur : voir l'historique de "
                                                       "synchronisation")
    return QCoreApplication.translate("SyncMarks", "Modification pas encore envoyée au serveur")
