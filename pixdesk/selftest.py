"""`pixdesk --self-test`: does this installation work? Each check runs the real code path a centre relies on
(reference data, the store, the PDF and spreadsheet writers and readers, the keyring, Qt) on scratch data, never on
the user's store, and prints one line. Installers and CI run it on what they built."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pixdesk import __version__
from pixdesk.texts import translate

# The commune and the postal code every installation must find in its reference data (Saint-Étienne).
PROBE_POSTAL_CODE, PROBE_CITY, PROBE_INSEE = "42000", "Saint-Étienne", "42218"
FONT_NAME = b"DejaVuSans"


class CheckFailed(Exception):
    """A check ran and found the installation wrong; the message says what, for the centre's IT person."""


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str

    def as_json(self) -> dict:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclass
class Scratch:
    """What the checks share: a scratch store in the user-data folder and a temporary folder for files."""
    store_path: Path
    files: Path
    db: object = None
    session_id: int | None = None
    empty_session_id: int | None = None


def check_reference(_scratch: Scratch) -> str:
    from pixdesk.reference import geography

    commune = geography.match_postal_code_city(PROBE_POSTAL_CODE, PROBE_CITY)
    if commune is None or commune.insee_code != PROBE_INSEE:
        raise CheckFailed(translate("selftest", "{postal} {city} introuvable").format(
            postal=PROBE_POSTAL_CODE, city=PROBE_CITY))
    if geography.find_country("Pologne") is None:
        raise CheckFailed(translate("selftest", "liste des pays illisible"))
    return f"{PROBE_POSTAL_CODE} {PROBE_CITY} → INSEE {commune.insee_code}"


def check_store(scratch: Scratch) -> str:
    from pixdesk.models.session_rules import SessionInput
    from pixdesk.services.sessions import create_session, list_sessions
    from pixdesk.store import open_database

    scratch.db = open_database(scratch.store_path)
    with scratch.db.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    if str(mode).lower() != "wal":
        raise CheckFailed(translate("selftest", "journal {mode} au lieu de WAL").format(mode=mode))
    day = (date.today() + timedelta(days=7)).isoformat()
    created = [create_session(scratch.db, SessionInput("Auto-test", room, day, "09:00", "PixDesk"))
               for room in ("A", "B")]
    if sorted(s.id for s in list_sessions(scratch.db)) != sorted(s.id for s in created):
        raise CheckFailed(translate("selftest", "les sessions écrites ne se relisent pas"))
    scratch.session_id, scratch.empty_session_id = created[0].id, created[1].id
    return translate("selftest", "WAL, {count} sessions écrites et relues dans {folder}").format(
        count=len(created), folder=scratch.store_path.parent)


def _with_candidates(scratch: Scratch) -> int:
    """The demo candidates, once: their Polish and Romanian names test the embedded font and the .ods round trip."""
    from pixdesk.services.candidates import add_candidate, list_candidates
    from pixdesk.services.demo import DEMO_CANDIDATES

    _needs_store(scratch)
    if not list_candidates(scratch.db, scratch.session_id):
        for candidate in DEMO_CANDIDATES:
            add_candidate(scratch.db, scratch.session_id, candidate)
    return len(DEMO_CANDIDATES)


def check_pdf(scratch: Scratch) -> str:
    from pixdesk.documents.exports import export_document

    _with_candidates(scratch)
    result = export_document("session-pack", scratch.db, scratch.session_id, scratch.files / "pack.pdf")
    content = result.path.read_bytes()
    if not content.startswith(b"%PDF") or b"/FontFile2" not in content or FONT_NAME not in content:
        raise CheckFailed(translate("selftest", "la police DejaVu Sans n'est pas incorporée au PDF"))
    return translate("selftest", "{pages} pages, police DejaVu Sans incorporée").format(pages=result.pages)


def check_spreadsheet(scratch: Scratch) -> str:
    from pixdesk.documents.candidate_import import import_candidates
    from pixdesk.documents.exports import export_document

    written = _with_candidates(scratch)
    sheet = export_document("candidates-sheet", scratch.db, scratch.session_id, scratch.files / "candidats.ods")
    read_back = import_candidates(scratch.db, scratch.empty_session_id, sheet.path).count
    if read_back != written:
        raise CheckFailed(translate("selftest", "{written} candidats écrits, {read} relus").format(
            written=written, read=read_back))
    return translate("selftest", "{count} candidats écrits puis relus (.ods)").format(count=read_back)


def check_attachments(scratch: Scratch) -> str:
    """What a finalisation accepts: the PDF written above opened by PDFium, a PNG and a JPEG decoded by Pillow."""
    import io

    from PIL import Image

    from pixdesk.services.attachments import attachment_from_bytes

    pack = scratch.files / "pack.pdf"
    if not pack.exists():
        raise CheckFailed(translate("selftest", "pas de PDF à ouvrir (voir plus haut)"))
    pdf = attachment_from_bytes(pack.name, pack.read_bytes())
    for kind in ("PNG", "JPEG"):
        picture = io.BytesIO()
        Image.new("RGB", (64, 48), (61, 104, 255)).save(picture, kind)
        attachment_from_bytes(f"scan.{kind.lower()}", picture.getvalue())
    return translate("selftest", "PDF de {pages} pages ouvert par PDFium, PNG et JPEG décodés").format(
        pages=pdf.page_count)


def check_keyring(_scratch: Scratch) -> str:
    """Names the backend that will keep the server password. Keyring not installed is information, not a fault:
    PixDesk works offline without it."""
    from pixdesk.sync.credentials import keyring_status

    try:
        status = keyring_status()
    except ImportError:
        return translate("selftest", "non installé (information : rien n'est enregistré dans un trousseau)")
    if not status.usable:  # keyring's fail or null backend, or a file backend that would prompt: nothing stored
        return translate("selftest", "{name} : aucun trousseau utilisable, le mot de passe ne sera pas retenu").format(
            name=status.backend)
    return status.backend


def check_qt(scratch: Scratch) -> str:
    try:
        from pixdesk.ui.selftest import check_window
    except ImportError as error:
        raise CheckFailed(str(error)) from error
    _needs_store(scratch)
    return check_window(scratch.db)


def _needs_store(scratch: Scratch) -> None:
    if scratch.db is None or scratch.session_id is None:
        raise CheckFailed(translate("selftest", "la base de test n'a pas pu être créée (voir plus haut)"))


CHECKS: list[tuple[str, Callable[[Scratch], str]]] = [
    ("reference", check_reference),
    ("store", check_store),
    ("pdf", check_pdf),
    ("spreadsheet", check_spreadsheet),
    ("attachments", check_attachments),
    ("keyring", check_keyring),
    ("qt", check_qt),  # last: a Qt that cannot load may take the process down with it
]


def labels() -> dict[str, str]:
    return {
        "reference": translate("selftest", "Données de référence"),
        "store": translate("selftest", "Base SQLite"),
        "pdf": translate("selftest", "PDF"),
        "spreadsheet": translate("selftest", "Tableur"),
        "attachments": translate("selftest", "Pièces jointes"),
        "keyring": translate("selftest", "Trousseau"),
        "qt": translate("selftest", "Qt"),
    }


@contextmanager
def scratch_space(data_folder: Path) -> Iterator[Scratch]:
    """A store named for this process beside the user's (never the user's), removed with its WAL files after."""
    store_path = data_folder / f"self-test-{os.getpid()}.sqlite"
    with tempfile.TemporaryDirectory(prefix="pixdesk-self-test-") as files:
        scratch = Scratch(store_path=store_path, files=Path(files))
        try:
            yield scratch
        finally:
            if scratch.db is not None:
                scratch.db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{store_path}{suffix}").unlink(missing_ok=True)
            _remove_backups(store_path)


def _remove_backups(store_path: Path) -> None:
    """The scratch store's daily backup, and the backups folder if it was made only for it."""
    from pixdesk.store.backups import backup_folder, backups_of

    for backup in backups_of(store_path):
        backup.unlink(missing_ok=True)
    try:
        backup_folder(store_path).rmdir()
    except OSError:
        pass  # the user's own backups are there


def run_checks(data_folder: Path, report: Callable[[CheckResult], None]) -> list[CheckResult]:
    results = []
    with scratch_space(data_folder) as scratch:
        for key, check in CHECKS:
            try:
                result = CheckResult(key, True, check(scratch))
            except CheckFailed as error:
                result = CheckResult(key, False, str(error))
            except Exception as error:  # a broken install raises anything: name it, go on with the next check
                result = CheckResult(key, False, f"{type(error).__name__}: {error}")
            report(result)
            results.append(result)
    return results


def run(data_folder: Path, as_json: bool = False) -> int:
    """Prints one line per check (or one JSON document) and returns 0 only if every check passed."""
    import json

    started = time.perf_counter()
    names = labels()

    def print_line(result: CheckResult) -> None:
        if not as_json:
            mark = translate("selftest", "ok") if result.ok else translate("selftest", "ÉCHEC")
            print(translate("selftest", "[{mark}] {name} : {detail}").format(
                mark=mark, name=names[result.name], detail=result.detail), flush=True)

    results = run_checks(data_folder, print_line)
    failed = [r for r in results if not r.ok]
    elapsed = time.perf_counter() - started
    if as_json:
        json.dump({"version": __version__, "ok": not failed, "seconds": round(elapsed, 2),
                   "checks": [r.as_json() for r in results]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif failed:
        print(translate("selftest", "PixDesk {version} : {failed} vérification(s) sur {total} en échec.").format(
            version=__version__, failed=len(failed), total=len(results)))
    else:
        print(translate("selftest", "PixDesk {version} : les {total} vérifications sont passées en {seconds:.1f} s.")
              .format(version=__version__, total=len(results), seconds=elapsed))
    return 1 if failed else 0

