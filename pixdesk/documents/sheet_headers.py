"""Finding the header row of a sheet and which column holds which field.

Headers are matched by folded text (case, accents, asterisks, "?", line breaks and extra spaces ignored), first
against the template labels and aliases of `sheet_layout`, then by the words a header starts with, because centres
retype headers ("Date de naissance (jj/mm/aaaa)", "Sexe M/F"). calamine drops `<text:line-break/>` without a
space, so a header is also compared with its spaces removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pixdesk.documents.sheet_layout import CANDIDATE_COLUMNS, LEGACY_2021_COLUMNS
from pixdesk.models.candidate_rules import COMPLEMENTARY_CERTIFICATIONS, certification_labels
from pixdesk.models.text import fold

CANDIDATE_STEMS: tuple[tuple[str, str], ...] = (
    ("nom de naissance", "last_name"), ("birth name", "last_name"), ("last name", "last_name"),
    ("prenom", "first_name"), ("first name", "first_name"),
    ("date de naissance", "birthdate"), ("date of birth", "birthdate"), ("birth date", "birthdate"),
    ("birthdate", "birthdate"),
    ("sexe", "sex"), ("sex", "sex"), ("gender", "sex"),
    ("code insee", "birth_insee_code"), ("insee code", "birth_insee_code"),
    ("code postal", "birth_postal_code"), ("postcode", "birth_postal_code"), ("postal code", "birth_postal_code"),
    ("birth postal code", "birth_postal_code"),
    ("nom de la commune", "birth_city"), ("commune de naissance", "birth_city"), ("birth city", "birth_city"),
    ("city", "birth_city"),
    ("code du departement", "birth_department"), ("departement de naissance", "birth_department"),
    ("birth department", "birth_department"),
    ("pays", "birth_country"), ("country", "birth_country"), ("birth country", "birth_country"),
    ("e mail de convocation", "email"), ("email de convocation", "email"), ("adresse e mail de convocation", "email"),
    ("adresse electronique de convocation", "email"), ("convocation e mail", "email"), ("convocation email", "email"),
    ("e mail du destinataire", "result_recipient_email"), ("email du destinataire", "result_recipient_email"),
    ("results recipient", "result_recipient_email"), ("result recipient", "result_recipient_email"),
    ("temps majore", "extra_time_percentage"), ("extra time", "extra_time_percentage"),
    ("identifiant local", "external_id"), ("identifiant externe", "external_id"), ("local id", "external_id"),
    ("external id", "external_id"),
    ("tarification", "billing_mode"), ("pix billing", "billing_mode"), ("billing mode", "billing_mode"),
    ("code de prepaiement", "prepayment_code"), ("prepayment code", "prepayment_code"),
)
_COMPLEMENTARY_SUFFIXES = ("oui ou laisser vide", "yes or leave empty", "yes or leave blank")
_COMPLEMENTARY_KEYS = {
    fold(label): key for key in COMPLEMENTARY_CERTIFICATIONS for label in (*certification_labels(key), key)
}


@dataclass(frozen=True)
class HeaderRow:
    index: int  # row index in the sheet (line = index + 1)
    columns: dict[str, int]  # field -> column index
    complementary: dict[str, int]  # complementary certification key -> column index


class Vocabulary:
    """The header texts that name each field, exact and by first words."""

    def __init__(self, exact: Iterable[tuple[str, str]], stems: Sequence[tuple[str, str]]):
        self._exact: dict[str, str] = {}
        for label, field in exact:
            self._exact.setdefault(fold(label), field)
        self._compact_exact = {key.replace(" ", ""): field for key, field in self._exact.items()}
        # Longest stems first, so "birth postal code" wins over "birth ..." shorter ones.
        self._stems = sorted(((fold(stem), field) for stem, field in stems), key=lambda s: -len(s[0]))

    def field_of(self, key: str) -> str | None:
        if not key:
            return None
        field = self._exact.get(key)
        if field:
            return field
        for stem, field in self._stems:
            if key == stem or key.startswith(stem + " "):
                return field
        compact = key.replace(" ", "")
        field = self._compact_exact.get(compact)
        if field:
            return field
        for stem, field in self._stems:
            if compact.startswith(stem.replace(" ", "")):
                return field
        return None


def _complementary_key(key: str) -> str | None:
    for suffix in _COMPLEMENTARY_SUFFIXES:
        if key.endswith(suffix):
            return _COMPLEMENTARY_KEYS.get(key[: -len(suffix)].strip())
    return None


def read_header(row: Sequence[object], vocabulary: Vocabulary) -> tuple[dict[str, int], dict[str, int]]:
    columns: dict[str, int] = {}
    complementary: dict[str, int] = {}
    for position, cell in enumerate(row):
        if not isinstance(cell, str) or not cell.strip() or len(cell) > 500:
            continue
        key = fold(cell)
        certification = _complementary_key(key)
        if certification:
            complementary.setdefault(certification, position)
            continue
        field = vocabulary.field_of(key)
        if field:
            columns.setdefault(field, position)
    return columns, complementary


def find_header(rows: Sequence[Sequence[object]], vocabulary: Vocabulary,
                required: Sequence[frozenset[str]], search_rows: int) -> HeaderRow | None:
    """The first row, among the first `search_rows`, whose headers cover one of the `required` field sets."""
    for index, row in enumerate(rows[:search_rows]):
        columns, complementary = read_header(row, vocabulary)
        if any(fields <= columns.keys() for fields in required):
            return HeaderRow(index, columns, complementary)
    return None


CANDIDATE_VOCABULARY = Vocabulary(
    ((label, column.field) for column in (*CANDIDATE_COLUMNS, *LEGACY_2021_COLUMNS)
     for label in (*column.labels(), *column.aliases)),
    CANDIDATE_STEMS,
)
