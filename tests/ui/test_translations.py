"""No interface string is left untranslated: in the .ts, in the code, and on screen in English."""

import importlib.util
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from pixdesk.paths import resource_path
from pixdesk.texts import LANGUAGE_NAME
from pixdesk.services import sessions
from pixdesk.services.demo import seed_demo
from pixdesk.ui.i18n import install_language
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.session_page import CANDIDATES_TAB

TS = resource_path("translations", "pixdesk_en.ts")


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  resource_path().parent / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_in_the_ts_has_a_finished_translation():
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 150
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") is not None or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_lupdate_finds_no_string_missing_from_the_ts():
    assert load_script().problems("en") == []


def test_the_compiled_qm_is_current(tmp_path):
    script = load_script()
    fresh = tmp_path / "pixdesk_en.qm"
    script.lrelease(TS, fresh)
    assert fresh.read_bytes() == resource_path("translations", "pixdesk_en.qm").read_bytes()


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    for action in root.findChildren(type(root.menuBar().actions()[0])) if hasattr(root, "menuBar") else []:
        texts.append(action.text())
    return [t for t in texts if t]


def french_only_sources() -> set[str]:
    return {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
            if m.findtext("source") != m.findtext("translation")}


def test_the_english_window_shows_no_french_interface_text(qtbot, db):
    seed_demo(db)
    install_language("en")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    # The Langue menu names each language in itself: "Français" stays French in an English window.
    french = french_only_sources() - {LANGUAGE_NAME}
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.sessions_page.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Session ID"
    shown = visible_texts(window)
    window.open_session(sessions.list_sessions(db)[0].id)
    window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
    shown += visible_texts(window)
    dialog = window.session_page.candidates.add_candidate()
    shown += visible_texts(dialog)
    form = window.create_session()
    shown += visible_texts(form)
    leftovers = sorted({text for text in shown if text in french})
    assert leftovers == []
    assert window.session_page.tabs.tabText(CANDIDATES_TAB).startswith("Candidates (")
