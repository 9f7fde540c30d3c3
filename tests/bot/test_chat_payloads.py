"""docs/chat-payloads/ holds what the bot sends for a briefing, rendered from the sample corpus, for people to check
by eye: a Slack card, a Slack thread reply, a Discord card with its buttons. Each file must equal what the code
renders now (`NK_AID_WRITE_PAYLOADS=1 pytest tests/bot/test_chat_payloads.py` rewrites them), and the Slack ones
must parse as slack_sdk Block Kit models and validate against Slack's limits."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
from slack_sdk.models.blocks import Block

from bot.card import Button, CardRef
from bot.discord.buttons import card_view
from bot.discord.embeds import card_pages
from bot.slack.blocks import briefing_card, detail_messages, digest_details, digest_summary
from core.compose.briefing import build_briefing
from core.desk import Desk
from tests.conftest import REPO

PAYLOADS = REPO / "docs" / "chat-payloads"
NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
WRITE = os.environ.get("NK_AID_WRITE_PAYLOADS") == "1"  # read at import: the autouse fixture clears NK_AID_*


def rendered(desk: Desk) -> dict[str, Any]:
    briefing = build_briefing(desk.store, desk.topic("artillery"), now=NOW)
    (page,) = card_pages(briefing)
    view = card_view(CardRef(briefing.topic), shareable=True)
    discord_card = {"embeds": [embed.to_dict() for embed in page], "components": view.to_components()}
    view.stop()
    digest = desk.digest(datetime(2000, 1, 1, tzinfo=UTC), ["artillery"], NOW)  # a first digest: everything is new
    return {
        "slack-card.json": briefing_card(briefing),
        "slack-thread.json": detail_messages(briefing, Button.HISTORY)[0],
        "slack-digest.json": digest_summary(digest),
        "slack-digest-thread.json": digest_details(digest),
        "discord-card.json": discord_card,
    }


def test_the_documented_payloads_are_what_the_bot_sends(desk: Desk) -> None:
    for name, payload in rendered(desk).items():
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
        path = PAYLOADS / name
        if WRITE:
            path.write_text(text, encoding="utf-8")
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: rerun with NK_AID_WRITE_PAYLOADS=1"


@pytest.mark.parametrize(
    "name", ["slack-card.json", "slack-thread.json", "slack-digest.json", "slack-digest-thread.json"]
)
def test_the_documented_slack_payloads_are_valid_block_kit(name: str) -> None:
    message = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
    assert message["text"] and 0 < len(message["blocks"]) <= 50
    for block in message["blocks"]:
        model = Block.parse(block)
        assert model is not None and type(model) is not Block, f"not a known block type: {block['type']}"
        assert model.to_dict() == block  # to_dict() runs slack_sdk's validators (lengths, counts)


def test_the_documented_discord_card_builds_discord_py_objects() -> None:
    message = json.loads((PAYLOADS / "discord-card.json").read_text(encoding="utf-8"))
    embeds = [discord.Embed.from_dict(e) for e in message["embeds"]]
    assert embeds[0].title == "North Korea-Russia: artillery"
    (row,) = message["components"]
    assert [b["label"] for b in row["components"]] == ["Show history", "Sources", "Chart", "Share to channel"]
