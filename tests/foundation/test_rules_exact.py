"""The rules' answers to the letter: each refusal's code, field and parameters (what the window, the command line
and the server build their messages from), the edges of each limit, and the labels in each language.

Written against the survivors of a mutation run (see the issue-13 note): each test here fails for some change to
the rules that every other test let through."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlmodel.sql.sqltypes import UTCDateTime

from pixdesk.models.candidate_rules import (
    MAX_NAME_LENGTH,
    CandidateInput,
    billing_label,
    birth_city_name,
    certification_label,
    certification_labels,
    identity_key,
    parse_extra_time,
    validate_candidate,
)
from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.session_rules import status_label
from pixdesk.services.changes import _kind

JULIE = CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351")


def problems_of(data: CandidateInput, **kwargs) -> list[Problem]:
    with pytest.raises(ValidationError) as refused:
        validate_candidate(data, **kwargs)
    return refused.value.problems


def test_a_name_may_have_up_to_255_characters_not_one_more():
    longest = "A" * MAX_NAME_LENGTH
    assert validate_candidate(replace(JULIE, last_name=longest, first_name=longest)).last_name == longest
    refused = problems_of(replace(JULIE, last_name=longest + "B", first_name=longest + "B"))
    assert refused == [Problem("CANDIDATE_NAME_TOO_LONG", "last_name", {"max": 255}),
                       Problem("CANDIDATE_NAME_TOO_LONG", "first_name", {"max": 255})]
    assert refused[0].message() == "Ce champ ne peut pas dépasser 255 caractères."


def test_each_refusal_names_its_field_and_the_value_at_fault():
    assert problems_of(replace(JULIE, sex="X", birthdate="13/13/1996", email="julie@", result_recipient_email="@x",
                               extra_time_percentage="beaucoup", billing_mode="offert",
                               complementary_certification="Pix+ Cuisine", birth_insee_code=None,
                               birth_country="Atlantide")) == [
        Problem("CANDIDATE_SEX_NOT_VALID", "sex", {"value": "X"}),
        Problem("CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID", "birthdate", {"value": "13/13/1996"}),
        Problem("CANDIDATE_EMAIL_NOT_VALID", "email", {"value": "julie@"}),
        Problem("CANDIDATE_RESULT_RECIPIENT_EMAIL_NOT_VALID", "result_recipient_email", {"value": "@x"}),
        Problem("CANDIDATE_EXTRA_TIME_INTEGER", "extra_time_percentage", {"value": "beaucoup"}),
        Problem("CANDIDATE_BILLING_MODE_NOT_VALID", "billing_mode", {"value": "offert"}),
        Problem("CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID", "complementary_certification",
                {"value": "Pix+ Cuisine"}),
        Problem("CANDIDATE_BIRTH_COUNTRY_NOT_FOUND", "birth_country", {"value": "Atlantide"}),
    ]


def test_an_unknown_insee_code_is_named():
    assert problems_of(replace(JULIE, birth_insee_code="00000")) == [
        Problem("CANDIDATE_BIRTH_INSEE_CODE_NOT_VALID", "birth_insee_code", {"value": "00000"})]


def test_extra_time_out_of_range_is_told_apart_from_a_non_number():
    assert problems_of(replace(JULIE, extra_time_percentage="1000")) == [
        Problem("CANDIDATE_EXTRA_TIME_OUT_OF_RANGE", "extra_time_percentage", {"value": "1000"})]
    assert problems_of(replace(JULIE, extra_time_percentage=True)) == [
        Problem("CANDIDATE_EXTRA_TIME_INTEGER", "extra_time_percentage", {"value": True})]


@pytest.mark.parametrize(("typed", "reason"), [
    (True, "integer"), ("un tiers", "integer"), ("inf", "integer"), ("NaN", "integer"),
    ("-1", "range"), ("999,5", "range"), (1000, "range"),
])
def test_extra_time_says_why_it_is_refused(typed, reason):
    with pytest.raises(ValueError) as refused:
        parse_extra_time(typed)
    assert str(refused.value) == reason


@pytest.mark.parametrize(("typed", "read"), [
    ("33", (33, None)), (" 33 % ", (33, None)), ("33,0", (33, None)), ("33,5 %", (34, Decimal("33.5"))),
    ("0", (None, None)), ("", (None, None)), (None, (None, None)), (999, (999, None)),
])
def test_extra_time_is_read_as_the_platform_reads_it(typed, read):
    assert parse_extra_time(typed) == read


def test_a_rounded_extra_time_is_a_warning_that_quotes_what_was_typed():
    warnings: list[Problem] = []
    assert validate_candidate(replace(JULIE, extra_time_percentage="33,5 %"), warnings=warnings
                              ).extra_time_percentage == 34
    assert warnings == [Problem("CANDIDATE_EXTRA_TIME_ROUNDED", "extra_time_percentage",
                                {"value": "33,5", "rounded": 34})]


def test_born_today_is_accepted_born_tomorrow_is_not():
    today = date.today()
    assert validate_candidate(replace(JULIE, birthdate=today)).birthdate == today
    assert problems_of(replace(JULIE, birthdate=date.fromordinal(today.toordinal() + 1))) == [
        Problem("CANDIDATE_BIRTHDATE_IN_THE_FUTURE", "birthdate")]


def test_identity_key_is_both_names_and_the_birth_date():
    assert identity_key("Dupont", "Julie", date(1996, 3, 13)) == "dupont|julie|1996-03-13"


def test_labels_in_each_language():
    assert status_label("created", "fr") == "Créée" and status_label("created", "en") == "Created"
    assert certification_label("EDU_1ER_DEGRE", "fr") == "Pix+ Édu 1er degré"
    assert certification_label("EDU_1ER_DEGRE", "en") == "Pix+ Edu primary"
    assert certification_label(None) == "" and certification_label("CUISINE") == ""
    assert certification_labels("EDU_1ER_DEGRE") == ("Pix+ Édu 1er degré", "Pix+ Edu primary")
    assert billing_label(None) == "" and billing_label("FREE", "en") == "Free"


def test_birth_city_name_shows_the_commune_of_a_french_code_only():
    assert birth_city_name(None, None) is None
    assert birth_city_name("99", None) is None  # abroad: the city is what was typed, or nothing
    assert birth_city_name("00000", None) is None
    assert birth_city_name("76351", None) == "Le Havre"
    assert birth_city_name("76351", "Sainte-Adresse") == "Sainte-Adresse"


@pytest.mark.parametrize(("sql_type", "kind"), [
    (DateTime(), "datetime"), (UTCDateTime(), "datetime"), (Date(), "date"), (Boolean(), "bool"),
    (Integer(), "plain"), (String(), "plain"),
])
def test_each_column_type_has_its_json_form(sql_type, kind):
    assert _kind(sql_type) == kind
