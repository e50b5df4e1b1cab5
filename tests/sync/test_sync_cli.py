"""`pixdesk login`, `logout`, `sync`, `sync status`: JSON keys as the issue names them, exit codes 0 / 2 / 3."""

import json

import keyring
import pytest
from keyring.backends import fail

from pixdesk.cli import main
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.services.outbox import entity_marks
from tests.sync.conftest import PASSWORD, PEOPLE


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    db = tmp_path / "cli.sqlite"

    def run(*args, password=PASSWORD):
        if password is None:
            monkeypatch.delenv("PIXDESK_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("PIXDESK_PASSWORD", password)
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def test_login_sync_status_logout(cli, member, memory_keyring):
    code, out, _ = cli("login", "--server", member, "--email", "gestion@lycee.fr", "--json")
    assert code == 0
    signed = json.loads(out)
    assert (signed["server"], signed["email"], signed["centre"], signed["token_stored"]) == (
        member, "gestion@lycee.fr", "Lycée Victor Hugo", True)
    assert len(memory_keyring.secrets) == 1
    cli("session", "create", "--site", "Lycée", "--room", "12", "--date", "01/06/2030", "--time", "09:00",
        "--examiner", "Mme Martin")
    code, out, _ = cli("sync", "status", "--json")
    status = json.loads(out)
    assert (code, set(status) >= {"server", "email", "state", "pending", "last_sync"}) == (0, True)
    assert (status["server"], status["email"], status["state"], status["last_sync"]) == (
        member, "gestion@lycee.fr", "pending", None)
    assert status["pending"] >= 1
    code, out, _ = cli("sync", "--json", password=None)  # the keyring holds the sign-in
    report = json.loads(out)
    assert code == 0 and report["sent"] == 1 and report["pending"] == 0 and report["failed"] == []
    assert set(report) >= {"sent", "received", "pending", "failed"}
    code, out, _ = cli("sync", "status", "--json")
    status = json.loads(out)
    assert (status["state"], status["pending"]) == ("up_to_date", 0) and status["last_sync"]
    code, out, _ = cli("sync", "status")
    assert "À jour" in out
    code, out, _ = cli("logout")
    assert code == 0 and memory_keyring.secrets == {}
    code, out, err = cli("sync", password=None)
    assert code == 2 and "connectez-vous" in err


def test_refused_input_exits_2(cli, member):
    code, _, err = cli("login", "--server", "http://pix.example.org", "--email", "a@b.fr")
    assert code == 2 and "http://" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("login", "--server", member, "--email", "gestion@lycee.fr", password="wrong password")
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("--password")
    code, _, err = cli("sync")
    assert code == 2


def test_unreachable_server_exits_3_and_keeps_the_queue(cli, member, tmp_path):
    assert cli("login", "--server", member, "--email", "gestion@lycee.fr")[0] == 0
    from pixdesk.store import open_database
    from pixdesk.sync import account

    db = open_database(cli.db)
    try:
        current = account.current_account(db)
        account.remember(db, account.Account("http://127.0.0.1:9", current.email, current.centre_id,
                                             current.centre_name))
    finally:
        db.close()
    code, out, err = cli("sync", "--json")
    assert code == 3 and json.loads(out)["state"] == "offline" and "injoignable" in err
    assert cli("sync", "status", "--json")[1] and json.loads(cli("sync", "status", "--json")[1])["state"] == "offline"


def test_without_a_keyring_nothing_is_stored_and_the_password_is_asked(cli, member):
    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, out, _ = cli("login", "--server", member, "--email", "gestion@lycee.fr")
        assert code == 0 and "rien n'est enregistré" in out
        with open(cli.db, "rb") as store:
            assert b"refresh" not in store.read().lower()
        code, _, err = cli("sync", password=None)  # no terminal, no PIXDESK_PASSWORD: asked, not found
        assert code == 2 and "Mot de passe requis" in err
        assert cli("sync", password=PASSWORD)[0] == 0
    finally:
        keyring.set_keyring(saved)


def test_a_refused_change_is_listed_and_the_rest_flows(member, desktops):
    manager, laptop = desktops("manager"), desktops("laptop")
    manager.sign_in(member)
    laptop.sign_in(member)
    session_id = manager.new_session(people=PEOPLE[:2])
    manager.sync()
    laptop.sync()
    on_laptop = laptop.session_by_uuid(sessions.get_session(manager.db, session_id).uuid).id
    # A candidate joins (the list locks) while the laptop, offline, enrols one more and changes the session.
    candidates.mark_joined(manager.db, session_id, candidates.list_candidates(manager.db, session_id)[0].id)
    manager.sync()
    candidates.add_candidate(laptop.db, on_laptop, PEOPLE[2])
    sessions.update_session(laptop.db, on_laptop, SessionInput(description="Bâtiment B"))
    report = laptop.sync()
    assert [(f.code, f.entity) for f in report.failed] == [("CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION",
                                                            "candidate")]
    assert report.failed[0].message and report.failed[0].as_json().keys() == {"change", "code", "message"}
    assert report.sent == 1 and report.state == "error"  # the session's change went through
    assert sessions.get_session(manager.db, session_id).description is None
    manager.sync()
    assert sessions.get_session(manager.db, session_id).description == "Bâtiment B"
    marks = entity_marks(laptop.db, "candidate", [c.uuid for c in candidates.list_candidates(laptop.db, on_laptop)])
    assert list(marks.values()) == ["refused"]
