"""Paths, the version and small helpers the installer builders share."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_ID = "fr.pixdesk.PixDesk"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def log(message: str) -> None:
    print(f"build_installers: {message}", flush=True)


def run(*command: str | Path, **options) -> subprocess.CompletedProcess:
    """A build step; its failure stops the build with the tool's own output."""
    result = subprocess.run([str(part) for part in command], text=True, capture_output=True, **options)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"build_installers: {Path(str(command[0])).name} failed ({result.returncode})")
    return result


def tool(name: str) -> str | None:
    return shutil.which(name)


def fresh(path: Path) -> Path:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
