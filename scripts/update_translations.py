"""Refresh the translations: collect every string PixDesk shows or prints (the window's `tr()` and the Qt-free
`translate()` / `QT_TRANSLATE_NOOP()` calls of pixdesk.texts) into resources/translations/pixdesk_en.ts
(pyside6-lupdate keeps the translations already written) and compile the .qm files the window loads.

    python scripts/update_translations.py           # update the .ts, then compile the .qm
    python scripts/update_translations.py --check   # exit 1 if a string is new, changed or untranslated

Source strings are French (the default language); translate the English in the .ts with Qt Linguist or by hand,
then run this again so the committed .qm matches."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "pixdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = tuple(sorted(p.stem.removeprefix("pixdesk_") for p in TRANSLATIONS.glob("pixdesk_*.ts")))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"pixdesk_{lang}.ts"


def qt_tool(name: str) -> list[str]:
    """Qt's lupdate/lrelease through the running interpreter's PySide6, never whatever is on PATH."""
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def lupdate(target: Path) -> None:
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    subprocess.run([*qt_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(target)],
                   check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([*qt_tool("lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True)


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when missing or unfinished."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and (translation.text or "").strip()
            found[(name, message.findtext("source"))] = translation.text if done else None
    return found


def problems(lang: str) -> list[str]:
    """What a release would lack: strings in the code but not in the .ts, or without a finished translation."""
    committed = ts_path(lang)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / committed.name
        shutil.copy(committed, fresh)
        lupdate(fresh)
        current = messages(fresh)
    known = messages(committed)
    found = [f"{lang}: not in {committed.name}: [{c}] {s}" for (c, s) in current if (c, s) not in known]
    found += [f"{lang}: untranslated: [{c}] {s}" for (c, s), text in current.items() if text is None]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing translations, change nothing")
    args = parser.parse_args()
    if args.check:
        found = [problem for lang in LANGUAGES for problem in problems(lang)]
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), TRANSLATIONS / f"pixdesk_{lang}.qm")
        missing = [key for key, text in messages(ts_path(lang)).items() if text is None]
        print(f"{lang}: {len(messages(ts_path(lang)))} strings, {len(missing)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
