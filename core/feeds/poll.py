"""Polling: lease the due sources, fetch feeds and their new or updated items, extract and store them once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from core.errors import InputError, StoreError
from core.feeds.config import FeedSpec, load_feed_specs
from core.feeds.feeds import FeedEntry, looks_like_feed, parse_feed
from core.feeds.fetch import Fetched, Fetcher, HttpFetcher
from core.feeds.pages import decode_page, mentions_actors, read_page, visible_text
from core.ingest.urls import canonical_url
from core.service import ingest_article, prepare_article
from core.settings import Settings
from core.store import SqlStore
from core.store.feeds import FeedState, FeedStore, ItemState
from core.store.leases import owner_id

log = logging.getLogger(__name__)

MAX_ITEM_ATTEMPTS = 3  # an item that failed this often in a row is left alone until its feed entry changes
_T = TypeVar("_T")


@dataclass
class PollSummary:
    """What one poll (or `nk-aid ingest URL`) did, in counts, with the reason of every failure."""

    feeds: int = 0
    not_modified: int = 0
    failing_feeds: list[str] = field(default_factory=list)  # "NAME: reason"
    entries: int = 0
    seen: int = 0
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    not_relevant: int = 0
    not_fetched: int = 0
    failed: list[str] = field(default_factory=list)  # "URL: reason"
    claims: int = 0
    over_cap: int = 0  # feed items beyond feed_max_items, not looked at

    def line(self) -> str:
        head = (
            f"{self.feeds} sources polled ({self.not_modified} not modified, {len(self.failing_feeds)} failed); "
            if self.feeds
            else ""
        )
        return (
            f"{head}{self.entries} items: {self.new} new, {self.updated} updated, {self.duplicates} duplicate, "
            f"{self.seen} already seen, {self.not_relevant} not relevant, {self.not_fetched} filtered out by "
            f"keywords, {len(self.failed)} failed; {self.claims} claims stored"
            + (f"; {self.over_cap} items over the per-feed cap left" if self.over_cap else "")
        )


async def poll_due_feeds(
    store: SqlStore,
    settings: Settings,
    now: datetime | None = None,
    *,
    fetcher: Fetcher | None = None,
    owner: str | None = None,
) -> PollSummary:
    """Poll every source due at `now` (config/sources.toml merged into the store first). Each due source is
    leased to this caller, so replicas sharing the database poll each source once. Never raises for a
    failing source or item: the summary and the store (`nk-aid explain`, `nk-aid sources check`) say why."""
    now = now or datetime.now(UTC)
    owner = owner or owner_id()  # callers with a runtime pass its owner: one id per process
    feeds = FeedStore(store.engine)
    specs = load_feed_specs(settings.sources_path)
    await asyncio.to_thread(feeds.sync_config, specs, now)
    due = await asyncio.to_thread(feeds.claim_due, now, owner)
    summary = PollSummary()
    async with _fetcher(settings, fetcher) as http:
        poller = _Poller(store, feeds, http, settings, summary, now)
        await asyncio.gather(*(poller.poll_source(feed, owner) for feed in due))
    log.info("poll: %s", summary.line())
    return summary


async def ingest_urls(
    store: SqlStore, settings: Settings, urls: list[str], *, fetcher: Fetcher | None = None
) -> PollSummary:
    """Fetch each URL once: a feed has its items taken, a page is taken itself (`nk-aid ingest URL`)."""
    summary = PollSummary()
    async with _fetcher(settings, fetcher) as http:
        poller = _Poller(store, FeedStore(store.engine), http, settings, summary, datetime.now(UTC))
        await asyncio.gather(*(poller.take_url(url) for url in urls))
    return summary


class _Poller:
    """One run: the fetcher, the store, and a lock so extraction and writes happen one at a time off the loop."""

    def __init__(
        self,
        store: SqlStore,
        feeds: FeedStore,
        fetcher: Fetcher,
        settings: Settings,
        summary: PollSummary,
        now: datetime,
    ) -> None:
        self.store, self.feeds, self.fetcher = store, feeds, fetcher
        self.settings, self.summary, self.now = settings, summary, now
        self._lock = asyncio.Lock()
        self._taken: set[str] = set()  # canonical URLs handled in this run (one story in two feeds)

    async def _db(self, work: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        async with self._lock:
            return await asyncio.to_thread(work, *args, **kwargs)

    async def poll_source(self, feed: FeedState, owner: str) -> None:
        self.summary.feeds += 1
        error, etag, last_modified = None, feed.etag, feed.last_modified
        deadline = self.settings.poll_deadline_s
        try:
            async with asyncio.timeout(deadline):  # a slow source must not hold the poll, nor its lease, for long
                fetched = await self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
                etag, last_modified = fetched.etag or etag, fetched.last_modified or last_modified
                if fetched.not_modified:
                    self.summary.not_modified += 1
                    log.info("%s: not modified since the last poll", feed.name)
                elif looks_like_feed(fetched.body, fetched.content_type):
                    entries = parse_feed(fetched.body, feed.url, fetched.content_type)
                    spec = FeedSpec(name=feed.name, url=feed.url, every=feed.every_s, keywords=feed.keywords)
                    await self._take_entries(entries, feed.id, spec)
                else:  # a single page watched for changes
                    known = await self._db(self.feeds.item, feed.url)
                    await self._take_fetched(feed.url, fetched, None, feed.id, known)
                await self._retry_failed(feed)
        except TimeoutError:
            error = f"poll took over {deadline:g} s (stopped; what was stored stays, the rest waits for the next poll)"
            self.summary.failing_feeds.append(f"{feed.name}: {feed.url}: {error}")
            log.warning("source %s failed (%d in a row): %s", feed.name, feed.failures + 1, error)
        except InputError as err:
            error = err.reason
            self.summary.failing_feeds.append(f"{feed.name}: {err}")
            log.warning("source %s failed (%d in a row): %s", feed.name, feed.failures + 1, err)
        except Exception as err:  # the store failing mid-poll, or a bug: this source fails, its lease is released
            error = f"poll failed ({type(err).__name__}: {err})"
            self.summary.failing_feeds.append(f"{feed.name}: {feed.url}: {error}")
            log.warning("source %s failed (%d in a row): %s", feed.name, feed.failures + 1, error, exc_info=True)
        try:
            next_poll = await self._db(
                self.feeds.finish, feed, owner, self.now, error, etag, last_modified, self.settings.source_max_backoff_s
            )
        except Exception as err:  # the store is down: the lease expires on its own (core.store.feeds.LEASE)
            log.warning("source %s: lease not released (%s)", feed.name, err)
            return
        log.debug("%s: next poll at %s", feed.name, next_poll.isoformat())

    async def _retry_failed(self, feed: FeedState) -> None:
        """Items that failed before and were not in the feed this time (or the feed was not modified)."""
        failed = await self._db(self.feeds.failed_items, feed.id, MAX_ITEM_ATTEMPTS)
        retry = [item for item in failed if item.canonical_url not in self._taken]
        await asyncio.gather(
            *(
                self.take_entry(FeedEntry(i.url, i.title or "", "", None, i.stamp, None), feed.id, None, i)
                for i in retry
            )
        )

    async def take_url(self, url: str) -> None:
        """A URL named by the user: a feed's items, or the page itself; within the poll deadline."""
        deadline = self.settings.poll_deadline_s
        try:
            async with asyncio.timeout(deadline):
                await self._take_url(url)
        except TimeoutError:
            self.summary.failed.append(f"{url}: took over {deadline:g} s (stopped)")
            log.warning("failed %s: took over %g s (stopped)", url, deadline)

    async def _take_url(self, url: str) -> None:
        try:
            fetched = await self.fetcher.fetch(url)
        except InputError as err:
            self.summary.entries += 1
            await self._failed(url, None, None, err, await self._db(self.feeds.item, url))
            return
        if looks_like_feed(fetched.body, fetched.content_type):
            try:
                entries = parse_feed(fetched.body, url, fetched.content_type)
            except InputError as err:
                self.summary.failed.append(str(err))
                log.warning("%s", err)
                return
            await self._take_entries(entries, None, None)
        else:
            self.summary.entries += 1
            await self._take_fetched(url, fetched, None, None, await self._db(self.feeds.item, url))

    async def _take_entries(self, entries: list[FeedEntry], feed_id: int | None, spec: FeedSpec | None) -> None:
        cap = self.settings.feed_max_items
        if len(entries) > cap:  # a feed of 2,000 items must not make 2,000 requests; feeds list the newest first
            log.warning("%s: %d items, only the first %d looked at (feed_max_items)", spec.name if spec else
                        "feed", len(entries), cap)  # fmt: skip
            self.summary.over_cap += len(entries) - cap
            entries = entries[:cap]
        known = await self._db(self.feeds.items, [entry.url for entry in entries])  # one query, not one per entry
        await asyncio.gather(
            *(self.take_entry(e, feed_id, spec, known.get(canonical_url(e.url) or e.url)) for e in entries)
        )

    async def take_entry(
        self, entry: FeedEntry, feed_id: int | None, spec: FeedSpec | None, known: ItemState | None
    ) -> None:
        """One feed item: skipped when already handled and unchanged, filtered by the source's keywords,
        else fetched (conditionally when stored before), extracted and stored."""
        self.summary.entries += 1
        key = canonical_url(entry.url) or entry.url
        if key in self._taken:
            self.summary.seen += 1
            return
        self._taken.add(key)
        if known is not None and not _worth_fetching(known, entry):
            self.summary.seen += 1
            return
        if known is None and spec is not None and not spec.matches(f"{entry.title}\n{entry.summary}"):
            self.summary.not_fetched += 1
            reason = f"feed entry mentions none of the keywords of {spec.name} ({', '.join(spec.keywords)})"
            log.info("not fetched %s: %s", entry.url, reason)
            await self._record(entry.url, feed_id, entry, status="not_fetched", reason=reason)
            return
        try:
            validators = known if known is not None and known.status == "stored" else None
            fetched = await self.fetcher.fetch(
                entry.url,
                etag=validators.etag if validators else None,
                last_modified=validators.last_modified if validators else None,
            )
        except InputError as err:
            await self._failed(entry.url, entry, feed_id, err, known)
            return
        await self._take_fetched(entry.url, fetched, entry, feed_id, known)

    async def _take_fetched(
        self, url: str, fetched: Fetched, entry: FeedEntry | None, feed_id: int | None, known: ItemState | None
    ) -> None:
        if fetched.not_modified:
            self.summary.seen += 1
            log.info("unchanged %s (HTTP 304)", url)
            await self._record(url, feed_id, entry, attempts=0)
            return
        try:
            await self._db(self._settle, url, fetched, entry, feed_id)
        except InputError as err:
            await self._failed(url, entry, feed_id, err, known)
        except StoreError:
            raise  # the store is unusable: nothing else in this poll can be recorded either
        except Exception as err:  # a bug in parsing or extraction costs one item, not the poll
            log.exception("internal error on %s", url)
            await self._failed(url, entry, feed_id, InputError(url, f"internal error ({type(err).__name__})"), known)

    def _settle(self, url: str, fetched: Fetched, entry: FeedEntry | None, feed_id: int | None) -> None:
        """Decode, check relevance cheaply (before trafilatura reads the page), then the one write path that files
        take too: prepare (relevance, extraction) and ingest, revising the article when its URL is known (runs in a
        worker thread)."""
        lexicon = self.store.lexicon
        validators = {"etag": fetched.etag, "last_modified": fetched.last_modified, "attempts": 0}
        html = decode_page(fetched.body, url, fetched.content_type, self.settings.max_input_bytes)
        if not mentions_actors(visible_text(html), lexicon):
            reason = "page does not mention both North Korea and Russia (not extracted)"
            self._not_relevant(url, feed_id, entry, reason, validators)
            return
        page = read_page(html, fetched.url, entry.title if entry else "", entry.published if entry else None)
        extra = {**validators, "title": page.article.title, "author": page.author}
        done = ingest_article(self.store, prepare_article(page.article, lexicon), self.now, revise=True)
        if done.result.skip is not None:
            self._not_relevant(url, feed_id, entry, done.result.skip.reason, extra)
            return
        stored = done.stored
        assert stored is not None
        if stored.new:
            self.summary.new += 1
            self.summary.claims += stored.claims
            log.info("stored %s: %d claims", url, stored.claims)
            self._write(
                url, feed_id, entry, status="stored", article_id=stored.article_id, claims=stored.claims, **extra
            )
            return
        revision = done.revision
        if revision is None:  # the same text as another article, under another URL
            self.summary.duplicates += 1
            log.info("duplicate %s: same text as %s", url, stored.duplicate_of)
            self._write(url, feed_id, entry, status="duplicate", duplicate_of=stored.article_id, reason=None, **extra)
            return
        if revision.changed:  # the figures added and dropped are in article_revisions, for `explain`
            self.summary.updated += 1
            self.summary.claims += len(revision.added)
            log.info("updated %s: +%d figures, -%d figures", url, len(revision.added), len(revision.dropped))
        else:
            self.summary.seen += 1
        self._write(url, feed_id, entry, status="stored", article_id=revision.article_id, reason=None, **extra)

    def _not_relevant(
        self, url: str, feed_id: int | None, entry: FeedEntry | None, reason: str, extra: dict[str, Any]
    ) -> None:
        self.summary.not_relevant += 1
        log.info("not relevant %s: %s", url, reason)
        self._write(url, feed_id, entry, status="not_relevant", reason=reason, **extra)

    async def _failed(
        self, url: str, entry: FeedEntry | None, feed_id: int | None, err: InputError, known: ItemState | None
    ) -> None:
        self.summary.failed.append(str(err))
        log.warning("failed %s", err)
        attempts = (known.attempts if known is not None and known.status == "failed" else 0) + 1
        if known is None or known.status in ("failed", "not_fetched"):
            await self._record(url, feed_id, entry, status="failed", reason=err.reason, attempts=attempts)
        else:  # a stored article stays as it was; its entry's new stamp is not recorded, so it is tried again
            await self._record(url, feed_id, None, reason=f"re-check failed: {err.reason}", attempts=attempts)

    async def _record(self, url: str, feed_id: int | None, entry: FeedEntry | None, **values: Any) -> None:
        await self._db(self._write, url, feed_id, entry, **values)

    def _write(self, url: str, feed_id: int | None, entry: FeedEntry | None, **values: Any) -> None:
        if entry is not None:
            values.setdefault("title", entry.title or None)
            values.setdefault("author", entry.author)
            values["stamp"] = entry.stamp
        self.feeds.record_item(url, self.now, feed_id, **values)


def _worth_fetching(known: ItemState, entry: FeedEntry) -> bool:
    """Fetch a known item again only when it failed (a few times at most) or its feed entry changed."""
    changed = bool(entry.stamp) and entry.stamp != known.stamp
    if known.status == "failed":
        return known.attempts < MAX_ITEM_ATTEMPTS or changed
    return changed and known.attempts < MAX_ITEM_ATTEMPTS


@asynccontextmanager
async def _fetcher(settings: Settings, given: Fetcher | None) -> AsyncIterator[Fetcher]:
    """The given fetcher as is, or an HttpFetcher opened and closed around the run."""
    if given is not None:
        yield given
        return
    async with HttpFetcher(settings) as http:
        yield http
