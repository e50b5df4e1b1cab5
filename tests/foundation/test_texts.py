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


def test_a_third_language_is_a_catalogue_file_to_add(tmp_path, monkeypatch):
    from pixdesk import language, texts
    from pixdesk.models.messages import MESSAGES, message
    from pixdesk.paths import resource_path

    folder = tmp_path / "translations"
    folder.mkdir()
    english = resource_path("translations", "pixdesk_en.ts").read_text(encoding="utf-8")
    (folder / "pixdesk_en.ts").write_text(english, encoding="utf-8")
    german = english.replace('language="en_GB"', 'language="de_DE"')
    german = german.replace("<translation>English</translation>", "<translation>Deutsch</translation>")
    german = german.replace("<translation>Please enter a room name.</translation>",
                            "<translation>Bitte geben Sie einen Raum an.</translation>")
    (folder / "pixdesk_de.ts").write_text(german, encoding="utf-8")
    in_folder = lambda *parts: tmp_path.joinpath(*parts)  # noqa: E731
    monkeypatch.setattr(language, "resource_path", in_folder)
    monkeypatch.setattr(texts, "resource_path", in_folder)
    texts._catalogue.cache_clear()
    try:
        assert language._catalogues() == ("de", "en")
        assert language.locale_name("de") == "de_DE"
        assert texts.language_name("de") == "Deutsch"
        assert message("SESSION_ROOM_REQUIRED", "de") == "Bitte geben Sie einen Raum an."
        assert MESSAGES["SESSION_ROOM_REQUIRED"] == message("SESSION_ROOM_REQUIRED", "fr")
    finally:
        texts._catalogue.cache_clear()
