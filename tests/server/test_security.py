"""Access control on every route, tokens, sign-in throttling, body cap, and no password in any log."""

import logging
import time

import httpx
import pytest

from pixdesk.server.api import api_routes
from pixdesk.server.config import Settings
from pixdesk.server.testing import add_member, running_server
from tests.server.conftest import PASSWORD, Api, candidate_document

PUBLIC = {("POST", "/api/token"), ("POST", "/api/revoke"), ("GET", "/api/pixdesk/version")}


def _fill(path: str, ids: dict) -> str:
    for name, value in ids.items():
        path = path.replace("{" + name + "}", str(value))
    return path


@pytest.fixture
def victim(outsider):
    """Centre B's data, which the member of centre A will try to reach."""
    session = outsider.create_session()
    candidate = outsider.add_candidate(session["id"])["data"]
    report = outsider.post(f"/api/certification-reports/{candidate['id']}/certification-issue-reports",
                           {"data": {"attributes": {"category": "FRAUD"}}}).json()["data"]
    by_id = {"centre_id": outsider.centre_id, "session_id": session["id"], "candidate_id": candidate["id"],
             "course_id": candidate["id"], "report_id": report["id"]}
    by_uuid = {"centre_id": outsider.centre_id, "session_id": session["attributes"]["uuid"],
               "candidate_id": candidate["attributes"]["uuid"], "course_id": candidate["attributes"]["uuid"],
               "report_id": report["attributes"]["uuid"]}
    return by_id, by_uuid


def test_every_route_refuses_another_centres_member(member, outsider, victim):
    """A member of centre A gets 403 or 404 on every route for centre B's data, by id and by UUID, and B's data
    is unchanged afterwards."""
    before = outsider.get(f"/api/certification-centers/{outsider.centre_id}/changes").json()["data"]
    routes = [route for route in api_routes()
              if route not in PUBLIC and route[1] != "/api/certification-point-of-contacts/me"]
    assert len(routes) == 19
    for method, path in routes:
        for ids in victim:
            answer = member.request(method, _fill(path, ids), {"data": {"attributes": {}}})
            assert answer.status_code in (403, 404), (method, path, answer.status_code, answer.text)
            assert answer.json()["errors"][0]["code"] in ("FORBIDDEN", "SESSION_NOT_FOUND", "CANDIDATE_NOT_FOUND",
                                                          "ISSUE_REPORT_NOT_FOUND")
    after = outsider.get(f"/api/certification-centers/{outsider.centre_id}/changes").json()["data"]
    assert after == before
    me = member.get("/api/certification-point-of-contacts/me").json()
    assert [c["attributes"]["name"] for c in me["included"]] == ["Centre A"]


def test_every_route_but_sign_in_needs_a_token(server):
    client = httpx.Client(base_url=server.url)
    ids = {"centre_id": 1, "session_id": 1, "candidate_id": 1, "course_id": 1, "report_id": 1}
    for method, path in api_routes():
        if (method, path) in PUBLIC:
            continue
        answer = client.request(method, _fill(path, ids), headers={"Authorization": "Bearer forged",
                                                                   "Idempotency-Key": "k"})
        assert answer.status_code == 401, (method, path)
        assert answer.json()["errors"][0]["code"] == "UNAUTHORIZED"


def test_sign_in_refresh_revoke_and_the_platforms_message(server, member):
    client = httpx.Client(base_url=server.url)
    refreshed = client.post("/api/token", data={"grant_type": "refresh_token", "scope": "pix-certif",
                                                "refresh_token": member.tokens["refresh_token"]})
    assert refreshed.status_code == 200 and refreshed.json()["access_token"] != member.tokens["access_token"]
    assert client.post("/api/token", data={"grant_type": "password", "username": "a@example.org",
                                           "password": PASSWORD, "scope": "pix-admin"}).status_code == 400
    wrong = client.post("/api/token", data={"grant_type": "password", "username": "a@example.org",
                                            "password": "nope", "scope": "pix-certif"})
    assert wrong.status_code == 401 and wrong.json()["errors"][0]["code"] == "MISSING_OR_INVALID_CREDENTIALS"

    assert client.post("/api/revoke", data={"token": member.tokens["refresh_token"],
                                            "token_type_hint": "refresh_token"}).status_code == 200
    assert member.get(f"/api/certification-centers/{member.centre_id}/changes").status_code == 401
    again = client.post("/api/token", data={"grant_type": "refresh_token", "scope": "pix-certif",
                                            "refresh_token": member.tokens["refresh_token"]})
    assert again.status_code == 401 and again.json()["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"

    from pixdesk.server.database import write_transaction
    from pixdesk.server import schema
    from sqlalchemy import delete, insert
    from pixdesk.server.security import hash_password, utc_now
    with write_transaction(server.engine) as conn:
        conn.execute(insert(schema.user).values(email="lonely@example.org", password_hash=hash_password(PASSWORD),
                                                created_at=utc_now(), password_changed_at=utc_now()))
    lonely = client.post("/api/token", data={"grant_type": "password", "username": "lonely@example.org",
                                             "password": PASSWORD, "scope": "pix-certif"})
    assert lonely.status_code == 403
    assert lonely.json()["errors"][0]["detail"].startswith(
        "L'accès à Pix Certif est limité aux centres de certification Pix.")
    # Membership removed: the next call with a still-valid token is refused at once.
    fresh = Api(server.url, "a@example.org", member.centre_id)
    with write_transaction(server.engine) as conn:
        conn.execute(delete(schema.membership))
    assert fresh.get(f"/api/certification-centers/{member.centre_id}/changes").status_code == 403


def test_access_tokens_are_short_lived(sqlite_server_url):
    add_member(sqlite_server_url, "a@example.org", PASSWORD, "Centre A")
    with running_server(sqlite_server_url, Settings(database_url=sqlite_server_url, access_token_seconds=1)) as s:
        api = Api(s.url, "a@example.org", 1)
        assert api.get("/api/certification-centers/1/changes").status_code == 200
        time.sleep(1.2)
        expired = api.get("/api/certification-centers/1/changes")
        assert expired.status_code == 401 and "invalid_token" in expired.headers["WWW-Authenticate"]


def test_failed_sign_ins_are_throttled_per_account_and_per_address(sqlite_server_url):
    add_member(sqlite_server_url, "a@example.org", PASSWORD, "Centre A")
    settings = Settings(database_url=sqlite_server_url, max_failures_per_account=3, max_failures_per_address=5)
    with running_server(sqlite_server_url, settings) as s:
        client = httpx.Client(base_url=s.url)

        def sign_in(user, password):
            return client.post("/api/token", data={"grant_type": "password", "username": user,
                                                   "password": password, "scope": "pix-certif"})

        assert [sign_in("a@example.org", "bad").status_code for _ in range(3)] == [401] * 3
        blocked = sign_in("a@example.org", PASSWORD)  # even the right password waits
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 800
        assert blocked.json()["errors"][0]["code"] == "TOO_MANY_SIGN_IN_ATTEMPTS"
        assert [sign_in("other@example.org", "bad").status_code for _ in range(2)] == [401, 401]
        assert sign_in("third@example.org", "bad").status_code == 429  # the address's limit


def test_request_bodies_are_capped(sqlite_server_url):
    add_member(sqlite_server_url, "a@example.org", PASSWORD, "Centre A")
    with running_server(sqlite_server_url, Settings(database_url=sqlite_server_url, max_body_bytes=2000)) as s:
        api = Api(s.url, "a@example.org", 1)
        session_id = api.create_session()["id"]
        big = candidate_document(**{"external-id": "x" * 3000})
        answer = api.post(f"/api/sessions/{session_id}/certification-candidates", big)
        assert answer.status_code == 413 and answer.json()["errors"][0]["code"] == "PAYLOAD_TOO_LARGE"

        def chunks():
            yield b'{"data": {"attributes": {"x": "'
            for _ in range(10):
                yield b"y" * 500
            yield b'"}}}'
        streamed = api.client.post(f"/api/sessions/{session_id}/certification-candidates", content=chunks(),
                                   headers={"Idempotency-Key": "k", "Content-Type": "application/json"})
        assert streamed.status_code == 413


def test_passwords_and_tokens_never_reach_the_logs(sqlite_server_url, caplog):
    add_member(sqlite_server_url, "a@example.org", PASSWORD, "Centre A")
    caplog.set_level(logging.DEBUG)
    with running_server(sqlite_server_url) as s:
        api = Api(s.url, "a@example.org", 1)
        httpx.post(f"{s.url}/api/token", data={"grant_type": "password", "username": "a@example.org",
                                               "password": "wrong-password-123", "scope": "pix-certif"})
        api.create_session()
    logged = caplog.text
    for secret in (PASSWORD, "wrong-password-123", api.tokens["access_token"], api.tokens["refresh_token"]):
        assert secret not in logged
