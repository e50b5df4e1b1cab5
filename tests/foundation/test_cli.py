import json
import subprocess
import sys

import pytest

from pixdesk import __version__
from pixdesk.cli import main

SESSION_KEYS = {"id", "uuid", "access_code", "site", "room", "date", "time", "examiner", "description", "status",
                "test_length_minutes", "finalized_at"}
CANDIDATE_KEYS = {"id", "uuid", "last_name", "first_name", "sex", "birthdate", "birth_country", "birth_insee_code",
                  "birth_postal_code", "birth_city", "email", "result_recipient_email", "external_id",
                  "extra_time_percentage", "billing_mode", "prepayment_code"}
CREATE = ["session", "create", "--site", "Centre Testix", "--room", "45", "--date", "2099-01-12",
          "--time", "10:00", "--examiner", "Eric Martin"]


def json_of(run, *args):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_session_lifecycle_with_json(run):
    created = json_of(run, *CREATE, "--description", "RAS")
    assert set(created) == SESSION_KEYS
    assert created["site"] == "Centre Testix" and created["status"] == "created" and created["date"] == "2099-01-12"
    assert [s["id"] for s in json_of(run, "session", "list")] == [created["id"]]
    assert json_of(run, "session", "show", str(created["id"]))["access_code"] == created["access_code"]
    updated = json_of(run, "session", "update", str(created["id"]), "--room", "B12")
    assert (updated["room"], updated["site"]) == ("B12", "Centre Testix")
    code, out, _ = run("session", "delete", str(created["id"]))
    assert code == 0 and "supprimée" in out
    assert json_of(run, "session", "list") == []


def test_json_flag_before_the_command_works_too(run):
    code, out, _ = run("--json", "session", "list")
    assert code == 0 and json.loads(out) == []


def test_invalid_input_exits_2_names_each_field_and_writes_nothing(run):
    code, out, err = run("session", "create", "--site", " ", "--room", "45", "--date", "12 janvier 2099",
                         "--time", "25:00", "--examiner", "Eric")
    assert code == 2
    assert err.splitlines() == [
        "--site: Veuillez indiquer un nom de site.",
        "--date: Veuillez indiquer une date de début valide.",
        "--time: Veuillez indiquer une heure de début valide.",
    ]
    assert json_of(run, "session", "list") == []


def test_errors_in_english_and_as_json(run):
    code, out, _ = run("--lang", "en", "--json", "session", "create", "--site", "", "--room", "1",
                       "--date", "2099-01-01", "--time", "10:00", "--examiner", "E")
    assert code == 2
    assert json.loads(out) == {"errors": [
        {"code": "SESSION_ADDRESS_REQUIRED", "field": "site", "message": "Please enter a site name."}]}


def test_candidate_add_list_remove(run):
    session_id = str(json_of(run, *CREATE)["id"])
    julie = json_of(run, "candidate", "add", session_id, "--last-name", "Dupont", "--first-name", "Julie",
                    "--sex", "F", "--birthdate", "1996-03-13", "--birth-insee-code", "76351",
                    "--email", "julie.dupont@example.fr", "--extra-time", "33", "--external-id", "E-1")
    assert CANDIDATE_KEYS <= set(julie)
    assert (julie["birth_country"], julie["birth_city"], julie["birth_city_name"], julie["extra_time_percentage"],
            julie["birthdate"]) == ("France", None, "Le Havre", 33, "1996-03-13")
    abroad = json_of(run, "candidate", "add", session_id, "--last-name", "Kowalska", "--first-name", "Małgorzata",
                     "--sex", "F", "--birthdate", "1992-11-02", "--birth-country", "Pologne", "--birth-city", "Łódź")
    assert (abroad["birth_insee_code"], abroad["birth_city"]) == ("99", "Łódź")
    assert [c["last_name"] for c in json_of(run, "candidate", "list", session_id)] == ["Dupont", "Kowalska"]
    code, _, _ = run("candidate", "remove", session_id, str(julie["id"]))
    assert code == 0
    assert [c["last_name"] for c in json_of(run, "candidate", "list", session_id)] == ["Kowalska"]


def test_candidate_problems_name_the_options(run):
    session_id = str(json_of(run, *CREATE)["id"])
    code, _, err = run("candidate", "add", session_id, "--last-name", "Dupont", "--first-name", "Julie",
                       "--sex", "X", "--birthdate", "1996-03-13", "--birth-postal-code", "75011",
                       "--birth-city", "Lyon", "--extra-time", "abc")
    assert code == 2
    assert err.splitlines() == [
        '--sex: Champ sexe format invalide, format accepté "M"/"F"',
        "--extra-time: Le temps majoré doit être un nombre entier.",
        '--birth-city: Le code postal "75011" ne correspond pas à la ville "Lyon"',
    ]
    assert json_of(run, "candidate", "list", session_id) == []


def test_unknown_ids_are_reported_not_crashed(run):
    code, _, err = run("session", "show", "abc")
    assert code == 2 and "abc" in err
    code, _, err = run("candidate", "list", "42")
    assert code == 2 and err.strip() == "SESSION_ID: La session 42 n'existe pas."


def test_demo_seeds_sample_data_once(run):
    first = json_of(run, "--demo", "session", "list")
    assert len(first) == 4 and {"created", "finalized"} == {s["status"] for s in first}
    assert len(json_of(run, "--demo", "session", "list")) == 4


def test_db_from_environment_variable(tmp_path, monkeypatch, capsys):
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("PIXDESK_DB", str(path))
    assert main(CREATE) == 0
    assert path.exists()


def test_entry_point_and_module_give_the_version(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pixdesk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"PixDesk {__version__}"


def test_plural_command_groups_are_the_same_commands(run):
    created = json_of(run, *CREATE)
    assert [s["id"] for s in json_of(run, "sessions", "list")] == [created["id"]]
    assert json_of(run, "candidates", "list", str(created["id"])) == []


def test_an_id_too_large_for_sqlite_is_refused_as_invalid(run):
    code, _, err = run("session", "show", "99999999999999999999999")
    assert code == 2 and err.strip() == "SESSION_ID: Numéro de session invalide : 99999999999999999999999"


def test_a_store_that_cannot_be_created_is_one_line_not_a_trace(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert main(["--db", str(blocker / "x.sqlite"), "session", "list"]) == 1
    err = capsys.readouterr().err
    assert err == (f"Impossible de créer la base dans {blocker} : ce chemin passe par un fichier, pas un "
                   "dossier.\n")


def test_option_errors_come_in_the_users_language(db_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "session", "create", "--site", "A"])
    assert exit_info.value.code == 2
    assert "ces options sont obligatoires : --room, --date, --time, --examiner" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--db", str(db_path), "session", "create", "--site", "A"])
    assert "the following arguments are required: --room" in capsys.readouterr().err
