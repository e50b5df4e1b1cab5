"""The candidate sheet export (.ods): layout, typed cells as LibreOffice shows them, escaping, round trip through
the import, progress, cancel and files that cannot be written."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from pixdesk.documents.candidate_import import import_candidates
from pixdesk.documents.exports import ExportCancelled, export_candidates_sheet
from pixdesk.documents.sheet_layout import EXTRA_EMPTY_ROWS
from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.errors import DomainError, NotFoundError
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import centres
from pixdesk.services.candidates import list_candidates, replace_candidates
from pixdesk.services.centres import get_centre, policy_of
from pixdesk.services.sessions import create_session

PEOPLE = [
    CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "01053", email="julie.dupont@example.fr",
                   billing_mode="Gratuite", external_id="007"),
    CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", None, "33000", "Bordeaux",
                   extra_time_percentage=33, billing_mode="Payante", complementary_certification="CLEA"),
    CandidateInput("Kowalski", "Łukasz", "M", "1990-11-02", "Pologne", "99", None, "Łódź", billing_mode="Prépayée",
                   prepayment_code="12345678912345/FACT12345", result_recipient_email="formation@example.fr"),
    CandidateInput("Petrov", "Дмитрий", "M", "1985-01-31", "Russie", None, None, "Москва", billing_mode="FREE",
                   extra_time_percentage=150),
    CandidateInput("R&D <b>", "Gergő", "F", "2000-02-29", "France", "2A004", billing_mode="PAID"),
]


def make_session(db, people=PEOPLE, *, centre_type="PRO", habilitations=("CLEA",)) -> int:
    centres.update_centre(db, name="Centre Testix", type=centre_type, habilitations=list(habilitations))
    created = create_session(db, SessionInput("Centre Testix", "Salle 45", "2026-01-12", "10:00", "Eric Martin"),
                             allow_past=True)
    policy = policy_of(get_centre(db))
    replace_candidates(db, created.id, [validate_candidate(p, policy) for p in people])
    return created.id


def read_rows(path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)


def test_layout_session_block_header_on_row_11_candidates_then_20_numbered_rows(db, tmp_path):
    session_id = make_session(db)
    path = export_candidates_sheet(db, session_id, tmp_path / "liste.ods")

    rows = read_rows(path)
    header = rows[10]  # spreadsheet row 11
    # The platform's French template headers (reference section 3), in its order.
    expected = ["N°", "* Nom de naissance", "* Prénom", "Identifiant local", "Temps majoré ?",
                "* Date de naissance (format : jj/mm/aaaa)", "Nom de la commune", "Code postal", "Code Insee", "Pays",
                "E-mail de convocation", "E-mail du destinataire des résultats (formateur, enseignant…)",
                "* Sexe (M ou F)", "Tarification part Pix", "Code de prépaiement",
                'CléA Numérique("oui" ou laisser vide)']
    assert header == expected
    block = {row[1]: row[2] for row in rows[:10] if len(row) > 2 and row[1]}
    assert block["N° de session"] == f"{session_id} (provisoire)"  # not synchronised yet
    assert block["Nom du site"] == "Centre Testix"
    assert block["Nom de la salle"] == "Salle 45"
    assert block["Date"] == date(2026, 1, 12)
    assert block["Heure locale (début)"] == "10:00"

    body = rows[11:]
    assert [row[0] for row in body] == list(range(1, len(PEOPLE) + EXTRA_EMPTY_ROWS + 1))
    assert all(not any(row[1:]) for row in body[len(PEOPLE):])
    first = dict(zip(header, body[0]))
    assert first["* Nom de naissance"] == "Dupont"
    assert first["* Date de naissance (format : jj/mm/aaaa)"] == date(1996, 3, 13)
    assert first["Identifiant local"] == "007"
    assert first["Tarification part Pix"] == "Gratuite"


def test_birth_place_and_options_are_written_as_the_import_reads_them(db, tmp_path):
    session_id = make_session(db)
    rows = read_rows(export_candidates_sheet(db, session_id, tmp_path / "liste.ods"))
    header = rows[10]
    by_name = {row[1]: dict(zip(header, row)) for row in rows[11:11 + len(PEOPLE)]}

    insee_born = by_name["Dupont"]  # France by INSEE code: the code alone, the import finds the city again
    assert (insee_born["Code Insee"], insee_born["Code postal"], insee_born["Nom de la commune"]) == ("01053", "", "")
    postal_born = by_name["Durand"]
    # entered as 33000 + Bordeaux, stored as Bordeaux's INSEE code (what the platform takes), written back so
    assert (postal_born["Code Insee"], postal_born["Code postal"], postal_born["Nom de la commune"]) == (
        "33063", "", "")
    assert postal_born["Temps majoré ?"] == 0.33  # a percentage cell: the fraction the platform reads
    assert postal_born['CléA Numérique("oui" ou laisser vide)'] == "Oui"
    abroad = by_name["Kowalski"]
    assert (abroad["Code Insee"], abroad["Nom de la commune"], abroad["Pays"]) == ("99", "Łódź", "Pologne")
    assert abroad["Tarification part Pix"] == "Prépayée"
    assert abroad["Code de prépaiement"] == "12345678912345/FACT12345"
    assert by_name["R&D <b>"]["* Prénom"] == "Gergő"
    assert by_name["R&D <b>"]["Code Insee"] == "2A004"


def test_libreoffice_shows_dates_as_dates_and_keeps_leading_zeros(db, tmp_path):
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is part of the test environment"
    session_id = make_session(db)
    path = export_candidates_sheet(db, session_id, tmp_path / "liste.ods")

    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"),
                    str(path)], check=True, capture_output=True, timeout=120)
    with open(tmp_path / "csv" / "liste.csv", encoding="utf-8", newline="") as handle:
        shown = list(csv.reader(handle))
    assert shown[6][1:3] == ["Date", "12/01/2026"]
    dupont = next(row for row in shown if row[1:3] == ["Dupont", "Julie"])
    assert "13/03/1996" in dupont
    assert "01053" in dupont and "007" in dupont
    durand = next(row for row in shown if row[1] == "Durand")
    assert "33 %" in durand
    assert next(row for row in shown if row[1] == "R&D <b>")[2] == "Gergő"


def test_english_labels(db, tmp_path):
    session_id = make_session(db)
    rows = read_rows(export_candidates_sheet(db, session_id, tmp_path / "list.ods", lang="en"))
    assert rows[10][:3] == ["No.", "* Birth name", "* First name"]
    assert rows[10][-1] == 'CléA Numérique("yes" or leave empty)'
    assert dict(zip(rows[10], rows[11]))["Pix billing"] == "Free"


def test_sco_centre_gets_no_billing_columns(db, tmp_path):
    people = [CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "01053")]
    session_id = make_session(db, people, centre_type="SCO", habilitations=())
    header = read_rows(export_candidates_sheet(db, session_id, tmp_path / "liste.ods"))[10]
    assert "Tarification part Pix" not in header and "Code de prépaiement" not in header
    assert header[-1] == "* Sexe (M ou F)"


def test_text_is_escaped_and_spaces_kept(db, tmp_path):
    # The prepayment code is the one field the rules only trim: its inner double space is the user's.
    people = [CandidateInput("O'Brien & <Sons>", "Anne", "F", "1990-01-01", "France", "01053",
                             billing_mode="Prépayée", prepayment_code="12345678912345  FACT 7")]
    session_id = make_session(db, people)
    path = export_candidates_sheet(db, session_id, tmp_path / "liste.ods")
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        content = archive.read("content.xml").decode()
    assert "O'Brien &amp; &lt;Sons&gt;" in content
    header, row = read_rows(path)[10:12]
    assert row[1] == "O'Brien & <Sons>"
    assert dict(zip(header, row))["Code de prépaiement"] == "12345678912345  FACT 7"


def test_round_trip_export_then_import_gives_the_same_list(db, tmp_path):
    source = make_session(db)
    path = export_candidates_sheet(db, source, tmp_path / "liste.ods")
    target = create_session(db, SessionInput("Annexe", "Amphi 2", "2026-02-01", "14:00", "Lucie Moreau"),
                            allow_past=True).id

    result = import_candidates(db, target, path)

    assert result.count == len(PEOPLE)
    ignored = {"id", "uuid", "session_id", "joined_at"}

    def values(session_id):
        return [{k: v for k, v in c.as_json().items() if k not in ignored} for c in list_candidates(db, session_id)]

    assert values(target) == values(source)


def test_progress_reaches_the_total(db, tmp_path):
    session_id = make_session(db)
    calls = []
    export_candidates_sheet(db, session_id, tmp_path / "liste.ods", progress=lambda done, total: calls.append(
        (done, total)))
    assert calls[0] == (0, len(PEOPLE))
    assert calls[-1] == (len(PEOPLE), len(PEOPLE))


def test_cancel_leaves_the_previous_file_and_no_partial_file(db, tmp_path):
    session_id = make_session(db)
    target = tmp_path / "liste.ods"
    target.write_bytes(b"previous version")

    with pytest.raises(ExportCancelled):
        export_candidates_sheet(db, session_id, target, is_cancelled=lambda: True)

    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_a_failure_while_writing_leaves_no_file(db, tmp_path):
    session_id = make_session(db)

    def broken_progress(done, total):
        if done == total:
            raise RuntimeError("worker stopped")

    with pytest.raises(RuntimeError):
        export_candidates_sheet(db, session_id, tmp_path / "liste.ods", progress=broken_progress)
    assert [p.name for p in tmp_path.iterdir() if "liste" in p.name] == []


def test_missing_folder_is_named_in_the_message(db, tmp_path):
    session_id = make_session(db)
    target = tmp_path / "absent" / "liste.ods"
    with pytest.raises(DomainError) as caught:
        export_candidates_sheet(db, session_id, target)
    assert caught.value.code == "EXPORT_FOLDER_NOT_FOUND"
    assert str(target) in caught.value.messages()[0]
    assert "n'existe pas" in caught.value.messages()[0]


def test_a_folder_as_target_is_refused(db, tmp_path):
    session_id = make_session(db)
    with pytest.raises(DomainError) as caught:
        export_candidates_sheet(db, session_id, tmp_path)
    assert caught.value.code == "EXPORT_PATH_IS_FOLDER"
    assert list(tmp_path.glob(".*.part")) == []


def test_unknown_session(db, tmp_path):
    with pytest.raises(NotFoundError):
        export_candidates_sheet(db, 999, tmp_path / "liste.ods")
    assert not (tmp_path / "liste.ods").exists()
