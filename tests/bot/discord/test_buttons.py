"""The card's buttons, `/nk-aid help`, `/nk-aid brief topic:` and unknown input, through the real discord.py client and
the fake gateway: what Discord receives when a member presses a button (a MESSAGE_COMPONENT interaction)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from tests.bot.discord.conftest import running
from tests.fakes.fake_discord import FakeDiscord, Received

pytestmark = pytest.mark.anyio

EPHEMERAL = 64
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def sub(name: str, **options: Any) -> list[dict[str, Any]]:
    kinds = {str: 3, bool: 5}
    return [{"type": 1, "name": name, "options": [{"type": kinds[type(v)], "name": k, "value": v}
                                                  for k, v in options.items()]}]  # fmt: skip


async def card(fake: FakeDiscord, topic: str, **options: Any) -> dict[str, Any]:
    """Ask for a topic's card; the message Discord made of the answer (buttons and all)."""
    interaction = await fake.interact(sub(topic, **options))
    await fake.callback(interaction)
    return fake.sent(interaction)


def labels(message: dict[str, Any]) -> list[str]:
    return [b["label"] for row in message["components"] for b in row["components"]]


def description(callback: Received) -> str:
    return "\n".join(e.get("description", "") for e in callback.body["data"]["embeds"])


async def test_show_history_and_sources_answer_only_the_presser(fake: FakeDiscord, bot: NkAidBot) -> None:
    message = await card(fake, "troops")
    assert message["flags"] == EPHEMERAL and labels(message) == ["Show history", "Sources", "Chart", "Share to channel"]

    history = await fake.callback(await fake.press(message, "nkaid_history:troops:"))
    assert history.body["type"] == 4 and history.body["data"]["flags"] == EPHEMERAL
    assert history.body["data"]["embeds"][0]["title"] == "North Korea-Russia: troops: how estimates changed"
    assert "**How estimates changed**" in description(history)

    sources = await fake.callback(await fake.press(message, "nkaid_sources:troops:"))
    assert sources.body["data"]["embeds"][0]["title"] == "North Korea-Russia: troops: sources"
    assert "](https://example.org/sample/" in description(sources)  # every source linked


async def test_share_posts_the_card_for_everyone_without_a_share_button(fake: FakeDiscord, bot: NkAidBot) -> None:
    message = await card(fake, "artillery")
    shared = await fake.callback(await fake.press(message, "nkaid_share:artillery:"))
    assert shared.body["type"] == 4 and not shared.body["data"].get("flags")  # in the channel
    assert shared.body["data"]["content"].startswith("Shared by <@")
    assert shared.body["data"]["embeds"][0]["title"] == "North Korea-Russia: artillery"
    (row,) = shared.body["data"]["components"]
    assert [b["label"] for b in row["components"]] == ["Show history", "Sources", "Chart"]


async def test_chart_button_defers_then_sends_the_png(fake: FakeDiscord, bot: NkAidBot) -> None:
    message = await card(fake, "ammunition")
    deferred = await fake.callback(await fake.press(message, "nkaid_chart:ammunition:"))
    assert deferred.body["type"] == 5 and deferred.body["data"]["flags"] == EPHEMERAL
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path.startswith("/webhooks/"), timeout=20)
    (name, png), *_ = followup.files.items()
    assert name == "nk-aid-ammunition.png" and png.startswith(PNG_MAGIC)


async def test_a_card_from_before_a_restart_still_answers(fake: FakeDiscord, handlers: NkAidCommands) -> None:
    async with running(NkAidBot(handlers, guild_ready_timeout=0.01)):
        message = await card(fake, "troops", since="2024-01-01")
    assert "nkaid_sources:troops:2024-01-01" in str(message["components"])
    async with running(NkAidBot(handlers, guild_ready_timeout=0.01)):  # a new process: no view in memory
        answered = await fake.callback(await fake.press(message, "nkaid_sources:troops:2024-01-01"))
    assert answered.body["data"]["embeds"][0]["title"] == "North Korea-Russia: troops: sources"


async def test_help_lists_the_commands_and_topics(fake: FakeDiscord, bot: NkAidBot) -> None:
    callback = await fake.callback(await fake.interact(sub("help")))
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] == EPHEMERAL
    (embed,) = callback.body["data"]["embeds"]
    assert embed["title"] == "nk-aid: briefings on North Korea's aid to Russia"
    assert "/nk-aid brief topic:" in embed["description"] and "rocket launchers" in embed["description"]


async def test_an_unknown_subcommand_gets_the_closest_topic_and_the_list(fake: FakeDiscord, bot: NkAidBot) -> None:
    callback = await fake.callback(await fake.interact(sub("artilery")))  # e.g. a registration older than the lexicon
    assert callback.body["data"]["flags"] == EPHEMERAL
    content = callback.body["data"]["content"]
    assert content.startswith("I don't know 'artilery'. Did you mean artillery? Topics: troops, artillery, ")
    assert "Something went wrong" not in content


async def test_brief_takes_any_topic_or_alias_with_autocomplete(fake: FakeDiscord, bot: NkAidBot) -> None:
    focused = [{"type": 1, "name": "brief", "options": [{"type": 3, "name": "topic", "value": "amm", "focused": True}]}]
    completed = await fake.callback(await fake.interact(focused, type=4))
    assert completed.body["type"] == 8
    assert {"name": "ammunition", "value": "ammunition"} in completed.body["data"]["choices"]

    answered = await fake.callback(await fake.interact(sub("brief", topic="ammo")))
    assert answered.body["data"]["embeds"][0]["title"] == "North Korea-Russia: ammunition"

    refused = await fake.callback(await fake.interact(sub("brief", topic="artilery")))
    assert refused.body["data"]["content"].startswith("unknown topic 'artilery': did you mean artillery? topics: ")
