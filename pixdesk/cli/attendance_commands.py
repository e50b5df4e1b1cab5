"""`pixdesk attendance SESSION_ID --candidate ID ACTION`: presence, start, resume, end of test, abandon."""

from __future__ import annotations

import argparse

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.cli.room_output import candidate_json, clock_time, naming_room_options, parse_candidates
from pixdesk.models import room as r
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

DONE = QT_TRANSLATE_NOOP("cli", "{name} : {state}")
TIMES = QT_TRANSLATE_NOOP("cli", " (début {start}, fin théorique {end})")
REASON = QT_TRANSLATE_NOOP("cli", ", raison : {reason}")
HELP = ("present: confirmer la présence (valable 15 min) ; absent ; start: démarrer ; disconnected: signaler une "
        "déconnexion ; resume: autoriser la reprise ; end-screen-seen: écran de fin vu (terminé) ; end: mettre fin "
        "au test (non terminé) ; abandon --reason candidate|technical ; undo: annuler la dernière action")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("attendance", parents=[common],
                                   help="exam room: presence, start, resume, end / salle d'examen")
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.add_argument("--candidate", required=True, metavar="CANDIDATE_ID", help="numéro du candidat (ou 12,13)")
    parser.add_argument("action", choices=(*r.ACTIONS, "undo"), metavar="ACTION", help=HELP)
    parser.add_argument("--reason", help="abandon: candidate (abandon du candidat) ou technical (problème technique)")
    parser.add_argument("--at", metavar="HH:MM", help="l'heure à laquelle c'est arrivé, si ce n'est pas maintenant")
    parser.set_defaults(handler=naming_room_options(attendance_command))


def attendance_command(ctx: CommandContext) -> int:
    from pixdesk.services import room
    from pixdesk.services.clock import RoomClock

    args = ctx.args
    session_id = parse_id(args.session_id, "session_id")
    ids = parse_candidates(args.candidate)
    clock = RoomClock()
    result = room.record_action(ctx.db, session_id, ids, args.action, clock=clock, at=args.at, reason=args.reason)
    current = room.load_room(ctx.db, session_id)
    now = clock.now()
    people = [current.by_id[i] for i in dict.fromkeys(ids)]
    if ctx.as_json:
        payload = []
        for candidate in people:
            entry = candidate_json(current, candidate, now)
            entry["event_id"] = next((e.id for e in result.events if e.candidate == candidate.uuid), None)
            payload.append(entry)
        print_json(payload[0] if len(payload) == 1 else payload)
        return 0
    for candidate in people:
        state = current.state_of(candidate)
        line = translate("cli", DONE).format(name=room.display_name(candidate), state=r.state_label(state.state))
        timing = current.timing(candidate, now)
        if state.started_at is not None:
            line += translate("cli", TIMES).format(start=clock_time(state.started_at),
                                                   end=clock_time(timing.theoretical_end))
        if state.abort_reason:
            line += translate("cli", REASON).format(reason=r.abort_reason_label(state.abort_reason))
        print(line)
    return 0
