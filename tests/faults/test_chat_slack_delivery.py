"""Faults in Slack digest delivery (issue 15, item 6), through the real slack-sdk poster, courier and ledger against
the fake Slack: a crash followed by a busy channel, and subscribed channels the app is not in."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.delivery import Result, earliest_post
from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.lexicon import Lexicon
from core.store.subscriptions import Subscription
from tests.bot.slack.conftest import fake  # noqa: F401 (fixture)
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.slack_requests import ADMIN
from tests.faults.chat_delivery import TODAY, crashed_claim, deliver, digest_of, empty_desk

pytestmark = pytest.mark.anyio


@pytest.fixture
def desk(tmp_path: Path, lexicon: Lexicon) -> Iterator[Desk]:
    yield from empty_desk(tmp_path, lexicon)


def slack(fake: FakeSlack, desk: Desk) -> SlackRuntime:  # noqa: F811
    settings = SlackSettings(bot_token=SecretStr("xoxb-test"), app_token=SecretStr("xapp-test"), api_url=fake.api_url)
    return SlackRuntime(settings, desk)  # Socket Mode settings; its poster is what the scheduler uses


def subscribe(desk: Desk, channel: str) -> None:
    desk.subscriptions.put(Subscription(platform="slack", workspace="T0NKAID", channel=channel, at="08:00",
                                        timezone="UTC", topics=["all"], created_by=ADMIN))  # fmt: skip


async def test_a_digest_posted_before_a_crash_is_found_under_300_newer_messages(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
) -> None:
    runtime = slack(fake, desk)
    crashed_claim(desk, "slack", "C0BUSY")
    await runtime.poster.post("C0BUSY", digest_of(desk), TODAY)  # posted; the process dies before recording it
    fake.chatter("C0BUSY", 300)  # the channel talks on
    await asyncio.sleep(1.3)  # the dead replica's lease runs out

    outcome = await deliver(desk, runtime.poster, "C0BUSY")

    assert outcome.result is Result.SENT and outcome.detail.startswith("found earlier post")
    assert len(fake.posts("C0BUSY")) == 1
    pages = fake.calls_to("conversations.history")
    assert len(pages) == 2  # 200 a page, newest first: the digest is on the second
    start = earliest_post(TODAY)
    assert start is not None and all(float(p.body["oldest"]) == pytest.approx(start.timestamp()) for p in pages)


async def test_a_public_channel_the_app_is_not_in_is_joined_then_posted_to(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
) -> None:
    fake.outside.add("C0PUBLIC")
    subscribe(desk, "C0PUBLIC")
    outcome = await deliver(desk, slack(fake, desk).poster, "C0PUBLIC")
    assert outcome.result is Result.SENT
    assert [c.body["channel"] for c in fake.calls_to("conversations.join")] == ["C0PUBLIC"]
    assert len(fake.posts("C0PUBLIC")) == 1


async def test_a_private_channel_the_app_cannot_join_is_refused_and_the_subscriber_told_once(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
) -> None:
    fake.outside.add("C0PRIVATE")
    fake.private.add("C0PRIVATE")
    subscribe(desk, "C0PRIVATE")
    runtime = slack(fake, desk)
    outcomes = [await deliver(desk, runtime.poster, "C0PRIVATE", period) for period in ("2026-12-01", "2026-12-02")]
    assert [o.result for o in outcomes] == [Result.REFUSED, Result.REFUSED]
    assert "method_not_supported_for_channel_type" in outcomes[0].detail
    notices = [c.body for c in fake.calls_to("chat.postMessage") if c.body["channel"] == ADMIN]
    assert len(notices) == 1  # told once, not every day
    assert notices[0]["text"].startswith("nk-aid cannot post the daily digest in <#C0PRIVATE>")
    assert "/invite @nk-aid" in notices[0]["text"]
    assert fake.posts("C0PRIVATE") == []
