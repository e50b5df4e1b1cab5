"""Dates, times and percentages: read once from what people type, written once for them to read."""

from datetime import date

import pytest

from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.formats import format_date, format_percent, parse_typed_date, parse_typed_time
from pixdesk.models.session_rules import SessionInput, validate_session

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("typed, expected", [
    ("13/03/1996", date(1996, 3, 13)), ("6/5/2001", date(2001, 5, 6)), ("6.5.2001", date(2001, 5, 6)),
    ("6-5-2001", date(2001, 5, 6)), (" 06 / 05 / 2001 ", date(2001, 5, 6)), ("2001-05-06", date(2001, 5, 6)),
    ("6/5/01", date(2001, 5, 6)), ("6/5/26", date(2026, 5, 6)), ("6/5/27", date(1927, 5, 6)),
    ("", None), (None, None), (date(2001, 5, 6), date(2001, 5, 6)),
])
def test_typed_dates_are_read_day_first_with_the_platforms_two_digit_years(typed, expected):
    assert parse_typed_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["13 mars 1996", "31/02/1996", "1996", "05/2001", "2001/05/06"])
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(ValueError):
        parse_typed_date(typed, TODAY)


@pytest.mark.parametrize("typed, expected", [("9h05", "09:05"), ("9:05", "09:05"), ("14 h 30", "14:30"),
                                             ("09:05:00", "09:05"), ("midi", "midi"), ("", None)])
def test_typed_times_become_hh_mm_or_stay_for_the_rule_to_name(typed, expected):
    assert parse_typed_time(typed) == expected


def test_written_forms_follow_the_language():
    assert format_date(date(1996, 3, 13), "fr") == "13/03/1996"
    assert format_date(date(1996, 3, 13), "en") == "13/03/1996"
    assert format_date(None) == ""
    assert format_percent(33, "fr") == "33 %"
    assert format_percent(33, "en") == "33%"
    assert format_percent(None, "fr") == format_percent(0, "fr") == ""


def test_rules_accept_dates_as_a_centre_types_them():
    values = validate_candidate(CandidateInput(last_name="Dupont", first_name="Julie", sex="F", birthdate="6/5/2001",
                                               birth_country="France", birth_insee_code="76351"))
    assert values.birthdate == date(2001, 5, 6)
    session = validate_session(SessionInput(site="Centre", room="Salle 1", date="15/06/2031", time="9h05",
                                            examiner="Eric"), creating=False)
    assert (session.date, session.time) == (date(2031, 6, 15), "09:05")
