"""The window's update check: once at start, in a worker (a slow or absent network never delays anything), asking
only the central server the centre signs in to. A newer version shows as a link in the status bar. Turned off
from the Aide menu; nothing is asked while no server is known."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow

from pixdesk.sync.update_check import UpdateInfo, check_for_update
from pixdesk.ui import settings
from pixdesk.ui.workers import Worker, start


def enabled() -> bool:
    return not settings.read_bool(settings.UPDATES_OFF)


class UpdateCheck(QObject):
    """Owned by the shell, so that a window rebuilt for a language or theme change shows the answer too."""

    answered = Signal(object)  # UpdateInfo, or None when the server could not answer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.info: UpdateInfo | None = None
        self.worker: Worker | None = None

    def start(self, server_url: str | None = None) -> bool:
        url = server_url or settings.read_str(settings.SERVER_URL)
        if not enabled() or not url:
            return False
        self.worker = Worker(check_for_update, url, reports_progress=False)
        self.worker.signals.finished.connect(self._answered)
        self.worker.signals.failed.connect(lambda _error: self._answered(None))
        start(self.worker)
        return True

    def _answered(self, info: UpdateInfo | None) -> None:
        self.info = info
        self.answered.emit(info)

    def show_in(self, window: QMainWindow) -> QLabel | None:
        """A permanent status-bar link when a newer version is recommended."""
        info = self.info
        if info is None or not info.available:
            return None
        text = self.tr("PixDesk {latest} est disponible").format(latest=info.latest)
        label = QLabel(f'<a href="{info.download_url}">{text}</a>' if info.download_url else text)
        label.setObjectName("updateNotice")
        label.setAccessibleName(text)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        window.statusBar().addPermanentWidget(label)
        return label


def toggle_action(parent: QObject, text: str) -> QAction:
    """The Aide menu's opt-out: checked unless the user turned the check off."""
    action = QAction(text, parent)
    action.setCheckable(True)
    action.setChecked(enabled())
    action.toggled.connect(lambda on: settings.app_settings().setValue(settings.UPDATES_OFF, not on))
    return action
