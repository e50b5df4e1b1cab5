"""Crash benchmark: a process performs random room actions and is killed with SIGKILL at random moments.

After each kill, every action the process had reported as done (printed after its commit) must be in the journal,
the hash chain must verify, SQLite's integrity check must pass, and the room must show as interrupted (so the
next start reopens it with its banner). The test suite runs 20 kills (tests/room/test_crash.py); this runs 200.

    python benchmarks/room_crash.py [--kills 200] [--candidates 30] [--seed 1]

The worker mode (`--worker DB SESSION_ID SEED`) is what gets killed: a fresh interpreter each time, so a kill
may land while it starts, opens the store or writes. `--fork` instead forks each worker from a process that has
already imported PixDesk (Linux and macOS): the same kills, without a second of start-up each, which is how the
test suite affords its 20.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pixdesk.models import room as r  # noqa: E402
from pixdesk.models.errors import DomainError  # noqa: E402

INCIDENT_CODES = (("E3", 12, None), ("A1", None, "Le poste s'est éteint"), ("C6", None, None),
                  ("E9", 40, None), ("C2", None, "Temps majoré 33 % oublié"))


def worker(db_path: str, session_id: int, seed: int, say=None) -> None:
    """Random room actions for ever, one line "DONE <event ids>" after each commit."""
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock
    from pixdesk.store import open_database

    db = open_database(Path(db_path))
    clock = RoomClock()
    current = room.open_room(db, session_id, clock=clock).room
    rng = random.Random(seed)
    say = say or (lambda line: print(line, flush=True))
    say("READY")
    while True:
        candidate = rng.choice(current.candidates)
        try:
            if rng.random() < 0.2:
                code, question, description = rng.choice(INCIDENT_CODES)
                noted = room.add_incident(db, session_id, [candidate.id],
                                          room.IncidentInput(code, question, description), clock=clock)
                ids = [i.id for i in noted]
                current = room.load_room(db, session_id)
            else:
                state = current.state_of(candidate)
                allowed = [a for a in (*r.ACTIONS, "undo") if r.action_problem(state, a) is None]
                action = rng.choice(allowed)
                reason = rng.choice(r.ABORT_REASONS) if action == "abandon" else None
                result = room.record_action(db, session_id, [candidate.id], action, clock=clock, reason=reason)
                current.apply(result.events)
                ids = [e.id for e in result.events]
        except DomainError as error:  # a single writer should never be refused; say so, do not hide it
            say(f"REFUSED {error.code}")
            continue
        say(" ".join(("DONE", *ids)))


@dataclass
class CrashReport:
    kills: int = 0
    reported: int = 0
    lost: list[str] = field(default_factory=list)
    chain_problems: int = 0
    integrity_failures: int = 0
    not_interrupted: int = 0
    refused: int = 0
    events: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.chain_problems or self.integrity_failures or self.not_interrupted
                    or self.refused)


def prepare_store(folder: Path, candidates: int) -> tuple[Path, int]:
    from pixdesk.models.candidate_rules import CandidateInput
    from pixdesk.models.session_rules import SessionInput
    from pixdesk.services import candidates as candidate_service
    from pixdesk.services import sessions
    from pixdesk.store import open_database

    path = folder / "crash.sqlite"
    db = open_database(path)
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "08:00",
                                                       "Eric Martin"), allow_past=True)
    for n in range(candidates):
        candidate_service.add_candidate(db, created.id, CandidateInput(
            f"Candidat{n:03d}", "Test", "F", "1990-01-01", "France", "76351",
            extra_time_percentage=33 if n % 5 == 0 else None))
    db.close()
    return path, created.id


def _read_lines(stream, sink: list[str]) -> None:
    for line in stream:
        if line.endswith("\n"):  # a line cut by the kill was never "reported"
            sink.append(line.rstrip("\n"))


def one_kill(path: Path, session_id: int, rng: random.Random, report: CrashReport, reported: set[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, __file__, "--worker", str(path), str(session_id),
                                str(rng.randrange(1 << 30))], stdout=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True)
    reader.start()
    if rng.random() < 0.25:  # at any moment: while starting, opening the store, writing the room's opening
        time.sleep(rng.uniform(0.0, 1.5))
    else:
        wanted = rng.randint(0, 3)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None and (
                "READY" not in lines or sum(line.startswith("DONE") for line in lines) < wanted):
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.03))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(timeout=5)
    process.stdout.close()
    tally(lines, path, session_id, report, reported)


class Zygote:
    """A process that has imported PixDesk once and forks one worker per kill (`--fork`)."""

    def __init__(self, path: Path, session_id: int, folder: Path):
        self.folder = folder
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen([sys.executable, __file__, "--zygote", str(path), str(session_id)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        ready = self.process.stdout.readline().strip()  # read outside any assert: `python -O` drops asserts
        if ready != "ZYGOTE":
            raise RuntimeError(f"the forking worker did not start: {ready!r}")

    def spawn(self, seed: int, log: Path) -> int:
        self.process.stdin.write(f"{seed} {log}\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


def zygote(db_path: str, session_id: int) -> None:
    import pixdesk.services.clock  # noqa: F401  (what the workers use, imported once before forking)
    import pixdesk.services.room  # noqa: F401
    import pixdesk.store  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped by the system
    print("ZYGOTE", flush=True)
    for command in sys.stdin:
        seed, log = command.split()
        pid = os.fork()
        if pid == 0:
            handle = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            # os.write: in the kernel as soon as it returns, so a kill loses no line already "said".
            worker(db_path, session_id, int(seed), say=lambda line: os.write(handle, (line + "\n").encode()))
            os._exit(0)
        print(pid, flush=True)


def one_forked_kill(zygote_: Zygote, path: Path, session_id: int, rng: random.Random, report: CrashReport,
                    reported: set[str]) -> None:
    log = zygote_.folder / f"worker-{report.kills}.log"
    pid = zygote_.spawn(rng.randrange(1 << 30), log)
    if rng.random() < 0.25:  # while it opens the store and writes the room's opening
        time.sleep(rng.uniform(0.0, 0.05))
    else:  # after a few actions (so that every life writes, however loaded the machine), at a random moment
        wanted = rng.randint(0, 3)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _done_lines(log) < wanted:
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.03))
    os.kill(pid, signal.SIGKILL)
    _wait_gone(pid)
    text = log.read_text() if log.exists() else ""
    lines = [line for line in text.split("\n")[:-1]]  # the last piece has no newline: cut by the kill
    tally(lines, path, session_id, report, reported)


def _done_lines(log: Path) -> int:
    """How many actions a worker has reported; -1 before it is ready."""
    if not log.exists():
        return -1
    text = log.read_text()
    return text.count("\nDONE") if text.startswith("READY") else -1


def _wait_gone(pid: int) -> None:
    for _ in range(5000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.001)


def tally(lines: list[str], path: Path, session_id: int, report: CrashReport, reported: set[str]) -> None:
    report.kills += 1
    for line in lines:
        if line.startswith("DONE"):
            for event_id in line.split()[1:]:
                reported.add(event_id)
                report.reported += 1
        elif line.startswith("REFUSED"):
            report.refused += 1
    check(path, session_id, report, reported, opened="READY" in lines)


def check(path: Path, session_id: int, report: CrashReport, reported: set[str], opened: bool) -> None:
    from pixdesk.models import journal as j
    from pixdesk.services import room
    from pixdesk.services.journal import load_events
    from pixdesk.store import open_database

    with closing(sqlite3.connect(path)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            report.integrity_failures += 1
    db = open_database(path)
    try:
        events = load_events(db, session_id)
        stored = {e.id for e in events}
        report.lost += sorted(reported - stored)
        report.chain_problems += len(j.verify(events))
        report.events = len(events)
        if opened and room.load_room(db, session_id).unfinished():
            if session_id not in [sid for sid, _ in room.interrupted_rooms(db)]:
                report.not_interrupted += 1
    finally:
        db.close()


def crash_run(kills: int, candidates: int = 30, seed: int = 1, fork: bool = False) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    reported: set[str] = set()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path, session_id = prepare_store(folder, candidates)
        if fork:
            forker = Zygote(path, session_id, folder)
            try:
                for _ in range(kills):
                    one_forked_kill(forker, path, session_id, rng, report, reported)
            finally:
                forker.close()
        else:
            for _ in range(kills):
                one_kill(path, session_id, rng, report, reported)
    report.seconds = time.perf_counter() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--candidates", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fork", action="store_true", help="fork workers from a preloaded process (faster)")
    parser.add_argument("--worker", nargs=3, metavar=("DB", "SESSION_ID", "SEED"), help=argparse.SUPPRESS)
    parser.add_argument("--zygote", nargs=2, metavar=("DB", "SESSION_ID"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))
        return 0
    if args.zygote:
        zygote(args.zygote[0], int(args.zygote[1]))
        return 0
    report = crash_run(args.kills, args.candidates, args.seed, fork=args.fork)
    print(f"mode: {'forked from a preloaded process' if args.fork else 'a fresh interpreter per worker'}")
    print(f"kills: {report.kills}")
    print(f"actions reported done: {report.reported}; journal events at the end: {report.events}")
    print(f"reported but missing after a kill: {len(report.lost)}")
    print(f"hash-chain breaks: {report.chain_problems}; integrity-check failures: {report.integrity_failures}")
    print(f"rooms not shown as interrupted: {report.not_interrupted}; refused actions: {report.refused}")
    print(f"time: {report.seconds:.1f} s")
    print("PASS" if report.ok else "FAIL")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
