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

    bad = member.post(path, {"data": [_event(candidate="999999")]})
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
