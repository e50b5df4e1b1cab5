import uuid

import httpx
import pytest

from pixdesk.server.testing import add_member

PASSWORD = "correct horse battery"


class Api:
    """A signed-in member of one centre talking to the real server; every write gets a fresh Idempotency-Key
    unless one is given."""

    def __init__(self, base_url: str, email: str, centre_id: int, password: str = PASSWORD):
        self.client = httpx.Client(base_url=base_url, timeout=30)
        self.email, self.centre_id = email, centre_id
        answer = self.client.post("/api/token", data={"grant_type": "password", "username": email,
                                                      "password": password, "scope": "pix-certif"})
        assert answer.status_code == 200, answer.text
        self.tokens = answer.json()
        self.client.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"

    def request(self, method: str, path: str, body=None, key: str | None = None, **kwargs) -> httpx.Response:
        headers = kwargs.pop("headers", {})
        if method != "GET":
            headers.setdefault("Idempotency-Key", key or str(uuid.uuid4()))
        return self.client.request(method, path, json=body, headers=headers, **kwargs)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, body=None, **kwargs):
        return self.request("POST", path, body, **kwargs)

    def patch(self, path, body=None, **kwargs):
        return self.request("PATCH", path, body, **kwargs)

    def put(self, path, body=None, **kwargs):
        return self.request("PUT", path, body, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)

    def create_session(self, **attributes) -> dict:
        body = {"data": {"type": "sessions", "attributes": {
            "address": "Lycée Victor Hugo", "room": "Salle 12", "date": "2030-06-12", "time": "09:00",
            "examiner": "Mme Martin", **attributes}}}
        answer = self.post(f"/api/certification-centers/{self.centre_id}/session", body)
        assert answer.status_code == 201, answer.text
        return answer.json()["data"]

    def add_candidate(self, session_id, expect: int = 201, **attributes) -> dict:
        answer = self.post(f"/api/sessions/{session_id}/certification-candidates", candidate_document(**attributes))
        assert answer.status_code == expect, answer.text
        return answer.json()


def candidate_document(**attributes) -> dict:
    base = {"last-name": "Dupont", "first-name": "Julie", "sex": "F", "birthdate": "1996-03-13",
            "birth-country": "France", "birth-insee-code": "76351", "billing-mode": "FREE"}
    return {"data": {"type": "certification-candidates", "attributes": {**base, **attributes}}}


@pytest.fixture
def member(server):
    """A signed-in member of "Centre A" (SUP) on the running server."""
    centre_id, _ = add_member(server_url_of(server), "a@example.org", PASSWORD, "Centre A")
    api = Api(server.url, "a@example.org", centre_id)
    yield api
    api.client.close()


@pytest.fixture
def sqlite_member(sqlite_server):
    """As `member`, on SQLite only: for tests of rules rather than of storage."""
    centre_id, _ = add_member(server_url_of(sqlite_server), "a@example.org", PASSWORD, "Centre A")
    api = Api(sqlite_server.url, "a@example.org", centre_id)
    yield api
    api.client.close()


@pytest.fixture
def outsider(server, member):
    """A signed-in member of another centre, "Centre B"."""
    centre_id, _ = add_member(server_url_of(server), "b@example.org", PASSWORD, "Centre B")
    api = Api(server.url, "b@example.org", centre_id)
    yield api
    api.client.close()


def server_url_of(server) -> str:
    return server.app.state.settings.database_url
