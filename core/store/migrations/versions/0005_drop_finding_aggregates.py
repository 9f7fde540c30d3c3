"""Drop the finding aggregates nothing reads: counts, dates and headline columns of `findings`, and the
`finding_outlets` / `finding_authorities` tables. core/reconcile computes all of them from the stored claims.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS: list[sa.Column[object]] = [
    sa.Column("hedges", sa.String(255), nullable=False, server_default=""),
    sa.Column("reports", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("outlets", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("authorities", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("first_date", sa.Date(), nullable=True),
    sa.Column("last_date", sa.Date(), nullable=True),
    sa.Column("first_ingested", sa.DateTime(timezone=True), nullable=True),
    sa.Column("headline_claim_id", sa.Integer(), nullable=True),
    sa.Column("headline_rank", sa.Integer(), nullable=False, server_default="-1"),
    sa.Column("headline_date", sa.Date(), nullable=True),
]


def upgrade() -> None:
    op.drop_table("finding_authorities")
    op.drop_table("finding_outlets")
    for column in _COLUMNS:  # plain columns: SQLite 3.35+ drops them in place, no table copy
        op.drop_column("findings", column.name)


def downgrade() -> None:
    for column in _COLUMNS:
        op.add_column("findings", column)
    op.create_table(
        "finding_outlets",
        sa.Column("finding_id", sa.Integer(), sa.ForeignKey("findings.id"), primary_key=True),
        sa.Column("outlet", sa.String(255), primary_key=True),
    )
    op.create_table(
        "finding_authorities",
        sa.Column("finding_id", sa.Integer(), sa.ForeignKey("findings.id"), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id"), primary_key=True),
    )
