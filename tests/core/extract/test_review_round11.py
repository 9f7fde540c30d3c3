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


def _sources(text: str, lexicon) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {c.source for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to Seoul and Kyiv, North Korea has sent about 11,000 troops to Russia.",
         "South Korean and Ukrainian governments"),
        ("North Korea has sent about 11,000 troops to Russia, according to Washington and Seoul.",
         "US and South Korean governments"),
        ("Citing Kyiv and Washington, the paper said North Korea has sent about 11,000 troops to Russia.",
         "Ukrainian and US governments"),
    ],
)  # fmt: skip
def test_capitals_listed_after_according_to_speak_together(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Japan's Public Security Intelligence Agency said North Korea had sent about 11,000 troops to Russia.",
         "Japan Public Security Intelligence Agency"),
        ("Germany's Federal Intelligence Service estimates North Korea has sent about 11,000 troops to Russia.",
         "Germany Federal Intelligence Service"),
        ("Latvia's Constitution Protection Bureau said North Korea had sent about 11,000 troops to Russia.",
         "Latvia Constitution Protection Bureau"),
        # a body the gazetteer knows by the short name in brackets after its full name keeps the gazetteer's name
        ("Ukraine's Main Military Intelligence Directorate (GUR) said North Korea had sent about 11,000 troops "
         "to Russia.", "Ukraine HUR"),
    ],
)  # fmt: skip
def test_a_countrys_body_named_before_its_body_word_is_named_country_first(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea has sent about 3,000 more troops to Russia, the military said.",
        "North Korea has sent about 3,000 more troops to Russia, according to the military.",
        "North Korea has sent about 3,000 more troops to Russia, lawmakers said after being briefed by the military.",
    ],
)
def test_the_military_named_without_a_country_is_the_datelines(sentence: str, lexicon) -> None:
    assert _sources(f"SEOUL, Nov. 5 (Yonhap) -- {sentence}", lexicon) == {"South Korea JCS"}
    assert _sources(sentence, lexicon) == {None}  # filed from nowhere said: no one's
