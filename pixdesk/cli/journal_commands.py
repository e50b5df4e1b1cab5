"""`pixdesk journal SESSION_ID`: the exam room's journal in order, its fingerprint, and whether it verifies."""

from __future__ import annotations

import argparse
import sys

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.cli.room_output import clock_time, naming_room_options
from pixdesk.models.errors import Problem
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

EMPTY = QT_TRANSLATE_NOOP("cli", "Journal vide : la salle n'a pas encore servi.")
FINGERPRINT = QT_TRANSLATE_NOOP("cli", "Empreinte du journal : {fingerprint}")
VERIFIED = QT_TRANSLATE_NOOP("cli", "Chaîne vérifiée : {count} événement(s), aucun modifié ni retiré.")
EXIT_BROKEN = 1


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("journal", parents=[common], help="exam room journal / journal de la salle")
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.set_defaults(handler=naming_room_options(journal_command))


def journal_command(ctx: CommandContext) -> int:
    from pixdesk.models import journal as j
    from pixdesk.services import room

    session_id = parse_id(ctx.args.session_id, "session_id")
    current = room.load_room(ctx.db, session_id)
    ids = {c.uuid: c.id for c in current.candidates}
    names = {c.uuid: room.display_name(c) for c in current.candidates}
    if ctx.as_json:
        print_json([{"id": e.id, "sequence": e.sequence, "kind": e.kind,
                     "candidate_id": ids.get(e.candidate) if e.candidate else None, "data": dict(e.data),
                     "recorded_at": e.recorded_at, "hash": e.hash, "previous_hash": e.previous_hash,
                     "chain": e.chain} for e in current.events])
    elif not current.events:
        print(translate("cli", EMPTY))
    else:
        several_chains = len(j.chains(current.events)) > 1
        for e in current.events:
            who = names.get(e.candidate, e.candidate or "") if e.candidate else ""
            data = j.canonical_json(dict(e.data)) if e.data else ""
            chain = f"{e.chain[:8]}/" if several_chains else ""
            print(f"{chain}{e.sequence:>4}  {clock_time(e.recorded)}  {e.kind:<22} {who:<28} {data}  {e.hash[:12]}"
                  .rstrip())
        print(translate("cli", FINGERPRINT).format(fingerprint=current.fingerprint))
    if current.chain_problems:
        first = current.chain_problems[0]
        print(Problem("JOURNAL_BROKEN", None, {"session_id": session_id, "sequence": first.sequence,
                                              "event": first.event_id}).message(), file=sys.stderr)
        return EXIT_BROKEN
    if current.events and not ctx.as_json:
        print(translate("cli", VERIFIED).format(count=len(current.events)))
    return 0
