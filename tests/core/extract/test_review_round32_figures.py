"""Figures, round thirty-two, each class with sentences written for it: North Korea's own toll told as a number of
people ('North Korean army casualty is estimated at about 4,700 people', 'casualties of North Korean army ... were
approximately 4,700 persons') counts its soldiers, not civilians; a strike's toll of people stays out."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category and value of every claim with a number."""
    return {(row[0], row[1]) for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean casualties are estimated at about 4,700 people.", {("casualties", 4700)}),
        ("Casualties of the North Korean army were approximately 4,700 persons.", {("casualties", 4700)}),
        (
            "The losses of North Korea army in Russia reached roughly 4.7 thousand persons, killed and injured.",
            {("casualties", 4700)},
        ),
        ("Seoul says the DPRK's losses are estimated at 3,000 people.", {("casualties", 3000)}),
    ],
)
def test_north_koreas_toll_in_people(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were injured when a North Korean missile hit Kyiv.",
        "Officials said 25 people were wounded after the North Korean missile struck an apartment block in Kharkiv.",
    ],
)
def test_a_strikes_toll_of_people_stays_out(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == set()
