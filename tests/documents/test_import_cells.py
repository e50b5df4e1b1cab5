"""Reading real-world cells: dates typed every way, codes that lost their zero, extra time in three forms."""

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from pixdesk.documents.cell_values import (
    CellTooLong, FractionOutOfRange, IgnoredCell, code_value, date_value, extra_time_value, ignored_tick, text_value,
    time_value, yes_value,
)

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("cell, expected", [
    (date(1996, 3, 13), date(1996, 3, 13)),
    (datetime(1996, 3, 13, 0, 0), date(1996, 3, 13)),
    ("13/03/1996", date(1996, 3, 13)),
    ("13/3/96", date(1996, 3, 13)),
    ("6/5/01", date(2001, 5, 6)),
    ("22/9/87", date(1987, 9, 22)),
    ("1/1/26", date(2026, 1, 1)),  # not after the current year: 20xx
    ("1/1/27", date(1927, 1, 1)),  # after it: 19xx
    ("1996-03-13", date(1996, 3, 13)),
    (" 13.03.1996 ", date(1996, 3, 13)),
    ("", None),
    (None, None),
])
def test_dates(cell, expected):
    assert date_value(cell, TODAY) == expected


@pytest.mark.parametrize("cell", ["31/02/1990", "13 mars 1996", "1996", 1996.0, "13/03", "2001-13-01"])
def test_dates_that_are_not(cell):
    with pytest.raises(ValueError):
        date_value(cell, TODAY)


@pytest.mark.parametrize("cell, expected", [
    (1053.0, "01053"), ("1053", "01053"), (75011.0, "75011"), ("2A004", "2A004"), ("99", "99"), (99.0, "99"),
    (" 06088 ", "06088"), (None, None),
])
def test_codes_get_their_leading_zero_back(cell, expected):
    assert code_value(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    # a number cell is the fraction the platform reads: a "33 %" cell is 0.33, a "150 %" one 1.5
    (0.33, 33), (0.5, 50), (1.5, 150), (9.99, 999), (0.0, 0), (0.333, Decimal("33.3")), (0.335, Decimal("33.5")),
    # text is a percentage as typed, or a fraction below 1
    ("33 %", 33), ("33%", 33), ("33", 33), ("33,5 %", Decimal("33.5")), (" 150 ", 150), ("0.33", 33), ("0", 0),
    ("", None), (None, None),
])
def test_extra_time(cell, expected):
    assert extra_time_value(cell) == expected


@pytest.mark.parametrize("cell", [10.0, 33.0, 1000.0])
def test_a_number_cell_of_10_or_more_is_1000_percent_or_more(cell):
    with pytest.raises(FractionOutOfRange) as caught:
        extra_time_value(cell)
    assert caught.value.percent == Decimal(repr(cell)) * 100


@pytest.mark.parametrize("cell", ["abc", "un tiers", "33 % + 10", True])
def test_extra_time_text_the_platform_drops(cell):
    with pytest.raises(IgnoredCell):
        extra_time_value(cell)


def test_text_of_numbers_and_long_cells():
    assert text_value(12345.0) == "12345"
    assert text_value("  Jean   Rémi ") == "Jean Rémi"
    assert text_value("   ") is None
    with pytest.raises(CellTooLong):
        text_value("x" * 1001)


def test_times_and_ticks():
    assert time_value(time(9, 5)) == "09:05"
    assert time_value("9h05") == "09:05"
    assert time_value("14:30") == "14:30"
    assert yes_value("Oui") and yes_value("x") and yes_value("YES")
    assert not yes_value("non") and not yes_value(None)
    assert ignored_tick("peut-être") == "peut-être"
    assert ignored_tick("oui") is None and ignored_tick("Non") is None and ignored_tick(None) is None
