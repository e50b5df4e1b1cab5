"""Render the main screens offscreen on demo data and save them to docs/screenshots/ (French and English).

    QT_QPA_PLATFORM=offscreen python scripts/take_screenshots.py

Uses a throwaway store and settings folder, so the user's own data and preferences are never touched."""

from __future__ import annotations

import os
import dataclasses
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pixdesk.services import sessions  # noqa: E402
from pixdesk.services.demo import seed_demo  # noqa: E402
from pixdesk.store import open_database  # noqa: E402
from pixdesk.ui import settings  # noqa: E402
from pixdesk.ui.app import create_application  # noqa: E402
from pixdesk.ui.i18n import install_language  # noqa: E402
from pixdesk.ui.main_window import MainWindow  # noqa: E402
from pixdesk.ui.session_page import CANDIDATES_TAB, DETAILS_TAB  # noqa: E402
from pixdesk.ui.theme import DARK, LIGHT, apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1200, 760)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def save(widget, name: str) -> Path:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def save_with_popup(dialog, combo, name: str) -> Path:
    """The dialog with the combo box's list open: the list is a window of its own, painted over the dialog."""
    combo.showPopup()
    settle()
    popup = combo.view().window()
    at = dialog.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
    area = dialog.rect().united(popup.rect().translated(at))
    picture = QPixmap(area.size())
    picture.fill(dialog.palette().window().color())
    painter = QPainter(picture)
    painter.drawPixmap(-area.topLeft(), dialog.grab())
    painter.drawPixmap(at - area.topLeft(), popup.grab())
    painter.end()
    combo.hidePopup()
    path = OUT / f"{name}.png"
    picture.save(str(path))
    return path


def shoot(db, lang: str, theme: str = LIGHT) -> list[Path]:
    install_language(lang)
    apply_theme(theme)
    suffix = lang if theme == LIGHT else f"{lang}-dark"
    window = MainWindow(db)
    window.resize(*SIZE)
    window.show()
    shots = [save(window, f"sessions-list-{suffix}")]
    if theme != LIGHT:
        window.close()
        return shots

    form = window.create_session()
    form.site.setText("Centre Testix")
    form.time.setText("25:00")
    form.accept()  # shows the rule messages at their fields; nothing is saved
    shots.append(save(form, f"session-form-error-{lang}"))
    form.reject()

    busiest = max(sessions.list_sessions(db), key=lambda s: s.candidate_count)
    window.open_session(busiest.id)
    window.session_page.tabs.setCurrentIndex(DETAILS_TAB)
    shots.append(save(window, f"session-details-{lang}"))
    window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
    shots.append(save(window, f"session-candidates-{lang}"))

    dialog = window.session_page.candidates.add_candidate()
    dialog.last_name.setText("Martin")
    dialog.first_name.setText("Léa")
    dialog.birthdate.setText("12/07/2002")
    dialog.birth_place.postal_mode.setChecked(True)
    dialog.birth_place.postal.setText("38520")  # nine communes: the list, then its error when none is picked
    dialog.email.setText("lea.martin@")
    dialog.accept()
    shots.append(save(dialog, f"candidate-dialog-{lang}"))
    shots.append(save_with_popup(dialog, dialog.birth_place.city, f"candidate-communes-{lang}"))
    dialog.reject()

    window.close()
    return shots


def shoot_sync(folder: Path) -> list[Path]:
    """The real sign-in, the sync status and the sync history, against the real server (in a thread, on a
    temporary SQLite file): a demo manager desktop and a room laptop that edited the same session offline."""
    import keyring
    from keyring.backend import KeyringBackend

    from pixdesk.models.session_rules import SessionInput
    from pixdesk.server.testing import add_member, running_server
    from pixdesk.services import candidates
    from pixdesk.sync import engine

    class ScreenshotKeyring(KeyringBackend):
        """In memory: the script never touches the user's own keyring."""

        priority = 1
        secrets: dict = {}

        def set_password(self, service, username, password):
            self.secrets[(service, username)] = password

        def get_password(self, service, username):
            return self.secrets.get((service, username))

        def delete_password(self, service, username):
            self.secrets.pop((service, username), None)

    keyring.set_keyring(ScreenshotKeyring())
    apply_theme(LIGHT)
    password, email = "un mot de passe de démo", "gestion@lycee-hugo.fr"
    url = f"sqlite:///{folder / 'server.sqlite'}"
    add_member(url, email, password, "Centre Testix", None)
    shots = []
    with running_server(url) as server:
        manager = open_database(folder / "sync-manager.sqlite")
        seed_demo(manager)
        laptop = open_database(folder / "sync-laptop.sqlite")
        engine.sign_in(manager, server.url, email, password)
        engine.synchronise(manager, password=password, trigger="manual")
        engine.sign_in(laptop, server.url, email, password)
        engine.synchronise(laptop, password=password, trigger="timer")
        shared = sessions.list_sessions(manager)[0]
        on_laptop = next(s for s in sessions.list_sessions(laptop) if s.uuid == shared.uuid)
        sessions.update_session(laptop, on_laptop.id, SessionInput(room="Salle B12"))
        sessions.update_session(manager, shared.id, SessionInput(room="Amphi B"))
        engine.synchronise(laptop, password=password, trigger="network")
        engine.synchronise(manager, password=password, trigger="manual")
        busiest = max(sessions.list_sessions(manager), key=lambda s: s.candidate_count)
        for record in candidates.list_candidates(manager, busiest.id)[:3]:
            data = dataclasses.replace(record.as_input(), email=f"{record.last_name.lower()}@example.fr")
            candidates.update_candidate(manager, busiest.id, record.id, data)
        for lang in ("fr", "en"):
            install_language(lang)
            window = MainWindow(manager)
            window.resize(*SIZE)
            window.show()
            sign_in = window.sign_in()
            sign_in.password.setText(password)
            settle()
            shots.append(save(sign_in, f"sign-in-{lang}"))
            sign_in.reject()
            window.open_session(busiest.id)
            window.session_page.tabs.setCurrentIndex(CANDIDATES_TAB)
            window.refresh(select_id=busiest.id)
            settle()
            shots.append(save(window, f"sync-status-{lang}"))
            history = window.show_sync_history()
            history.resize(1060, 420)
            settle()
            shots.append(save(history, f"sync-history-{lang}"))
            history.tabs.setCurrentIndex(1)
            settle()
            shots.append(save(history, f"sync-conflicts-{lang}"))
            history.reject()
            window.close()
        manager.close()
        laptop.close()
    return shots


ROOM_SIZE = (1280, 800)
ROOM_PEOPLE = [
    ("Bernard", "Chloé", "2004-02-11", None), ("Dupont", "Julie", "1996-03-13", None),
    ("Durand", "Michel", "2001-05-06", None), ("Fournier", "Hugo", "2003-10-27", None),
    ("Ionescu", "Ștefan", "1999-07-19", None), ("Kowalska", "Małgorzata", "1992-11-02", None),
    ("Lefèvre", "Anaïs", "2003-01-30", 50), ("Martin", "Léa", "2002-07-12", None),
    ("Neige", "Jean", "1987-09-22", 33), ("Petit", "Lucas", "2005-06-01", None),
    ("Roux", "Inès", "2004-12-24", None), ("Traoré", "Awa", "2001-08-15", None),
]


def _today(hour: int, minute: int):
    from datetime import date, datetime

    day = date.today()
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def room_scenario(db):
    """A session today at 9:00 with twelve candidates; returns (session id, ids by last name, the clock,
    a function writing the rest of the morning)."""
    from datetime import date

    from pixdesk.models.candidate_rules import CandidateInput
    from pixdesk.models.session_rules import SessionInput
    from pixdesk.services import candidates, room
    from pixdesk.services.clock import FixedClock

    created = sessions.create_session(db, SessionInput("Centre Testix", "Salle 45", date.today().isoformat(), "09:00",
                                                       "Eric Martin"), allow_past=True)
    ids = {last: candidates.add_candidate(db, created.id, CandidateInput(
        last, first, "F", born, "France", "76351", extra_time_percentage=extra)).id
        for last, first, born, extra in ROOM_PEOPLE}
    clock = FixedClock(_today(8, 52))

    def act(hour: int, minute: int, names, action: str, **kwargs) -> None:
        clock.set(_today(hour, minute))
        room.record_action(db, created.id, [ids[n] for n in names], action, clock=clock, **kwargs)

    present = [n for n in ids if n != "Petit"]
    act(8, 52, present, "present")
    act(9, 0, ["Petit"], "absent")
    act(9, 2, ["Bernard", "Dupont", "Durand", "Fournier", "Martin"], "start", at="08:58")
    act(9, 3, ["Ionescu", "Kowalska", "Lefèvre"], "start")
    act(9, 6, ["Neige", "Roux", "Traoré"], "start")
    clock.set(_today(9, 40))
    room.add_incident(db, created.id, [ids["Durand"]], room.IncidentInput("E3", 12), clock=clock)
    act(9, 41, ["Kowalska"], "disconnected")
    act(9, 43, ["Kowalska"], "resume")

    def morning() -> None:
        act(10, 20, ["Dupont"], "end-screen-seen")
        act(10, 25, ["Bernard"], "end")
        act(10, 30, ["Ionescu"], "disconnected")
        clock.set(_today(10, 35))
        room.add_incident(db, created.id, [ids["Martin"]], room.IncidentInput("C3", description="Sortie à la pause"),
                          clock=clock, allow_incomplete=True)
        clock.set(_today(10, 44))

    return created.id, ids, clock, morning


def shoot_room(db) -> list[Path]:
    """The room view (normal, then "attention"), the incident picker and the projector, in French and English."""
    from pixdesk.ui.room_window import RoomWindow

    session_id, ids, clock, morning = room_scenario(db)
    shots = []

    def window_at(lang: str) -> RoomWindow:
        install_language(lang)
        apply_theme(LIGHT)
        window = RoomWindow(db, session_id, clock=clock)
        window.resize(*ROOM_SIZE)
        window.show()
        window.tick()
        return window

    clock.set(_today(9, 50))
    for lang in ("fr", "en"):
        window = window_at(lang)
        window.table.selectRow(2)
        shots.append(save(window, f"room-{lang}"))
        picker = window.report_incident()
        picker.code_input.setText("e3")
        picker._code_entered()
        picker.question.setText("12")
        shots.append(save(picker, f"incident-picker-{lang}"))
        picker.reject()
        projector = window.open_projector()
        projector.resize(1280, 720)
        shots.append(save(projector, f"projector-{lang}"))
        projector.close()
        window.close()
    morning()
    for lang in ("fr", "en"):
        window = window_at(lang)
        window.table.selectRow(0)
        shots.append(save(window, f"room-attention-{lang}"))
        window.close()
    install_language("fr")
    return shots


def shoot_finalisation(db, session_id: int, lang: str) -> list[Path]:
    """The wizard's three steps and its confirmation, on a session whose journal came from the room."""
    from pixdesk.ui.finalisation_tables import ABORT
    from pixdesk.ui.finalisation_wizard import FinalisationWizard

    from pixdesk.services.finalisation import discard_draft

    install_language(lang)
    apply_theme(LIGHT)
    discard_draft(db, session_id)  # each language starts from the journal, as a manager would
    wizard = FinalisationWizard(db, session_id)
    wizard.resize(1060, 700)
    wizard.show()
    wizard.go_to(1)
    wizard.next_step()  # Michel ended by the invigilator: his abort reason is asked for, his row pointed at
    shots = [save(wizard, f"finalisation-step1-{lang}")]
    wizard.candidates.setData(wizard.candidates.index(1, ABORT), "candidate")
    wizard.go_to(2)
    shots.append(save(wizard, f"finalisation-step2-{lang}"))
    wizard.go_to(3)
    wizard.with_problem.setChecked(True)
    wizard.comment.setPlainText("Coupure du réseau de 10 h 40 à 10 h 52 : trois candidats ont dû reprendre leur "
                                "test." if lang == "fr" else "Network down from 10:40 to 10:52: three candidates "
                                "had to resume their test.")
    wizard.has_incident.setChecked(True)
    shots.append(save(wizard, f"finalisation-step3-{lang}"))
    box = wizard.confirmation_box()
    box.show()
    shots.append(save(box, f"finalisation-confirm-{lang}"))
    box.close()
    wizard.close()
    return shots


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        create_application()
        settings.app_settings().setValue(settings.SIGN_IN_ASKED, True)
        db = open_database(Path(folder) / "demo.sqlite")
        seed_demo(db)
        shots = shoot(db, "fr") + shoot(db, "en") + shoot(db, "fr", DARK) + shoot_sync(Path(folder)) + shoot_room(db)
        from exam_day import exam_session, photo_png, scan_pdf

        from pixdesk.services import finalisation
        from pixdesk.services.attachments import attachment_from_bytes

        exam_id = exam_session(db)[0]
        finalisation.attach_document(db, exam_id, attachment_from_bytes("emargement-signe.pdf", scan_pdf(),
                                                                        "attendance_sheet"))
        finalisation.attach_document(db, exam_id, attachment_from_bytes("ecran-question-12.png", photo_png(),
                                                                        "photo"))
        shots += shoot_finalisation(db, exam_id, "fr") + shoot_finalisation(db, exam_id, "en")
        db.close()
    print("\n".join(str(path.relative_to(ROOT)) for path in shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
