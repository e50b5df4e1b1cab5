"""Journal events keep their chain's previous hash, run and monotonic clock; one event per chain and sequence

Revision ID: 0002
Revises: 0001
Written by hand. Never change it once on main: add a revision.
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_hash', sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column('run', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('monotonic_ns', sa.BigInteger(), nullable=True))
        batch_op.create_index('uq_journal_event_chain', ['session_id', 'device', 'sequence'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.drop_index('uq_journal_event_chain')
        batch_op.drop_column('monotonic_ns')
        batch_op.drop_column('run')
        batch_op.drop_column('previous_hash')
