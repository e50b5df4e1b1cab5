"""Light and dark palettes on the Fusion style, following the system unless the user chose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)

_LIGHT = {
    "window": "#f4f5f9", "base": "#ffffff", "alternate": "#f7f8fb", "text": "#1f2333", "muted": "#5e6477",
    "button": "#ffffff", "highlight": "#3d68ff", "highlighted_text": "#ffffff", "border": "#d5d8e2",
    "error": "#c62828", "success": "#2e7d32", "accent_soft": "#e8eeff", "link": "#3d68ff",
}
_DARK = {
    "window": "#1d2029", "base": "#262a35", "alternate": "#2b303c", "text": "#e8eaf1", "muted": "#a3a9ba",
    "button": "#303542", "highlight": "#6a8cff", "highlighted_text": "#ffffff", "border": "#41475a",
    "error": "#ff8a80", "success": "#81c784", "accent_soft": "#2f3a5c", "link": "#8fa8ff",
}


def resolve(choice: str) -> str:
    if choice in (LIGHT, DARK):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def colors(mode: str | None = None) -> dict[str, str]:
    app = QApplication.instance()
    mode = mode or (app.property("pixdesk_theme") if app else None) or LIGHT
    return _DARK if mode == DARK else _LIGHT


def _palette(c: dict[str, str]) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, key in ((roles.Window, "window"), (roles.Base, "base"), (roles.AlternateBase, "alternate"),
                      (roles.WindowText, "text"), (roles.Text, "text"), (roles.ButtonText, "text"),
                      (roles.Button, "button"), (roles.Highlight, "highlight"),
                      (roles.HighlightedText, "highlighted_text"), (roles.ToolTipBase, "base"),
                      (roles.ToolTipText, "text"), (roles.PlaceholderText, "muted"), (roles.Link, "link"),
                      (roles.Mid, "border"), (roles.Midlight, "border")):
        palette.setColor(role, QColor(c[key]))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    return palette


def _style_sheet(c: dict[str, str]) -> str:
    # Object names and dynamic properties set by the widgets; everything else keeps the Fusion look.
    return f"""
    QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; }}
    QLabel#sessionTitle {{ font-size: 18pt; font-weight: 600; }}
    QLabel#sectionTitle {{ font-size: 12.5pt; font-weight: 600; }}
    QLabel#muted, QLabel#fieldCaption {{ color: {c['muted']}; }}
    QLabel#fieldValue {{ font-size: 11pt; }}
    QLabel#accessCode {{ font-family: "DejaVu Sans Mono", monospace; font-size: 14pt; font-weight: 600;
                         letter-spacing: 2px; }}
    QLabel#emptyTitle {{ font-size: 16pt; font-weight: 600; }}
    QLabel#fieldError {{ color: {c['error']}; }}
    QLabel#formError {{ color: {c['error']}; font-weight: 600; }}
    QLabel#statusChip {{ background: {c['accent_soft']}; border-radius: 10px; padding: 2px 10px; }}
    QFrame#card {{ background: {c['base']}; border: 1px solid {c['border']}; border-radius: 8px; }}
    QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
    QSpinBox[invalid="true"] {{ border: 1px solid {c['error']}; border-radius: 3px; }}
    QPushButton {{ padding: 5px 14px; }}
    QPushButton[primary="true"] {{ background: {c['highlight']}; color: {c['highlighted_text']};
                                  border: 1px solid {c['highlight']}; border-radius: 4px; font-weight: 600; }}
    QPushButton[primary="true"]:disabled {{ background: {c['border']}; border-color: {c['border']}; }}
    QTableView {{ gridline-color: {c['border']}; }}
    QHeaderView::section {{ padding: 5px 6px; font-weight: 600; }}
    """


def apply_theme(choice: str) -> str:
    """Returns the mode applied ("light" or "dark")."""
    app = QApplication.instance()
    mode = resolve(choice)
    app.setStyle("Fusion")
    app.setProperty("pixdesk_theme", mode)
    c = colors(mode)
    app.setPalette(_palette(c))
    app.setStyleSheet(_style_sheet(c))
    return mode
