"""Every (postal code, name) pair of the packaged La Poste data, and the platform's own rows, is accepted.

The pairs are read from resources/reference/postal_codes.tsv.gz at test time: each row is La Poste's (postal code,
INSEE code) pair with the commune names and routing names its sources give (codes-postaux 1.0.3 to 4.1.2), or one of
the platform's hand-written PARIS/LYON/MARSEILLE rows. What the platform's table holds, PixDesk must accept, and
resolve to the commune the row names.
"""

from __future__ import annotations

import gzip
import unicodedata

import pytest

from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.paths import resource_path
from pixdesk.reference import geography as geo

# codes-postaux 4.1.2, the version the issue measured: distinct (postal code, name) pairs in its codes-postaux.json.
COMMUNE_NAME_PAIRS_4_1_2 = 35_683
ROUTING_NAME_PAIRS_4_1_2 = 35_636


def postal_rows() -> list[list[str]]:
    text = gzip.decompress(resource_path("reference", "postal_codes.tsv.gz").read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


ROWS = postal_rows()


def pairs(column: int, source: str = "L") -> list[tuple[str, str, str]]:
    """(postal code, INSEE code, name) for every name in `column` of the rows from `source`."""
    return [(row[0], row[1], name) for row in ROWS if source in row[2] for name in row[column].split("|") if name]


def accepted_as(postal_code: str, city: str) -> str | None:
    """What the candidate rules store for a candidate born there: the INSEE code, or the postal code when the pair
    names several communes. None when refused."""
    values = validate_candidate(CandidateInput(last_name="Martin", first_name="Léa", sex="F", birthdate="2001-05-06",
                                               birth_country="France", birth_postal_code=postal_code, birth_city=city))
    return values.birth_insee_code or values.birth_postal_code


def current_code(insee_code: str) -> str:
    commune = geo.commune_by_insee(insee_code)
    return commune.current_insee_code if commune else insee_code


PIX_CITY_NAMES = {"PARIS", "LYON", "MARSEILLE"}


def platform_rows() -> list[tuple[str, str, str]]:
    """The platform's hand-written rows: a bare city name under a district's or the city's postal code."""
    return [(cp, code, name) for cp, code, name in pairs(3, "P") if name in PIX_CITY_NAMES]


def test_the_data_holds_at_least_the_measured_pairs():
    assert len({(cp, name) for cp, _, name in pairs(3)}) >= COMMUNE_NAME_PAIRS_4_1_2
    assert len({(cp, name) for cp, _, name in pairs(4)}) >= ROUTING_NAME_PAIRS_4_1_2
    assert len(platform_rows()) == 48


@pytest.mark.parametrize(("column", "kind"), [(3, "commune names"), (4, "routing names")])
def test_every_la_poste_pair_is_accepted(column, kind):
    # A routing name that is also a neighbour's own name under the same postal code names that neighbour.
    named: dict[tuple[str, str], set[str]] = {}
    for postal_code, insee_code, name in pairs(3):
        named.setdefault((postal_code, geo.pix_key(name)), set()).add(current_code(insee_code))
    refused = []
    wrong = []
    for postal_code, insee_code, name in pairs(column):
        stored = accepted_as(postal_code, name)
        if stored is None:
            refused.append((postal_code, name))
            continue
        expected = named.get((postal_code, geo.pix_key(name)), {current_code(insee_code)})
        found = {current_code(c) for c in geo.resolve_postal_code_city(postal_code, name).insee_codes}
        if stored != postal_code and stored not in expected or not found & expected:
            wrong.append((postal_code, name, insee_code, stored))
    assert refused == [], f"{len(refused)} {kind} refused"
    assert wrong == [], f"{len(wrong)} {kind} resolved to another commune"


def test_every_la_poste_pair_matches_as_the_platform_compares():
    """The platform's own comparison (sorted letters) finds each name: so the city as typed is accepted there."""
    missing = [(cp, name) for cp, _, name in pairs(3) + pairs(4) if not geo.resolve_postal_code_city(cp, name).exact]
    assert missing == []


def test_the_platforms_own_rows_are_accepted():
    rows = platform_rows()
    assert {cp for cp, _, _ in rows} >= {"75000", "69000", "13000", "75020", "69009", "13016"}
    for postal_code, insee_code, name in rows:
        assert accepted_as(postal_code, name) == insee_code, (postal_code, name)
        assert accepted_as(postal_code, name.title()) == insee_code
    assert accepted_as("75000", "Paris") == "75056"
    assert accepted_as("75011", "Paris") == "75111"
    assert accepted_as("69000", "Lyon") == "69123"
    assert accepted_as("13016", "MARSEILLE") == "13216"


def test_pix_key_is_the_platforms_normalize_and_sort():
    assert geo.pix_key("Saint-Étienne") == "".join(sorted("SAINTETIENNE"))
    assert geo.pix_key("PARIS 12") == geo.pix_key("21 sirap")
    assert geo.pix_key("Paris 12e arrondissement") != geo.pix_key("PARIS 12")
    # The platform strips only U+0300-U+036F after NFD: "œ" is no letter to it
    assert geo.pix_key("Bœsenbiesen") == "".join(sorted("BSENBIESEN"))
    assert geo.pix_key(unicodedata.normalize("NFC", "Hélène")) == geo.pix_key("HELENE")


def test_anagrams_and_spelling_variants_pass_as_on_the_platform():
    assert accepted_as("38520", "Huez") == "38191"
    assert accepted_as("38520", "zeuh") == "38191"  # sorted letters: the platform takes it, so does PixDesk
    assert accepted_as("38520", "St Christophe en Oisans") == "38375"
    assert accepted_as("38520", "SAINT CHRISTOPHE EN OISANS") == "38375"
    assert accepted_as("95520", "Cergy") == "95127"
    assert accepted_as("12720", "Millau") == "12145"
    assert accepted_as("83800", "Toulon") == "83137"
    assert accepted_as("13470", "Aubagne") == "13005"
    assert accepted_as("67660", "Haguenau") == "67180"


def test_what_a_centre_clearly_means_is_stored_as_the_insee_code():
    assert accepted_as("75012", "Paris 12e arrondissement") == "75112"
    assert accepted_as("75001", "Paris 1er") == "75101"
    assert accepted_as("69003", "Lyon 3e") == "69383"
    assert accepted_as("76600", "Havre") == "76351"
    assert accepted_as("42000", "St-Étienne") == "42218"


def test_a_pair_naming_several_communes_keeps_the_postal_code_and_city():
    # A routing name La Poste gives several communes (PORTICCIO under 20166): the pair, not one commune
    shared = [(cp, name) for cp, _, name in pairs(4)
              if len(geo.resolve_postal_code_city(cp, name).communes) > 1]
    assert shared, "the data has routing names shared by several communes"
    postal_code, name = shared[0]
    assert accepted_as(postal_code, name) == postal_code
