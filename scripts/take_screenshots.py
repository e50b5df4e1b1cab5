"""Render the main screens offscreen on demo data and save them to docs/screenshots/ (French and English).

    QT_QPA_PLATFORM=offscreen python scripts/take_screenshots.py

Uses a throwaway store and settings folder, so the user's own data and preferences are never touched."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
from pixdesk.ui.sign_in import SignInDialog  # noqa: E402
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

    sign_in = SignInDialog(window)
    sign_in.show()
    shots.append(save(sign_in, f"sign-in-{lang}"))
    sign_in.reject()
    window.close()
    return shots


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        create_application()
        settings.app_settings().setValue(settings.SIGN_IN_ASKED, True)
        db = open_database(Path(folder) / "demo.sqlite")
        seed_demo(db)
        shots = shoot(db, "fr") + shoot(db, "en") + shoot(db, "fr", DARK)
        db.close()
    print("\n".join(str(path.relative_to(ROOT)) for path in shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
