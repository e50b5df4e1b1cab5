"""Small line icons from resources/icons, drawn in the current palette's text colour (so they suit dark mode)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pixdesk.paths import resource_path
from pixdesk.ui.theme import colors

SIZES = (16, 24, 32, 48)


@lru_cache(maxsize=None)
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, color_key: str = "text") -> QIcon:
    svg = _svg(name).replace("#COLOR", colors()[color_key])
    result = QIcon()
    for size in SIZES:
        for ratio in (1.0, 2.0):  # crisp on high-DPI screens
            result.addPixmap(_render(svg, size, ratio))
    return result


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "pixdesk.svg")))
