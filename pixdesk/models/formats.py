"""How dates, times and percentages are read from what people type and written for them to read, once.

Written forms follow the language: their patterns are words of the catalogue (context "formats"), so a
language that writes dates differently changes them in its .ts, not in code.
"""

from __future__ import annotations

import re
from datetime import date

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

DATE_PATTERN = QT_TRANSLATE_NOOP("formats", "%d/%m/%Y")
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("formats", "jj/mm/aaaa")
PERCENT_PATTERN = QT_TRANSLATE_NOOP("formats", "{value} %")

LONG_DATE_PATTERN = QT_TRANSLATE_NOOP("formats", "{weekday} {day} {month} {year}")
WEEKDAYS = (QT_TRANSLATE_NOOP("formats", "lundi"), QT_TRANSLATE_NOOP("formats", "mardi"),
            QT_TRANSLATE_NOOP("formats", "mercredi"), QT_TRANSLATE_NOOP("formats", "jeudi"),
            QT_TRANSLATE_NOOP("formats", "vendredi"), QT_TRANSLATE_NOOP("formats", "samedi"),
            QT_TRANSLATE_NOOP("formats", "dimanche"))
MONTHS = (QT_TRANSLATE_NOOP("formats", "janvier"), QT_TRANSLATE_NOOP("formats", "février"),
          QT_TRANSLATE_NOOP("formats", "mars"), QT_TRANSLATE_NOOP("formats", "avril"),
          QT_TRANSLATE_NOOP("formats", "mai"), QT_TRANSLATE_NOOP("formats", "juin"),
          QT_TRANSLATE_NOOP("formats", "juillet"), QT_TRANSLATE_NOOP("formats", "août"),
          QT_TRANSLATE_NOOP("formats", "septembre"), QT_TRANSLATE_NOOP("formats", "octobre"),
          QT_TRANSLATE_NOOP("formats", "novembre"), QT_TRANSLATE_NOOP("formats", "décembre"))

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+)?")
_TIME = re.compile(r"(\d{1,2})\s*[:hH]\s*(\d{2})(?::\d{2})?")


def _two_digit_year(year: int, today: date) -> int:
    # The platform's rule: 20xx unless that is after the current year, then 19xx.
    full = 2000 + year
    return full if full <= today.year else 1900 + year


def parse_typed_date(value: date | str | None, today: date | None = None) -> date | None:
    """A date as people type it: 13/03/1996, 6/5/01, 6.5.2001, 6-5-2001 (day first, as in France) or ISO
    2001-05-06. None when blank; ValueError when it is not a date."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    match = _DAY_MONTH_YEAR.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year = _two_digit_year(year, today or date.today())
        return date(year, month, day)
    match = _ISO_DATE.fullmatch(text)
    if match:
        return date(*(int(part) for part in match.groups()))
    raise ValueError(text)


def parse_typed_time(value: str | None) -> str | None:
    """"9:05", "9h05", "09:05:00" become the platform's HH:MM; other text comes back as typed, for the rule to
    name what is wrong with it."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    return text


def format_date(value: date | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    return value.strftime(translate("formats", DATE_PATTERN, lang))


def long_date(day: date, lang: str | None = None) -> str:
    """"mardi 12 janvier 2021": written out here because the OS locale may not be French (or installed)."""
    return translate("formats", LONG_DATE_PATTERN, lang).format(
        weekday=translate("formats", WEEKDAYS[day.weekday()], lang), day=day.day,
        month=translate("formats", MONTHS[day.month - 1], lang), year=day.year)


def format_percent(value: int | float | None, lang: str | None = None) -> str:
    """Extra time as people read it ("33 %" in French); empty for none."""
    if not value:
        return ""
    return translate("formats", PERCENT_PATTERN, lang).format(value=value)
