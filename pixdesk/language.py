"""The user's language for messages built outside Qt (domain errors, command line, documents)."""

from __future__ import annotations

import locale
import os
import re

from pixdesk.paths import resource_path

SOURCE = "fr"
SOURCE_LOCALE = "fr_FR"
_CATALOGUE = re.compile(r"pixdesk_([a-z]{2,3})\.ts")
_LOCALE_ATTRIBUTE = re.compile(rb'<TS[^>]*\slanguage="([A-Za-z_]+)"')


def _catalogues() -> tuple[str, ...]:
    """French is the source language; every other one is the catalogue file resources/translations/pixdesk_<lang>.ts
    that ships: adding a language is adding its file."""
    folder = resource_path("translations")
    found = (_CATALOGUE.fullmatch(path.name) for path in folder.glob("pixdesk_*.ts")) if folder.is_dir() else ()
    return tuple(sorted(match.group(1) for match in found if match and match.group(1) != SOURCE))


SUPPORTED = (SOURCE, *_catalogues())
DEFAULT = SOURCE
_current = None


def locale_name(code: str) -> str:
    """The catalogue's own locale ("en_GB"), which decides how the window writes dates and numbers."""
    if code == SOURCE:
        return SOURCE_LOCALE
    try:
        with resource_path("translations", f"pixdesk_{code}.ts").open("rb") as handle:
            match = _LOCALE_ATTRIBUTE.search(handle.read(512))
    except OSError:
        match = None
    return match.group(1).decode() if match else code


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
