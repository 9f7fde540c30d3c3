"""Wording classes fixed in the nineteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _sources(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value and source of every claim."""
    return {(c.category.value, c.value, c.source) for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a capital confirming or acknowledging speaks for its government, whatever stands between
        ("Moscow confirmed that 1,000 North Korean soldiers had arrived in Kursk.", "Russian government"),
        ("Moscow confirmed on Monday that some 1,000 North Korean soldiers had arrived.", "Russian government"),
        ("Pyongyang acknowledged that it had sent 1,000 soldiers to Russia.", "North Korean government"),
        ("Pyongyang acknowledged for the first time that it had sent 1,000 soldiers to Russia.",
         "North Korean government"),  # fmt: skip
        # (guards: the same capitals with other verbs, as before)
        ("Pyongyang confirmed it had sent 1,000 soldiers to Russia.", "North Korean government"),
        ("Moscow said that 1,000 North Korean soldiers had arrived in Kursk.", "Russian government"),
    ],
)
def test_capital_confirming_is_its_government(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _sources("North Korea sends troops to Russia\n" + text, lexicon)} == {source}
