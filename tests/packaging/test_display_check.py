"""The pre-start check names a missing libxcb-cursor0, except in a frozen build that carries its own copy."""

import sys

from pixdesk import gui


def no_system_xcb_cursor(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(gui.ctypes.util, "find_library", lambda name: None)


def test_source_install_without_libxcb_cursor_is_told_what_to_install(monkeypatch):
    no_system_xcb_cursor(monkeypatch)
    assert "libxcb-cursor0" in gui.display_problem()


def test_frozen_build_with_its_own_copy_starts(monkeypatch, tmp_path):
    no_system_xcb_cursor(monkeypatch)
    (tmp_path / gui.XCB_CURSOR).write_bytes(b"\x7fELF")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert gui.display_problem() is None


def test_frozen_build_without_a_copy_still_says_so(monkeypatch, tmp_path):
    no_system_xcb_cursor(monkeypatch)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert "libxcb-cursor0" in gui.display_problem()
