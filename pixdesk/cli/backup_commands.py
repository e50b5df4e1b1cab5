"""`pixdesk backup [-o FILE] [--list]` and `pixdesk restore FILE`: a copy of the store, and the way back to one.

Both handle the store file themselves (they do not open it as the other commands do), so that a damaged store
can still be copied and replaced.
"""

from __future__ import annotations

import argparse
import errno
import sqlite3
from datetime import datetime
from pathlib import Path

from pixdesk.cli.context import CommandContext
from pixdesk.cli.output import print_json, print_table
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

TEXTS = {
    "written": QT_TRANSLATE_NOOP("cli", "Sauvegarde écrite : {path} (sessions : {sessions}, candidats : {candidates})"),
    "restored": QT_TRANSLATE_NOOP(
        "cli", "Sauvegarde {source} restaurée dans {store} (sessions : {sessions}, candidats : {candidates})."),
    "kept": QT_TRANSLATE_NOOP("cli", "La base remplacée est conservée : {path}"),
    "no_backups": QT_TRANSLATE_NOOP("cli", "Aucune sauvegarde dans {folder}"),
    "when": QT_TRANSLATE_NOOP("cli", "Date"),
    "size": QT_TRANSLATE_NOOP("cli", "Taille"),
    "file": QT_TRANSLATE_NOOP("cli", "Fichier"),
}


def _text(key: str, **params: object) -> str:
    return translate("cli", TEXTS[key]).format(**params)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser("backup", parents=[common],
                                   help="copy the store / sauvegarder la base (SQLite backup API)")
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="fichier à écrire (par défaut : le dossier backups/ à côté de la base)")
    backup.add_argument("--list", action="store_true", help="lister les sauvegardes de la base")
    backup.set_defaults(handler=backup_command, opens_store=False)

    restore = subparsers.add_parser("restore", parents=[common],
                                    help="replace the store with a backup / restaurer une sauvegarde")
    restore.add_argument("file", metavar="FILE", help="sauvegarde à restaurer (.sqlite)")
    restore.set_defaults(handler=restore_command, opens_store=False)


def backup_command(ctx: CommandContext) -> int:
    from pixdesk.store import backups
    from pixdesk.store.errors import StoreError
    from pixdesk.store.files import check_store_path

    store = check_store_path(ctx.db_path)
    if ctx.args.list:
        return _list(ctx, store)
    if not store.is_file():
        raise StoreError("BACKUP_NO_STORE", store)
    destination = Path(ctx.args.output).expanduser() if ctx.args.output else backups.backup_path(store)
    if destination.exists() and not destination.is_file():
        raise StoreError("BACKUP_TARGET_NOT_A_FILE", destination)
    if destination.exists() and destination.resolve() == store.resolve():
        raise StoreError("BACKUP_SAME_FILE", destination)
    try:
        backups.make_backup(store, destination)
    except OSError as error:
        raise _destination_error(destination, error) from error
    except sqlite3.Error as error:
        raise _store_error(store, error) from error
    info = backups.inspect_backup(destination)
    if ctx.as_json:
        print_json({**info.as_json(), "size": destination.stat().st_size, "store": str(store.resolve())})
    else:
        print(_text("written", path=destination, sessions=info.sessions, candidates=info.candidates))
    return 0


def _list(ctx: CommandContext, store: Path) -> int:
    from pixdesk.store import backups

    found = list(reversed(backups.backups_of(store)))
    rows = [(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size) for p in found]
    if ctx.as_json:
        print_json([{"path": str(p.resolve()), "created_at": when.isoformat(timespec="seconds"), "size": size}
                    for p, when, size in rows])
    elif not rows:
        print(_text("no_backups", folder=backups.backup_folder(store)))
    else:
        print_table((_text("when"), _text("size"), _text("file")),
                    [(when.strftime("%Y-%m-%d %H:%M"), f"{size / 1_000_000:.1f} MB", p) for p, when, size in rows])
    return 0


def restore_command(ctx: CommandContext) -> int:
    from pixdesk.store import backups, open_database
    from pixdesk.store.files import check_store_path, create_private_file, prepare_folder

    store = check_store_path(ctx.db_path)
    source = Path(ctx.args.file).expanduser()
    backups.inspect_backup(source)  # before anything is created or kept aside
    if not store.exists():
        prepare_folder(store)
        create_private_file(store)
    try:
        info, previous = backups.restore(store, source)
    except sqlite3.Error as error:
        raise _store_error(store, error) from error
    open_database(store).close()  # brings an older backup up to this version's schema (with its own backup)
    if ctx.as_json:
        print_json({"restored_from": str(source.resolve()), "store": str(store.resolve()),
                    "previous_store": str(previous.resolve()) if previous else None,
                    "schema_version": info.schema_version, "sessions": info.sessions,
                    "candidates": info.candidates})
        return 0
    print(_text("restored", source=source, store=store, sessions=info.sessions, candidates=info.candidates))
    if previous is not None:
        print(_text("kept", path=previous))
    return 0


def _store_error(store: Path, error: sqlite3.Error):
    from pixdesk.store.errors import StoreError, store_error_from

    return store_error_from(error, store) or StoreError("STORE_CANNOT_OPEN", store)


def _destination_error(destination: Path, error: OSError):
    from pixdesk.store.errors import StoreError

    if error.errno == errno.ENOSPC:
        return StoreError("STORE_DISK_FULL", destination)
    return StoreError("BACKUP_NOT_WRITABLE", destination)
