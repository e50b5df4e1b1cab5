"""Which server and account this store synchronises with, and where its pull stands: non-secret facts kept in the
store's `store_meta` (the refresh token is in the keyring, see credentials.py).

`server_url(db)` is the address the user signed in to (the update check asks that server, and no other)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from pixdesk.models.tables import StoreMeta
from pixdesk.services.changes import ACCOUNT_KEY
from pixdesk.store import Database
from pixdesk.sync.credentials import account_name

SERVER_KEY = "sync.server_url"
CENTRE_KEY = "sync.centre_id"
CENTRE_NAME_KEY = "sync.centre_name"
CURSOR_KEY = "sync.cursor"
LAST_SYNC_KEY = "sync.last_sync"
_ACCOUNT_KEYS = (SERVER_KEY, ACCOUNT_KEY, CENTRE_KEY, CENTRE_NAME_KEY, CURSOR_KEY, LAST_SYNC_KEY)


@dataclass(frozen=True)
class Account:
    server_url: str
    email: str
    centre_id: int
    centre_name: str

    @property
    def keyring_account(self) -> str:
        return account_name(self.email, self.server_url)


def _meta(db: Database) -> dict[str, str]:
    with db.session() as session:
        rows = session.exec(select(StoreMeta).where(StoreMeta.key.in_(_ACCOUNT_KEYS)))  # type: ignore[attr-defined]
        return {row.key: row.value for row in rows}


def _write(db: Database, values: dict[str, str | None]) -> None:
    with db.transaction() as session:
        for key, value in values.items():
            row = session.get(StoreMeta, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(StoreMeta(key=key, value=value))
            else:
                row.value = value
                session.add(row)


def current_account(db: Database) -> Account | None:
    meta = _meta(db)
    if not (meta.get(SERVER_KEY) and meta.get(ACCOUNT_KEY) and meta.get(CENTRE_KEY)):
        return None
    return Account(meta[SERVER_KEY], meta[ACCOUNT_KEY], int(meta[CENTRE_KEY]), meta.get(CENTRE_NAME_KEY, ""))


def server_url(db: Database) -> str | None:
    """The server this store signed in to (for the update check), or None."""
    return _meta(db).get(SERVER_KEY)


def remember(db: Database, account: Account) -> None:
    """Signed in: the audit names this e-mail from now on. Another server or centre starts its pull afresh."""
    previous = current_account(db)
    same_place = previous is not None and (previous.server_url, previous.centre_id) == (
        account.server_url, account.centre_id)
    values: dict[str, str | None] = {SERVER_KEY: account.server_url, ACCOUNT_KEY: account.email,
                                     CENTRE_KEY: str(account.centre_id), CENTRE_NAME_KEY: account.centre_name}
    if not same_place:
        values[CURSOR_KEY] = None
    _write(db, values)


def forget(db: Database) -> None:
    """Signed out: the audit says "local" again. The server address and cursor stay, so that signing in again to
    the same place does not pull everything anew."""
    _write(db, {ACCOUNT_KEY: None})


def cursor(db: Database) -> str | None:
    return _meta(db).get(CURSOR_KEY)


def last_sync(db: Database) -> datetime | None:
    value = _meta(db).get(LAST_SYNC_KEY)
    return datetime.fromisoformat(value) if value else None


def cursor_and_last_sync(db: Database) -> tuple[str | None, datetime | None]:
    meta = _meta(db)
    value = meta.get(LAST_SYNC_KEY)
    return meta.get(CURSOR_KEY), datetime.fromisoformat(value) if value else None
