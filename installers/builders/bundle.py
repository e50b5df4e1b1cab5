"""The PyInstaller one-dir build every installer is made from, cached under build/pyinstaller."""

from __future__ import annotations

import hashlib
import re
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
    audit(output())
    stamp.write_text(key)
    return output()


def internal(bundle: Path) -> Path:
    return bundle / "Contents" / "Frameworks" if bundle.suffix == ".app" else bundle / "_internal"


def audit(bundle: Path) -> None:
    """What pixdesk.spec promises, checked on what it built: the data inside the package, Qt's French and English
    translations only, none of the dropped plugins, no server or foreign GUI library, no link pointing nowhere."""
    inside = internal(bundle)
    problems = []
    if not (inside / "pixdesk" / "resources" / "reference" / "communes.tsv.gz").is_file():
        problems.append("pixdesk/resources is missing")
    translations = sorted(p.name for p in inside.rglob("*.qm") if "PySide6" in p.parts)
    if translations != ["qtbase_en.qm", "qtbase_fr.qm"]:
        problems.append(f"Qt translations: {translations}")
    dropped = [p.name for p in inside.rglob("*") if p.parent.parent.name == "plugins"
               and re.search(r"qgtk3|qeglfs|qlinuxfb|qvnc|qopensslbackend|qnetworkmanager|qtuiotouch", p.name)]
    if dropped:
        problems.append(f"plugins that should have been dropped: {dropped}")
    foreign = [name for name in ("psycopg", "psycopg_binary", "fastapi", "uvicorn", "tkinter", "PyQt5", "PyQt6")
               if (inside / name).exists()]
    if foreign:
        problems.append(f"packages the desktop does not use: {foreign}")
    dangling = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        problems.append(f"links to nothing: {dangling[:5]}")
    hooks = startup_hooks(bundle)
    if "pyi_rth_pyside6" in hooks or "pyi_rth_pixdesk_qt" not in hooks:
        problems.append(f"PyInstaller's PySide6 hook (it loads Qt before every command) is not replaced: {hooks}")
    if problems:
        raise SystemExit("build_installers: the bundle is not what pixdesk.spec promises: " + "; ".join(problems))
    total, files = size(bundle)
    log(f"bundle: {total / 2**20:.0f} MiB ({total / 1e6:.0f} MB), {files} files, Qt translations {translations}")


def startup_hooks(bundle: Path) -> list[str]:
    """The run-time hooks the executable runs before PixDesk's own code, in order."""
    from PyInstaller.archive.readers import CArchiveReader

    executables = [bundle / "Contents" / "MacOS" / "pixdesk"] if bundle.suffix == ".app" else [
        bundle / name for name in ("pixdesk", "pixdesk-console.exe", "pixdesk.com")]
    executable = next((path for path in executables if path.exists()), None)
    if executable is None:
        return []
    return [name for name in CArchiveReader(str(executable)).toc if name.startswith("pyi_rth_")]


def size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)
