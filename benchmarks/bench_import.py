"""Candidate import speed: a 10,000-candidate .ods written by LibreOffice, read + validated + stored.

Targets (issue 4): median at most 0.5 s, and at least 10 times faster than merely loading the same file with
odfpy's `opendocument.load`. Also prints the time and peak memory of refusing 1,000,000-row files.

    pip install -e '.[bench]'      # odfpy, for the comparison
    python benchmarks/bench_import.py [--runs 5]

The .ods is generated once through LibreOffice and cached in benchmarks/.cache/ (git-ignored).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "import"))

from make_fixtures import CURRENT_HEADERS_FR, Date, Percent, convert, fods, session_block  # noqa: E402

from pixdesk.documents.candidate_import import import_candidates  # noqa: E402
from pixdesk.models.session_rules import SessionInput  # noqa: E402
from pixdesk.reference import geography  # noqa: E402
from pixdesk.services.centres import update_centre  # noqa: E402
from pixdesk.services.sessions import create_session  # noqa: E402
from pixdesk.store import open_database  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
CANDIDATES = 10_000
TARGET_SECONDS = 0.5
TARGET_RATIO = 10
FIRST_NAMES = ["Julie", "Michel", "Jean", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Nathan", "Zoé", "Éloïse"]
LAST_NAMES = ["Dupont", "Durand", "Neige", "Martin", "Bernard", "Petit", "Moreau", "Lefèvre", "Garcia", "Roux"]
BILLING = ["Payante", "Gratuite", "Prépayée"]


def candidate_rows(count: int) -> list[list]:
    """Varied like a real list: INSEE codes as numbers or text, postal code + city, born abroad, dates both ways."""
    rng = random.Random(4)
    communes = [c for c in geography.search_communes("Saint", limit=400) if c.is_current and c.postal_codes]
    rows = []
    for n in range(count):
        commune = rng.choice(communes)
        day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2008)}"
        birthdate = Date(f"{day[6:]}-{day[3:5]}-{day[:2]}") if n % 2 else day
        kind = n % 10
        city, postal, insee, country = None, None, None, "France"
        if kind < 6:
            insee = int(commune.insee_code) if commune.insee_code.isdigit() else commune.insee_code
        elif kind < 9:
            postal, city = int(commune.postal_codes[0]), commune.name
        else:
            insee, city, country = 99, "Bruxelles", "Belgique"
        extra = [None, None, None, "33", "33 %", Percent(0.33)][n % 6]
        billing = BILLING[n % 3]
        prepayment = "12345678912345/FACT12345" if billing == "Prépayée" else None
        rows.append([n + 1, f"{rng.choice(LAST_NAMES)}-{n}", rng.choice(FIRST_NAMES), f"ETU-{n:05d}", extra,
                     birthdate, city, postal, insee, country, f"candidat{n}@example.fr", None, "MF"[n % 2],
                     billing, prepayment, None])
    return rows


def cached_ods(count: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    target = CACHE / f"candidats-{count}-v2.ods"  # v2: extra time as the platform reads it (text or percent cell)
    if not target.exists():
        source = CACHE / f"candidats-{count}-v2.fods"
        source.write_text(fods("Liste des candidats", session_block() + [CURRENT_HEADERS_FR] + candidate_rows(count)),
                          encoding="utf-8")
        started = time.perf_counter()
        convert([source], "ods", CACHE)
        print(f"generated {target.name} through LibreOffice in {time.perf_counter() - started:.1f} s")
    return target


def time_import(path: Path, runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as work:
        for run in range(runs + 1):
            db = open_database(Path(work) / f"run{run}.sqlite")
            update_centre(db, type="PRO")
            session_id = create_session(db, SessionInput("Centre", "Salle", "2031-01-12", "10:00", "Eric")).id
            started = time.perf_counter()
            result = import_candidates(db, session_id, path)
            elapsed = time.perf_counter() - started
            db.close()
            assert result.count == CANDIDATES, result.count
            if run:  # run 0 loads the commune tables once per process, as the app does at its first import
                times.append(elapsed)
    return times


def time_odfpy(path: Path, runs: int) -> list[float]:
    from odf import opendocument

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        opendocument.load(str(path))
        times.append(time.perf_counter() - started)
    return times


REFUSAL_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
from pixdesk.documents.spreadsheet import read_sheet
from pixdesk.models.errors import DomainError
started = time.perf_counter()
try:
    read_sheet({path!r})
    outcome = "read"
except DomainError as error:
    outcome = error.messages()[0]
# VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork + exec.
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print(f"{{time.perf_counter() - started:.2f}}|{{int(peak) / 1024:.0f}}|{{outcome}}")
"""


def million_row_files(work: Path) -> dict[str, Path]:
    csv_path = work / "million.csv"
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write("Nom de naissance;Prénom;Date de naissance;Sexe\n")
        handle.writelines(f"Nom{n};Julie;13/03/1996;F\n" for n in range(1_000_000))
    ods_path = work / "million.ods"
    import zipfile

    rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>Nom{n}</text:p>'
                   "</table:table-cell></table:table-row>" for n in range(1_000_000))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'<table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body>'
               "</office:document-content>")
    with zipfile.ZipFile(ods_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return {"1,000,000-row .csv": csv_path, "1,000,000-row .ods": ods_path}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    path = cached_ods(CANDIDATES)
    size_kb = path.stat().st_size / 1024
    import_times = time_import(path, args.runs)
    odfpy_times = time_odfpy(path, args.runs)
    ours, odfpy = statistics.median(import_times), statistics.median(odfpy_times)
    ratio = odfpy / ours
    print(f"file: {path.name} ({CANDIDATES} candidates, {size_kb:.0f} KB, written by LibreOffice)")
    print(f"import_candidates (read + validate + store), median of {args.runs}: {ours:.3f} s "
          f"[{', '.join(f'{t:.3f}' for t in import_times)}]")
    print(f"odfpy opendocument.load only, median of {args.runs}: {odfpy:.3f} s "
          f"[{', '.join(f'{t:.2f}' for t in odfpy_times)}]")
    print(f"ratio odfpy load / import: x{ratio:.1f}")
    speed_ok, ratio_ok = ours <= TARGET_SECONDS, ratio >= TARGET_RATIO
    print(f"{'PASS' if speed_ok else 'FAIL'}: median {ours:.3f} s <= {TARGET_SECONDS} s")
    print(f"{'PASS' if ratio_ok else 'FAIL'}: ratio x{ratio:.1f} >= x{TARGET_RATIO}")
    print(f"this process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    with tempfile.TemporaryDirectory() as work:
        for label, big in million_row_files(Path(work)).items():
            probe = REFUSAL_PROBE.format(root=str(ROOT), path=str(big))
            seconds, rss, outcome = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                                   check=True).stdout.strip().split("|", 2)
            print(f"{label} ({big.stat().st_size / 1024 / 1024:.1f} MB): {seconds} s, "
                  f"peak RSS {rss} MB (whole process) -> {outcome}")
    return 0 if speed_ok and ratio_ok else 1


if __name__ == "__main__":
    sys.exit(main())
