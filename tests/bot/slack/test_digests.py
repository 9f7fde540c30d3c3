"""Scheduled digests into Slack through the real slack-sdk client and the fake Web API: exactly once per
(channel, day) through 429s, 500s, refusals, posts that went through unanswered, and a second replica."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr

from bot.delivery import Courier, Result, RetryPolicy
from bot.scheduler import DigestScheduler
from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.store.ledger import DeliveryLedger, DeliveryStatus
from tests.fakes.fake_slack import Failure, FakeSlack
from tests.fakes.subscriptions import subscribe

pytestmark = pytest.mark.anyio


class Sleeps:
    """Records the waits the courier asks for and waits only a moment, so Retry-After is checked, not endured."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        await asyncio.sleep(0.01)


def replica(fake: FakeSlack, desk: Desk, owner: str, sleeps: Sleeps) -> tuple[DigestScheduler, DeliveryLedger]:
    settings = SlackSettings(bot_token=SecretStr("xoxb-test"), app_token=SecretStr("xapp-test"), api_url=fake.api_url)
    runtime = SlackRuntime(settings, desk)  # Socket Mode settings; only its poster is used here
    ledger = DeliveryLedger(desk.store.engine, owner)
    courier = Courier(ledger, RetryPolicy(attempts=4, base_delay=0.05), sleep=sleeps)
    return DigestScheduler(desk, courier, {"slack": runtime.poster}), ledger


async def test_each_channel_gets_its_digest_once_through_429_500_and_refusals(fake: FakeSlack, desk: Desk) -> None:
    now = datetime.now(UTC)
    channels = ["C01OK", "C02RATE", "C03FLAKY", "C04GONE", "C05LOST"]
    period = subscribe(desk, channels, now)
    fake.fail("chat.postMessage", Failure(429, retry_after=2), Failure(429, retry_after=1), channel="C02RATE")
    fake.fail("chat.postMessage", Failure(500), Failure(503), channel="C03FLAKY")
    fake.fail("chat.postMessage", Failure(200, "channel_not_found"), channel="C04GONE")
    fake.fail("chat.postMessage", Failure(500, post_anyway=True), channel="C05LOST")  # posted, then a 500
    sleeps = Sleeps()
    scheduler, ledger = replica(fake, desk, "replica-a", sleeps)

    outcomes = {o.channel: o for o in await scheduler.run_due(now=now)}

    assert {c: o.result for c, o in outcomes.items()} == {
        "C01OK": Result.SENT, "C02RATE": Result.SENT, "C03FLAKY": Result.SENT,
        "C04GONE": Result.REFUSED, "C05LOST": Result.SENT,
    }  # fmt: skip
    assert {c: len(fake.posts(c)) for c in channels} == {c: (0 if c == "C04GONE" else 1) for c in channels}
    assert [s for s in sleeps.asked if s >= 1] == [2.0, 1.0]  # Retry-After honoured, in order
    assert "found earlier post" in outcomes["C05LOST"].detail  # looked before posting again
    posted = fake.posts("C01OK")[0]
    assert posted["metadata"] == {"event_type": "nk_aid_digest", "event_payload": {"period": period}}
    assert posted["blocks"][0]["text"]["text"].startswith("nk-aid digest")
    gone = ledger.get("slack", "C04GONE", period)
    assert gone is not None and gone.status is DeliveryStatus.REFUSED and "channel_not_found" in (gone.error or "")

    again = await scheduler.run_due(now=now + timedelta(minutes=5))  # the sweep: nothing left to do
    assert [o for o in again if o.result is not Result.ALREADY] == []
    assert {c: len(fake.posts(c)) for c in channels} == {c: (0 if c == "C04GONE" else 1) for c in channels}


async def test_retries_are_bounded_and_the_next_run_finishes_the_job(fake: FakeSlack, desk: Desk) -> None:
    now = datetime.now(UTC)
    period = subscribe(desk, ["C0DOWN", "C0FINE"], now)
    fake.fail("chat.postMessage", *[Failure(500)] * 4, channel="C0DOWN")
    scheduler, ledger = replica(fake, desk, "replica-a", Sleeps())
    outcomes = {o.channel: o for o in await scheduler.run_due(now=now)}
    assert (outcomes["C0DOWN"].result, outcomes["C0DOWN"].attempts) == (Result.FAILED, 4)
    assert outcomes["C0FINE"].result is Result.SENT  # one failing channel never holds up the others
    down = ledger.get("slack", "C0DOWN", period)
    assert down is not None and down.status is DeliveryStatus.FAILED and "500" in (down.error or "")
    await scheduler.run_due(now=now + timedelta(minutes=1))
    assert len(fake.posts("C0DOWN")) == 1 and len(fake.posts("C0FINE")) == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_two_replicas_deliver_each_digest_once(
    fake: FakeSlack, backend: str, request: pytest.FixtureRequest
) -> None:
    desk: Desk = request.getfixturevalue("desk" if backend == "sqlite" else "pg_desk")
    now = datetime.now(UTC)
    channels = [f"C{i:03d}" for i in range(40)]
    subscribe(desk, channels, now)
    fake.delay = 0.01
    a, _ = replica(fake, desk, "replica-a", Sleeps())
    b, _ = replica(fake, desk, "replica-b", Sleeps())
    first, second = await asyncio.gather(a.run_due(now=now), b.run_due(now=now))
    sent = [o.channel for o in first + second if o.result is Result.SENT]
    assert sorted(sent) == channels
    assert all(len(fake.posts(c)) == 1 for c in channels)


async def test_the_first_digest_is_a_short_summary_with_the_details_in_its_thread(fake: FakeSlack, desk: Desk) -> None:
    """Subscribing to 'all' over the whole sample corpus: dozens of changes, never dumped into the channel."""
    now = datetime.now(UTC)
    scheduler, _ = replica(fake, desk, "replica-a", Sleeps())
    subscribe(desk, ["C0FIRST"], now)
    digest = desk.digest(datetime(2000, 1, 1, tzinfo=UTC), ["all"])
    changes = len(digest.new) + len(digest.revisions) + len(digest.conflicts)
    assert changes > 20, "the sample corpus should make a big first digest"
    await scheduler.run_due(now=now)
    (summary,) = fake.posts("C0FIRST")
    lines = [b["text"]["text"] for b in summary["blocks"] if b["type"] == "section"]
    assert sum(text.count("\n") + 1 for text in lines) == 5  # the top five changes
    notes = [e["text"] for b in summary["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert f"and {changes - 5} more" in notes and "Details in the thread." in notes
    (details,) = fake.thread("C0FIRST", summary["ts"])
    assert "*New figures*" in str(details["blocks"]) and len(details["blocks"]) <= 50
    assert summary["metadata"]["event_type"] == "nk_aid_digest"  # the summary is what a restart looks for
