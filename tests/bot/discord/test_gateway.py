"""The gateway session as the fake Discord sees it: IDENTIFY with the Guilds intent only, heartbeats, and a dropped
connection resumed with the events missed meanwhile replayed."""

from __future__ import annotations

import asyncio

import pytest

from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from tests.fakes.discord_tasks import running
from tests.fakes.fake_discord import BOT_TOKEN, FakeDiscord

pytestmark = pytest.mark.anyio

GUILDS_INTENT = 1 << 0
MESSAGE_CONTENT_INTENT = 1 << 15


async def test_identify_asks_only_for_the_guilds_intent(fake: FakeDiscord, bot: NkAidBot) -> None:
    (identify,) = fake.frames(2)
    assert identify["d"]["token"] == BOT_TOKEN
    assert identify["d"]["intents"] == GUILDS_INTENT
    assert not identify["d"]["intents"] & MESSAGE_CONTENT_INTENT  # privileged, and not needed for slash commands
    assert fake.gateway_frames[0]["op"] == 1  # discord.py beats once right after HELLO, before it identifies
    assert bot.get_guild(290926798626357999) is not None  # GUILD_CREATE filled the cache


async def test_heartbeats_follow_the_hello_interval(fake: FakeDiscord, handlers: NkAidCommands) -> None:
    fake.heartbeat_interval_ms = 100
    async with running(NkAidBot(handlers, guild_ready_timeout=0.01)):
        await asyncio.sleep(0.45)
        beats = fake.frames(1)
        assert len(beats) >= 4
        assert beats[-1]["d"] == fake._seq  # each beat carries the last sequence number it saw


async def test_dropped_connection_resumes_and_gets_missed_events(fake: FakeDiscord, bot: NkAidBot) -> None:
    seq_before = fake._seq
    await fake.drop(code=4000)  # "unknown error": resumable
    interaction = await fake.interact([{"type": 1, "name": "troops", "options": []}])  # sent while away
    callback = await fake.callback(interaction, timeout=10)
    assert callback.body["type"] == 4
    (resume,) = fake.frames(6)
    assert resume["d"] == {"token": BOT_TOKEN, "session_id": fake.session_id, "seq": seq_before}
    assert fake.connections == ["/gw", "/resume"]  # back at READY's resume_gateway_url
    assert len(fake.frames(2)) == 1  # resumed, not identified again


async def test_closing_before_ready_leaves_no_task_behind(fake: FakeDiscord, handlers: NkAidCommands) -> None:
    # A SIGTERM right after start: discord.py's countdown to 'ready' must not fire on the closed client.
    bot = NkAidBot(handlers, guild_ready_timeout=0.3)
    task = asyncio.create_task(bot.start(BOT_TOKEN))
    await fake.connected()
    await asyncio.sleep(0.05)  # READY is in: the countdown runs
    countdown = bot._connection._ready_task  # see test_seams: the task discord.py leaves running
    assert countdown is not None and not bot.is_ready()
    await bot.close()
    await asyncio.wait_for(task, 5)
    await asyncio.wait([countdown], timeout=1)  # past the countdown: left running, it fails with AttributeError
    assert countdown.done() and (countdown.cancelled() or countdown.exception() is None)  # stopped, not failed
    assert not bot.is_ready()
