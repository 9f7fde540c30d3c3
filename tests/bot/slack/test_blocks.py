"""Block Kit stays within Slack's limits however long the briefing: the card is one message, what a button opens is
split into messages, then shortened with a note."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.card import CARD_FIGURES, Button
from bot.slack.blocks import MAX_MESSAGES, briefing_card, detail_messages, digest_messages
from core.compose.digest import Digest
from core.models import ArticleLink, Briefing, Category, Direction, Estimate, Qualifier, Status
from tests.fakes.block_kit import assert_within_block_kit_limits


def estimate(i: int, quote_words: int) -> Estimate:
    return Estimate(
        series=f"item {i}", category=Category.ARTILLERY, subtype=f"long-range artillery type {i} <&>" * 3,
        value=100 + i, hedge=Qualifier.APPROX, status=Status.REPORTED, incremental=False,
        direction=Direction.NK_TO_RU, reported_on=date(2025, 2, 1), source="South Korea's defence ministry",
        authorities=["MND"], reports=3, outlets=2, quote=" ".join(["word"] * quote_words),
        url=f"https://example.org/{i}", title=f"Report {i}",
    )  # fmt: skip


def briefing(n: int, quote_words: int = 60) -> Briefing:
    figures = [estimate(i, quote_words) for i in range(n)]
    return Briefing(
        topic="artillery" * 30, categories=[Category.ARTILLERY], generated_at=datetime(2026, 11, 21, tzinfo=UTC),
        headlines=figures, additions=figures, planned=figures, history=[],
        sources=[ArticleLink(title=f"Source {i}" * 40, url=f"https://example.org/{i}", outlet="example.org",
                           published=date(2025, 1, 1)) for i in range(n)],
    )  # fmt: skip


def test_a_card_is_one_message_however_big_the_briefing() -> None:
    for size in (3, 400):
        card = briefing_card(briefing(size, quote_words=400))
        assert_within_block_kit_limits(card)
        assert "&lt;&amp;&gt;" in str(card["blocks"])  # mrkdwn control characters escaped
    notes = [e["text"] for b in card["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert f"and {400 - CARD_FIGURES} more figure(s): Sources and Show history list them all" in notes


def test_huge_details_are_split_then_shortened_never_over_the_limits() -> None:
    for size in (150, 400):
        messages = detail_messages(briefing(size, quote_words=400), Button.HISTORY)
        assert 1 < len(messages) <= MAX_MESSAGES
        for message in messages:
            assert_within_block_kit_limits(message)
    last = detail_messages(briefing(1000, quote_words=400), Button.HISTORY)[-1]["blocks"][-1]
    assert last["type"] == "context" and last["elements"][0]["text"].startswith("Shortened:")


def test_a_digest_is_always_one_message_within_limits() -> None:
    figures = [estimate(i, 400) for i in range(300)]
    digest = Digest(since=datetime(2026, 11, 20, tzinfo=UTC), generated_at=datetime(2026, 11, 21, tzinfo=UTC),
                    new=figures, revisions=[], conflicts=[])  # fmt: skip
    messages = digest_messages(digest)
    assert len(messages) == 1
    assert_within_block_kit_limits(messages[0])
    empty = Digest(since=datetime(2026, 11, 20, tzinfo=UTC), generated_at=datetime(2026, 11, 21, tzinfo=UTC),
                   new=[], revisions=[], conflicts=[])  # fmt: skip
    assert "Nothing new." in str(digest_messages(empty)[0]["blocks"])
