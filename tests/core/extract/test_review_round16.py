"""Wording classes fixed in the sixteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, addition flag and source of every figure."""
    return {(c.category.value, c.value, c.incremental, c.source) for c in _claims(text, lexicon) if c.value}


_DEPLOYED = "North Korea has sent about 11,000 troops to Russia, Seoul says. "


@pytest.mark.parametrize(
    "text",
    [
        # a feature's soldier: his age told with 'he is', or when he joined
        "Kim is a private from Hamhung. He is 23, he says, and was conscripted in 2019, at 18.",
        "The prisoner told reporters that she was 19 when her unit left for Russia.",
        "He enlisted in the Korean People's Army at 17.",
    ],
)  # fmt: skip
def test_an_age_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_DEPLOYED + text, lexicon) == {("troops", 11000, False, "South Korean government")}


def test_a_figure_after_was_is_still_a_count(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: 'was' after a noun, not a person's 'he was', gives the count)
    text = "North Korea has sent troops to Russia. The NIS said the number was 12,000."
    assert _figures(text, lexicon) == {("troops", 12000, False, "South Korea NIS")}
