"""How the command line prints results and problems, in text or JSON."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from pixdesk.models.errors import DomainError
from pixdesk.models.text import strip_controls

# Domain field -> the option (or argument) the user typed it with.
FIELD_OPTIONS = {"extra_time_percentage": "--extra-time", "session_id": "SESSION_ID", "candidate_id": "CANDIDATE_ID",
                 "test_length_minutes": "--test-length"}


def option_for(field: str | None) -> str | None:
    if field is None:
        return None
    return FIELD_OPTIONS.get(field, "--" + field.replace("_", "-"))


# JSON escapes C0 itself; these it would leave raw, and a terminal would act on them (C1 holds an 8-bit CSI).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def print_json(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


class TerminalSafe(io.TextIOBase):
    """A text stream that drops control characters and escape sequences before they reach the terminal, so a
    value stored before they were refused (or echoed back in an error) cannot ring, recolour or rewrite it."""

    def __init__(self, stream):
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(strip_controls(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(sys.stdout), TerminalSafe(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def report_problems(error: DomainError, as_json: bool, *, field_names=option_for) -> None:
    """One line per problem, naming the field, in the user's language."""
    if as_json:
        print_json({"errors": [
            {"code": p.code, "field": p.field, "message": p.message()} for p in error.problems
        ]})
        return
    for problem in error.problems:
        name = field_names(problem.field)
        prefix = f"{name}: " if name else ""
        print(f"{prefix}{problem.message()}", file=sys.stderr)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    texts = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in texts]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for row in texts:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
