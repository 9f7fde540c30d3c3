"""`nk-aid run` as a real process: healthy with only a Slack token, secrets never logged, bad settings refused in one
line, two replicas on PostgreSQL delivering each of 200 digests once while the database drops their connections,
and SIGTERM in the middle of a digest run losing nothing."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from core.desk import Desk
from core.store.ledger import DeliveryLedger, DeliveryStatus
from tests.fakes.bot_process import Bot
from tests.fakes.cli import NK_AID
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.net import free_port
from tests.fakes.postgres import POSTGRES_ADMIN_URL
from tests.fakes.subscriptions import subscribe

pytestmark = pytest.mark.anyio
BOT_TOKEN, APP_TOKEN = "xoxb-run-test-4f1d2c9a7e", "xapp-1-run-test-88b3e0d6c1"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


@asynccontextmanager
async def nk_aid_run(fake: FakeSlack, database: str, **env: str) -> AsyncIterator[Bot]:
    health = free_port()
    log = Path(tempfile.mkdtemp(prefix="nk-aid-run-")) / "stderr.log"  # a file: a full pipe would stall the bot
    environment = {
        **os.environ,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": fake.api_url,
        "NK_AID_DATABASE_URL": database,
        "NK_AID_DELIVERY_LEASE_S": "3",
        "NK_AID_DIGEST_SWEEP_S": "1",
        **env,
    }
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            NK_AID, "run", "--log-format", "json", "--log-level", "DEBUG", "--health-port", str(health),
            "--host", "127.0.0.1", "--no-sources", env=environment, stdout=asyncio.subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    bot = Bot(process, health, log)
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


def sqlite_url(desk: Desk) -> str:
    return f"sqlite:///{desk.store.engine.url.database}"


async def test_comes_up_healthy_with_only_a_slack_token_and_never_logs_a_secret(fake: FakeSlack, desk: Desk) -> None:
    async with nk_aid_run(fake, sqlite_url(desk)) as bot:
        await bot.healthy()
        status, body = await bot.get("/healthz")
        assert json.loads(body) == {"status": "ok", "adapters": {"slack": True}, "problems": []}
        status, metrics = await bot.get("/metrics")
        assert status == 200 and "nk_aid_claims " in metrics and "nk_aid_command_seconds" in metrics
        logs = await bot.stop()
    assert bot.process.returncode == 0
    events = [json.loads(line) for line in logs.splitlines() if line.strip()]
    assert events and {"ts", "level", "logger", "event"} <= set(events[0])
    assert any(e["event"] == "stopped" for e in events)
    for secret in (BOT_TOKEN, APP_TOKEN, BOT_TOKEN[5:], APP_TOKEN[5:]):
        assert secret not in logs


def test_a_bad_setting_stops_the_start_with_one_line_naming_it(tmp_path: Path) -> None:
    import subprocess

    env = {**os.environ, "SLACK_BOT_TOKEN": "not-a-bot-token-1234", "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path}/s.db"}
    done = subprocess.run([NK_AID, "run", "--no-sources"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["error: bad setting SLACK_BOT_TOKEN: must be a bot token (xoxb-...)"]
    assert "not-a-bot-token-1234" not in done.stderr


@pytest.fixture
def pg_url() -> Iterator[str]:
    from tests.fakes.postgres import postgres_schema_url

    for url in postgres_schema_url():
        yield url + "&application_name=nkaid_run_test"


async def test_two_replicas_on_postgresql_deliver_200_digests_once_through_dropped_connections(
    fake: FakeSlack, pg_url: str
) -> None:
    from core.runtime import build_runtime
    from core.settings import Settings

    runtime = build_runtime(Settings(database_url=pg_url))
    desk = runtime.desk
    channels = [f"C{i:04d}" for i in range(200)]
    period = subscribe(desk, channels, datetime.now(UTC))
    fake.delay = 0.02
    admin = create_engine(POSTGRES_ADMIN_URL)
    async with (
        nk_aid_run(fake, pg_url, NK_AID_DIGEST_CONCURRENCY="4") as a,
        nk_aid_run(fake, pg_url, NK_AID_DIGEST_CONCURRENCY="4") as b,
    ):
        await fake.wait_for(lambda: len(fake.calls_to("chat.postMessage")) >= 40, timeout=30)
        with admin.begin() as connection:  # the database drops every connection of both replicas mid-run
            dropped = connection.execute(
                text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": "nkaid_run_test"},
            ).scalar()
        assert dropped and dropped > 0
        ledger = DeliveryLedger(desk.store.engine, "test")

        def all_sent() -> bool:  # one query: the fake Slack shares this event loop
            return len(ledger.settled("slack", [(c, period) for c in channels])) == len(channels)

        await fake.wait_for(all_sent, timeout=60)
        await a.stop()
        await b.stop()
    admin.dispose()
    runtime.close()
    assert (a.process.returncode, b.process.returncode) == (0, 0)
    assert {c: len(fake.posts(c)) for c in channels} == dict.fromkeys(channels, 1)


async def test_sigterm_mid_run_loses_nothing(fake: FakeSlack, desk: Desk) -> None:
    channels = [f"C0TERM{i:02d}" for i in range(30)]
    period = subscribe(desk, channels, datetime.now(UTC))
    fake.delay = 0.1
    async with nk_aid_run(fake, sqlite_url(desk), NK_AID_DIGEST_CONCURRENCY="2") as bot:
        await fake.wait_for(lambda: len(fake.calls_to("chat.postMessage")) >= 6, timeout=30)
        await bot.stop()
    assert bot.process.returncode == 0
    assert 0 < sum(len(fake.posts(c)) for c in channels) < len(channels)  # stopped in the middle
    ledger = DeliveryLedger(desk.store.engine, "test")
    # what was under way finished; what had not started was left unclaimed: nothing is stuck half-done
    assert all((d := ledger.get("slack", c, period)) is None or d.status is DeliveryStatus.SENT for c in channels)
    async with nk_aid_run(fake, sqlite_url(desk)):
        await fake.wait_for(
            lambda: all(
                (d := ledger.get("slack", c, period)) is not None and d.status is DeliveryStatus.SENT for c in channels
            ),
            timeout=30,
        )
    assert {c: len(fake.posts(c)) for c in channels} == dict.fromkeys(channels, 1)
