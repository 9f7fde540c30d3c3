"""Articles, sources, findings and claims.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("canonical_url", sa.String(2048), nullable=True, unique=True),
        sa.Column("external_id", sa.String(512), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.String(2048), nullable=True),
        sa.Column("outlet", sa.String(255), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("rank", sa.Integer(), nullable=False),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("subtype", sa.String(255), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("value_max", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("incremental", sa.Boolean(), nullable=False),
        sa.Column("hedges", sa.String(255), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("outlets", sa.Integer(), nullable=False),
        sa.Column("authorities", sa.Integer(), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.Column("first_ingested", sa.DateTime(timezone=True), nullable=True),
        sa.Column("headline_claim_id", sa.Integer(), nullable=True),
        sa.Column("headline_rank", sa.Integer(), nullable=False),
        sa.Column("headline_date", sa.Date(), nullable=True),
    )
    op.create_index("ix_findings_category", "findings", ["category", "subtype"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("finding_id", sa.Integer(), sa.ForeignKey("findings.id"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id"), nullable=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("subtype", sa.String(255), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("value_max", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.String(16), nullable=True),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("incremental", sa.Boolean(), nullable=False),
        sa.Column("period", sa.String(255), nullable=True),
        sa.Column("source", sa.String(255), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("ref_date", sa.Date(), nullable=True),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_index("ix_claims_finding_id", "claims", ["finding_id"])
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


def downgrade() -> None:
    op.drop_table("finding_authorities")
    op.drop_table("finding_outlets")
    op.drop_table("claims")
    op.drop_table("findings")
    op.drop_table("sources")
    op.drop_table("articles")
