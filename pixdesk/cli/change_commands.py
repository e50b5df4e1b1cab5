"""`pixdesk changes [--pending]`: the outbox, oldest first, as the sync will send it."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from pixdesk.cli.context import CommandContext
from pixdesk.cli.output import print_json, print_table
from pixdesk.models.formats import format_date
from pixdesk.texts import translate


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("changes", parents=[common],
                                   help="changes recorded for the sync / modifications à synchroniser")
    parser.add_argument("--pending", action="store_true", help="only those not sent yet / seulement celles en attente")
    parser.set_defaults(handler=changes_command)


def _local(moment: datetime) -> str:
    """The store keeps UTC (read back without its offset); people read their own time."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone()
    return f"{format_date(local.date())} {local:%H:%M:%S}"


def changes_command(ctx: CommandContext) -> int:
    from pixdesk.services.outbox import list_changes  # here, so that `pixdesk --help` does not load the store

    changes = list_changes(ctx.db, pending_only=ctx.args.pending)
    if ctx.as_json:
        print_json([change.as_json() for change in changes])
        return 0
    if not changes:
        print(translate("changes", "Aucune modification en attente.") if ctx.args.pending
              else translate("changes", "Aucune modification enregistrée."))
        return 0
    pending = translate("changes", "en attente")
    print_table(
        [translate("changes", "N°"), translate("changes", "Enregistrée le"), translate("changes", "Entité"),
         translate("changes", "UUID"), translate("changes", "Opération"), translate("changes", "Version"),
         translate("changes", "Envoyée le")],
        [(c.sequence, _local(c.recorded_at), c.entity, c.entity_id, c.operation, c.version,
          pending if c.sent_at is None else _local(c.sent_at)) for c in changes])
    return 0
