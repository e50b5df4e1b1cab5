"""How fast PixDesk starts, from source and from the PyInstaller bundle, against `python -c pass`.

    python benchmarks/bench_startup.py                       # source, and the bundle if it was built
    python benchmarks/bench_startup.py --frozen dist/PixDesk/pixdesk
    python benchmarks/bench_startup.py --runs 11

Each figure is the median wall time of several fresh processes (one warm-up run first, so the disk cache is warm
as it is on a centre's laptop after the first start). "window" is the time from launching `pixdesk --smoke-test`
to the main window shown (offscreen), as the process itself reports it. Targets (issue 12, this 2-core machine):
--version and --help under 0.1 s from source, a store command under 0.4 s, the window under 1.5 s. "session list"
reads straight from the driver; "session show" and "session update" go through SQLAlchemy and SQLModel, whose
import is most of their time. This machine's speed drifts by up to a fifth over an hour: compare the ratios."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "pyinstaller" / "dist" / "PixDesk" / "pixdesk"
TARGETS = {"--version": 0.1, "--help": 0.1, "session list": 0.4, "session show": 0.4, "session update": 0.4,
           "window": 1.5}


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def window_time(command: list[str], env: dict) -> float:
    started = time.time()
    out = subprocess.run([*command, "--smoke-test", "--json"], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["shown_at"] - started


def median(runs: int, measure) -> float:
    measure()  # warm-up
    return statistics.median(measure() for _ in range(runs))


def measure_program(program: list[str], store: Path, env: dict, runs: int) -> dict[str, float]:
    db = ["--db", str(store)]
    return {
        "--version": median(runs, lambda: timed([*program, "--version"], env)),
        "--help": median(runs, lambda: timed([*program, "--help"], env)),
        "session list": median(runs, lambda: timed([*program, *db, "session", "list"], env)),
        "session show": median(runs, lambda: timed([*program, *db, "session", "show", "1"], env)),
        "session update": median(runs, lambda: timed([*program, *db, "session", "update", "1", "--room", "B12"], env)),
        "window": median(runs, lambda: window_time([*program, *db], env)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frozen", type=Path, default=BUNDLE, help="the bundle's pixdesk executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pixdesk-bench-") as home:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "PIXDESK_LANG": "fr",
               "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": ""}
        store = Path(home) / "bench.sqlite"
        # A store with the demo centre, sessions and candidates (made once, by the source build).
        subprocess.run([sys.executable, "-m", "pixdesk", "--db", str(store), "--demo", "session", "list"],
                       env=env, cwd=ROOT, check=True, capture_output=True)
        baseline = median(args.runs, lambda: timed([sys.executable, "-c", "pass"], env))
        builds = {"source": measure_program([sys.executable, "-m", "pixdesk"], store, {**env, "PYTHONPATH": str(ROOT)},
                                            args.runs)}
        if args.frozen.exists():
            builds["frozen"] = measure_program([str(args.frozen)], store, env, args.runs)
        else:
            print(f"(no bundle at {args.frozen}: python scripts/build_installers.py deb builds it)")

    print(f"python -c pass: {baseline * 1000:.0f} ms (median of {args.runs}, load {os.getloadavg()[0]:.1f})")
    header = f"{'':14}" + "".join(f"{name:>22}" for name in builds) + f"{'target':>10}"
    print(header)
    for figure, target in TARGETS.items():
        cells = "".join(f"{b[figure]:>9.3f} s ({b[figure] / baseline:>5.1f}x)" for b in builds.values())
        print(f"{figure:14}{cells}{'< ' + format(target, 'g') + ' s':>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
