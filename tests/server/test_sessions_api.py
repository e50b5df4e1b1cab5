"""Sessions through the real server, on SQLite and PostgreSQL."""


def test_create_read_update_delete_a_session(member):
    created = member.create_session(time="9h05", description="  ")
    attributes = created["attributes"]
    assert attributes["time"] == "09:05" and attributes["description"] is None
    assert attributes["status"] == "created" and attributes["certification-center"] == "Centre A"
    assert len(attributes["access-code"]) == 6 and len(attributes["invigilator-password"]) == 6
    session_id = created["id"]
    assert session_id.isdigit()

    shown = member.get(f"/api/sessions/{session_id}")
    assert shown.status_code == 200 and shown.json()["data"] == created
    by_uuid = member.get(f"/api/sessions/{attributes['uuid']}")
    assert by_uuid.json()["data"]["id"] == session_id

    changed = member.patch(f"/api/sessions/{session_id}", {"data": {"attributes": {"room": "Salle 14"}}})
    assert changed.status_code == 200
    assert changed.json()["data"]["attributes"]["room"] == "Salle 14"
    assert changed.json()["data"]["attributes"]["examiner"] == "Mme Martin"

    assert member.delete(f"/api/sessions/{session_id}").status_code == 204
    gone = member.get(f"/api/sessions/{session_id}")
    assert gone.status_code == 404 and gone.json()["errors"][0]["code"] == "SESSION_NOT_FOUND"


def test_session_rules_are_the_desktop_ones_with_pointers(member):
    answer = member.post(f"/api/certification-centers/{member.centre_id}/session", {"data": {"attributes": {
        "address": " ", "room": "R", "date": "2030-13-45", "time": "25:00", "examiner": "x"}}})
    assert answer.status_code == 422
    errors = {(e["code"], e["source"]["pointer"]) for e in answer.json()["errors"]}
    assert errors == {("SESSION_ADDRESS_REQUIRED", "/data/attributes/address"),
                      ("SESSION_DATE_NOT_VALID", "/data/attributes/date"),
                      ("SESSION_TIME_NOT_VALID", "/data/attributes/time")}
    english = member.post(f"/api/certification-centers/{member.centre_id}/session",
                          {"data": {"attributes": {"room": "R", "date": "2030-06-12", "time": "09:00",
                                                   "examiner": "x"}}}, headers={"Accept-Language": "en"})
    assert english.json()["errors"][0]["detail"] == "Please enter a site name."


def test_a_session_created_with_the_desktops_uuid_and_codes_keeps_them(member):
    uuid = "0b5e7c1e-5a57-4c3d-9d36-1f1a7e0f0a01"
    first = member.create_session(uuid=uuid, **{"access-code": "BCDF23", "invigilator-password": "k3KrG!"})
    assert first["attributes"]["uuid"] == uuid
    assert first["attributes"]["access-code"] == "BCDF23"
    assert first["attributes"]["invigilator-password"] == "k3KrG!"
    # Another desktop (another key) creating the same session by its UUID gets it back, not a second one.
    again = member.post(f"/api/certification-centers/{member.centre_id}/session",
                        {"data": {"id": uuid, "attributes": {"address": "x", "room": "y", "date": "2030-01-01",
                                                              "time": "10:00", "examiner": "z"}}})
    assert again.status_code == 200 and again.json()["data"]["id"] == first["id"]
    # A taken access code is replaced by a fresh one rather than refused.
    other = member.create_session(**{"access-code": "BCDF23"})
    assert other["attributes"]["access-code"] != "BCDF23"


def test_session_summaries_are_paginated_and_filtered(member):
    ids = [member.create_session(date=f"2030-06-{day:02d}")["id"] for day in range(10, 15)]
    page = member.get(f"/api/certification-centers/{member.centre_id}/session-summaries",
                      params={"page[size]": 2, "page[number]": 1})
    body = page.json()
    assert [s["id"] for s in body["data"]] == [ids[4], ids[3]]
    assert body["meta"] == {"page": 1, "pageSize": 2, "rowCount": 5, "pageCount": 3, "hasSessions": True}
    one = member.get(f"/api/certification-centers/{member.centre_id}/session-summaries",
                     params={"filter[sessionId]": ids[1]}).json()
    assert [s["id"] for s in one["data"]] == [ids[1]]
    assert one["data"][0]["attributes"]["enrolled-candidates-count"] == 0
    finalized = member.get(f"/api/certification-centers/{member.centre_id}/session-summaries",
                           params={"filter[status]": "finalized"}).json()
    assert finalized["data"] == []


def test_a_started_session_cannot_be_deleted(member):
    session_id = member.create_session()["id"]
    candidate = member.add_candidate(session_id)["data"]
    member.patch(f"/api/sessions/{session_id}/certification-candidates/{candidate['id']}",
                 {"data": {"attributes": {"joined-at": "2030-06-12T09:10:00Z"}}})
    refused = member.delete(f"/api/sessions/{session_id}")
    assert refused.status_code == 409
    assert refused.json()["errors"][0]["code"] == "SESSION_STARTED_DELETION_ERROR"
    assert refused.json()["errors"][0]["detail"] == "La session a déjà commencé."
