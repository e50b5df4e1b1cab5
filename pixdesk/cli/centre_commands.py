"""`pixdesk centre …`: the centre's name, type (which decides billing rules) and habilitations."""

from __future__ import annotations

import argparse

# Services and documents are imported inside each command: `pixdesk --help` loads neither the store nor reportlab.
from pixdesk.cli.context import CommandContext
from pixdesk.cli.output import print_json
from pixdesk.cli.texts import text


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("centre", help="the certification centre / le centre de certification")
    commands = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    commands.add_parser("show", parents=[common], help="show the centre").set_defaults(handler=show_command)
    update = commands.add_parser("update", parents=[common], help="change the centre")
    update.add_argument("--name", help="Nom du centre")
    update.add_argument("--type", help="SCO, SUP, PRO, or NONE (billing optional)")
    update.add_argument("--habilitations", help="comma-separated: CLEA,DROIT,EDU_1ER_DEGRE,EDU_2ND_DEGRE,PRO_SANTE")
    update.add_argument("--incident-grid", help="pv (grille du PV d'incident imprimé, par défaut) ou pix (grille "
                                                "actuelle de Pix), pour le choix des codes dans la salle")
    update.set_defaults(handler=update_command)


def _as_json(centre) -> dict:
    return {"id": centre.id, "name": centre.name, "type": centre.type,
            "habilitations": [k for k in centre.habilitations.split(",") if k], "incident_grid": centre.incident_grid}


def show_command(ctx: CommandContext) -> int:
    from pixdesk.services import centres

    centre = centres.get_centre(ctx.db)
    if ctx.as_json:
        print_json(_as_json(centre))
    else:
        print(f"{centre.name} ({centre.type or '-'}) {centre.habilitations}")
    return 0


def update_command(ctx: CommandContext) -> int:
    from pixdesk.services import centres

    a = ctx.args
    habilitations = None if a.habilitations is None else [k.strip() for k in a.habilitations.split(",") if k.strip()]
    if a.incident_grid is not None:
        from pixdesk.services.room import set_incident_grid

        set_incident_grid(ctx.db, a.incident_grid.strip().lower())
    if a.incident_grid is None or (a.name, a.type, habilitations) != (None, None, None):
        centre = centres.update_centre(ctx.db, name=a.name, type=a.type, habilitations=habilitations)
    else:
        centre = centres.get_centre(ctx.db)
    if ctx.as_json:
        print_json(_as_json(centre))
    else:
        print(text("centre_updated"))
    return 0
