"""The Qt part of `pixdesk --self-test`: the platform plugin loads, both languages' translations load (PixDesk's and
Qt's own French), the SVG icon renders and the main window draws on the scratch store. Offscreen when no display."""

from __future__ import annotations

import os
import sys

from pixdesk import language
from pixdesk.gui import display_problem, has_display
from pixdesk.selftest import CheckFailed
from pixdesk.texts import translate

# A word of the main window and its English, as the shipped .qm must give it back.
PROBE_CONTEXT, PROBE_SOURCE, PROBE_ENGLISH = "MainWindow", "&Fichier", "&File"


def check_window(db) -> str:
    notes = []
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            notes.append(translate("selftest", "aucun écran : vérifié hors écran"))
        else:
            problem = display_problem()
            if problem:
                raise CheckFailed(problem)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QGuiApplication

    from pixdesk.ui.app import create_application
    from pixdesk.ui.i18n import install_language
    from pixdesk.ui.icons import app_icon
    from pixdesk.ui.main_window import MainWindow

    app = create_application()
    previous = language.current()
    try:
        install_language("en")
        english = QCoreApplication.translate(PROBE_CONTEXT, PROBE_SOURCE)
        if english != PROBE_ENGLISH:
            raise CheckFailed(translate("selftest", "traduction anglaise absente ({text})").format(text=english))
        qt_french = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt_french.load(QLocale(QLocale.Language.French), "qtbase", "_", folder):
            raise CheckFailed(translate("selftest", "traductions françaises de Qt absentes de {folder}").format(
                folder=folder))
    finally:
        install_language(previous)
    if app_icon().pixmap(64, 64).isNull():
        raise CheckFailed(translate("selftest", "l'icône SVG ne se dessine pas (module SVG de Qt manquant)"))

    window = MainWindow(db)
    try:
        window.show()
        app.processEvents()
        picture = window.grab()
        if picture.isNull() or picture.width() < 100:
            raise CheckFailed(translate("selftest", "la fenêtre principale ne se dessine pas"))
        size = f"{picture.width()}×{picture.height()}"
    finally:
        window.hide()  # hide, not close: closing would save this scratch window's geometry as the user's
        window.deleteLater()
        app.processEvents()
    detail = translate("selftest", "Qt {qt}, plateforme {platform}, traductions fr et en, fenêtre {size}").format(
        qt=pyside_version, platform=QGuiApplication.platformName(), size=size)
    return "; ".join([detail, *notes])
