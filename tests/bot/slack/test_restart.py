"""`nk-aid serve slack` killed in the middle of a digest run and started again: nothing repeated, nothing lost.

The process is the real console script; the fake Slack keeps serving posts whose sender died before it could
record them (as Slack would), so the restarted process must find those in the channel instead of posting again."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.desk import Desk
from core.store.ledger import DeliveryLedger
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.net import free_port
from tests.fakes.slack_requests import SIGNING_SECRET
from tests.fakes.subscriptions import subscribe

pytestmark = pytest.mark.anyio
CHANNELS = [f"C0KILL{i:02d}" for i in range(24)]


async def start_bot(fake: FakeSlack, database: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-restart-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "NK_AID_DATABASE_URL": f"sqlite:///{database}",
        "NK_AID_DELIVERY_LEASE_S": "2",
        "NK_AID_DIGEST_SWEEP_S": "1",
        "NK_AID_DIGEST_CONCURRENCY": "3",
    }
    script = Path(sys.executable).parent / "nk-aid"
    return await asyncio.create_subprocess_exec(
        str(script), "serve", "slack", "--http", "--port", str(free_port()), "--host", "127.0.0.1", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


async def test_killed_mid_digest_and_restarted_repeats_nothing_and_loses_nothing(
    fake: FakeSlack, desk: Desk, tmp_path: Path
) -> None:
    period = subscribe(desk, CHANNELS, datetime.now(UTC))
    database = Path(desk.store.engine.url.database or "")
    fake.delay = 0.15  # slow enough to be killed with posts in flight

    first = await start_bot(fake, database)
    await fake.wait_for(lambda: sum(len(fake.posts(c)) for c in CHANNELS) >= 8, timeout=30)  # digests, not replies
    first.send_signal(signal.SIGKILL)
    await first.wait()
    await asyncio.sleep(0.3)  # the posts in flight land in the channels although their sender is gone
    posted_before = sum(len(fake.posts(c)) for c in CHANNELS)
    assert 8 <= posted_before < len(CHANNELS)  # killed in the middle, not before or after

    second = await start_bot(fake, database)
    ledger = DeliveryLedger(desk.store.engine, "test")
    try:

        def all_sent() -> bool:  # one query: the fake Slack shares this event loop
            return len(ledger.settled("slack", [(c, period) for c in CHANNELS])) == len(CHANNELS)

        await fake.wait_for(all_sent, timeout=30)
        await asyncio.sleep(1.5)  # another sweep: still nothing repeated
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 15)
    assert second.returncode == 0
    assert {c: len(fake.posts(c)) for c in CHANNELS} == dict.fromkeys(CHANNELS, 1)
    assert len(fake.calls_to("conversations.history")) >= 1  # the restart looked before posting again
