"""Entry point of `pixdesk`, `python -m pixdesk` and the frozen builds (PixDesk.exe, pixdesk.com, PixDesk.app)."""

import os
import sys


def ensure_streams() -> None:
    """The windowed Windows build (PixDesk.exe) starts with sys.stdout and sys.stderr set to None: printing, or
    `--json`, would raise there. Started from a console, it writes to that console (as Picard does); otherwise to
    nowhere. The console build (pixdesk.com) and every other platform have real streams and are left alone."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    console = None
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent process's console, if it has one
            console = "CONOUT$"
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(console or os.devnull, "w", encoding="utf-8", errors="replace"))


def main() -> int:
    ensure_streams()
    from pixdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
