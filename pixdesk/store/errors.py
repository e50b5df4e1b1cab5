"""What a store failure means for the user: one line in their language, never SQL, values or a stack trace.

The command line and the window both show `StoreError.message()`; `store_error_from()` turns whatever SQLite,
SQLAlchemy or the operating system raised into one. Codes and the user's words live here, in one place.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pixdesk.models.errors import DomainError, Problem
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

# Below this much free space, an I/O error while writing is a full disk (SQLite often reports it as "disk I/O
# error" when the WAL or its index cannot grow).
LOW_DISK_BYTES = 4 * 1024 * 1024

MESSAGES = {
    "STORE_BUSY": QT_TRANSLATE_NOOP(
        "store", "La base est utilisée par un autre PixDesk : réessayez dans un instant."),
    "STORE_DISK_FULL": QT_TRANSLATE_NOOP(
        "store", "Disque plein : libérez de la place sur le disque de {folder}, puis réessayez. "
                 "Rien n'a été enregistré."),
    "STORE_READ_ONLY": QT_TRANSLATE_NOOP(
        "store", "Base en lecture seule : {path} ne peut pas être modifiée (droits du fichier ou de son dossier, "
                 "ou support protégé). Consultation et impression restent possibles."),
    "STORE_READ_ONLY_OUTDATED": QT_TRANSLATE_NOOP(
        "store", "Base en lecture seule : {path} vient d'une version plus ancienne de PixDesk et doit être mise "
                 "à jour ; ouvrez-la une fois avec les droits d'écriture."),
    "STORE_FOLDER_READ_ONLY": QT_TRANSLATE_NOOP(
        "store", "Impossible de créer la base dans {folder} : dossier en lecture seule ou inaccessible."),
    "STORE_FOLDER_NOT_A_FOLDER": QT_TRANSLATE_NOOP(
        "store", "Impossible de créer la base dans {folder} : ce chemin passe par un fichier, pas un dossier."),
    "STORE_DAMAGED": QT_TRANSLATE_NOOP(
        "store", "Base endommagée : {path}. Rien n'y a été écrit. Restaurez la dernière sauvegarde : "
                 "pixdesk restore \"{backup}\""),
    "STORE_DAMAGED_NO_BACKUP": QT_TRANSLATE_NOOP(
        "store", "Base endommagée : {path}. Rien n'y a été écrit. Restaurez une sauvegarde : "
                 "pixdesk restore FICHIER"),
    "STORE_NOT_A_DATABASE": QT_TRANSLATE_NOOP(
        "store", "{path} n'est pas une base PixDesk."),
    "STORE_NEWER": QT_TRANSLATE_NOOP(
        "store", "{path} a été écrite par une version plus récente de PixDesk (schéma {version}, celle-ci "
                 "connaît {known}) : mettez PixDesk à jour."),
    "STORE_NOT_A_FILE": QT_TRANSLATE_NOOP(
        "store", "{path} n'est pas un fichier ordinaire : indiquez un fichier de base PixDesk (.sqlite)."),
    "STORE_PATH_EMPTY": QT_TRANSLATE_NOOP(
        "store", "chemin de la base vide : indiquez un fichier, ou omettez l'option pour utiliser la base "
                 "habituelle."),
    "STORE_CANNOT_OPEN": QT_TRANSLATE_NOOP(
        "store", "Impossible d'ouvrir {path} : vérifiez que le fichier et son dossier existent et sont "
                 "accessibles."),
    "STORE_IO": QT_TRANSLATE_NOOP(
        "store", "Erreur de lecture ou d'écriture sur le disque de {path} : vérifiez le support (clé retirée, "
                 "disque réseau coupé), puis réessayez."),
    "STORE_FAILED": QT_TRANSLATE_NOOP(
        "store", "La base a refusé l'opération ({reason}) : rien n'a été enregistré."),
    "RESTORE_NOT_A_FILE": QT_TRANSLATE_NOOP("store", "{path} : fichier introuvable ou qui n'est pas un fichier ordinaire."),
    "RESTORE_DAMAGED": QT_TRANSLATE_NOOP(
        "store", "{path} est endommagé : rien n'a été restauré ; choisissez une autre sauvegarde."),
    "RESTORE_NOT_PIXDESK": QT_TRANSLATE_NOOP(
        "store", "{path} n'est pas une sauvegarde PixDesk : rien n'a été restauré."),
    "RESTORE_NEWER": QT_TRANSLATE_NOOP(
        "store", "{path} vient d'une version plus récente de PixDesk (schéma {version}, celle-ci connaît "
                 "{known}) : rien n'a été restauré."),
    "RESTORE_SAME_FILE": QT_TRANSLATE_NOOP("store", "{path} est la base elle-même : choisissez une sauvegarde."),
    "BACKUP_NO_STORE": QT_TRANSLATE_NOOP("store", "Aucune base à sauvegarder : {path} n'existe pas."),
    "BACKUP_TARGET_NOT_A_FILE": QT_TRANSLATE_NOOP(
        "store", "{path} n'est pas un fichier ordinaire : indiquez le fichier de sauvegarde à écrire."),
    "BACKUP_SAME_FILE": QT_TRANSLATE_NOOP("store", "{path} est la base elle-même : choisissez un autre fichier."),
    "BACKUP_NOT_WRITABLE": QT_TRANSLATE_NOOP(
        "store", "Impossible d'écrire la sauvegarde {path} : dossier en lecture seule ou accès refusé."),
}
# Problems with a path the user gave (an option or an argument), not with the machine: refused as bad input
# (exit 2), naming the field. The others (busy, read-only, full, damaged) are failures (exit 1).
FIELDS = {
    "STORE_NOT_A_FILE": "db", "STORE_PATH_EMPTY": "db", "BACKUP_NO_STORE": "db",
    "RESTORE_NOT_A_FILE": "file", "RESTORE_DAMAGED": "file", "RESTORE_NOT_PIXDESK": "file",
    "RESTORE_NEWER": "file", "RESTORE_SAME_FILE": "file",
    "BACKUP_TARGET_NOT_A_FILE": "output", "BACKUP_SAME_FILE": "output", "BACKUP_NOT_WRITABLE": "output",
}


@dataclass(frozen=True)
class StoreProblem(Problem):
    """A Problem whose words are the store's (below), not the domain rules'."""

    def message(self, lang: str | None = None) -> str:
        return translate("store", MESSAGES[self.code], lang).format(**self.params)


class StoreError(DomainError):
    """The store cannot do what was asked, and nothing was changed. A DomainError, so every screen that shows a
    refused action shows it too; `message()` is one line for the user; `str()` is only the code, so a log or a
    traceback never carries a path, SQL or a candidate's details."""

    def __init__(self, code: str, path: Path | str | None = None, **params: object):
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            params = {"path": str(self.path), "folder": str(self.path.parent), **params}
        super().__init__(StoreProblem(code, FIELDS.get(code), params))

    def message(self, lang: str | None = None) -> str:
        return self.problems[0].message(lang)

    @property
    def field(self) -> str | None:
        """The option or argument at fault when the problem is the path the user gave, else None."""
        return self.problems[0].field


def sqlite_error_of(error: BaseException) -> sqlite3.Error | None:
    # SQLAlchemy's DBAPIError carries the driver's error as `orig`; read by name, so that reads which never load
    # SQLAlchemy (the session list) do not import it for this check.
    original = getattr(error, "orig", None)
    if isinstance(original, sqlite3.Error):
        return original
    return error if isinstance(error, sqlite3.Error) else None


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def store_error_from(error: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError that explains `error` on the store at `path`, or None when it is not a store failure."""
    if isinstance(error, StoreError):
        return error
    path = Path(path)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return StoreError("STORE_DISK_FULL", path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreError("STORE_READ_ONLY", path)
        return None
    found = sqlite_error_of(error)
    if found is None:
        return None
    name = getattr(found, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError("STORE_BUSY", path)
    if name.startswith("SQLITE_READONLY"):
        return StoreError("STORE_READ_ONLY", path)
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and disk_is_full(path.parent)):
        return StoreError("STORE_DISK_FULL", path)
    if name.startswith("SQLITE_IOERR"):
        return StoreError("STORE_IO", path)
    if name.startswith("SQLITE_CORRUPT"):
        return damaged(path)
    if name == "SQLITE_NOTADB":
        return StoreError("STORE_NOT_A_DATABASE", path)
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError("STORE_CANNOT_OPEN", path)
    return StoreError("STORE_FAILED", path, reason=name or type(found).__name__)


def damaged(path: Path) -> StoreError:
    """The refusal of a damaged store, naming the backup to restore when there is one."""
    from pixdesk.store.backups import latest_backup  # backups imports this module

    backup = latest_backup(path)
    if backup is None:
        return StoreError("STORE_DAMAGED_NO_BACKUP", path)
    return StoreError("STORE_DAMAGED", path, backup=str(backup))
