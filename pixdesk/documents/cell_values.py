"""Turning spreadsheet cells into the values the candidate rules expect.

Cells arrive typed from calamine (str, float, int, bool, date, datetime, time) or as text from a CSV file. Each
function takes one cell and either returns the value or raises ValueError, which the importer turns into a line
problem naming the column.
"""

from __future__ import annotations

from datetime import date, datetime, time

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


def extra_time_value(cell: object) -> int | float | str | None:
    """Extra time as a whole percent when it can be read as one: 33, "33 %", or 0.33 from a percentage cell.

    A number strictly between 0 and 1 can only be a percentage-formatted cell (the rules accept 1 to 999 %),
    so it is read as a fraction. Other values go to the rules unchanged, which name what is wrong.
    """
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, (int, float)):
        if 0 < cell < 1:
            percent = round(cell * 100, 6)
            return int(percent) if percent.is_integer() else percent
        return int(cell) if float(cell).is_integer() else cell
    return text_value(cell)


YES_VALUES = frozenset({"oui", "yes", "x"})


def yes_value(cell: object) -> bool:
    """A tick in a "oui ou laisser vide" column."""
    text = text_value(cell)
    return text is not None and text.casefold() in YES_VALUES
