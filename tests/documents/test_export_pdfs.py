"""The PDFs, rendered for real and read back with pdftotext: attendance sheet, PV d'incident, kit surveillant and
the session pack. European names must print, user text must print literally, headers repeat on every page."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from pixdesk.documents.exports import (
    ExportCancelled,
    export_attendance_sheet,
    export_document,
    export_incident_report,
    export_invigilator_kit,
    export_session_pack,
)
from pixdesk.models.candidate_rules import CandidateInput, validate_candidate
from pixdesk.models.errors import NotFoundError
from pixdesk.models.incidents import INCIDENT_CODES, legend_notes
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import CertificationSession, IncidentReport
from pixdesk.services import centres
from pixdesk.services.candidates import list_candidates, replace_candidates
from pixdesk.services.centres import get_centre, policy_of
from pixdesk.services.sessions import create_session, get_session

EUROPEAN = [
    CandidateInput("Kowalski", "Łukasz", "M", "1990-11-02", "Pologne", "99", None, "Łódź", email="lk@example.pl"),
    CandidateInput("Szabó", "Gergő", "M", "1988-04-17", "Hongrie", "99", None, "Győr", extra_time_percentage=33),
    CandidateInput("Ionescu", "Ștefan", "M", "1999-07-19", "Roumanie", "99", None, "București"),
    CandidateInput("Petrov", "Дмитрий", "M", "1985-01-31", "Russie", "99", None, "Москва", external_id="00042"),
    CandidateInput("R&D <b>", "Anne", "F", "2000-02-29", "France", "2A004", email="anne@example.fr"),
    CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", None, "97110", "Pointe-à-Pitre"),
]


def make_session(db, people, *, site="Centre Testix", time="10:00") -> int:
    centres.update_centre(db, name="Centre Testix", type="SCO")
    created = create_session(db, SessionInput(site, "Salle 45", "2021-01-12", time, "Eric Martin, Zoé Ŝ."),
                             allow_past=True)
    policy = policy_of(get_centre(db))
    replace_candidates(db, created.id, [validate_candidate(p, policy) for p in people])
    return created.id


def numbered_people(count: int) -> list[CandidateInput]:
    return [CandidateInput(f"Nom{n:02d}", f"Prénom{n:02d}", "F", (date(1990, 1, 1) + timedelta(days=n)).isoformat(),
                           "France", "01053") for n in range(1, count + 1)]


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def flat(text: str) -> str:
    """Table cells wrap their text over several lines: compare phrases with the whitespace collapsed."""
    return " ".join(text.split())


def page_count(path) -> int:
    return len(PdfReader(str(path)).pages)


def test_attendance_sheet_prints_the_session_block_and_every_european_name(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    path = export_attendance_sheet(db, session_id, tmp_path / "emargement.pdf")

    text = flat(pdf_text(path))
    for expected in ("Feuille d'émargement", "La session de certification", "N° de session", str(session_id),
                     "mardi 12 janvier 2021", "Heure locale (début/fin)", "10:00 – 12:40", "Nom du site",
                     "Centre Testix", "Nom de la salle", "Salle 45", "Session surveillée par :",
                     "Eric Martin, Zoé Ŝ.", "Signature des surveillant(s) :", "Page 1/1"):
        assert expected in text, expected
    for name in ("Łukasz", "Łódź", "Gergő", "Győr", "Ștefan", "București", "Дмитрий", "Москва", "R&D <b>"):
        assert name in text, name
    for column in ("Nom de naissance", "Prénom", "Commune de", "Pays de", "Identifiant", "Temps", "Signature",
                   "Écran de fin de test"):
        assert column in text, column
    assert "■" not in text
    page = PdfReader(str(path)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_attendance_sheet_derives_birth_department_and_keeps_codes(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    text = pdf_text(export_attendance_sheet(db, session_id, tmp_path / "emargement.pdf"))
    lines = text.splitlines()
    assert "2A" in lines  # Ajaccio (INSEE 2A004)
    assert "971" in lines  # Pointe-à-Pitre, by postal code 97110
    assert "99" in lines  # born abroad
    assert "00042" in lines
    assert "33 %" in lines
    assert "29/02/2000" in lines


def test_attendance_sheet_of_45_candidates_repeats_its_header_on_each_of_4_pages(db, tmp_path):
    session_id = make_session(db, numbered_people(45))
    path = export_attendance_sheet(db, session_id, tmp_path / "emargement.pdf")

    # 10 rows fit under the session block on page 1, then 15 a page: 10 + 15 + 15 + 5.
    assert page_count(path) == 4
    for number, (first, last) in enumerate([(1, 10), (11, 25), (26, 40), (41, 45)], start=1):
        text = flat(pdf_text(path, number))
        assert "Nom de naissance" in text and "Écran de fin de test vu (cocher)" in text
        assert f"Page {number}/4" in text
        assert f"Nom{first:02d}" in text and f"Nom{last:02d}" in text
        assert f"Nom{last + 1:02d}" not in text


def test_long_names_are_cut_with_an_ellipsis_not_spilled(db, tmp_path):
    long_name = "Van der Berghe-Montmorency de la Tour d'Auvergne-Lauraguais"
    people = [CandidateInput(long_name, "Marie-Thérèse-Bernadette-Hildegarde", "F", "1990-05-05", "France",
                             "01053", email="marie-therese.bernadette.hildegarde@tres-long-domaine.example.fr")]
    path = export_attendance_sheet(db, make_session(db, people), tmp_path / "emargement.pdf")
    text = flat(pdf_text(path))
    # Two lines at most in an 80-point column, the second ending with "…".
    assert "Van der Berghe-Montmor…" in text
    assert "Bernadette-…" in text  # pdftotext joins "Marie-Thérèse-" to the next line, as a hyphenated word
    assert "marie-therese. bernadette.hildegarde…" in text
    assert "Lauraguais" not in text and "Hildegarde" not in text and "example.fr" not in text


def test_empty_session_says_so(db, tmp_path):
    path = export_attendance_sheet(db, make_session(db, []), tmp_path / "emargement.pdf")
    assert "Aucun candidat inscrit à cette session." in pdf_text(path)
    assert page_count(path) == 1


def test_attendance_sheet_in_english(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    text = flat(pdf_text(export_attendance_sheet(db, session_id, tmp_path / "sheet.pdf", lang="en")))
    for expected in ("Attendance sheet", "Tuesday 12 January 2021", "Birth name", "End-of-test screen",
                     "Page 1/1"):
        assert expected in text, expected


def add_incidents(db, session_id: int, count: int = 2) -> None:
    people = list_candidates(db, session_id)
    with db.transaction() as store:
        for n in range(count):
            store.add(IncidentReport(session_id=session_id, candidate_id=people[n % len(people)].id, code="E3",
                                     category="IN_CHALLENGE", question_number=n + 1,
                                     description=f"Fichier <odt> & co n°{n + 1}"))


def test_incident_report_lists_recorded_incidents_blank_lines_and_the_whole_legend(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    add_incidents(db, session_id)
    path = export_incident_report(db, session_id, tmp_path / "pv.pdf")

    text = flat(pdf_text(path))
    for expected in ("PV d'incident", "N° de session", str(session_id),
                     "Commentaire global sur la session (optionnel – ne rien indiquer si tout s'est bien déroulé)",
                     "Signalements individuels", "Prénom/Nom", "Code (*)", "N° épreuve", "Détails",
                     "Łukasz Kowalski", "Gergő Szabó", "Fichier <odt> & co n°1", "Détails attendus",
                     "Signalements liés au candidat", "Autres signalements", "Page 1/1"):
        assert expected in text, expected
    for code in INCIDENT_CODES:
        assert f"{code.code} {flat(code.label('fr'))}" in text, code.code
    for french in legend_notes("fr"):
        assert flat(french) in text
    assert page_count(path) == 1


def test_incident_report_prints_the_global_comment(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    with db.transaction() as store:
        store.get(CertificationSession, session_id).examiner_global_comment = "Coupure réseau <10 min> & reprise"
    text = pdf_text(export_incident_report(db, session_id, tmp_path / "pv.pdf"))
    assert "Coupure réseau <10 min> & reprise" in text


def test_many_incidents_spill_over_with_the_table_header_repeated(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    add_incidents(db, session_id, count=30)
    path = export_incident_report(db, session_id, tmp_path / "pv.pdf")
    pages = page_count(path)
    assert pages >= 2
    second = pdf_text(path, 2)
    assert "Prénom/Nom" in second and f"Page 2/{pages}" in second


def test_invigilator_kit_has_the_codes_the_room_and_the_day_steps(db, tmp_path):
    session_id = make_session(db, EUROPEAN, site="Site R&D <b>")
    session = get_session(db, session_id)
    path = export_invigilator_kit(db, session_id, tmp_path / "kit.pdf")

    text = flat(pdf_text(path))
    for expected in ("Kit surveillant", str(session_id), session.access_code, session.invigilator_password,
                     "Site R&D <b>", "Salle 45", "mardi 12 janvier 2021", "10:00", "12:40",
                     "Eric Martin, Zoé Ŝ.", "6 (dont 1 avec temps majoré)", "Page 1/1"):
        assert expected in text, expected
    for step in ("Vérifiez l'identité de chaque candidat", "pièce d'identité",
                 f"Donnez le code d'accès {session.access_code}", "confirmez la présence de chaque candidat",
                 "1 candidat(s) ont un temps majoré", "Vérifiez l'écran de fin de test",
                 "Le candidat ne parvient pas à rejoindre la session", "code E et le numéro de l'épreuve",
                 "Déconnexion involontaire : autorisez la reprise", "préfixe « C- » est déjà affiché"):
        assert step in text, step
    assert page_count(path) == 1


def test_invigilator_kit_in_english(db, tmp_path):
    session_id = make_session(db, EUROPEAN)
    text = flat(pdf_text(export_invigilator_kit(db, session_id, tmp_path / "kit.pdf", lang="en")))
    for expected in ("Invigilator kit", "Candidate access code", "Invigilator password", "On the day of the session",
                     "Accidental disconnection", "Tuesday 12 January 2021"):
        assert expected in text, expected


def test_session_pack_has_the_three_documents_each_numbered_on_its_own(db, tmp_path):
    session_id = make_session(db, numbered_people(12))
    path = export_session_pack(db, session_id, tmp_path / "dossier.pdf")

    reader = PdfReader(str(path))
    assert len(reader.pages) == 4  # attendance sheet (12 rows: 2 pages), PV d'incident, kit
    landscape = [page.mediabox.width > page.mediabox.height for page in reader.pages]
    assert landscape == [True, True, False, False]
    assert "Feuille d'émargement" in pdf_text(path, 1) and "Page 1/2" in pdf_text(path, 1)
    assert "Page 2/2" in pdf_text(path, 2)
    assert "PV d'incident" in pdf_text(path, 3) and "Page 1/1" in pdf_text(path, 3)
    assert "Kit surveillant" in pdf_text(path, 4) and "Page 1/1" in pdf_text(path, 4)


def test_pdf_progress_counts_pages_of_work_and_cancel_removes_the_file(db, tmp_path):
    session_id = make_session(db, numbered_people(45))
    calls = []
    result = export_document("attendance-sheet", db, session_id, tmp_path / "a.pdf",
                             progress=lambda done, total: calls.append((done, total)))
    assert result.pages == 4
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]

    checks = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        export_attendance_sheet(db, session_id, tmp_path / "b.pdf", is_cancelled=lambda: next(checks))
    assert sorted(p.name for p in tmp_path.iterdir() if "pdf" in p.name) == ["a.pdf"]


def test_unknown_session_raises_not_found(db, tmp_path):
    with pytest.raises(NotFoundError):
        export_session_pack(db, 4242, tmp_path / "pack.pdf")
