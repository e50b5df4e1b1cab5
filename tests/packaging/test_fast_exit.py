"""A finished command ends without the interpreter's teardown (about 90 ms of every store command), yet loses
nothing: its output, its change, its exit handlers. The window keeps the normal exit."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Runs `pixdesk` as its entry point does, with one exit handler and one object freed only by a normal teardown.
WRAPPER = """
import atexit, sys
class Freed:
    def __del__(self):
        sys.stderr.write("teardown\\n"); sys.stderr.flush()
kept = Freed()
atexit.register(lambda: (sys.stderr.write("exit handler\\n"), sys.stderr.flush()))
from pixdesk.__main__ import main
sys.exit(main())
"""
CREATE = ["session", "create", "--site", "Lycée", "--room", "B12", "--date", "2099-01-12", "--time", "09:00",
          "--examiner", "Eric", "--json"]


def pixdesk(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "PIXDESK_LANG": "fr",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", WRAPPER, "--db", str(tmp_path / "s.sqlite"), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_a_command_skips_the_teardown_but_keeps_its_change_its_output_and_its_exit_handlers(tmp_path):
    created = pixdesk(tmp_path, *CREATE)
    assert created.returncode == 0, created.stderr
    assert created.stderr.splitlines() == ["exit handler"]
    session = json.loads(created.stdout)
    listed = pixdesk(tmp_path, "session", "list", "--json")
    assert [s["id"] for s in json.loads(listed.stdout)] == [session["id"]]


def test_long_output_reaches_the_reader_whole(tmp_path):
    assert pixdesk(tmp_path, "--demo", "session", "list").returncode == 0
    changes = pixdesk(tmp_path, "--demo", "changes", "--json")
    assert changes.returncode == 0, changes.stderr
    # Longer than Python's output buffer (8 KB on a pipe): its last part is only written by the final flush.
    assert len(changes.stdout.encode()) > 2 * 8192
    assert {c["entity"] for c in json.loads(changes.stdout)} >= {"certification_session", "candidate"}


def test_a_failed_command_keeps_its_exit_status(tmp_path):
    shown = pixdesk(tmp_path, "session", "show", "999")
    assert shown.returncode != 0 and "999" in shown.stderr
    assert "teardown" not in shown.stderr


def test_the_window_ends_with_the_normal_teardown(tmp_path):
    opened = pixdesk(tmp_path, "--smoke-test", "--json")
    assert opened.returncode == 0, opened.stderr
    assert "teardown" in opened.stderr.splitlines()
