"""Hostile feeds on loopback: a feed of 2,000 items costs at most feed_max_items requests, a slow-drip page is cut
off at fetch_deadline_s, and a slow-drip source neither hangs `nk-aid sources poll` nor keeps its lease."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import create_engine, select

from core.cli import cli
from core.feeds import poll_due_feeds
from core.settings import Settings
from core.store import SqlStore
from core.store.schema import FeedRow
from tests.fakes import articles as a
from tests.fakes.feed_server import FeedServer


def one_source(settings: Settings, url: str) -> None:
    settings.sources_path.write_text(f'[[source]]\nname = "Feed"\nurl = "{url}"\nevery = 60\n')


def test_a_feed_of_2000_items_costs_the_default_cap_of_requests(
    server: FeedServer, settings: Settings, store: SqlStore
) -> None:
    assert settings.feed_max_items == 50  # the default
    items = [a.Item(f"Story {i}", server.url(f"/news/{i}"), "North Korea Russia") for i in range(2000)]
    one_source(settings, server.serve("/feed.xml", a.rss("Big", items), content_type="application/rss+xml"))

    roomy = settings.model_copy(update={"max_input_bytes": 5_000_000})  # the feed itself is 0.4 MB
    summary = asyncio.run(poll_due_feeds(store, roomy, owner="test"))

    assert len(server.received) == 1 + 50
    assert {r.path for r in server.received} == {"/feed.xml", *(f"/news/{i}" for i in range(50))}
    assert summary.entries == 50 and summary.over_cap == 1950
    assert summary.line().endswith("; 1950 items over the per-feed cap left")


def test_a_slow_drip_page_is_cut_off_at_the_fetch_deadline(
    server: FeedServer, settings: Settings, store: SqlStore
) -> None:
    # A byte every 0.1 s: the 0.5 s read timeout never fires; only the overall deadline ends it.
    drip = server.serve("/news/drip", a.page("Troops", a.TROOPS), drip=0.1)
    good = server.serve("/news/shells", a.page("Shells", a.SHELLS))
    items = [a.Item("Drip", drip), a.Item("Shells", good)]
    one_source(settings, server.serve("/feed.xml", a.rss("Feed", items), content_type="application/rss+xml"))
    quick = settings.model_copy(update={"fetch_deadline_s": 1.5})

    started = time.monotonic()
    summary = asyncio.run(poll_due_feeds(store, quick, owner="test"))

    assert time.monotonic() - started < 6
    assert summary.failed == [f"{drip}: took over 1.5 s in all (stopped)"]
    assert summary.new == 1
    assert len(server.hits("/news/drip")) == 1  # not retried: a second drip would only double the wait


def test_a_slow_drip_source_neither_hangs_sources_poll_nor_keeps_its_lease(
    server: FeedServer, config_dir: Path, tmp_path: Path
) -> None:
    feed = a.rss("Feed", [a.Item("Troops", server.url("/news/troops"))])
    url = server.serve("/feed.xml", feed, content_type="application/rss+xml", drip=0.05, drip_for=60)
    (config_dir / "sources.toml").write_text(f'[[source]]\nname = "Drip"\nurl = "{url}"\nevery = 60\n')
    database = f"sqlite:///{tmp_path / 'nk.sqlite3'}"
    env = {
        "NK_AID_DATABASE_URL": database,
        "NK_AID_CONFIG_DIR": str(config_dir),
        "NK_AID_FETCH_ALLOW_HOSTS": "127.0.0.1",
        "NK_AID_FETCH_TIMEOUT_S": "0.5",
        "NK_AID_POLL_DEADLINE_S": "2",  # the per-fetch deadline stays at its 60 s default: the poll's ends first
    }

    started = time.monotonic()
    result = CliRunner().invoke(cli, ["sources", "poll"], env=env, catch_exceptions=False)
    elapsed = time.monotonic() - started

    assert elapsed < 10, f"sources poll took {elapsed:.1f} s"
    assert result.stderr.strip() == (
        f"error: Drip: {url}: poll took over 2 s (stopped; what was stored stays, the rest waits for the next poll)"
    )
    engine = create_engine(database)
    with engine.connect() as connection:
        row = connection.execute(select(FeedRow.c.lease_owner, FeedRow.c.failures, FeedRow.c.next_poll_at)).one()
    engine.dispose()
    assert row.lease_owner is None and row.failures == 1  # released, and backed off like any failure
    assert row.next_poll_at.replace(tzinfo=UTC) > datetime.now(UTC)


def test_ingest_of_a_slow_drip_url_ends_at_the_poll_deadline(
    server: FeedServer, config_dir: Path, tmp_path: Path
) -> None:
    url = server.serve("/news/drip", a.page("Troops", a.TROOPS), drip=0.05, drip_for=60)
    env = {
        "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'nk.sqlite3'}",
        "NK_AID_CONFIG_DIR": str(config_dir),
        "NK_AID_FETCH_ALLOW_HOSTS": "127.0.0.1",
        "NK_AID_POLL_DEADLINE_S": "2",
    }

    started = time.monotonic()
    result = CliRunner().invoke(cli, ["ingest", url], env=env, catch_exceptions=False)

    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {url}: took over 2 s (stopped)"
    assert result.stdout.strip().endswith("0 new, 0 updated, 0 duplicate, 0 already seen, 0 not relevant, "
                                          "0 filtered out by keywords, 1 failed; 0 claims stored")  # fmt: skip
