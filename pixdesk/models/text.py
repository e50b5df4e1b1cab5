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


def clean(value: object) -> str | None:
    """Trimmed text with inner whitespace collapsed, or None when blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
