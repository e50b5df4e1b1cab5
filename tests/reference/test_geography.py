"""Birth-place reference data: tests against the shipped resources/reference files."""

from __future__ import annotations

import gzip
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pixdesk.paths import resource_path
from pixdesk.reference import geography as geo

REPO_ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- normalization and codes


def test_normalize_name_is_accent_case_punctuation_insensitive():
    assert geo.normalize_name("Saint-Étienne") == "SAINT ETIENNE"
    assert geo.normalize_name("SAINT ETIENNE") == "SAINT ETIENNE"
    assert geo.normalize_name("  saint—étienne ") == "SAINT ETIENNE"
    assert geo.normalize_name("L'Haÿ-les-Roses") == "L HAY LES ROSES"
    assert geo.normalize_name("Bœsenbiesen") == "BOESENBIESEN"


def test_normalize_name_expands_st_and_ste():
    assert geo.normalize_name("St-Étienne") == "SAINT ETIENNE"
    assert geo.normalize_name("Ste Maxime") == "SAINTE MAXIME"
    assert geo.normalize_name("Stella-Plage") == "STELLA PLAGE"  # only whole words


def test_pad_code():
    assert geo.pad_code("1053") == "01053"
    assert geo.pad_code(1053) == "01053"
    assert geo.pad_code("1") == "00001"
    assert geo.pad_code("99") == "99"
    assert geo.pad_code("2A004") == "2A004"
    assert geo.pad_code("76351") == "76351"
    assert geo.pad_code(" 6088 ") == "06088"


# --------------------------------------------------------------------------- INSEE code alone


def test_commune_by_insee_current():
    havre = geo.commune_by_insee("76351")
    assert havre == geo.Commune(
        insee_code="76351",
        name="Le Havre",
        department="76",
        postal_codes=("76600", "76610", "76620"),
        is_current=True,
        current_insee_code="76351",
    )
    paris = geo.commune_by_insee("75056")
    assert paris.name == "Paris" and paris.department == "75" and paris.is_current


def test_commune_by_insee_corsica_and_overseas():
    ajaccio = geo.commune_by_insee("2A004")
    assert ajaccio.name == "Ajaccio" and ajaccio.department == "2A" and "20000" in ajaccio.postal_codes
    assert geo.commune_by_insee("2a004") == ajaccio
    assert geo.commune_by_insee("2B033").name == "Bastia"
    saint_denis = geo.commune_by_insee("97411")
    assert saint_denis.name == "Saint-Denis" and saint_denis.department == "974"
    assert "97400" in saint_denis.postal_codes
    assert geo.commune_by_insee("97209").name == "Fort-de-France"


def test_commune_by_insee_arrondissement():
    arr = geo.commune_by_insee("75111")
    assert arr.name == "Paris 11e Arrondissement"
    assert arr.is_current and arr.postal_codes == ("75011",)


def test_former_commune_resolves_to_its_successor():
    # Bléville merged into Le Havre in 1953
    bleville = geo.commune_by_insee("76102")
    assert bleville.name == "Bléville"
    assert bleville.is_current is False
    assert bleville.current_insee_code == "76351"
    # Annecy-le-Vieux, commune déléguée of Annecy since 2017
    annecy_le_vieux = geo.commune_by_insee("74011")
    assert not annecy_le_vieux.is_current and annecy_le_vieux.current_insee_code == "74010"
    # pre-1976 Corsican code
    old_ajaccio = geo.commune_by_insee("20004")
    assert not old_ajaccio.is_current and old_ajaccio.current_insee_code == "2A004"


def test_unknown_or_unpadded_insee_code():
    assert geo.commune_by_insee("00000") is None
    assert geo.commune_by_insee("99") is None
    assert geo.commune_by_insee("1053") is None  # no implicit padding
    assert geo.commune_by_insee(geo.pad_code("1053")).name == "Bourg-en-Bresse"


# --------------------------------------------------------------------------- postal code + city


def test_postal_code_and_matching_city():
    assert geo.match_postal_code_city("76600", "le havre").insee_code == "76351"
    assert geo.match_postal_code_city("76620", "LE HAVRE").insee_code == "76351"
    assert geo.match_postal_code_city("42000", "SAINT-ETIENNE").insee_code == "42218"
    assert geo.match_postal_code_city("42000", "Saint-Étienne").insee_code == "42218"
    assert geo.match_postal_code_city("42000", "St Etienne").insee_code == "42218"
    assert geo.match_postal_code_city("85100", "Sables d'Olonne (Les)").insee_code == "85194"


def test_postal_code_and_arrondissement_forms():
    for city in ("Paris 11", "PARIS 11E ARRONDISSEMENT", "Paris 11e", "paris 11ème"):
        commune = geo.match_postal_code_city("75011", city)
        assert commune is not None and commune.insee_code == "75111", city
    assert geo.match_postal_code_city("75001", "Paris 1er").insee_code == "75101"
    assert geo.match_postal_code_city("13001", "Marseille 1er Arrondissement").insee_code == "13201"
    assert geo.match_postal_code_city("69003", "Lyon 3").insee_code == "69383"


def test_postal_code_and_la_poste_or_delegated_names():
    # libellé d'acheminement of Ajaccio's 20167
    assert geo.match_postal_code_city("20167", "Mezzavia").insee_code == "2A004"
    # commune déléguée: La Poste still lists it under 74940; it stands for its successor, Annecy
    annecy_le_vieux = geo.resolve_postal_code_city("74940", "Annecy-le-Vieux")
    assert annecy_le_vieux.exact and annecy_le_vieux.single_insee_code == "74010"
    assert geo.match_postal_code_city("74940", "Annecy-le-Vieux").insee_code == "74010"


def test_postal_code_and_non_matching_city():
    assert geo.match_postal_code_city("75011", "Lyon") is None
    assert geo.match_postal_code_city("76600", "Lyon") is None
    assert geo.match_postal_code_city("42000", "Saint-Chamond") is None
    assert geo.match_postal_code_city("76600", "") is None


def test_unknown_postal_code():
    assert geo.postal_code_exists("75011")
    assert geo.postal_code_exists("20167")
    assert not geo.postal_code_exists("00000")
    assert not geo.postal_code_exists("75056")  # an INSEE code, not a postal code
    assert geo.communes_by_postal_code("00000") == []
    assert geo.match_postal_code_city("00000", "Paris") is None


def test_communes_by_postal_code_current_first():
    communes = geo.communes_by_postal_code("74000")
    assert communes[0].insee_code == "74010"
    flags = [c.is_current for c in communes]
    assert flags == sorted(flags, reverse=True)
    assert {"74011", "74093"} <= {c.insee_code for c in communes}
    assert [c.insee_code for c in geo.communes_by_postal_code("75011")] == ["75111"]
    assert "38191" in [c.insee_code for c in geo.communes_by_postal_code("38520")]  # Huez, as La Poste lists it


# --------------------------------------------------------------------------- countries


def test_france():
    assert geo.FRANCE_INSEE_CODE == "99100"
    france = geo.Country(code="99100", name="FRANCE", common_name="France")
    assert geo.find_country("France") == france
    assert geo.find_country("FRANCE") == france
    assert geo.find_country("99100") == france


@pytest.mark.parametrize(
    ("query", "code", "name"),
    [
        ("Belgique", "99131", "BELGIQUE"),
        ("99131", "99131", "BELGIQUE"),
        ("Royaume-Uni", "99132", "ROYAUME-UNI"),
        ("royaume uni", "99132", "ROYAUME-UNI"),
        ("UNI ROYAUME", "99132", "ROYAUME-UNI"),  # order-insensitive, like the platform's matcher
        ("Allemagne", "99109", "ALLEMAGNE"),
        ("ALLEMAGNE", "99109", "ALLEMAGNE"),
        ("Etats-Unis", "99404", "ETATS-UNIS"),
        ("Maroc", "99350", "MAROC"),
        ("algerie", "99352", "ALGERIE"),
        ("Côte d'Ivoire", "99326", "COTE D'IVOIRE"),
        ("Congo", "99324", "CONGO"),
        ("Tchécoslovaquie", "99115", "TCHECOSLOVAQUIE"),
        ("URSS", "99123", "RUSSIE"),
    ],
)
def test_find_country(query, code, name):
    country = geo.find_country(query)
    assert country is not None and (country.code, country.name) == (code, name)


def test_unknown_country():
    for query in ("Atlantide", "Paris", "", "99999", "99", "Roman", "Martinique"):
        assert geo.find_country(query) is None, query


def test_countries_sorted_by_common_name():
    all_countries = geo.countries()
    assert len(all_countries) > 200
    keys = [geo.normalize_name(c.common_name) for c in all_countries]
    assert keys == sorted(keys)
    assert len({c.code for c in all_countries}) == len(all_countries)
    assert all(c.code.startswith("99") and len(c.code) == 5 for c in all_countries)
    # "Égypte" sorts with the E, not after Z
    names = [c.common_name for c in all_countries]
    assert names.index("Égypte") < names.index("Espagne")


# --------------------------------------------------------------------------- by department, search


def test_find_communes_in_department():
    found = geo.find_communes_in_department("76", "Le Havre")
    assert [c.insee_code for c in found] == ["76351"]
    assert [c.insee_code for c in geo.find_communes_in_department(1, "Bourg-en-Bresse")] == ["01053"]
    assert [c.insee_code for c in geo.find_communes_in_department("1", "bourg en bresse")] == ["01053"]
    assert [c.insee_code for c in geo.find_communes_in_department("2A", "Ajaccio")][0] == "2A004"
    assert [c.insee_code for c in geo.find_communes_in_department(974, "Saint-Denis")] == ["97411"]
    assert geo.find_communes_in_department("75", "Le Havre") == []


def test_find_communes_in_department_current_first_then_former():
    found = geo.find_communes_in_department(76, "Bléville")
    assert [c.insee_code for c in found] == ["76102"]
    found = geo.find_communes_in_department("74", "Annecy-le-Vieux")
    assert found and not found[0].is_current and found[0].current_insee_code == "74010"


def test_search_communes():
    names = [c.name for c in geo.search_communes("saint-etienne", limit=5)]
    assert names[0] == "Saint-Étienne" and len(names) == 5
    assert [c.insee_code for c in geo.search_communes("le hav")][0] == "76351"
    assert [c.insee_code for c in geo.search_communes("havre")][0] == "76351"
    assert "76351" in [c.insee_code for c in geo.search_communes("7635", limit=50)]
    assert "42218" in [c.insee_code for c in geo.search_communes("42000")]
    assert geo.search_communes("") == []
    assert geo.search_communes("zzzzzz") == []


# --------------------------------------------------------------------------- data files and loading


def test_reference_files_are_small_and_consistent():
    communes = resource_path("reference", "communes.tsv.gz")
    countries = resource_path("reference", "countries.tsv.gz")
    postal = resource_path("reference", "postal_codes.tsv.gz")
    assert communes.stat().st_size + countries.stat().st_size + postal.stat().st_size < 2 * 1024 * 1024
    assert resource_path("reference", "SOURCES.md").is_file()
    # stored normalized names were produced with the current normalize_name()
    lines = gzip.decompress(communes.read_bytes()).decode("utf-8").splitlines()[1:]
    for line in lines[::500]:
        code, kind, name, department, postal, successor, norms = line.split("\t")
        assert norms.split("|")[0] == geo.normalize_name(name), line
        assert kind in "CADH"
        assert (successor == "") == (kind in "CA")


def test_module_is_qt_free():
    code = (
        "import sys; from pixdesk.reference import geography as g; g.find_country('France'); "
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT).returncode == 0


def test_concurrent_first_use():
    results = []

    def worker():
        results.append(geo.match_postal_code_city("76600", "Le Havre"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.insee_code for r in results] == ["76351"] * 4
