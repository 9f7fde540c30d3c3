"""Status, addition and hedge defects fixed in the thirtieth round, each with sentences written for it: a cue
word in a writer's scare quotes ('Kim "agreed" to send') and a denial that there are 'no plans'."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a cue whose word a writer puts in scare quotes is still the cue: 'Kim "agreed" to dispatch'
    (
        'Medvedev said Pyongyang "agreed" to dispatch 2,000 sappers to North Korea\'s ally Russia.',
        {("troops", 2000, "planned", False, None)},
    ),
    (
        'North Korea\'s envoy to the UN told the council that Pyongyang had "never" supplied missiles to Russia.',
        {("missiles", None, "denied", False, "North Korea UN representative")},
    ),
    # 'no plans to' denies a plan, in scare quotes or not (not a plan: 'plans to' inside it)
    (
        'Kremlin spokesman Dmitry Peskov said there were "no plans" to bring North Korean troops into the fighting.',
        {("troops", None, "denied", False, "Kremlin (Peskov)")},
    ),
    (
        "Kremlin spokesman Dmitry Peskov said there were no plans to bring North Korean troops into the fighting.",
        {("troops", None, "denied", False, "Kremlin (Peskov)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
