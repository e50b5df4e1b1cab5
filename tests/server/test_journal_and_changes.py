"""Room journals merged by event UUID, and the changes feed every desktop pulls."""

import uuid

from tests.server.conftest import Api, PASSWORD, server_url_of
from pixdesk.server.testing import add_member


def _event(candidate=None, kind="presence", sequence=1, device="laptop-1", **data):
    return {"type": "journal-events", "id": str(uuid.uuid4()), "attributes": {
        "candidate": candidate, "kind": kind, "data": data, "recorded-at": f"2030-06-12T09:{sequence:02d}:00+02:00",
        "sequence": sequence, "hash": f"h{sequence}-{device}", "device": device}}


def test_journals_from_two_laptops_merge_by_uuid(member):
    session_id = member.create_session()["id"]
    candidate = member.add_candidate(session_id)["data"]
    laptop_1 = [_event(candidate["id"], "presence", 1), _event(candidate["attributes"]["uuid"], "start", 2)]
    laptop_2 = [_event(None, "room-incident", 3, device="laptop-2", note="alarme incendie")]
    path = f"/api/sessions/{session_id}/journal-events"
    first = member.post(path, {"data": laptop_1})
    assert first.status_code == 200 and first.json()["meta"] == {"created": 2, "duplicates": 0}
    # The second laptop sends its own events and, having imported the first's, those too: nothing doubles.
    second = member.post(path, {"data": laptop_1 + laptop_2})
    assert second.json()["meta"] == {"created": 1, "duplicates": 2}
    merged = member.get(path).json()["data"]
    assert [e["id"] for e in merged] == [e["id"] for e in laptop_1 + laptop_2]
    assert merged[1]["attributes"]["candidate-id"] == int(candidate["id"])
    assert merged[2]["attributes"]["data"] == {"note": "alarme incendie"}

    tampered = dict(laptop_1[0], attributes={**laptop_1[0]["attributes"], "hash": "forged"})
    conflict = member.post(path, {"data": [laptop_2[0] | {"id": str(uuid.uuid4())}, tampered]})
    assert conflict.status_code == 409 and conflict.json()["errors"][0]["code"] == "JOURNAL_EVENT_CONFLICT"
    assert len(member.get(path).json()["data"]) == 3  # the batch wrote nothing

    bad = member.post(path, {"data": [_event(candidate="999999", sequence=9)]})
    assert bad.status_code == 404 and bad.json()["errors"][0]["source"]["pointer"] == "/data/0/attributes/candidate"
    missing = member.post(path, {"data": [{"id": str(uuid.uuid4()), "attributes": {"kind": "x"}}]})
    assert missing.status_code == 422


def test_the_changes_feed_shows_every_desktops_changes_in_order(member, server):
    centre = member.centre_id
    add_member(server_url_of(server), "second@example.org", PASSWORD, "Centre A")
    other_desktop = Api(server.url, "second@example.org", centre)
    feed = f"/api/certification-centers/{centre}/changes"
    start = member.get(feed).json()
    assert start["data"] == [] and start["meta"]["has-more"] is False

    session = member.create_session()
    candidate = other_desktop.post(f"/api/sessions/{session['id']}/certification-candidates",
                                   {"data": {"attributes": {
                                       "last-name": "Martin", "first-name": "Léa", "sex": "F",
                                       "birthdate": "2000-01-02", "birth-country": "France",
                                       "birth-insee-code": "76351", "billing-mode": "FREE"}}},
                                   key="outbox-row-7").json()["data"]
    other_desktop.patch(f"/api/sessions/{session['id']}", {"data": {"attributes": {"room": "Salle 3"}}})
    member.delete(f"/api/sessions/{session['id']}/certification-candidates/{candidate['id']}")

    page = member.get(feed, params={"since": start["meta"]["cursor"], "limit": 2}).json()
    assert [(c["attributes"]["entity"], c["attributes"]["operation"]) for c in page["data"]] == [
        ("sessions", "create"), ("certification-candidates", "create")]
    assert page["meta"]["has-more"] is True
    made = page["data"][1]["attributes"]
    assert made["author"] == "second@example.org" and made["idempotency-key"] == "outbox-row-7"
    assert made["resource"]["attributes"]["first-name"] == "Léa"
    rest = member.get(feed, params={"since": page["meta"]["cursor"]}).json()
    assert [(c["attributes"]["entity"], c["attributes"]["operation"]) for c in rest["data"]] == [
        ("sessions", "update"), ("certification-candidates", "delete")]
    assert rest["data"][0]["attributes"]["resource"]["attributes"]["room"] == "Salle 3"
    assert rest["data"][1]["attributes"]["entity-uuid"] == candidate["attributes"]["uuid"]
    assert member.get(feed, params={"since": rest["meta"]["cursor"]}).json()["data"] == []
    assert member.get(feed, params={"since": "not-a-cursor"}).json()["errors"][0]["code"] == \
        "CHANGES_CURSOR_NOT_VALID"
    other_desktop.client.close()


def test_version_endpoint_for_the_desktops_update_check(server):
    import httpx

    answer = httpx.get(f"{server.url}/api/pixdesk/version")
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["type"] == "pixdesk-versions" and data["id"] == "desktop"
    assert set(data["attributes"]) == {"latest", "download-url"}


def test_a_room_laptops_chain_still_verifies_after_the_round_trip(member):
    """Events built and sealed by the desktop's journal code go up and come back verifiable, chain by chain."""
    from pixdesk.models.journal import GENESIS_HASH, JournalEvent, seal, verify

    session = member.create_session()
    candidate = member.add_candidate(session["id"])["data"]
    events, previous = [], GENESIS_HASH
    for sequence, kind in enumerate(("presence_confirmed", "test_started", "end_screen_seen"), start=1):
        event = seal(JournalEvent(str(uuid.uuid4()), session["attributes"]["uuid"], "chain-a", sequence, kind,
                                  candidate["attributes"]["uuid"], {"at": None} if sequence == 2 else {},
                                  f"2030-06-12T07:0{sequence}:00.000000+00:00", "run-1", 1000 * sequence, previous))
        previous = event.hash
        events.append(event)
    body = {"data": [{"type": "journal-events", "id": e.id, "attributes": {
        "candidate": e.candidate, "kind": e.kind, "data": dict(e.data), "recorded-at": e.recorded_at,
        "chain": e.chain, "sequence": e.sequence, "hash": e.hash, "previous-hash": e.previous_hash, "run": e.run,
        "monotonic-ns": e.monotonic_ns}} for e in events]}
    path = f"/api/sessions/{session['id']}/journal-events"
    assert member.post(path, body).json()["meta"] == {"created": 3, "duplicates": 0}
    stored = member.get(path).json()["data"]
    back = [JournalEvent(r["id"], session["attributes"]["uuid"], a["chain"], a["sequence"], a["kind"],
                         a["candidate-uuid"], a["data"], a["recorded-at"], a["run"], a["monotonic-ns"],
                         a["previous-hash"], a["hash"]) for r in stored for a in [r["attributes"]]]
    assert back == events and verify(back) == []
    # Another event claiming a place already taken in that chain is refused, and nothing is written.
    intruder = dict(body["data"][2], id=str(uuid.uuid4()))
    refused = member.post(path, {"data": [intruder]})
    assert refused.status_code == 409 and refused.json()["errors"][0]["code"] == "JOURNAL_EVENT_CONFLICT"
    assert len(member.get(path).json()["data"]) == 3
