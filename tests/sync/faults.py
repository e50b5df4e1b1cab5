"""What the fault matrix needs: the real server in its own process (so that it can be killed and restarted), a
proxy in front of it that answers 500 or 429, holds answers past the client's timeout or cuts the connection, and a
check that the server and every desktop hold the same data, nothing lost, nothing doubled."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from pixdesk.server.faults import ENV_VAR as DIE_AT
from pixdesk.services import candidates, sessions
from pixdesk.services.journal import load_events


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerProcess:
    """`pixdesk-server run` in a child process on a fixed port, so that it comes back where the desktops look."""

    def __init__(self, database_url: str, log_path):
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self, die_at: str | None = None) -> ServerProcess:
        env = {k: v for k, v in os.environ.items() if k != DIE_AT}
        if die_at:
            env[DIE_AT] = die_at
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pixdesk.server", "--database", self.database_url, "run", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"], stdout=log, stderr=log, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited ({self.process.returncode}): {self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.url}/api/pixdesk/version", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def wait_dead(self, timeout: float = 30) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def restart(self, die_at: str | None = None) -> ServerProcess:
        self.kill()
        return self.start(die_at)


@dataclass
class Rule:
    """What the proxy does with the requests `matches` accepts, the first `times` of them."""

    matches: Callable[[str, str], bool]
    action: str  # "status", "delay-answer", "cut-before", "cut-after"
    times: int = 1
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0
    used: int = 0


@dataclass
class FaultProxy:
    """An HTTP proxy on 127.0.0.1 in front of the server, applying its rules in order."""

    target: str
    rules: list[Rule] = field(default_factory=list)
    log: list[tuple[str, str, int | str]] = field(default_factory=list)

    def __post_init__(self):
        proxy = self
        self._client = httpx.Client(base_url=self.target, timeout=60)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                rule = proxy._rule(self.command, self.path)
                action = rule.action if rule else "pass"
                if action == "status":
                    headers = {"Retry-After": rule.retry_after} if rule.retry_after else {}
                    payload = b'{"errors":[{"status":"%d","code":"FAULT","detail":"injected"}]}' % rule.status
                    self._answer(rule.status, payload, {"Content-Type": "application/vnd.api+json", **headers})
                    proxy.log.append((self.command, self.path, rule.status))
                    return
                if action == "cut-before":
                    proxy.log.append((self.command, self.path, "cut-before"))
                    self._cut()
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                answer = proxy._client.request(self.command, self.path, content=body, headers=headers)
                proxy.log.append((self.command, self.path, answer.status_code))
                if action == "cut-after":
                    self._cut()
                    return
                if action == "delay-answer":
                    time.sleep(rule.seconds)
                passed = {k: v for k, v in answer.headers.items()
                          if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                               "content-encoding")}
                try:
                    self._answer(answer.status_code, answer.content, passed)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _answer(self, status, payload, headers):
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _cut(self):
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _rule(self, method: str, path: str) -> Rule | None:
        for rule in self.rules:
            if rule.used < rule.times and rule.matches(method, path):
                rule.used += 1
                return rule
        return None

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()


def writes(pattern: str = "") -> Callable[[str, str], bool]:
    return lambda method, path: method != "GET" and pattern in path and not path.startswith("/api/token")


# --- convergence

def server_view(url: str, password: str, centre_id: int) -> dict:
    """Every session of the centre on the server, with its candidates and journal events (signing in again when
    a short-lived access token of a test expires on the way)."""
    with httpx.Client(base_url=url, timeout=30) as client:
        def get(path: str, **params) -> list | dict:
            for _ in range(3):
                answer = client.get(path, params=params or None)
                if answer.status_code != 401:
                    return answer.json()["data"]
                client.headers["Authorization"] = f"Bearer {sign_in_token(url, 'gestion@lycee.fr', password)}"
            raise AssertionError(f"{path}: {answer.status_code}")

        summaries = get(f"/api/certification-centers/{centre_id}/session-summaries", **{"page[size]": "100"})
        view = {}
        for summary in summaries:
            session = get(f"/api/sessions/{summary['id']}")["attributes"]
            people = get(f"/api/sessions/{summary['id']}/certification-candidates")
            events = get(f"/api/sessions/{summary['id']}/journal-events")
            view[session["uuid"]] = {
                "fields": (session["address"], session["room"], session["examiner"], session["description"],
                           session["access-code"], str(summary["id"]), session["finalized-at"] is not None),
                "candidates": sorted((c["attributes"]["uuid"], c["attributes"]["last-name"],
                                      c["attributes"]["first-name"], c["attributes"]["email"]) for c in people),
                "events": sorted(e["id"] for e in events),
            }
    return view


def desktop_view(db) -> dict:
    view = {}
    for s in sessions.list_sessions(db):
        view[s.uuid] = {
            "fields": (s.site, s.room, s.examiner, s.description, s.access_code, s.server_id, s.finalized),
            "candidates": sorted((c.uuid, c.last_name, c.first_name, c.email)
                                 for c in candidates.list_candidates(db, s.id)),
            "events": sorted(e.id for e in load_events(db, s.id)),
        }
    return view


def sign_in_token(url: str, email: str, password: str) -> str:
    answer = httpx.post(f"{url}/api/token", data={"grant_type": "password", "username": email,
                                                  "password": password, "scope": "pix-certif"}, timeout=30)
    answer.raise_for_status()
    return answer.json()["access_token"]


def assert_converged(url: str, password: str, centre_id: int, *desktops) -> dict:
    """The server and every desktop hold the same sessions, candidates and journal events; nothing is waiting
    and nothing was refused; no session or candidate is on the server twice."""
    server = server_view(url, password, centre_id)
    for desktop in desktops:
        assert desktop_view(desktop.db) == server, desktop.name
        with desktop.db.engine.connect() as conn:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL OR last_error IS NOT NULL").scalar()
        assert waiting == 0, desktop.name
    codes = [v["fields"][4] for v in server.values()]
    assert len(codes) == len(set(codes))
    for value in server.values():
        names = [(c[1].lower(), c[2].lower()) for c in value["candidates"]]
        assert len(names) == len(set(names)), "a candidate is on the server twice"
    return server
