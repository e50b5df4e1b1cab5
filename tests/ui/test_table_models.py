from datetime import date

import pytest
from PySide6.QtCore import Qt

from pixdesk.models.session_rules import STATUS_CREATED, STATUS_FINALIZED, STATUS_IN_PROCESS, STATUS_PROCESSED
from pixdesk.services.candidates import CandidateRecord
from pixdesk.services.sessions import SessionSummary
from pixdesk.ui.candidate_table import CandidateFilterProxy, CandidateTableModel
from pixdesk.ui.session_table import SessionFilterProxy, SessionTableModel


def summary(id, site, day, time="10:00", examiner="Eric Martin", room="45", status=STATUS_CREATED):
    return SessionSummary(id=id, uuid=f"u{id}", access_code=f"BCDF{id:02d}", invigilator_password="x", site=site,
                          room=room, date=day, time=time, examiner=examiner, description=None, status=status,
                          candidate_count=0, joined_count=0, finalized=status != STATUS_CREATED)


def candidate(id, last, first, born, extra=None, joined=None, incomplete=False):
    return CandidateRecord(id=id, uuid=f"c{id}", session_id=1, last_name=last, first_name=first, sex="F",
                           birthdate=born, birth_country="France", birth_insee_code="76351", birth_postal_code=None,
                           birth_city="Le Havre", email=None, result_recipient_email=None, external_id=None,
                           extra_time_percentage=extra, billing_mode=None, prepayment_code=None,
                           complementary_certification=None, joined_at=joined, incomplete=incomplete)


SESSIONS = [
    summary(9, "Zoé Campus", date(2026, 12, 10), room="Salle B12"),
    summary(10, "Annexe Vauban", date(2027, 1, 2), "09:30", room="Salle B2", status=STATUS_FINALIZED),
    summary(11, "Élodie Centre", date(2026, 3, 5), "14:00", examiner="Sophie Bernard", status=STATUS_PROCESSED),
    summary(100, "Eddy Site", date(2026, 6, 1), "08:00", status=STATUS_IN_PROCESS),
]


@pytest.fixture
def sessions_proxy(qapp):
    model = SessionTableModel()
    model.set_records(SESSIONS)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def column(proxy, index):
    return [proxy.index(row, index).data() for row in range(proxy.rowCount())]


def test_session_models_pass_the_model_tester(qtmodeltester, sessions_proxy):
    model, proxy = sessions_proxy
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    proxy.set_search("centre")
    qtmodeltester.check(proxy)


def test_candidate_models_pass_the_model_tester(qtmodeltester, qapp):
    model = CandidateTableModel()
    model.set_records([candidate(1, "Dupont", "Julie", date(1996, 3, 13)),
                       candidate(2, "Durand", "Michel", date(2001, 5, 6), extra=33, incomplete=True)])
    proxy = CandidateFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_sessions_sort_by_real_values(sessions_proxy):
    model, proxy = sessions_proxy
    proxy.sort(0)
    assert column(proxy, 0) == ["9", "10", "11", "100"]  # numbers, not text ("10" < "9")
    proxy.sort(3)
    assert column(proxy, 3) == ["05/03/2026", "01/06/2026", "10/12/2026", "02/01/2027"]  # dates, not text
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert column(proxy, 3)[0] == "02/01/2027"
    proxy.sort(1)
    assert column(proxy, 1) == ["Annexe Vauban", "Eddy Site", "Élodie Centre", "Zoé Campus"]  # É sorts with E
    proxy.sort(2)
    assert column(proxy, 2)[:2] == ["45", "45"] and column(proxy, 2)[2:] == ["Salle B2", "Salle B12"]
    proxy.sort(4)
    assert column(proxy, 4) == ["08:00", "09:30", "10:00", "14:00"]
    proxy.sort(6)
    assert column(proxy, 6) == ["Créée", "Finalisée", "Finalisée", "Résultats transmis par Pix"]


def test_sorting_keeps_the_selection_on_the_same_session(sessions_proxy):
    from PySide6.QtCore import QPersistentModelIndex

    model, proxy = sessions_proxy
    proxy.sort(0)
    kept = QPersistentModelIndex(proxy.index(3, 1))
    assert kept.data() == "Eddy Site"
    proxy.sort(1)
    assert kept.data() == "Eddy Site" and kept.row() == 1


def test_search_ignores_accents_and_case_and_needs_every_word(sessions_proxy):
    model, proxy = sessions_proxy
    proxy.set_search("ELODIE")
    assert column(proxy, 1) == ["Élodie Centre"]
    proxy.set_search("sophie centre")
    assert column(proxy, 1) == ["Élodie Centre"]
    proxy.set_search("100")
    assert column(proxy, 0) == ["100"]
    proxy.set_search("nobody")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_status_and_date_filters(sessions_proxy):
    model, proxy = sessions_proxy
    proxy.sort(0)
    proxy.set_statuses((STATUS_FINALIZED, STATUS_IN_PROCESS))
    assert column(proxy, 0) == ["10", "100"]
    proxy.set_statuses(None)
    proxy.set_date_range(date(2026, 6, 1), date(2026, 12, 31))
    assert column(proxy, 0) == ["9", "100"]
    proxy.set_statuses((STATUS_CREATED,))
    assert column(proxy, 0) == ["9"]


def test_candidate_list_shows_state_and_sorts_birthdates(qapp):
    model = CandidateTableModel()
    model.set_records([candidate(1, "Neige", "Jean", date(1987, 9, 22)),
                       candidate(2, "Dupont", "Julie", date(1996, 3, 13), incomplete=True),
                       candidate(3, "Ébène", "Anaïs", date(2003, 1, 30), extra=50, joined=date(2026, 1, 1))])
    model.sort(3)
    assert [model.index(r, 0).data() for r in range(3)] == ["Neige", "Dupont", "Ébène"]
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(3)] == ["Dupont", "Ébène", "Neige"]
    assert model.index(1, 11).data() == "50 %"
    assert model.index(0, 15).data() == "à compléter"
    assert model.index(1, 15).data() == "A rejoint la session"
