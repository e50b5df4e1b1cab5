"""Mass session import with the platform's CSV headers: grouping, existing sessions, every problem, all or nothing."""

import json
from datetime import date
from pathlib import Path

import pytest

from pixdesk.cli import main
from pixdesk.documents.session_import import import_sessions
from pixdesk.models.errors import ValidationError
from pixdesk.models.session_rules import SessionInput
from pixdesk.services.candidates import list_candidates, mark_joined
from pixdesk.services.centres import update_centre
from pixdesk.services.sessions import create_session, list_sessions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
TODAY = date(2026, 11, 28)


@pytest.fixture
def existing_id(db):
    update_centre(db, type="PRO")
    return create_session(db, SessionInput("Centre Testix", "Salle 9", "2031-01-12", "10:00", "Eric Martin")).id


def test_sessions_are_grouped_created_and_filled_in_one_go(db, existing_id):
    result = import_sessions(db, FIXTURES / "import-sessions.csv", today=TODAY)

    assert [(s.created, s.candidate_count) for s in result.sessions] == [(True, 2), (True, 0), (False, 1)]
    assert [w.message() for w in result.warnings] == ["Ligne 4 : Session sans candidat : elle sera créée vide."]
    sessions = {s.id: s for s in list_sessions(db)}
    morning = sessions[result.sessions[0].id]
    assert (morning.site, morning.room, morning.date, morning.time) == ("Centre Testix", "Salle 1", date(2031, 6, 15), "09:00")
    assert (morning.examiner, morning.description) == ("Eric Martin, Anne Roy", "Matin")
    assert len(morning.access_code) == 6
    afternoon = sessions[result.sessions[1].id]
    assert (afternoon.room, afternoon.time, afternoon.candidate_count) == ("Salle 2", "14:30", 0)
    dupont, durand = list_candidates(db, morning.id)
    assert (dupont.last_name, dupont.birth_insee_code, dupont.birth_city_name, dupont.extra_time_percentage) == (
        "Dupont", "76351", "Le Havre", 33)
    assert (durand.birth_insee_code, durand.birth_city_name, durand.billing_mode) == ("33063", "Bordeaux", "FREE")
    assert [c.last_name for c in list_candidates(db, existing_id)] == ["Neige"]


def write_csv(path: Path, rows: list[str]) -> Path:
    header = (FIXTURES / "import-sessions.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_every_problem_at_once_and_nothing_stored(db, existing_id, tmp_path):
    path = write_csv(tmp_path / "erreurs.csv", [
        ";Centre;Salle 1;15/06/2020;09:00;Eric;;Dupont;Julie;13/03/1996;F;76351;;;France;;;;;Payante;;",
        ";Centre;Salle 2;32/01/2031;25:00;;;Durand;Michel;06/05/2001;M;;33000;Bordeaux;France;;;;;Payante;;",
        f"{existing_id};Centre;;;;;;Neige;Jean;22/09/1987;M;34172;;;France;;;;;Payante;;",
        "abc;;;;;;;Roux;Zoé;01/01/1990;F;34172;;;France;;;;;Payante;;",
        ";Centre;Salle 3;16/06/2031;10:00;Eric;;Petit;Paul;1/1/1990;X;;;;France;;;;;;;",
    ])
    sessions_before = list_sessions(db)

    with pytest.raises(ValidationError) as caught:
        import_sessions(db, path, today=TODAY)

    assert [(p.params["line"], p.field, p.code) for p in caught.value.problems] == [
        (2, "date", "SESSION_SCHEDULED_IN_THE_PAST"),
        (3, "examiner", "SESSION_EXAMINER_REQUIRED"),
        (3, "date", "SESSION_DATE_NOT_VALID"),
        (3, "time", "SESSION_TIME_NOT_VALID"),
        (4, "session_id", "INFORMATION_NOT_ALLOWED_WITH_SESSION_ID"),
        (5, "session_id", "SESSION_ID_NOT_VALID"),
        (6, "sex", "CANDIDATE_SEX_NOT_VALID"),
        (6, "billing_mode", "CANDIDATE_BILLING_MODE_REQUIRED"),
        (6, "birth_insee_code", "CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED"),
    ]
    assert caught.value.messages()[0] == (
        "Ligne 2 : Date de début : Une session ne peut pas être programmée dans le passé")
    assert list_sessions(db) == sessions_before
    assert list_candidates(db, existing_id) == []


def test_a_started_session_refuses_new_candidates(db, existing_id, tmp_path):
    from pixdesk.models.candidate_rules import CandidateInput
    from pixdesk.services.candidates import add_candidate

    joined = add_candidate(db, existing_id, CandidateInput("Moreau", "Anne", "F", "1980-01-01", "France", "34172",
                                                           billing_mode="Payante"))
    mark_joined(db, existing_id, joined.id)
    path = write_csv(tmp_path / "commencee.csv", [
        f"{existing_id};;;;;;;Neige;Jean;22/09/1987;M;34172;;;France;;;;;Payante;;"])

    with pytest.raises(ValidationError) as caught:
        import_sessions(db, path, today=TODAY)
    assert caught.value.messages() == [
        "Ligne 2 : Impossible d'ajouter un candidat à une session qui a déjà commencé."]


def test_command_line(db, db_path, existing_id, capsys):
    db.close()
    code = main(["--db", str(db_path), "sessions", "import", str(FIXTURES / "import-sessions.csv"), "--json"])
    output = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (output["created"], output["candidates"]) == (2, 3)
    assert output["warnings"][0]["code"] == "EMPTY_SESSION"

    code = main(["--db", str(db_path), "sessions", "import", str(FIXTURES / "import-sessions.csv")])
    captured = capsys.readouterr()
    assert code == 2  # the same file again: its new sessions exist already
    assert "Ligne 2 : Une session existe déjà sur ce site" in captured.err


def test_importing_the_same_file_twice_does_not_double_the_sessions(db, existing_id):
    first = import_sessions(db, FIXTURES / "import-sessions.csv", today=TODAY)
    created = [s.id for s in first.sessions if s.created]
    count = len(list_sessions(db))
    with pytest.raises(ValidationError) as caught:
        import_sessions(db, FIXTURES / "import-sessions.csv", today=TODAY)
    codes = [p.code for p in caught.value.problems]
    assert codes.count("SESSION_WITH_DATE_AND_TIME_ALREADY_EXISTS") == len(created)
    assert f"(session {created[0]})" in caught.value.problems[codes.index(
        "SESSION_WITH_DATE_AND_TIME_ALREADY_EXISTS")].message()
    assert len(list_sessions(db)) == count


def test_a_row_with_candidate_columns_only_continues_the_previous_rows_session(db, existing_id, tmp_path):
    path = write_csv(tmp_path / "suite.csv", [
        ";Centre Testix;Salle 4;17/06/2031;09:00;Eric Martin;;Dupont;Julie;13/03/1996;F;76351;;;France;;;;;Payante;;",
        ";;;;;;;Durand;Michel;06/05/2001;M;;33000;Bordeaux;France;;;;;Gratuite;;",
        f"{existing_id};;;;;;;Neige;Jean;22/09/1987;M;34172;;;France;;;;;Payante;;",
        ";;;;;;;Roux;Zoé;01/01/1990;F;34172;;;France;;;;;Payante;;",
    ])
    result = import_sessions(db, path, today=TODAY)
    assert [(s.created, s.candidate_count) for s in result.sessions] == [(True, 2), (False, 2)]
    assert result.warnings == []
    assert [c.last_name for c in list_candidates(db, result.sessions[0].id)] == ["Dupont", "Durand"]
    assert [c.last_name for c in list_candidates(db, existing_id)] == ["Neige", "Roux"]


def test_a_candidate_twice_in_a_session_is_kept_once_with_the_platforms_warning(db, existing_id, tmp_path, capsys,
                                                                                 db_path):
    path = write_csv(tmp_path / "doublon.csv", [
        ";Centre Testix;Salle 4;17/06/2031;09:00;Eric Martin;;Dupont;Julie;13/03/1996;F;76351;;;France;;;;;Payante;;",
        ";;;;;;;DUPONT;julie;13/03/1996;F;76351;;;France;;;;;Payante;;",
        ";;;;;;;Dupont;Hélène;13/03/1996;F;76351;;;France;;;;;Payante;;",
        ";;;;;;;Dupont;Helene;13/03/1996;F;76351;;;France;;;;abc;Payante;;",
    ])
    db.close()
    code = main(["--db", str(db_path), "sessions", "import", str(path), "--json"])
    output = json.loads(capsys.readouterr().out)
    assert code == 0
    assert output["candidates"] == 3  # Hélène and Helene are two people for the platform
    assert output["warnings"] == [
        {"line": 3, "field": None, "code": "DUPLICATE_CANDIDATE_IN_SESSION",
         "message": "Ligne 3 : Candidat inscrit plusieurs fois à cette session : seule sa première ligne est gardée"
                    " (déjà en ligne 2)"},
        {"line": 5, "field": "extra_time_percentage", "code": "CANDIDATE_EXTRA_TIME_IGNORED",
         "message": "Ligne 5 : Temps majoré « abc » ignoré"},
    ]


def test_an_existing_sessions_list_is_replaced_as_on_the_platform(db, existing_id, tmp_path):
    from pixdesk.models.candidate_rules import CandidateInput
    from pixdesk.services.candidates import add_candidate

    add_candidate(db, existing_id, CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172",
                                                  billing_mode="Payante"))
    path = write_csv(tmp_path / "remplace.csv", [
        f"{existing_id};;;;;;;Neige;Jean;22/09/1987;M;34172;;;France;;;;;Payante;;",
        ";;;;;;;Roux;Zoé;01/01/1990;F;34172;;;France;;;;;Payante;;",
    ])
    result = import_sessions(db, path, today=TODAY)
    assert [(s.created, s.candidate_count) for s in result.sessions] == [(False, 2)]
    assert [c.last_name for c in list_candidates(db, existing_id)] == ["Neige", "Roux"]
