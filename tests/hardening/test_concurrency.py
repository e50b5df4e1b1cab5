"""Item 3 of issue 8: PixDesks adding the same candidate at the same moment. The checks and the write are one
BEGIN IMMEDIATE transaction, so every loser gets the duplicate rule's answer (exit 2), never the UNIQUE
constraint's error."""

from __future__ import annotations

import subprocess
import sys
import time

# Each process loads PixDesk and opens the store, says it is ready, then waits for "go" to run the command:
# they all start their addition within a millisecond or two of one another.
RACER = """
import sys, time
from pathlib import Path
from pixdesk.cli import main
folder = Path(sys.argv[1])
(folder / f"ready-{sys.argv[2]}").touch()
while not (folder / "go").exists():
    time.sleep(0.0005)
sys.exit(main(sys.argv[3:]))
"""
ROUNDS, RACERS = 4, 3


def race(folder, args, env, count):
    (folder / "go").unlink(missing_ok=True)
    for ready in folder.glob("ready-*"):
        ready.unlink()
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(folder), str(n), *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(count)]
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    (folder / "go").touch()
    return [(p.wait(timeout=60), *p.communicate()) for p in racers]


def test_simultaneous_additions_of_one_candidate_give_one_success_and_duplicate_refusals(support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    env = support.cli_env(tmp_path)
    outcomes = []
    for round_ in range(ROUNDS):
        name = f"Course {round_}"
        results = race(tmp_path, ["--db", str(path), *support.add_args(session_id, name)], env, RACERS)
        outcomes.append(sorted(code for code, _out, _err in results))
        for code, _out, err in results:
            if code == 2:
                assert err == "Ce candidat est déjà dans la liste, vous ne pouvez pas l'ajouter à nouveau.\n"
            else:
                assert code == 0, err
    assert outcomes == [[0] + [2] * (RACERS - 1)] * ROUNDS
    from pixdesk.services import candidates
    from pixdesk.store import open_database

    db = open_database(path)
    try:
        names = [c.last_name for c in candidates.list_candidates(db, session_id)]
    finally:
        db.close()
    assert names == [support.SECRET_NAME] + [f"Course {n}" for n in range(ROUNDS)]
    support.assert_no_personal_data_in_logs(tmp_path)
