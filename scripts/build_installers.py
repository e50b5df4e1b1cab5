"""Build PixDesk's installers, one command for every platform:

    python scripts/build_installers.py                 # what this platform can build, into dist/
    python scripts/build_installers.py deb appimage    # only these
    python scripts/build_installers.py deb --test      # and install, self-test, open offscreen, remove (root)

Linux: the one-dir bundle, a .deb (dpkg-deb), an AppImage folder with its AppRun (and the .AppImage when
`appimagetool` is on PATH), and a compile check of the Windows installer script (makensis, on a stand-in payload).
Windows: the bundle (PixDesk.exe windowed, pixdesk.com console), the NSIS installer and a portable zip.
macOS: PixDesk.app and a .dmg (signed when CODESIGN_IDENTITY is set; the release workflow notarises).

The PyInstaller bundle is cached under build/pyinstaller, keyed by the sources, resources, spec and installed
packages: a second run reuses it (--rebuild forces a new one). Needs the `package` extra: pip install -e '.[package]'.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installers.builders import bundle, linux, macos, windows  # noqa: E402
from installers.builders.common import DIST, log  # noqa: E402

TARGETS = {
    "linux": ("deb", "appimage", "nsis-check"),
    "win32": ("nsis", "zip"),
    "darwin": ("dmg",),
}


def platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def main(argv: list[str] | None = None) -> int:
    available = TARGETS[platform_key()]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET",
                        help=f"on this platform: {', '.join(available)} (default: all)")
    parser.add_argument("--rebuild", action="store_true", help="build the PyInstaller bundle even if cached")
    parser.add_argument("--test", action="store_true",
                        help="test the artefacts as a centre would use them (the .deb: install, self-test, open the "
                             "window offscreen and under Xvfb, remove; needs root)")
    args = parser.parse_args(argv)
    unknown = [target for target in args.targets if target not in available]
    if unknown:
        parser.error(f"not buildable here: {', '.join(unknown)} (choose from {', '.join(available)})")
    targets = args.targets or list(available)

    built = bundle.build(rebuild=args.rebuild)
    artefacts: list[Path] = []
    for target in targets:
        if target == "deb":
            package = linux.build_deb(built)
            artefacts.append(package)
            if args.test:
                linux.test_deb(package)
        elif target == "appimage":
            artefacts.append(linux.build_appimage(built, test=args.test))
        elif target == "nsis-check":
            artefacts.append(windows.compile_check())
        elif target == "nsis":
            artefacts.append(windows.build_installer(built))
        elif target == "zip":
            artefacts.append(windows.build_portable_zip(built))
        elif target == "dmg":
            artefacts.append(macos.build_dmg(built))
    for path in artefacts:
        size = bundle.size(path)[0] if path.is_dir() else path.stat().st_size
        log(f"{path.relative_to(DIST.parent) if path.is_relative_to(DIST.parent) else path}  {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
