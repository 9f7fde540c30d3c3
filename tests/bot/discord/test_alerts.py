"""Alerts into Discord through the real discord.py client and the fake Discord: posted once as an embed whose footer
names the alert, found again (not posted twice) by a poster that lost its memory."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.delivery import Courier, Result
from bot.discord.client import NkAidBot
from bot.discord.poster import DiscordPoster
from bot.scheduler import DigestScheduler
from core.desk import Desk
from core.store.ledger import DeliveryLedger
from core.store.subscriptions import Subscription
from tests.fakes.fake_discord import CHANNEL_ID, GUILD_ID, FakeDiscord

pytestmark = pytest.mark.anyio


async def test_a_changed_headline_is_posted_once_in_the_channel(
    fake: FakeDiscord, bot: NkAidBot, desk: Desk, store_changed_headline: Callable[[], None]
) -> None:
    desk.subscriptions.put(Subscription(platform="discord", workspace=GUILD_ID, channel=CHANNEL_ID, at="08:00",
                                        timezone="UTC", topics=["artillery"], created_by="1", alerts=True))  # fmt: skip
    ledger = DeliveryLedger(desk.store.engine, "replica-a")
    scheduler = DigestScheduler(desk, Courier(ledger), {"discord": DiscordPoster(bot)})
    assert await scheduler.check_alerts() == []  # the baseline
    store_changed_headline()
    (outcome,) = await scheduler.check_alerts()
    assert outcome.result is Result.SENT
    (message,) = fake.channel_messages[CHANNEL_ID]
    (embed,) = message["embeds"]
    assert embed["title"] == "nk-aid alert: artillery"
    assert embed["footer"]["text"] == f"nk-aid alert · {outcome.period}"
    assert "more than 300 pieces" in embed["description"]
    # A poster that crashed after posting looks before posting again, and finds it by its footer.
    assert await DiscordPoster(bot).find(CHANNEL_ID, outcome.period) == message["id"]
