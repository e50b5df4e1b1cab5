"""The `pixdesk` command: opens the window, or runs one command against the store."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from pixdesk import __version__, language
from pixdesk.cli import argparse_texts
from pixdesk.cli.context import CommandContext
from pixdesk.cli.failures import (
    EXIT_INVALID, end_quietly_on_closed_pipe, report_interrupted, report_store_error, report_unexpected,
)
from pixdesk.cli.output import report_problems, terminal_safe_output
from pixdesk.models.errors import DomainError
from pixdesk.paths import resolve_db_path

# Each module registers its command group; order is the order of `pixdesk --help`.
COMMAND_MODULES = [
    "pixdesk.cli.session_commands",
    "pixdesk.cli.candidate_commands",
    "pixdesk.cli.centre_commands",
    "pixdesk.cli.export_commands",
    "pixdesk.cli.room_commands",
    "pixdesk.cli.attendance_commands",
    "pixdesk.cli.incident_commands",
    "pixdesk.cli.journal_commands",
    "pixdesk.cli.change_commands",
    "pixdesk.cli.update_commands",
    "pixdesk.cli.finalise_commands",
    "pixdesk.cli.room_kit_commands",
    "pixdesk.cli.backup_commands",
    "pixdesk.cli.sync_commands",
]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # Also accepted after the command ("pixdesk session list --json"); SUPPRESS keeps the global value otherwise.
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    common.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file to use")
    common.add_argument("--lang", choices=language.SUPPORTED, default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="pixdesk",
        description="PixDesk: sessions de certification Pix, candidats, documents. "
                    "Sans commande, ouvre la fenêtre principale.",
    )
    parser.add_argument("--version", action="version", version=f"PixDesk {__version__}")
    parser.add_argument("--db", help="SQLite file to use (default: PIXDESK_DB, then the user-data folder)")
    parser.add_argument("--lang", choices=language.SUPPORTED, help="interface language (default: fr)")
    parser.add_argument("--json", action="store_true", help="machine-readable output (snake_case keys)")
    parser.add_argument("--demo", action="store_true", help="use a demo store filled with sample data")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on scratch data, one line per check (exit 1 if one fails)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, then close it as soon as it is shown (installation check)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        import_module(module_name).register(subparsers, common)
    return parser


def _requested_language(argv: list[str]) -> str | None:
    """--lang as typed, read before parsing so that parsing errors come in that language too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    """Runs one command. Whatever happens, the user reads lines meant for them: Ctrl-C is one line and exit 130,
    a closed pipe (`… | head -1`) ends quietly, control characters never reach the terminal."""
    try:
        with terminal_safe_output():
            code = _main(sys.argv[1:] if argv is None else argv)
            sys.stdout.flush()
            return code
    except KeyboardInterrupt:
        return report_interrupted()
    except BrokenPipeError:
        return end_quietly_on_closed_pipe()


def _main(argv: list[str]) -> int:
    requested = _requested_language(argv)
    if requested in language.SUPPORTED:
        language.set_current(requested)
    argparse_texts.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        language.set_current(args.lang)

    if args.db == "":
        from pixdesk.store.errors import StoreError

        return report_store_error(StoreError("STORE_PATH_EMPTY"), args.json)
    db_path = resolve_db_path(args.db, demo=args.demo)
    if args.self_test:
        from pixdesk.selftest import run as self_test

        return self_test(db_path.parent, as_json=args.json)
    if args.command is None:
        from pixdesk.gui import launch

        return launch(db_path, demo=args.demo, lang=args.lang, smoke=args.smoke_test, as_json=args.json)
    return _run(args, db_path)


def _run(args: argparse.Namespace, db_path) -> int:
    # Imported here, not at the top: `pixdesk --version` and `--help` answer without loading SQLAlchemy.
    from pixdesk.store import open_database
    from pixdesk.store.errors import StoreError, store_error_from

    db = None
    try:
        if getattr(args, "opens_store", True):
            db = open_database(db_path)
            if args.demo:
                from pixdesk.services.demo import seed_demo

                seed_demo(db)
        return args.handler(CommandContext(db=db, as_json=args.json, args=args, db_path=db_path))
    except StoreError as error:
        return report_store_error(error, args.json)
    except DomainError as error:
        report_problems(error, args.json)
        return EXIT_INVALID
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as error:  # the user gets one line and a log, never a traceback
        # Only the store's own failures are explained as such; a file the command reads or writes says its own.
        problem = None if isinstance(error, OSError) else store_error_from(error, db_path)
        if problem is not None:
            return report_store_error(problem, args.json)
        return report_unexpected(error)
    finally:
        if db is not None:
            db.close()
