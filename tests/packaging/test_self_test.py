"""`pixdesk --self-test` checks a real installation on scratch data, and `--smoke-test` opens the real window."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ["reference", "store", "pdf", "spreadsheet", "attachments", "keyring", "qt"]


def pixdesk(*args, home: Path, code: str | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "PIXDESK_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_RUNTIME_DIR": str(home / "run")}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "pixdesk", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_self_test_passes_and_leaves_no_store_behind(tmp_path):
    user_store = tmp_path / "data" / "PixDesk" / "pixdesk.sqlite"
    result = pixdesk("--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("]")[0] for line in lines[:7]] == ["[ok"] * 7
    assert lines[0].startswith("[ok] Reference data: 42000 Saint-Étienne")
    assert "WAL" in lines[1] and "DejaVu Sans font embedded" in lines[2]
    assert "6 candidates written and read back" in lines[3]
    assert "PDF of 3 pages opened by PDFium, PNG and JPEG decoded" in lines[4]
    assert "platform offscreen" in lines[6] and "fr and en translations" in lines[6]
    assert lines[-1].startswith("PixDesk ") and "all 7 checks passed" in lines[-1]
    # The scratch store was beside where the user's store lives, and is gone; the user's store was never made.
    assert list((tmp_path / "data" / "PixDesk").iterdir()) == []
    assert not user_store.exists()


def test_self_test_json_names_every_check(tmp_path):
    result = pixdesk("--self-test", "--json", home=tmp_path)
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["ok"] is True
    assert [check["name"] for check in report["checks"]] == CHECKS
    assert all(check["ok"] for check in report["checks"])


def test_a_broken_installation_fails_with_one_line_per_problem(tmp_path):
    """Reference data and fonts missing: the checks that need them fail, the others still run and pass."""
    partial = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", partial, ignore=shutil.ignore_patterns("reference", "fonts"))
    code = ("import sys\nfrom pathlib import Path\nimport pixdesk.paths\n"
            f"pixdesk.paths.resources_root = lambda: Path({str(partial)!r})\n"
            "from pixdesk.cli import main\nsys.exit(main(sys.argv[1:]))")
    result = pixdesk("--self-test", home=tmp_path, code=code)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:7]] == [
        "[FAILED] Reference data", "[ok] SQLite store", "[FAILED] PDF", "[FAILED] Spreadsheet",
        "[FAILED] Attachments", "[ok] Keyring", "[ok] Qt"], result.stdout
    assert "checks failed" in lines[-1]
    assert "Traceback" not in result.stdout + result.stderr


def test_smoke_test_opens_the_window_and_quits(tmp_path):
    result = pixdesk("--smoke-test", "--json", "--db", str(tmp_path / "s.sqlite"), home=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["window_shown"] is True and report["platform"] == "offscreen"
    text = pixdesk("--smoke-test", "--db", str(tmp_path / "s.sqlite"), home=tmp_path)
    assert text.stdout.startswith("Window shown: PixDesk")
