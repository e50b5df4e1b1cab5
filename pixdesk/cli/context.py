"""What every command gets: the opened store, the output mode, helpers to parse ids."""

from __future__ import annotations

import argparse
from pathlib import Path
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pixdesk.models.errors import Problem, ValidationError

if TYPE_CHECKING:  # the store loads when a command opens it, not for --help
    from pixdesk.store import Database


SQLITE_MAX_INTEGER = 2**63 - 1


@dataclass
class CommandContext:
    db: Database | None  # None for the commands that handle the store file themselves (backup, restore)
    as_json: bool
    args: argparse.Namespace
    db_path: Path | None = None


def parse_id(value: str, field: str) -> int:
    try:
        number = int(value)
        if 0 < number <= SQLITE_MAX_INTEGER:
            return number
    except (TypeError, ValueError):
        pass
    raise ValidationError(Problem("SESSION_ID_NOT_VALID", field, {"value": value}))
