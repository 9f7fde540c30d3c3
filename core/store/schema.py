"""The store's tables (SQLAlchemy 2): articles, claims, findings, sources, subscriptions, deliveries and feeds."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import false

# A figure: 64 bits, since "2.5 billion litres of fuel" is over PostgreSQL's INTEGER. SQLite's INTEGER already
# holds 64 bits whatever the declared type, so its columns keep the type they were created with (migration 0004).
FIGURE = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    """One ingested article; `content_hash` and `canonical_url` make ingest idempotent."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    canonical_url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    external_id: Mapped[str] = mapped_column(String(512))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2048))
    outlet: Mapped[str] = mapped_column(String(255))
    published: Mapped[date | None] = mapped_column(Date)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuthorityRow(Base):
    """An authority figures are attributed to (normalised name); rank orders how authoritative it is."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    rank: Mapped[int] = mapped_column(Integer)


class FindingRow(Base):
    """One figure as reported by any number of articles (its key); what they add up to is core/reconcile's."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    subtype: Mapped[str] = mapped_column(String(255))
    direction: Mapped[str] = mapped_column(String(16))
    value: Mapped[int | None] = mapped_column(FIGURE)
    value_max: Mapped[int | None] = mapped_column(FIGURE)
    unit: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    incremental: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_findings_category", "category", "subtype"),)


class ClaimRow(Base):
    """A claim as extracted from one article."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    category: Mapped[str] = mapped_column(String(32))
    subtype: Mapped[str] = mapped_column(String(255))
    direction: Mapped[str] = mapped_column(String(16))
    value: Mapped[int | None] = mapped_column(FIGURE)
    value_max: Mapped[int | None] = mapped_column(FIGURE)
    qualifier: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    incremental: Mapped[bool] = mapped_column(Boolean)
    period: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(String(255))
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    ref_date: Mapped[date | None] = mapped_column(Date)


class SubscriptionRow(Base):
    """A chat channel's daily digest: when (local time in a time zone), on which topics, and whether a change of a
    topic's headline estimate is also posted at once (`alerts`)."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(5))  # HH:MM, local to `timezone`
    timezone: Mapped[str] = mapped_column(String(64))
    topics: Mapped[str] = mapped_column(String(255))  # comma-separated topic names
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    alerts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (UniqueConstraint("platform", "channel", name="uq_subscriptions_channel"),)


class DeliveryRow(Base):
    """The delivery ledger: one row per (platform, channel, period) digest; its uniqueness makes delivery
    happen once across retries, restarts and replicas."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # pending | sent | failed | refused
    owner: Mapped[str] = mapped_column(String(64))
    lease_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_ref: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("platform", "channel", "period", name="uq_deliveries_period"),)


class FeedRow(Base):
    """A live source (feed or page, from config/sources.toml or `nk-aid sources add`) and its polling state.

    Named "feeds" because "sources" holds the authorities figures are attributed to."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    url: Mapped[str] = mapped_column(String(2048))
    every_s: Mapped[int] = mapped_column(Integer)
    keywords: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    origin: Mapped[str] = mapped_column(String(16))  # config | user
    removed: Mapped[bool] = mapped_column(Boolean, default=False)  # kept so a config reload does not re-add it
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    next_poll_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FeedItemRow(Base):
    """What happened to one article URL seen in a feed or given to `ingest`: `nk-aid explain` reads it."""

    __tablename__ = "feed_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str] = mapped_column(String(2048))
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id", ondelete="SET NULL"))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(255))
    stamp: Mapped[str] = mapped_column(String(64), default="")  # the feed entry's updated/published time
    status: Mapped[str] = mapped_column(String(16))  # not_fetched | failed | not_relevant | duplicate | stored
    reason: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    claims: Mapped[int] = mapped_column(Integer, default=0)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # consecutive failed fetches
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_checked: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ArticleRevisionRow(Base):
    """An article whose text changed at the same URL: the figures the new text added and dropped."""

    __tablename__ = "article_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    revised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    old_hash: Mapped[str] = mapped_column(String(64))
    new_hash: Mapped[str] = mapped_column(String(64))
    added: Mapped[str] = mapped_column(Text, default="")  # one figure per line
    dropped: Mapped[str] = mapped_column(Text, default="")
