"""Fault in Discord digest delivery (issue 15, item 6a), through discord.py, the courier and the ledger against the
fake Discord: a crash after posting, then a busy channel."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from discord.utils import time_snowflake

from bot.delivery import Result, earliest_post
from bot.discord.client import NkAidBot
from bot.discord.poster import DiscordPoster
from core.desk import Desk
from core.lexicon import Lexicon
from tests.bot.discord.conftest import bot, fake, handlers  # noqa: F401 (fixtures)
from tests.fakes.fake_discord import CHANNEL_ID, FakeDiscord
from tests.faults.chat_delivery import TODAY, crashed_claim, deliver, digest_of, empty_desk

pytestmark = pytest.mark.anyio


@pytest.fixture
def desk(tmp_path: Path, lexicon: Lexicon) -> Iterator[Desk]:
    yield from empty_desk(tmp_path, lexicon)


async def test_a_digest_posted_before_a_crash_is_found_under_300_newer_messages(
    fake: FakeDiscord,  # noqa: F811
    bot: NkAidBot,  # noqa: F811
    desk: Desk,
) -> None:
    poster = DiscordPoster(bot)
    crashed_claim(desk, "discord", CHANNEL_ID)
    await poster.post(CHANNEL_ID, digest_of(desk), TODAY)  # posted; the process dies before recording it
    fake.chatter(CHANNEL_ID, 300)  # the channel talks on
    await asyncio.sleep(1.3)  # the dead replica's lease runs out

    outcome = await deliver(desk, poster, CHANNEL_ID)

    assert outcome.result is Result.SENT and outcome.detail.startswith("found earlier post")
    posts = [r for r in fake.requests if r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages"]
    assert len(posts) == 1
    reads = [r for r in fake.requests if r.method == "GET" and r.path == f"/channels/{CHANNEL_ID}/messages"]
    start = earliest_post(TODAY)
    assert start is not None and reads[0].query["after"] == str(time_snowflake(start, high=True))
