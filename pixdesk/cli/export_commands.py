"""`pixdesk export KIND SESSION_ID -o FILE`: the candidate sheet (.ods) and the PDFs to print."""

from __future__ import annotations

import argparse

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.cli.room_kit_commands import add_exports as add_room_exports
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

# One entry per pixdesk.documents.exports.KINDS (a test checks it): reportlab loads only for an export.
HELP = {
    "candidates-sheet": "liste des candidats (.ods), au format de l'import",
    "attendance-sheet": "feuille d'émargement (PDF)",
    "incident-report": "PV d'incident (PDF)",
    "invigilator-kit": "kit surveillant (PDF)",
    "session-pack": "les trois PDF en un seul fichier, prêt à imprimer",
    "attendance-sheet-filled": "feuille d'émargement remplie depuis la salle : absences, écrans de fin vus (PDF)",
    "incident-report-filled": "PV d'incident rempli depuis le journal de la salle, avec son empreinte (PDF)",
    "finalisation-receipt": "récépissé de finalisation (PDF), session finalisée",
    "finalisation-payload": "finalisation au format JSON:API (PUT /api/sessions/{id}/finalization)",
}
WRITTEN = QT_TRANSLATE_NOOP("cli", "Fichier écrit : {path}")
PAGES = QT_TRANSLATE_NOOP("cli", " ({pages} page{plural})")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("export", help="session documents / documents de session (.ods, PDF)")
    kinds = group.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind in HELP:
        parser = kinds.add_parser(kind, parents=[common], help=HELP[kind])
        parser.add_argument("session_id", metavar="SESSION_ID")
        parser.add_argument("-o", "--output", required=True, metavar="FILE", help="fichier à écrire")
        parser.set_defaults(handler=export_command)
    add_room_exports(kinds, common)


def export_command(ctx: CommandContext) -> int:
    from pixdesk.documents.exports import export_document

    session_id = parse_id(ctx.args.session_id, "session_id")
    result = export_document(ctx.args.kind, ctx.db, session_id, ctx.args.output)
    if ctx.as_json:
        payload = {"session_id": session_id, "kind": ctx.args.kind, "path": str(result.path.resolve())}
        if result.pages is not None:
            payload["pages"] = result.pages
        print_json(payload)
        return 0
    line = translate("cli", WRITTEN).format(path=result.path)
    if result.pages is not None:
        line += translate("cli", PAGES).format(pages=result.pages, plural="s" if result.pages > 1 else "")
    print(line)
    return 0
