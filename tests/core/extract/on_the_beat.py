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
