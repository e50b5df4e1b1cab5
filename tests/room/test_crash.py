"""kill -9 at random moments loses nothing reported done: 20 kills here, 200 in benchmarks/room_crash.py."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def crash_module():
    spec = importlib.util.spec_from_file_location("room_crash", ROOT / "benchmarks" / "room_crash.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_twenty_kills_lose_nothing_reported_done():
    report = crash_module().crash_run(20, candidates=12, seed=7, fork=True)
    assert report.kills == 20
    assert report.reported >= 15  # the workers did write between kills (three quarters wait for 0 to 3 actions)
    assert report.lost == [] and report.chain_problems == 0 and report.integrity_failures == 0
    assert report.not_interrupted == 0 and report.refused == 0
    assert report.ok


def test_the_check_catches_an_action_reported_but_missing(tmp_path):
    crash = crash_module()
    path, session_id = crash.prepare_store(tmp_path, 2)
    report = crash.CrashReport()
    crash.check(path, session_id, report, {"an-event-that-never-landed"}, opened=False)
    assert report.lost == ["an-event-that-never-landed"] and not report.ok
