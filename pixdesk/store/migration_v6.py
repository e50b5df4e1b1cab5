"""Schema step 6: candidates compared as the platform's import compares them. Released steps never change.

The platform's .ods import takes two candidates of a session as the same person when their first and last names
in lower case and their birth dates are equal: accents count ("Hélène" and "Helene" are two people), case does not.
Every stored `identity_key` is recomputed so; two candidates that now share a key are both kept (the later one's
key gets its id), so the unique index holds and nothing stored is lost.
"""

from __future__ import annotations

import sqlite3
from datetime import date


def _identity_key(last_name: str, first_name: str, birthdate: object) -> str:
    """This step's own copy of the rule (pixdesk.models.candidate_rules.identity_key as released with it)."""
    return f"{last_name.lower()}|{first_name.lower()}|{date.fromisoformat(str(birthdate)[:10]).isoformat()}"


def platform_identity_keys(conn: sqlite3.Connection) -> None:
    seen: set[tuple[int, str]] = set()
    rows = conn.execute("SELECT id, session_id, last_name, first_name, birthdate FROM candidate ORDER BY id").fetchall()
    for candidate_id, session_id, last_name, first_name, birthdate in rows:
        key = _identity_key(last_name, first_name, birthdate)
        if (session_id, key) in seen:
            key = f"{key}#{candidate_id}"
        seen.add((session_id, key))
        conn.execute("UPDATE candidate SET identity_key = ? WHERE id = ?", (key, candidate_id))
