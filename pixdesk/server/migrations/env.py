"""Alembic environment: runs on the connection pixdesk.server.database.migrate hands over."""

from alembic import context

from pixdesk.server.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `pixdesk-server migrate`")
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
