"""Opening the window from the command line, without importing Qt before it is needed."""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

from pixdesk.cli.texts import text
from pixdesk.store import open_database
from pixdesk.store.database import StoreError


XCB_CURSOR = "libxcb-cursor.so.0"


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def bundled_library(name: str) -> bool:
    """A frozen build (PyInstaller) carries the libraries it was built with beside the interpreter."""
    bundle = getattr(sys, "_MEIPASS", None)
    return bool(getattr(sys, "frozen", False) and bundle and (Path(bundle) / name).exists())


def display_problem() -> str | None:
    """Why a window cannot open here, said before Qt aborts the process with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not has_display():
        return text("no_display")
    if (not os.environ.get("WAYLAND_DISPLAY") and not bundled_library(XCB_CURSOR)
            and ctypes.util.find_library("xcb-cursor") is None):
        return text("missing_xcb_cursor")
    return None


def _show_in_a_window(message: str) -> None:
    """Started from an icon, nobody reads stderr: the refusal is shown in a message box too."""
    try:
        from pixdesk.ui.app import create_application, install_language, show_error
    except ImportError:
        return
    from pixdesk import language

    create_application()
    install_language(language.current())
    show_error(message)


def launch(db_path: Path, *, demo: bool = False, lang: str | None = None, smoke: bool = False,
           as_json: bool = False, room_session: int | None = None) -> int:
    """`room_session`: open that session's room view (`pixdesk room ID`)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        db = open_database(db_path)
    except StoreError as error:
        print(error.message(), file=sys.stderr)
        if not smoke:  # a self-test must never wait on a dialog
            _show_in_a_window(error.message())
        return 1
    if demo:
        from pixdesk.services.demo import seed_demo

        seed_demo(db)
    try:
        from pixdesk.ui.app import run
    except ImportError as error:  # e.g. Qt's platform libraries missing on a bare Linux
        print(text("gui_unavailable", error=error), file=sys.stderr)
        return 1
    return run(db, lang=lang, smoke=smoke, as_json=as_json, room_session=room_session)
