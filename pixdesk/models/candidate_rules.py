"""Candidate fields and their rules, birth place included (reference section 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cached_property
from typing import Any, TypedDict

from pixdesk import language
from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.formats import parse_typed_date
from pixdesk.models.text import clean, fold
from pixdesk.reference import geography
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

MIN_BIRTHDATE = date(1900, 1, 1)
MAX_NAME_LENGTH = 255
EXTRA_TIME_MAX_EXCLUSIVE = 1000
BILLING_MODES = ("FREE", "PAID", "PREPAID")
# The platform's spreadsheet labels (candidate-list-template.billing-mode.*), French source.
BILLING_LABELS = {
    "FREE": QT_TRANSLATE_NOOP("billing", "Gratuite"),
    "PAID": QT_TRANSLATE_NOOP("billing", "Payante"),
    "PREPAID": QT_TRANSLATE_NOOP("billing", "Prépayée"),
}
_BILLING_ALIASES = {
    form: mode
    for mode, label in BILLING_LABELS.items()
    for alias in (mode, *(translate("billing", label, lang) for lang in language.SUPPORTED),
                  {"FREE": "gratuit", "PAID": "payant", "PREPAID": "prepaye"}[mode])
    for form in (alias, fold(alias))
}
COMPLEMENTARY_CERTIFICATIONS = {
    "CLEA": QT_TRANSLATE_NOOP("certifications", "CléA Numérique"),
    "DROIT": QT_TRANSLATE_NOOP("certifications", "Pix+ Droit"),
    "EDU_1ER_DEGRE": QT_TRANSLATE_NOOP("certifications", "Pix+ Édu 1er degré"),
    "EDU_2ND_DEGRE": QT_TRANSLATE_NOOP("certifications", "Pix+ Édu 2nd degré"),
    "PRO_SANTE": QT_TRANSLATE_NOOP("certifications", "Pix+ Pro Santé"),
}
SCO = "SCO"
FOREIGN_INSEE_CODE = "99"  # what the platform takes as the INSEE code of a birth abroad
# Local part and domain of an address; the platform's extra MX check needs a network, so it is not done here.
EMAIL_PATTERN = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


@dataclass
class CandidateInput:
    """Raw candidate data from a form, the command line or a spreadsheet row."""

    last_name: str | None = None
    first_name: str | None = None
    sex: str | None = None
    birthdate: date | str | None = None
    birth_country: str | None = None
    birth_insee_code: str | None = None
    birth_postal_code: str | None = None
    birth_city: str | None = None
    email: str | None = None
    result_recipient_email: str | None = None
    external_id: str | None = None
    extra_time_percentage: int | str | None = None
    billing_mode: str | None = None
    prepayment_code: str | None = None
    complementary_certification: str | None = None


@dataclass
class CandidateValues:
    """Validated, normalised candidate data, ready to store. Read-only by convention: not frozen, because a frozen
    dataclass takes four times longer to build, which a 10,000-row import pays 10,000 times."""

    last_name: str
    first_name: str
    sex: str | None
    birthdate: date
    birth_country: str
    birth_insee_code: str | None
    birth_postal_code: str | None
    birth_city: str | None
    email: str | None
    result_recipient_email: str | None
    external_id: str | None
    extra_time_percentage: int | None
    billing_mode: str | None
    prepayment_code: str | None
    complementary_certification: str | None
    incomplete: bool = False

    @cached_property
    def identity_key(self) -> str:
        return identity_key(self.last_name, self.first_name, self.birthdate)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in VALUE_FIELDS}


VALUE_FIELDS = tuple(f.name for f in fields(CandidateValues))


@dataclass(frozen=True)
class CentrePolicy:
    """What the centre's type decides: SCO centres must leave billing empty, PRO/SUP must fill it.

    A centre whose type is not stated accepts billing either way, checked when given."""

    type: str | None = None
    habilitations: tuple[str, ...] = ()

    @property
    def billing_required(self) -> bool:
        return self.type is not None and self.type != SCO

    @property
    def billing_forbidden(self) -> bool:
        return self.type == SCO


def identity_key(last_name: str, first_name: str, birthdate: date) -> str:
    """A candidate's identity in a session as the platform's import compares it: the names in lower case (accents,
    hyphens and spaces kept: "Hélène" and "Helene" are two people) and the birth date."""
    return f"{last_name.lower()}|{first_name.lower()}|{birthdate.isoformat()}"


def _percent_text(number: Decimal) -> str:
    return format(number.normalize(), "f").replace(".", ",")


def billing_label(mode: str | None, lang: str | None = None) -> str:
    return translate("billing", BILLING_LABELS[mode], lang) if mode else ""


def certification_label(key: str | None, lang: str | None = None) -> str:
    """A complementary certification's name in the user's language; empty for none or an unknown key."""
    label = COMPLEMENTARY_CERTIFICATIONS.get(key or "")
    return translate("certifications", label, lang) if label else ""


def certification_labels(key: str) -> tuple[str, ...]:
    """Its name in every language PixDesk speaks: what a sheet's header or cell may say."""
    return tuple(dict.fromkeys(certification_label(key, lang) for lang in language.SUPPORTED))


def parse_billing_mode(value: str | None) -> str | None:
    text = clean(value)
    if text is None:
        return None
    return _BILLING_ALIASES.get(text) or _BILLING_ALIASES.get(fold(text), "?")


def parse_extra_time(value: int | float | Decimal | str | None) -> tuple[int | None, Decimal | None]:
    """(whole percent or None, the percent typed when it had to be rounded); raises ValueError("integer") or
    ValueError("range"). 0 means no extra time.

    The platform keeps a fraction with two decimals (numeric(3, 2)) below 10: a whole percent, below 1000 %.
    33.5 % is accepted there and stored as 34 %, so it is rounded here the same way (half away from zero)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        raise ValueError("integer")
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        text = value.strip().rstrip("%").strip().replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError("integer") from None
    if not number.is_finite():
        raise ValueError("integer")
    whole = int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if number < 0 or whole >= EXTRA_TIME_MAX_EXCLUSIVE:
        raise ValueError("range")
    return whole or None, (number if whole != number else None)


def validate_candidate(
    data: CandidateInput, policy: CentrePolicy = CentrePolicy(), *, allow_missing_sex: bool = False,
    warnings: list[Problem] | None = None,
) -> CandidateValues:
    """Every broken rule at once, each naming its field. `allow_missing_sex` is for older sheets without it.

    Values accepted but changed (an extra time rounded to the platform's whole percent) are appended to
    `warnings`, when given: they do not stop anything."""
    problems: list[Problem] = []
    last_name, first_name = clean(data.last_name), clean(data.first_name)
    for name, value, code in (
        ("last_name", last_name, "CANDIDATE_LAST_NAME_REQUIRED"),
        ("first_name", first_name, "CANDIDATE_FIRST_NAME_REQUIRED"),
    ):
        if value is None:
            problems.append(Problem(code, name))
        elif len(value) > MAX_NAME_LENGTH:
            problems.append(Problem("CANDIDATE_NAME_TOO_LONG", name, {"max": MAX_NAME_LENGTH}))

    sex = clean(data.sex)
    incomplete = False
    if sex is None:
        if allow_missing_sex:
            incomplete = True
        else:
            problems.append(Problem("CANDIDATE_SEX_REQUIRED", "sex"))
    elif sex.upper() not in ("M", "F"):
        problems.append(Problem("CANDIDATE_SEX_NOT_VALID", "sex", {"value": sex}))
    else:
        sex = sex.upper()

    birthdate = None
    try:
        birthdate = parse_typed_date(data.birthdate)
        if birthdate is None:
            problems.append(Problem("CANDIDATE_BIRTHDATE_REQUIRED", "birthdate"))
        elif birthdate <= MIN_BIRTHDATE:
            problems.append(Problem("CANDIDATE_BIRTHDATE_MUST_BE_GREATER", "birthdate"))
        elif birthdate > date.today():
            problems.append(Problem("CANDIDATE_BIRTHDATE_IN_THE_FUTURE", "birthdate"))
    except ValueError:
        problems.append(Problem("CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID", "birthdate", {"value": data.birthdate}))

    email, recipient = clean(data.email), clean(data.result_recipient_email)
    if email is not None and not EMAIL_PATTERN.match(email):
        problems.append(Problem("CANDIDATE_EMAIL_NOT_VALID", "email", {"value": email}))
    if recipient is not None and not EMAIL_PATTERN.match(recipient):
        problems.append(Problem("CANDIDATE_RESULT_RECIPIENT_EMAIL_NOT_VALID", "result_recipient_email", {"value": recipient}))

    extra_time = None
    try:
        extra_time, typed = parse_extra_time(data.extra_time_percentage)
        if typed is not None and warnings is not None:
            warnings.append(Problem("CANDIDATE_EXTRA_TIME_ROUNDED", "extra_time_percentage",
                                    {"value": _percent_text(typed), "rounded": extra_time or 0}))
    except ValueError as error:
        code = "CANDIDATE_EXTRA_TIME_INTEGER" if str(error) == "integer" else "CANDIDATE_EXTRA_TIME_OUT_OF_RANGE"
        problems.append(Problem(code, "extra_time_percentage", {"value": data.extra_time_percentage}))

    billing_mode, prepayment_code = _check_billing(data, policy, problems)
    complementary = _check_complementary(data.complementary_certification, problems)
    birth = _check_birth_place(data, problems)

    if problems or last_name is None or first_name is None or birthdate is None or birth is None:
        raise ValidationError(problems)
    return CandidateValues(
        last_name=last_name,
        first_name=first_name,
        sex=sex,
        birthdate=birthdate,
        **birth,
        email=email,
        result_recipient_email=recipient,
        external_id=clean(data.external_id),
        extra_time_percentage=extra_time,
        billing_mode=billing_mode,
        prepayment_code=prepayment_code,
        complementary_certification=complementary,
        incomplete=incomplete,
    )


def _check_billing(data: CandidateInput, policy: CentrePolicy, problems: list[Problem]
                   ) -> tuple[str | None, str | None]:
    mode = parse_billing_mode(data.billing_mode)
    code = clean(data.prepayment_code, collapse_spaces=False)
    if policy.billing_forbidden:
        if mode is not None:
            problems.append(Problem("CANDIDATE_BILLING_MODE_MUST_BE_EMPTY", "billing_mode"))
        if code is not None:
            problems.append(Problem("CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY", "prepayment_code"))
        return None, None
    if mode is None:
        if policy.billing_required:
            problems.append(Problem("CANDIDATE_BILLING_MODE_REQUIRED", "billing_mode"))
    elif mode == "?":
        problems.append(Problem("CANDIDATE_BILLING_MODE_NOT_VALID", "billing_mode", {"value": data.billing_mode}))
        mode = None
    if mode == "PREPAID" and code is None:
        problems.append(Problem("CANDIDATE_PREPAYMENT_CODE_REQUIRED", "prepayment_code"))
    elif mode != "PREPAID" and code is not None:
        problems.append(Problem("CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY", "prepayment_code"))
    return mode, code


def _check_complementary(value: str | None, problems: list[Problem]) -> str | None:
    text = clean(value)
    if text is None:
        return None
    key = text.upper().replace(" ", "_").replace("-", "_")
    if key in COMPLEMENTARY_CERTIFICATIONS:
        return key
    for candidate_key in COMPLEMENTARY_CERTIFICATIONS:
        if fold(text) in (fold(label) for label in certification_labels(candidate_key)):
            return candidate_key
    problems.append(Problem("CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID", "complementary_certification", {"value": text}))
    return None


class BirthPlace(TypedDict):
    birth_country: str
    birth_insee_code: str | None
    birth_postal_code: str | None
    birth_city: str | None


def _check_birth_place(data: CandidateInput, problems: list[Problem]) -> BirthPlace | None:
    """The platform's CPF checks, in its order; returns the normalised birth fields (nothing once refused: the
    caller raises the problems)."""
    country_text = clean(data.birth_country)
    insee = clean(data.birth_insee_code)
    postal = clean(data.birth_postal_code)
    city = clean(data.birth_city)

    def fail(code: str, field: str, **params: object) -> BirthPlace | None:
        problems.append(Problem(code, field, params))
        return None

    if not any((country_text, insee, postal, city)):
        return fail("CANDIDATE_BIRTH_INFORMATION_REQUIRED", "birth_country")
    if country_text is None:
        return fail("CANDIDATE_BIRTH_COUNTRY_REQUIRED", "birth_country")
    country = geography.find_country(country_text)
    if country is None:
        return fail("CANDIDATE_BIRTH_COUNTRY_NOT_FOUND", "birth_country", value=country_text)

    if country.code != geography.FRANCE_INSEE_CODE:
        if city is None:
            fail("CANDIDATE_FOREIGN_BIRTH_CITY_REQUIRED", "birth_city")
        if postal is not None:
            fail("CANDIDATE_FOREIGN_POSTAL_CODE_MUST_BE_EMPTY", "birth_postal_code")
        # "99" is the platform's rule; empty (what a centre means) and the country's own code (99131..., what older
        # exports wrote, #3194) are understood too. Stored as the platform takes it: "99".
        if insee is not None and insee not in (FOREIGN_INSEE_CODE, country.code):
            fail("CANDIDATE_FOREIGN_INSEE_CODE_NOT_VALID", "birth_insee_code")
        return {"birth_country": country.common_name, "birth_insee_code": FOREIGN_INSEE_CODE,
                "birth_postal_code": None, "birth_city": city}

    if insee is not None and (postal is not None or city is not None) or not any((insee, postal, city)):
        return fail("CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED", "birth_insee_code")
    if insee is None and postal is None:
        return fail("CANDIDATE_BIRTH_POSTAL_CODE_REQUIRED", "birth_postal_code")
    if insee is None and city is None:
        return fail("CANDIDATE_BIRTH_CITY_REQUIRED", "birth_city")
    if insee is not None:
        commune = geography.commune_by_insee(insee)
        if commune is None and not geography.insee_code_exists(insee):
            return fail("CANDIDATE_BIRTH_INSEE_CODE_NOT_VALID", "birth_insee_code", value=insee)
        # A former commune's code stands for its successor, which the platform's table lists.
        return _french_birth(country, commune.current_insee_code if commune else insee.upper())
    if postal is None or not geography.postal_code_exists(postal):  # (None was refused above)
        return fail("CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND", "birth_postal_code", value=postal)
    match = geography.resolve_postal_code_city(postal, city)
    if match is None:
        return fail("CANDIDATE_BIRTH_POSTAL_CODE_CITY_NOT_VALID", "birth_city", value=postal, city=city)
    code = match.single_insee_code
    if code is not None:
        return _french_birth(country, code)
    # The pair names several communes (a shared routing name): the platform takes the pair itself, as typed.
    return {"birth_country": country.common_name, "birth_insee_code": None, "birth_postal_code": postal,
            "birth_city": city}


def _french_birth(country: geography.Country, insee_code: str) -> BirthPlace:
    """The form the platform's API takes for a birth place in France resolved to one commune: its INSEE code alone
    (a code with a postal code or a city is refused there)."""
    return {"birth_country": country.common_name, "birth_insee_code": insee_code, "birth_postal_code": None,
            "birth_city": None}


def birth_city_name(birth_insee_code: str | None, birth_city: str | None) -> str | None:
    """The birth commune's name to show: the stored city, or the commune a French INSEE code names."""
    if birth_city:
        return birth_city
    if birth_insee_code and not birth_insee_code.startswith(FOREIGN_INSEE_CODE):
        commune = geography.commune_by_insee(birth_insee_code)
        return commune.name if commune else None
    return None
