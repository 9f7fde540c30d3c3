"""The briefing card's buttons pressed through the real bolt app, over signed HTTP and over Socket Mode: what the fake
Slack then receives (follow-ups only the presser sees, thread replies, the shared card, the chart upload)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr

from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.slack_requests import action_body, command_body, post_command, sign

pytestmark = pytest.mark.anyio
CHANNEL = "C0BRIEF"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def ask(fake: FakeSlack, runtime: SlackRuntime, words: str) -> dict[str, Any]:
    """Run `/nk-aid <words>`; the answer as response_url received it."""
    seen = len(fake.responses)
    body = command_body(fake, words, channel=CHANNEL)
    assert (await post_command(runtime, body, sign(body)))[0] == 200
    await fake.wait_for(lambda: len(fake.responses) > seen)
    return fake.responses[seen]


async def press(fake: FakeSlack, runtime: SlackRuntime, message: dict[str, Any], action_id: str, **kw: Any) -> None:
    body = action_body(fake.block_actions(message, action_id, channel=CHANNEL, **kw))
    status, answer, _ = await post_command(runtime, body, sign(body))
    assert (status, answer) == (200, "")  # acknowledged at once; the answer follows


def texts(message: dict[str, Any]) -> str:
    parts = []
    for block in message["blocks"]:
        if "text" in block:
            parts.append(block["text"]["text"])
        parts += [e["text"] for e in block.get("elements", []) if isinstance(e.get("text"), str)]
    return "\n".join(parts)


async def test_show_history_under_a_private_answer_follows_up_only_to_the_presser(
    fake: FakeSlack, http_app: SlackRuntime
) -> None:
    card = await ask(fake, http_app, "troops")
    assert card["response_type"] == "ephemeral"
    await press(fake, http_app, card, "nkaid_history", ephemeral=True)
    await fake.wait_for(lambda: len(fake.responses) == 2)
    follow_up = fake.responses[1]
    assert follow_up["response_type"] == "ephemeral" and follow_up["replace_original"] is False
    assert follow_up["blocks"][0]["text"]["text"] == "North Korea-Russia: troops: how estimates changed"
    shown = texts(follow_up)
    assert shown.index("*How estimates changed*") < shown.index("*Additions (not summed into the totals)*")
    assert not fake.calls_to("chat.postMessage")  # nothing in the channel


async def test_share_posts_the_card_then_its_buttons_answer_in_its_thread(
    fake: FakeSlack, http_app: SlackRuntime
) -> None:
    card = await ask(fake, http_app, "artillery")
    await press(fake, http_app, card, "nkaid_share", ephemeral=True)
    await fake.wait_for(lambda: fake.posts(CHANNEL))
    (shared,) = fake.posts(CHANNEL)
    assert shared["blocks"][0]["text"]["text"] == "North Korea-Russia: artillery"
    assert "Shared by <@U0MEMBER>" in texts(shared)
    buttons = [e["action_id"] for b in shared["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["nkaid_history", "nkaid_sources", "nkaid_chart"]  # already in the channel: no Share

    await press(fake, http_app, shared, "nkaid_sources")
    await fake.wait_for(lambda: fake.thread(CHANNEL, shared["ts"]))
    (sources,) = fake.thread(CHANNEL, shared["ts"])
    assert sources["blocks"][0]["text"]["text"] == "North Korea-Russia: artillery: sources"
    assert "<https://example.org/sample/" in texts(sources)  # every source linked

    await press(fake, http_app, shared, "nkaid_chart")
    await fake.wait_for(lambda: len(fake.thread(CHANNEL, shared["ts"])) == 2, timeout=15)
    chart = fake.thread(CHANNEL, shared["ts"])[1]
    assert chart["files"] and chart["text"].startswith("artillery: ")
    assert any(data.startswith(PNG_MAGIC) for data in fake.uploads.values())
    assert len(fake.posts(CHANNEL)) == 1  # the thread took every answer; the channel has the one card


async def test_a_button_press_with_a_bad_signature_is_refused(fake: FakeSlack, http_app: SlackRuntime) -> None:
    card = await ask(fake, http_app, "troops")
    body = action_body(fake.block_actions(card, "nkaid_sources", ephemeral=True))
    status, answer, _ = await post_command(http_app, body, sign(body, secret="not-the-secret"))
    assert (status, answer) == (401, '{"error": "invalid request"}')
    assert len(fake.responses) == 1


async def test_an_unknown_topic_in_a_button_is_answered_not_crashed(fake: FakeSlack, http_app: SlackRuntime) -> None:
    card = await ask(fake, http_app, "troops")
    for block in card["blocks"]:  # a card from an older lexicon whose topic has since been renamed
        for element in block.get("elements", []):
            if "value" in element:
                element["value"] = '{"topic": "artilery", "since": null}'
    await press(fake, http_app, card, "nkaid_history", ephemeral=True)
    await fake.wait_for(lambda: len(fake.responses) == 2)
    assert "did you mean artillery" in fake.responses[1]["text"]


async def test_buttons_work_over_socket_mode(fake: FakeSlack, desk: Desk) -> None:
    settings = SlackSettings(bot_token=SecretStr("xoxb-test"), app_token=SecretStr("xapp-1-test"), api_url=fake.api_url)
    runtime = SlackRuntime(settings, desk)
    await runtime.start()
    try:
        await fake.send_envelope({"team_id": "T0NKAID", "channel_id": CHANNEL, "user_id": "U0MEMBER",
                                  "command": "/nk-aid", "text": "ammunition", "api_app_id": "A0NKAID",
                                  "response_url": fake.response_url(), "trigger_id": "1.2.x"})  # fmt: skip
        await fake.wait_for(lambda: fake.responses)
        envelope = await fake.send_envelope(
            fake.block_actions(fake.responses[0], "nkaid_sources", channel=CHANNEL, ephemeral=True), "interactive"
        )
        await fake.wait_for(lambda: len(fake.responses) == 2)
        await fake.wait_for(lambda: any(ack["envelope_id"] == envelope for ack in fake.socket_acks))
        assert fake.responses[1]["blocks"][0]["text"]["text"] == "North Korea-Russia: ammunition: sources"
    finally:
        await runtime.stop()


async def test_share_joins_a_public_channel_the_app_is_not_in(fake: FakeSlack, http_app: SlackRuntime) -> None:
    fake.outside.add(CHANNEL)
    card = await ask(fake, http_app, "troops")
    await press(fake, http_app, card, "nkaid_share", ephemeral=True)
    await fake.wait_for(lambda: fake.posts(CHANNEL))
    assert [c.body["channel"] for c in fake.calls_to("conversations.join")] == [CHANNEL]


async def test_share_in_a_private_channel_the_app_is_not_in_says_what_to_do(
    fake: FakeSlack, http_app: SlackRuntime
) -> None:
    fake.outside.add(CHANNEL)
    fake.private.add(CHANNEL)
    card = await ask(fake, http_app, "troops")
    await press(fake, http_app, card, "nkaid_share", ephemeral=True)
    await fake.wait_for(lambda: len(fake.responses) == 2)
    assert fake.responses[1]["text"] == (
        "Could not post in this channel (method_not_supported_for_channel_type); invite the app with `/invite @nk-aid`."
    )
    assert fake.posts(CHANNEL) == []
