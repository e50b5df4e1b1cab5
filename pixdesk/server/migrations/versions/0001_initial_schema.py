"""Initial schema

Revision ID: 0001
Revises: 
Written with alembic autogenerate, then reviewed. Never change it once on main: add a revision.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('email', name=op.f('uq_app_user_email'))
    )
    op.create_table('certification_center',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('type', sa.String(length=3), nullable=True),
    sa.Column('habilitations', sa.String(length=255), server_default='', nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certification_center')),
    sa.UniqueConstraint('name', name=op.f('uq_certification_center_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_certification_center_uuid'))
    )
    op.create_table('sign_in_failure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_failure'))
    )
    with op.batch_alter_table('sign_in_failure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_in_failure_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_sign_in_failure_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_sign_in_failure_failed_at'), ['failed_at'], unique=False)

    op.create_table('certification_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('certification_center_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('room', sa.String(length=255), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=False),
    sa.Column('examiner', sa.String(length=255), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('access_code', sa.String(length=6), nullable=False),
    sa.Column('invigilator_password', sa.String(length=16), nullable=False),
    sa.Column('examiner_global_comment', sa.Text(), nullable=True),
    sa.Column('has_incident', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('has_joining_issue', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('has_supervisor_access', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('finalized_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('assigned_certification_officer_id', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), server_default='3', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['certification_center_id'], ['certification_center.id'], name=op.f('fk_certification_session_certification_center_id_certification_center'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_certification_session_created_by_app_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certification_session')),
    sa.UniqueConstraint('access_code', name=op.f('uq_certification_session_access_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_certification_session_uuid'))
    )
    with op.batch_alter_table('certification_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certification_session_certification_center_id'), ['certification_center_id'], unique=False)

    op.create_table('change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certification_center_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=True),
    sa.Column('operation', sa.String(length=16), nullable=False),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('idempotency_key', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['certification_center_id'], ['certification_center.id'], name=op.f('fk_change_certification_center_id_certification_center'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_change_user_id_app_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change')),
    sa.UniqueConstraint('certification_center_id', 'sequence', name='uq_change_centre_sequence')
    )
    op.create_table('idempotency_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('certification_center_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['certification_center_id'], ['certification_center.id'], name=op.f('fk_idempotency_record_certification_center_id_certification_center'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_idempotency_record_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idempotency_record')),
    sa.UniqueConstraint('user_id', 'key', name='uq_idempotency_user_key')
    )
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_record_created_at'), ['created_at'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('certification_center_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['certification_center_id'], ['certification_center.id'], name=op.f('fk_membership_certification_center_id_certification_center'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_membership_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('user_id', 'certification_center_id', name='uq_membership_user_centre')
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_certification_center_id'), ['certification_center_id'], unique=False)

    op.create_table('refresh_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_refresh_token_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refresh_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_refresh_token_token_hash'))
    )
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refresh_token_user_id'), ['user_id'], unique=False)

    op.create_table('access_token',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('refresh_token_id', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['refresh_token_id'], ['refresh_token.id'], name=op.f('fk_access_token_refresh_token_id_refresh_token'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_access_token_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_access_token'))
    )
    with op.batch_alter_table('access_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_token_expires_at'), ['expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_token_refresh_token_id'), ['refresh_token_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_token_user_id'), ['user_id'], unique=False)

    op.create_table('certification_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.String(length=255), nullable=False),
    sa.Column('first_name', sa.String(length=255), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birthdate', sa.Date(), nullable=False),
    sa.Column('birth_country', sa.String(length=255), nullable=True),
    sa.Column('birth_insee_code', sa.String(length=5), nullable=True),
    sa.Column('birth_postal_code', sa.String(length=5), nullable=True),
    sa.Column('birth_city', sa.String(length=255), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('result_recipient_email', sa.String(length=320), nullable=True),
    sa.Column('external_id', sa.String(length=255), nullable=True),
    sa.Column('extra_time_percentage', sa.Integer(), nullable=True),
    sa.Column('billing_mode', sa.String(length=8), nullable=True),
    sa.Column('prepayment_code', sa.String(length=255), nullable=True),
    sa.Column('complementary_certification', sa.String(length=32), nullable=True),
    sa.Column('incomplete', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('identity_key', sa.String(length=800), nullable=False),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('has_seen_end_test_screen', sa.Boolean(), nullable=True),
    sa.Column('is_completed', sa.Boolean(), nullable=True),
    sa.Column('abort_reason', sa.String(length=16), nullable=True),
    sa.Column('examiner_comment', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['certification_session.id'], name=op.f('fk_certification_candidate_session_id_certification_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certification_candidate')),
    sa.UniqueConstraint('session_id', 'identity_key', name='uq_candidate_identity'),
    sa.UniqueConstraint('uuid', name=op.f('uq_certification_candidate_uuid'))
    )
    op.create_table('certification_issue_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=True),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('subcategory', sa.String(length=64), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('question_number', sa.Integer(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('added_after_finalization', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['certification_candidate.id'], name=op.f('fk_certification_issue_report_candidate_id_certification_candidate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['certification_session.id'], name=op.f('fk_certification_issue_report_session_id_certification_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certification_issue_report')),
    sa.UniqueConstraint('uuid', name=op.f('uq_certification_issue_report_uuid'))
    )
    with op.batch_alter_table('certification_issue_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certification_issue_report_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certification_issue_report_session_id'), ['session_id'], unique=False)

    op.create_table('journal_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=True),
    sa.Column('candidate_uuid', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('recorded_at', sa.String(length=40), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=128), nullable=False),
    sa.Column('device', sa.String(length=64), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('after_finalization', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['certification_candidate.id'], name=op.f('fk_journal_event_candidate_id_certification_candidate'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['certification_session.id'], name=op.f('fk_journal_event_session_id_certification_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_journal_event_uuid'))
    )
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.create_index('ix_journal_event_session_order', ['session_id', 'recorded_at', 'sequence'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_event_session_order')

    op.drop_table('journal_event')
    with op.batch_alter_table('certification_issue_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certification_issue_report_session_id'))
        batch_op.drop_index(batch_op.f('ix_certification_issue_report_candidate_id'))

    op.drop_table('certification_issue_report')
    op.drop_table('certification_candidate')
    with op.batch_alter_table('access_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_token_user_id'))
        batch_op.drop_index(batch_op.f('ix_access_token_refresh_token_id'))
        batch_op.drop_index(batch_op.f('ix_access_token_expires_at'))

    op.drop_table('access_token')
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refresh_token_user_id'))

    op.drop_table('refresh_token')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_certification_center_id'))

    op.drop_table('membership')
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_record_created_at'))

    op.drop_table('idempotency_record')
    op.drop_table('change')
    with op.batch_alter_table('certification_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certification_session_certification_center_id'))

    op.drop_table('certification_session')
    with op.batch_alter_table('sign_in_failure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_in_failure_failed_at'))
        batch_op.drop_index(batch_op.f('ix_sign_in_failure_email'))
        batch_op.drop_index(batch_op.f('ix_sign_in_failure_address'))

    op.drop_table('sign_in_failure')
    op.drop_table('certification_center')
    op.drop_table('app_user')
