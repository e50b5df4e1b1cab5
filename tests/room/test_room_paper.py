"""The PV d'incident and the feuille d'émargement printed filled from the room's journal."""

import sqlite3
import subprocess
from contextlib import closing

from pixdesk.documents.exports import (export_attendance_sheet, export_attendance_sheet_filled,
                                       export_incident_report, export_incident_report_filled)
from pixdesk.services import room
from pixdesk.services.journal import load_events
from tests.documents.test_export_pdfs import flat, pdf_text
from tests.room.conftest import later


def layout_text(path) -> str:
    """The PDF's text with each table row on one line."""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def row_of(text: str, *words: str) -> str:
    return next(line for line in text.splitlines() if all(word in line for word in words))


def run_the_exam(db, session_id, ids, clock):
    julie, michel, jean, anais = ids
    room.record_action(db, session_id, [julie, michel, jean], "start", clock=clock)
    room.record_action(db, session_id, [anais], "absent", clock=clock)
    later(clock, 12)
    room.add_incident(db, session_id, [michel], room.IncidentInput("E3", 12, "Le PDF ne s'ouvre pas"), clock=clock)
    later(clock, 1)
    room.add_incident(db, session_id, [jean], room.IncidentInput("C3", description="Sorti avant la fin",
                                                                 exit_time="10:42"), clock=clock)
    later(clock, 1)
    room.add_incident(db, session_id, [julie], room.IncidentInput("E9"), clock=clock, allow_incomplete=True)
    later(clock, 80)
    room.record_action(db, session_id, [julie], "end-screen-seen", clock=clock)


def test_the_filled_pv_lists_the_journal_s_incidents_and_prints_its_fingerprint(db, tmp_path, room_session, clock):
    session_id, ids = room_session
    run_the_exam(db, session_id, ids, clock)
    path = export_incident_report_filled(db, session_id, tmp_path / "pv.pdf")
    rows = layout_text(path)
    assert row_of(rows, "Michel Durand", "E3", "12", "Le PDF ne s'ouvre pas – noté à 10:12")
    assert row_of(rows, "Jean Neige", "C3", "sortie à 10:42 – Sorti avant la fin – noté à 10:13")
    assert row_of(rows, "Julie Dupont", "E9", "noté à 10:14 – à compléter")
    text = flat(pdf_text(path))
    fingerprint = load_events(db, session_id)[-1].hash
    grouped = " ".join(fingerprint[i:i + 16] for i in range(0, 64, 16))
    for expected in ("PV d'incident", "Rempli depuis le journal de la salle", "Empreinte du journal de la salle "
                     "(SHA-256)", grouped, "chaîne vérifiée", f"pixdesk journal {session_id}"):
        assert expected in text, expected
    blank = flat(pdf_text(export_incident_report(db, session_id, tmp_path / "blank.pdf")))
    assert "Michel Durand" not in blank and "Empreinte" not in blank  # the blank version stays blank


def test_the_filled_attendance_sheet_marks_absences_and_end_screens(db, tmp_path, room_session, clock):
    session_id, ids = room_session
    run_the_exam(db, session_id, ids, clock)
    text = layout_text(export_attendance_sheet_filled(db, session_id, tmp_path / "sheet.pdf"))
    assert "☑" in row_of(text, "Dupont", "Julie") and "☐" in row_of(text, "Durand", "Michel")
    anais = row_of(text, "Lefèvre", "Anaïs")
    assert "Absent(e)" in anais and "☐" not in anais and "☑" not in anais
    assert "Rempli depuis le journal de la salle" in flat(text)
    blank = pdf_text(export_attendance_sheet(db, session_id, tmp_path / "blank.pdf"))
    assert "☑" not in blank and "Absent(e)" not in blank


def test_a_tampered_journal_says_so_on_the_paper(db, db_path, tmp_path, room_session, clock):
    session_id, ids = room_session
    run_the_exam(db, session_id, ids, clock)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DROP TRIGGER room_event_no_update")
        conn.execute("UPDATE room_event SET data = replace(data, '12', '13') WHERE kind = 'incident_noted'")
        conn.commit()
    text = flat(pdf_text(export_incident_report_filled(db, session_id, tmp_path / "pv.pdf")))
    assert "ATTENTION : le journal ne correspond plus à ses empreintes" in text


def test_the_filled_documents_from_the_command_line(run, db, tmp_path, room_session, clock):
    session_id, ids = room_session
    run_the_exam(db, session_id, ids, clock)
    for kind in ("incident-report-filled", "attendance-sheet-filled"):
        code, out, err = run("export", kind, str(session_id), "-o", str(tmp_path / f"{kind}.pdf"))
        assert code == 0 and "Fichier écrit" in out, err
