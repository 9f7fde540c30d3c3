"""Round thirty-two's field rules, mended after review: each worse probe with sentences written for it.

A sentence that restates, sums or breaks down a plan makes only the plan's figures planned: one repeating a planned
figure, one summing the planned figures, or parts adding up to one. A current stock told beside it ('in total',
'on top of', 'in addition to', 'took part ... last year') stays reported."""

from __future__ import annotations

import pytest

from core.lexicon import Lexicon
from tests.core.extract.on_the_beat import rows

RESTATED: list[tuple[str, set[tuple[object, ...]]]] = [
    # a stock told beside a plan is no part of it
    (
        "The NIS said North Korea will dispatch 6,000 more soldiers to Russia. Roughly 15,000 North Korean soldiers "
        "in total are in Russia, by its estimate.",
        {("troops", 6000, "planned", True, "South Korea NIS"), ("troops", 15000, "reported", False, "South Korea NIS")},
    ),
    (
        "Pyongyang plans to send 6,000 more soldiers, the NIS said. That comes on top of some 11,000 soldiers in all, "
        "mostly special forces.",
        {("troops", 6000, "planned", True, "South Korea NIS"), ("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea has agreed to dispatch 1,000 sappers and 5,000 builders, Shoigu said. The 1,000 sappers are in "
        "addition to the 11,000 soldiers in Kursk.",
        {
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 11000, "reported", False, "Russia Security Council (Shoigu)"),
        },
    ),
    (
        "North Korea will dispatch 6,000 sappers and builders, Shoigu said. In all, about 11,000 North Korean "
        "soldiers took part in the Kursk fighting last year.",
        {
            ("troops", 6000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 11000, "reported", False, "Russia Security Council (Shoigu)"),
        },
    ),
    (
        "North Korea is expected to send 5,000 more labourers. Russian building sites count 15,000 North Korean "
        "workers in total.",
        {("workers", 5000, "planned", True, None), ("workers", 15000, "reported", False, None)},
    ),
    # ... while the plan's own figures, restated, summed or broken down, stay planned
    (
        "Kim pledged 4,000 sappers and 2,000 builders to Moscow, Russian media said. Together that makes 6,000 "
        "personnel in total.",
        {
            ("troops", 4000, "planned", False, "Russian media"),
            ("troops", 2000, "planned", False, "Russian media"),
            ("troops", 6000, "planned", False, "Russian media"),
        },
    ),
    (
        "North Korea is set to ship 300 more howitzers. The 300 guns comprise 200 Koksans and 100 towed pieces.",
        {
            ("artillery", 300, "planned", True, None),
            ("artillery", 200, "planned", False, None),
            ("artillery", 100, "planned", False, None),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_only_the_plans_figures_are_planned(text: str, expected: set[tuple[object, ...]], lexicon: Lexicon) -> None:
    assert rows(text, lexicon) == expected
