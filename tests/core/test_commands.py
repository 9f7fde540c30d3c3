"""The `/nk-aid` grammar shared by the chat adapters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.commands import Action, parse_command
from core.errors import CommandError, UnknownTopicError
from core.extract import default_lexicon

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def parse(text: str):
    return parse_command(text, default_lexicon(), NOW)


@pytest.mark.parametrize(
    ("text", "action", "topic", "since", "share"),
    [
        ("artillery", Action.BRIEF, "artillery", None, False),
        ("  Guns  ", Action.BRIEF, "artillery", None, False),
        ("rocket launchers", Action.BRIEF, "rocket launchers", None, False),
        ("mrl 2025-01-01", Action.BRIEF, "rocket launchers", datetime(2025, 1, 1, tzinfo=UTC), False),
        ("troops since 7d share", Action.BRIEF, "troops", NOW - timedelta(days=7), True),
        ("ammo share", Action.BRIEF, "ammunition", None, True),
        ("", Action.HELP, None, None, False),
        ("help", Action.HELP, None, None, False),
        ("digest", Action.DIGEST, None, NOW - timedelta(hours=24), False),
        ("digest 2w", Action.DIGEST, None, NOW - timedelta(weeks=2), False),
        ("chart casualties", Action.CHART, "casualties", None, False),
        ("unsubscribe", Action.UNSUBSCRIBE, None, None, False),
        ("subscriptions", Action.SUBSCRIPTIONS, None, None, False),
    ],
)
def test_commands(text: str, action: Action, topic: str | None, since: datetime | None, share: bool) -> None:
    command = parse(text)
    assert (command.action, command.topic, command.since, command.share) == (action, topic, since, share)


def test_subscribe_takes_time_zone_and_topics_including_two_word_ones() -> None:
    command = parse("subscribe 7:30 Asia/Seoul rocket launchers, troops ammo")
    assert (command.at, command.timezone, command.topics) == (
        "07:30",
        "Asia/Seoul",
        ["rocket launchers", "troops", "ammunition"],
    )
    defaults = parse("subscribe 08:00")
    assert (defaults.timezone, defaults.topics) == ("UTC", ["all"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("subscribe", "needs a time"),
        ("subscribe 25:00", "not a time of day"),
        ("subscribe 08:00 Mars/Olympus", "not a time zone"),
        ("chart", "needs a topic"),
        ("digest yesterday", "not a period"),
        ("unsubscribe now", "takes no arguments"),
    ],
)
def test_bad_commands_say_what_to_type(text: str, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        parse(text)


def test_unknown_topic_suggests_the_closest() -> None:
    with pytest.raises(UnknownTopicError) as caught:
        parse("artilery")
    assert caught.value.suggestions == ["artillery"]
    assert "troops" in caught.value.known
