"""Load on the central server: N simulated centres at once (default 200), each signing in, sending a 30-candidate
session with its room journal and issue reports, and finalising, against PostgreSQL.

Starts its own PostgreSQL cluster (Debian's binaries, as the postgres user when run as root) and
`pixdesk-server run --workers W` on 127.0.0.1, drives it with httpx from one asyncio loop on the same machine,
then counts the rows on the server: every one must be there exactly once, although some writes are sent twice
with the same Idempotency-Key (a response lost and retried) and one journal batch is sent by two laptops.

    python benchmarks/bench_server_load.py [--centres 200] [--candidates 30] [--workers 2]

Prints throughput, p50/p99 latency (overall and per kind of request), errors (want 0) and the server's counts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from pixdesk.server import schema  # noqa: E402
from pixdesk.server.database import make_engine, migrate, write_transaction  # noqa: E402
from pixdesk.server.security import hash_password, utc_now  # noqa: E402
from pixdesk.server.testing import PostgresCluster, free_port  # noqa: E402

PASSWORD = "benchmark password"
FIRST_NAMES = ("Julie", "Michel", "Łukasz", "Gergő", "Ștefan", "Anaïs", "Zoé", "Jean-Baptiste", "Inès", "Mamadou")
KINDS = ("presence", "start", "end-screen-seen")


class Load:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    async def call(self, client, kind, method, path, expect, *, key=None, **kwargs):
        headers = kwargs.pop("headers", {})
        if method != "GET" and kind != "token":
            headers["Idempotency-Key"] = key or str(uuid.uuid4())
        start = time.perf_counter()
        try:
            answer = await client.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as error:
            self.errors.append(f"{kind}: {type(error).__name__}")
            return None
        self.latencies[kind].append(time.perf_counter() - start)
        if answer.status_code != expect:
            self.errors.append(f"{kind}: {answer.status_code} {answer.text[:200]}")
            return None
        return answer

    async def centre(self, number: int, candidates: int) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=120) as client:
            token = await self.call(client, "token", "POST", "/api/token", 200, data={
                "grant_type": "password", "username": f"centre{number}@example.org", "password": PASSWORD,
                "scope": "pix-certif"})
            if token is None:
                return
            client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
            me = await self.call(client, "read", "GET", "/api/certification-point-of-contacts/me", 200)
            centre_id = me.json()["included"][0]["id"]
            session = await self.call(client, "session", "POST", f"/api/certification-centers/{centre_id}/session",
                                      201, json={"data": {"type": "sessions", "attributes": {
                                          "address": f"Centre {number}", "room": "Salle 1", "date": "2030-06-12",
                                          "time": "09:00", "examiner": "Mme Martin"}}})
            session_id = session.json()["data"]["id"]
            ids = []
            for index in range(candidates):
                body = {"data": {"type": "certification-candidates", "id": str(uuid.uuid4()), "attributes": {
                    "last-name": f"Candidat{index:03d}", "first-name": FIRST_NAMES[index % len(FIRST_NAMES)],
                    "sex": "MF"[index % 2], "birthdate": f"{1980 + index % 25}-0{1 + index % 9}-1{index % 10}",
                    "birth-country": "France", "birth-insee-code": "76351", "billing-mode": "FREE",
                    "extra-time-percentage": 0.33 if index % 10 == 0 else None}}}
                key = str(uuid.uuid4())
                added = await self.call(client, "candidate", "POST",
                                        f"/api/sessions/{session_id}/certification-candidates", 201, json=body, key=key)
                if index == 0:  # the response was "lost": the same write again, same key
                    await self.call(client, "replay", "POST", f"/api/sessions/{session_id}/certification-candidates",
                                    201, json=body, key=key)
                ids.append(added.json()["data"]["id"])
            events = [{"type": "journal-events", "id": str(uuid.uuid4()), "attributes": {
                "candidate": candidate_id, "kind": kind, "data": {},
                "recorded-at": f"2030-06-12T09:{minute:02d}:00+02:00", "sequence": sequence, "hash": f"h{sequence}",
                "device": f"laptop-{sequence % 2}"}}
                for sequence, (minute, kind, candidate_id) in enumerate(
                    (m, k, c) for m, k in enumerate(KINDS) for c in ids)]
            third = len(events) // 3
            for batch in (events[:third], events[third:2 * third], events[2 * third:]):
                await self.call(client, "journal", "POST", f"/api/sessions/{session_id}/journal-events", 200,
                                json={"data": batch})
            # The second laptop, having imported the first's journal, sends it again: nothing doubles.
            await self.call(client, "journal", "POST", f"/api/sessions/{session_id}/journal-events", 200,
                            json={"data": events[:third]})
            for candidate_id, category in zip(ids[:3], ("FRAUD", "NON_BLOCKING_TECHNICAL_ISSUE", "SIGNATURE_ISSUE")):
                await self.call(client, "issue-report", "POST",
                                f"/api/certification-reports/{candidate_id}/certification-issue-reports", 201,
                                json={"data": {"attributes": {"category": category, "description": "Noté en salle",
                                                              "uuid": str(uuid.uuid4())}}})
            reports = [{"type": "certification-reports", "attributes": {
                "certification-course-id": int(candidate_id), "has-seen-end-test-screen": index > 0,
                "is-completed": index > 0, "abort-reason": None if index > 0 else "technical"}}
                for index, candidate_id in enumerate(ids)]
            body = {"data": {"attributes": {"examiner-global-comment": "RAS", "has-incident": True,
                                            "has-joining-issue": False}, "included": reports}}
            key = str(uuid.uuid4())
            await self.call(client, "finalize", "PUT", f"/api/sessions/{session_id}/finalization", 200, json=body,
                            key=key)
            await self.call(client, "replay", "PUT", f"/api/sessions/{session_id}/finalization", 200, json=body,
                            key=key)
            await self.call(client, "changes", "GET", f"/api/certification-centers/{centre_id}/changes", 200,
                            params={"limit": 1000})


def prepare(url: str, centres: int) -> None:
    engine = make_engine(url)
    migrate(engine)
    password_hash = hash_password(PASSWORD)  # one salted hash for all: sign-ins still verify with argon2
    now = utc_now()
    with write_transaction(engine) as conn:
        conn.execute(insert(schema.certification_center), [
            {"uuid": str(uuid.uuid4()), "name": f"Centre {n}", "type": "SUP", "habilitations": "",
             "created_at": now} for n in range(centres)])
        conn.execute(insert(schema.user), [
            {"email": f"centre{n}@example.org", "password_hash": password_hash, "created_at": now,
             "password_changed_at": now} for n in range(centres)])
        users = dict(conn.execute(select(schema.user.c.email, schema.user.c.id)).all())
        centre_ids = dict(conn.execute(select(schema.certification_center.c.name,
                                              schema.certification_center.c.id)).all())
        conn.execute(insert(schema.membership), [
            {"user_id": users[f"centre{n}@example.org"], "certification_center_id": centre_ids[f"Centre {n}"],
             "created_at": now} for n in range(centres)])
    engine.dispose()


def count(url: str) -> dict[str, int]:
    engine = make_engine(url)
    tables = {"sessions": schema.certification_session, "finalized sessions": schema.certification_session,
              "candidates": schema.certification_candidate, "issue reports": schema.issue_report,
              "journal events": schema.journal_event, "changes": schema.change,
              "idempotency records": schema.idempotency_record}
    counts = {}
    with engine.connect() as conn:
        for name, table in tables.items():
            query = select(func.count()).select_from(table)
            if name == "finalized sessions":
                query = query.where(table.c.finalized_at.is_not(None))
            counts[name] = conn.execute(query).scalar_one()
        for name, table in (("candidates", schema.certification_candidate), ("journal events", schema.journal_event),
                            ("issue reports", schema.issue_report)):
            doubled = select(table.c.uuid).group_by(table.c.uuid).having(func.count() > 1).subquery()
            counts[f"{name} with a doubled uuid"] = conn.execute(select(func.count()).select_from(doubled)).scalar()
    engine.dispose()
    return counts


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


async def drive(load: Load, centres: int, candidates: int) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(load.centre(n, candidates) for n in range(centres)))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--centres", type=int, default=200)
    parser.add_argument("--candidates", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with PostgresCluster() as cluster:
        url = cluster.create_database("pixdesk_bench")
        prepare(url, args.centres)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "pixdesk.server", "--database", url, "run", "--no-migrate", "--port", str(port),
             "--workers", str(args.workers), "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            base_url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base_url}/api/pixdesk/version").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start:", server.stdout.read() if server.poll() is not None else "")
                    return 1
                time.sleep(0.2)
            load = Load(base_url)
            load_before = os.getloadavg()[0]
            elapsed = asyncio.run(drive(load, args.centres, args.candidates))
            load_after = os.getloadavg()[0]
        finally:
            server.terminate()
            server.wait(30)
        counts = count(url)

    every = [latency for values in load.latencies.values() for latency in values]
    requests = len(every)
    print(f"{args.centres} centres at once, {args.candidates} candidates each, {args.workers} server processes, "
          f"PostgreSQL, on {os.cpu_count()} cores (client on the same machine)")
    print(f"  machine load average (1 min) {load_before:.1f} before, {load_after:.1f} after: other work on the "
          f"machine shares these cores")
    print(f"  {requests} requests in {elapsed:.1f} s: {requests / elapsed:.0f} requests/s, "
          f"{args.centres / elapsed:.2f} centres/s")
    print(f"  latency p50 {percentile(every, 0.5) * 1000:.0f} ms, p99 {percentile(every, 0.99) * 1000:.0f} ms")
    for kind, values in sorted(load.latencies.items()):
        print(f"    {kind:13s} {len(values):6d} requests  p50 {percentile(values, 0.5) * 1000:6.0f} ms  "
              f"p99 {percentile(values, 0.99) * 1000:6.0f} ms  mean {statistics.mean(values) * 1000:6.0f} ms")
    print(f"  errors: {len(load.errors)}")
    for error in load.errors[:10]:
        print(f"    {error}")
    events = args.candidates * len(KINDS)
    expected = {
        "sessions": args.centres, "finalized sessions": args.centres, "candidates": args.centres * args.candidates,
        "issue reports": args.centres * 3, "journal events": args.centres * events,
        "changes": args.centres * (1 + args.candidates + events + 3 + args.candidates + 1),
        "idempotency records": args.centres * (1 + args.candidates + 4 + 3 + 1),
        "candidates with a doubled uuid": 0, "journal events with a doubled uuid": 0,
        "issue reports with a doubled uuid": 0,
    }
    ok = not load.errors
    print("  counted on the server (expected):")
    for name, value in expected.items():
        verdict = "ok" if counts[name] == value else "WRONG"
        ok = ok and counts[name] == value
        print(f"    {name:36s} {counts[name]:7d} ({value}) {verdict}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
