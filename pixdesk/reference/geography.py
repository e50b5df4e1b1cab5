"""Offline birth-place reference data: French communes, postal codes and INSEE countries.

Qt-free. The data files live in ``resources/reference/`` and are produced by
``scripts/build_reference_data.py`` (see ``resources/reference/SOURCES.md``).
They are loaded lazily on first use, once, under a lock, and then only read, so
the public functions are safe to call from a worker thread.

Name normalization (:func:`normalize_name`):

* Unicode NFKD, combining marks dropped (``É`` -> ``E``), ``Œ``/``Æ`` spelt ``OE``/``AE``;
* upper-cased; every run of characters other than ``A-Z0-9`` (hyphens, apostrophes,
  dots, parentheses, spaces…) becomes one space; leading/trailing spaces removed;
* the abbreviations ``ST`` and ``STE`` (as whole words) are expanded to ``SAINT`` and
  ``SAINTE``, so "St-Étienne", "ST ETIENNE" and "Saint-Étienne" all give
  ``"SAINT ETIENNE"``. ``SAINT`` itself is never shortened.

City matching against a postal code (:func:`resolve_postal_code_city`) first applies the
platform's own comparison (:func:`pix_key`: NFD, accents dropped, upper case, only 0-9 A-Z
kept, characters sorted) to every name the platform's ``certification-cpf-cities`` table may
hold for that postal code (``postal_codes.tsv.gz``: La Poste's commune and routing names, their
ST/STE -> SAINT/SAINTE variants, alternate names, the platform's PARIS/LYON/MARSEILLE rows).
Only when that finds nothing does it accept what a centre clearly means: the normalized forms,
the same words in any order, the forms without a leading article (LE, LA, LES, L), district
spellings ("Paris 11e Arrondissement"), former names.

Country matching (:func:`find_country`) mirrors the platform's matcher: the normalized
name, then the normalized letters sorted (order-insensitive), accepted only when that
sorted key identifies exactly one country.
"""

from __future__ import annotations

import bisect
import gc
import gzip
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pixdesk.paths import resource_path

__all__ = [
    "FRANCE_INSEE_CODE",
    "Country",
    "Commune",
    "normalize_name",
    "pad_code",
    "find_country",
    "countries",
    "commune_by_insee",
    "communes_by_postal_code",
    "postal_code_exists",
    "pix_key",
    "PostalMatch",
    "resolve_postal_code_city",
    "match_postal_code_city",
    "insee_code_exists",
    "find_communes_in_department",
    "search_communes",
]

FRANCE_INSEE_CODE = "99100"

COMMUNES_FILE = "communes.tsv.gz"
COUNTRIES_FILE = "countries.tsv.gz"
POSTAL_FILE = "postal_codes.tsv.gz"

# Kinds of commune rows in communes.tsv.gz.
KIND_CURRENT = "C"  # current commune (commune actuelle)
KIND_ARRONDISSEMENT = "A"  # municipal arrondissement (Paris, Lyon, Marseille): current, own INSEE code
KIND_DELEGATED = "D"  # existing commune déléguée / associée: former commune, still a named part of its successor
KIND_HISTORICAL = "H"  # former commune (merged, absorbed, renumbered)


@dataclass(frozen=True)
class Country:
    code: str  # INSEE COG code, e.g. "99100"
    name: str  # upper-case INSEE-style libellé, e.g. "FRANCE"
    common_name: str  # e.g. "France"


@dataclass(frozen=True)
class Commune:
    insee_code: str
    name: str  # official name (for a former commune: its own last name)
    department: str  # "76", "2A", "971"
    postal_codes: tuple[str, ...]
    is_current: bool
    current_insee_code: str  # == insee_code when current; successor's code otherwise


# --------------------------------------------------------------------------- normalization

_NON_ALNUM = re.compile(r"[^A-Z0-9]+")
_LIGATURES = str.maketrans({"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss", "’": "'"})
_ABBREVIATIONS = {"ST": "SAINT", "STE": "SAINTE"}
_ARTICLES = ("LE", "LA", "LES", "L")


def normalize_name(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a place name (see module doc)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text).translate(_LIGATURES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).upper()
    words = _NON_ALNUM.sub(" ", text).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


_PIX_MARKS = re.compile("[\u0300-\u036f]")
_PIX_DROPPED = re.compile("[^0-9A-Z]")


def pix_key(text: str) -> str:
    """The platform's comparison key (normalizeAndSortChars): NFD, accents dropped, upper case, every character
    outside 0-9 A-Z dropped, the rest sorted. "Paris 12" and "21 SIRAP" give the same key."""
    upper = _PIX_MARKS.sub("", unicodedata.normalize("NFD", str(text or ""))).upper()
    return "".join(sorted(_PIX_DROPPED.sub("", upper)))


# The platform's import adds a second row per name with its first whole word ST or STE spelt out.
_PIX_SAINT_WORDS = ((re.compile(r"(^|\s)STE($|\s)"), " SAINTE "), (re.compile(r"(^|\s)ST($|\s)"), " SAINT "))
_LA_POSTE_ABBREVIATIONS = {"SAINT": "ST", "SAINTE": "STE"}
LA_POSTE_NAME_LENGTH = 32


def _pix_saint_variant(name: str) -> str | None:
    for word, replacement in _PIX_SAINT_WORDS:
        if word.search(name):
            return word.sub(replacement, name, count=1).strip()
    return None


def _la_poste_form(name: str) -> str:
    """How La Poste writes a commune's name: upper case, no accents or punctuation, SAINT(E) abbreviated, at most
    32 characters. Names from newer sources are respelt so, in case the platform loaded that spelling."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", name.translate(_LIGATURES)) if not unicodedata.combining(ch))
    words = _NON_ALNUM.sub(" ", text.upper()).split()
    return " ".join(_LA_POSTE_ABBREVIATIONS.get(w, w) for w in words)[:LA_POSTE_NAME_LENGTH].strip()


def _pix_keys(name: str) -> set[str]:
    """Every key under which the platform's table may list this name."""
    keys = set()
    for form in {name, _la_poste_form(name)}:
        keys.add(pix_key(form))
        variant = _pix_saint_variant(form)
        if variant:
            keys.add(pix_key(variant))
    return keys


def _sorted_words(normalized: str) -> str:
    return " ".join(sorted(normalized.split()))


def _without_article(normalized: str) -> str:
    words = normalized.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        return " ".join(words[1:])
    return normalized


def _sorted_letters(normalized: str) -> str:
    return "".join(sorted(normalized.replace(" ", "")))


def pad_code(code: str | int) -> str:
    """Left-pad a 1–4 digit code to 5 digits (Excel drops leading zeros).

    "1053" -> "01053", 1053 -> "01053". "99" (foreign-born marker), "2A004", 5-digit codes
    and anything that is not all digits are returned stripped but otherwise unchanged.
    """
    text = str(code).strip()
    if text == "99" or not text.isdigit() or len(text) >= 5:
        return text
    return text.zfill(5)


def normalize_department(department: str | int) -> str:
    """1, "1", "01" -> "01"; "2a" -> "2A"; 971 -> "971"."""
    text = str(department).strip().upper()
    if text.isdigit():
        return text.zfill(2) if len(text) <= 2 else text
    return text


# --------------------------------------------------------------------------- loading

_lock = threading.Lock()


class _CommuneData:
    """Rows are kept as raw tuples; Commune objects are made on demand (cheap load)."""

    def __init__(self) -> None:
        # code -> (code, kind, name, department, postal codes, successor, normalized names)
        self.rows: dict[str, list[str]] = {}
        self.by_postal: dict[str, list[str]] = {}
        self.by_department: dict[str, list[str]] = {}
        self.ordered: list[str] = []  # codes: current first, by normalized name (file order)
        self._objects: dict[str, Commune] = {}
        self._name_indexes: tuple[list[tuple[str, int]], ...] | None = None

    def name_indexes(self) -> tuple[list[tuple[str, int]], ...]:
        """Sorted (normalized name, rank) lists, searched in turn: official names, official
        names without their leading article ("HAVRE" for LE HAVRE), then alternative names
        (with and without article). Built on first use."""
        if self._name_indexes is None:
            official: list[tuple[str, int]] = []
            bare: list[tuple[str, int]] = []
            other: list[tuple[str, int]] = []
            for rank, code in enumerate(self.ordered):
                names = self.rows[code][6].split("|")
                official.append((names[0], rank))
                stripped = _without_article(names[0])
                if stripped != names[0]:
                    bare.append((stripped, rank))
                for name in names[1:]:
                    other.append((name, rank))
                    stripped = _without_article(name)
                    if stripped != name:
                        other.append((stripped, rank))
            for index in (official, bare, other):
                index.sort()
            self._name_indexes = (official, bare, other)
        return self._name_indexes

    def names(self, code: str) -> list[str]:
        """Normalized names: official name first, then alternative names."""
        return self.rows[code][6].split("|")

    def commune(self, code: str) -> Commune:
        commune = self._objects.get(code)
        if commune is None:
            _, kind, name, department, postal, successor, _ = self.rows[code]
            is_current = kind in (KIND_CURRENT, KIND_ARRONDISSEMENT)
            commune = Commune(
                insee_code=code,
                name=name,
                department=department,
                postal_codes=tuple(postal.split()),
                is_current=is_current,
                current_insee_code=code if is_current else successor,
            )
            self._objects[code] = commune  # benign race: equal objects
        return commune


class _CountryData:
    def __init__(self) -> None:
        self.by_code: dict[str, Country] = {}
        self.by_name: dict[str, str] = {}
        self.by_letters: dict[str, str | None] = {}  # None: ambiguous key


def _read_tsv_gz(name: str) -> list[list[str]]:
    text = gzip.decompress(resource_path("reference", name).read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.split("\n") if line and line[0] != "#"]


_COMMUNE_DATA: _CommuneData | None = None
_COUNTRY_DATA: _CountryData | None = None
_POSTAL_DATA: _PostalData | None = None


def _communes() -> _CommuneData:
    global _COMMUNE_DATA
    if _COMMUNE_DATA is None:
        with _lock:
            if _COMMUNE_DATA is None:
                _COMMUNE_DATA = _load_communes()
    return _COMMUNE_DATA


def _load_communes() -> _CommuneData:
    data = _CommuneData()
    # columns: code, kind, name, department, postal codes (space), successor (empty if current),
    #          normalized names (| separated; official name first). Rows come in lookup order.
    gc_was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small containers: skip pointless collections while loading
    try:
        rows = {row[0]: row for row in _read_tsv_gz(COMMUNES_FILE)}
        by_postal = data.by_postal
        by_department = data.by_department
        for code, row in rows.items():
            postal = row[4]
            if postal:
                if " " in postal:
                    for postal_code in postal.split():
                        by_postal.setdefault(postal_code, []).append(code)
                else:
                    by_postal.setdefault(postal, []).append(code)
            by_department.setdefault(row[3], []).append(code)
        data.rows = rows
        data.ordered = list(rows)
        # Read-only for the life of the process: out of the collector's way, or every full collection walks
        # these 39,000 rows again (a quarter of a 10,000-candidate import's time).
        gc.freeze()
    finally:
        if gc_was_enabled:
            gc.enable()
    return data


class _PostalData:
    """La Poste's (postal code, INSEE code) pairs with their names, as raw rows; indexed per postal code on use."""

    def __init__(self, rows: list[list[str]]):
        self.by_postal: dict[str, list[list[str]]] = {}
        self.insee_codes: set[str] = set()
        for row in rows:
            self.by_postal.setdefault(row[0], []).append(row)
            self.insee_codes.add(row[1])


def _postal() -> _PostalData:
    global _POSTAL_DATA
    if _POSTAL_DATA is None:
        with _lock:
            if _POSTAL_DATA is None:
                # columns: postal code, INSEE code, sources, commune names (|), routing names (|), alternate names (|)
                _POSTAL_DATA = _PostalData(_read_tsv_gz(POSTAL_FILE))
    return _POSTAL_DATA


def _countries() -> _CountryData:
    global _COUNTRY_DATA
    if _COUNTRY_DATA is None:
        with _lock:
            if _COUNTRY_DATA is None:
                _COUNTRY_DATA = _load_countries()
    return _COUNTRY_DATA


def _load_countries() -> _CountryData:
    data = _CountryData()
    # columns: code, name, common_name, normalized names (| separated)
    for code, name, common_name, norms in _read_tsv_gz(COUNTRIES_FILE):
        data.by_code[code] = Country(code=code, name=name, common_name=common_name)
        for norm in norms.split("|"):
            data.by_name.setdefault(norm, code)
            key = _sorted_letters(norm)
            known = data.by_letters.get(key, code)
            data.by_letters[key] = code if known == code else None
    return data


# --------------------------------------------------------------------------- countries


@lru_cache(maxsize=4096)
def find_country(name_or_code: str) -> Country | None:
    """Country by INSEE code ("99131") or name ("Belgique", "ROYAUME-UNI", "royaume uni")."""
    if name_or_code is None:
        return None
    data = _countries()
    text = str(name_or_code).strip()
    if text.isdigit():
        return data.by_code.get(text)
    norm = normalize_name(text)
    if not norm:
        return None
    code = data.by_name.get(norm)
    if code is None:
        code = data.by_letters.get(_sorted_letters(norm))
    return data.by_code.get(code) if code else None


def countries() -> list[Country]:
    """All countries (France included), sorted by common name, accent-insensitively."""
    return sorted(_countries().by_code.values(), key=lambda c: (normalize_name(c.common_name), c.code))


# --------------------------------------------------------------------------- communes


@lru_cache(maxsize=16384)
def commune_by_insee(code: str) -> Commune | None:
    """Current or former commune by its exact INSEE code (no padding: see :func:`pad_code`)."""
    if code is None:
        return None
    data = _communes()
    key = str(code).strip().upper()
    return data.commune(key) if key in data.rows else None


def communes_by_postal_code(postal_code: str) -> list[Commune]:
    """Communes served by a postal code: current ones first (by name), then former ones."""
    if postal_code is None:
        return []
    data = _communes()
    return [data.commune(code) for code in data.by_postal.get(str(postal_code).strip(), ())]


def postal_code_exists(postal_code: str) -> bool:
    if postal_code is None:
        return False
    code = str(postal_code).strip()
    return code in _postal().by_postal or code in _communes().by_postal


def insee_code_exists(code: str) -> bool:
    """A commune's code, current or former, or any code La Poste lists (e.g. 99138, Monaco, which the platform's
    table takes from La Poste's base)."""
    if code is None:
        return False
    key = str(code).strip().upper()
    return key in _communes().rows or key in _postal().insee_codes


def _exact(names: tuple[str, ...], city_norm: str) -> bool:
    return city_norm in names


def _same_words(names: tuple[str, ...], city_norm: str) -> bool:
    words = _sorted_words(city_norm)
    return any(_sorted_words(n) == words for n in names)


def _same_without_article(names: tuple[str, ...], city_norm: str) -> bool:
    bare = _without_article(city_norm)
    return any(_without_article(n) == bare for n in names)


_NAME_MATCHERS = (_exact, _same_words, _same_without_article)


@dataclass(frozen=True)
class _PostalEntry:
    insee_code: str
    tier: int  # 0: La Poste's commune names and the platform's rows; 1: routing names; 2: alternate names
    keys: frozenset[str]  # pix_key of every spelling the platform's table may hold
    names: tuple[str, ...]  # normalized names, for what a centre clearly means


@lru_cache(maxsize=None)
def _postal_entries(postal_code: str) -> tuple[_PostalEntry, ...]:
    communes = _communes()
    entries = []
    for _, code, _sources, commune, routing, alternate in _postal().by_postal.get(postal_code, ()):
        for tier, names in enumerate((commune, routing, alternate)):
            spelt = [n for n in names.split("|") if n]
            if not spelt:
                continue
            keys = frozenset(k for n in spelt for k in _pix_keys(n))
            normalized = [normalize_name(n) for n in spelt]
            if tier == 0 and code in communes.rows:
                normalized += communes.names(code)  # district spellings, former names
            entries.append(_PostalEntry(code, tier, keys, tuple(dict.fromkeys(normalized))))
    return tuple(entries)


@dataclass(frozen=True)
class PostalMatch:
    """The communes a (postal code, city) pair names. `exact`: the platform's own comparison found them, so the
    city as typed is accepted there too; otherwise it is what the centre clearly means (send the INSEE code)."""

    insee_codes: tuple[str, ...]  # as La Poste lists them (a former code stays as listed)
    exact: bool

    @property
    def communes(self) -> tuple[Commune, ...]:
        """Distinct current communes, in the order found; codes unknown to the commune data are left out."""
        found: dict[str, Commune] = {}
        for code in self.insee_codes:
            commune = commune_by_insee(code)
            if commune is not None:
                current = commune_by_insee(commune.current_insee_code) or commune
                found.setdefault(current.insee_code, current)
        return tuple(found.values())

    @property
    def single_insee_code(self) -> str | None:
        """The one current INSEE code this pair stands for, or None when it names several places."""
        communes = self.communes
        if len(communes) == 1 and all(commune_by_insee(c) is not None for c in self.insee_codes):
            return communes[0].insee_code
        if not communes and len(set(self.insee_codes)) == 1:
            return self.insee_codes[0]
        return None


_TIERS = (0, 1, 2)


@lru_cache(maxsize=16384)
def resolve_postal_code_city(postal_code: str, city: str) -> PostalMatch | None:
    """What the platform accepts for this pair, or failing that what a centre clearly means; None: neither."""
    code = str(postal_code or "").strip()
    entries = _postal_entries(code)
    key = pix_key(city or "")
    if not key:
        return None
    city_norm = normalize_name(city or "")
    for tier in _TIERS:
        found = [e for e in entries if e.tier == tier and key in e.keys]
        if found:
            # Sorted letters make anagrams equal ("BOIS LES PARGNY", "PARGNY LES BOIS"): the name spelt as typed
            # tells them apart when the letters alone cannot.
            spelt = [e for e in found if city_norm in e.names]
            if len({e.insee_code for e in spelt}) == 1:
                found = spelt
            return PostalMatch(tuple(dict.fromkeys(e.insee_code for e in found)), True)
    if city_norm:
        for matches in _NAME_MATCHERS:
            for tier in _TIERS:
                for entry in entries:
                    if entry.tier == tier and matches(entry.names, city_norm):
                        return PostalMatch((entry.insee_code,), False)
        # former communes known by postal code only through the COG history
        data = _communes()
        for matches in _NAME_MATCHERS:
            for commune_code in data.by_postal.get(code, ()):
                if matches(tuple(data.names(commune_code)), city_norm):
                    return PostalMatch((commune_code,), False)
    return None


def match_postal_code_city(postal_code: str, city: str) -> Commune | None:
    """The (current) commune a (postal code, city) pair names, the first when it names several."""
    match = resolve_postal_code_city(postal_code, city)
    if match is None:
        return None
    communes = match.communes
    return communes[0] if communes else None


def find_communes_in_department(department: str | int, name: str) -> list[Commune]:
    """Communes named ``name`` (official, La Poste or former name) in a department.

    ``department`` may be 1, "1", "01", "2A", 971. "20" looks in 2A, 2B and pre-1976 Corsica.
    Current communes come first, then former ones.
    """
    norm = normalize_name(name or "")
    if not norm:
        return []
    dept = normalize_department(department)
    departments = ["2A", "2B", "20"] if dept == "20" else [dept]
    if dept in ("2A", "2B"):
        departments.append("20")
    data = _communes()
    found: list[tuple[bool, int, Commune]] = []
    for dep in departments:
        for code in data.by_department.get(dep, ()):
            if any(matches(data.names(code), norm) for matches in _NAME_MATCHERS):
                found.append((data.rows[code][1] not in (KIND_CURRENT, KIND_ARRONDISSEMENT), len(found), data.commune(code)))
    found.sort(key=lambda item: item[:2])
    return [commune for _, _, commune in found]


def search_communes(prefix: str, limit: int = 20) -> list[Commune]:
    """UI completion: by INSEE/postal code prefix when ``prefix`` starts with a digit
    (or looks like a Corsican code, "2A0…"), otherwise by normalized name prefix.
    Current communes first, then former ones."""
    text = (prefix or "").strip()
    if not text or limit <= 0:
        return []
    data = _communes()
    results: list[Commune] = []
    seen: set[str] = set()
    upper = text.upper()
    if text[0].isdigit():
        for code in data.ordered:
            postal = data.rows[code][4]
            if code.startswith(upper) or any(p.startswith(upper) for p in postal.split()):
                results.append(data.commune(code))
                if len(results) >= limit:
                    break
        return results
    norm = normalize_name(text)
    if not norm:
        return []
    # official names first, then alternative names; within each, lookup order (current first)
    for index in data.name_indexes():
        ranks: set[int] = set()
        position = bisect.bisect_left(index, (norm,))
        while position < len(index) and index[position][0].startswith(norm):
            ranks.add(index[position][1])
            position += 1
        for rank in sorted(ranks):
            code = data.ordered[rank]
            if code not in seen:
                seen.add(code)
                results.append(data.commune(code))
                if len(results) >= limit:
                    return results
    return results
