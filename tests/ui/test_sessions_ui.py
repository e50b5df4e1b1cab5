from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.services.demo import seed_demo
from pixdesk.ui.main_window import LIST_PAGE, SESSION_PAGE
from pixdesk.ui.session_page import CANDIDATES_TAB, DETAILS_TAB
from tests.ui.conftest import activate


def fill_session_form(qtbot, form, site="Centre Testix", room="45", day=None, time="10:00",
                      examiner="Eric Martin", description=""):
    for widget, text in ((form.site, site), (form.room, room), (form.time, time), (form.examiner, examiner)):
        widget.clear()
        qtbot.keyClicks(widget, text)
    if day is not None:
        form.date.setDate(QDate(day.year, day.month, day.day))
    form.description.setPlainText(description)


def test_empty_store_shows_the_first_session_invitation(window):
    page = window.sessions_page
    assert page.stack.currentIndex() == 0
    assert page.empty_create_button.isVisible()
    assert page.findChild(type(page.empty_create_button)) is not None


def test_create_a_session_through_the_form_and_see_it_in_the_list(qtbot, window, db):
    form = window.create_session()
    qtbot.waitExposed(form)
    fill_session_form(qtbot, form, day=date.today() + timedelta(days=5), description="Prévoir des casques.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    stored = sessions.list_sessions(db)
    assert [(s.site, s.room, s.time, s.examiner, s.description) for s in stored] == [
        ("Centre Testix", "45", "10:00", "Eric Martin", "Prévoir des casques.")]
    assert window.pages.currentIndex() == SESSION_PAGE
    assert window.session_page.title.text() == f"Session {stored[0].id}"
    assert stored[0].access_code in window.statusBar().currentMessage()
    window.show_list()
    page = window.sessions_page
    assert page.stack.currentIndex() == 1
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "Centre Testix"
    assert page.selected_session().id == stored[0].id


def test_each_validation_message_shows_at_its_field_and_the_form_keeps_the_input(qtbot, window, db):
    form = window.create_session()
    fill_session_form(qtbot, form, site="", room="", time="", examiner="")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.errors.message_of("site") == "Veuillez indiquer un nom de site."
    assert form.errors.message_of("room") == "Veuillez indiquer un nom de salle."
    assert form.errors.message_of("time") == "Veuillez indiquer une heure de début."
    assert form.errors.message_of("examiner") == "Veuillez indiquer un(e) surveillant(e)."
    assert form.errors.message_of("date") == ""
    assert sessions.list_sessions(db) == []

    fill_session_form(qtbot, form, time="25:61", day=date.today() - timedelta(days=1))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.message_of("time") == "Veuillez indiquer une heure de début valide."
    assert form.errors.message_of("date") == "Une session ne peut pas être programmée dans le passé"
    assert form.errors.message_of("site") == ""
    assert form.site.text() == "Centre Testix" and form.time.text() == "25:61"

    # The message goes as soon as the field is right, while typing.
    form.time.clear()
    qtbot.keyClicks(form.time, "9h05")
    assert form.errors.message_of("time") == ""
    form.description.setPlainText("x" * 351)
    assert form.errors.message_of("description") == "Ce champ ne peut pas dépasser 350 caractères."


def test_a_field_is_checked_when_the_user_leaves_it(qtbot, window):
    form = window.create_session()
    activate(qtbot, form)
    form.site.setFocus()
    qtbot.keyClicks(form.site, "   ")
    qtbot.keyClick(form.site, Qt.Key.Key_Tab)
    assert form.errors.message_of("site") == "Veuillez indiquer un nom de site."
    assert form.errors.message_of("room") == ""  # not touched yet


def test_cancel_leaves_everything_as_it_was(qtbot, window, db):
    seed_demo(db)
    window.refresh()
    before = sessions.list_sessions(db)
    window.open_session(before[0].id)
    form = window.session_page.edit_session()
    fill_session_form(qtbot, form, site="Autre site", room="Autre salle")
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert sessions.list_sessions(db) == before
    assert window.session_page.details.values["site"].text() == before[0].site


def test_modify_a_session_from_its_page(qtbot, window, db):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"))
    window.refresh()
    window.open_session(created.id)
    form = window.session_page.edit_session()
    assert form.site.text() == "Centre Testix"
    fill_session_form(qtbot, form, site="Annexe Vauban", room="Amphi 2", time="14:30", examiner="Lucie Moreau")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = sessions.get_session(db, created.id)
    assert (stored.site, stored.room, stored.time, stored.examiner) == ("Annexe Vauban", "Amphi 2", "14:30",
                                                                        "Lucie Moreau")
    assert window.session_page.details.values["room"].text() == "Amphi 2"
    window.show_list()
    assert window.sessions_page.proxy.index(0, 1).data() == "Annexe Vauban"


def test_list_filters_and_sorting_through_the_widgets(qtbot, window, db):
    seed_demo(db)
    window.refresh()
    page = window.sessions_page
    assert page.proxy.rowCount() == 4
    qtbot.keyClicks(page.search, "vauban")
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == ["Annexe Vauban"]
    page.search.clear()
    page.status_filter.setCurrentIndex(2)  # Finalisée
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 6).data() == "Finalisée"
    page.status_filter.setCurrentIndex(0)
    page.date_filter.setChecked(True)
    page.date_from.setDate(QDate.currentDate())
    page.date_to.setDate(QDate.currentDate().addDays(11))
    assert page.proxy.rowCount() == 2
    page.date_filter.setChecked(False)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    ids = [int(page.proxy.index(r, 0).data()) for r in range(4)]
    assert ids == sorted(ids)
    page.proxy.set_search("nothing matches this")
    assert page.no_match.isVisible()


def test_details_copy_access_code_and_reveal_password(qtbot, window, db):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"))
    window.refresh()
    window.open_session(created.id)
    details = window.session_page.details
    assert details.access_code.text() == created.access_code
    assert created.invigilator_password not in details.password.text()
    qtbot.mouseClick(details.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == created.access_code
    qtbot.mouseClick(details.show_password, Qt.MouseButton.LeftButton)
    assert details.password.text() == created.invigilator_password


def test_delete_asks_first_and_is_refused_once_started(qtbot, window, db, answer):
    first = sessions.create_session(db, SessionInput("A", "1", date.today().isoformat(), "10:00", "X"))
    second = sessions.create_session(db, SessionInput("B", "2", date.today().isoformat(), "11:00", "Y"))
    joined = candidates.add_candidate(db, second.id, candidates.CandidateInput(
        "Dupont", "Julie", "F", "1996-03-13", "France", "76351"))
    candidates.mark_joined(db, second.id, joined.id)
    window.refresh()

    window.open_session(first.id)
    reply = answer("Annuler")
    window.session_page.details.delete_button.click()
    assert reply.text == f"Supprimer la session {first.id} ?"
    assert sessions.get_session(db, first.id)

    reply = answer("Supprimer")
    window.session_page.details.delete_button.click()
    assert [s.id for s in sessions.list_sessions(db)] == [second.id]
    assert window.pages.currentIndex() == LIST_PAGE

    window.sessions_page.select_session(second.id)
    reply = answer("Fermer")
    window.delete_action.trigger()
    assert reply.text == "La session a déjà commencé."
    assert [s.id for s in sessions.list_sessions(db)] == [second.id]


def test_last_tab_is_remembered(qtbot, window, db):
    created = sessions.create_session(db, SessionInput("A", "1", date.today().isoformat(), "10:00", "X"))
    window.refresh()
    window.open_session(created.id)
    assert window.session_page.tabs.currentIndex() == DETAILS_TAB
    window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
    window.show_list()
    window.open_session(created.id)
    assert window.session_page.tabs.currentIndex() == CANDIDATES_TAB
