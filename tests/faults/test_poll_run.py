"""`nk-aid run` as a real process polls the live sources: a loopback feed's article is stored within two check
intervals of the start, and a source added while the bot runs has its article stored within two more."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from core.store.feeds import FeedStore
from tests.fakes import articles as a
from tests.fakes.bot_process import Bot
from tests.fakes.cli import NK_AID
from tests.fakes.feed_server import FeedServer
from tests.fakes.net import free_port

pytestmark = pytest.mark.anyio
CHECK_S = 2  # NK_AID_SOURCE_CHECK_S: how often the bot looks for due sources


@asynccontextmanager
async def polling_bot(env: dict[str, str], log: Path) -> AsyncIterator[Bot]:
    """`nk-aid run` with no chat adapter: it serves /healthz and polls sources."""
    health = free_port()
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            NK_AID, "run", "--log-format", "json", "--health-port", str(health), "--host", "127.0.0.1",
            env=env, stdout=asyncio.subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    try:
        yield Bot(process, health, log)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def logged_within(log: Path, prefix: str, count: int, seconds: float) -> None:
    """Wait until the JSON log holds `count` events starting with `prefix`; fails after `seconds`."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while loop.time() - start < seconds:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        # a line still being written is not JSON yet: a prefix test on the raw line is enough
        if sum(line.startswith("{") and f'"event": "{prefix}' in line for line in lines) >= count:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"fewer than {count} '{prefix}' events logged within {seconds} s")


async def stored_within(feeds: FeedStore, url: str, seconds: float) -> float:
    """Seconds until the item at `url` is stored; fails after `seconds`."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while loop.time() - start < seconds:
        item = feeds.item(url)
        if item is not None and item.status == "stored":
            return loop.time() - start
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} not stored within {seconds} s (item: {feeds.item(url)})")


async def test_run_stores_a_loopback_feeds_new_articles_within_two_check_intervals(
    server: FeedServer, config_dir: Path, tmp_path: Path
) -> None:
    troops = server.serve("/news/troops", a.page("Seoul: 11,000 North Korean soldiers in Russia", a.TROOPS))
    feed_a = server.serve("/feeds/a.xml", a.rss("Feed A", [a.Item("Troops", troops)]), content_type="text/xml")
    (config_dir / "sources.toml").write_text(f'[[source]]\nname = "Feed A"\nurl = "{feed_a}"\nevery = 60\n')
    database = tmp_path / "nk.sqlite3"
    env = {
        **os.environ,
        "NK_AID_DATABASE_URL": f"sqlite:///{database}",
        "NK_AID_CONFIG_DIR": str(config_dir),
        "NK_AID_SOURCE_CHECK_S": str(CHECK_S),
        "NK_AID_FETCH_ALLOW_HOSTS": "127.0.0.1",  # the loopback feed server (private addresses are refused)
        "NK_AID_FETCH_TIMEOUT_S": "2",
    }
    log = tmp_path / "run.log"
    async with polling_bot(env, log) as bot:
        await bot.healthy()  # the store is migrated
        engine = create_engine(f"sqlite:///{database}")
        feeds = FeedStore(engine)
        await stored_within(feeds, troops, 2 * CHECK_S + 5)  # + the process's own start-up

        # An operator adds a source while the bot runs: its article is stored by the scheduled checks.
        shells = server.serve("/news/shells", a.page("Shells and containers", a.SHELLS))
        feed_b = server.serve("/feeds/b.xml", a.rss("Feed B", [a.Item("Shells", shells)]), content_type="text/xml")
        added = subprocess.run([NK_AID, "sources", "add", "Feed B", feed_b, "--every", "1m"], env=env,
                               capture_output=True, text=True, timeout=60)  # fmt: skip
        assert added.returncode == 0, added.stderr
        await stored_within(feeds, shells, 2 * CHECK_S + 1)
        await logged_within(log, "poll: ", 2, CHECK_S + 5)  # a round's summary is logged once the round is done
        engine.dispose()
        logs = await bot.stop()
    assert bot.process.returncode == 0
    events = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    polls = [e["event"] for e in events if e["event"].startswith("poll: ")]
    assert any("1 new" in p for p in polls) and len(polls) >= 2
    assert "never awaited" not in logs
    assert len(server.hits("/news/troops")) == 1  # taken once, not on every check
