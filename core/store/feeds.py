"""Live sources in the store: the feed list, leases that give each due feed to one poller, item outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Engine, Table, insert, or_, select, update
from sqlalchemy.engine import Row

from core.ingest.urls import canonical_url
from core.store.findings import as_utc, figure_label
from core.store.schema import ArticleRevisionRow, ArticleRow, ClaimRow, FeedItemRow, FeedRow

_ITEMS: Table = FeedItemRow
LEASE = timedelta(minutes=10)  # longer than any poll of one feed; an expired lease means its poller died


class FeedConfig(Protocol):
    """A configured source (core.feeds.config.FeedSpec), as the store needs it."""

    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def every(self) -> int: ...
    @property
    def keywords(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class FeedState:
    """A feed as the poller and `nk-aid sources` see it."""

    id: int
    name: str
    url: str
    every_s: int
    keywords: tuple[str, ...]
    origin: str
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    last_polled_at: datetime | None
    last_ok_at: datetime | None
    failures: int
    last_error: str | None


@dataclass(frozen=True)
class ItemState:
    """What the store knows of one article URL (a row of feed_items)."""

    canonical_url: str
    url: str
    feed: str | None
    title: str | None
    stamp: str
    status: str
    reason: str | None
    article_id: int | None
    duplicate_of: int | None
    claims: int
    etag: str | None
    last_modified: str | None
    attempts: int
    first_seen: datetime
    last_checked: datetime


@dataclass(frozen=True)
class ArticleRef:
    id: int
    url: str | None
    title: str | None
    origin: str | None
    ingested_at: datetime


class FeedStore:
    """The feeds, feed_items and article_revisions tables. Every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- the feed list -------------------------------------------------------------------------------------

    def sync_config(self, specs: Sequence[FeedConfig], now: datetime) -> None:
        """Add the configured sources the store lacks and update changed ones, leaving removed ones removed."""
        with self.engine.begin() as connection:
            known = {row.name: row for row in connection.execute(select(FeedRow))}
            for spec in specs:
                values = {"url": spec.url, "every_s": spec.every, "keywords": "\n".join(spec.keywords)}
                row = known.get(spec.name)
                if row is None:
                    connection.execute(insert(FeedRow).values(**_new_feed(spec.name, "config", now), **values))
                elif not row.removed and any(getattr(row, k) != v for k, v in values.items()):
                    connection.execute(update(FeedRow).where(FeedRow.c.id == row.id).values(**values))

    def add(self, name: str, url: str, every_s: int, keywords: Sequence[str], now: datetime) -> bool:
        """Add a source (or bring a removed one back with these settings); False if the name is taken."""
        values = {"url": url, "every_s": every_s, "keywords": "\n".join(keywords)}
        with self.engine.begin() as connection:
            row = connection.execute(select(FeedRow.c.id, FeedRow.c.removed).where(FeedRow.c.name == name)).first()
            if row is not None and not row.removed:
                return False
            if row is None:
                connection.execute(insert(FeedRow).values(**_new_feed(name, "user", now), **values))
            else:
                connection.execute(
                    update(FeedRow)
                    .where(FeedRow.c.id == row.id)
                    .values(removed=False, next_poll_at=now, failures=0, last_error=None, **values)
                )
        return True

    def remove(self, name: str) -> bool:
        with self.engine.begin() as connection:
            result = connection.execute(
                update(FeedRow).where(FeedRow.c.name == name, FeedRow.c.removed.is_(False)).values(removed=True)
            )
        return bool(result.rowcount)

    def feeds(self) -> list[FeedState]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(FeedRow).where(FeedRow.c.removed.is_(False)).order_by(FeedRow.c.name))
            return [_feed_state(row) for row in rows]

    # --- polling -------------------------------------------------------------------------------------------

    def claim_due(self, now: datetime, owner: str, limit: int = 100) -> list[FeedState]:
        """Lease the due feeds to `owner`. On PostgreSQL the candidates are row-locked with SKIP LOCKED so
        replicas never wait on each other; the conditional UPDATE makes the lease safe on SQLite too."""
        claimed: list[FeedState] = []
        with self.engine.begin() as connection:
            candidates = connection.execute(
                select(FeedRow)
                .where(
                    FeedRow.c.removed.is_(False),
                    FeedRow.c.next_poll_at <= now,
                    or_(FeedRow.c.lease_until.is_(None), FeedRow.c.lease_until < now),
                )
                .order_by(FeedRow.c.next_poll_at, FeedRow.c.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
            for row in candidates:
                taken = connection.execute(
                    update(FeedRow)
                    .where(FeedRow.c.id == row.id, or_(FeedRow.c.lease_until.is_(None), FeedRow.c.lease_until < now))
                    .values(lease_owner=owner, lease_until=now + LEASE)
                )
                if taken.rowcount == 1:
                    claimed.append(_feed_state(row))
        return claimed

    def finish(
        self,
        feed: FeedState,
        owner: str,
        now: datetime,
        error: str | None,
        etag: str | None,
        last_modified: str | None,
        max_backoff_s: int,
    ) -> datetime:
        """Release the lease and schedule the next poll: the interval after success; after the n-th
        consecutive failure, the interval times 2**n (capped), so a broken source is never hammered."""
        failures = 0 if error is None else feed.failures + 1
        delay = min(feed.every_s * 2**failures, max(max_backoff_s, feed.every_s))
        next_poll = now + timedelta(seconds=delay)
        values: dict[str, Any] = {
            "lease_owner": None,
            "lease_until": None,
            "last_polled_at": now,
            "next_poll_at": next_poll,
            "failures": failures,
            "last_error": error,
        }
        if error is None:
            values.update(last_ok_at=now, etag=etag, last_modified=last_modified)
        with self.engine.begin() as connection:
            connection.execute(
                update(FeedRow).where(FeedRow.c.id == feed.id, FeedRow.c.lease_owner == owner).values(**values)
            )
        return next_poll

    # --- items ---------------------------------------------------------------------------------------------

    def item(self, url: str) -> ItemState | None:
        canonical = canonical_url(url)
        if canonical is None:
            return None
        with self.engine.connect() as connection:
            row = connection.execute(
                select(_ITEMS, FeedRow.c.name.label("feed_name"))
                .outerjoin(FeedRow, FeedRow.c.id == FeedItemRow.c.feed_id)
                .where(FeedItemRow.c.canonical_url == canonical)
            ).first()
        return _item_state(row) if row is not None else None

    def items(self, urls: Sequence[str]) -> dict[str, ItemState]:
        """The known items among `urls`, by canonical URL."""
        canonical = sorted({c for c in map(canonical_url, urls) if c is not None})
        found: dict[str, ItemState] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(canonical), 500):  # keep the IN list within every driver's limits
                rows = connection.execute(
                    select(_ITEMS, FeedRow.c.name.label("feed_name"))
                    .outerjoin(FeedRow, FeedRow.c.id == FeedItemRow.c.feed_id)
                    .where(FeedItemRow.c.canonical_url.in_(canonical[start : start + 500]))
                ).all()
                found.update((row.canonical_url, _item_state(row)) for row in rows)
        return found

    def failed_items(self, feed_id: int, max_attempts: int) -> list[ItemState]:
        """The feed's items whose fetch failed fewer than `max_attempts` times in a row: retried on every poll,
        even when the feed itself has not changed (304), so nothing is lost to a passing outage."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(_ITEMS, FeedRow.c.name.label("feed_name"))
                .outerjoin(FeedRow, FeedRow.c.id == FeedItemRow.c.feed_id)
                .where(
                    FeedItemRow.c.feed_id == feed_id,
                    FeedItemRow.c.status == "failed",
                    FeedItemRow.c.attempts < max_attempts,
                )
                .order_by(FeedItemRow.c.id)
            ).all()
        return [_item_state(row) for row in rows]

    def record_item(self, url: str, now: datetime, feed_id: int | None, **values: Any) -> None:
        """Insert or update the outcome of one article URL (status, reason, article, validators...)."""
        canonical = canonical_url(url) or url
        with self.engine.begin() as connection:
            found = connection.execute(
                select(FeedItemRow.c.id).where(FeedItemRow.c.canonical_url == canonical)
            ).scalar_one_or_none()
            if found is None:
                row = {"stamp": "", "claims": 0, "attempts": 0, **values}
                connection.execute(
                    insert(FeedItemRow).values(
                        canonical_url=canonical, url=url, feed_id=feed_id, first_seen=now, last_checked=now, **row
                    )
                )
            else:
                connection.execute(
                    update(FeedItemRow).where(FeedItemRow.c.id == found).values(last_checked=now, **values)
                )

    def article(self, article_id: int) -> ArticleRef | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(
                    ArticleRow.c.id, ArticleRow.c.url, ArticleRow.c.title, ArticleRow.c.origin, ArticleRow.c.ingested_at
                ).where(ArticleRow.c.id == article_id)
            ).first()
        return ArticleRef(row.id, row.url, row.title, row.origin, _utc(row.ingested_at)) if row else None

    def article_by_url(self, url: str) -> ArticleRef | None:
        canonical = canonical_url(url)
        with self.engine.connect() as connection:
            found = connection.execute(
                select(ArticleRow.c.id).where(ArticleRow.c.canonical_url == canonical)
            ).scalar_one_or_none()
        return self.article(found) if found is not None else None

    def claim_labels(self, article_id: int) -> list[str]:
        """The article's figures, one line each, with who said them."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(
                    ClaimRow.c.category,
                    ClaimRow.c.subtype,
                    ClaimRow.c.value,
                    ClaimRow.c.value_max,
                    ClaimRow.c.unit,
                    ClaimRow.c.status,
                    ClaimRow.c.qualifier,
                    ClaimRow.c.source,
                )
                .where(ClaimRow.c.article_id == article_id)
                .order_by(ClaimRow.c.id)
            ).all()
        return [figure_label(*row[:7]) + (f", per {row.source}" if row.source else "") for row in rows]

    def revisions(self, article_id: int) -> list[tuple[datetime, list[str], list[str]]]:
        """(when, figures added, figures dropped) of each change of the article's text, oldest first."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(ArticleRevisionRow.c.revised_at, ArticleRevisionRow.c.added, ArticleRevisionRow.c.dropped)
                .where(ArticleRevisionRow.c.article_id == article_id)
                .order_by(ArticleRevisionRow.c.id)
            ).all()
        return [(_utc(at), added.splitlines(), dropped.splitlines()) for at, added, dropped in rows]


def _new_feed(name: str, origin: str, now: datetime) -> dict[str, Any]:
    return {"name": name, "origin": origin, "removed": False, "failures": 0, "next_poll_at": now, "created_at": now}


def _utc(moment: datetime) -> datetime:
    aware = as_utc(moment)
    assert aware is not None
    return aware


def _feed_state(row: Row[Any]) -> FeedState:
    return FeedState(
        id=row.id,
        name=row.name,
        url=row.url,
        every_s=row.every_s,
        keywords=tuple(row.keywords.splitlines()),
        origin=row.origin,
        etag=row.etag,
        last_modified=row.last_modified,
        next_poll_at=_utc(row.next_poll_at),
        last_polled_at=as_utc(row.last_polled_at),
        last_ok_at=as_utc(row.last_ok_at),
        failures=row.failures,
        last_error=row.last_error,
    )


def _item_state(row: Row[Any]) -> ItemState:
    values = {name: getattr(row, name) for name in ItemState.__dataclass_fields__ if name != "feed"}
    values.update(feed=row.feed_name, first_seen=_utc(row.first_seen), last_checked=_utc(row.last_checked))
    return ItemState(**values)
