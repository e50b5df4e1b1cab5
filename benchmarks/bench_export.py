"""Export speed: the 10,000-candidate .ods (target 1 s) and the 1,000-candidate attendance sheet (target 3 s).

Builds a throw-away store with both sessions (varied, valid candidates), then times each export end to end
(store read included) and prints the median of the runs, its ratio to the target, and PASS or FAIL.

    python benchmarks/bench_export.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pixdesk.documents.exports import export_attendance_sheet, export_candidates_sheet, export_document  # noqa: E402
from pixdesk.models.candidate_rules import CandidateValues  # noqa: E402
from pixdesk.models.session_rules import SessionInput  # noqa: E402
from pixdesk.services import centres  # noqa: E402
from pixdesk.services.candidates import replace_candidates  # noqa: E402
from pixdesk.services.sessions import create_session  # noqa: E402
from pixdesk.store import open_database  # noqa: E402

FIRST_NAMES = ("Julie", "Michel", "Łukasz", "Gergő", "Ștefan", "Дмитрий", "Anaïs", "Zoé", "Jean-Baptiste", "Inès")
LAST_NAMES = ("Dupont", "Durand", "Kowalski", "Szabó", "Ionescu", "Petrov", "Lefèvre", "Van der Berghe", "N'Diaye",
              "Martin-Lopez de la Fuente")
# (country, INSEE code, postal code, city) as validation stores them: by INSEE code, by postal code, abroad.
BIRTH_PLACES = (
    ("France", "01053", None, "Bourg-en-Bresse"),
    ("France", None, "33000", "Bordeaux"),
    ("France", "2A004", None, "Ajaccio"),
    ("France", None, "97110", "Pointe-à-Pitre"),
    ("Pologne", "99122", None, "Łódź"),
    ("Roumanie", "99114", None, "București"),
)
BILLING = (("FREE", None), ("PAID", None), ("PREPAID", "12345678912345/FACT12345"))


def candidates(count: int) -> list[CandidateValues]:
    people = []
    for n in range(count):
        country, insee, postal, city = BIRTH_PLACES[n % len(BIRTH_PLACES)]
        billing, prepayment = BILLING[n % len(BILLING)]
        people.append(CandidateValues(
            last_name=f"{LAST_NAMES[n % len(LAST_NAMES)]} {n:05d}", first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
            sex="MF"[n % 2], birthdate=date(1950, 1, 1) + timedelta(days=(n * 37) % 20000), birth_country=country,
            birth_insee_code=insee, birth_postal_code=postal, birth_city=city,
            email=f"candidat.{n:05d}@example.fr", result_recipient_email="formation@example.fr" if n % 4 == 0 else None,
            external_id=f"{n:06d}" if n % 3 else None, extra_time_percentage=33 if n % 10 == 0 else None,
            billing_mode=billing, prepayment_code=prepayment, complementary_certification="CLEA" if n % 7 == 0 else None,
        ))
    return people


def make_session(db, count: int) -> int:
    created = create_session(db, SessionInput("Centre Testix", "Salle 45", "2026-01-12", "10:00", "Eric Martin"),
                             allow_past=True)
    replace_candidates(db, created.id, candidates(count))
    return created.id


def median_seconds(action, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        db = open_database(work / "bench.sqlite")
        try:
            centres.update_centre(db, name="Centre Testix", type="PRO", habilitations=["CLEA"])
            big, medium = make_session(db, 10_000), make_session(db, 1_000)
            export_attendance_sheet(db, medium, work / "warm-up.pdf")  # font and place-name tables load once
            checks = [
                ("candidate sheet .ods, 10,000 candidates", 1.0,
                 lambda: export_candidates_sheet(db, big, work / "big.ods")),
                ("attendance sheet PDF, 1,000 candidates", 3.0,
                 lambda: export_attendance_sheet(db, medium, work / "medium.pdf")),
            ]
            informative = [
                ("session pack PDF, 1,000 candidates", lambda: export_document("session-pack", db, medium,
                                                                                work / "pack.pdf")),
                ("attendance sheet PDF, 10,000 candidates", lambda: export_attendance_sheet(db, big, work / "big.pdf")),
            ]
            failed = False
            print(f"median of {args.runs} runs, store read included")
            for label, target, action in checks:
                median, times = median_seconds(action, args.runs)
                verdict = "PASS" if median <= target else "FAIL"
                failed |= median > target
                print(f"{label:42s} {median:6.3f} s  target {target:.1f} s  ratio {median / target:5.2f}  {verdict}"
                      f"   runs: {', '.join(f'{t:.3f}' for t in times)}")
            for label, action in informative:
                median, _ = median_seconds(action, max(1, args.runs // 2))
                print(f"{label:42s} {median:6.3f} s  (no target)")
            pages = export_document("attendance-sheet", db, medium, work / "medium.pdf").pages
            size = (work / "big.ods").stat().st_size / 1e6
            print(f"attendance sheet of 1,000 candidates: {pages} pages; 10,000-row .ods: {size:.1f} MB")
        finally:
            db.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
