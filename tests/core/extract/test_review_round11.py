"""Wording classes fixed in the eleventh round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _casualties(text: str, lexicon) -> set[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.value, c.subtype) for c in claims if c.category.value == "casualties"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv said three North Korean soldiers were killed and two captured in Russia's Kursk region on Friday.",
        "Kyiv said three North Korean soldiers were killed and two were captured in Russia's Kursk region on Friday.",
        "Kyiv said three North Korean soldiers were killed, while two were taken prisoner in Russia's Kursk region.",
    ],
)
def test_a_small_number_between_two_fates_counts_people(sentence: str, lexicon) -> None:
    # the second figure's noun is the first's, and its fate is said right after it
    assert _casualties(sentence, lexicon) == {(3, "killed"), (2, "captured")}


def test_a_small_number_of_something_else_after_a_fate_counts_nothing(lexicon) -> None:
    text = "Kyiv said three North Korean soldiers were killed and two villages were captured in Russia's Kursk region."
    assert _casualties(text, lexicon) == {(3, "killed")}
