"""Regenerate docs/documents/*.png: the first page of each exported document, for the README.

Uses a throw-away demo store (seed 004's Centre Testix) with two recorded incidents. Needs pdftoppm
(poppler-utils) and, for the candidate sheet, LibreOffice (soffice) to lay the .ods out as it prints.

    python scripts/render_documents.py [--lang en] [--out docs/documents]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from pixdesk.documents.exports import export_document  # noqa: E402
from pixdesk.models.tables import IncidentReport  # noqa: E402
from pixdesk.services.candidates import list_candidates  # noqa: E402
from pixdesk.services.demo import seed_demo  # noqa: E402
from pixdesk.services.sessions import list_sessions  # noqa: E402
from pixdesk.store import open_database  # noqa: E402

RESOLUTION = "70"


def demo_session(db) -> int:
    seed_demo(db)
    session = max((s for s in list_sessions(db) if not s.finalized), key=lambda s: s.candidate_count)
    people = list_candidates(db, session.id)
    with db.transaction() as store:
        store.add(IncidentReport(session_id=session.id, candidate_id=people[2].id, code="E3", category="IN_CHALLENGE",
                                 subcategory="FILE_NOT_OPENING", question_number=12,
                                 description="Le fichier .odt ne s'ouvre pas, question passée après constat."))
        store.add(IncidentReport(session_id=session.id, candidate_id=people[3].id, code="C1",
                                 category="CANDIDATE_INFORMATIONS_CHANGES", subcategory="NAME_OR_BIRTHDATE",
                                 description="Prénom inscrit « Malgorzata », à corriger en « Małgorzata »."))
    return session.id


def run_the_room(db, session_id: int) -> None:
    """The morning of the exam, recorded in the room's journal: what the filled documents print."""
    from datetime import datetime, timedelta

    from pixdesk.services import room
    from pixdesk.services.clock import FixedClock
    from pixdesk.services.sessions import get_session

    session = get_session(db, session_id)
    hour, minute = (int(part) for part in session.time.split(":"))
    clock = FixedClock(datetime(session.date.year, session.date.month, session.date.day, hour, minute).astimezone())
    ids = [c.id for c in list_candidates(db, session_id)]
    room.record_action(db, session_id, ids[:-1], "start", clock=clock)
    room.record_action(db, session_id, ids[-1:], "absent", clock=clock)
    clock.advance(timedelta(minutes=34))
    room.add_incident(db, session_id, [ids[1]], room.IncidentInput("E4", 23, "Site de la question indisponible."),
                      clock=clock)
    clock.advance(timedelta(minutes=12))
    room.add_incident(db, session_id, None, room.IncidentInput("A1", description="Coupure du réseau de 5 minutes."),
                      clock=clock)
    clock.advance(timedelta(minutes=55))
    room.record_action(db, session_id, ids[:3], "end-screen-seen", clock=clock)
    room.add_incident(db, session_id, [ids[4]], room.IncidentInput("C3", description="Sorti sans voir l'écran de "
                                                                   "fin.", exit_time="11:40"), clock=clock)
    room.record_action(db, session_id, ids[3:5], "end-screen-seen", clock=clock)


def finalised_session(db) -> int:
    """A session played through the room's services (scripts/exam_day.py), then finalised with two documents."""
    from exam_day import exam_session, photo_png, scan_pdf

    from pixdesk.models.finalisation import Answers, answers_after
    from pixdesk.services import finalisation as fin
    from pixdesk.services.attachments import attachment_from_bytes

    session_id, ids, clock = exam_session(db)
    state = fin.load_finalisation(db, session_id)
    michel = next(line for line in state.lines if line.candidate_id == ids[1])
    answers = answers_after(Answers(comment="Coupure du réseau de 10 h 40 à 10 h 52 : trois candidats ont dû "
                                            "reprendre leur test.", has_incident=True), michel.journal,
                            abort_reason="candidate")
    fin.finalise(db, session_id, answers, clock=clock, attachments=[
        attachment_from_bytes("emargement-signe.pdf", scan_pdf(), "attendance_sheet"),
        attachment_from_bytes("ecran-question-12.png", photo_png(), "photo")])
    return session_id


def first_page_png(pdf: Path, png: Path) -> None:
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", RESOLUTION, "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        db = open_database(work / "demo.sqlite")
        try:
            session_id = demo_session(db)
            for kind in ("attendance-sheet", "incident-report", "invigilator-kit"):
                result = export_document(kind, db, session_id, work / f"{kind}.pdf", lang=args.lang)
                first_page_png(result.path, args.out / f"{kind}.png")
            sheet = export_document("candidates-sheet", db, session_id, work / "candidates-sheet.ods",
                                    lang=args.lang).path
            run_the_room(db, session_id)
            for kind in ("attendance-sheet-filled", "incident-report-filled"):
                result = export_document(kind, db, session_id, work / f"{kind}.pdf", lang=args.lang)
                first_page_png(result.path, args.out / f"{kind}.png")
            finalised = finalised_session(db)
            result = export_document("finalisation-receipt", db, finalised, work / "receipt.pdf", lang=args.lang)
            first_page_png(result.path, args.out / "finalisation-receipt.png")
        finally:
            db.close()
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("soffice not found: candidates-sheet.png not regenerated", file=sys.stderr)
            return 1
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(sheet)],
                       check=True, capture_output=True)
        first_page_png(work / "candidates-sheet.pdf", args.out / "candidates-sheet.png")
    for png in sorted(args.out.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
