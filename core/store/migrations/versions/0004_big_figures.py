"""Figures as 64-bit integers: "2.5 billion litres of fuel" is over PostgreSQL's 32-bit INTEGER.

SQLite stores every INTEGER in up to 64 bits whatever the declared type, so only PostgreSQL's columns change.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = [("claims", "value"), ("claims", "value_max"), ("findings", "value"), ("findings", "value_max")]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in _COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in _COLUMNS:
        op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger(), existing_nullable=True)
