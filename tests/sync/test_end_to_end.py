"""Three stores finalise a session together through the real server: the manager's desktop prepares it, two room
laptops run the room (one synchronises during the exam, the other only after it ended), the manager finalises
from the merged journal, and every store ends with what the server has."""

from datetime import datetime, timedelta, timezone

import httpx

from pixdesk.models.finalisation import Answers
from pixdesk.services import candidates, finalisation, room, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.journal import load_events
from pixdesk.sync.account import current_account
from tests.sync.conftest import PASSWORD
from tests.sync.faults import assert_converged, sign_in_token


def test_a_manager_and_two_room_laptops_finalise_a_session_through_the_server(member, desktops):
    manager, laptop1, laptop2 = desktops("manager"), desktops("laptop1"), desktops("laptop2")
    for desktop in (manager, laptop1, laptop2):
        desktop.sign_in(member)
    session_id = manager.new_session()
    uuid = sessions.get_session(manager.db, session_id).uuid
    assert manager.sync().sent == 4
    for laptop in (laptop1, laptop2):
        assert laptop.sync().received >= 4
    on1, on2 = laptop1.session_by_uuid(uuid).id, laptop2.session_by_uuid(uuid).id
    people1 = {c.last_name: c.id for c in candidates.list_candidates(laptop1.db, on1)}
    people2 = {c.last_name: c.id for c in candidates.list_candidates(laptop2.db, on2)}

    # The exam: laptop 1 has Dupont and Neige, laptop 2 has Durand; both offline.
    clock = FixedClock(datetime.now(timezone.utc) - timedelta(hours=2))
    mine = [people1["Dupont"], people1["Neige"]]
    room.record_action(laptop1.db, on1, mine, "present", clock=clock)
    room.record_action(laptop1.db, on1, mine, "start", clock=clock)
    room.add_incident(laptop1.db, on1, [people1["Dupont"]], room.IncidentInput("E3", question_number=12),
                      clock=clock)
    room.record_action(laptop2.db, on2, [people2["Durand"]], "present", clock=clock)
    room.record_action(laptop2.db, on2, [people2["Durand"]], "start", clock=clock)
    assert laptop1.sync().failed == []  # laptop 1 finds the network during the exam
    clock.advance(timedelta(minutes=100))
    room.record_action(laptop1.db, on1, mine, "end-screen-seen", clock=clock)
    room.record_action(laptop2.db, on2, [people2["Durand"]], "abandon", reason="technical", clock=clock)
    room.close_room(laptop1.db, on1, clock=clock)
    assert laptop1.sync().failed == []
    # The session has ended; laptop 2 only now reaches the server.
    late = laptop2.sync()
    assert late.failed == [] and late.sent >= 3

    # The manager's desk holds both rooms' journals, chains verified, and finalises from them.
    assert manager.sync().received >= 2
    merged = room.load_room(manager.db, session_id)
    assert merged.chain_problems == []
    assert {e.id for e in load_events(laptop1.db, on1)} | {e.id for e in load_events(laptop2.db, on2)} == {
        e.id for e in merged.events}
    record = finalisation.finalise(manager.db, session_id, Answers(comment="Coupure réseau à 10 h 40.",
                                                                  has_incident=True), clock=clock,
                                   actor="gestion@lycee.fr")
    assert record.issue_reports and record.abort_reasons
    report = manager.sync()
    assert report.failed == [] and report.pending == 0

    # On the server: finalised, one report per started candidate, the incident once, the abort reason.
    token = sign_in_token(member, "gestion@lycee.fr", PASSWORD)
    with httpx.Client(base_url=member, headers={"Authorization": f"Bearer {token}"}) as api:
        session = api.get(f"/api/sessions/{uuid}").json()["data"]["attributes"]
        reports = api.get(f"/api/sessions/{uuid}/certification-reports").json()
    assert session["status"] == "finalized" and session["has-incident"] is True
    assert session["examiner-global-comment"] == "Coupure réseau à 10 h 40."
    outcome = {r["attributes"]["last-name"]: (r["attributes"]["is-completed"], r["attributes"]["abort-reason"])
               for r in reports["data"]}
    assert outcome == {"Dupont": (True, None), "Neige": (True, None), "Durand": (False, "technical")}
    assert [(i["attributes"]["code"], i["attributes"]["question-number"]) for i in reports["included"]] == [
        ("E3", 12)]

    # Every store ends with the server's data: the laptops see the session finalised.
    for laptop in (laptop1, laptop2):
        laptop.sync()
    manager.sync()
    centre_id = current_account(manager.db).centre_id
    assert_converged(member, PASSWORD, centre_id, manager, laptop1, laptop2)
    assert sessions.get_session(laptop2.db, on2).finalized
