"""The claims of a few sentences set in an article on the beat: the review-round tests' one way to run them."""

from __future__ import annotations

from core.extract import extract_claims
from core.lexicon import Lexicon
from core.models import Article, Claim

_LEAD = "North Korea and Russia\n"  # (an article must name both to be on the beat)


def claims(text: str, lexicon: Lexicon) -> list[Claim]:
    return extract_claims(Article(id="a", text=_LEAD + text, language="en"), lexicon)


def rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, status, addition and source of every claim."""
    return {(c.category.value, c.value, c.status.value, c.incremental, c.source) for c in claims(text, lexicon)}


def hedged_rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, hedge, status, addition and source of every claim."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in claims(text, lexicon)
    }


def whole_rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """The whole of every claim: category, subtype, value, upper bound, hedge, unit, status, addition, direction and
    source."""
    return {
        (
            c.category.value,
            c.subtype,
            c.value,
            c.value_max,
            c.qualifier.value if c.qualifier else None,
            c.unit,
            c.status.value,
            c.incremental,
            c.direction.value,
            c.source,
        )
        for c in claims(text, lexicon)
    }


def troops_row(
    value: int | None,
    qualifier: str | None,
    source: str | None = None,
    *,
    status: str = "reported",
    incremental: bool = False,
) -> tuple[object, ...]:
    """A North Korean troops claim as `whole_rows` gives it (the review-round tests' one way to write one)."""
    return ("troops", "troops", value, None, qualifier, "troops", status, incremental, "nk_to_ru", source)
