"""Turning spreadsheet cells into the values the candidate rules expect.

Cells arrive typed from calamine (str, float, int, bool, date, datetime, time) or as text from a CSV file. Each
function takes one cell and either returns the value or raises ValueError, which the importer turns into a line
problem naming the column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from pixdesk.models.formats import parse_typed_date, parse_typed_time
from pixdesk.reference.geography import pad_code

MAX_CELL_LENGTH = 1000



class CellTooLong(ValueError):
    """A cell longer than any real value: refused before it reaches the rules or the store."""


def is_blank(cell: object) -> bool:
    return cell is None or cell == "" or (isinstance(cell, str) and not cell.strip())


def text_value(cell: object) -> str | None:
    """Trimmed text; whole numbers lose their ".0" (an external id typed as a number stays "12345")."""
    if cell is None:
        return None
    if isinstance(cell, str):
        if len(cell) > MAX_CELL_LENGTH:
            raise CellTooLong(len(cell))
        text = " ".join(cell.split())
        return text or None
    if isinstance(cell, bool):
        return "oui" if cell else None
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(sep=" ")
    if isinstance(cell, (date, time)):
        return cell.isoformat()
    return str(cell)


def rule_text(cell: object) -> str | None:
    """Text for a field the candidate rules trim themselves: only the length is checked here, so a 10,000-row
    import does not clean every cell twice."""
    if type(cell) is str:
        if len(cell) > MAX_CELL_LENGTH:
            raise CellTooLong(len(cell))
        return None if cell.isspace() else cell
    return text_value(cell)


def code_value(cell: object) -> str | None:
    """INSEE or postal code: 1053.0 or "1053" becomes "01053" (spreadsheets drop the zero); "99" and "2A004" stay."""
    text = text_value(cell)
    if text is None:
        return None
    return pad_code(text)


def date_value(cell: object, today: date | None = None) -> date | None:
    """A date cell, or text JJ/MM/AAAA, J/M/AA or AAAA-MM-JJ. Anything else raises ValueError."""
    if is_blank(cell):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if not isinstance(cell, str):
        # A bare number is not a date the user can see as one (e.g. 1996 typed alone): say so rather than guess.
        raise ValueError(cell)
    text = cell.strip()
    if len(text) > MAX_CELL_LENGTH:
        raise CellTooLong(len(text))
    return parse_typed_date(text, today)


def time_value(cell: object) -> str | None:
    """"HH:MM" from a time cell, a date-time cell or text ("9:05", "9h05"); other text is passed on to the rules."""
    if is_blank(cell):
        return None
    if isinstance(cell, (time, datetime)):
        return f"{cell.hour:02d}:{cell.minute:02d}"
    return parse_typed_time(text_value(cell))


class IgnoredCell(ValueError):
    """A value the platform's import silently drops: the import goes on without it, and says so."""


class FractionOutOfRange(ValueError):
    """A number cell the platform reads as a fraction of 10 or more (1000 %), which it refuses."""

    def __init__(self, cell: float, percent: Decimal):
        super().__init__(cell)
        self.cell, self.percent = cell, percent


_EXTRA_TIME_TEXT = re.compile(r"([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*(%?)")


def extra_time_value(cell: object) -> Decimal | None:
    """Extra time as a percent, read as the platform reads the cell.

    A number cell is the fraction the platform stores: 0.33 (a "33 %" cell) is 33 %, 1.5 is 150 %; 10 (1000 %) or
    more raises FractionOutOfRange, which the platform refuses too. Text is what a centre typed: "33 %", "33" or
    "33,5" is a percent (as the platform's session import reads it), "0.33" a fraction. Any other text ("abc") is
    dropped by the platform's import: IgnoredCell."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        raise IgnoredCell(text_value(cell) or str(cell))
    if isinstance(cell, (int, float)):
        percent = Decimal(repr(cell)) * 100
        if cell >= 10:
            raise FractionOutOfRange(cell, percent)
        return percent
    text = text_value(cell)
    match = _EXTRA_TIME_TEXT.fullmatch(text)
    if match is None:
        raise IgnoredCell(text)
    number = Decimal(match.group(1).replace(",", "."))
    if not match.group(2) and 0 < number < 1:
        return number * 100
    return number


YES_VALUES = frozenset({"oui", "yes", "x"})
NO_VALUES = frozenset({"non", "no", "0", "false", "faux"})


def yes_value(cell: object) -> bool:
    """A tick in a "oui ou laisser vide" column."""
    text = text_value(cell)
    return text is not None and text.casefold() in YES_VALUES


def ignored_tick(cell: object) -> str | None:
    """A filled "oui ou laisser vide" cell that is neither yes nor no: the platform drops it, so it is reported."""
    try:
        text = text_value(cell)
    except CellTooLong:
        return None
    if text is None or text.casefold() in YES_VALUES or text.casefold() in NO_VALUES:
        return None
    return text
