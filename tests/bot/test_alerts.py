"""Alerts: a channel that asked for them hears of a changed headline estimate once, at once, through the real
slack-sdk poster and the fake Slack; across a restart (a new process, a new ledger owner) nothing is posted twice,
and what was known when the channel asked is never replayed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.delivery import Courier, Result
from bot.scheduler import DigestScheduler
from bot.serve import _poll
from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.commands import parse_command
from core.desk import Desk
from core.lexicon import Lexicon
from core.runtime import build_runtime
from core.settings import DEFAULT_CONFIG_DIR, Settings
from core.store.ledger import DeliveryLedger
from core.store.subscriptions import Subscription
from tests.bot.slack.conftest import fake  # noqa: F401 (fixture)
from tests.fakes.articles import NEW_GUNS, Item, page, rss
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.feed_server import FeedServer

pytestmark = pytest.mark.anyio


def scheduler(fake: FakeSlack, desk: Desk, owner: str) -> DigestScheduler:  # noqa: F811
    settings = SlackSettings(bot_token=SecretStr("xoxb-test"), app_token=SecretStr("xapp-test"), api_url=fake.api_url)
    poster = SlackRuntime(settings, desk).poster  # only the poster is used: no connection is opened
    return DigestScheduler(desk, Courier(DeliveryLedger(desk.store.engine, owner)), {"slack": poster})


def subscribe(desk: Desk, channel: str, alerts: bool) -> None:
    sub = Subscription(platform="slack", workspace="T0NKAID", channel=channel, at="08:00", timezone="UTC",
                       topics=["artillery"], created_by="U0ADMIN", alerts=alerts)  # fmt: skip
    desk.subscriptions.put(sub)


async def test_a_changed_headline_is_posted_once_and_never_again_after_a_restart(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
    store_changed_headline: Callable[[], None],
) -> None:
    subscribe(desk, "C0ALERT", alerts=True)
    subscribe(desk, "C0QUIET", alerts=False)
    first = scheduler(fake, desk, "replica-a")
    assert await first.check_alerts() == []  # what is known when the channel asks is the baseline, not news
    assert fake.posts("C0ALERT") == []

    store_changed_headline()
    outcomes = await first.check_alerts()
    assert [(o.channel, o.result) for o in outcomes] == [("C0ALERT", Result.SENT)]
    (alert,) = fake.posts("C0ALERT")
    assert alert["blocks"][0]["text"]["text"] == "nk-aid alert: artillery"
    (line,) = [b["text"]["text"] for b in alert["blocks"] if b["type"] == "section"]
    assert "more than 200 pieces (11 Feb 2025) -&gt; more than 300 pieces (2 Jun 2025" in line
    assert "<https://example.org/alert/901|" in line  # linked to the article that changed it
    assert alert["metadata"]["event_payload"]["period"].startswith("alert:")  # found again after a crash

    assert await first.check_alerts(force=True) == []  # told already
    restarted = scheduler(fake, desk, "replica-b")  # a new process: its own memory, the same ledger
    assert await restarted.check_alerts() == []
    assert len(fake.posts("C0ALERT")) == 1 and fake.posts("C0QUIET") == []


async def test_a_channel_new_to_alerts_is_not_flooded_with_what_is_known(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
) -> None:
    subscribe(desk, "C0LATE", alerts=True)
    assert await scheduler(fake, desk, "replica-a").check_alerts() == []
    assert desk.alerts(["artillery"]), "the sample corpus has headline figures: the test would prove nothing"
    assert fake.posts("C0LATE") == []


def test_subscribe_takes_alerts_in_the_grammar(lexicon: Lexicon) -> None:
    command = parse_command("subscribe 08:00 Asia/Seoul artillery alerts troops", lexicon, datetime.now(UTC))
    assert (command.alerts, command.topics) == (True, ["artillery", "troops"])
    assert parse_command("subscribe 08:00", lexicon).alerts is False


async def test_a_poll_that_stores_a_changed_headline_posts_its_alert_at_once(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
    tmp_path: Path,
) -> None:
    """The running bot's poll job (bot.serve) against a loopback feed: the alert goes out after the poll, not at the
    next digest."""
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(DEFAULT_CONFIG_DIR / "lexicon.toml", config / "lexicon.toml")
    server = FeedServer()
    server.start()
    try:
        server.serve("/news/guns", page("North Korea has sent Russia more than 300 long-range guns", NEW_GUNS))
        item = Item("Guns", server.url("/news/guns"), "North Korea and Russia")
        server.serve("/feeds/a.xml", rss("Feed A", [item]), content_type="application/rss+xml")
        (config / "sources.toml").write_text(f'[[source]]\nname = "Feed A"\nurl = "{server.url("/feeds/a.xml")}"\n')
        settings = Settings(config_dir=config, fetch_timeout_s=2, fetch_retries=1, fetch_backoff_s=0.01,
                            fetch_allow_hosts=("127.0.0.1",))  # fmt: skip
        subscribe(desk, "C0POLL", alerts=True)
        alerts = scheduler(fake, desk, "replica-a")
        await alerts.check_alerts()  # the baseline
        await _poll(build_runtime(settings, store=desk.store), alerts.ingested)
    finally:
        server.stop()
    (alert,) = fake.posts("C0POLL")
    assert alert["blocks"][0]["text"]["text"] == "nk-aid alert: artillery"
    assert "more than 300 pieces" in str(alert["blocks"])
