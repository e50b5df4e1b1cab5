"""The session's document buttons: shown only for what pixdesk.documents provides, run in a worker."""

import importlib.util
from datetime import date

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions
from pixdesk.ui import workers
from pixdesk.ui.document_actions import ACTIONS, available_actions
from pixdesk.ui.session_page import CANDIDATES_TAB


def module_has(module: str, function: str) -> bool:
    if importlib.util.find_spec(module) is None:
        return False
    return hasattr(importlib.import_module(module), function)


@pytest.fixture
def tab(window, db):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"))
    candidates.add_candidate(db, created.id, CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351"))
    window.refresh()
    window.open_session(created.id)
    window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
    candidates_tab = window.session_page.candidates
    candidates_tab.runner.open_pdf_when_done = False  # no viewer in the test run
    return candidates_tab, created.id


def test_buttons_exist_exactly_for_the_available_functions(tab):
    candidates_tab, _ = tab
    expected = {a.key for a in ACTIONS if module_has(a.module, a.function)}
    assert set(available_actions()) == expected
    assert set(getattr(candidates_tab, "document_buttons", {})) == expected
    for button in getattr(candidates_tab, "document_buttons", {}).values():
        assert button.isVisible() and button.isEnabled()


@pytest.mark.parametrize("key, magic", [("attendance", b"%PDF"), ("export_sheet", b"PK")])
def test_export_runs_in_the_worker_and_reports(qtbot, tab, tmp_path, key, magic):
    candidates_tab, session_id = tab
    if key not in candidates_tab.documents:
        pytest.skip(f"{key} is not provided by pixdesk.documents yet")
    action, function = candidates_tab.documents[key]
    target = tmp_path / f"out-{key}"
    with qtbot.waitSignal(candidates_tab.runner.done, timeout=20000) as done:
        candidates_tab.runner.run(action, function, session_id, target)
    assert done.args[0] == key
    assert str(target) in done.args[1]
    assert target.read_bytes()[:len(magic)] == magic


def test_worker_reports_progress_result_and_failure(qtbot):
    def count_to(n, progress, is_cancelled):
        for i in range(1, n + 1):
            progress(i, n)
        return n

    worker = workers.Worker(count_to, 3)
    seen = []
    worker.signals.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as finished:
        workers.start(worker)
    assert finished.args == [3]
    assert seen == [(1, 3), (2, 3), (3, 3)]

    def stop_when_asked(progress, is_cancelled):
        while not is_cancelled():
            pass
        raise InterruptedError("stopped")

    worker = workers.Worker(stop_when_asked)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        workers.start(worker)
        worker.cancel()
    assert isinstance(failed.args[0], InterruptedError) and worker.is_cancelled()


FIXTURES = __import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_import_replaces_the_list_from_a_libreoffice_sheet(qtbot, tab, db):
    candidates_tab, session_id = tab
    if "import_sheet" not in candidates_tab.documents:
        pytest.skip("candidate import is not provided by pixdesk.documents yet")
    action, function = candidates_tab.documents["import_sheet"]
    with qtbot.waitSignal(candidates_tab.runner.done, timeout=20000) as done:
        candidates_tab.runner.run(action, function, session_id, FIXTURES / "liste-candidats-modele.ods")
    stored = candidates.list_candidates(db, session_id)
    assert "importée avec succès" in done.args[1] and f"({len(stored)} candidats)" in done.args[1]
    assert candidates_tab.model.rowCount() == len(stored) > 1
    assert candidates_tab.list_title.text() == f"Liste des candidats ({len(stored)})"


def test_import_errors_are_listed_by_line_and_nothing_changes(qtbot, tab, db, answer):
    candidates_tab, session_id = tab
    if "import_sheet" not in candidates_tab.documents:
        pytest.skip("candidate import is not provided by pixdesk.documents yet")
    before = candidates.list_candidates(db, session_id)
    action, function = candidates_tab.documents["import_sheet"]
    reply = answer("Fermer")
    with qtbot.waitSignal(candidates_tab.runner.done, timeout=20000):
        candidates_tab.runner.run(action, function, session_id, FIXTURES / "liste-candidats-erreurs.ods")
    assert reply.text == "Une erreur s'est produite lors de l'import des candidats"
    assert reply.informative.splitlines() == [
        'Ligne 3 : Date de naissance : Format de date invalide, champ "Date de naissance", format accepté JJ/MM/AAAA',
        'Ligne 3 : Code postal : Le code postal "75999" n\'est pas valide.',
        "Ligne 4 : Prénom : Le prénom est obligatoire.",
        'Ligne 4 : Sexe : Champ sexe format invalide, format accepté "M"/"F"',
        "Ligne 4 : E-mail de convocation : L'adresse e-mail de convocation « pas-un-email » n'est pas valide.",
        # line 4's extra time "abc" is dropped as the platform drops it: a warning, shown only when the list is saved
        "Ligne 6 : Candidat inscrit plusieurs fois à cette session (déjà en ligne 2)",
        "Ligne 7 : Date de naissance : La date de naissance ne peut pas être dans le futur.",
        'Ligne 7 : Tarification part Pix : Format tarification part Pix invalide, formats acceptés "Gratuite", '
        '"Payante" ou "Prépayée"',
        'Ligne 7 : Pays de naissance : Le pays "Atlantide" n\'a pas été trouvé.',
    ]
    assert candidates.list_candidates(db, session_id) == before


def test_import_warnings_are_shown_in_the_summary(qtbot, tab, db, answer, tmp_path):
    candidates_tab, session_id = tab
    path = tmp_path / "liste.csv"
    path.write_text("Nom de naissance;Prénom;Date de naissance;Sexe;Code INSEE;Pays;Temps majoré ?\n"
                    "Dupont;Julie;13/03/1996;F;76351;France;33 %\n"
                    "Martin;Hélène;06/05/2001;F;76351;France;abc\n", encoding="utf-8")
    action, function = candidates_tab.documents["import_sheet"]
    reply = answer("Fermer")
    with qtbot.waitSignal(candidates_tab.runner.done, timeout=20000) as done:
        candidates_tab.runner.run(action, function, session_id, path)
    assert "importée avec succès (2 candidats)" in done.args[1] and "1 remarque(s)" in done.args[1]
    assert reply.informative == "Ligne 3 : Temps majoré « abc » ignoré"
    assert [c.extra_time_percentage for c in candidates.list_candidates(db, session_id)] == [33, None]
