"""What a migration step needs to recreate a table: SQLite cannot change a primary key or a column's definition in
place, so the table is built anew beside the old one, filled, and put in its place (sqlite.org/lang_altertable.html,
"Making Other Kinds Of Table Schema Changes").

Foreign keys must be off while the old table is dropped, or dropping it would cascade-delete every candidate of
every session; `PRAGMA foreign_keys` cannot change inside a transaction, so `migrate` turns it off around a step
marked with `@rebuilds_tables`, and `check_foreign_keys` runs before the step commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Step = Callable[[sqlite3.Connection], None]


class MigrationError(sqlite3.DatabaseError):
    """A schema step would leave the store inconsistent; it is rolled back and the store stays as it was."""


def rebuilds_tables(step: Step) -> Step:
    """Marks a step that recreates tables: `migrate` runs it with foreign keys off."""
    step.rebuilds_tables = True  # type: ignore[attr-defined]
    return step


def needs_foreign_keys_off(step: Step) -> bool:
    return bool(getattr(step, "rebuilds_tables", False))


def rebuild_table(conn: sqlite3.Connection, table: str, create_sql: str, columns: dict[str, str],
                  indexes: Sequence[str] = ()) -> None:
    """Recreate `table` from `create_sql` (a CREATE TABLE with `{table}` where its name goes).

    `columns` maps each new column to the SQL expression that fills it from the old row (usually the same name);
    new columns left out take their default. The old table's indexes and triggers go with it: give the new ones in
    `indexes`. Rowids (INTEGER PRIMARY KEY) are copied, so rows that refer to this table still find their parent."""
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise MigrationError(f"rebuilding {table} with foreign keys on would cascade; mark the step @rebuilds_tables")
    scratch = f"{table}__rebuilt"
    conn.execute(create_sql.format(table=scratch))
    targets = ", ".join(columns)
    sources = ", ".join(columns.values())
    conn.execute(f"INSERT INTO {scratch} ({targets}) SELECT {sources} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    # Renaming the new table (never the old one): other tables' REFERENCES name `table`, and stay pointing at it.
    conn.execute(f"ALTER TABLE {scratch} RENAME TO {table}")
    for statement in indexes:
        conn.execute(statement)


def check_foreign_keys(conn: sqlite3.Connection, version: int) -> None:
    """Refuses to commit a step that leaves a row pointing at a parent that is not there."""
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise MigrationError(f"schema step {version} would leave {len(broken)} broken reference(s), "
                             f"the first from {table} row {rowid} to {parent}; nothing was changed")
