"""Room laptops with no network: the kit goes to the laptop on a USB stick, the journal comes back; importing
twice adds nothing, a tampered file is refused with one line, and nothing is half-imported."""

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, timezone

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.errors import DomainError
from pixdesk.models.room import RUNNING
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, centres, room, room_kit, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.journal import load_events
from pixdesk.services.outbox import list_changes
from pixdesk.store import open_database

PEOPLE = [CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351", billing_mode="FREE"),
          CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172", extra_time_percentage=33,
                          billing_mode="FREE")]


@pytest.fixture
def clock():
    return FixedClock(datetime.now(timezone.utc).replace(microsecond=0))


@pytest.fixture
def manager(tmp_path):
    db = open_database(tmp_path / "manager.sqlite")
    centres.update_centre(db, name="Lycée Victor Hugo", type="SUP")
    yield db
    db.close()


@pytest.fixture
def laptop(tmp_path):
    db = open_database(tmp_path / "laptop.sqlite")
    yield db
    db.close()


@pytest.fixture
def session_id(manager):
    created = sessions.create_session(manager, SessionInput("Lycée Victor Hugo", "Salle 12", date.today().isoformat(),
                                                            "09:00", "Mme Martin"), allow_past=True)
    for person in PEOPLE:
        candidates.add_candidate(manager, created.id, person)
    sessions.update_session(manager, created.id, SessionInput(description="Bâtiment B"))
    return created.id


def table_counts(db):
    with closing(sqlite3.connect(db.path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("certification_session", "candidate", "room_event", "outbox", "audit_event")}


def test_the_kit_carries_the_session_and_its_candidates_to_a_fresh_laptop(manager, laptop, session_id, tmp_path):
    room.set_test_length(manager, session_id, 120, clock=FixedClock(datetime.now(timezone.utc)))
    first = candidates.list_candidates(manager, session_id)[0].id
    room.record_action(manager, session_id, [first], "present", clock=FixedClock(datetime.now(timezone.utc)))
    kit = room_kit.export_room_kit(manager, session_id, tmp_path / "salle12.pixdesk")
    assert (kit.candidates, kit.events) == (2, 1)

    imported = room_kit.import_room_kit(laptop, kit.path)
    assert (imported.session_created, imported.candidates_added, imported.events_added) == (True, 2, 1)
    original = sessions.get_session(manager, session_id)
    copy = sessions.get_session(laptop, imported.session_id)
    assert (copy.uuid, copy.access_code, copy.invigilator_password, copy.site, copy.room, copy.date, copy.time,
            copy.examiner, copy.description, copy.test_length_minutes) == (
        original.uuid, original.access_code, original.invigilator_password, "Lycée Victor Hugo", "Salle 12",
        original.date, "09:00", "Mme Martin", "Bâtiment B", 120)
    assert [(c.uuid, c.last_name, c.extra_time_percentage) for c in candidates.list_candidates(laptop, copy.id)] == [
        (c.uuid, c.last_name, c.extra_time_percentage) for c in candidates.list_candidates(manager, session_id)]
    # The laptop takes the centre's name and incident grid (its room picker shows the centre's grid).
    assert centres.get_centre(laptop).name == "Lycée Victor Hugo"
    # New here: recorded as creates, so a laptop that finds a network can send them (the server knows them by UUID).
    creates = [(c.entity, c.operation) for c in list_changes(laptop, pending_only=True)
               if c.entity in ("certification_session", "candidate")]
    assert creates == [("certification_session", "create"), ("candidate", "create"), ("candidate", "create")]


def test_importing_a_kit_twice_adds_nothing(manager, laptop, session_id, tmp_path):
    path = room_kit.export_room_kit(manager, session_id, tmp_path / "kit.pixdesk").path
    room_kit.import_room_kit(laptop, path)
    before = table_counts(laptop)
    again = room_kit.import_room_kit(laptop, path)
    assert not again.changed
    assert table_counts(laptop) == before


def test_a_newer_kit_updates_the_laptop_and_an_older_one_changes_nothing(manager, laptop, session_id, tmp_path):
    old = room_kit.export_room_kit(manager, session_id, tmp_path / "old.pixdesk").path
    room_kit.import_room_kit(laptop, old)
    sessions.update_session(manager, session_id, SessionInput(room="Salle 14"))
    new = room_kit.export_room_kit(manager, session_id, tmp_path / "new.pixdesk").path
    result = room_kit.import_room_kit(laptop, new)
    assert result.session_updated and sessions.get_session(laptop, result.session_id).room == "Salle 14"
    assert not room_kit.import_room_kit(laptop, old).changed
    assert sessions.get_session(laptop, result.session_id).room == "Salle 14"


def test_the_journal_comes_back_and_merges_once(manager, laptop, session_id, tmp_path, clock):
    kit = room_kit.export_room_kit(manager, session_id, tmp_path / "kit.pixdesk").path
    laptop_session = room_kit.import_room_kit(laptop, kit).session_id
    people = [c.id for c in candidates.list_candidates(laptop, laptop_session)]
    room.record_action(laptop, laptop_session, people, "present", clock=clock)
    room.record_action(laptop, laptop_session, people, "start", clock=clock)
    room.add_incident(laptop, laptop_session, [people[0]], room.IncidentInput("E3", question_number=12), clock=clock)
    laptop_events = load_events(laptop, laptop_session)

    exported = room_kit.export_journal(laptop, laptop_session, tmp_path / "salle12.pixdesk-journal")
    assert exported.events == len(laptop_events) == 5
    first = room_kit.import_journal(manager, exported.path)
    assert (first.session_id, first.added, first.already_present) == (session_id, 5, 0)
    assert [e.id for e in load_events(manager, session_id)] == [e.id for e in laptop_events]
    assert first.fingerprint == exported.fingerprint
    before = table_counts(manager)
    second = room_kit.import_journal(manager, exported.path)
    assert (second.added, second.already_present) == (0, 5)
    assert table_counts(manager) == before
    # The manager's room view sees what happened in the room.
    state = room.load_room(manager, session_id)
    assert [state.state_of(c).state for c in state.candidates] == [RUNNING, RUNNING]
    assert len(state.state_of(state.candidates[0]).incidents) == 1


@pytest.mark.parametrize("tamper", ["checksum", "event", "header"])
def test_a_tampered_file_is_refused_whole_with_one_line(manager, laptop, session_id, tmp_path, clock, tamper, run):
    kit = room_kit.export_room_kit(manager, session_id, tmp_path / "kit.pixdesk").path
    laptop_session = room_kit.import_room_kit(laptop, kit).session_id
    people = [c.id for c in candidates.list_candidates(laptop, laptop_session)]
    room.record_action(laptop, laptop_session, people, "present", clock=clock)
    path = room_kit.export_journal(laptop, laptop_session, tmp_path / "j.pixdesk-journal").path
    document = json.loads(path.read_text())
    if tamper == "checksum":
        document["session"]["room"] = "Salle 99"  # changed, checksum left as it was
    elif tamper == "event":
        document["events"][0]["data"] = {"at": "2020-01-01T00:00:00+00:00"}  # changed, checksum recomputed
        document["checksum"] = room_kit.checksum(document)
    else:
        document["format"] = "something-else"
    path.write_text(json.dumps(document))
    before = table_counts(manager)
    with pytest.raises(DomainError) as refused:
        room_kit.import_journal(manager, path)
    assert len(refused.value.problems) == 1
    assert table_counts(manager) == before
    code, out, err = run("import", "journal", str(path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert str(path) in err


def test_command_line_round_trip(tmp_path, manager, session_id, capsys):
    from pixdesk.cli import main

    kit = tmp_path / "kit.pixdesk"
    assert main(["--db", str(manager.path), "export", "room-kit", str(session_id), "-o", str(kit), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported == {"session_id": session_id, "kind": "room-kit", "path": str(kit.resolve()), "candidates": 2,
                        "events": 0}
    laptop_path = tmp_path / "cli-laptop.sqlite"
    assert main(["--db", str(laptop_path), "import", "room-kit", str(kit)]) == 0
    assert "2 candidats ajoutés" in capsys.readouterr().out
    assert main(["--db", str(laptop_path), "import", "room-kit", str(kit)]) == 0
    assert "rien de nouveau" in capsys.readouterr().out
    journal = tmp_path / "j.json"
    assert main(["--db", str(laptop_path), "export", "journal", "1", "-o", str(journal), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == 0
    assert main(["--db", str(manager.path), "import", "journal", str(journal), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 0
    assert main(["--db", str(manager.path), "import", "room-kit", str(tmp_path / "missing.pixdesk")]) == 2
    assert "missing.pixdesk" in capsys.readouterr().err
