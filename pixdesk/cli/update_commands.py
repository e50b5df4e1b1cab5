"""`pixdesk update check`: is a newer PixDesk recommended by the central server? Only when asked: the command line
never checks by itself (the window does, at start, unless turned off in its Aide menu)."""

from __future__ import annotations

import argparse
import os

from pixdesk import __version__
from pixdesk.cli.context import CommandContext
from pixdesk.cli.output import print_json
from pixdesk.texts import translate

SERVER_ENV_VAR = "PIXDESK_SERVER_URL"
EXIT_UNANSWERED = 1


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("update", help="newer PixDesk versions / nouvelles versions de PixDesk")
    commands = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = commands.add_parser("check", parents=[common],
                                help="ask the central server for the version it recommends")
    check.add_argument("--server", help=f"central server address (default: {SERVER_ENV_VAR})")
    check.set_defaults(handler=check_command)


def check_command(ctx: CommandContext) -> int:
    from pixdesk.sync.update_check import check_for_update

    server = ctx.args.server or os.environ.get(SERVER_ENV_VAR)
    if not server:
        print(translate("cli", "Aucun serveur central : indiquez --server https://… ou {variable}.").format(
            variable=SERVER_ENV_VAR))
        return EXIT_UNANSWERED
    info = check_for_update(server)
    if info is None:
        if ctx.as_json:
            print_json({"current": __version__, "latest": None, "update_available": None, "download_url": None})
        else:
            print(translate("cli", "Le serveur {server} n'a pas répondu : rien n'a changé.").format(server=server))
        return EXIT_UNANSWERED
    if ctx.as_json:
        print_json(info.as_json())
    elif info.available:
        print(translate("cli", "PixDesk {latest} est disponible (vous avez la {current}).").format(
            latest=info.latest, current=info.current) + (f" {info.download_url}" if info.download_url else ""))
    else:
        print(translate("cli", "PixDesk {current} est à jour.").format(current=info.current))
    return 0
