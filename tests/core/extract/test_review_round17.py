"""Wording classes fixed in the seventeenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _all(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, direction, status and source of every claim."""
    return {(c.category.value, c.value, c.direction.value, c.status.value, c.source) for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a lead that denies first and then gives the list in another's voice
        ("Moscow denies receiving any arms, but Ukraine's military intelligence says Pyongyang has shipped to Russia:\n"
         "- 120 Koksan guns\n- 4 million shells", "Ukraine HUR"),
        ("Pyongyang calls the reports lies, while the NIS told lawmakers that North Korea has sent Russia:\n"
         "- 120 Koksan guns\n- 4 million shells", "South Korea NIS"),
        # (guard: one voice, at the lead's start)
        ("The NIS told lawmakers that North Korea has sent Russia the following:\n- 120 Koksan guns\n- 4 million shells",
         "South Korea NIS"),
    ],
)  # fmt: skip
def test_a_list_is_in_the_voice_of_its_leads_last_part(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.source) for c in _claims(text, lexicon) if c.value} == {(120, source), (4_000_000, source)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has handed Pyongyang air-defence systems, Seoul says. It has also delivered fighter jets.",
         ("vehicles", None, "ru_to_nk", "reported", "South Korean government")),
        ("Moscow is believed to be sharing satellite know-how with Pyongyang. It may also supply submarine technology.",
         ("technology_transfer", None, "ru_to_nk", "planned", None)),
    ],
)  # fmt: skip
def test_it_after_a_sentence_russia_opens_is_russia(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _all(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # (guards: Russia's 'it' giving to another country, or what it could have given)
        "Russia has handed Pyongyang air-defence systems, Seoul says. It has also delivered fighter jets to Syria.",
        "Russia has handed Pyongyang air-defence systems, Seoul says. It could have delivered fighter jets.",
    ],
)
def test_what_russias_it_gives_elsewhere_or_never_is_no_claim(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims(text, lexicon)} == {"other"}
