"""Figures whose item is elsewhere, fixed in the thirtieth round, each with sentences written for it: a force's size
named beside a toll, more people sent after one, a bare count of people whose item is further back than the
sentence before, and answers to a question about North Koreans at work."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a group's size is not its losses: the contingent a toll spreads across, counted right after it
    (
        "Seoul's spy agency said the North had suffered heavy losses. It said the casualties were spreading across "
        "the whole contingent, estimated at about 11,000, since December.",
        {
            ("casualties", None, "reported", False, "South Korea NIS"),
            ("troops", 11000, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "About 300 North Korean soldiers were killed and 2,700 wounded, the NIS said; casualties across the force, "
        "now estimated at 11,000, keep rising.",
        {
            ("casualties", 300, "reported", False, "South Korea NIS"),
            ("casualties", 2700, "reported", False, "South Korea NIS"),
            ("troops", 11000, "reported", False, "South Korea NIS"),
        },
    ),
    # ... while a toll of a unit, estimated, stays a toll
    (
        "North Korean casualties have risen to about 4,000, the NIS said. Losses in the unit, estimated at about "
        "3,000 killed and wounded, were the heaviest.",
        {
            ("casualties", 4000, "reported", False, "South Korea NIS"),
            ("casualties", 3000, "reported", False, "South Korea NIS"),
        },
    ),
    # more people sent after a toll are troops, not more dead
    (
        "The NIS says about 2,000 North Korean soldiers were killed in Russia, and Pyongyang may send 6,000 more.",
        {
            ("casualties", 2000, "reported", False, "South Korea NIS"),
            ("troops", 6000, "planned", True, "South Korea NIS"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_elided_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
