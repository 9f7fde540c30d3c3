"""Fault: an article title and URL written to mention everyone and break links reach Discord (issue 15, item 7).

A shared briefing goes through a real slash-command interaction, a scheduled digest through the real poster, both
over discord.py against the fake Discord; what the fake received is checked, including that every message the bot
sends forbids mentions outright (allowed_mentions with nothing to parse)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.discord.client import NkAidBot
from bot.discord.poster import DiscordPoster
from core.desk import Desk
from core.lexicon import Lexicon
from tests.bot.discord.conftest import bot, fake, handlers  # noqa: F401 (fixtures)
from tests.fakes.fake_discord import CHANNEL_ID, FakeDiscord
from tests.faults.chat_hostile import SINCE, assert_safe_discord, hostile_desk, strings

pytestmark = pytest.mark.anyio

NO_MENTIONS = {"parse": []}


@pytest.fixture
def desk(tmp_path: Path, lexicon: Lexicon) -> Iterator[Desk]:
    yield from hostile_desk(tmp_path, lexicon)


async def test_a_shared_briefing_shows_hostile_titles_and_urls_as_text(
    fake: FakeDiscord,  # noqa: F811
    bot: NkAidBot,  # noqa: F811
) -> None:
    options = [{"type": 1, "name": "troops", "options": [{"type": 5, "name": "share", "value": True}]}]
    interaction = await fake.interact(options)
    callback = await fake.callback(interaction, timeout=15)
    data = callback.body["data"]
    assert not data.get("flags")  # shared: the whole channel sees it
    assert data["allowed_mentions"] == NO_MENTIONS
    # The card links each figure to its article; its Sources button lists the articles by title.
    sources = await fake.callback(await fake.press(fake.sent(interaction), "nkaid_sources:troops:"), timeout=15)
    assert sources.body["data"]["allowed_mentions"] == NO_MENTIONS
    texts = list(strings(data["embeds"])) + list(strings(sources.body["data"]["embeds"]))
    assert_safe_discord(texts)
    zwsp = "\u200b"
    title = (
        rf"[Troops \*sent\* \<!channel> @{zwsp}everyone @{zwsp}here \<@U0ADMIN> \<@{zwsp}123456789012345678> & \| > (x)"
    )
    assert title in "\n".join(texts)  # shown, word for word, as text


async def test_a_scheduled_digest_shows_hostile_titles_and_urls_as_text(
    fake: FakeDiscord,  # noqa: F811
    bot: NkAidBot,  # noqa: F811
    desk: Desk,
) -> None:
    await DiscordPoster(bot).post(CHANNEL_ID, desk.digest(SINCE), "2026-12-04")
    posts = [r for r in fake.requests if r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages"]
    assert posts
    for post in posts:
        assert post.body["allowed_mentions"] == NO_MENTIONS
        assert_safe_discord(list(strings(post.body["embeds"])))
