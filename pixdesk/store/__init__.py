"""The local SQLite store: connection settings, migrations, backups, transactions."""

from pixdesk.store.database import Database, open_database

__all__ = ["Database", "open_database"]
