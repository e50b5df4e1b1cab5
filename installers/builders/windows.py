"""Windows: the NSIS installer (per user, no administrator rights) and a portable zip. On Linux, a compile check of
the installer script on a stand-in payload (the real one is built on Windows by the release workflow)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from installers.builders.common import BUILD, DIST, INSTALLERS, fresh, log, run, tool, version

SCRIPT = INSTALLERS / "windows" / "pixdesk.nsi"
MAKENSIS_ON_WINDOWS = Path("C:/Program Files (x86)/NSIS/makensis.exe")


def makensis() -> str:
    found = tool("makensis") or (str(MAKENSIS_ON_WINDOWS) if MAKENSIS_ON_WINDOWS.exists() else None)
    if not found:
        raise SystemExit("build_installers: makensis not found (Debian: apt-get install nsis; Windows: NSIS)")
    return found


def compile_nsis(payload: Path, target: Path) -> Path:
    run(makensis(), "-V2", "-WX", f"-DVERSION={version()}", f"-DDIST={payload}", f"-DOUTFILE={target}", SCRIPT)
    return target


def compile_check() -> Path:
    """The script compiles (pages, languages, sections, uninstaller) against files named as the bundle's are."""
    payload = fresh(BUILD / "nsis-check" / "PixDesk")
    (payload / "_internal").mkdir(parents=True)
    for name in ("PixDesk.exe", "pixdesk.com", "_internal/base_library.zip"):
        (payload / name).write_bytes(b"stand-in")
    target = compile_nsis(payload, BUILD / "nsis-check" / f"PixDesk-{version()}-setup-check.exe")
    log(f"NSIS script compiles ({target.relative_to(BUILD.parent)}, stand-in payload)")
    return target


def build_installer(bundle: Path) -> Path:
    return compile_nsis(bundle, fresh(DIST / f"PixDesk-{version()}-windows-x64-setup.exe"))


def build_portable_zip(bundle: Path) -> Path:
    """PixDesk without installing: unzip anywhere, run PixDesk.exe. Data stays in the user's profile as installed."""
    target = fresh(DIST / f"PixDesk-{version()}-windows-x64-portable.zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, Path("PixDesk") / path.relative_to(bundle))
    return target
