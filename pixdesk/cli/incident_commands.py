"""`pixdesk incident add|list|correct|remove`: the incidents of the exam room, with their platform codes."""

from __future__ import annotations

import argparse

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json, print_table
from pixdesk.cli.room_output import clock_time, naming_room_options, parse_candidates, parse_question
from pixdesk.models.incidents import GRIDS
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

NOTED = QT_TRANSLATE_NOOP("cli", "Signalement {code} noté pour {name} ({id}).")
CORRECTED = QT_TRANSLATE_NOOP("cli", "Signalement {id} corrigé : {code}.")
REMOVED = QT_TRANSLATE_NOOP("cli", "Signalement {id} retiré ({code}, {name}) ; le journal en garde la trace.")
NONE = QT_TRANSLATE_NOOP("cli", "Aucun signalement.")
TO_COMPLETE = QT_TRANSLATE_NOOP("cli", "à compléter")
HEADERS = (QT_TRANSLATE_NOOP("cli", "ID"), QT_TRANSLATE_NOOP("cli", "Candidat"), QT_TRANSLATE_NOOP("cli", "Code"),
           QT_TRANSLATE_NOOP("cli", "N° épreuve"), QT_TRANSLATE_NOOP("cli", "Détails"),
           QT_TRANSLATE_NOOP("cli", "Noté à"))
SHORT_ID = 8


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("incident", aliases=["incidents"],
                                  help="exam room incidents / signalements de la salle")
    commands = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add_fields(parser: argparse.ArgumentParser, code_required: bool) -> None:
        parser.add_argument("--code", required=code_required, help="code du PV d'incident (C1…C6, E1…E7, A1, A2) "
                                                                  "ou de la grille actuelle de Pix (C7, C8, E8…E12)")
        parser.add_argument("--question", metavar="N", help="numéro de la question (codes E, de 1 à 500)")
        parser.add_argument("--description", help="détails (500 caractères au plus)")
        parser.add_argument("--exit-time", metavar="HH:MM", help="heure de sortie du candidat (code C3)")

    add = commands.add_parser("add", parents=[common], help="note an incident")
    add.add_argument("session_id", metavar="SESSION_ID")
    add.add_argument("--candidate", required=True, metavar="CANDIDATE_ID",
                     help="numéro du candidat, plusieurs (12,13) ou all (toute la salle : présents et en cours)")
    add_fields(add, True)
    add.add_argument("--grid", choices=GRIDS, help="grille où chercher le code d'abord (par défaut : celle du centre)")
    add.set_defaults(handler=naming_room_options(add_command))

    listing = commands.add_parser("list", parents=[common], help="list the session's incidents")
    listing.add_argument("session_id", metavar="SESSION_ID")
    listing.set_defaults(handler=naming_room_options(list_command))

    correct = commands.add_parser("correct", parents=[common], help="correct an incident (a new version)")
    correct.add_argument("session_id", metavar="SESSION_ID")
    correct.add_argument("incident_id", metavar="INCIDENT_ID", help="identifiant (ses 8 premiers caractères suffisent)")
    add_fields(correct, True)
    correct.set_defaults(handler=naming_room_options(correct_command))

    remove = commands.add_parser("remove", parents=[common], help="withdraw an incident")
    remove.add_argument("session_id", metavar="SESSION_ID")
    remove.add_argument("incident_id", metavar="INCIDENT_ID", help="identifiant (ses 8 premiers caractères suffisent)")
    remove.set_defaults(handler=naming_room_options(remove_command))


def _input(args: argparse.Namespace):
    from pixdesk.services.room import IncidentInput

    return IncidentInput(args.code, parse_question(args.question), args.description, args.exit_time)


def add_command(ctx: CommandContext) -> int:
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock

    args = ctx.args
    session_id = parse_id(args.session_id, "session_id")
    ids = parse_candidates(args.candidate, allow_all=True)
    item = _input(args)
    noted = room.add_incident(ctx.db, session_id, ids, item, clock=RoomClock(), grid=args.grid)
    views = {v.id: v for v in room.list_incidents(ctx.db, session_id)}
    shown = [views[i.id] for i in noted]
    if ctx.as_json:
        payload = [v.as_json() for v in shown]
        print_json(payload[0] if ids is not None and len(ids) == 1 else payload)
        return 0
    for view in shown:
        print(translate("cli", NOTED).format(code=view.code, name=view.candidate_name, id=view.id[:SHORT_ID]))
    return 0


def list_command(ctx: CommandContext) -> int:
    from pixdesk.services import room

    incidents = room.list_incidents(ctx.db, parse_id(ctx.args.session_id, "session_id"))
    if ctx.as_json:
        print_json([i.as_json() for i in incidents])
        return 0
    if not incidents:
        print(translate("cli", NONE))
        return 0
    rows = []
    for i in incidents:
        details = " – ".join(part for part in (i.exit_time, i.description) if part)
        if not i.complete:
            details = f"[{translate('cli', TO_COMPLETE)}] {details}".strip()
        rows.append((i.id[:SHORT_ID], i.candidate_name, i.code, i.question_number, details, clock_time(i.noted_at)))
    print_table([translate("cli", h) for h in HEADERS], rows)
    return 0


def correct_command(ctx: CommandContext) -> int:
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock

    session_id = parse_id(ctx.args.session_id, "session_id")
    corrected = room.correct_incident(ctx.db, session_id, ctx.args.incident_id, _input(ctx.args), clock=RoomClock())
    view = next(v for v in room.list_incidents(ctx.db, session_id) if v.id == corrected.id)
    if ctx.as_json:
        print_json(view.as_json())
    else:
        print(translate("cli", CORRECTED).format(id=view.id[:SHORT_ID], code=view.code))
    return 0


def remove_command(ctx: CommandContext) -> int:
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock

    session_id = parse_id(ctx.args.session_id, "session_id")
    before = {v.id: v for v in room.list_incidents(ctx.db, session_id)}
    removed = room.remove_incident(ctx.db, session_id, ctx.args.incident_id, clock=RoomClock())
    view = before[removed.id]
    if ctx.as_json:
        print_json({**view.as_json(), "removed": True})
    else:
        print(translate("cli", REMOVED).format(id=view.id[:SHORT_ID], code=view.code, name=view.candidate_name))
    return 0
