"""`pixdesk room SESSION_ID`: opens the room view of a session (with --json: prints the room instead)."""

from __future__ import annotations

import argparse

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.cli.room_output import candidate_json, iso, naming_room_options


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("room", parents=[common],
                                   help="open the exam room view / surveiller la salle (--json: the room's state)")
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.set_defaults(handler=naming_room_options(room_command))


def room_command(ctx: CommandContext) -> int:
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock

    session_id = parse_id(ctx.args.session_id, "session_id")
    current = room.load_room(ctx.db, session_id)  # an unknown session is refused here, before any window
    if not ctx.as_json:
        from pixdesk.gui import launch

        return launch(ctx.db.path, lang=ctx.args.lang, room_session=session_id)
    now = RoomClock().now()
    people = [candidate_json(current, c, now) for c in current.candidates]
    s = current.session
    print_json({
        "session_id": s.id, "access_code": s.access_code, "site": s.site, "room": s.room, "examiner": s.examiner,
        "start": iso(current.start), "planned_end": iso(current.planned_end),
        "test_length_minutes": s.test_length_minutes, "finalized": s.finalized, "fingerprint": current.fingerprint,
        "verified": not current.chain_problems, "attention_count": sum(1 for p in people if p["attention"]),
        "candidates": people,
    })
    return 0
