"""Every visible input has a name a screen reader can read, on every screen."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                               QPlainTextEdit, QWidget)

from pixdesk.services.demo import seed_demo
from pixdesk.services import sessions
from pixdesk.ui.centre_dialog import CentreDialog
from pixdesk.ui.session_page import CANDIDATES_TAB, DETAILS_TAB
from pixdesk.ui.sign_in import SignInDialog
from pixdesk.ui.sync_history import SyncHistoryDialog

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # not reachable as an input (a line edit's icon, a table header)
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the outer widget carries the name
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}")
    return found


@pytest.fixture
def demo_window(window, db):
    seed_demo(db)
    window.refresh()
    return window


def test_sessions_list_inputs_are_named(demo_window):
    demo_window.sessions_page.date_filter.setChecked(True)
    assert unnamed_inputs(demo_window) == []


def test_session_page_inputs_are_named(qtbot, demo_window):
    demo_window.open_session(sessions.list_sessions(demo_window._db)[0].id)
    for tab in (DETAILS_TAB, CANDIDATES_TAB):
        demo_window.session_page.tabs.setCurrentIndex(tab)
        assert unnamed_inputs(demo_window) == []


def test_empty_state_is_named(window):
    assert unnamed_inputs(window) == []


def test_dialog_inputs_are_named(qtbot, demo_window):
    form = demo_window.create_session()
    qtbot.waitExposed(form)
    assert unnamed_inputs(form) == []
    form.reject()

    demo_window.open_session(sessions.list_sessions(demo_window._db)[0].id)
    dialog = demo_window.session_page.candidates.add_candidate()
    qtbot.waitExposed(dialog)
    assert unnamed_inputs(dialog) == []
    dialog.birth_place.postal_mode.setChecked(True)
    assert unnamed_inputs(dialog) == []
    dialog.birth_place.country.setCurrentText("Belgique")
    assert unnamed_inputs(dialog) == []
    dialog.reject()

    for other in (SignInDialog(demo_window._db, demo_window), CentreDialog(demo_window._db, demo_window),
                  SyncHistoryDialog(demo_window._db, demo_window)):
        other.show()
        qtbot.waitExposed(other)
        assert unnamed_inputs(other) == []
        other.reject()


def test_tab_order_follows_the_session_form(qtbot, window):
    from tests.ui.conftest import activate
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    form = window.create_session()
    activate(qtbot, form)
    form.site.setFocus()
    order = []
    for _ in range(9):  # Tab also walks the day, month and year of the date, as everywhere in Qt
        if QApplication.focusWidget() not in order:
            order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order[:6] == [form.site, form.room, form.date, form.time, form.examiner, form.description]
    assert order[6] in (form.cancel_button, form.save_button)
