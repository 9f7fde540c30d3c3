"""Round thirty-seven, the lead's mends after the reviews: sentences of our own, asserting category, value, hedge,
status, addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows


def _shells(value: int | None, hedge: str | None, source: str | None) -> tuple[object, ...]:
    return ("ammunition", value, hedge, "reported", False, source)


# A daily rate told as a flow is a delivery ('12,000 shells a day are flowing to Russia'), but a flow into the other
# side's positions, trenches or towns is fire, whatever the rate: no figure of supply.
FIRE_TOLD_AS_A_FLOW: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Some 9,000 North Korean-made shells a day pour into Ukrainian positions near Kupiansk, an officer said.",
        set(),
    ),
    ("About 6,000 North Korean shells a day pour into the enemy's trenches, a Russian blogger wrote.", set()),
    # near misses: the flow into Russia is the supply
    (
        "Some 9,000 North Korean shells a day are pouring into Russia by rail, Ukraine's HUR said.",
        {_shells(9000, "approx", "Ukraine HUR")},
    ),
    (
        "About 2 million North Korean shells a year flow to Russia, the NIS said.",
        {_shells(2_000_000, "approx", "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRE_TOLD_AS_A_FLOW)
def test_round37_fire_told_as_a_flow(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row for row in hedged_rows(text, lexicon) if row[1] is not None} == expected
