"""Fault: an article title and URL written to mention everyone and break links reach Slack (issue 15, item 7).

A shared briefing and an asked-for digest go through the real bolt app over HTTP, a scheduled digest through the real
slack-sdk poster; the fake Slack records what it received, and that is what is checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.runtime import SlackRuntime
from core.desk import Desk
from core.lexicon import Lexicon
from tests.bot.slack.conftest import fake, http_app  # noqa: F401 (fixtures)
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.slack_requests import action_body, command_body, post_command, sign
from tests.faults.chat_hostile import SINCE, assert_safe_mrkdwn, hostile_desk, strings

pytestmark = pytest.mark.anyio


@pytest.fixture
def desk(tmp_path: Path, lexicon: Lexicon) -> Iterator[Desk]:
    yield from hostile_desk(tmp_path, lexicon)


@pytest.mark.parametrize(("command", "seen_by"), [("troops share", "in_channel"), ("digest 7d", "ephemeral")])
async def test_shared_briefings_and_digests_show_hostile_titles_and_urls_as_text(
    fake: FakeSlack,  # noqa: F811
    http_app: SlackRuntime,  # noqa: F811
    command: str,
    seen_by: str,
) -> None:
    body = command_body(fake, command)
    status, _, _ = await post_command(http_app, body, sign(body))
    assert status == 200
    await fake.wait_for(lambda: fake.responses, timeout=15)
    (response,) = fake.responses
    assert response["response_type"] == seen_by
    if command.startswith("troops"):  # a briefing card links figures; its Sources button shows the titles
        press = action_body(fake.block_actions(response, "nkaid_sources", ephemeral=True))
        assert (await post_command(http_app, press, sign(press)))[0] == 200
        await fake.wait_for(lambda: len(fake.responses) == 2, timeout=15)
    assert_safe_mrkdwn(list(strings(fake.responses)))


async def test_a_scheduled_digest_shows_hostile_titles_and_urls_as_text(
    fake: FakeSlack,  # noqa: F811
    http_app: SlackRuntime,  # noqa: F811
    desk: Desk,
) -> None:
    await http_app.poster.post("C0DIGEST", desk.digest(SINCE), "2026-12-04")
    (call,) = fake.calls_to("chat.postMessage")
    texts = list(strings({key: call.body[key] for key in ("text", "blocks")}))
    assert_safe_mrkdwn(texts)
