"""`/nk-aid` through the real discord.py client and the fake gateway: what the bot answers, as Discord receives it."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from bot import messages as text
from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from core.desk import Desk
from tests.fakes.fake_discord import CHANNEL_ID, GUILD_ID, FakeDiscord, Received

pytestmark = pytest.mark.anyio

EPHEMERAL = 64
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MANAGE_GUILD = 1 << 5
NO_MANAGE_GUILD = str((1 << 31) - 1 - MANAGE_GUILD)


def sub(name: str, **options: Any) -> list[dict[str, Any]]:
    """The options of `/nk-aid <name> key:value ...` as Discord sends them (strings 3, booleans 5, channels 7)."""
    kinds = {str: 3, bool: 5}
    values = [{"type": kinds[type(v)], "name": k, "value": v} for k, v in options.items()]
    return [{"type": 1, "name": name, "options": values}]


def assert_within_limits(embeds: list[dict[str, Any]]) -> None:
    assert 1 <= len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= 256 and len(e.get("description", "")) <= 4096
        assert len(e.get("fields", [])) <= 25
        total += len(e.get("title", "")) + len(e.get("description", "")) + len(e.get("footer", {}).get("text", ""))
    assert total <= 6000


async def test_topic_briefing_answers_in_one_callback(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("artillery"))
    callback = await fake.callback(interaction)
    assert callback.method == "POST" and callback.query == {"with_response": "1"}
    assert callback.body["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE: no defer needed
    assert callback.body["data"]["flags"] == EPHEMERAL  # only the asker sees it unless share:true
    embeds = callback.body["data"]["embeds"]
    assert_within_limits(embeds)
    assert embeds[0]["title"] == "North Korea-Russia: artillery"
    # A compact card: one line per headline figure, the figure linked to its article, and the buttons under it.
    description = "\n".join(e.get("description", "") for e in embeds)
    assert "• **long-range artillery**: [more than 200 pieces](https://example.org/sample/011) · " in description
    (row,) = callback.body["data"]["components"]
    assert [b["label"] for b in row["components"]] == ["Show history", "Sources", "Chart", "Share to channel"]
    assert row["components"][0]["custom_id"] == "nkaid_history:artillery:"


async def test_share_posts_in_the_channel_and_since_lists_what_is_new(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("rocket-launchers", since="2024-01-01", share=True))
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 4 and not callback.body["data"].get("flags")
    description = "\n".join(e.get("description", "") for e in callback.body["data"]["embeds"])
    assert callback.body["data"]["embeds"][0]["title"] == "North Korea-Russia: rocket launchers"
    assert "**New since 2024-01-01**" in description
    (row,) = callback.body["data"]["components"]
    assert "Share to channel" not in [b["label"] for b in row["components"]]  # shared already


async def test_bad_since_is_refused_with_the_grammar_message(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("troops", since="last tuesday"))
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] == EPHEMERAL
    assert _content(callback) == "'last tuesday' is not a period (24h, 7d, 2w or YYYY-MM-DD)"


async def test_digest_answers_with_embeds(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("digest", since="2w"))
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 4
    embeds = callback.body["data"]["embeds"]
    assert_within_limits(embeds)
    assert embeds[0]["title"].startswith("nk-aid digest: changes since ")


async def test_chart_defers_then_follows_up_with_the_png(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("chart", topic="ammo"))
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 5 and callback.body["data"]["flags"] == EPHEMERAL  # DEFERRED, "thinking..."
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path.startswith("/webhooks/"), timeout=20)
    assert followup.path.startswith(f"/webhooks/{bot.application_id}/")
    (name, png), *_ = followup.files.items()
    assert name == "nk-aid-ammunition.png" and png.startswith(PNG_MAGIC)
    embed = followup.body["embeds"][0]
    assert embed["title"] == "North Korea-Russia: ammunition, reported estimates over time"
    assert embed["image"]["url"] == "attachment://nk-aid-ammunition.png"


async def test_chart_topic_autocompletes_names_and_aliases(fake: FakeDiscord, bot: NkAidBot) -> None:
    options = [{"type": 1, "name": "chart", "options": [{"type": 3, "name": "topic", "value": "mr", "focused": True}]}]
    interaction = await fake.interact(options, type=4)
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = callback.body["data"]["choices"]
    assert {"name": "mrl (rocket launchers)", "value": "rocket launchers"} in choices
    assert len(choices) <= 25


async def test_unknown_chart_topic_gets_suggestions(fake: FakeDiscord, bot: NkAidBot) -> None:
    interaction = await fake.interact(sub("chart", topic="artilery"))
    callback = await fake.callback(interaction)
    assert callback.body["data"]["flags"] == EPHEMERAL
    assert callback.body["data"]["content"].startswith("unknown topic 'artilery': did you mean artillery? topics: ")


async def test_slow_work_is_deferred_before_the_deadline(
    fake: FakeDiscord, desk: Desk, handlers: NkAidCommands
) -> None:
    handlers.defer_after = 0.0  # as if the store were slow: the bot must defer, then follow up
    async with _bot(fake, handlers):
        interaction = await fake.interact(sub("troops"))
        callback = await fake.callback(interaction)
        assert callback.body["type"] == 5
        followup = await fake.wait_for(lambda r: r.path.startswith("/webhooks/"))
        assert followup.body["embeds"][0]["title"] == "North Korea-Russia: troops"


def _bot(fake: FakeDiscord, handlers: NkAidCommands):  # type: ignore[no-untyped-def]
    from tests.fakes.discord_tasks import running

    return running(NkAidBot(handlers, guild_ready_timeout=0.01))


def _channel_option(channel: str) -> tuple[dict[str, Any], dict[str, Any]]:
    option = {"type": 7, "name": "channel", "value": channel}
    resolved = {"channels": {channel: {"id": channel, "name": "general", "type": 0, "permissions": "2147483647"}}}
    return option, resolved


async def test_subscribe_without_manage_server_is_refused(fake: FakeDiscord, bot: NkAidBot, desk: Desk) -> None:
    interaction = await fake.interact(sub("subscribe", time="07:30"), permissions=NO_MANAGE_GUILD)
    callback = await fake.callback(interaction)
    assert callback.body["type"] == 4
    assert _content(callback) == text.NEEDS_MANAGE_SERVER
    assert callback.body["data"]["flags"] == EPHEMERAL
    assert desk.subscriptions.all("discord") == []


async def test_subscribe_stores_the_channel_subscription(fake: FakeDiscord, bot: NkAidBot, desk: Desk) -> None:
    option, resolved = _channel_option(CHANNEL_ID)
    options = sub("subscribe", time="7:30", timezone="Asia/Seoul", topics="artillery, ammo")
    options[0]["options"].append(option)
    interaction = await fake.interact(options, data_resolved=resolved)
    callback = await fake.callback(interaction)
    assert callback.body["data"]["content"] == (
        f"Daily digest for <#{CHANNEL_ID}> at 07:30 (Asia/Seoul) on artillery, ammunition."
    )
    (stored,) = desk.subscriptions.all("discord", GUILD_ID)
    assert (stored.channel, stored.at, stored.timezone, stored.topics) == (
        CHANNEL_ID,
        "07:30",
        "Asia/Seoul",
        ["artillery", "ammunition"],
    )


def _content(callback: Received) -> str:
    return str(callback.body["data"]["content"])


async def test_subscribe_with_alerts(fake: FakeDiscord, bot: NkAidBot, desk: Desk) -> None:
    callback = await fake.callback(await fake.interact(sub("subscribe", time="06:00", alerts=True)))
    assert _content(callback) == (
        f"Daily digest for <#{CHANNEL_ID}> at 06:00 (UTC) on all. Headline changes are posted there at once."
    )
    (stored,) = desk.subscriptions.all("discord", GUILD_ID)
    assert stored.alerts


async def test_subscriptions_lists_and_unsubscribe_removes(fake: FakeDiscord, bot: NkAidBot, desk: Desk) -> None:
    interaction = await fake.interact(sub("subscriptions"))
    assert _content(await fake.callback(interaction)) == text.NO_SUBSCRIPTIONS
    await fake.callback(await fake.interact(sub("subscribe", time="06:00")))  # this channel, UTC, all topics
    listed = await fake.callback(await fake.interact(sub("subscriptions")))
    (embed,) = listed.body["data"]["embeds"]
    assert embed["title"] == text.SUBSCRIPTIONS_TITLE
    assert embed["description"] == f"<#{CHANNEL_ID}>: 06:00 (UTC) on all"
    removed = await fake.callback(await fake.interact(sub("unsubscribe")))
    assert _content(removed) == f"<#{CHANNEL_ID}> no longer gets a daily digest."
    again = await fake.callback(await fake.interact(sub("unsubscribe")))
    assert _content(again) == f"<#{CHANNEL_ID}> had no daily digest."
    assert desk.subscriptions.all("discord") == []


async def test_subscription_commands_refuse_in_direct_messages(fake: FakeDiscord, bot: NkAidBot) -> None:
    user = {"id": "53908232506183680", "username": "Mason", "discriminator": "0", "avatar": None, "global_name": None}
    channel = {"id": "645027906669599999", "type": 1, "recipients": [user], "flags": 0}
    dm = {"guild_id": None, "member": None, "user": user, "channel": channel, "channel_id": channel["id"], "context": 1}
    interaction = await fake.interact(sub("subscriptions"), **dm)
    assert _content(await fake.callback(interaction)) == text.NEEDS_SERVER


async def test_bad_subscription_time_is_refused(fake: FakeDiscord, bot: NkAidBot, desk: Desk) -> None:
    interaction = await fake.interact(sub("subscribe", time="25:00"))
    assert _content(await fake.callback(interaction)) == "'25:00' is not a time of day (HH:MM, 24-hour, e.g. 08:00)"
    assert desk.subscriptions.all("discord") == []


async def test_each_command_is_logged_with_its_request_id(
    fake: FakeDiscord, bot: NkAidBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="bot.discord")
    interaction = await fake.interact(sub("missiles"))
    await fake.callback(interaction)
    for _ in range(50):  # the completion event follows the callback
        if any(getattr(r, "request_id", None) == interaction for r in caplog.records):
            break
        await anyio.sleep(0.02)
    (record,) = [r for r in caplog.records if getattr(r, "request_id", None) == interaction]
    assert (record.platform, record.action) == ("discord", "missiles")  # type: ignore[attr-defined]
    assert record.getMessage().startswith(f"request {interaction}: /nk-aid missiles answered in ")


async def test_a_failure_tells_the_user_its_request_id(
    fake: FakeDiscord, bot: NkAidBot, desk: Desk, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("store unreachable")  # a fault injected under the handler; the wire is real

    monkeypatch.setattr(desk, "briefing", broken)
    interaction = await fake.interact(sub("troops"))
    callback = await fake.callback(interaction)
    assert _content(callback) == text.FAILED.format(request_id=interaction)
    (record,) = [r for r in caplog.records if getattr(r, "request_id", None) == interaction]
    assert record.levelname == "ERROR" and record.exc_info is not None


async def test_a_refusal_is_logged_with_its_request_id(
    fake: FakeDiscord, bot: NkAidBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="bot.discord")
    interaction = await fake.interact(sub("troops", since="last tuesday"))
    await fake.callback(interaction)
    (record,) = [r for r in caplog.records if getattr(r, "request_id", None) == interaction]
    assert record.levelname == "INFO" and record.action == "troops"  # type: ignore[attr-defined]
    assert record.getMessage().startswith(f"request {interaction}: /nk-aid troops refused: 'last tuesday' is not")
