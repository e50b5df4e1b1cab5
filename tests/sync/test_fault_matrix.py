"""The fault matrix: each network or server fault, run repeatedly against the real server (its own process, on
SQLite and on PostgreSQL); after each, the server and every desktop hold the same data, nothing lost, nothing
doubled. `PIXDESK_FAULT_REPEAT` sets the repetitions (1 here; benchmarks/bench_sync_faults.py runs more and
prints the figures, which `PIXDESK_FAULT_FIGURES` collects)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.services.outbox import pending_count
from pixdesk.sync.engine import ERROR, OFFLINE, UP_TO_DATE, PasswordRequired, sync_status
from tests.sync.conftest import CENTRE, PASSWORD, fast_options
from tests.sync.faults import FaultProxy, Rule, ServerProcess, assert_converged, writes

REPEAT = int(os.environ.get("PIXDESK_FAULT_REPEAT", "1"))
ROOT = Path(__file__).resolve().parents[2]


def record(case: str, backend: str, **figures) -> None:
    path = os.environ.get("PIXDESK_FAULT_FIGURES")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"case": case, "backend": backend, **figures}) + "\n")


@pytest.fixture
def world(server_url, tmp_path, desktops):
    """The server in its own process, the centre's account, and a way to make desktops signed in to it."""
    from pixdesk.server.testing import add_member

    centre_id, _ = add_member(server_url, "gestion@lycee.fr", PASSWORD, CENTRE)
    server = ServerProcess(server_url, tmp_path / "server.log").start()
    backend = "sqlite" if server_url.startswith("sqlite") else "postgresql"

    class World:
        pass

    w = World()
    w.server, w.centre_id, w.backend, w.desktops, w.proxies = server, centre_id, backend, desktops, []
    w.server_url_db = server_url

    def proxy(*rules):
        made = FaultProxy(server.url, list(rules))
        w.proxies.append(made)
        return made

    w.proxy = proxy
    yield w
    for made in w.proxies:
        made.close()
    server.kill()


def person(n: int) -> CandidateInput:
    return CandidateInput(f"Candidat{n}", "Test", "F", "1990-01-01", "France", "76351", billing_mode="FREE")


def converge(w, *desktops, url: str | None = None):
    for desktop in desktops + desktops:
        report = desktop.sync()
        assert report.state == UP_TO_DATE and report.failed == [], report
    return assert_converged(url or w.server.url, PASSWORD, w.centre_id, *desktops)


def test_server_down_at_start(world):
    desktop = world.desktops("manager")
    desktop.sign_in(world.server.url)
    for run in range(REPEAT):
        desktop.new_session(room=f"Salle {run}")
        waiting = pending_count(desktop.db)
        world.server.kill()
        started = time.monotonic()
        report = desktop.sync()
        assert report.state == OFFLINE and report.sent == 0 and report.pending == waiting
        assert sync_status(desktop.db).state == OFFLINE
        gave_up = time.monotonic() - started
        world.server.start()
        assert desktop.sync().sent == 4
        converge(world, desktop)
        record("server down at start", world.backend, seconds_to_give_up=round(gave_up, 2))


@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_server_killed_during_a_write(world, point):
    """The server dies in the middle of creating a candidate, before or after committing it; the answer is lost
    either way. Restarted, the retry must create the candidate once."""
    desktop = world.desktops("manager")
    desktop.sign_in(world.server.url)
    session_id = desktop.new_session(people=[])
    assert desktop.sync().state == UP_TO_DATE
    for run in range(REPEAT):
        candidates.add_candidate(desktop.db, session_id, person(run))
        world.server.restart(die_at=f"{point} POST /certification-candidates$")
        report = desktop.sync()
        assert report.state == OFFLINE and report.pending == 1
        assert world.server.wait_dead() == 70
        world.server.start()
        second = desktop.sync()
        assert second.state == UP_TO_DATE and second.pending == 0
        server = converge(world, desktop)
        assert len(next(iter(server.values()))["candidates"]) == run + 1
        record(f"server killed {point}", world.backend, settled_by="replay" if second.sent else "feed")


def test_server_errors_500_are_retried(world):
    desktop = world.desktops("manager")
    desktop.sign_in(world.server.url)
    for run in range(REPEAT):
        proxy = world.proxy(Rule(writes(), "status", times=3, status=500))
        desktop.sign_in(proxy.url)
        desktop.new_session(room=f"Salle {run}")
        report = desktop.sync()
        assert report.state == UP_TO_DATE and report.sent == 4
        assert sum(1 for _, _, status in proxy.log if status == 500) == 3
        converge(world, desktop)
        record("500 errors", world.backend, injected=3, requests=len(proxy.log))


def test_too_many_requests_honours_retry_after(world):
    desktop = world.desktops("manager")
    for run in range(REPEAT):
        proxy = world.proxy(Rule(writes(), "status", times=1, status=429, retry_after="1"))
        desktop.sign_in(proxy.url)
        desktop.new_session(room=f"Salle {run}")
        started = time.monotonic()
        report = desktop.sync()
        waited = time.monotonic() - started
        assert report.state == UP_TO_DATE and report.sent == 4
        assert waited >= 1.0
        converge(world, desktop)
        record("429 with Retry-After: 1", world.backend, seconds=round(waited, 2))


def test_a_slow_server_past_the_timeout_does_not_write_twice(world):
    """The server commits, then its answer takes longer than the client waits: the client retries with the same
    key and gets the stored answer."""
    desktop = world.desktops("manager")
    desktop.options = fast_options(timeout=1.0)
    for run in range(REPEAT):
        proxy = world.proxy(Rule(writes("/certification-candidates"), "delay-answer", times=2, seconds=2.5))
        desktop.sign_in(proxy.url)
        desktop.new_session(room=f"Salle {run}")
        report = desktop.sync()
        assert report.state == UP_TO_DATE and report.failed == []
        converge(world, desktop)
        record("slow answer past the timeout", world.backend, delayed=2, requests=len(proxy.log))


def test_the_connection_cut_before_or_after_the_server_answers(world):
    desktop = world.desktops("manager")
    for run in range(REPEAT):
        proxy = world.proxy(Rule(writes("/certification-candidates"), "cut-after", times=1),
                            Rule(writes("/certification-candidates"), "cut-before", times=1))
        desktop.sign_in(proxy.url)
        desktop.new_session(room=f"Salle {run}")
        assert desktop.sync().state == UP_TO_DATE
        converge(world, desktop)
        record("connection cut before/after the answer", world.backend, requests=len(proxy.log))


def test_token_expired_mid_sync(world):
    """Access tokens that die during the drain: each 401 renews the token with the refresh token, and the write
    is sent again with its key."""
    from pixdesk.server.testing import running_server

    desktop = world.desktops("manager")
    world.server.kill()
    from pixdesk.server.config import Settings

    with running_server(world.server_url_db, Settings(database_url=world.server_url_db,
                                                      access_token_seconds=1)) as short:
        proxy = FaultProxy(short.url, [Rule(writes(), "delay-answer", times=10**6, seconds=0.35)])
        world.proxies.append(proxy)
        desktop.sign_in(proxy.url)
        for run in range(REPEAT):
            desktop.new_session(room=f"Salle {run}", people=[person(i) for i in range(5)])
            report = desktop.sync()
            renewals = sum(1 for method, path, _ in proxy.log if path == "/api/token")
            assert report.state == UP_TO_DATE and report.failed == [] and report.sent == 6
            assert renewals >= 2  # the sign-in of the sync, and at least one renewal mid-drain
            converge(world, desktop, url=short.url)
            record("token expired mid-sync", world.backend, token_requests=renewals)


def test_password_changed_then_membership_revoked(world, tmp_path):
    desktop = world.desktops("manager")
    desktop.sign_in(world.server.url)
    for run in range(REPEAT):
        desktop.new_session(room=f"Salle {run}")
        waiting = pending_count(desktop.db)
        server_cli = [sys.executable, "-m", "pixdesk.server", "--database", world.server_url_db]
        new_password = f"un autre mot de passe {run}"
        subprocess.run([*server_cli, "user", "password", "gestion@lycee.fr"], check=True, capture_output=True,
                       env={**os.environ, "PIXDESK_SERVER_PASSWORD": new_password})
        report = desktop.sync()
        assert report.state == ERROR and "Reconnectez-vous" in report.message and report.pending == waiting
        with pytest.raises(PasswordRequired):
            desktop.sync()  # the dead refresh token was forgotten: the password is needed
        assert desktop.sync(password=new_password).state == UP_TO_DATE
        subprocess.run([*server_cli, "user", "password", "gestion@lycee.fr"], check=True, capture_output=True,
                       env={**os.environ, "PIXDESK_SERVER_PASSWORD": PASSWORD})
        desktop.sync(password=PASSWORD)

        subprocess.run([*server_cli, "user", "remove", "gestion@lycee.fr", "--centre", CENTRE], check=True,
                       capture_output=True)
        sessions.update_session(desktop.db, sessions.list_sessions(desktop.db)[0].id, SessionInput(room="Salle R"))
        revoked = desktop.sync()
        assert revoked.state == ERROR and "n'a plus accès" in revoked.message
        assert revoked.failed == [] and pending_count(desktop.db) == 1  # the change waits, not refused
        subprocess.run([*server_cli, "user", "add", "gestion@lycee.fr", "--centre", CENTRE], check=True,
                       capture_output=True, env={**os.environ, "PIXDESK_SERVER_PASSWORD": PASSWORD})
        desktop.sync(password=PASSWORD)
        converge(world, desktop)
        record("password changed, membership revoked", world.backend, kept_pending=waiting)


def test_client_killed_mid_drain_and_restarted(world, tmp_path):
    """`pixdesk sync` killed (SIGKILL) while it drains a queue the proxy slows down; the next run finishes it.
    No keyring in that process: the password comes from PIXDESK_PASSWORD."""
    desktop = world.desktops("manager")
    desktop.sign_in(world.server.url)
    session_id = desktop.new_session(people=[])
    desktop.sync()
    proxy = world.proxy(Rule(writes(), "delay-answer", times=10**6, seconds=0.2))
    env = {**os.environ, "PIXDESK_PASSWORD": PASSWORD, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    command = [sys.executable, "-m", "pixdesk", "--db", str(desktop.db.path), "sync", "--json"]
    for run in range(REPEAT):
        for n in range(12):
            candidates.add_candidate(desktop.db, session_id, person(100 * run + n))
        desktop.sign_in(proxy.url)
        child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while pending_count(desktop.db) > 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        left = pending_count(desktop.db)
        assert 0 < left < 12
        finished = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert finished.returncode == 0, finished.stderr
        assert json.loads(finished.stdout)["pending"] == 0
        converge(world, desktop)
        record("client killed mid-drain", world.backend, pending_when_killed=left)


def test_two_desktops_edit_the_same_session_offline_then_both_sync(world):
    manager, laptop = world.desktops("manager"), world.desktops("laptop")
    manager.sign_in(world.server.url)
    laptop.sign_in(world.server.url)
    session_id = manager.new_session()
    manager.sync()
    laptop.sync()
    on_laptop = laptop.session_by_uuid(sessions.get_session(manager.db, session_id).uuid).id
    for run in range(REPEAT):
        sessions.update_session(laptop.db, on_laptop, SessionInput(room=f"Laptop {run}", description=f"L{run}"))
        candidates.add_candidate(laptop.db, on_laptop, person(200 + run))
        sessions.update_session(manager.db, session_id, SessionInput(room=f"Manager {run}", examiner=f"M{run}"))
        candidates.add_candidate(manager.db, session_id, person(300 + run))
        server = converge(world, laptop, manager)
        fields = next(iter(server.values()))["fields"]
        assert fields[1:4] == (f"Manager {run}", f"M{run}", f"L{run}")
        record("two desktops offline on one session", world.backend, candidates=len(
            next(iter(server.values()))["candidates"]))
