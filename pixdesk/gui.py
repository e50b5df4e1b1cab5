"""Opening the window from the command line, without importing Qt before it is needed."""

from __future__ import annotations

import sys
from pathlib import Path

from pixdesk.cli.texts import text
from pixdesk.store import open_database
from pixdesk.store.database import StoreError


def launch(db_path: Path, *, demo: bool = False, lang: str | None = None) -> int:
    try:
        db = open_database(db_path)
    except StoreError as error:
        print(text("store_error", error=error), file=sys.stderr)
        return 1
    if demo:
        from pixdesk.services.demo import seed_demo

        seed_demo(db)
    try:
        from pixdesk.ui.app import run
    except ImportError as error:  # e.g. Qt's platform libraries missing on a bare Linux
        print(text("gui_unavailable", error=error), file=sys.stderr)
        return 1
    return run(db, lang=lang)
