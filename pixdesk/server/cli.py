"""`pixdesk-server`: run the server, upgrade its database, add centres and users.

    pixdesk-server [--database URL] run [--host 127.0.0.1] [--port 8000] [--workers N]
    pixdesk-server [--database URL] migrate
    pixdesk-server [--database URL] centre add NAME [--type SCO|SUP|PRO] [--habilitations CLEA,…] [--json]
    pixdesk-server [--database URL] centre list [--json]
    pixdesk-server [--database URL] user add EMAIL --centre NAME [--json]     (password asked, or
                                                                               PIXDESK_SERVER_PASSWORD)
    pixdesk-server [--database URL] user password EMAIL                        (signs the user out everywhere)
    pixdesk-server [--database URL] user remove EMAIL --centre NAME            (membership revoked at once)

Refusals exit 2 with one line per problem; a database that cannot be reached exits 1 with one line."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
import uuid
from datetime import timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from pixdesk.models.candidate_rules import COMPLEMENTARY_CERTIFICATIONS
from pixdesk.models.text import clean
from pixdesk.server import schema
from pixdesk.server.config import DATABASE_ENV_VAR, Settings, default_database_url
from pixdesk.server.database import DatabaseUrlError, describe, make_engine, migrate, write_transaction
from pixdesk.server.security import MIN_PASSWORD_LENGTH, hash_password, normalise_email, utc_now
from pixdesk.texts import translate

PASSWORD_ENV_VAR = "PIXDESK_SERVER_PASSWORD"
CENTRE_TYPES = ("SCO", "SUP", "PRO")


# Idempotency keys are kept long enough for a laptop that stayed offline to resend a write it got no answer for.
DEFAULT_RETENTION_DAYS, MIN_RETENTION_DAYS = 90, 30


class Refused(Exception):
    def __init__(self, *lines: str):
        self.lines = lines


def build_parser() -> argparse.ArgumentParser:
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=translate(
        "server", "sqlite:///FICHIER ou postgresql://… (défaut : un fichier SQLite dans le dossier de données de "
                  "l'utilisateur, ou PIXDESK_SERVER_DATABASE)"))
    parser = argparse.ArgumentParser(prog="pixdesk-server", parents=[database],
                                     description=translate("server", "Serveur central PixDesk"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[database], help=translate("server", "démarre le serveur"))
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000,
                     help=translate("server", "0 : un port libre, affiché au démarrage"))
    run.add_argument("--workers", type=int, default=1,
                     help=translate("server", "processus serveur (sans état) à lancer"))
    run.add_argument("--no-migrate", action="store_true", help=translate(
        "server", "ne met pas la base à jour au démarrage (faites-le avec « migrate »)"))
    run.add_argument("--forwarded-allow-ips", default=None, metavar="IPS", help=translate(
        "server", "adresses du proxy TLS dont les en-têtes X-Forwarded-* sont crus"))
    run.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))

    commands.add_parser("migrate", parents=[database], help=translate("server", "met le schéma de la base à jour"))
    purge = commands.add_parser("purge", parents=[database], help=translate(
        "server", "efface les clés d'idempotence anciennes et les jetons expirés"))
    purge.add_argument("--older-than", type=int, default=DEFAULT_RETENTION_DAYS, metavar="JOURS", help=translate(
        "server", "âge, en jours, des clés d'idempotence à effacer (défaut : 90, au moins 30)"))
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(action=None)

    centre = commands.add_parser("centre", parents=[database], help=translate("server", "centres de certification"))
    centre_commands = centre.add_subparsers(dest="action", required=True, metavar="ACTION")
    add_centre = centre_commands.add_parser("add", parents=[database], help=translate("server", "ajoute un centre"))
    add_centre.add_argument("name", metavar="NAME")
    add_centre.add_argument("--type", type=str.upper, choices=CENTRE_TYPES, default=None)
    add_centre.add_argument("--habilitations", default="", metavar="CLEA,DROIT,…")
    add_centre.add_argument("--json", action="store_true")
    list_centres = centre_commands.add_parser("list", parents=[database],
                                              help=translate("server", "liste les centres"))
    list_centres.add_argument("--json", action="store_true")

    user = commands.add_parser("user", parents=[database],
                               help=translate("server", "comptes des gestionnaires de centre"))
    user_commands = user.add_subparsers(dest="action", required=True, metavar="ACTION")
    add_user = user_commands.add_parser("add", parents=[database],
                                        help=translate("server", "ajoute un compte à un centre"))
    add_user.add_argument("email", metavar="EMAIL")
    add_user.add_argument("--centre", required=True, metavar="NAME")
    add_user.add_argument("--json", action="store_true")
    password = user_commands.add_parser("password", parents=[database],
                                        help=translate("server", "change le mot de passe"))
    password.add_argument("email", metavar="EMAIL")
    remove = user_commands.add_parser("remove", parents=[database],
                                      help=translate("server", "retire un compte d'un centre"))
    remove.add_argument("email", metavar="EMAIL")
    remove.add_argument("--centre", required=True, metavar="NAME")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = getattr(args, "database", None) or default_database_url()
    try:
        engine = make_engine(url)
        if args.command == "run":
            return run(args, url, engine)
        migrate(engine)
        if args.command == "migrate":
            print(translate("server", "Base à jour : {url}").format(url=describe(url)))
            return 0
        handler = {("centre", "add"): add_centre, ("centre", "list"): list_centres, ("user", "add"): add_user,
                   ("user", "password"): change_password, ("user", "remove"): remove_member, ("purge", None): purge}
        return handler[(args.command, args.action)](args, engine)
    except Refused as refused:
        for line in refused.lines:
            print(line, file=sys.stderr)
        return 2
    except DatabaseUrlError as error:
        print(translate("server", "--database : adresse non prise en charge « {scheme}:// » (sqlite:/// ou "
                                  "postgresql://)").format(scheme=error), file=sys.stderr)
        return 2
    except (SQLAlchemyError, OSError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error).strip() else ""
        print(translate("server", "Base de données inaccessible ({url}) : {reason}").format(
            url=describe(url), reason=reason), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def run(args, url: str, engine) -> int:
    if not args.no_migrate:
        migrate(engine)
    import uvicorn

    from pixdesk.server.api import create_app

    options = {"log_level": args.log_level, "proxy_headers": args.forwarded_allow_ips is not None,
               "forwarded_allow_ips": args.forwarded_allow_ips, "server_header": False}
    if args.workers > 1:
        os.environ[DATABASE_ENV_VAR] = url
        engine.dispose()
        print(translate("server", "Serveur PixDesk : http://{host}:{port} ({workers} processus, base {url})").format(
            host=args.host, port=args.port, workers=args.workers, url=describe(url)), flush=True)
        uvicorn.run("pixdesk.server.api:create_app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, **options)
        return 0
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        raise Refused(translate("server", "--port : impossible d'écouter sur {host}:{port} ({reason})").format(
            host=args.host, port=args.port, reason=error.strerror or error)) from None
    port = sock.getsockname()[1]
    print(translate("server", "Serveur PixDesk : http://{host}:{port} (base {url})").format(host=args.host, port=port,
                                                                          url=describe(url)), flush=True)
    app = create_app(Settings(database_url=url), engine=engine)
    server = uvicorn.Server(uvicorn.Config(app, **options))
    server.run(sockets=[sock])
    return 0


def _centre_json(row) -> dict:
    return {"id": row.id, "uuid": row.uuid, "name": row.name, "type": row.type,
            "habilitations": [k for k in row.habilitations.split(",") if k]}


def add_centre(args, engine) -> int:
    name = clean(args.name)
    keys = [k.strip().upper() for k in args.habilitations.split(",") if k.strip()]
    problems = [] if name else [translate("server", "NAME : le nom du centre est obligatoire.")]
    problems += [translate("server", "--habilitations : certification complémentaire inconnue : {key}").format(key=k)
                 for k in keys if k not in COMPLEMENTARY_CERTIFICATIONS]
    if problems:
        raise Refused(*problems)
    C = schema.certification_center
    with write_transaction(engine) as conn:
        if conn.execute(select(C.c.id).where(C.c.name == name)).first() is not None:
            raise Refused(translate("server", "NAME : un centre « {name} » existe déjà.").format(name=name))
        new_id = conn.execute(insert(C).values(uuid=str(uuid.uuid4()), name=name, type=args.type,
                                               habilitations=",".join(keys), created_at=utc_now())
                              .returning(C.c.id)).scalar_one()
        row = conn.execute(select(C).where(C.c.id == new_id)).one()
    if args.json:
        print(json.dumps(_centre_json(row), ensure_ascii=False))
    else:
        print(translate("server", "Centre {id} ajouté : {name}").format(id=row.id, name=row.name))
    return 0


def list_centres(args, engine) -> int:
    C = schema.certification_center
    with engine.connect() as conn:
        rows = conn.execute(select(C).order_by(C.c.id)).all()
    if args.json:
        print(json.dumps([_centre_json(r) for r in rows], ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row.id}\t{row.name}\t{row.type or ''}")
    return 0


def _centre_named(conn, name: str):
    C = schema.certification_center
    row = conn.execute(select(C).where(C.c.name == clean(name))).first()
    if row is None:
        raise Refused(translate(
            "server", "--centre : aucun centre « {name} » (voir « pixdesk-server centre list »).").format(name=name))
    return row


def _email(value: str) -> str:
    email = normalise_email(value)
    if "@" not in email or len(email) > 320 or any(c.isspace() for c in email):
        raise Refused(translate("server", "EMAIL : adresse e-mail invalide : {email}").format(email=value))
    return email


def _new_password() -> str:
    password = os.environ.get(PASSWORD_ENV_VAR)
    if password is None:
        if not sys.stdin.isatty():
            raise Refused(translate("server", "Mot de passe : donnez-le dans PIXDESK_SERVER_PASSWORD ou lancez la "
                                              "commande dans un terminal."))
        password = getpass.getpass(translate("server", "Mot de passe : "))
        if getpass.getpass(translate("server", "Confirmez le mot de passe : ")) != password:
            raise Refused(translate("server", "Mot de passe : les deux saisies diffèrent."))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Refused(translate("server", "Mot de passe : au moins {n} caractères.").format(n=MIN_PASSWORD_LENGTH))
    return password


def add_user(args, engine) -> int:
    email = _email(args.email)
    U, M = schema.user, schema.membership
    with write_transaction(engine) as conn:
        centre = _centre_named(conn, args.centre)
        user_id = conn.execute(select(U.c.id).where(U.c.email == email)).scalar()
        if user_id is None:
            now = utc_now()
            user_id = conn.execute(insert(U).values(email=email, password_hash=hash_password(_new_password()),
                                                    created_at=now, password_changed_at=now)
                                   .returning(U.c.id)).scalar_one()
        if conn.execute(select(M.c.id).where(M.c.user_id == user_id, M.c.certification_center_id == centre.id)
                        ).first() is None:
            conn.execute(insert(M).values(user_id=user_id, certification_center_id=centre.id, created_at=utc_now()))
    if args.json:
        print(json.dumps({"id": user_id, "email": email, "centre_id": centre.id}, ensure_ascii=False))
    else:
        print(translate("server", "{email} est membre du centre {name} ({id}).").format(
            email=email, name=centre.name, id=centre.id))
    return 0


def _user(conn, email: str):
    row = conn.execute(select(schema.user).where(schema.user.c.email == _email(email))).first()
    if row is None:
        raise Refused(translate("server", "EMAIL : aucun compte {email}.").format(email=email))
    return row


def _sign_out(conn, user_id: int) -> None:
    RT, AT = schema.refresh_token, schema.access_token
    conn.execute(update(RT).where(RT.c.user_id == user_id, RT.c.revoked_at.is_(None)).values(revoked_at=utc_now()))
    conn.execute(delete(AT).where(AT.c.user_id == user_id))


def change_password(args, engine) -> int:
    with write_transaction(engine) as conn:
        row = _user(conn, args.email)
        conn.execute(update(schema.user).where(schema.user.c.id == row.id).values(
            password_hash=hash_password(_new_password()), password_changed_at=utc_now()))
        _sign_out(conn, row.id)
    print(translate("server", "Mot de passe changé ; {email} doit se reconnecter partout.").format(email=row.email))
    return 0


def purge(args, engine) -> int:
    """What only grows: the answers kept for retried writes, and sign-in tokens long expired. The changes feed
    stays whole: a desktop that has not synchronised for months still reads it from where it stopped."""
    if args.older_than < MIN_RETENTION_DAYS:
        raise Refused(translate("server", "--older-than : au moins {days} jours. Un poste resté hors ligne peut "
                                          "renvoyer une écriture dont il n'a pas reçu la réponse ; sa clé "
                                          "d'idempotence doit encore être là.").format(days=MIN_RETENTION_DAYS))
    now = utc_now()
    cutoff = now - timedelta(days=args.older_than)
    keys, refresh, access = schema.idempotency_record, schema.refresh_token, schema.access_token
    with write_transaction(engine) as conn:
        removed = {
            "idempotency_records": conn.execute(delete(keys).where(keys.c.created_at < cutoff)).rowcount,
            "access_tokens": conn.execute(delete(access).where(access.c.expires_at < now)).rowcount,
            "refresh_tokens": conn.execute(delete(refresh).where(refresh.c.expires_at < cutoff)).rowcount,
        }
    if args.json:
        print(json.dumps({"older_than_days": args.older_than, **removed}))
    else:
        print(translate("server", "Effacés : {keys} clés d'idempotence de plus de {days} jours, {access} jetons "
                                  "d'accès expirés, {refresh} jetons de renouvellement expirés depuis plus de {days} "
                                  "jours.").format(keys=removed["idempotency_records"], days=args.older_than,
                                                   access=removed["access_tokens"],
                                                   refresh=removed["refresh_tokens"]))
    return 0


def remove_member(args, engine) -> int:
    M = schema.membership
    with write_transaction(engine) as conn:
        row = _user(conn, args.email)
        centre = _centre_named(conn, args.centre)
        conn.execute(delete(M).where(M.c.user_id == row.id, M.c.certification_center_id == centre.id))
    print(translate("server", "{email} n'est plus membre du centre {name}.").format(email=row.email, name=centre.name))
    return 0
