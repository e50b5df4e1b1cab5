"""What checking and backing up the store costs: PRAGMA quick_check (before the first change of each day and when
the window opens), the daily backup (SQLite's backup API), and the full integrity_check a restore runs.

Builds throw-away stores of about 7 MB and 50 MB (sessions of 1,000 varied candidates each), then times each step
on the file as the page cache has it ("warm") and after dropping that file's pages from the cache ("cold", Linux
posix_fadvise; the first check of a day after a reboot is cold). Prints the median of the runs and the cost per MB.

    python benchmarks/bench_store_checks.py [--runs 5] [--sizes 7 50]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import candidates  # noqa: E402
from pixdesk.models.session_rules import SessionInput  # noqa: E402
from pixdesk.services.candidates import replace_candidates  # noqa: E402
from pixdesk.services.sessions import create_session  # noqa: E402
from pixdesk.store import open_database  # noqa: E402
from pixdesk.store.backups import copy_store, quick_check  # noqa: E402


def build(path: Path, megabytes: float) -> int:
    db = open_database(path)
    people = candidates(1000)
    count = 0
    try:
        while path.stat().st_size < megabytes * 1_000_000:
            session = create_session(db, SessionInput(f"Site {count}", "Salle", "2099-01-01",
                                                      f"{count % 24:02d}:00", "Eric"), allow_past=True)
            replace_candidates(db, session.id, people)
            count += 1
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return count


def drop_from_cache(path: Path) -> None:
    if hasattr(os, "posix_fadvise"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed(step, path: Path, cold: bool, runs: int) -> float:
    times = []
    for _ in range(runs):
        if cold:
            drop_from_cache(path)
        with closing(sqlite3.connect(path)) as conn:
            start = time.perf_counter()
            step(conn)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=float, nargs="+", default=[7.2, 50])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.sizes:
            path = Path(folder) / f"store-{megabytes:g}.sqlite"
            sessions = build(path, megabytes)
            size = path.stat().st_size / 1_000_000
            copy = Path(folder) / "copy.sqlite"

            def backup(conn):
                copy_store(conn, copy)

            def integrity(conn):
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

            def check(conn):
                assert quick_check(conn)

            print(f"store {size:.1f} MB ({sessions} sessions, {sessions * 1000} candidates)")
            for name, step in (("quick_check", check), ("daily backup", backup), ("integrity_check", integrity)):
                warm, cold = timed(step, path, False, args.runs), timed(step, path, True, args.runs)
                print(f"  {name:<16} warm {warm:7.1f} ms ({warm / size:.2f} ms/MB)   "
                      f"cold {cold:7.1f} ms ({cold / size:.2f} ms/MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
