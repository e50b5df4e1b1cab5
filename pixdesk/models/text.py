"""Text folding shared by identity checks, searches and header matching."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form: "Jean-Rémi  D'Arc" -> "jean remi d arc"."""
    if not text:
        return ""
    folded = strip_accents(text).casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NON_ALNUM.sub(" ", folded).strip()


def clean(value: object) -> str | None:
    """Trimmed text with inner whitespace collapsed, or None when blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
