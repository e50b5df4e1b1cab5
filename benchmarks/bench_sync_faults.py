"""The sync's fault matrix, each case run N times against the real server on SQLite and PostgreSQL (the tests of
tests/sync/test_fault_matrix.py with PIXDESK_FAULT_REPEAT=N), and what each run measured. Every run ends with the
check that the server and every desktop hold the same data, nothing lost, nothing doubled: a case is "ok" only
if all its runs passed that check.

    .venv/bin/python benchmarks/bench_sync_faults.py [--repeat 10] [-k sqlite]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("-k", default=None, help="pytest -k expression (e.g. sqlite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "figures.jsonl"
        env = {**os.environ, "PIXDESK_FAULT_REPEAT": str(args.repeat), "PIXDESK_FAULT_FIGURES": str(figures),
               "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA",
                   "tests/sync/test_fault_matrix.py"] + (["-k", args.k] if args.k else [])
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - started
        rows = [json.loads(line) for line in figures.read_text().splitlines()] if figures.exists() else []
    outcomes = {}
    for line in result.stdout.splitlines():
        if line.startswith(("PASSED ", "FAILED ", "ERROR ")):
            status, test = line.split(" ", 1)
            outcomes[test.split(" ")[0]] = status
    grouped = defaultdict(list)
    for row in rows:
        grouped[(row.pop("case"), row.pop("backend"))].append(row)
    print(f"Fault matrix: {args.repeat} run(s) per case and backend, {elapsed:.0f} s in all")
    print(f"{'case':<42} {'backend':<11} {'runs':>4}  figures")
    for (case, backend), runs in sorted(grouped.items()):
        summary = []
        for key in runs[0]:
            values = [r[key] for r in runs]
            if all(isinstance(v, (int, float)) for v in values):
                summary.append(f"{key} median {statistics.median(values):g} (min {min(values):g}, "
                               f"max {max(values):g})")
            else:
                summary.append(f"{key} " + ", ".join(f"{v}×{values.count(v)}" for v in sorted(set(map(str, values)))))
        print(f"{case:<42} {backend:<11} {len(runs):>4}  {'; '.join(summary)}")
    passed = sum(1 for s in outcomes.values() if s == "PASSED")
    print(f"tests: {passed} passed, {len(outcomes) - passed} failed (each run checked server = every desktop, "
          "nothing lost, nothing doubled)")
    for test, status in outcomes.items():
        if status != "PASSED":
            print(f"  {status} {test}")
    return 0 if result.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
