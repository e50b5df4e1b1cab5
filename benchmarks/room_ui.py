"""The room view with 300 candidates: the cost of its one-second tick, of putting those who need attention first,
and whether the window keeps answering while actions are written.

- tick: the room view runs its own timer for --seconds; CPU time of the process over wall time, as a share of one
  core (target under 2 %). Offscreen: painting is Qt's raster engine, as on a real screen, minus the compositor.
- resort: the clock moves so that half the candidates' attention changes; time of one tick that reorders the rows
  (target 16 ms, one frame: the median of --runs passes or fails, the worst is shown), then the repaint.
- writing: 200 actions asked through the window while a 5 ms timer measures the event loop's longest pause; the
  same actions written on the UI thread for comparison; then 3 actions while another process holds the store's
  write lock for 1.5 s (what the writer thread spares the window).

    QT_QPA_PLATFORM=offscreen python benchmarks/room_ui.py [--candidates 300] [--seconds 30] [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pixdesk.models.candidate_rules import CandidateInput  # noqa: E402
from pixdesk.models.session_rules import SessionInput  # noqa: E402
from pixdesk.services import candidates, room, sessions  # noqa: E402
from pixdesk.services.clock import FixedClock, RoomClock  # noqa: E402
from pixdesk.store import open_database  # noqa: E402
from pixdesk.ui.app import create_application  # noqa: E402
from pixdesk.ui.i18n import install_language  # noqa: E402
from pixdesk.ui.room_window import RoomWindow  # noqa: E402
from pixdesk.ui.theme import LIGHT, apply_theme  # noqa: E402

TICK_TARGET, RESORT_TARGET_MS = 0.02, 16.0
FIRST = ("Julie", "Michel", "Łukasz", "Gergő", "Ștefan", "Anaïs", "Zoé", "Inès", "Hugo", "Awa")
LAST = ("Dupont", "Durand", "Kowalski", "Szabó", "Ionescu", "Lefèvre", "Martin", "Roux", "Traoré", "Petit")


def build(folder: Path, count: int):
    db = open_database(folder / "bench.sqlite")
    created = sessions.create_session(db, SessionInput("Centre Testix", "Amphi A", date.today().isoformat(),
                                                       "08:00", "Eric Martin"), allow_past=True)
    ids = []
    for n in range(count):
        person = CandidateInput(f"{LAST[n % 10]}-{n:03d}", FIRST[n // 10 % 10], "F", "1990-01-01", "France",
                                "76351", extra_time_percentage=33 if n % 7 == 0 else None)
        ids.append(candidates.add_candidate(db, created.id, person).id)
    return db, created.id, ids


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def tick_cost(app, db, session_id, ids, seconds: float) -> float:
    """Half the room started a while ago: every tick recomputes 150 countdowns and repaints what is visible."""
    start = datetime.now(timezone.utc) - timedelta(minutes=30)
    room.record_action(db, session_id, ids[: len(ids) // 2], "start", clock=FixedClock(start))
    room.record_action(db, session_id, ids[len(ids) // 2:], "present", clock=FixedClock(start))
    window = RoomWindow(db, session_id, clock=RoomClock())
    window.resize(1280, 800)
    window.show()
    settle(app, 1.0)
    cpu, wall = time.process_time(), time.monotonic()
    settle_idle(app, seconds)
    share = (time.process_time() - cpu) / (time.monotonic() - wall)
    window.close()
    return share


def settle_idle(app: QApplication, seconds: float) -> None:
    """Run the event loop for real (the window's own timers), without busy polling."""
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()


def resort_cost(app, db, session_id, ids, runs: int) -> list[float]:
    """Every other candidate confirmed present at 7:50; at 8:01 (the session has started) the others need
    attention and rise to the top, back at 7:59 they go back in place: each tick moves half the rows."""
    day = date.today()
    before = datetime(day.year, day.month, day.day, 7, 59).astimezone()
    after = datetime(day.year, day.month, day.day, 8, 1).astimezone()
    fresh, fresh_session, fresh_ids = build(Path(tempfile.mkdtemp()), len(ids))
    room.record_action(fresh, fresh_session, fresh_ids[::2], "present",
                       clock=FixedClock(datetime(day.year, day.month, day.day, 7, 50).astimezone()))
    clock = FixedClock(before)
    window = RoomWindow(fresh, fresh_session, clock=clock)
    window.resize(1280, 800)
    window.show()
    settle(app, 0.5)
    timings, paints = [], []
    for run in range(runs):
        clock.set(after if run % 2 == 0 else before)
        started = time.perf_counter()
        moved = window.model.tick(clock.now())  # countdowns, attention, the new order, the proxy and the view
        middle = time.perf_counter()
        window.table.viewport().repaint()  # then the rows on screen, painted at once
        timings.append((middle - started) * 1000)
        paints.append((time.perf_counter() - middle) * 1000)
        assert moved, "the order did not change"
    window.close()
    fresh.close()
    return timings, paints


def act_and_watch(app, window: RoomWindow, db, session_id, ids, through_writer: bool, busy=lambda: False
                  ) -> list[float]:
    """Ask a resume for each candidate while a 5 ms timer measures how long the event loop pauses."""
    gaps: list[float] = []
    watch = QElapsedTimer()
    watch.start()
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: gaps.append(watch.restart()))
    probe.start()
    settle(app, 0.05)
    gaps.clear()
    watch.restart()
    for candidate_id in ids:
        call = (lambda cid=candidate_id: room.record_action(db, session_id, [cid], "resume", clock=window.clock))
        if through_writer:
            window._submit(call, lambda result: None)
        else:
            call()
        app.processEvents()
    while window.writer.busy or busy():
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    return gaps


def writing_pauses(app, db, session_id, ids, count: int, through_writer: bool) -> list[float]:
    window = RoomWindow(db, session_id, clock=RoomClock())
    window.show()
    settle(app, 0.3)
    gaps = act_and_watch(app, window, db, session_id, ids[:count], through_writer)
    window.close()
    return gaps


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def pauses_while_locked(app, db, session_id, ids, seconds: float, through_writer: bool) -> float:
    """Another PixDesk (a command, a second window) holds the store's write lock for a moment while the
    invigilator acts: the longest the window stops answering."""
    import subprocess

    window = RoomWindow(db, session_id, clock=RoomClock())
    window.show()
    settle(app, 0.3)
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db.path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    locker.stdout.readline()
    gaps = act_and_watch(app, window, db, session_id, ids[:3], through_writer, busy=lambda: locker.poll() is None)
    window.close()
    return max(gaps, default=0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = create_application()
        install_language("fr")
        apply_theme(LIGHT)
        db, session_id, ids = build(Path(folder), args.candidates)
        share = tick_cost(app, db, session_id, ids, args.seconds)
        resort, paints = resort_cost(app, db, session_id, ids, args.runs)
        started = ids[: len(ids) // 2]
        threaded = writing_pauses(app, db, session_id, started, 200, through_writer=True)
        inline = writing_pauses(app, db, session_id, started, 200, through_writer=False)
        locked_threaded = pauses_while_locked(app, db, session_id, started, 1.5, through_writer=True)
        locked_inline = pauses_while_locked(app, db, session_id, started, 1.5, through_writer=False)
        db.close()
    worst = max(resort)
    print(f"{args.candidates} candidates")
    print(f"tick: {share * 100:.2f} % of one core over {args.seconds:.0f} s (target {TICK_TARGET * 100:.0f} %, "
          f"ratio {share / TICK_TARGET:.2f})")
    print(f"attention resort: median {statistics.median(resort):.2f} ms, worst {worst:.2f} ms of {args.runs} "
          f"(target {RESORT_TARGET_MS:.0f} ms, ratio {worst / RESORT_TARGET_MS:.2f}); then repainting the visible "
          f"rows: median {statistics.median(paints):.2f} ms, worst {max(paints):.2f} ms")
    print(f"writing 200 actions through the writer thread: longest event-loop pause {max(threaded):.0f} ms "
          f"(median {statistics.median(threaded):.0f} ms)")
    print(f"the same 200 written on the UI thread, for comparison: longest pause {max(inline):.0f} ms")
    print(f"store locked 1.5 s by another process: longest pause {locked_threaded:.0f} ms through the writer, "
          f"{locked_inline:.0f} ms if written on the UI thread")
    # The median resort against the frame: single worst runs on this shared machine are the scheduler's.
    ok = share < TICK_TARGET and statistics.median(resort) < RESORT_TARGET_MS and locked_threaded < 500 < locked_inline
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
