"""Round thirty-three, mended by hand: each defect with sentences written for it.

A modal guess at the size of a force already there ('the North Korean contingent may number 15,000', 'the force in
Kursk may now number as many as 15,000') is an estimate of now, reported as 'the shells delivered may number' is;
the next, a new or another contingent that 'may number' so many, and a force that 'could reach' a size, are to
come."""

from __future__ import annotations

import pytest

from core.lexicon import Lexicon
from tests.core.extract.on_the_beat import rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Western officials say the North Korean contingent may number 15,000.",
        {("troops", 15000, "reported", False, "Western officials")},
    ),
    (
        "The North Korean force in Kursk may now number as many as 15,000, a Ukrainian commander said.",
        {("troops", 15000, "reported", False, "Ukrainian commander")},
    ),
    (
        "South Korea's spy agency said the North Korean presence could total about 12,000 troops.",
        {("troops", 12000, "reported", False, "South Korea NIS")},
    ),
    # near misses: a contingent to come, and a force's growth
    (
        "The next contingent may number 5,000, Seoul's spy agency said.",
        {("troops", 5000, "planned", True, "South Korea NIS")},
    ),
    (
        "A new deployment could total 6,000 troops, the NIS said.",
        {("troops", 6000, "planned", True, "South Korea NIS")},
    ),
    (
        "The North Korean contingent could reach 20,000 by spring, the NIS said.",
        {("troops", 20000, "planned", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round33_mend(text: str, expected: set[tuple[object, ...]], lexicon: Lexicon) -> None:
    assert rows(text, lexicon) == expected
