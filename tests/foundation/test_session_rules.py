from datetime import date

import pytest

from pixdesk.models.errors import ValidationError
from pixdesk.models.session_rules import (
    SessionInput, compute_status, status_label, validate_session,
)

TODAY = date(2026, 11, 28)
VALID = dict(site="Centre Testix", room="45", date="2026-12-12", time="10:00", examiner="Eric Martin")


def problems(**changes):
    data = SessionInput(**{**VALID, **changes})
    with pytest.raises(ValidationError) as caught:
        validate_session(data, today=TODAY)
    return {(p.code, p.field) for p in caught.value.problems}


@pytest.mark.parametrize("changes, expected", [
    ({"site": ""}, ("SESSION_ADDRESS_REQUIRED", "site")),
    ({"site": "   "}, ("SESSION_ADDRESS_REQUIRED", "site")),
    ({"room": None}, ("SESSION_ROOM_REQUIRED", "room")),
    ({"date": ""}, ("SESSION_DATE_REQUIRED", "date")),
    ({"date": "12 décembre 2026"}, ("SESSION_DATE_NOT_VALID", "date")),
    ({"date": "2026-02-30"}, ("SESSION_DATE_NOT_VALID", "date")),
    ({"date": "2026-11-27"}, ("SESSION_SCHEDULED_IN_THE_PAST", "date")),
    ({"time": ""}, ("SESSION_TIME_REQUIRED", "time")),
    ({"time": "24:00"}, ("SESSION_TIME_NOT_VALID", "time")),
    ({"time": "10h60"}, ("SESSION_TIME_NOT_VALID", "time")),
    ({"time": "dix heures"}, ("SESSION_TIME_NOT_VALID", "time")),
    ({"examiner": ""}, ("SESSION_EXAMINER_REQUIRED", "examiner")),
    ({"site": "x" * 256}, ("SESSION_FIELD_TOO_LONG", "site")),
    ({"description": "x" * 351}, ("SESSION_FIELD_TOO_LONG", "description")),
])
def test_each_session_rule_reports_its_code_and_field(changes, expected):
    assert problems(**changes) == {expected}


def test_all_problems_are_reported_at_once():
    assert problems(site="", room="", date="", time="", examiner="") == {
        ("SESSION_ADDRESS_REQUIRED", "site"), ("SESSION_ROOM_REQUIRED", "room"),
        ("SESSION_DATE_REQUIRED", "date"), ("SESSION_TIME_REQUIRED", "time"),
        ("SESSION_EXAMINER_REQUIRED", "examiner"),
    }


def test_valid_session_is_normalised():
    values = validate_session(SessionInput(**{**VALID, "time": "9h05", "site": "  Centre   Testix "}), today=TODAY)
    assert values.time == "09:05"
    assert values.site == "Centre Testix"
    assert values.date == date(2026, 12, 12)
    assert values.description is None


def test_today_is_allowed_and_past_allowed_when_modifying():
    assert validate_session(SessionInput(**{**VALID, "date": "2026-11-28"}), today=TODAY).date == TODAY
    past = SessionInput(**{**VALID, "date": "2020-01-01"})
    assert validate_session(past, today=TODAY, creating=False).date == date(2020, 1, 1)


def test_messages_are_the_platforms_in_french_and_translated_in_english():
    with pytest.raises(ValidationError) as caught:
        validate_session(SessionInput(**{**VALID, "site": ""}), today=TODAY)
    problem = caught.value.problems[0]
    assert problem.message("fr") == "Veuillez indiquer un nom de site."
    assert problem.message("en") == "Please enter a site name."


@pytest.mark.parametrize("published, officer, finalized, status, label", [
    (None, None, None, "created", "Créée"),
    (None, None, "2026-01-01", "finalized", "Finalisée"),
    (None, "42", "2026-01-01", "in_process", "Finalisée"),
    ("2026-02-01", "42", "2026-01-01", "processed", "Résultats transmis par Pix"),
])
def test_status_is_computed_as_the_platform_does(published, officer, finalized, status, label):
    assert compute_status(published, officer, finalized) == status
    assert status_label(status, "fr") == label
