"""`pixdesk login --server URL --email E`, `pixdesk logout`, `pixdesk sync [--json]`, `pixdesk sync status [--json]`.

Exit codes: 0 done, 2 refused input (a bad address, a wrong password, no password where one is needed, no
access), 3 the server could not be reached (nothing is lost: the changes wait in the store's queue)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from pixdesk.cli.context import CommandContext
from pixdesk.cli.output import print_json
from pixdesk.models.errors import DomainError, Problem
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

PASSWORD_ENV_VAR = "PIXDESK_PASSWORD"
EXIT_OK, EXIT_REFUSED, EXIT_UNREACHABLE = 0, 2, 3
_TEXTS = {
    "password": QT_TRANSLATE_NOOP("cli", "Mot de passe pour {email} sur {server} : "),
    "signed_in": QT_TRANSLATE_NOOP("cli", "Connecté à {server} ({email}), centre « {centre} »."),
    "token_kept": QT_TRANSLATE_NOOP("cli", "La connexion est retenue dans le trousseau du système ({backend})."),
    "no_keyring": QT_TRANSLATE_NOOP(
        "cli", "Aucun trousseau du système utilisable ({backend}) : rien n'est enregistré, le mot de passe sera "
               "demandé à chaque synchronisation (ou lu dans PIXDESK_PASSWORD)."),
    "signed_out": QT_TRANSLATE_NOOP("cli", "Déconnecté de {server} ({email})."),
    "not_signed_in": QT_TRANSLATE_NOOP("cli", "Aucune connexion à un serveur."),
    "synced": QT_TRANSLATE_NOOP("cli", "{sent} envoyée(s), {received} reçue(s), {pending} en attente."),
    "failed": QT_TRANSLATE_NOOP("cli", "Refusée par le serveur : {entity} {entity_id} : {code} : {message}"),
    "status": QT_TRANSLATE_NOOP("cli", "Serveur : {server}\nCompte : {email}\nÉtat : {state}\nEn attente : {pending}\n"
                                       "Dernière synchronisation : {last_sync}"),
    "never": QT_TRANSLATE_NOOP("cli", "jamais"),
    "nobody": QT_TRANSLATE_NOOP("cli", "aucun"),
    "unreachable": QT_TRANSLATE_NOOP("cli", "Serveur injoignable ({detail}) : rien n'a changé, les modifications "
                                            "restent en attente sur ce poste."),
}
STATE_LABELS = {
    "up_to_date": QT_TRANSLATE_NOOP("sync", "À jour"),
    "pending": QT_TRANSLATE_NOOP("sync", "Modifications en attente"),
    "offline": QT_TRANSLATE_NOOP("sync", "Hors ligne"),
    "error": QT_TRANSLATE_NOOP("sync", "Erreur"),
}


def _text(key: str, **params: object) -> str:
    return translate("cli", _TEXTS[key]).format(**params)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    login = subparsers.add_parser("login", parents=[common], help="sign in to a central server / se connecter")
    login.add_argument("--server", required=True, metavar="URL", help="https://… (http:// only to localhost)")
    login.add_argument("--email", required=True, metavar="E-MAIL")
    login.add_argument("--centre", metavar="NAME", help="the centre, when the account belongs to several")
    login.set_defaults(handler=login_command)
    logout = subparsers.add_parser("logout", parents=[common], help="sign out / se déconnecter")
    logout.set_defaults(handler=logout_command)
    sync = subparsers.add_parser("sync", parents=[common], help="synchronise with the central server / synchroniser")
    sync.set_defaults(handler=sync_command)
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")
    status = actions.add_parser("status", parents=[common], help="state of the synchronisation (no network)")
    status.set_defaults(handler=status_command)


def _password(prompt: str) -> str | None:
    """PIXDESK_PASSWORD, else asked on the terminal (never echoed); None when there is no terminal to ask on."""
    from_env = os.environ.get(PASSWORD_ENV_VAR)
    if from_env:
        return from_env
    if not (sys.stdin and sys.stdin.isatty()):
        return None
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def _unreachable(error, as_json: bool, payload: dict | None = None) -> int:
    message = _text("unreachable", detail=error.message)
    if as_json:
        print_json({**(payload or {}), "state": "offline", "message": message})
    print(message, file=sys.stderr)
    return EXIT_UNREACHABLE


def _refused(error, field: str, as_json: bool) -> int:
    """The server's refusal in its own words (already in the user's language), one line each."""
    from pixdesk.cli.output import option_for

    problems = [(p.code, p.message) for p in error.problems] or [(error.code, error.message)]
    if as_json:
        print_json({"errors": [{"code": code, "field": field, "message": message} for code, message in problems]})
    else:
        for _, message in problems:
            print(f"{option_for(field)}: {message}", file=sys.stderr)
    return EXIT_REFUSED


def login_command(ctx: CommandContext) -> int:
    from pixdesk.sync.client import Refused, ServerUnreachable
    from pixdesk.sync.engine import Options, sign_in

    password = _password(_text("password", email=ctx.args.email, server=ctx.args.server))
    if not password:
        raise DomainError(Problem("SYNC_PASSWORD_REQUIRED", "password"))
    try:
        result = sign_in(ctx.db, ctx.args.server, ctx.args.email, password, centre=ctx.args.centre,
                         options=Options(lang=ctx.args.lang or "fr"))
    except ServerUnreachable as error:
        return _unreachable(error, ctx.as_json)
    except Refused as error:
        return _refused(error, "password" if error.status == 401 else "email", ctx.as_json)
    account = result.account
    if ctx.as_json:
        print_json({"server": account.server_url, "email": account.email, "centre_id": account.centre_id,
                    "centre": account.centre_name, "token_stored": result.token_stored,
                    "keyring": result.keyring_backend})
        return EXIT_OK
    print(_text("signed_in", server=account.server_url, email=account.email, centre=account.centre_name))
    print(_text("token_kept" if result.token_stored else "no_keyring", backend=result.keyring_backend))
    return EXIT_OK


def logout_command(ctx: CommandContext) -> int:
    from pixdesk.sync.engine import sign_out

    account = sign_out(ctx.db)
    if ctx.as_json:
        print_json({"signed_out": account is not None, "server": account.server_url if account else None,
                    "email": account.email if account else None})
    elif account is None:
        print(_text("not_signed_in"))
    else:
        print(_text("signed_out", server=account.server_url, email=account.email))
    return EXIT_OK


def sync_command(ctx: CommandContext) -> int:
    from pixdesk.sync import account as accounts
    from pixdesk.sync import credentials
    from pixdesk.sync.engine import OFFLINE, NotSignedIn, Options, synchronise

    current = accounts.current_account(ctx.db)
    if current is None:
        raise NotSignedIn()
    password = None
    if not credentials.load_token(current.keyring_account):
        password = _password(_text("password", email=current.email, server=current.server_url))
    report = synchronise(ctx.db, password=password, trigger="command", options=Options(lang=ctx.args.lang or "fr"))
    if ctx.as_json:
        print_json(report.as_json())
    else:
        print(_text("synced", sent=report.sent, received=report.received, pending=report.pending))
        for failed in report.failed:
            print(_text("failed", entity=failed.entity, entity_id=failed.entity_id, code=failed.code,
                        message=failed.message), file=sys.stderr)
    if report.state == OFFLINE:
        print(report.message, file=sys.stderr)
        return EXIT_UNREACHABLE
    if report.message and not report.failed:
        if not ctx.as_json:
            print(report.message, file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def status_command(ctx: CommandContext) -> int:
    from pixdesk.models.formats import format_date
    from pixdesk.sync.engine import sync_status

    status = sync_status(ctx.db)
    if ctx.as_json:
        print_json(status.as_json())
        return EXIT_OK
    last = status.last_sync.astimezone() if status.last_sync else None
    print(_text("status", server=status.server or _text("nobody"), email=status.email or _text("nobody"),
                state=translate("sync", STATE_LABELS[status.state]), pending=status.pending,
                last_sync=f"{format_date(last.date())} {last:%H:%M}" if last else _text("never")))
    if status.message:
        print(status.message)
    return EXIT_OK
