"""Entry point of `pixdesk`, `python -m pixdesk` and the frozen builds (PixDesk.exe, pixdesk.com, PixDesk.app)."""

import os
import sys
import threading


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

    code = cli_main()
    if "PySide6" not in sys.modules and threading.active_count() == 1:
        end_without_teardown(code)
    return code


def end_without_teardown(code: int) -> None:
    """Ends a finished command at once. Its store is closed, its files written; what a normal exit would add is
    the interpreter freeing SQLAlchemy's and pydantic's objects one by one: about 90 ms of every store command.
    The exit handlers still run (logging's flush among them). Not after the window or with threads still at work:
    Qt saves its settings as it is destroyed, and a normal exit waits for the threads."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away (`… | head -1`) has been told nothing more is coming
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
