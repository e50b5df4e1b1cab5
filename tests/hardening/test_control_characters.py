"""Item 10 of issue 8: control characters (BEL, ESC sequences, C1, bidirectional overrides) never get in, from
the command line, a spreadsheet or a form, and never reach the terminal, even from a store filled before."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from pixdesk.models.session_rules import SessionInput, validate_session
from pixdesk.models.text import clean, strip_controls

HOSTILE = "\x1b[31mDu\x07pont\x1b[0m\x9b2J\u202e"
CONTROL_CHARACTERS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), *range(0x7f, 0xa0))] + \
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\x1b"]


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c in CONTROL_CHARACTERS or c == "\r"]


@pytest.mark.parametrize("typed, stored", [
    (HOSTILE, "Dupont"),
    ("\x1b]0;titre volé\x07Martin", "Martin"),  # a terminal title change
    ("Ju\x00lie\x7f", "Julie"),
    ("Anne\tMarie\r\nClaire", "Anne Marie Claire"),  # whitespace controls stay word separators
    ("Zoé Łukasz Дмитрий 王", "Zoé Łukasz Дмитрий 王"),  # letters of every script stay
])
def test_clean_removes_controls_and_escape_sequences(typed, stored):
    assert clean(typed) == stored
    assert raw_controls(strip_controls(typed + "\n")) == []


def test_session_fields_are_cleaned_and_observations_keep_their_lines():
    values = validate_session(SessionInput("Centre\x07 Testix", "\x1b[2J45", "2099-01-01", "10:00", "Eric\x9b",
                                           "Ligne 1\x1b[1m\r\nLigne 2\x00"))
    assert (values.site, values.room, values.examiner, values.description) == (
        "Centre Testix", "45", "Eric", "Ligne 1\nLigne 2")


def test_the_command_line_stores_clean_names_and_prints_no_controls(pixdesk, support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    added = pixdesk("--db", str(path), "--json", *support.add_args(session_id, HOSTILE)[:-2])
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["last_name"] == "Dupont"
    # A refusal that repeats what was typed (here a file name) repeats it without its controls.
    echoed = pixdesk("--db", str(path), "candidates", "import", str(session_id), "\x1b[31mliste\x07.csv")
    assert echoed.returncode == 2 and "liste.csv" in echoed.stderr
    assert raw_controls(echoed.stderr) == []


def test_a_store_filled_before_never_sends_controls_to_the_terminal(pixdesk, support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    with closing(sqlite3.connect(path)) as conn:  # as an older PixDesk let them in
        conn.execute("UPDATE candidate SET first_name = ?, birth_city = ?", (HOSTILE, "Le\x07 Havre\x1b[2J"))
        conn.execute("UPDATE certification_session SET site = ?", ("\x1b]0;pwned\x07Centre",))
        conn.commit()
    for args, visible in ((["candidate", "list", str(session_id)], "Dupont"), (["session", "list"], "Centre"),
                          (["session", "show", "1"], "Centre")):
        shown = pixdesk("--db", str(path), *args)
        assert shown.returncode == 0, shown.stderr
        assert raw_controls(shown.stdout) == [] and visible in shown.stdout
    as_json = pixdesk("--db", str(path), "--json", "candidate", "list", str(session_id))
    assert raw_controls(as_json.stdout) == []
    assert json.loads(as_json.stdout)[0]["first_name"] == HOSTILE  # escaped in the JSON, exact once decoded


def test_a_spreadsheet_with_controls_is_cleaned_and_export_then_import_gives_the_same_list(support, tmp_path,
                                                                                          db):
    from pixdesk.documents.candidate_import import import_candidates
    from pixdesk.documents.exports import export_candidates_sheet
    from pixdesk.services import candidates, sessions

    session = sessions.create_session(db, SessionInput("Centre", "45", "2099-01-12", "10:00", "Eric"))
    sheet = tmp_path / "liste.csv"
    sheet.write_text(
        "Nom de naissance;Prénom;Date de naissance;Sexe;Code Insee;Pays;Tarification part Pix;Identifiant local\n"
        f"{HOSTILE};Ju\x07lie;13/03/1996;F;76351;France;Payante;A\x1b[1m-1\n"
        "Martin\x9b;\"\x1b]2;x\x07Paul\";01/02/2003;M;76351;France;Payante;B-2\n", encoding="utf-8")
    import_candidates(db, session.id, sheet)
    first = [c.as_json() for c in candidates.list_candidates(db, session.id)]
    assert [(c["last_name"], c["first_name"], c["external_id"]) for c in first] == [
        ("Dupont", "Julie", "A-1"), ("Martin", "Paul", "B-2")]
    exported = export_candidates_sheet(db, session.id, tmp_path / "liste.ods")
    import_candidates(db, session.id, exported)
    again = [c.as_json() for c in candidates.list_candidates(db, session.id)]
    assert [{k: v for k, v in c.items() if k not in ("id", "uuid")} for c in again] == \
        [{k: v for k, v in c.items() if k not in ("id", "uuid")} for c in first]
