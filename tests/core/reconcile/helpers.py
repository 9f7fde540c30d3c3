"""Reports written for the reconcile tests: one sentence each, in the claim schema, with their article's metadata."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.extract import default_lexicon
from core.models import Category, Claim, Direction, Qualifier, Status
from core.reconcile import Report

LEXICON = default_lexicon()
INGESTED = datetime(2026, 11, 20, tzinfo=UTC)
_HEDGE_WORDS = {
    None: "",
    Qualifier.EXACT: "",
    Qualifier.APPROX: "about ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.UP_TO: "up to ",
    Qualifier.FEWER_THAN: "fewer than ",
}


def report(
    value: int | None,
    subtype: str = "troops",
    *,
    category: Category = Category.TROOPS,
    article: str = "a1",
    published: date | None = date(2025, 3, 1),
    source: str | None = "South Korea NIS",
    hedge: Qualifier | None = None,
    status: Status = Status.REPORTED,
    incremental: bool = False,
    direction: Direction = Direction.NK_TO_RU,
    period: str | None = None,
    quote: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Report:
    """A report whose sentence states its figure ('about 11,000 troops were sent, South Korea NIS said.')."""
    amount = f"{_HEDGE_WORDS[hedge]}{value:,}" if value is not None else "an unknown number of"
    sentence = quote or f"North Korea sent {amount} {subtype} to Russia, {source or 'a report'} said."
    claim = Claim(
        category=category,
        subtype=subtype,
        direction=direction,
        value=value,
        qualifier=hedge if value is not None else None,
        status=status,
        incremental=incremental,
        period=period,
        source=source,
        quote=sentence,
        article=article,
        span=(0, len(sentence)),
        confidence=0.9,
    )
    host = outlet or f"{article}.example"
    return Report(
        claim=claim,
        article=f"https://{host}/{article}",
        url=url if url is not None else f"https://{host}/{article}",
        title=title or f"Story {article}",
        outlet=host,
        published=published,
        ingested_at=INGESTED,
    )
