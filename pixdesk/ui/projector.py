"""Projector mode: a second window for a projector or a TV, readable from the back of the room.

Session number, access code, the time in very large figures, the start and the end of each extra-time group
present, and the candidates' three instructions (seed 000). It never shows a name. Text sizes follow the
window's height, so the same window works on a laptop screen and on a wall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pixdesk.models import room as r
from pixdesk.services.room import Room
from pixdesk.ui.room_model import clock_text


@dataclass(frozen=True)
class TimeGroup:
    extra_time_percentage: int
    start: datetime
    end: datetime
    started: bool


def time_groups(room: Room) -> list[TimeGroup]:
    """One line per extra time among the candidates in the room (present, taking the test or done with it):
    its earliest start and latest theoretical end; before anyone starts, the session's start and planned end."""
    groups: dict[int, list] = {}
    for candidate in room.candidates:
        state = room.state_of(candidate)
        if state.state in (r.EXPECTED, r.ABSENT):
            continue
        groups.setdefault(candidate.extra_time_percentage or 0, []).append((candidate, state))
    result = []
    for extra, members in sorted(groups.items()):
        starts = [s.started_at for _, s in members if s.started_at is not None]
        if starts:
            ends = [r.theoretical_end(s.started_at, room.length, extra) for _, s in members
                    if s.started_at is not None]
            result.append(TimeGroup(extra, min(starts), max(ends), True))
        else:
            result.append(TimeGroup(extra, room.start, r.theoretical_end(room.start, room.length, extra), False))
    return result


def _label(object_name: str, alignment=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAlignment(alignment)
    label.setWordWrap(True)
    return label


class ProjectorWindow(QWidget):
    def __init__(self, room: Room, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self._room = room
        self.setWindowTitle(self.tr("PixDesk – Projection – Session %1").replace("%1", str(room.session.id)))
        self.setObjectName("projector")
        self.setAutoFillBackground(True)
        self.setStyleSheet("""
            QWidget#projector { background: #0f1b3d; }
            QWidget#projector QLabel { color: #ffffff; }
            QWidget#projector QLabel#projectorMuted { color: #b9c4e6; }
            QWidget#projector QLabel#projectorCode { color: #ffe066; font-family: "DejaVu Sans Mono", monospace;
                                                     font-weight: 700; }
            QFrame#projectorGroups { background: #1b2a57; border-radius: 12px; }
        """)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        top = QHBoxLayout()
        self.session_label = _label("projectorTitle", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code_caption = _label("projectorMuted", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.code_caption.setText(self.tr("Code d'accès"))
        self.code_label = _label("projectorCode", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.code_label.setWordWrap(False)
        top.addWidget(self.session_label, 1)
        top.addWidget(self.code_caption)
        top.addSpacing(16)
        top.addWidget(self.code_label)
        layout.addLayout(top)
        self.clock = _label("projectorClock")
        self.clock.setWordWrap(False)
        layout.addWidget(self.clock, 3)
        self.groups_frame = QFrame()
        self.groups_frame.setObjectName("projectorGroups")
        self.groups_layout = QGridLayout(self.groups_frame)
        self.groups_layout.setContentsMargins(24, 12, 24, 12)
        self.groups_layout.setHorizontalSpacing(36)
        layout.addWidget(self.groups_frame, 0, Qt.AlignmentFlag.AlignHCenter)
        self.steps = [_label("projectorStep", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                      for _ in range(3)]
        steps_box = QVBoxLayout()
        steps_box.setSpacing(6)
        for step in self.steps:
            steps_box.addWidget(step)
        layout.addSpacing(12)
        layout.addLayout(steps_box)
        self._group_labels: list[QLabel] = []
        self._unit = 6.0
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)
        self.set_room(room, room.start)

    # --- content
    def set_room(self, room: Room, now: datetime) -> None:
        self._room = room
        s = room.session
        self.session_label.setText(self.tr("Session %1").replace("%1", str(s.id)))
        self.code_label.setText(s.access_code)
        texts = (
            self.tr("1. Connectez-vous sur pix.fr avec votre compte et ouvrez l'onglet « Certification »."),
            self.tr("2. Saisissez le numéro de session %1, vos nom, prénom et date de naissance, puis le code "
                    "d'accès %2.").replace("%1", str(s.id)).replace("%2", s.access_code),
            self.tr("3. Restez sur la page du test (mode focus) jusqu'à l'écran de fin de test ; prévenez le "
                    "surveillant avant de la quitter ou en cas de problème."),
        )
        for label, text in zip(self.steps, texts):
            label.setText(text)
        self._show_groups()
        self.tick(now)

    def _show_groups(self) -> None:
        for label in self._group_labels:
            self.groups_layout.removeWidget(label)
            label.deleteLater()
        self._group_labels = []
        groups = time_groups(self._room)
        if not groups:
            groups = [TimeGroup(0, self._room.start, r.theoretical_end(self._room.start, self._room.length, 0),
                                False)]
        for row, group in enumerate(groups):
            name = (self.tr("Temps majoré %1 %").replace("%1", str(group.extra_time_percentage))
                    if group.extra_time_percentage else self.tr("Sans temps majoré"))
            start = (self.tr("début %1") if group.started else self.tr("début prévu %1")).replace(
                "%1", clock_text(group.start))
            end = self.tr("fin %1").replace("%1", clock_text(group.end))
            for column, text in enumerate((name, start, end)):
                label = _label("projectorGroup", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                label.setWordWrap(False)
                label.setText(text)
                self.groups_layout.addWidget(label, row, column)
                self._group_labels.append(label)
        self._scale()

    def tick(self, now: datetime) -> None:
        local = now.astimezone()
        seconds = f"<span style='font-size:{self._unit * 4:.0f}pt'>:{local:%S}</span>"
        self.clock.setText(f"{local:%H:%M}{seconds}")

    # --- readable from the back of the room: sizes follow the height
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        unit = self._unit = max(6.0, min(self.height() / 60.0, self.width() / 90.0))
        self._font(self.clock, unit * 11, bold=True)
        self._font(self.session_label, unit * 3.2, bold=True)
        self._font(self.code_caption, unit * 2.2)
        self._font(self.code_label, unit * 4.4, bold=True)
        for index, label in enumerate(self._group_labels):
            self._font(label, unit * 2.2, bold=index % 3 == 0)  # the group's name, then its start and end
        for step in self.steps:
            self._font(step, unit * 1.8)

    @staticmethod
    def _font(label: QLabel, size: float, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)

    # --- placement
    def show_on_best_screen(self, beside: QWidget | None = None) -> None:
        """Full screen on another screen than the room view's when there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else None
        others = [s for s in screens if s is not own]
        if others and own is not None:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _escape(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()
