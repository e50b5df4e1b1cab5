"""`pixdesk export KIND SESSION_ID -o FILE`, run through the real command line against a real store."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from pixdesk.cli import main

CREATE = ["session", "create", "--site", "Centre Testix", "--room", "45", "--date", "2099-01-12", "--time", "10:00",
          "--examiner", "Eric Martin", "--json"]
ADD = ["candidate", "add", "--last-name", "Kowalski", "--first-name", "Łukasz", "--sex", "M", "--birthdate",
       "1990-11-02", "--birth-country", "Pologne", "--birth-insee-code", "99", "--birth-city", "Łódź"]


@pytest.fixture
def session_id(run) -> str:
    code, out, err = run(*CREATE)
    assert code == 0, err
    created = str(json.loads(out)["id"])
    code, _, err = run(*ADD[:2], created, *ADD[2:])
    assert code == 0, err
    return created


@pytest.mark.parametrize("kind, pages", [("attendance-sheet", 1), ("incident-report", 1), ("invigilator-kit", 1),
                                         ("session-pack", 3)])
def test_pdf_exports_print_the_written_path_and_json_gives_pages(run, session_id, tmp_path, kind, pages):
    target = tmp_path / f"{kind}.pdf"
    code, out, err = run("export", kind, session_id, "-o", str(target))
    assert (code, err) == (0, "")
    suffix = " (1 page)" if pages == 1 else f" ({pages} pages)"
    assert out.strip() == f"Fichier écrit : {target}{suffix}"
    assert len(PdfReader(str(target)).pages) == pages

    code, out, _ = run("export", kind, session_id, "-o", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"session_id": int(session_id), "kind": kind, "path": str(target), "pages": pages}


def test_candidates_sheet_in_english(run, session_id, tmp_path):
    target = tmp_path / "list.ods"
    code, out, _ = run("--lang", "en", "export", "candidates-sheet", session_id, "-o", str(target))
    assert code == 0
    assert out.strip() == f"File written: {target}"
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    assert rows[10][1] == "* Birth name" and rows[11][2] == "Łukasz"

    code, out, _ = run("export", "candidates-sheet", session_id, "-o", str(target), "--json")
    assert json.loads(out) == {"session_id": int(session_id), "kind": "candidates-sheet", "path": str(target)}


def test_unwritable_path_is_one_line_naming_the_file_exit_2(run, session_id, tmp_path):
    target = tmp_path / "no-such-folder" / "pack.pdf"
    code, out, err = run("export", "session-pack", session_id, "-o", str(target))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"--output: Impossible d'écrire « {target} » : le dossier « {target.parent} » n'existe pas."]
    assert not target.parent.exists()


def test_folder_as_output_is_refused_and_nothing_is_left_behind(run, session_id, tmp_path):
    before = sorted(tmp_path.iterdir())
    code, _, err = run("export", "attendance-sheet", session_id, "-o", str(tmp_path))
    assert code == 2
    assert "c'est un dossier" in err and str(tmp_path) in err
    assert sorted(tmp_path.iterdir()) == before


def test_unknown_session_and_bad_number(run, session_id, tmp_path):
    code, _, err = run("export", "invigilator-kit", "999", "-o", str(tmp_path / "kit.pdf"))
    assert (code, err.strip()) == (2, "SESSION_ID: La session 999 n'existe pas.")
    code, _, err = run("export", "invigilator-kit", "abc", "-o", str(tmp_path / "kit.pdf"))
    assert (code, err.strip()) == (2, "SESSION_ID: Numéro de session invalide : abc")
    assert not (tmp_path / "kit.pdf").exists()


def test_unknown_kind_is_refused_by_the_parser(run, session_id, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export", "badges", session_id, "-o", str(tmp_path / "x.pdf")])
    assert stopped.value.code == 2
    assert "choix invalide : 'badges'" in capsys.readouterr().err
