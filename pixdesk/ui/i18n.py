"""Installing the interface language: PixDesk's own .qm plus Qt's, the default QLocale and the domain messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pixdesk import language
from pixdesk.paths import resource_path

# Source strings are French; each other language comes from resources/translations/pixdesk_<lang>.qm.
LOCALES = {code: QLocale(language.locale_name(code)) for code in language.SUPPORTED}
_installed: list[QTranslator] = []



def translation_file(lang: str):
    return resource_path("translations", f"pixdesk_{lang}.qm")


def install_language(lang: str) -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language.set_current(lang)
    QLocale.setDefault(LOCALES[lang])
    qt_own = QTranslator(app)
    if qt_own.load(LOCALES[lang], "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if lang != language.SOURCE:
        ours = QTranslator(app)
        if not ours.load(str(translation_file(lang))):
            raise FileNotFoundError(translation_file(lang))
        app.installTranslator(ours)
        _installed.append(ours)


def locale() -> QLocale:
    return LOCALES[language.current()]
