"""The candidate list import against the platform's own ODS import (read-ods-utils, the transformation structures,
certification-candidates-ods-service): what it accepts is accepted, what it drops is dropped with a warning, what it
refuses is refused with its code. The .ods files are written by LibreOffice at test time."""

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from pixdesk.cli import main
from pixdesk.documents.candidate_import import import_candidates
from pixdesk.models.errors import ValidationError
from pixdesk.models.session_rules import SessionInput
from pixdesk.services.candidates import list_candidates
from pixdesk.services.centres import update_centre
from pixdesk.services.sessions import create_session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "import"))
from make_fixtures import CURRENT_HEADERS_FR, Percent, convert, fods  # noqa: E402

ROW = ["Dupont", "Julie", None, None, "13/03/1996", None, None, "76351", "France", None, None, "F"]


def row(number, last_name, first_name, extra_time, billing=None, prepayment=None, clea=None):
    values = list(ROW)
    values[0], values[1], values[3] = last_name, first_name, extra_time
    return [number, *values, billing, prepayment, clea]


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    work = tmp_path_factory.mktemp("fidelity")
    notes = [[None, f"Consigne {n} : remplir la liste ci-dessous"] for n in range(1, 60)]
    rows = notes + [CURRENT_HEADERS_FR] + [
        row(1, "Dupont", "Julie", Percent(1.5), "Payante"),  # line 61: 150 %, billing of an SCO centre
        row(2, "Martin", "Hélène", Percent(0.335), None, "12345678912345/FACT12345"),  # line 62: 33.5 %
        row(3, "Martin", "Helene", "abc"),  # line 63: not the same person; extra time the platform drops
        row(4, "Petit", "Paul", "33 %", None, None, "peut-être"),  # line 64
    ]
    (work / "fidelite.fods").write_text(fods("Liste", rows), encoding="utf-8")
    (work / "mille.fods").write_text(fods("Liste", [CURRENT_HEADERS_FR, row(1, "Roux", "Zoé", Percent(10.0)),
                                                    row(2, "Moreau", "Anne", 33)]), encoding="utf-8")
    convert([work / "fidelite.fods", work / "mille.fods"], "ods", work)
    return work


@pytest.fixture
def sco_session(db):
    update_centre(db, type="SCO", habilitations=["CLEA"])
    return create_session(db, SessionInput("Lycée Testix", "Salle 45", "2031-01-12", "10:00", "Eric Martin")).id


def test_what_the_platform_accepts_is_imported_and_what_it_drops_is_said(db, sco_session, sheets):
    result = import_candidates(db, sco_session, sheets / "fidelite.ods")

    stored = {(c.last_name, c.first_name): c for c in list_candidates(db, sco_session)}
    assert result.count == 4  # the header on row 60 was found, as the platform searches the whole sheet
    assert stored[("Dupont", "Julie")].extra_time_percentage == 150
    assert stored[("Dupont", "Julie")].billing_mode is None  # an SCO centre's billing columns are not read
    assert stored[("Martin", "Hélène")].extra_time_percentage == 34  # 0.335, kept by the platform as 0.34
    assert stored[("Martin", "Helene")].extra_time_percentage is None
    assert stored[("Petit", "Paul")].extra_time_percentage == 33
    assert stored[("Petit", "Paul")].complementary_certification is None
    assert [(w.line, w.field, w.code) for w in result.warnings] == [
        (61, "billing_mode", "CANDIDATE_BILLING_MODE_IGNORED"),
        (62, "prepayment_code", "CANDIDATE_PREPAYMENT_CODE_IGNORED"),
        (62, "extra_time_percentage", "CANDIDATE_EXTRA_TIME_ROUNDED"),
        (63, "extra_time_percentage", "CANDIDATE_EXTRA_TIME_IGNORED"),
        (64, "complementary_certification", "CANDIDATE_COMPLEMENTARY_CERTIFICATION_IGNORED"),
    ]
    messages = [w.message() for w in result.warnings]
    assert messages[0] == "Ligne 61 : Tarification part Pix « Payante » ignorée : un centre SCO ne la renseigne pas"
    assert messages[2] == ("Ligne 62 : Temps majoré 33,5 % arrondi à 34 % : la plateforme l'enregistre au pour cent "
                           "près")
    assert messages[3] == "Ligne 63 : Temps majoré « abc » ignoré"
    assert messages[4] == "Ligne 64 : CléA Numérique « peut-être » ignoré : seul « oui » inscrit le candidat"


def test_warnings_in_json_and_the_command_exits_0(db, db_path, sco_session, sheets, capsys):
    db.close()
    code = main(["--db", str(db_path), "candidates", "import", str(sco_session), str(sheets / "fidelite.ods"),
                 "--json"])
    output = json.loads(capsys.readouterr().out)
    assert code == 0 and output["imported"] == 4
    assert output["warnings"][3] == {"line": 63, "field": "extra_time_percentage",
                                     "code": "CANDIDATE_EXTRA_TIME_IGNORED",
                                     "message": "Ligne 63 : Temps majoré « abc » ignoré"}

    code = main(["--db", str(db_path), "candidates", "import", str(sco_session), str(sheets / "fidelite.ods")])
    captured = capsys.readouterr()
    assert code == 0
    assert "Attention : Ligne 63 : Temps majoré « abc » ignoré" in captured.err.splitlines()


def test_a_1000_percent_cell_is_out_of_range_as_on_the_platform(db, sco_session, sheets):
    with pytest.raises(ValidationError) as caught:
        import_candidates(db, sco_session, sheets / "mille.ods")
    assert [(p.line, p.field, p.code) for p in caught.value.problems] == [
        (2, "extra_time_percentage", "CANDIDATE_EXTRA_TIME_OUT_OF_RANGE"),
        (3, "extra_time_percentage", "CANDIDATE_EXTRA_TIME_OUT_OF_RANGE"),
    ]
    assert caught.value.messages()[1] == (
        "Ligne 3 : Temps majoré : Le temps majoré doit être un pourcentage. "
        "(la cellule nombre 33 vaut 3300 % : 33 % s'écrit « 33 % » ou 0,33)")
    assert list_candidates(db, sco_session) == []


def csv_list(path, *people):
    header = "Nom de naissance;Prénom;Date de naissance;Sexe;Code INSEE;Pays;Temps majoré ?\n"
    path.write_text(header + "".join(f"{p};13/03/1996;F;76351;France;{t}\n" for p, t in people), encoding="utf-8")
    return path


def test_duplicates_are_compared_as_the_platform_compares_them(db, sco_session, tmp_path):
    # Lower-case names and birth date, accents kept: Hélène and Helene are two people, Julie and JULIE one.
    result = import_candidates(db, sco_session, csv_list(tmp_path / "a.csv", ("Martin;Hélène", ""),
                                                         ("Martin;Helene", "")))
    assert result.count == 2
    with pytest.raises(ValidationError) as caught:
        import_candidates(db, sco_session, csv_list(tmp_path / "b.csv", ("Dupont;Julie", ""), ("DUPONT;JULIE", "")))
    assert [(p.line, p.code) for p in caught.value.problems] == [(3, "DUPLICATE_CANDIDATE")]
    assert caught.value.messages() == ["Ligne 3 : Candidat inscrit plusieurs fois à cette session (déjà en ligne 2)"]


def test_extra_time_text_is_a_percentage(db, sco_session, tmp_path):
    import_candidates(db, sco_session, csv_list(tmp_path / "c.csv", ("A;Un", "33"), ("B;Deux", "33 %"),
                                                ("C;Trois", "150%"), ("D;Quatre", "0,5")))
    assert [c.extra_time_percentage for c in list_candidates(db, sco_session)] == [33, 33, 150, 50]


def test_adding_one_candidate_reports_the_rounding_in_json(db, db_path, sco_session, capsys):
    db.close()
    code = main(["--db", str(db_path), "--json", "candidate", "add", str(sco_session), "--last-name", "Dupont",
                 "--first-name", "Julie", "--sex", "F", "--birthdate", "1996-03-13", "--birth-insee-code", "76351",
                 "--extra-time", "33.5"])
    output = json.loads(capsys.readouterr().out)
    assert code == 0 and output["extra_time_percentage"] == 34
    assert [(w["field"], w["code"]) for w in output["warnings"]] == [
        ("extra_time_percentage", "CANDIDATE_EXTRA_TIME_ROUNDED")]
    code = main(["--db", str(db_path), "--json", "candidate", "add", str(sco_session), "--last-name", "DUPONT",
                 "--first-name", "julie", "--sex", "F", "--birthdate", "1996-03-13", "--birth-insee-code", "76351"])
    assert code == 2
    assert json.loads(capsys.readouterr().out)["errors"][0]["code"] == "DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION"


def test_the_exported_sheet_writes_extra_time_as_the_platform_reads_it(db, sco_session, tmp_path):
    from python_calamine import CalamineWorkbook

    from pixdesk.documents.exports import export_candidates_sheet

    import_candidates(db, sco_session, csv_list(tmp_path / "d.csv", ("A;Un", "150 %")))
    path = export_candidates_sheet(db, sco_session, tmp_path / "liste.ods")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    header = rows[10]
    assert Decimal(repr(rows[11][header.index("Temps majoré ?")])) == Decimal("1.5")
