"""How the command line prints results and problems, in text or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from pixdesk.models.errors import DomainError

# Domain field -> the option (or argument) the user typed it with.
FIELD_OPTIONS = {"extra_time_percentage": "--extra-time", "session_id": "SESSION_ID", "candidate_id": "CANDIDATE_ID",
                 "test_length_minutes": "--test-length"}


def option_for(field: str | None) -> str | None:
    if field is None:
        return None
    return FIELD_OPTIONS.get(field, "--" + field.replace("_", "-"))


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


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
