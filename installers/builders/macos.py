"""macOS: PixDesk.app (from pixdesk.spec) signed when CODESIGN_IDENTITY is set, in a compressed .dmg."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from installers.builders.common import BUILD, DIST, INSTALLERS, fresh, log, run, version


def sign(app: Path) -> None:
    """Developer ID signature with the hardened runtime notarisation needs; skipped when no identity is set."""
    identity = os.environ.get("CODESIGN_IDENTITY")
    if not identity:
        log("CODESIGN_IDENTITY not set: PixDesk.app is not signed (Gatekeeper will ask the user to confirm)")
        return
    run("codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
        "--entitlements", INSTALLERS / "macos" / "entitlements.plist", "--sign", identity, app)
    run("codesign", "--verify", "--deep", "--strict", app)


def build_dmg(app: Path) -> Path:
    sign(app)
    staging = fresh(BUILD / "dmg" / "PixDesk")
    staging.mkdir(parents=True)
    run("ditto", app, staging / "PixDesk.app")
    (staging / "Applications").symlink_to("/Applications")  # drag PixDesk onto it to install
    target = fresh(DIST / f"PixDesk-{version()}-macos-{platform.machine()}.dmg")
    run("hdiutil", "create", "-volname", "PixDesk", "-srcfolder", staging, "-ov", "-format", "UDZO", target)
    return target
