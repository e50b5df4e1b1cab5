"""Room files for laptops with no network: `pixdesk export room-kit|journal SESSION_ID -o FILE` (added to the
export group) and `pixdesk import room-kit|journal FILE`."""

from __future__ import annotations

import argparse

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

EXPORTS = {
    "room-kit": "kit de salle (.pixdesk) : la session, ses candidats et son journal, pour un poste sans réseau",
    "journal": "journal de la salle (.pixdesk-journal), à rapporter au poste du gestionnaire",
}
_TEXTS = {
    "kit_written": QT_TRANSLATE_NOOP("cli", "Kit de salle écrit : {path} (session {session_id}, {candidates} "
                                            "candidats, {events} événements)"),
    "journal_written": QT_TRANSLATE_NOOP("cli", "Journal écrit : {path} ({events} événements, empreinte "
                                                "{fingerprint})"),
    "kit_imported": QT_TRANSLATE_NOOP("cli", "Kit importé : session {session_id}{created}, {added} candidats "
                                             "ajoutés, {updated} mis à jour, {events} événements ajoutés"),
    "kit_created": QT_TRANSLATE_NOOP("cli", " (nouvelle sur ce poste)"),
    "kit_unchanged": QT_TRANSLATE_NOOP("cli", "Kit déjà importé : rien de nouveau (session {session_id})."),
    "journal_imported": QT_TRANSLATE_NOOP("cli", "Journal importé dans la session {session_id} : {added} "
                                                 "événements ajoutés, {present} déjà présents."),
}


def _text(key: str, **params: object) -> str:
    return translate("cli", _TEXTS[key]).format(**params)


def add_exports(kinds, common: argparse.ArgumentParser) -> None:
    for kind, help_text in EXPORTS.items():
        parser = kinds.add_parser(kind, parents=[common], help=help_text)
        parser.add_argument("session_id", metavar="SESSION_ID")
        parser.add_argument("-o", "--output", required=True, metavar="FILE", help="fichier à écrire")
        parser.set_defaults(handler=export_room_file)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("import", help="room kit or journal file / kit ou journal de salle")
    kinds = group.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind, help_text in (("room-kit", "importe un kit de salle (.pixdesk)"),
                            ("journal", "ajoute le journal d'une salle (union : rien n'est compté deux fois)")):
        parser = kinds.add_parser(kind, parents=[common], help=help_text)
        parser.add_argument("file", metavar="FILE")
        parser.set_defaults(handler=import_room_file)


def export_room_file(ctx: CommandContext) -> int:
    from pixdesk.services import room_kit

    session_id = parse_id(ctx.args.session_id, "session_id")
    if ctx.args.kind == "room-kit":
        kit = room_kit.export_room_kit(ctx.db, session_id, ctx.args.output)
        if ctx.as_json:
            print_json({"session_id": session_id, "kind": "room-kit", "path": str(kit.path.resolve()),
                        "candidates": kit.candidates, "events": kit.events})
        else:
            print(_text("kit_written", path=kit.path, session_id=session_id, candidates=kit.candidates,
                        events=kit.events))
        return 0
    journal = room_kit.export_journal(ctx.db, session_id, ctx.args.output)
    if ctx.as_json:
        print_json({"session_id": session_id, "kind": "journal", "path": str(journal.path.resolve()),
                    "events": journal.events, "fingerprint": journal.fingerprint})
    else:
        print(_text("journal_written", path=journal.path, events=journal.events, fingerprint=journal.fingerprint))
    return 0


def import_room_file(ctx: CommandContext) -> int:
    from pixdesk.services import room_kit

    if ctx.args.kind == "room-kit":
        kit = room_kit.import_room_kit(ctx.db, ctx.args.file)
        if ctx.as_json:
            print_json({"session_id": kit.session_id, "session_created": kit.session_created,
                        "session_updated": kit.session_updated, "candidates_added": kit.candidates_added,
                        "candidates_updated": kit.candidates_updated, "events_added": kit.events_added})
        elif not kit.changed:
            print(_text("kit_unchanged", session_id=kit.session_id))
        else:
            print(_text("kit_imported", session_id=kit.session_id,
                        created=_text("kit_created") if kit.session_created else "", added=kit.candidates_added,
                        updated=kit.candidates_updated, events=kit.events_added))
        return 0
    journal = room_kit.import_journal(ctx.db, ctx.args.file)
    if ctx.as_json:
        print_json({"session_id": journal.session_id, "added": journal.added,
                    "already_present": journal.already_present, "fingerprint": journal.fingerprint})
    else:
        print(_text("journal_imported", session_id=journal.session_id, added=journal.added,
                    present=journal.already_present))
    return 0
