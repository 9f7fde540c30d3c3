"""Status and addition defects fixed in the thirty-first round (fields), each with sentences written for it: a
sentence that opens with the sum of what the sentence before told as sent ('That would bring the total to')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a sum the sentence opens with, of deliveries the sentence before told, is a tally of the past, not a plan
    (
        "Pyongyang has shipped around 1,800 containers to Russia since March. That would bring the total to roughly "
        "16,000 containers since 2023.",
        {("ammunition", 1800, "reported", False, None), ("ammunition", 16000, "reported", False, None)},
    ),
    (
        "Seoul says Pyongyang had delivered 90 of the howitzers by April. By our tally, that would put the number of "
        "Koksan guns in Russia at about 200.",
        {("artillery", 90, "reported", False, "South Korean government"), ("artillery", 200, "reported", False, None)},
    ),
    (
        "In spring the agency said Pyongyang had sent some 2,000 fresh troops. Taken together, that would put the "
        "North's total commitment at 13,000.",
        {("troops", 2000, "reported", True, None), ("troops", 13000, "reported", False, None)},
    ),
    # ... not a sum of what is to come, told before it or in it
    (
        "North Korea is preparing to send 4,000 more soldiers. That would bring the total to 16,000.",
        {("troops", 4000, "planned", True, None), ("troops", 16000, "planned", False, None)},
    ),
    (
        "If Pyongyang dispatches another 4,000 troops this summer, the NIS said, that would bring the total to 16,000.",
        {("troops", 4000, "reported", True, "South Korea NIS"), ("troops", 16000, "planned", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent about 12,000 soldiers so far. That would bring the total to 20,000 by the end of the "
        "year.",
        {("troops", 12000, "reported", False, None), ("troops", 20000, "planned", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
