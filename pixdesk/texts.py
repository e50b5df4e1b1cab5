"""Words outside the window, through the same Qt Linguist catalogues the window uses, read without Qt.

Source strings are French. `translate("context", "Texte français")` returns the current language's version from
`resources/translations/pixdesk_<lang>.ts`; `QT_TRANSLATE_NOOP("context", "…")` marks a text to translate later
(tables of labels). pyside6-lupdate collects both kinds of call from every module, so one `.ts` file per
language holds every word PixDesk shows or prints: a third language is a file to add, not code to change.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from pixdesk import language
from pixdesk.paths import resource_path


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for the catalogue; translate it where it is shown, with the same context."""
    return source


def catalogue_path(lang: str):
    return resource_path("translations", f"pixdesk_{lang}.ts")


@lru_cache(maxsize=None)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation. A missing file or entry falls back to the French source."""
    found: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(catalogue_path(lang)).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text and message.findtext("source"):
                found[(name, message.findtext("source") or "")] = translation.text
    return found


# Each catalogue translates the name of the source language into its own: its name in the Langue menu.
LANGUAGE_NAME = QT_TRANSLATE_NOOP("language", "Français")


def language_name(code: str) -> str:
    return translate("language", LANGUAGE_NAME, code)


def translate(context: str, source: str, lang: str | None = None) -> str:
    lang = lang or language.current()
    if lang == language.SOURCE:
        return source
    return _catalogue(lang).get((context, source), source)
