"""Digests posted by DiscordPoster through discord.py's REST client to the fake Discord: rate limits, refusals,
and exactly once through the shared courier and ledger."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import discord.http
import pytest

from bot import messages as text
from bot.delivery import Courier, Job, PermanentError, RateLimited, Result, RetryPolicy, TransientError
from bot.discord.client import NkAidBot
from bot.discord.poster import DiscordPoster
from bot.discord.settings import DiscordSettings
from bot.serve import RunOptions, run
from core.compose.digest import Digest
from core.desk import Desk
from core.runtime import build_runtime
from core.settings import Settings
from core.store.ledger import DeliveryLedger, Lease
from core.store.subscriptions import Subscription
from tests.fakes.fake_discord import (
    BOT_TOKEN,
    CHANNEL_ID,
    GUILD_ID,
    SYSTEM_CHANNEL_ID,
    FakeDiscord,
    Scripted,
    load,
)

pytestmark = pytest.mark.anyio

PERIOD = "2026-11-21"
MESSAGES = f"/channels/{CHANNEL_ID}/messages"
VIA = {"Via": "1.1 google"}  # discord.py retries a 429 only when it carries Via (else it looks like a ban)


@pytest.fixture
def digest(desk: Desk) -> Digest:
    return desk.digest(datetime(2000, 1, 1, tzinfo=UTC), ["all"])


@pytest.fixture
async def poster(bot: NkAidBot) -> AsyncIterator[DiscordPoster]:
    yield DiscordPoster(bot)


def posts(fake: FakeDiscord, path: str = MESSAGES) -> list[float]:
    return [r.at for r in fake.requests if r.method == "POST" and r.path == path]


async def test_post_sends_the_digest_and_returns_the_message_id(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    ref = await poster.post(CHANNEL_ID, digest, PERIOD)
    sent = fake.channel_messages[CHANNEL_ID]
    assert ref == sent[0]["id"]
    assert sent[0]["embeds"][0]["title"].startswith("nk-aid digest: changes since 2000-01-01")
    footers = [m["embeds"][-1]["footer"]["text"] for m in sent]
    # Everything since 2000 is long: it is split into numbered messages rather than refused.
    assert footers == [f"nk-aid daily digest · period {PERIOD} · part {n}/{len(sent)}" for n in range(1, len(sent) + 1)]
    for message in sent:
        assert sum(len(e.get("title", "")) + len(e.get("description", "")) for e in message["embeds"]) <= 6000


async def test_a_429_is_waited_out_for_its_retry_after(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    limited = load("discord_429.json")["user_limit"]
    body = limited["body"] | {"retry_after": 0.4}
    fake.script(MESSAGES, Scripted(429, body, limited["headers"] | VIA | {"Retry-After": "1"}))
    started = time.perf_counter()
    ref = await poster.post(CHANNEL_ID, digest, PERIOD)
    first, second, *_ = posts(fake)
    assert second - first >= 0.4  # slept the body's retry_after before the second try
    assert time.perf_counter() - started < 0.9  # ... and not the header's whole second (discord.py reads the body)
    assert ref == fake.channel_messages[CHANNEL_ID][0]["id"]


async def test_a_long_429_is_handed_back_to_the_courier(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    limited = load("discord_429.json")["user_limit"]  # retry_after 64.57 s: longer than the bot sleeps through
    fake.script(MESSAGES, Scripted(429, limited["body"], limited["headers"] | VIA))
    with pytest.raises(RateLimited) as caught:
        await poster.post(CHANNEL_ID, digest, PERIOD)
    assert caught.value.retry_after == pytest.approx(64.57)
    assert len(posts(fake)) == 1


async def test_a_429_without_via_is_not_retried_by_discord_py_but_still_rate_limited(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    fake.script(MESSAGES, Scripted(429, {"message": "banned?", "retry_after": 3, "global": True}, {"Retry-After": "3"}))
    with pytest.raises(RateLimited) as caught:
        await poster.post(CHANNEL_ID, digest, PERIOD)
    assert caught.value.retry_after == 3.0


async def test_lost_permission_is_permanent_and_reported_to_the_server_once(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    forbidden = Scripted(403, {"message": "Missing Permissions", "code": 50013})
    fake.script(MESSAGES, forbidden, forbidden)
    for _ in range(2):
        with pytest.raises(PermanentError, match="missing permission"):
            await poster.post(CHANNEL_ID, digest, PERIOD)
    (notice,) = fake.channel_messages[SYSTEM_CHANNEL_ID]
    assert notice["content"] == text.DELIVERY_REFUSED.format(channel=CHANNEL_ID, reason=text.MISSING_PERMISSION)


async def test_deleted_channel_is_permanent_and_reported_through_the_subscription(
    fake: FakeDiscord, bot: NkAidBot, digest: Digest
) -> None:
    gone = "645027906669519999"  # not in the cache any more: the server comes from the subscription

    async def guild_of(channel: str) -> str | None:
        return "290926798626357999" if channel == gone else None

    poster = DiscordPoster(bot, guild_of)
    fake.script(f"/channels/{gone}/messages", Scripted(404, {"message": "Unknown Channel", "code": 10003}))
    with pytest.raises(PermanentError, match="unknown channel"):
        await poster.post(gone, digest, PERIOD)
    (notice,) = fake.channel_messages[SYSTEM_CHANNEL_ID]
    assert notice["content"] == text.DELIVERY_REFUSED.format(channel=gone, reason=text.UNKNOWN_CHANNEL)


async def test_unreachable_discord_is_transient(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # discard port: refused
    with pytest.raises(TransientError):
        await poster.post(CHANNEL_ID, digest, PERIOD)


async def test_find_sees_a_digest_posted_before_a_crash(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest
) -> None:
    assert await poster.find(CHANNEL_ID, PERIOD) is None
    await poster.post(CHANNEL_ID, digest, PERIOD)
    last = fake.channel_messages[CHANNEL_ID][-1]["id"]
    assert await poster.find(CHANNEL_ID, PERIOD) == last
    assert await poster.find(CHANNEL_ID, "2026-11-22") is None


async def test_courier_posts_once_per_channel_and_period(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest, desk: Desk
) -> None:
    courier = Courier(DeliveryLedger(desk.store.engine, owner="test"), RetryPolicy(base_delay=0.01))

    async def build() -> Digest:
        return digest

    first = await courier.deliver(Job(poster, CHANNEL_ID, PERIOD, build))
    again = await courier.deliver(Job(poster, CHANNEL_ID, PERIOD, build))
    assert (first.result, again.result) == (Result.SENT, Result.ALREADY)
    assert first.detail == fake.channel_messages[CHANNEL_ID][0]["id"]
    assert len(posts(fake)) == len(fake.channel_messages[CHANNEL_ID])


async def test_courier_does_not_retry_a_refused_channel(
    fake: FakeDiscord, poster: DiscordPoster, digest: Digest, desk: Desk
) -> None:
    courier = Courier(DeliveryLedger(desk.store.engine, owner="test"), RetryPolicy(base_delay=0.01))
    fake.script(MESSAGES, Scripted(403, {"message": "Missing Permissions", "code": 50013}))

    async def build() -> Digest:
        return digest

    outcome = await courier.deliver(Job(poster, CHANNEL_ID, PERIOD, build))
    assert outcome.result is Result.REFUSED and outcome.attempts == 1
    assert len(posts(fake)) == 1


async def test_serve_posts_a_due_subscription_on_start_and_records_it(fake: FakeDiscord, desk: Desk) -> None:
    due_at = datetime.now(UTC) - timedelta(hours=1)  # due an hour ago: caught up at start
    subscription = Subscription(
        platform="discord",
        workspace=GUILD_ID,
        channel=CHANNEL_ID,
        at=due_at.strftime("%H:%M"),
        timezone="UTC",
        topics=["artillery"],
        created_by="53908232506183680",
    )
    desk.subscriptions.put(subscription)
    settings = Settings(discord_token=BOT_TOKEN, discord_api_url=fake.api_url, discord_gateway_url=fake.gateway_url)
    stop = asyncio.Event()
    options = RunOptions(discord=DiscordSettings.of(settings), health_port=None, poll_sources=False,
                         discord_client={"guild_ready_timeout": 0.01})  # fmt: skip
    serving = asyncio.create_task(run(build_runtime(settings, store=desk.store), options, stop))
    posted = await fake.wait_for(lambda r: r.method == "POST" and r.path == MESSAGES, timeout=10)
    await fake.connected()
    stop.set()
    await asyncio.wait_for(serving, 10)
    assert posted.body["embeds"][0]["title"].startswith("nk-aid digest: changes since ")
    period = subscription.period(subscription.last_due(datetime.now(UTC)))
    again = DeliveryLedger(desk.store.engine, owner="test").claim("discord", CHANNEL_ID, period)
    assert again is Lease.DONE  # recorded in the ledger: no replica or restart posts it again
