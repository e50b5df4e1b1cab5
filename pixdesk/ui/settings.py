"""Remembered preferences (window geometry, last tab, language, theme, chosen e-mail).

An INI file under the platform's user config folder, so tests can redirect it with QSettings.setPath."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from pixdesk import APP_AUTHOR, APP_NAME

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_TAB = "session_page/last_tab"
LANGUAGE = "ui/language"
THEME = "ui/theme"
SIGN_IN_EMAIL = "sign_in/email"
SIGN_IN_ASKED = "sign_in/asked"
# The central server signed in to (sync will write it), which the update check asks; and the check's opt-out.
SERVER_URL = "server/url"
UPDATES_OFF = "updates/off"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


def read_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def read_bool(key: str) -> bool:
    # INI files give back "true"/"false" strings.
    return str(app_settings().value(key, "false")).lower() == "true"
