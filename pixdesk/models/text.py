"""Text folding shared by identity checks, searches and header matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


_COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    folded = strip_accents(text).casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NON_ALNUM.sub(" ", folded).strip()


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form: "Jean-Rémi  D'Arc" -> "jean remi d arc"."""
    # Cached: names, headers and labels come back again and again in a list.
    return _fold(text) if text else ""


# Terminal escape sequences (colours, cursor moves, window titles: CSI, OSC and two-character ESC forms, and
# the 8-bit CSI and OSC), then any other control character: C0 but tab and line breaks, DEL, C1, and the
# bidirectional overrides that make a name read differently from what is stored.
_ESCAPE_SEQUENCE = (r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~])?"
                    r"|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?")
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"{_ESCAPE_SEQUENCE}|[{_CONTROLS}]")


def strip_controls(text: str) -> str:
    """`text` without control characters or terminal escape sequences ("\\x1b[31mDupont\\x07" -> "Dupont");
    tabs and line feeds stay, carriage returns go (they would let a value overwrite a terminal line)."""
    if text.isprintable():  # the usual case, checked in C
        return text
    return _CONTROL.sub("", text).replace("\r", "")


def clean(value: object, *, collapse_spaces: bool = True) -> str | None:
    """Trimmed one-line text: control characters and escape sequences removed, inner whitespace collapsed
    (unless `collapse_spaces` is False: a code typed with two spaces keeps them), or None when blank. Every
    typed or imported field goes through it before the rules see it."""
    if value is None:
        return None
    text = str(value)
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    text = " ".join(text.split()) if collapse_spaces else text.strip()
    return text or None


def clean_multiline(value: object) -> str | None:
    """Free text that may hold several lines (observations): control characters and escape sequences removed,
    line breaks kept as "\\n", trimmed; None when blank."""
    if value is None:
        return None
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()
    return text or None
