"""The store's tables (SQLAlchemy Core): articles, claims, findings, sources, subscriptions, deliveries and feeds.

Plain `Table`s, not ORM classes: nothing reads rows as objects, and the ORM costs every command that opens the
store 60-100 ms of start-up (`nk-aid brief`, issue 16). Columns are `ArticleRow.c.id` and so on."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.sql import false

# A figure: 64 bits, since "2.5 billion litres of fuel" is over PostgreSQL's INTEGER. SQLite's INTEGER already
# holds 64 bits whatever the declared type, so its columns keep the type they were created with (migration 0004).
FIGURE = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

# One ingested article; `content_hash` and `canonical_url` make ingest idempotent.
ArticleRow = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), unique=True, nullable=False),
    Column("canonical_url", String(2048), unique=True),
    Column("external_id", String(512), nullable=False),
    Column("title", Text),
    Column("url", String(2048)),
    Column("outlet", String(255), nullable=False),
    Column("published", Date),
    Column("origin", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# An authority figures are attributed to (normalised name); rank orders how authoritative it is.
AuthorityRow = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), unique=True, nullable=False),
    Column("rank", Integer, nullable=False),
)

# One figure as reported by any number of articles (its key); what they add up to is core/reconcile's.
FindingRow = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), unique=True, nullable=False),
    Column("category", String(32), nullable=False),
    Column("subtype", String(255), nullable=False),
    Column("direction", String(16), nullable=False),
    Column("value", FIGURE),
    Column("value_max", FIGURE),
    Column("unit", String(32)),
    Column("status", String(16), nullable=False),
    Column("incremental", Boolean, nullable=False),
    Index("ix_findings_category", "category", "subtype"),
)

# A claim as extracted from one article.
ClaimRow = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("finding_id", Integer, ForeignKey("findings.id"), index=True, nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("category", String(32), nullable=False),
    Column("subtype", String(255), nullable=False),
    Column("direction", String(16), nullable=False),
    Column("value", FIGURE),
    Column("value_max", FIGURE),
    Column("qualifier", String(16)),
    Column("unit", String(32)),
    Column("status", String(16), nullable=False),
    Column("incremental", Boolean, nullable=False),
    Column("period", String(255)),
    Column("source", String(255)),
    Column("quote", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("ref_date", Date),
)

# A chat channel's daily digest: when (local time in a time zone), on which topics, and whether a change of a
# topic's headline estimate is also posted at once (`alerts`).
SubscriptionRow = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("workspace", String(64), nullable=False),
    Column("channel", String(64), nullable=False),
    Column("at", String(5), nullable=False),  # HH:MM, local to `timezone`
    Column("timezone", String(64), nullable=False),
    Column("topics", String(255), nullable=False),  # comma-separated topic names
    Column("created_by", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("alerts", Boolean, default=False, server_default=false(), nullable=False),
    UniqueConstraint("platform", "channel", name="uq_subscriptions_channel"),
)

# The delivery ledger: one row per (platform, channel, period) digest; its uniqueness makes delivery
# happen once across retries, restarts and replicas.
DeliveryRow = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("channel", String(64), nullable=False),
    Column("period", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent | failed | refused
    Column("owner", String(64), nullable=False),
    Column("lease_until", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("message_ref", String(128)),
    Column("error", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("platform", "channel", "period", name="uq_deliveries_period"),
)

# A live source (feed or page, from config/sources.toml or `nk-aid sources add`) and its polling state.
#
# Named "feeds" because "sources" holds the authorities figures are attributed to.
FeedRow = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), unique=True, nullable=False),
    Column("url", String(2048), nullable=False),
    Column("every_s", Integer, nullable=False),
    Column("keywords", Text, default="", nullable=False),  # newline-separated
    Column("origin", String(16), nullable=False),  # config | user
    Column("removed", Boolean, default=False, nullable=False),  # kept so a config reload does not re-add it
    Column("etag", String(512)),
    Column("last_modified", String(64)),
    Column("next_poll_at", DateTime(timezone=True), index=True, nullable=False),
    Column("last_polled_at", DateTime(timezone=True)),
    Column("last_ok_at", DateTime(timezone=True)),
    Column("failures", Integer, default=0, nullable=False),  # consecutive
    Column("last_error", Text),
    Column("lease_owner", String(64)),
    Column("lease_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# What happened to one article URL seen in a feed or given to `ingest`: `nk-aid explain` reads it.
FeedItemRow = Table(
    "feed_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("canonical_url", String(2048), unique=True, nullable=False),
    Column("url", String(2048), nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("title", Text),
    Column("author", String(255)),
    Column("stamp", String(64), default="", nullable=False),  # the feed entry's updated/published time
    Column("status", String(16), nullable=False),  # not_fetched | failed | not_relevant | duplicate | stored
    Column("reason", Text),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("duplicate_of", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("claims", Integer, default=0, nullable=False),
    Column("etag", String(512)),
    Column("last_modified", String(64)),
    Column("attempts", Integer, default=0, nullable=False),  # consecutive failed fetches
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_checked", DateTime(timezone=True), nullable=False),
)

# An article whose text changed at the same URL: the figures the new text added and dropped.
ArticleRevisionRow = Table(
    "article_revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("revised_at", DateTime(timezone=True), nullable=False),
    Column("old_hash", String(64), nullable=False),
    Column("new_hash", String(64), nullable=False),
    Column("added", Text, default="", nullable=False),  # one figure per line
    Column("dropped", Text, default="", nullable=False),
)
