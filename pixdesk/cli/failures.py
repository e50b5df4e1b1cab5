"""How a command ends when something goes wrong: one line in the user's language, the right exit status, and a
log entry without personal data. Never a traceback."""

from __future__ import annotations

import os
import sys

from pixdesk.cli.output import print_json
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

EXIT_FAILURE, EXIT_INVALID = 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as Unix tools end when the reader of their output has gone

INTERRUPTED = QT_TRANSLATE_NOOP("cli", "Interrompu : toute modification inachevée a été annulée.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "cli", "Erreur inattendue ({name}) : ce qui était déjà enregistré est intact. Le détail technique est dans {log}.")
UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP(
    "cli", "Erreur inattendue ({name}) : ce qui était déjà enregistré est intact.")


# The option or argument a StoreError's field was typed with.
OPTIONS = {"db": "--db", "output": "--output", "file": "FILE"}


def report_store_error(error, as_json: bool) -> int:
    """A StoreError: one line; naming the option and exiting 2 when the path the user gave is at fault, exiting
    1 when the machine is (busy, read-only, full, damaged)."""
    from pixdesk.logs import log_event

    log_event(f"store refused: {error.code}")
    message = error.message()
    if as_json:
        print_json({"errors": [{"code": error.code, "field": error.field, "message": message}]})
    else:
        print(f"{OPTIONS[error.field]}: {message}" if error.field else message, file=sys.stderr)
    return EXIT_INVALID if error.field else EXIT_FAILURE


def report_unexpected(error: BaseException) -> int:
    from pixdesk.logs import log_failure

    log = log_failure(error)
    name = type(error).__name__
    line = translate("cli", UNEXPECTED).format(name=name, log=log) if log else \
        translate("cli", UNEXPECTED_NO_LOG).format(name=name)
    print(line, file=sys.stderr)
    return EXIT_FAILURE


def report_interrupted() -> int:
    print(translate("cli", INTERRUPTED), file=sys.stderr)
    return EXIT_INTERRUPTED


def end_quietly_on_closed_pipe() -> int:
    """The reader went away (`pixdesk … | head -1`): stop writing, say nothing, like any Unix tool. What is
    still buffered goes to the null device so Python's own flush at exit does not complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing left to flush
    return EXIT_BROKEN_PIPE

