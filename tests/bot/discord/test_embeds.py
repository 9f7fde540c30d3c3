"""Embed packing: any briefing, however long, becomes messages that Discord accepts, with nothing dropped."""

from __future__ import annotations

from datetime import UTC, date, datetime

import discord

from bot.discord.embeds import (
    DESCRIPTION_MAX,
    EMBEDS_PER_MESSAGE,
    MESSAGE_TOTAL_MAX,
    TITLE_MAX,
    page_size,
    section_pages,
)
from core.compose.render import briefing_sections, briefing_title
from core.models import ArticleLink, Briefing, Category, Direction, Estimate, Status


def estimate(i: int, quote_chars: int = 200) -> Estimate:
    return Estimate(
        series=f"item {i}",
        category=Category.ARTILLERY,
        subtype=f"self-propelled howitzer model {i}",
        value=100 + i,
        unit="pieces",
        status=Status.REPORTED,
        incremental=False,
        direction=Direction.NK_TO_RU,
        reported_on=date(2025, 1, 1),
        source="South Korea Ministry of National Defense",
        authorities=["South Korea Ministry of National Defense", "Ukraine HUR"],
        reports=3,
        outlets=2,
        quote=f"Officials said North Korea has sent more *howitzers* (model {i}) ".ljust(quote_chars, "x"),
        url=f"https://example.org/news/{i}_(update)",
    )


def briefing(n: int, topic: str = "artillery") -> Briefing:
    return Briefing(
        topic=topic,
        categories=[Category.ARTILLERY],
        generated_at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
        headlines=[estimate(i) for i in range(n)],
        additions=[],
        planned=[],
        history=[],
        sources=[
            ArticleLink(title=f"Report [{i}]", url=f"https://example.org/{i}", outlet="Yonhap", published=None)
            for i in range(n)
        ],
    )


def briefing_pages(b: Briefing) -> list[list[discord.Embed]]:
    """Every section of a briefing packed, as a button's answer is (the limits are the same whatever the sections)."""
    return section_pages(briefing_title(b.topic), briefing_sections(b), f"as of {b.generated_at:%Y-%m-%d %H:%M} UTC")


def check_limits(pages: list[list[discord.Embed]]) -> None:
    for page in pages:
        assert 1 <= len(page) <= EMBEDS_PER_MESSAGE
        assert page_size(page) <= MESSAGE_TOTAL_MAX
        for embed in page:
            assert len(embed.title or "") <= TITLE_MAX and len(embed.description or "") <= DESCRIPTION_MAX
            assert len(embed.fields) <= 25


def test_short_briefing_is_one_message_of_one_embed() -> None:
    (page,) = briefing_pages(briefing(2))
    (embed,) = page
    assert embed.title == "North Korea-Russia: artillery"
    assert embed.footer.text == "as of 2026-11-21 09:00 UTC"
    assert "[Report (0)](https://example.org/0) - Yonhap, date unknown" in (embed.description or "")
    assert r"more \*howitzers\*" in (embed.description or "")  # article text cannot format the message
    assert "([source](https://example.org/news/0_%28update%29))" in (embed.description or "")


def test_long_briefing_is_split_into_numbered_messages_within_every_limit() -> None:
    pages = briefing_pages(briefing(120))
    check_limits(pages)
    assert len(pages) > 1
    assert [p[0].title for p in pages] == ["North Korea-Russia: artillery"] + [
        "North Korea-Russia: artillery (continued)"
    ] * (len(pages) - 1)
    assert pages[-1][-1].footer.text == f"as of 2026-11-21 09:00 UTC · part {len(pages)}/{len(pages)}"
    text = "\n".join(e.description or "" for p in pages for e in p)
    assert all(f"model {i}: 1{i:02d} pieces" in text for i in range(100))  # nothing dropped


def test_oversized_quote_and_title_are_clipped_not_rejected() -> None:
    b = briefing(1, topic="t" * 400)
    b.headlines[0].quote = "y" * 10_000
    pages = briefing_pages(b)
    check_limits(pages)
    assert pages[0][0].title is not None and pages[0][0].title.endswith("…")


def test_empty_briefing_says_so() -> None:
    (page,) = briefing_pages(briefing(0))
    assert page[0].description == "Nothing is known on this topic yet."
