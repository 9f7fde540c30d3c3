"""Polling against the loopback server, on SQLite and PostgreSQL: every failure gets a logged reason, the run goes
on, nothing is stored twice, nothing is lost, updates are revisions, failing sources back off, leases are exclusive."""

from __future__ import annotations

import asyncio
import gzip
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.feeds import PollSummary, explain_url, poll_due_feeds
from core.settings import Settings
from core.store import SqlStore
from core.store.feeds import LEASE, FeedStore
from core.store.schema import ArticleRow
from tests.fakes import articles as a
from tests.fakes.feed_server import FeedServer

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
FAILING_PAGES = {
    "/news/gone": "HTTP 404 Not Found",
    "/news/error": "HTTP 500 Internal Server Error (2 attempts)",
    "/news/slow": "timed out after 0.5 s (2 attempts)",
    "/news/loop": "more than 5 redirects",
    "/news/huge": "0.5 MB declared, over the 0.3 MB limit",
    "/news/bomb": "body decompresses to over the 0.3 MB limit (stopped)",
}


def write_sources(settings: Settings, server: FeedServer) -> None:
    settings.sources_path.write_text(
        f"""
[[source]]
name = "Feed A"
url = "{server.url("/feeds/a.xml")}"
every = 60

[[source]]
name = "Feed B"
url = "{server.url("/feeds/b.xml")}"
every = "1m"
keywords = ["Russia", "North Korea"]

[[source]]
name = "Feed C"
url = "{server.url("/feeds/c.xml")}"
every = 60

[[source]]
name = "Dead feed"
url = "{server.url("/feeds/dead.xml")}"
every = 60

[[source]]
name = "Junk feed"
url = "{server.url("/feeds/junk.xml")}"
every = 60
"""
    )


def serve_world(server: FeedServer) -> None:
    """Feeds and pages as the first poll finds them."""
    u = server.url
    server.serve("/news/troops", a.page("Seoul: 11,000 North Korean soldiers in Russia", a.TROOPS))
    server.serve("/news/artillery", a.page("Artillery to Russia", a.ARTILLERY_V1), etag='"a1"')
    shells = a.page("Shells and containers", a.SHELLS)
    server.serve("/news/shells", shells)
    server.serve("/news/shells/amp", shells)
    server.serve("/news/shells-copy", shells.replace("Example Daily", "Another Daily"))
    server.serve("/news/snow", a.page("Snow closes roads", a.OFF_TOPIC, nav=False))
    server.serve("/news/fair", a.page("Busan trade fair", a.NAV_ONLY))
    server.serve("/news/error", "oops", status=500)
    server.serve("/news/slow", a.page("Slow", a.MISSILES), delay=2.0)
    server.serve("/news/loop", redirect="/news/loop")
    server.serve("/news/huge", b"<p>" + b"North Korea Russia " * 25_000)
    bomb = gzip.compress(b" " * 30_000_000, compresslevel=9)
    server.serve("/news/bomb", bomb, headers={"Content-Encoding": "gzip"}, chunked=True)
    wrong_charset = a.page("Launchers: Ukraine’s count", a.LAUNCHERS).encode("cp1252")
    server.serve("/news/launchers", wrong_charset, content_type="text/html; charset=utf-8")
    serve_feed_a(server, etag='"fa1"', artillery_date="Tue, 03 Nov 2026 08:00:00 GMT")
    b_items = [
        a.Item("Shells (AMP)", u("/news/shells/amp"), "Russia"),
        a.Item("Shells again", u("/news/shells-copy"), "North Korea"),
        a.Item("Cabbage prices rise", u("/news/cabbage"), "Farmers worry about the harvest"),
    ]
    # Malformed: an unescaped ampersand and no closing tags; feedparser still reads the entries.
    server.serve("/feeds/b.xml", a.atom("Feed B & friends", b_items).replace("</feed>", ""), content_type="text/xml")
    c_feed = a.rss("Feed C: Seoul’s view", [a.Item("Troops ’again’", u("/news/troops/"), "")]).encode("cp1252")
    server.serve("/feeds/c.xml", c_feed, content_type="application/rss+xml; charset=utf-8", etag='"fc1"')
    server.serve("/feeds/dead.xml", "down", status=500)
    server.serve("/feeds/junk.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml")


def serve_feed_a(server: FeedServer, etag: str, artillery_date: str) -> None:
    paths = [
        "troops",
        "artillery",
        "shells?utm_source=rss&utm_medium=feed",
        "snow",
        "fair",
        *FAILING_PAGES,
        "launchers",
    ]
    items = [
        a.Item(f"Story {p}", server.url(p if p.startswith("/") else f"/news/{p}"), "North Korea and Russia")
        for p in paths
    ]
    items[1] = a.Item("Artillery", server.url("/news/artillery"), "North Korea", artillery_date)
    server.serve("/feeds/a.xml", a.rss("Feed A", items), content_type="application/rss+xml", etag=etag)


def poll(store: SqlStore, settings: Settings, now: datetime) -> PollSummary:
    return asyncio.run(poll_due_feeds(store, settings, now, owner="test"))


def article_count(store: SqlStore) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count(ArticleRow.c.id))).scalar_one()


def test_polling_stores_each_story_once_and_says_why_for_the_rest(
    server: FeedServer, settings: Settings, store: SqlStore, caplog: pytest.LogCaptureFixture
) -> None:
    write_sources(settings, server)
    serve_world(server)
    caplog.set_level(logging.INFO, logger="core.feeds")

    first = poll(store, settings, T0)

    assert (first.feeds, first.entries) == (5, 16)
    assert (first.new, first.duplicates, first.seen, first.not_relevant, first.not_fetched) == (4, 1, 2, 2, 1)
    assert sorted(first.failed) == sorted(f"{server.url(p)}: {why}" for p, why in FAILING_PAGES.items())
    assert sorted(first.failing_feeds) == [
        f"Dead feed: {server.url('/feeds/dead.xml')}: HTTP 500 Internal Server Error (2 attempts)",
        f"Junk feed: {server.url('/feeds/junk.xml')}: not a readable feed (SAXParseException: <unknown>:2:34: "
        "no element found)",
    ]
    assert article_count(store) == 4 and first.claims == 5
    logged = caplog.text
    for path, why in FAILING_PAGES.items():
        assert f"failed {server.url(path)}: {why}" in logged
    assert "damaged feed read leniently, 3 entries" in logged
    assert "document declared as utf-8, but parsed as windows-1252" in logged
    assert "declared charset utf-8 does not fit the bytes" in logged
    assert len(server.hits("/news/shells/amp")) == 0  # the AMP variant of a story already taken is not fetched
    assert len(server.hits("/news/cabbage")) == 0  # filtered by Feed B's keywords

    feeds = FeedStore(store.engine)
    explained = {path: explain_url(feeds, server.url(path)) for path in ("/news/gone", "/news/snow", "/news/fair")}
    assert explained["/news/gone"][0].startswith(f"{server.url('/news/gone')}: not fetched: HTTP 404 Not Found; 1 ")
    assert explained["/news/gone"][0].endswith(" (from Feed A)")
    assert explained["/news/snow"][0].startswith(
        f"{server.url('/news/snow')}: not relevant: page does not mention both North Korea and Russia (not extracted)"
    )
    assert (
        "not relevant: off-topic: does not mention both North Korea and Russia (or its war)"
        in explained["/news/fair"][0]
    )
    cabbage = explain_url(feeds, server.url("/news/cabbage"))[0]
    assert "not fetched: feed entry mentions none of the keywords of Feed B (Russia, North Korea)" in cabbage
    troops = explain_url(feeds, server.url("/news/troops?utm_source=x"))
    assert "stored 2026-11-03 09:00 UTC from Feed A: 1 claim(s) found" in troops[0]
    assert troops[1] == "  troops: about 11,000 troops (reported), per South Korea NIS"
    copies = [explain_url(feeds, server.url(p))[0] for p in ("/news/shells", "/news/shells-copy")]
    assert sum(": duplicate of http://127.0.0.1:" in line for line in copies) == 1
    launchers = explain_url(feeds, server.url("/news/launchers"))
    assert "at least 120" in launchers[1] and "\ufffd" not in " ".join(launchers)
    assert explain_url(feeds, server.url("/never"))[0].endswith(
        "not fetched: nk-aid has not seen this URL (in no polled feed, never ingested)"
    )

    # A minute later: Feed A changed (the artillery story was updated, the 500 page recovered), Feed C did not.
    server.serve("/news/artillery", a.page("Artillery to Russia", a.ARTILLERY_V2), etag='"a2"')
    server.serve("/news/error", a.page("Missiles", a.MISSILES))
    serve_feed_a(server, etag='"fa2"', artillery_date="Tue, 03 Nov 2026 09:00:30 GMT")

    second = poll(store, settings, T0 + timedelta(seconds=61))

    assert (second.feeds, second.not_modified, second.failing_feeds) == (3, 1, [])
    assert (second.new, second.updated, second.duplicates) == (1, 1, 0)
    assert len(second.failed) == 5  # the still-broken pages, tried a second time
    assert article_count(store) == 5  # the updated story is a revision, not a second article
    assert server.hits("/news/artillery")[-1].headers["If-None-Match"] == '"a1"'
    assert server.hits("/feeds/c.xml")[-1].headers["If-None-Match"] == '"fc1"'
    artillery = explain_url(feeds, server.url("/news/artillery"))
    assert artillery[-3].endswith(": 1 figure(s) added, 1 no longer stated")
    assert artillery[-2:] == [
        "    + long-range artillery: about 200 pieces (reported)",
        "    - long-range artillery: 160 pieces (reported)",
    ]
    assert "stored" in explain_url(feeds, server.url("/news/error"))[0]  # nothing lost: the retry stored it
    assert len(server.hits("/feeds/dead.xml")) == 2  # backed off: not due a minute later

    third = poll(store, settings, T0 + timedelta(seconds=121))
    dead = next(f for f in feeds.feeds() if f.name == "Dead feed")
    assert [line.split(":")[0] for line in sorted(third.failing_feeds)] == ["Dead feed", "Junk feed"]
    assert dead.failures == 2 and dead.next_poll_at == T0 + timedelta(seconds=121 + 240)
    assert (
        len(server.hits("/news/gone")) == 3
        and third.failed.count(f"{server.url('/news/gone')}: HTTP 404 Not Found") == 1
    )
    fourth = poll(store, settings, T0 + timedelta(seconds=181))
    assert f"{server.url('/news/gone')}: HTTP 404 Not Found" not in fourth.failed  # given up after 3 attempts
    assert article_count(store) == 5


def test_a_due_source_is_leased_to_one_poller(store: SqlStore, tmp_path: Path) -> None:
    feeds = FeedStore(store.engine)
    for i in range(6):
        feeds.add(f"feed {i}", f"http://127.0.0.1:9/{i}.xml", 60, (), T0)
    first, second = feeds.claim_due(T0, "replica-1", limit=3), feeds.claim_due(T0, "replica-2")
    assert len(first) == 3 and len(second) == 3 and not {f.id for f in first} & {f.id for f in second}
    assert feeds.claim_due(T0, "replica-3") == []
    feeds.finish(first[0], "replica-2", T0, None, None, None, 3600)  # not its lease: nothing changes
    assert feeds.claim_due(T0 + LEASE + timedelta(seconds=1), "replica-3") != []  # a dead poller's lease expires
