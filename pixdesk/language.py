"""The user's language for messages built outside Qt (domain errors, command line, documents)."""

from __future__ import annotations

import locale
import os

SOURCE = "fr"
# French is the source language; each other one is a catalogue in resources/translations (pixdesk_<lang>.ts).
SUPPORTED = ("fr", "en")
DEFAULT = SOURCE
_current = None


def detect() -> str:
    """French unless the environment clearly asks for English (PixDesk is French first)."""
    for var in ("PIXDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else DEFAULT
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in SUPPORTED else DEFAULT


def current() -> str:
    global _current
    if _current is None:
        _current = detect()
    return _current


def set_current(code: str) -> None:
    global _current
    if code not in SUPPORTED:
        raise ValueError(f"unsupported language {code!r}; choose one of {', '.join(SUPPORTED)}")
    _current = code
