"""The merge rules of the README, with two desktops editing the same session offline and then both syncing:
the later change of a field wins everywhere (whichever desktop syncs first), the other is in the audit trail;
different fields both stay; journals merge as a union."""

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, room, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.journal import load_events


def conflicts(desktop):
    with closing(sqlite3.connect(desktop.db.path)) as conn:
        return [json.loads(d) for (d,) in conn.execute(
            "SELECT details FROM audit_event WHERE action = 'sync.conflict' ORDER BY sequence")]


def shared_session(member, desktops):
    manager, laptop = desktops("manager"), desktops("laptop")
    manager.sign_in(member)
    laptop.sign_in(member)
    session_id = manager.new_session()
    manager.sync()
    laptop.sync()
    uuid = sessions.get_session(manager.db, session_id).uuid
    return manager, laptop, session_id, laptop.session_by_uuid(uuid).id


def state(desktop, session_id):
    s = sessions.get_session(desktop.db, session_id)
    people = [(c.uuid, c.last_name, c.first_name, c.email) for c in candidates.list_candidates(desktop.db, session_id)]
    return (s.room, s.examiner, s.description, s.server_id), people


@pytest.mark.parametrize("first", ["earlier", "later"])
def test_the_later_change_of_a_field_wins_whoever_syncs_first(member, desktops, first):
    manager, laptop, on_manager, on_laptop = shared_session(member, desktops)
    # Offline on both: the same field (room) changed on both sides, the laptop's change first; other fields too.
    sessions.update_session(laptop.db, on_laptop, SessionInput(room="Salle A", description="Bâtiment B"))
    sessions.update_session(manager.db, on_manager, SessionInput(room="Salle B", examiner="M. Dupuis"))
    order = [laptop, manager] if first == "earlier" else [manager, laptop]
    for desktop in order + order:
        report = desktop.sync()
        assert report.failed == [] and report.state == "up_to_date"
    expected = ("Salle B", "M. Dupuis", "Bâtiment B")
    assert state(manager, on_manager)[0][:3] == expected
    assert state(laptop, on_laptop) == state(manager, on_manager)
    # The laptop's "Salle A" lost to the manager's later "Salle B": the server recorded the conflict once, and
    # every desktop has it in its audit trail (the manager's sync history shows it).
    for desktop in (manager, laptop):
        assert [(c["field"], c["kept"], c["discarded"]) for c in conflicts(desktop)] == [
            ("room", "Salle B", "Salle A")], desktop.name


def test_a_candidate_deleted_on_one_side_and_edited_on_the_other_is_deleted_everywhere(member, desktops):
    manager, laptop, on_manager, on_laptop = shared_session(member, desktops)
    victim = candidates.list_candidates(manager.db, on_manager)[2]
    candidates.remove_candidate(manager.db, on_manager, victim.id)
    theirs = next(c for c in candidates.list_candidates(laptop.db, on_laptop) if c.uuid == victim.uuid)
    edited = theirs.as_input()
    candidates.update_candidate(laptop.db, on_laptop, theirs.id,
                                CandidateInput(**{**edited.__dict__, "email": "michel@example.fr"}))
    for desktop in (manager, laptop, manager, laptop):
        assert desktop.sync().failed == []
    assert state(laptop, on_laptop) == state(manager, on_manager)
    assert victim.uuid not in [c[0] for c in state(laptop, on_laptop)[1]]
    assert any(c.get("discarded_fields") == ["email"] for c in conflicts(laptop))


def test_two_laptops_journals_merge_as_a_union_on_every_desktop(member, desktops):
    manager, laptop, on_manager, on_laptop = shared_session(member, desktops)
    second = desktops("laptop2")
    second.sign_in(member)
    second.sync()
    on_second = second.session_by_uuid(sessions.get_session(manager.db, on_manager).uuid).id
    clock = FixedClock(datetime.now(timezone.utc))
    people = [c.id for c in candidates.list_candidates(laptop.db, on_laptop)]
    room.record_action(laptop.db, on_laptop, people[:2], "present", clock=clock)
    room.record_action(laptop.db, on_laptop, people[:2], "start", clock=clock)
    others = [c.id for c in candidates.list_candidates(second.db, on_second)]
    room.record_action(second.db, on_second, others[2:], "present", clock=clock)
    room.add_incident(second.db, on_second, others[2:], room.IncidentInput("E3", question_number=7), clock=clock)
    for desktop in (laptop, second, manager, laptop, second):
        assert desktop.sync().failed == []
    journals = [sorted(e.id for e in load_events(d.db, s))
                for d, s in ((manager, on_manager), (laptop, on_laptop), (second, on_second))]
    assert len(journals[0]) == 6 and journals[0] == journals[1] == journals[2]
    view = room.load_room(manager.db, on_manager)
    assert view.chain_problems == [] and len({e.chain for e in view.events}) == 2
