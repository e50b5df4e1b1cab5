from datetime import date

import pytest

from pixdesk.models.candidate_rules import CandidateInput, CentrePolicy, birth_city_name, validate_candidate
from pixdesk.models.errors import ValidationError

VALID = dict(last_name="Dupont", first_name="Julie", sex="F", birthdate="1996-03-13",
             birth_country="France", birth_insee_code="76351")
SCO, PRO, UNSTATED = CentrePolicy("SCO"), CentrePolicy("PRO"), CentrePolicy(None)


def codes(policy=UNSTATED, **changes):
    with pytest.raises(ValidationError) as caught:
        validate_candidate(CandidateInput(**{**VALID, **changes}), policy)
    return {(p.code, p.field) for p in caught.value.problems}


@pytest.mark.parametrize("changes, expected", [
    ({"last_name": " "}, ("CANDIDATE_LAST_NAME_REQUIRED", "last_name")),
    ({"first_name": None}, ("CANDIDATE_FIRST_NAME_REQUIRED", "first_name")),
    ({"sex": ""}, ("CANDIDATE_SEX_REQUIRED", "sex")),
    ({"sex": "H"}, ("CANDIDATE_SEX_NOT_VALID", "sex")),
    ({"birthdate": None}, ("CANDIDATE_BIRTHDATE_REQUIRED", "birthdate")),
    ({"birthdate": "13 mars 1996"}, ("CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID", "birthdate")),
    ({"birthdate": "31/02/1996"}, ("CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID", "birthdate")),
    ({"birthdate": "1996-02-30"}, ("CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID", "birthdate")),
    ({"birthdate": "1900-01-01"}, ("CANDIDATE_BIRTHDATE_MUST_BE_GREATER", "birthdate")),
    ({"birthdate": "1899-12-31"}, ("CANDIDATE_BIRTHDATE_MUST_BE_GREATER", "birthdate")),
    ({"email": "julie.dupont@"}, ("CANDIDATE_EMAIL_NOT_VALID", "email")),
    ({"email": "julie dupont@gmail.com"}, ("CANDIDATE_EMAIL_NOT_VALID", "email")),
    ({"result_recipient_email": "formateur@localhost"},
     ("CANDIDATE_RESULT_RECIPIENT_EMAIL_NOT_VALID", "result_recipient_email")),
    ({"extra_time_percentage": "un tiers"}, ("CANDIDATE_EXTRA_TIME_INTEGER", "extra_time_percentage")),
    ({"extra_time_percentage": "999.5"}, ("CANDIDATE_EXTRA_TIME_OUT_OF_RANGE", "extra_time_percentage")),
    ({"extra_time_percentage": -5}, ("CANDIDATE_EXTRA_TIME_OUT_OF_RANGE", "extra_time_percentage")),
    ({"extra_time_percentage": 1000}, ("CANDIDATE_EXTRA_TIME_OUT_OF_RANGE", "extra_time_percentage")),
    ({"billing_mode": "Offerte"}, ("CANDIDATE_BILLING_MODE_NOT_VALID", "billing_mode")),
    ({"billing_mode": "PREPAID"}, ("CANDIDATE_PREPAYMENT_CODE_REQUIRED", "prepayment_code")),
    ({"billing_mode": "FREE", "prepayment_code": "12345678912345/FACT12345"},
     ("CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY", "prepayment_code")),
    ({"complementary_certification": "PIX_MUSIQUE"},
     ("CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID", "complementary_certification")),
])
def test_each_field_rule_reports_its_code_and_field(changes, expected):
    assert codes(**changes) == {expected}


@pytest.mark.parametrize("policy, changes, expected", [
    (PRO, {}, ("CANDIDATE_BILLING_MODE_REQUIRED", "billing_mode")),
    (SCO, {"billing_mode": "FREE"}, ("CANDIDATE_BILLING_MODE_MUST_BE_EMPTY", "billing_mode")),
    (SCO, {"prepayment_code": "X"}, ("CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY", "prepayment_code")),
])
def test_billing_rules_follow_the_centre_type(policy, changes, expected):
    assert codes(policy, **changes) == {expected}


@pytest.mark.parametrize("label, mode", [("Gratuite", "FREE"), ("payante", "PAID"), ("PRÉPAYÉE", "PREPAID"),
                                         ("Prepaid", "PREPAID"), ("FREE", "FREE")])
def test_billing_labels_in_french_and_english(label, mode):
    code = "12345678912345/FACT12345" if mode == "PREPAID" else None
    values = validate_candidate(CandidateInput(**VALID, billing_mode=label, prepayment_code=code), PRO)
    assert values.billing_mode == mode
    assert values.prepayment_code == code


# Birth place: the platform's CPF checks (reference section 2), in its order.
@pytest.mark.parametrize("birth, expected", [
    (dict(birth_country=None, birth_insee_code=None), ("CANDIDATE_BIRTH_INFORMATION_REQUIRED", "birth_country")),
    (dict(birth_country=None), ("CANDIDATE_BIRTH_COUNTRY_REQUIRED", "birth_country")),
    (dict(birth_country="Atlantide"), ("CANDIDATE_BIRTH_COUNTRY_NOT_FOUND", "birth_country")),
    (dict(birth_country="Belgique", birth_insee_code="99"), ("CANDIDATE_FOREIGN_BIRTH_CITY_REQUIRED", "birth_city")),
    (dict(birth_country="Belgique", birth_insee_code=None, birth_city="Liège", birth_postal_code="4000"),
     ("CANDIDATE_FOREIGN_POSTAL_CODE_MUST_BE_EMPTY", "birth_postal_code")),
    (dict(birth_country="Belgique", birth_insee_code="76351", birth_city="Liège"),
     ("CANDIDATE_FOREIGN_INSEE_CODE_NOT_VALID", "birth_insee_code")),
    (dict(birth_insee_code=None),
     ("CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED", "birth_insee_code")),
    (dict(birth_postal_code="76600"),
     ("CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED", "birth_insee_code")),
    (dict(birth_city="Le Havre"),
     ("CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED", "birth_insee_code")),
    (dict(birth_insee_code=None, birth_city="Le Havre"), ("CANDIDATE_BIRTH_POSTAL_CODE_REQUIRED", "birth_postal_code")),
    (dict(birth_insee_code=None, birth_postal_code="76600"), ("CANDIDATE_BIRTH_CITY_REQUIRED", "birth_city")),
    (dict(birth_insee_code="76999"), ("CANDIDATE_BIRTH_INSEE_CODE_NOT_VALID", "birth_insee_code")),
    (dict(birth_insee_code=None, birth_postal_code="76999", birth_city="Le Havre"),
     ("CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND", "birth_postal_code")),
    (dict(birth_insee_code=None, birth_postal_code="76600", birth_city="Lyon"),
     ("CANDIDATE_BIRTH_POSTAL_CODE_CITY_NOT_VALID", "birth_city")),
])
def test_birth_place_rules(birth, expected):
    assert codes(**birth) == {expected}


def birth(values):
    return values.birth_country, values.birth_insee_code, values.birth_postal_code, values.birth_city


def test_insee_code_alone_is_stored_alone_as_the_platform_takes_it():
    values = validate_candidate(CandidateInput(**VALID))
    assert birth(values) == ("France", "76351", None, None)
    assert birth_city_name(values.birth_insee_code, values.birth_city) == "Le Havre"


def test_a_former_communes_insee_code_stands_for_its_successor():
    # Bléville merged into Le Havre in 1953: the platform's table only lists Le Havre
    values = validate_candidate(CandidateInput(**{**VALID, "birth_insee_code": "76102"}))
    assert birth(values) == ("France", "76351", None, None)


@pytest.mark.parametrize("postal, city, insee", [
    ("76600", "le havre", "76351"), ("76600", "LE HAVRE", "76351"), ("42000", "Saint-Étienne", "42218"),
    ("42000", "SAINT ETIENNE", "42218"), ("42000", "St-Etienne", "42218"), ("75012", "Paris 12e arrondissement", "75112"),
    ("75011", "Paris", "75111"), ("38520", "Huez", "38191"),
])
def test_postal_code_and_commune_are_stored_as_the_communes_insee_code(postal, city, insee):
    values = validate_candidate(CandidateInput(**{**VALID, "birth_insee_code": None,
                                                  "birth_postal_code": postal, "birth_city": city}))
    assert birth(values) == ("France", insee, None, None)


def test_a_pair_naming_several_communes_is_kept_as_typed():
    # PORTICCIO is La Poste's routing name for six communes under 20166: as on the platform, the pair itself is
    # what is stored and sent.
    values = validate_candidate(CandidateInput(**{**VALID, "birth_insee_code": None, "birth_postal_code": "20166",
                                                  "birth_city": "Porticcio"}))
    assert birth(values) == ("France", None, "20166", "Porticcio")


def test_anagrams_the_platform_confuses_are_told_apart_by_their_spelling():
    for city, insee in (("Bois-lès-Pargny", "02096"), ("Pargny-les-Bois", "02591")):
        values = validate_candidate(CandidateInput(**{**VALID, "birth_insee_code": None,
                                                      "birth_postal_code": "02270", "birth_city": city}))
        assert birth(values) == ("France", insee, None, None)


@pytest.mark.parametrize("country, insee", [("Belgique", "99"), ("BELGIQUE", None), ("99131", "99131")])
def test_foreign_birth_needs_only_the_city_and_stores_99(country, insee):
    values = validate_candidate(CandidateInput(**{**VALID, "birth_country": country, "birth_insee_code": insee,
                                                  "birth_city": "Liège"}))
    assert birth(values) == ("Belgique", "99", None, "Liège")


def test_values_are_normalised():
    values = validate_candidate(CandidateInput(**{**VALID, "sex": "f", "last_name": "  Du   Pont ",
                                                  "extra_time_percentage": "33 %", "email": " j@example.fr "}))
    assert (values.sex, values.last_name, values.extra_time_percentage, values.email) == (
        "F", "Du Pont", 33, "j@example.fr")
    assert values.birthdate == date(1996, 3, 13)
    assert validate_candidate(CandidateInput(**{**VALID, "extra_time_percentage": 0})).extra_time_percentage is None


@pytest.mark.parametrize("typed, stored, rounded", [
    ("150", 150, False), (150, 150, False), ("33 %", 33, False), ("999", 999, False), ("1", 1, False),
    (0.4, None, True), ("12,5", 13, True),
])
def test_extra_time_is_a_whole_percent_below_1000(typed, stored, rounded):
    warnings = []
    values = validate_candidate(CandidateInput(**{**VALID, "extra_time_percentage": typed}), warnings=warnings)
    assert values.extra_time_percentage == stored
    assert [w.code for w in warnings] == (["CANDIDATE_EXTRA_TIME_ROUNDED"] if rounded else [])


def test_extra_time_with_a_decimal_is_rounded_as_the_platform_stores_it_and_says_so():
    # The platform accepts 0.335 (Joi: a number in [0, 10)) and keeps numeric(3, 2): 0.34
    warnings = []
    values = validate_candidate(CandidateInput(**{**VALID, "extra_time_percentage": "33,5 %"}), warnings=warnings)
    assert values.extra_time_percentage == 34
    [warning] = warnings
    assert (warning.code, warning.field) == ("CANDIDATE_EXTRA_TIME_ROUNDED", "extra_time_percentage")
    assert warning.message("fr") == "Temps majoré 33,5 % arrondi à 34 % : la plateforme l'enregistre au pour cent près"
    assert validate_candidate(CandidateInput(**{**VALID, "extra_time_percentage": 12.5})).extra_time_percentage == 13


def test_identity_is_the_platforms_lower_case_names_and_birth_date():
    helene = validate_candidate(CandidateInput(**{**VALID, "first_name": "Hélène"}))
    helene_without_accent = validate_candidate(CandidateInput(**{**VALID, "first_name": "Helene"}))
    helene_upper = validate_candidate(CandidateInput(**{**VALID, "first_name": "HÉLÈNE", "last_name": "DUPONT"}))
    assert helene.identity_key != helene_without_accent.identity_key
    assert helene.identity_key == helene_upper.identity_key == "dupont|hélène|1996-03-13"


def test_missing_sex_is_allowed_only_for_older_sheets_and_flags_the_candidate():
    values = validate_candidate(CandidateInput(**{**VALID, "sex": None}), allow_missing_sex=True)
    assert values.incomplete is True and values.sex is None


def test_every_problem_is_reported_at_once():
    found = codes(last_name="", sex="X", birthdate="1850-01-01", email="nope", birth_country="Atlantide")
    assert {code for code, _ in found} == {
        "CANDIDATE_LAST_NAME_REQUIRED", "CANDIDATE_SEX_NOT_VALID", "CANDIDATE_BIRTHDATE_MUST_BE_GREATER",
        "CANDIDATE_EMAIL_NOT_VALID", "CANDIDATE_BIRTH_COUNTRY_NOT_FOUND"}


def test_messages_exist_in_both_languages_for_every_code():
    from pixdesk.models.messages import MESSAGES, message

    for code in MESSAGES:
        fr, en = message(code, "fr"), message(code, "en")
        assert fr and en and fr != en, code
