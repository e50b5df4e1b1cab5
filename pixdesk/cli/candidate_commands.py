"""`pixdesk candidate …`: add, list, remove."""

from __future__ import annotations

import argparse

# Services and documents are imported inside each command: `pixdesk --help` loads neither the store nor reportlab.
from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.models.formats import format_date, format_percent
from pixdesk.cli.import_commands import add_candidates_import, print_warnings
from pixdesk.cli.output import print_json, print_table
from pixdesk.cli.texts import headers, text
from pixdesk.models.candidate_rules import CandidateInput


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("candidate", aliases=["candidates"],
                                  help="candidates of a session / candidats d'une session")
    commands = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = commands.add_parser("add", parents=[common], help="enrol a candidate")
    add.add_argument("session_id", metavar="SESSION_ID")
    add.add_argument("--last-name", required=True, help="Nom de naissance")
    add.add_argument("--first-name", required=True, help="Prénom")
    add.add_argument("--sex", required=True, help="M ou F")
    add.add_argument("--birthdate", required=True, help="Date de naissance, YYYY-MM-DD")
    add.add_argument("--birth-country", help="Pays de naissance (France par défaut)")
    add.add_argument("--birth-insee-code", help="Code INSEE de la commune de naissance")
    add.add_argument("--birth-postal-code", help="Code postal de la commune de naissance")
    add.add_argument("--birth-city", help="Commune de naissance")
    add.add_argument("--email", help="E-mail de convocation")
    add.add_argument("--result-recipient-email", help="E-mail du destinataire des résultats")
    add.add_argument("--external-id", help="Identifiant local")
    add.add_argument("--extra-time", help="Temps majoré, en pourcentage (ex. 33)")
    add.add_argument("--billing-mode", help="FREE, PAID ou PREPAID (Gratuite, Payante, Prépayée)")
    add.add_argument("--prepayment-code", help="Code de prépaiement (si Prépayée)")
    add.add_argument("--complementary-certification", help="CLEA, DROIT, EDU_1ER_DEGRE, EDU_2ND_DEGRE, PRO_SANTE")
    add.set_defaults(handler=add_command)

    list_parser = commands.add_parser("list", parents=[common], help="list a session's candidates")
    list_parser.add_argument("session_id", metavar="SESSION_ID")
    list_parser.set_defaults(handler=list_command)

    remove = commands.add_parser("remove", parents=[common], help="remove a candidate")
    remove.add_argument("session_id", metavar="SESSION_ID")
    remove.add_argument("candidate_id", metavar="CANDIDATE_ID")
    remove.set_defaults(handler=remove_command)

    add_candidates_import(commands, common)


def add_command(ctx: CommandContext) -> int:
    from pixdesk.services import candidates

    a = ctx.args
    country = a.birth_country
    if country is None and any((a.birth_insee_code, a.birth_postal_code, a.birth_city)):
        # The Pix Certif form defaults the country to France.
        country = "France"
    data = CandidateInput(
        last_name=a.last_name, first_name=a.first_name, sex=a.sex, birthdate=a.birthdate, birth_country=country,
        birth_insee_code=a.birth_insee_code, birth_postal_code=a.birth_postal_code, birth_city=a.birth_city,
        email=a.email, result_recipient_email=a.result_recipient_email, external_id=a.external_id,
        extra_time_percentage=a.extra_time, billing_mode=a.billing_mode, prepayment_code=a.prepayment_code,
        complementary_certification=a.complementary_certification,
    )
    warnings: list = []
    record = candidates.add_candidate(ctx.db, parse_id(a.session_id, "session_id"), data, warnings=warnings)
    if ctx.as_json:
        print_json({**record.as_json(), "warnings": [
            {"line": None, "field": w.field, "code": w.code, "message": w.message()} for w in warnings]})
    else:
        print_warnings(warnings)
        print(text("candidate_added", id=record.id, first_name=record.first_name, last_name=record.last_name))
    return 0


def list_command(ctx: CommandContext) -> int:
    from pixdesk.services import candidates

    rows = candidates.list_candidates(ctx.db, parse_id(ctx.args.session_id, "session_id"))
    if ctx.as_json:
        print_json([c.as_json() for c in rows])
    elif not rows:
        print(text("no_candidates"))
    else:
        print_table(headers("candidates"), [
            (c.id, c.last_name, c.first_name, c.sex or "", format_date(c.birthdate), c.birth_city_name or "",
             c.birth_country or "", c.email or "", c.external_id or "",
             format_percent(c.extra_time_percentage),
             text("incomplete") if c.incomplete else "") for c in rows
        ])
    return 0


def remove_command(ctx: CommandContext) -> int:
    from pixdesk.services import candidates

    session_id = parse_id(ctx.args.session_id, "session_id")
    candidate_id = parse_id(ctx.args.candidate_id, "candidate_id")
    candidates.remove_candidate(ctx.db, session_id, candidate_id)
    if ctx.as_json:
        print_json({"id": candidate_id, "session_id": session_id, "removed": True})
    else:
        print(text("candidate_removed", id=candidate_id, session_id=session_id))
    return 0
