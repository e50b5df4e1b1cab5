"""`pixdesk candidates import SESSION_ID FILE` and `pixdesk sessions import FILE`."""

from __future__ import annotations

import argparse
import sys

# Services and documents are imported inside each command: `pixdesk --help` loads neither the store nor reportlab.
from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import print_json
from pixdesk.documents.import_problems import LineProblem
from pixdesk.models.errors import DomainError
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

EXIT_REFUSED = 2
_TEXTS = {
    "imported": QT_TRANSLATE_NOOP("cli", "{count} candidats importés dans la session {session_id}"),
    "incomplete": QT_TRANSLATE_NOOP("cli", " (dont {count} à compléter : sexe manquant)"),
    "sessions": QT_TRANSLATE_NOOP("cli", "{sessions} sessions importées ({created} créées), {candidates} candidats"),
    "session_line": QT_TRANSLATE_NOOP("cli", "  Session {id} : {candidates} candidats{created}"),
    "created": QT_TRANSLATE_NOOP("cli", " (créée, code d'accès {access_code})"),
    "warning": QT_TRANSLATE_NOOP("cli", "Attention : {message}"),
}


def _text(key: str, **params: object) -> str:
    return translate("cli", _TEXTS[key]).format(**params)


def add_candidates_import(actions, common: argparse.ArgumentParser) -> None:
    """`pixdesk candidate(s) import SESSION_ID FILE`, added to the candidate command group."""
    command = actions.add_parser("import", parents=[common],
                                 help="replace a session's candidates with a .ods/.xlsx/.csv list")
    command.add_argument("session_id", metavar="SESSION_ID")
    command.add_argument("file", metavar="FILE", help="Liste des candidats (.ods, .xlsx ou .csv)")
    command.set_defaults(handler=candidates_import_command)


def add_sessions_import(actions, common: argparse.ArgumentParser) -> None:
    """`pixdesk session(s) import FILE`, added to the session command group."""
    command = actions.add_parser("import", parents=[common],
                                 help="create sessions and their candidates from the platform's mass-import file")
    command.add_argument("file", metavar="FILE", help="Fichier d'import de sessions (.csv, .ods ou .xlsx)")
    command.set_defaults(handler=sessions_import_command)


def print_warnings(warnings) -> None:
    """Non-blocking: the import went through; each warning on stderr, in its line's words."""
    for warning in warnings:
        print(_text("warning", message=warning.message()), file=sys.stderr)


def _report_refusal(error: DomainError, as_json: bool) -> int:
    """Every problem, one line each ("Ligne N : …"), on stderr; or all of them as JSON."""
    from pixdesk.store.errors import StoreError

    if isinstance(error, StoreError):
        raise error  # the store's failure (busy, full, read-only), reported as such by the command line
    if as_json:
        print_json({"errors": [p.as_json() if isinstance(p, LineProblem) else
                               {"line": None, "field": p.field, "code": p.code, "message": p.message()}
                               for p in error.problems]})
    else:
        for problem in error.problems:
            print(problem.message(), file=sys.stderr)
    return EXIT_REFUSED


def candidates_import_command(ctx: CommandContext) -> int:
    from pixdesk.documents.candidate_import import import_candidates

    session_id = parse_id(ctx.args.session_id, "session_id")
    try:
        result = import_candidates(ctx.db, session_id, ctx.args.file, with_records=ctx.as_json)
    except DomainError as error:
        return _report_refusal(error, ctx.as_json)
    if ctx.as_json:
        print_json({"session_id": session_id, "imported": result.count, "incomplete": result.incomplete_count,
                    "candidates": [record.as_json() for record in result.records],
                    "warnings": [warning.as_json() for warning in result.warnings]})
    else:
        print_warnings(result.warnings)
        line = _text("imported", count=result.count, session_id=session_id)
        if result.incomplete_count:
            line += _text("incomplete", count=result.incomplete_count)
        print(line)
    return 0


def sessions_import_command(ctx: CommandContext) -> int:
    from pixdesk.documents.session_import import import_sessions

    try:
        result = import_sessions(ctx.db, ctx.args.file)
    except DomainError as error:
        return _report_refusal(error, ctx.as_json)
    if ctx.as_json:
        print_json(result.as_json())
        return 0
    print_warnings(result.warnings)
    print(_text("sessions", sessions=len(result.sessions), created=result.created_count,
                candidates=result.candidate_count))
    for session in result.sessions:
        created = _text("created", access_code=session.access_code) if session.created else ""
        print(_text("session_line", id=session.id, candidates=session.candidate_count, created=created))
    return 0
