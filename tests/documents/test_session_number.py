"""The session number on paper: the central server's once the session is synchronised; until then the local
number, marked provisional on every document, since the one candidates and the invigilator space use is not known."""

import subprocess

from python_calamine import CalamineWorkbook

from pixdesk.documents.exports import (
    export_attendance_sheet,
    export_candidates_sheet,
    export_incident_report,
    export_invigilator_kit,
    export_session_pack,
)
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import CertificationSession
from pixdesk.services.sessions import create_session


def flat_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())


def new_session(db) -> int:
    return create_session(db, SessionInput("Centre Testix", "Salle 45", "2021-01-12", "10:00", "Eric Martin"),
                          allow_past=True).id


def synchronised(db, session_id: int, server_number: str) -> None:
    """What the sync does once the server has created the session."""
    with db.transaction() as s:
        s.get(CertificationSession, session_id).server_id = server_number


def sheet_number_cell(path):
    """The value beside "N° de session" in the .ods session block, as stored (text or number)."""
    for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)[:10]:
        if "N° de session" in row:
            return row[row.index("N° de session") + 1]
    raise AssertionError("no session number in the sheet")


def test_before_the_first_sync_every_document_says_the_number_is_provisional(db, tmp_path):
    session_id = new_session(db)
    provisional = f"{session_id} (provisoire)"
    kit = flat_text(export_invigilator_kit(db, session_id, tmp_path / "kit.pdf"))
    assert f"Session n° {provisional}" in kit  # the running header
    assert "Provisoire : la session recevra son numéro à la synchronisation. Réimprimez ensuite." in kit
    assert f"avec le numéro de session {provisional} et le mot de passe surveillant" in kit
    assert f"N° de session {provisional}" in flat_text(export_attendance_sheet(db, session_id, tmp_path / "a.pdf"))
    assert f"N° de session : {provisional}" in flat_text(export_incident_report(db, session_id, tmp_path / "i.pdf"))
    assert flat_text(export_session_pack(db, session_id, tmp_path / "p.pdf")).count(provisional) >= 5
    assert sheet_number_cell(export_candidates_sheet(db, session_id, tmp_path / "l.ods")) == provisional


def test_once_synchronised_the_documents_print_the_servers_number(db, tmp_path):
    session_id = new_session(db)
    synchronised(db, session_id, "30712")
    kit = flat_text(export_invigilator_kit(db, session_id, tmp_path / "kit.pdf"))
    assert "Session n° 30712" in kit and "avec le numéro de session 30712 et" in kit
    assert "provisoire" not in kit.lower()
    for export in (export_attendance_sheet, export_incident_report, export_session_pack):
        text = flat_text(export(db, session_id, tmp_path / "doc.pdf"))
        assert "30712" in text and "provisoire" not in text.lower()
    assert sheet_number_cell(export_candidates_sheet(db, session_id, tmp_path / "l.ods")) == 30712


def test_the_provisional_mark_is_translated(db, tmp_path):
    session_id = new_session(db)
    kit = flat_text(export_invigilator_kit(db, session_id, tmp_path / "kit.pdf", lang="en"))
    assert f"{session_id} (provisional)" in kit
    assert "Provisional: the session gets its number when it is synchronised. Print it again then." in kit
