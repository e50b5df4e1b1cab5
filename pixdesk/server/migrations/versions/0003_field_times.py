"""What the desktops' merge rules need: when each change was made, and per-field change times

Revision ID: 0003
Revises: 0002
- `change.changed_at`: when the change was made on the desktop (its PixDesk-Changed-At header), which is how
  "the later change" is judged when two desktops changed one field;
- `certification_session.field_times`, `certification_candidate.field_times`: for each field, when its value was
  last changed (a JSON object), so an older change arriving late does not overwrite a later one;
Never change it once on main: add a revision.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('changed_at', sa.DateTime(timezone=True), nullable=True))
    for table in ('certification_session', 'certification_candidate'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('field_times', sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in ('certification_candidate', 'certification_session'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('field_times')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_column('changed_at')
