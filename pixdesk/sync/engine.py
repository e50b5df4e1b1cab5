"""One synchronisation: sign in (refresh token from the keyring, or the password), check the centre is still
ours, pull the others' changes, drain the outbox, pull again; record the run in the sync history.

States (`pixdesk sync status`, the status bar): `up_to_date` (nothing waiting), `pending` (changes waiting to be
sent), `offline` (the server could not be reached: the queue is kept), `error` (signed out, access revoked, or a
change refused: the platform's message says why)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlmodel import select

from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.tables import StoreMeta, SyncRun, utc_now
from pixdesk.services import outbox
from pixdesk.store import Database
from pixdesk.sync import account as accounts
from pixdesk.sync import credentials
from pixdesk.sync.account import Account
from pixdesk.sync.client import (
    AccessRevoked, AuthenticationFailed, Cancelled, InvalidServerUrl, RetryPolicy, ServerClient, ServerUnreachable,
)
from pixdesk.sync.drain import Drain, FailedChange
from pixdesk.sync.local import Applier, FeedChange, own_change_ids

UP_TO_DATE, PENDING, OFFLINE, ERROR = "up_to_date", "pending", "offline", "error"
PAGE_SIZE = 500


class PasswordRequired(DomainError):
    def __init__(self) -> None:
        super().__init__(Problem("SYNC_PASSWORD_REQUIRED", "password"))


class NotSignedIn(DomainError):
    def __init__(self) -> None:
        super().__init__(Problem("SYNC_NOT_SIGNED_IN", "server"))


@dataclass
class Options:
    """How to reach the server: tests and the fault matrix set short timeouts, fast retries, a transport."""

    timeout: httpx.Timeout | float | None = None
    retry: RetryPolicy | None = None
    transport: httpx.BaseTransport | None = None
    lang: str = "fr"
    is_cancelled: Callable[[], bool] | None = None

    def client(self, url: str) -> ServerClient:
        return ServerClient(url, lang=self.lang, timeout=self.timeout, retry=self.retry, transport=self.transport,
                            is_cancelled=self.is_cancelled)


@dataclass
class SyncReport:
    state: str
    sent: int = 0
    received: int = 0
    pending: int = 0
    failed: list[FailedChange] = field(default_factory=list)
    message: str | None = None
    run_id: int | None = None

    def as_json(self) -> dict:
        return {"sent": self.sent, "received": self.received, "pending": self.pending,
                "failed": [f.as_json() for f in self.failed], "state": self.state, "message": self.message}


# --- signing in and out

def adopt_centre(db: Database, me: dict, centre_id: int) -> None:
    """The centre as the server knows it (name, type, habilitations): the rules this desktop applies (billing,
    complementary certifications) are then the ones the server applies, so it never accepts what the server
    refuses."""
    from pixdesk.services.centres import get_centre, update_centre

    for item in me.get("included", []):
        if item.get("type") != "allowed-certification-center-accesses" or int(item["id"]) != centre_id:
            continue
        attributes = item.get("attributes") or {}
        name, kind = attributes.get("name") or None, attributes.get("type")
        keys = sorted(attributes.get("habilitations") or [])
        local = get_centre(db)
        if (local.name, local.type, sorted(k for k in local.habilitations.split(",") if k)) != (
                name or local.name, kind, keys):
            update_centre(db, name=name, type=kind or "NONE", habilitations=keys)


def _pick_centre(me: dict, wanted: str | None, local_name: str | None) -> tuple[int, str]:
    centres = [(int(c["id"]), str(c["attributes"].get("name") or "")) for c in me.get("included", [])
               if c.get("type") == "allowed-certification-center-accesses"]
    if not centres:
        raise DomainError(Problem("SYNC_NO_CENTRE", "email"))
    for name in (wanted, local_name):
        if name:
            for centre in centres:
                if centre[1].casefold() == name.casefold() or str(centre[0]) == name:
                    return centre
    if wanted:
        raise DomainError(Problem("SYNC_NO_CENTRE", "centre"))
    return centres[0]


@dataclass(frozen=True)
class SignIn:
    account: Account
    token_stored: bool
    keyring_backend: str


def sign_in(db: Database, server_url: str, email: str, password: str, *, centre: str | None = None,
            options: Options | None = None) -> SignIn:
    """Checks the password with the server (password grant, scope pix-certif), keeps the refresh token in the
    keyring when there is one (never anywhere else), and remembers the server, e-mail and centre in the store."""
    from pixdesk.services.centres import get_centre

    options = options or Options()
    try:
        client = options.client(server_url)
    except InvalidServerUrl as error:
        raise DomainError(Problem("SYNC_SERVER_URL_NOT_VALID", "server", {"value": error.message})) from None
    with client:
        tokens = client.sign_in(email, password)
        me = client.get_json("/api/certification-point-of-contacts/me")
        centre_id, centre_name = _pick_centre(me, centre, get_centre(db).name)
        account = Account(client.base_url, email.strip().lower(), centre_id, centre_name)
        adopt_centre(db, me, centre_id)
        stored = True
        try:
            credentials.save_token(account.keyring_account, tokens.refresh_token or "")
        except credentials.KeyringUnavailable:
            stored = False
    accounts.remember(db, account)
    return SignIn(account, stored, credentials.keyring_status().backend)


def sign_out(db: Database, options: Options | None = None) -> Account | None:
    """Forgets the refresh token (revoked on the server when it answers) and the signed-in e-mail."""
    account = accounts.current_account(db)
    if account is None:
        return None
    token = credentials.load_token(account.keyring_account)
    if token:
        try:
            with (options or Options(retry=RetryPolicy(attempts=1))).client(account.server_url) as client:
                client.revoke(token)
        except InvalidServerUrl:
            pass
    credentials.delete_token(account.keyring_account)
    accounts.forget(db)
    return account


# --- status

@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    email: str | None
    state: str
    pending: int
    last_sync: datetime | None
    message: str | None = None

    def as_json(self) -> dict:
        return {"server": self.server, "email": self.email, "state": self.state, "pending": self.pending,
                "last_sync": None if self.last_sync is None else self.last_sync.isoformat(timespec="seconds"),
                "message": self.message}


def last_run(db: Database) -> SyncRun | None:
    with db.session() as session:
        return session.exec(select(SyncRun).order_by(SyncRun.id.desc())).first()  # type: ignore[union-attr]


def sync_status(db: Database) -> SyncStatus:
    """From the store alone (no network): the last run's outcome and what is waiting now."""
    account = accounts.current_account(db)
    pending = outbox.pending_count(db)
    run = last_run(db)
    last = accounts.last_sync(db)
    refused = outbox.refused_changes(db)
    if run is not None and run.state in (OFFLINE, ERROR) and run.finished_at is not None and (
            run.state == OFFLINE or not run.failed or refused):
        state, message = run.state, run.message
    elif refused:
        state, message = ERROR, Problem("SYNC_REFUSED", None, {"count": len(refused),
                                                               "message": refused[0].message}).message()
    else:
        state, message = (PENDING if pending else UP_TO_DATE), None
    return SyncStatus(account.server_url if account else accounts.server_url(db), account.email if account else None,
                      state, pending, last, message)


# --- one synchronisation

def _open_run(db: Database, account: Account, trigger: str) -> int:
    with db.transaction() as session:
        run = SyncRun(server=account.server_url, trigger=trigger, state="running")
        session.add(run)
        session.flush()
        return int(run.id)  # type: ignore[arg-type]


def _close_run(db: Database, run_id: int, report: SyncReport) -> None:
    now = utc_now()
    with db.transaction() as session:
        run = session.get(SyncRun, run_id)
        run.finished_at, run.state = now, report.state
        run.sent, run.received, run.pending, run.failed = report.sent, report.received, report.pending, len(
            report.failed)
        run.message = report.message
        session.add(run)
        if report.state in (UP_TO_DATE, PENDING):
            meta = session.get(StoreMeta, accounts.LAST_SYNC_KEY) or StoreMeta(key=accounts.LAST_SYNC_KEY, value="")
            meta.value = now.isoformat()
            session.add(meta)


def authenticate(client: ServerClient, account: Account, password: str | None) -> None:
    token = credentials.load_token(account.keyring_account)
    if token:
        try:
            client.refresh(token)
            return
        except AuthenticationFailed:
            credentials.delete_token(account.keyring_account)
            if not password:
                raise
    if not password:
        raise PasswordRequired()
    tokens = client.sign_in(account.email, password)
    try:
        credentials.save_token(account.keyring_account, tokens.refresh_token or "")
    except credentials.KeyringUnavailable:
        pass  # asked again next time: nothing is stored without a keyring


def _check_membership(db: Database, client: ServerClient, account: Account) -> None:
    me = client.get_json("/api/certification-point-of-contacts/me")
    ids = {int(c["id"]) for c in me.get("included", []) if c.get("type") == "allowed-certification-center-accesses"}
    if account.centre_id not in ids:
        raise AccessRevoked(403, [])
    adopt_centre(db, me, account.centre_id)


def pull(db: Database, client: ServerClient, account: Account) -> int:
    """Every change after the stored cursor, a page per transaction (the page and the new cursor together)."""
    received = 0
    while True:
        params = {"limit": str(PAGE_SIZE)}
        since = accounts.cursor(db)
        if since:
            params["since"] = since
        page = client.get_json(f"/api/certification-centers/{account.centre_id}/changes", params)
        own = own_change_ids(db)
        with db.transaction() as session:
            applier = Applier(session, own)
            for item in page.get("data", []):
                applier.apply(FeedChange(item))
            received += applier.received
            _settle_echoes(session, page.get("data", []), own)
            cursor = (page.get("meta") or {}).get("cursor")
            if cursor:
                meta = session.get(StoreMeta, accounts.CURSOR_KEY) or StoreMeta(key=accounts.CURSOR_KEY, value="")
                meta.value = cursor
                session.add(meta)
        if not (page.get("meta") or {}).get("has-more"):
            return received


def _settle_echoes(session, items: list, own: set[str]) -> None:
    """A write of ours the server committed but whose answer was lost: the feed proves it, so it is settled."""
    from sqlalchemy import update

    from pixdesk.models.tables import OutboxEntry

    keys = [i["attributes"].get("idempotency-key") for i in items]
    mine = [k for k in keys if k in own]
    if mine:
        session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(mine), OutboxEntry.sent_at.is_(None))
                        .values(sent_at=utc_now(), last_error=None))


def synchronise(db: Database, *, password: str | None = None, trigger: str = "command",
                options: Options | None = None, progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """Raises NotSignedIn / PasswordRequired (nothing tried); otherwise returns the report, whose state says how
    it ended (an unreachable server is `offline`, the queue kept)."""
    account = accounts.current_account(db)
    if account is None:
        raise NotSignedIn()
    if not password and not credentials.load_token(account.keyring_account):
        raise PasswordRequired()
    options = options or Options()
    run_id = _open_run(db, account, trigger)
    report = SyncReport(UP_TO_DATE, run_id=run_id)
    try:
        with options.client(account.server_url) as client:
            authenticate(client, account, password)
            _check_membership(db, client, account)
            report.received += pull(db, client, account)
            drained = Drain(db, client, account, progress).run()
            report.sent, report.failed = drained.sent, drained.failed
            report.received += pull(db, client, account)
    except ServerUnreachable as error:
        report.state, report.message = OFFLINE, Problem("SYNC_SERVER_UNREACHABLE", None,
                                                        {"detail": error.message}).message()
    except AccessRevoked as error:
        report.state = ERROR
        report.message = Problem("SYNC_ACCESS_REVOKED", None, {
            "centre": account.centre_name, "detail": error.message or "FORBIDDEN"}).message()
    except AuthenticationFailed as error:
        report.state = ERROR
        report.message = Problem("SYNC_SIGN_IN_AGAIN", None, {"detail": error.message or error.code}).message()
    except Cancelled:
        report.state, report.message = OFFLINE, None
    finally:
        report.pending = outbox.pending_count(db)
        if report.state == UP_TO_DATE:
            if report.failed:
                report.state = ERROR
                report.message = Problem("SYNC_REFUSED", None, {"count": len(report.failed),
                                                                "message": report.failed[0].message}).message()
            elif report.pending:
                report.state = PENDING
        _close_run(db, run_id, report)
    return report
