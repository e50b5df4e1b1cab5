"""A plain wheel carries its data: `pip install .` (not editable) in a fresh venv, then `pixdesk --self-test`."""

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "docs", "tests")


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_self_tests(tmp_path):
    source = tmp_path / "source"  # a copy: no stale build/ of this checkout, and nothing written into it
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(source)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    shutil.rmtree(source)  # the installed package must need nothing from the source tree

    home = tmp_path / "home"
    env = {"PATH": f"{environment / 'bin'}:/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PIXDESK_LANG": "en"}
    located = subprocess.run([python, "-c", "import pixdesk.paths as p; print(p.resources_root())"],
                             capture_output=True, text=True, cwd=tmp_path, env=env)
    assert located.stdout.strip() == str(next(environment.glob("lib/python3*/site-packages/pixdesk/resources")))
    result = subprocess.run([environment / "bin" / "pixdesk", "--self-test"], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all 7 checks passed" in result.stdout
