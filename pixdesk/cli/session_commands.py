"""`pixdesk session …`: create, list, show, update, delete."""

from __future__ import annotations

import argparse

# Services and documents are imported inside each command: `pixdesk --help` loads neither the store nor reportlab.
from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.models.formats import format_date
from pixdesk.cli.import_commands import add_sessions_import
from pixdesk.cli.output import print_json, print_table
from pixdesk.cli.texts import headers, text
from pixdesk.models.session_rules import SessionInput, status_label


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("session", aliases=["sessions"],
                                  help="certification sessions / sessions de certification")
    commands = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add_fields(parser: argparse.ArgumentParser, required: bool) -> None:
        parser.add_argument("--site", required=required, help="Nom du site")
        parser.add_argument("--room", required=required, help="Nom de la salle")
        parser.add_argument("--date", required=required, help="Date de début, YYYY-MM-DD")
        parser.add_argument("--time", required=required, help="Heure de début (heure locale), HH:MM")
        parser.add_argument("--examiner", required=required, help="Surveillant(s)")
        parser.add_argument("--description", help="Observations (optionnel)")

    create = commands.add_parser("create", parents=[common], help="create a session")
    add_fields(create, required=True)
    create.set_defaults(handler=create_command)

    commands.add_parser("list", parents=[common], help="list sessions").set_defaults(handler=list_command)

    show = commands.add_parser("show", parents=[common], help="show one session")
    show.add_argument("session_id", metavar="ID")
    show.set_defaults(handler=show_command)

    update = commands.add_parser("update", parents=[common], help="change a session")
    update.add_argument("session_id", metavar="ID")
    add_fields(update, required=False)
    update.add_argument("--test-length", metavar="MINUTES",
                        help="durée du test en minutes, avant temps majoré (Pix : 105 ; Pix+Édu : 150)")
    update.set_defaults(handler=update_command)

    delete = commands.add_parser("delete", parents=[common], help="delete a session")
    delete.add_argument("session_id", metavar="ID")
    delete.set_defaults(handler=delete_command)

    add_sessions_import(commands, common)


_FIELDS = ("site", "room", "date", "time", "examiner", "description")


def _input(args: argparse.Namespace) -> SessionInput:
    return SessionInput(site=args.site, room=args.room, date=args.date, time=args.time,
                        examiner=args.examiner, description=args.description)


def create_command(ctx: CommandContext) -> int:
    from pixdesk.services import sessions

    created = sessions.create_session(ctx.db, _input(ctx.args))
    if ctx.as_json:
        print_json(created.as_json())
    else:
        print(text("session_created", id=created.id, access_code=created.access_code))
    return 0


def list_command(ctx: CommandContext) -> int:
    from pixdesk.services.session_list import list_sessions

    rows = list_sessions(ctx.db)
    if ctx.as_json:
        print_json([s.as_json() for s in rows])
    elif not rows:
        print(text("no_sessions"))
    else:
        print_table(headers("sessions"), [
            (s.id, s.site, s.room, format_date(s.date), s.time, s.examiner, s.access_code,
             status_label(s.status)) for s in rows
        ])
    return 0


def show_command(ctx: CommandContext) -> int:
    from pixdesk.services import sessions

    s = sessions.get_session(ctx.db, parse_id(ctx.args.session_id, "session_id"))
    if ctx.as_json:
        print_json(s.as_json())
        return 0
    values = (s.id, s.access_code, s.invigilator_password, s.site, s.room, format_date(s.date), s.time,
              s.examiner, s.description or "", status_label(s.status), s.candidate_count)
    labels = headers("session_fields")
    width = max(len(label) for label in labels)
    for label, value in zip(labels, values):
        print(f"{label.ljust(width)}  {value}")
    return 0


def update_command(ctx: CommandContext) -> int:
    from pixdesk.services import sessions

    session_id = parse_id(ctx.args.session_id, "session_id")
    if ctx.args.test_length is not None:
        from pixdesk.services.clock import RoomClock
        from pixdesk.services.room import parse_test_length, set_test_length

        updated = set_test_length(ctx.db, session_id, parse_test_length(ctx.args.test_length), clock=RoomClock())
    if ctx.args.test_length is None or any(getattr(ctx.args, name) is not None for name in _FIELDS):
        updated = sessions.update_session(ctx.db, session_id, _input(ctx.args))
    if ctx.as_json:
        print_json(updated.as_json())
    else:
        print(text("session_updated", id=updated.id))
    return 0


def delete_command(ctx: CommandContext) -> int:
    from pixdesk.services import sessions

    session_id = parse_id(ctx.args.session_id, "session_id")
    sessions.delete_session(ctx.db, session_id)
    if ctx.as_json:
        print_json({"id": session_id, "deleted": True})
    else:
        print(text("session_deleted", id=session_id))
    return 0
