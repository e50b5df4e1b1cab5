"""Qt-free words come from the same .ts catalogue as the window's, and fall back to the French source."""

from pixdesk import language
from pixdesk.texts import QT_TRANSLATE_NOOP, _catalogue, translate


def test_translate_reads_the_english_catalogue_without_qt():
    assert translate("MainWindow", "Sessions", "en") == "Sessions"
    english = _catalogue("en")
    assert len(english) > 150
    (context, source), text = next(iter(english.items()))
    assert translate(context, source, "en") == text


def test_french_is_the_source_and_unknown_texts_fall_back_to_it():
    assert translate("nowhere", "Texte sans traduction", "en") == "Texte sans traduction"
    some_context, some_source = next(iter(_catalogue("en")))
    assert translate(some_context, some_source, "fr") == some_source


def test_translate_follows_the_current_language(monkeypatch):
    (context, source), text = next((k, v) for k, v in _catalogue("en").items() if k[1] != v)
    monkeypatch.setattr(language, "_current", "en")
    assert translate(context, source) == text
    monkeypatch.setattr(language, "_current", "fr")
    assert translate(context, source) == source


def test_noop_marker_returns_the_source_for_later_translation():
    assert QT_TRANSLATE_NOOP("fields", "Nom de naissance") == "Nom de naissance"
