"""Defects fixed in the thirtieth round, each with sentences written for it: a broadcaster referred back to as 'the
network', and the people a story cites, who are no item a later total counts."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'the network' refers back to the broadcaster named before, as 'the broadcaster' does
    (
        "NBC News aired the report on Sunday. The network said North Korea had moved about 2,000 more soldiers to "
        "the Kursk front.",
        {("troops", 2000, "reported", True, "NBC News")},
    ),
    (
        "CNN ran the story first. The TV network notes that Pyongyang has sent some 11,000 soldiers to Russia.",
        {("troops", 11000, "reported", False, "CNN")},
    ),
    # ... but a network that is no outlet speaks for no one
    (
        "The railway network carried about 6,000 containers of North Korean shells to Russia, analysts said.",
        {("ammunition", 6000, "reported", False, None)},
    ),
    # the people a story cites are no item: the total after them counts the item before ('people familiar with
    # the matter said' must not make 'the total' a count of people)
    (
        "North Korea has shipped more ballistic missiles to Russia in recent weeks, people familiar with the "
        "matter said. The shipments bring the total to about 150, the people said.",
        {("missiles", None, "reported", True, None), ("missiles", 150, "reported", False, None)},
    ),
    (
        "Pyongyang sent another batch of rocket launchers to Russia, according to people briefed on the "
        "transfers. That brings the total to 240.",
        {("rocket_launchers", None, "reported", True, None), ("rocket_launchers", 240, "reported", False, None)},
    ),
    # an inverted attribution naming one of the two countries ends the clause: its government speaks
    (
        "North Korea will send 6,000 military builders to the Kursk region, says Moscow.",
        {("troops", 6000, "planned", False, "Russian government")},
    ),
    (
        "No North Korean soldier is fighting in Ukraine, said Pyongyang on Tuesday.",
        {("troops", None, "denied", False, "North Korean government")},
    ),
    # ... not a name that opens the clause said ('said Moscow had agreed' is no inverted attribution)
    (
        "A Ukrainian official, asked about the 6,000 builders North Korea plans to send to Kursk, said Moscow had "
        "agreed.",
        {("troops", 6000, "planned", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_wordings(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
