"""Issue 8 in the window: a store problem is the same one line as on the command line, in the form that was
being saved (which keeps what was typed) or in a message box; never a trace, never personal data in the log."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import text

from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.store import open_database
from pixdesk.ui import crash
from pixdesk.ui.app import check_store
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.session_page import CANDIDATES_TAB
from tests.ui.test_candidates_ui import fill_identity, save, type_into


def make_store(path):
    db = open_database(path)
    try:
        return sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                        "Eric Martin")).id
    finally:
        db.close()


def open_window(qtbot, db, session_id):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session_id)
    window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
    return window


def fill_candidate(qtbot, dialog):
    fill_identity(qtbot, dialog, last="Secretnom")
    type_into(qtbot, dialog.birth_place.insee, "76351")


def test_a_read_only_store_says_so_and_the_form_keeps_what_was_typed(qtbot, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = make_store(path)
    db = open_database(path, read_only=True)
    try:
        window = open_window(qtbot, db, session_id)
        assert window.windowTitle().endswith("— lecture seule")
        dialog = window.session_page.candidates.add_candidate()
        fill_candidate(qtbot, dialog)
        save(qtbot, dialog)
        assert dialog.isVisible() and dialog.last_name.text() == "Secretnom"
        assert dialog.errors._general.text().startswith(f"Base en lecture seule : {path} ne peut pas être modifiée")
        dialog.reject()
    finally:
        db.close()


def test_a_busy_store_is_one_line_in_the_form_and_saving_again_works(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("pixdesk.store.database.BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "pixdesk.sqlite"
    session_id = make_store(path)
    db = open_database(path)
    try:
        window = open_window(qtbot, db, session_id)
        dialog = window.session_page.candidates.add_candidate()
        fill_candidate(qtbot, dialog)
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            save(qtbot, dialog)
            assert dialog.isVisible()
            assert dialog.errors._general.text() == \
                "La base est utilisée par un autre PixDesk : réessayez dans un instant."
            other.execute("ROLLBACK")
        save(qtbot, dialog)
        assert [c.last_name for c in candidates.list_candidates(db, session_id)] == ["Secretnom"]
    finally:
        db.close()


def test_a_raw_database_failure_reaching_the_crash_dialog_is_one_line(qtbot, window, db, answer, tmp_path):
    with closing(sqlite3.connect(db.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA busy_timeout = 0")
                conn.execute(text("INSERT INTO certification_center (uuid, created_at, updated_at, name, "
                                  "habilitations) VALUES (:u, '2025-01-01', '2025-01-01', :n, '')"),
                             {"u": "u1", "n": "Secretnom julie.secret@example.fr"})
        except Exception:
            reply = answer("OK")
            crash.install_excepthook(db.path)
            crash.handle_exception(*sys.exc_info())
        else:
            pytest.fail("the write should have found the store locked")
        other.execute("ROLLBACK")
    assert reply.text == "La base est utilisée par un autre PixDesk : réessayez dans un instant."
    logged = "".join(p.read_text() for p in (tmp_path / "state").rglob("pixdesk.log*"))
    assert "STORE_BUSY" in logged and "Secretnom" not in logged and "julie.secret" not in logged


def test_a_damaged_store_is_said_when_the_window_opens(qtbot, tmp_path, answer):
    path = tmp_path / "pixdesk.sqlite"
    make_store(path)
    with open(path, "r+b") as handle:  # the first table's root page
        handle.seek(4096 + 8)
        handle.write(b"\xff" * 64)
    db = open_database(path)
    try:
        reply = answer("OK")
        assert check_store(db) is not None
        qtbot.waitUntil(lambda: reply.text is not None, timeout=10_000)
        assert reply.text.startswith(f"Base endommagée : {path}. Rien n'y a été écrit.")
    finally:
        db.close()


def test_a_sound_store_is_checked_and_backed_up_when_the_window_opens(qtbot, tmp_path):
    from pixdesk.store import backups

    path = tmp_path / "pixdesk.sqlite"
    make_store(path)
    for made in backups.backups_of(path):
        made.unlink()
    db = open_database(path)
    try:
        check_store(db)
        qtbot.waitUntil(lambda: bool(backups.backups_of(path)), timeout=10_000)
        assert [p.name for p in backups.backups_of(path)] == [f"pixdesk-daily-{date.today()}.sqlite"]
    finally:
        db.close()
