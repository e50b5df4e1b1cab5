"""The PyInstaller one-dir build every installer is made from, cached under build/pyinstaller."""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
from pathlib import Path

from installers.builders.common import BUILD, ROOT, fresh, log, run

WORK = BUILD / "pyinstaller"
INPUTS = ("pixdesk", "resources", "installers/icons", "installers/macos", "pixdesk.spec", "pyproject.toml")


def fingerprint() -> str:
    """What the bundle is made of: the sources and data, and the exact packages installed to build it."""
    digest = hashlib.sha256()
    for name in INPUTS:
        base = ROOT / name
        for path in sorted([base] if base.is_file() else base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def output() -> Path:
    """dist/PixDesk (Linux, Windows) or dist/PixDesk.app (macOS), inside build/pyinstaller."""
    return WORK / "dist" / ("PixDesk.app" if sys.platform == "darwin" else "PixDesk")


def build(rebuild: bool = False) -> Path:
    stamp = WORK / "fingerprint"
    key = fingerprint()
    if not rebuild and output().exists() and stamp.exists() and stamp.read_text() == key:
        log(f"bundle up to date: {output().relative_to(ROOT)}")
        return output()
    log("building the PyInstaller bundle…")
    fresh(WORK / "dist")
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", WORK / "dist", "--workpath", WORK / "work", ROOT / "pixdesk.spec", cwd=ROOT)
    if sys.platform == "win32":  # see pixdesk.spec: the console twin of PixDesk.exe answers to `pixdesk`
        console = output() / "pixdesk-console.exe"
        console.replace(output() / "pixdesk.com")
    stamp.write_text(key)
    return output()


def size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)
