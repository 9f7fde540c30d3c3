"""The shape of the extraction case tables: sentence cases and whole-article cases."""

from __future__ import annotations

from typing import NamedTuple


class Expect(NamedTuple):
    """One expected quantified claim."""

    category: str
    value: int
    qualifier: str | None = "exact"
    status: str = "reported"
    incremental: bool = False
    value_max: int | None = None


class ArticleCase(NamedTuple):
    id: str
    published: str | None  # "YYYY-MM-DD" or None
    text: str  # the article as scraped: one paragraph per line
    expected: tuple[Expect, ...]  # its quantified claims (value not null), one per distinct figure per article


class Case(NamedTuple):
    id: str  # short readable id, e.g. "hedge-more-than", "distractor-ukraine-losses"
    text: str  # a sentence or short paragraph naming North Korea and Russia where the figure needs it
    expected: tuple[Expect, ...]  # the quantified claims (value not null) the text makes, in any order; () for none


def claim_keys(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """(category, value, status, source) of each claim the engine makes of `text`, an English article."""
    from core.extract import extract_claims
    from core.models import Article

    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.source) for c in claims}
