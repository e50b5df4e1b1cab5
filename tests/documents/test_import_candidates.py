"""Importing real candidate lists written by LibreOffice (tests/fixtures/import, made by make_fixtures.py)."""

import json
from datetime import date
from pathlib import Path

import pytest

from pixdesk import language
from pixdesk.cli import main
from pixdesk.documents.candidate_import import LAYOUT_2021, LAYOUT_CURRENT, import_candidates
from pixdesk.documents.import_problems import FileRefused, ImportCancelled, LineProblem
from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.errors import DomainError, ValidationError
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import CertificationSession, utc_now
from pixdesk.services.candidates import add_candidate, list_candidates, mark_joined
from pixdesk.services.centres import update_centre
from pixdesk.services.sessions import create_session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def session_id(db):
    update_centre(db, type="PRO", habilitations=["CLEA"])
    return create_session(db, SessionInput("Centre Testix", "Salle 45", "2031-01-12", "10:00", "Eric Martin")).id


def by_name(records):
    return {r.last_name: r for r in records}


def test_current_template_with_its_session_block_and_quirks(db, session_id):
    result = import_candidates(db, session_id, FIXTURES / "liste-candidats-modele.ods")

    assert (result.count, result.incomplete_count, result.layout) == (5, 0, LAYOUT_CURRENT)
    stored = by_name(list_candidates(db, session_id))
    assert list(stored) == ["Dupont", "Martin", "Bernard", "Nguyen", "Petit"]  # 20 numbered empty rows ignored
    dupont = stored["Dupont"]
    assert (dupont.first_name, dupont.sex, dupont.birthdate) == ("Julie", "F", date(1996, 3, 13))
    assert (dupont.birth_insee_code, dupont.birth_city_name, dupont.birth_country) == ("76351", "Le Havre", "France")
    # a 150 % cell (1.5), as in the platform's own test fixture
    assert (dupont.extra_time_percentage, dupont.billing_mode, dupont.complementary_certification) == (
        150, "PAID", "CLEA")
    assert (dupont.external_id, dupont.email, dupont.result_recipient_email) == (
        "ETU-001", "julie.dupont@example.fr", "formateur@example.fr")
    martin = stored["Martin"]  # text date, postal code typed as a number, "33 %" as text
    assert (martin.birthdate, martin.birth_insee_code, martin.birth_city_name) == (
        date(2001, 5, 6), "01053", "Bourg-en-Bresse")
    assert (martin.extra_time_percentage, martin.external_id, martin.billing_mode) == (33, "12345", "FREE")
    bernard = stored["Bernard"]  # J/M/AA text date, Corsican INSEE code, percentage cell, prepaid
    assert (bernard.birthdate, bernard.birth_insee_code, bernard.birth_city_name) == (date(2001, 5, 6), "2A004", "Ajaccio")
    assert (bernard.extra_time_percentage, bernard.sex) == (33, "M")
    assert (bernard.billing_mode, bernard.prepayment_code) == ("PREPAID", "12345678912345/FACT12345")
    nguyen = stored["Nguyen"]  # born abroad, ISO text date
    assert (nguyen.birth_country, nguyen.birth_insee_code, nguyen.birth_city) == ("Belgique", "99", "Bruxelles")
    assert nguyen.birthdate == date(1999, 12, 31) and nguyen.birth_postal_code is None
    petit = stored["Petit"]  # INSEE typed as the number 1053, extra time 0 means none
    assert (petit.birth_insee_code, petit.birth_city_name, petit.extra_time_percentage) == (
        "01053", "Bourg-en-Bresse", None)
    assert not any(r.incomplete for r in stored.values())


def test_2021_attendance_sheet_resolves_communes_and_flags_missing_sex(db, session_id):
    result = import_candidates(db, session_id, FIXTURES / "feuille-emargement-2021.ods")

    assert (result.count, result.incomplete_count, result.layout) == (4, 4, LAYOUT_2021)
    stored = by_name(list_candidates(db, session_id))
    expected = {
        "Dupont": ("Julie", date(1996, 3, 13), "76351", "Le Havre"),
        "Durand": ("Michel", date(2001, 5, 6), "33063", "Bordeaux"),
        "Neige": ("Jean", date(1987, 9, 22), "34172", "Montpellier"),
    }
    for name, (first_name, birthdate, insee, city) in expected.items():
        record = stored[name]
        assert (record.first_name, record.birthdate, record.birth_insee_code, record.birth_city_name) == (
            first_name, birthdate, insee, city)
        assert (record.birth_country, record.sex, record.incomplete) == ("France", None, True)
    assert stored["Neige"].extra_time_percentage == 33
    assert stored["Dupont"].email == "julie.dupont@gmail.com"
    keller = stored["Keller"]  # born abroad: country and city as given
    assert (keller.birth_country, keller.birth_city, keller.birth_insee_code) == ("Suisse", "Genève", "99")


def test_2021_sheet_through_the_command_line_json(db, db_path, session_id, capsys):
    db.close()
    code = main(["--db", str(db_path), "candidates", "import", str(session_id),
                 str(FIXTURES / "feuille-emargement-2021.ods"), "--json"])

    output = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (output["session_id"], output["imported"], output["incomplete"]) == (session_id, 4, 4)
    assert [c["incomplete"] for c in output["candidates"]] == [True] * 4
    assert output["candidates"][0]["birth_insee_code"] == "76351"


def test_english_xlsx(db, session_id):
    result = import_candidates(db, session_id, FIXTURES / "candidate-list-english.xlsx")

    stored = by_name(list_candidates(db, session_id))
    assert result.count == 2
    smith, brown = stored["Smith"], stored["Brown"]
    assert (smith.birthdate, smith.birth_insee_code, smith.birth_city_name) == (
        date(1990, 7, 14), "75111", "Paris 11e Arrondissement")
    assert (smith.extra_time_percentage, smith.billing_mode, smith.sex) == (50, "PAID", "M")
    assert (brown.birth_insee_code, brown.birth_city_name, brown.billing_mode) == ("06088", "Nice", "FREE")


def test_excel_csv_in_cp1252_with_semicolons(db, session_id):
    result = import_candidates(db, session_id, FIXTURES / "liste-candidats-excel.csv")

    stored = by_name(list_candidates(db, session_id))
    assert result.count == 2
    assert (stored["Lefèvre"].first_name, stored["Lefèvre"].birth_insee_code) == ("Hélène", "01053")
    assert stored["Lefèvre"].extra_time_percentage == 33
    gauthier = stored["Gauthier"]
    assert (gauthier.first_name, gauthier.birthdate, gauthier.birth_insee_code) == ("Jérôme", date(2003, 2, 1), "69383")
    assert (gauthier.birth_city_name, gauthier.external_id, gauthier.sex) == ("Lyon 3e Arrondissement", "A-17", "M")


EXPECTED_ERRORS = [
    (3, "birthdate", "CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID"),
    (3, "birth_postal_code", "CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND"),
    (4, "first_name", "CANDIDATE_FIRST_NAME_REQUIRED"),
    (4, "sex", "CANDIDATE_SEX_NOT_VALID"),
    (4, "email", "CANDIDATE_EMAIL_NOT_VALID"),
    (6, None, "DUPLICATE_CANDIDATE"),
    (7, "birthdate", "CANDIDATE_BIRTHDATE_IN_THE_FUTURE"),
    (7, "billing_mode", "CANDIDATE_BILLING_MODE_NOT_VALID"),
    (7, "birth_country", "CANDIDATE_BIRTH_COUNTRY_NOT_FOUND"),
]


def test_every_problem_is_reported_with_its_line_and_nothing_changes(db, session_id):
    import_candidates(db, session_id, FIXTURES / "liste-candidats-modele.ods")
    before = list_candidates(db, session_id)

    with pytest.raises(ValidationError) as caught:
        import_candidates(db, session_id, FIXTURES / "liste-candidats-erreurs.ods")

    problems = caught.value.problems
    assert all(isinstance(p, LineProblem) for p in problems)
    assert [(p.params["line"], p.field, p.code) for p in problems] == EXPECTED_ERRORS
    messages = caught.value.messages()
    assert messages[1] == 'Ligne 3 : Code postal : Le code postal "75999" n\'est pas valide.'
    assert messages[5] == "Ligne 6 : Candidat inscrit plusieurs fois à cette session (déjà en ligne 2)"
    assert list_candidates(db, session_id) == before


def test_line_messages_in_english(db, session_id):
    language.set_current("en")
    with pytest.raises(ValidationError) as caught:
        import_candidates(db, session_id, FIXTURES / "liste-candidats-erreurs.ods")
    assert caught.value.messages()[1] == 'Line 3: Postcode: Postal code "75999" is not valid.'


def test_command_line_lists_every_line_on_stderr_and_exits_2(db, db_path, session_id, capsys):
    db.close()
    code = main(["--db", str(db_path), "candidates", "import", str(session_id),
                 str(FIXTURES / "liste-candidats-erreurs.ods")])

    lines = capsys.readouterr().err.splitlines()
    assert code == 2
    assert len(lines) == len(EXPECTED_ERRORS)
    assert [int(line.split()[1]) for line in lines] == [line for line, _, _ in EXPECTED_ERRORS]


def test_command_line_json_errors(db, db_path, session_id, capsys):
    db.close()
    code = main(["--db", str(db_path), "candidates", "import", str(session_id),
                 str(FIXTURES / "liste-candidats-erreurs.ods"), "--json"])

    errors = json.loads(capsys.readouterr().out)["errors"]
    assert code == 2
    assert errors[0] == {"line": 3, "field": "birthdate", "code": "CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID",
                         "message": 'Ligne 3 : Date de naissance : Format de date invalide, champ "Date de '
                                    'naissance", format accepté JJ/MM/AAAA'}


def test_unknown_commune_in_a_2021_sheet_names_commune_and_department(db, session_id, tmp_path):
    path = tmp_path / "ancienne.csv"
    path.write_text("Nom de naissance;Prénom;Date de naissance;Commune de naissance;"
                    "Code du département de naissance;Pays de naissance\n"
                    "Dupont;Julie;13/03/1996;Le Havre;76;France\n"
                    "Durand;Michel;06/05/2001;Bordeaux;76;France\n"
                    "Neige;Jean;22/09/1987;Montpellier;;France\n", encoding="utf-8")

    with pytest.raises(ValidationError) as caught:
        import_candidates(db, session_id, path)

    assert caught.value.messages() == [
        "Ligne 3 : Commune de naissance : La commune « Bordeaux » est introuvable dans le département 76.",
        "Ligne 4 : Code du département de naissance : Le code du département de naissance est obligatoire "
        "pour un candidat né en France.",
    ]
    assert list_candidates(db, session_id) == []


def candidate(last_name="Moreau"):
    return CandidateInput(last_name=last_name, first_name="Anne", sex="F", birthdate="1980-01-01",
                          birth_country="France", birth_insee_code="34172", billing_mode="Payante")


def test_refused_once_a_candidate_has_joined_before_the_file_is_read(db, session_id):
    joined = add_candidate(db, session_id, candidate())
    mark_joined(db, session_id, joined.id)

    with pytest.raises(DomainError) as caught:
        import_candidates(db, session_id, FIXTURES / "does-not-exist.ods")

    assert caught.value.code == "CANDIDATE_LIST_LOCKED"
    assert caught.value.messages() == [
        "La session a débuté, il n'est plus possible de modifier la liste des candidats."]
    assert [c.last_name for c in list_candidates(db, session_id)] == ["Moreau"]


def test_refused_once_the_session_is_finalised(db, session_id):
    with db.transaction() as session:
        session.get(CertificationSession, session_id).finalized_at = utc_now()

    with pytest.raises(DomainError) as caught:
        import_candidates(db, session_id, FIXTURES / "liste-candidats-modele.ods")
    assert caught.value.code == "CANDIDATE_LIST_FINALIZED"
    assert list_candidates(db, session_id) == []


def test_progress_is_reported_and_cancel_changes_nothing(db, session_id):
    add_candidate(db, session_id, candidate())
    calls = []
    result = import_candidates(db, session_id, FIXTURES / "liste-candidats-modele.ods",
                               progress=lambda done, total: calls.append((done, total)))
    assert result.count == 5
    assert calls[0] == (0, 25) and calls[-1] == (25, 25)  # 5 candidates + 20 numbered rows below the header

    with pytest.raises(ImportCancelled):
        import_candidates(db, session_id, FIXTURES / "feuille-emargement-2021.ods", is_cancelled=lambda: True)
    assert [c.last_name for c in list_candidates(db, session_id)] == ["Dupont", "Martin", "Bernard", "Nguyen", "Petit"]


def test_sheet_without_known_headers_or_without_candidates(db, session_id, tmp_path):
    unknown = tmp_path / "autre.csv"
    unknown.write_text("Produit;Prix\nPomme;3\n", encoding="utf-8")
    with pytest.raises(FileRefused) as caught:
        import_candidates(db, session_id, unknown)
    assert caught.value.code == "IMPORT_UNKNOWN_LAYOUT"
    assert "Nom de naissance" in caught.value.messages()[0]

    empty = tmp_path / "vide.csv"
    empty.write_text(";* Nom de naissance;* Prénom;* Date de naissance;* Sexe (M ou F)\n1;;;;\n2;;;;\n",
                     encoding="utf-8")
    with pytest.raises(FileRefused) as caught:
        import_candidates(db, session_id, empty)
    assert caught.value.messages() == ["Le fichier ne contient aucun candidat."]


def test_headers_match_whatever_the_case_accents_asterisks_and_line_breaks(db, session_id, tmp_path):
    path = tmp_path / "entetes.csv"
    path.write_text('NOM DE NAISSANCE;prenom;"DATE DE NAISSANCE\n(jj/mm/aaaa)";Sexe ?;Code INSEE;pays;'
                    "tarification part pix\n"
                    "Dupont;Julie;13/03/1996;f;76351;France;Payante\n", encoding="utf-8")
    result = import_candidates(db, session_id, path)
    assert result.count == 1
    assert list_candidates(db, session_id)[0].birth_city_name == "Le Havre"


def test_an_overlong_cell_is_a_line_problem(db, session_id, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Nom de naissance;Prénom;Date de naissance;Sexe;Code Insee;Pays;Tarification part Pix\n"
                    f"Dupont;{'J' * 5000};13/03/1996;F;76351;France;Payante\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_candidates(db, session_id, path)
    assert caught.value.messages() == ["Ligne 2 : Prénom : La cellule dépasse 1000 caractères."]
