"""`/nk-aid` through the real discord.py client and the fake gateway: what the bot answers, as Discord receives it."""

from __future__ import annotations

import pytest

from bot.discord.client import NkAidBot
from tests.bot.discord.fake_discord import FakeDiscord

pytestmark = pytest.mark.anyio

EPHEMERAL = 64


async def test_topic_briefing_is_one_callback_with_embeds(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact([{"type": 1, "name": "artillery", "options": []}])
    callback = await fake.callback(interaction)
    assert callback.method == "POST" and callback.query == {"with_response": "1"}
    assert callback.body["type"] == 4
    embeds = callback.body["data"]["embeds"]
    assert embeds[0]["title"] == "North Korea-Russia: artillery"
    assert "**Headline figures**" in embeds[0]["description"]
    assert callback.body["data"]["flags"] == EPHEMERAL
