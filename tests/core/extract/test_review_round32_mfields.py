"""Round thirty-two's field rules, mended after review: each worse probe with sentences written for it.

A sentence that restates, sums or breaks down a plan makes only the plan's figures planned: one repeating a planned
figure, one summing the planned figures, or parts adding up to one. A current stock told beside it ('in total',
'on top of', 'in addition to', 'took part ... last year') stays reported. The guidance systems of missiles are
know-how only when someone develops or improves them, and not for missiles the North is told to have supplied
unless the North is the one helped. Drones named as the workers' workplace ('the drone plant', 'drone assembly')
are no supply, but kits or equipment for their assembly are, and soldiers before them are workers only when they
work there. Troops 'now fighting in' a place, beside their toll, are placed there. Russia teaching the North as a
country ('is teaching Pyongyang drone warfare') gives drone know-how. A figure whose relative clause, past an
appositive of its worth, says North Korea handed it over is no denial. Guidance systems Russia hands the North for
its own rockets are know-how."""

from __future__ import annotations

import pytest

from core.lexicon import Lexicon
from tests.core.extract.on_the_beat import claims, rows

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


def _items(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, status and direction of every claim."""
    return {(c.category.value, c.value, c.status.value, c.direction.value) for c in claims(text, lexicon)}


# Work on the guidance of missiles is know-how only with a verb of working on it; the guidance systems of missiles
# examined or fired, or of missiles the North is told to have supplied, leave the missiles supplied.
GUIDANCE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv's investigators say the guidance systems of the North Korean missiles launched at the capital held "
        "American chips.",
        {("missiles", None, "reported", "nk_to_ru")},
    ),
    (
        "Russian technicians upgraded the guidance systems of the KN-24 missiles Pyongyang shipped to Moscow, "
        "Ukraine's HUR said.",
        {("missiles", None, "reported", "nk_to_ru")},
    ),
    (
        "The navigation systems on the North Korean missiles Russia fired at Kharkiv were found to be crude.",
        {("missiles", None, "reported", "nk_to_ru")},
    ),
    # ... while help given to the North with that guidance stays know-how
    (
        "Two Russian companies helped North Korea develop guidance systems for its ballistic missiles.",
        {("technology_transfer", None, "reported", "ru_to_nk")},
    ),
    (
        "Russia is suspected of helping Pyongyang improve the guidance systems of the missiles.",
        {("technology_transfer", None, "reported", "ru_to_nk")},
    ),
    (
        "Seoul says Russia has helped North Korea improve the accuracy of the ballistic missiles it has shipped to "
        "Russia.",
        {("technology_transfer", None, "reported", "ru_to_nk")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUIDANCE)
def test_guidance_is_know_how_only_when_worked_on(
    text: str, expected: set[tuple[object, ...]], lexicon: Lexicon
) -> None:
    assert _items(text, lexicon) == expected


# Drones named as the workers' workplace are no drones supplied; what is sent for their assembly is, and soldiers
# named before count as workers only when the sentence has them work there.
WORKPLACE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Besides the troops, North Korea is supplying drone assembly kits to Russia, Budanov said.",
        {("troops", None, "reported", "nk_to_ru"), ("drones", None, "reported", "nk_to_ru")},
    ),
    (
        "On top of its soldiers, Pyongyang has shipped drone production equipment to Moscow.",
        {("troops", None, "reported", "nk_to_ru"), ("drones", None, "reported", "nk_to_ru")},
    ),
    # ... while the workplace itself stays none
    (
        "Thousands of North Korean labourers have been sent to the Alabuga drone plant, the NIS said.",
        {("workers", None, "reported", "nk_to_ru")},
    ),
    (
        "North Korean engineers were working at Russian drone factories, a Ukrainian outlet reported.",
        {("troops", None, "reported", "nk_to_ru")},
    ),
    (
        "North Korean workers sent to Russia work in drone assembly, according to Seoul.",
        {("workers", None, "reported", "nk_to_ru")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORKPLACE)
def test_drones_sent_for_assembly_are_supplied(text: str, expected: set[tuple[object, ...]], lexicon: Lexicon) -> None:
    assert _items(text, lexicon) == expected


# Troops told to be 'now' (or 'still', 'already') fighting somewhere are placed there, as 'already in' is, beside
# their toll; those named only as fighting for Russia, or killed in fighting, assert the toll alone.
NOW_FIGHTING: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korean soldiers, now fighting in the Zaporizhzhia region as well, have taken 2,000 casualties.",
        {("troops", None, "reported", "nk_to_ru"), ("casualties", 2000, "reported", "nk_to_ru")},
    ),
    (
        "North Korean troops fighting for Russia have suffered 1,100 casualties, the NIS said.",
        {("casualties", 1100, "reported", "nk_to_ru")},
    ),
    (
        "About 200 North Korean soldiers were killed in a week of fighting, the NIS said.",
        {("casualties", 200, "reported", "nk_to_ru")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOW_FIGHTING)
def test_troops_now_fighting_somewhere_are_placed(
    text: str, expected: set[tuple[object, ...]], lexicon: Lexicon
) -> None:
    assert _items(text, lexicon) == expected


# Russia teaching the North in return leaves what the North supplies in the sentence the North's.
TEACHING: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Pyongyang is shipping some 250 ballistic missiles to Moscow, and Russia in turn is teaching North Korea "
        "satellite technology, the NIS said.",
        {("missiles", 250, "reported", "nk_to_ru"), ("technology_transfer", None, "reported", "ru_to_nk")},
    ),
    (
        "North Korea is providing Russia with 12 million shells; Moscow, in return, is teaching Pyongyang rocketry.",
        {("ammunition", 12000000, "reported", "nk_to_ru")},
    ),
    (
        "Russian instructors are training North Korean soldiers in Kursk in drone warfare.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEACHING)
def test_teaching_the_north_turns_no_supply_around(
    text: str, expected: set[tuple[object, ...]], lexicon: Lexicon
) -> None:
    assert _items(text, lexicon) == expected
