"""Sign in for real, send the outbox, bring back the others' changes: against the real server, on SQLite and
PostgreSQL."""

from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.sync import account as accounts
from pixdesk.sync.engine import PENDING, UP_TO_DATE, sync_status


def test_a_session_made_on_one_desktop_reaches_another(member, desktops, memory_keyring):
    manager, laptop = desktops("manager"), desktops("laptop")
    signed = manager.sign_in(member)
    assert signed.token_stored and signed.account.centre_name == "Lycée Victor Hugo"
    assert list(memory_keyring.secrets) == [("PixDesk", f"gestion@lycee.fr@{member.split('//')[1]}")]
    session_id = manager.new_session()
    assert sync_status(manager.db).state == PENDING

    report = manager.sync()
    assert (report.state, report.failed, report.pending) == (UP_TO_DATE, [], 0)
    assert report.sent == 4  # the session and its three candidates; the centre's settings stay here
    local = sessions.get_session(manager.db, session_id)
    assert local.server_id is not None and local.number == local.server_id

    laptop.sign_in(member)
    pulled = laptop.sync()
    assert pulled.state == UP_TO_DATE and pulled.received >= 4
    copy = laptop.session_by_uuid(local.uuid)
    assert (copy.server_id, copy.access_code, copy.invigilator_password, copy.room) == (
        local.server_id, local.access_code, local.invigilator_password, "Salle 12")
    theirs = candidates.list_candidates(laptop.db, copy.id)
    ours = candidates.list_candidates(manager.db, session_id)
    assert [(c.uuid, c.last_name, c.extra_time_percentage) for c in theirs] == [
        (c.uuid, c.last_name, c.extra_time_percentage) for c in ours]

    # An edit on the laptop comes back to the manager; nothing is sent twice.
    sessions.update_session(laptop.db, copy.id, SessionInput(room="Salle 14"))
    assert laptop.sync().sent == 1
    assert manager.sync().received == 1
    assert sessions.get_session(manager.db, session_id).room == "Salle 14"
    assert manager.sync().received == 0 and laptop.sync().received == 0
    assert accounts.current_account(manager.db).email == "gestion@lycee.fr"


def test_a_key_the_server_already_committed_with_another_body_is_settled(member, desktops):
    """An earlier try of this change committed (its answer lost) with a body built differently: the server says
    IDEMPOTENCY_KEY_REUSED, which only a committed write causes, so the change is settled, not refused."""
    import httpx

    from pixdesk.services.outbox import list_changes
    from tests.sync.conftest import PASSWORD
    from tests.sync.faults import sign_in_token

    desktop = desktops("manager")
    signed = desktop.sign_in(member)
    session_id = desktop.new_session(people=[])
    local = sessions.get_session(desktop.db, session_id)
    create = next(c for c in list_changes(desktop.db, pending_only=True) if c.entity == "certification_session")
    token = sign_in_token(member, "gestion@lycee.fr", PASSWORD)
    earlier = httpx.post(f"{member}/api/certification-centers/{signed.account.centre_id}/session", json={"data": {
        "type": "sessions", "attributes": {"uuid": local.uuid, "address": local.site, "room": "Salle d'avant",
                                           "date": local.date.isoformat(), "time": local.time,
                                           "examiner": local.examiner}}},
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": create.id})
    assert earlier.status_code == 201
    report = desktop.sync()
    assert report.failed == [] and report.pending == 0
    assert sessions.get_session(desktop.db, session_id).server_id == earlier.json()["data"]["id"]
