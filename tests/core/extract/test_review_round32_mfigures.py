"""Figures rules of the thirty-second round, mended after review, each with sentences written for it: a correction
takes back only the figures of its account of what the earlier version said (not the right figure it gives after a
';', 'rather than' or 'the figure is'), and only a version of the piece itself, not an earlier version of a report,
treaty or assessment."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category and value of every claim with a number."""
    return {(row[0], row[1]) for row in _rows(text, lexicon) if row[1] is not None}


# A correction's account of what an earlier version of the piece wrongly said loses its figures; the right figure
# told after it stands.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This story was corrected on 2 April. A previous version said Pyongyang had sent 120,000 soldiers to "
            "Russia; the figure is roughly 12,000.",
            {("troops", 12000)},
        ),
        (
            "A previous version of this report gave the wrong number of North Korean troops in Kursk; it is 12,000, "
            "not 14,000.",
            {("troops", 12000)},
        ),
        (
            "An earlier version of this piece wrongly said the NIS put North Korea's troops in Russia at 14,000 "
            "rather than 12,000.",
            {("troops", 12000)},
        ),
        (
            "An earlier version of this story said 2,000 North Korean soldiers had died; Seoul's spy agency put the "
            "number at 200.",
            {("casualties", 200)},
        ),
        (
            "Correction: a previous version of this post said the HUR counted 3,000 North Korean dead. The HUR's "
            "count is 1,300.",
            {("casualties", 1300)},
        ),
        # the figure the next sentence tells again stands: only its wording was wrong
        (
            "Clarification: An earlier version of this article said 400 North Korean soldiers had been killed. The "
            "figure of 400 given by the NIS covers the killed and the wounded.",
            {("casualties", 400)},
        ),
        # the figure withdrawn alone
        ("Editor's note: The first version of the fact box gave 40,000 as the number of North Korean workers.", set()),
    ],
)
def test_a_correction_takes_back_only_its_account(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# An earlier version of a report, treaty, assessment or briefing is an earlier text or estimate, no correction.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang has sent about 12,000 soldiers, and an earlier version of the pact said it would supply "
            "6,000 more on request.",
            {("troops", 12000), ("troops", 6000)},
        ),
        (
            "The first version of the MSMT report said North Korea had shipped 8 million shells to Russia; a June "
            "update gave 11 million.",
            {("ammunition", 8000000), ("ammunition", 11000000)},
        ),
        (
            "An earlier version of the Pentagon's assessment said 9,000 North Korean troops were in Russia; the "
            "revised one said 11,000.",
            {("troops", 9000), ("troops", 11000)},
        ),
        (
            "North Korea has 12,000 troops in Russia, the NIS said. An earlier version of the NIS briefing, given "
            "in the autumn, put the number at 10,000.",
            {("troops", 12000), ("troops", 10000)},
        ),
    ],
)
def test_an_earlier_version_of_a_report_stands(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# 'turned N' is an age only where the clause ends or a time follows; 'turned N guns over to' hands them over.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea turned 24 Koksan howitzers over to the Russian army in April.", {("artillery", 24)}),
        ("Pyongyang has turned 36 of its 240mm rocket launchers over to Moscow.", {("rocket_launchers", 36)}),
        ("Ukraine turned 2 captured North Korean soldiers over to Seoul, Zelensky said.", {("casualties", 2)}),
        # near misses: ages
        ("The envoy, who turns 61 in May, said North Korea has sent 12,000 troops to Russia.", {("troops", 12000)}),
        ("Rep. Park, turning 47 on Friday, said 11,000 North Korean soldiers are in Russia.", {("troops", 11000)}),
        ("The defector turned 30. North Korea has sent 11,000 troops to Russia, he said.", {("troops", 11000)}),
    ],
)
def test_turned_over_is_no_age(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# Troops taken 'from the North to Russia' are North Korea's only where the North is written as a name; 'from the north
# to Russia's Kursk region' is a compass point, Russia moving its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow shifted some 6,000 troops from the north to Russia's Kursk region, Syrskyi said.", set()),
        ("Russia pulled 15,000 soldiers from the north into Russia's Belgorod region, the ISW said.", set()),
        # near misses: the North as a name
        ("Russian navy ships ferried 1,200 special forces soldiers from the North to Russia.", {("troops", 1200)}),
        ("About 2,500 soldiers were shipped from the North to Vladivostok in November.", {("troops", 2500)}),
    ],
)
def test_the_north_as_a_compass_point(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# Cases of attacks with North Korea's missiles and another weapon joined to them count attacks, not the missiles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv has logged at least 40 cases of Russia hitting its power plants with North Korean missiles and "
            "Iranian drones.",
            set(),
        ),
        ("Ukraine counted 25 cases of Russia striking Kharkiv with Iranian drones and North Korean missiles.", set()),
        ("Officials noted 11 cases of Russia hitting Kyiv with North Korean missiles and Russian Iskanders.", set()),
        # near misses: the missiles alone, two kinds of North Korea's missiles, a clause of drones after
        ("A US envoy counted at least 8 cases of Russia firing North Korean missiles at Ukraine.", {("missiles", 8)}),
        (
            "Kyiv has logged 16 cases of Russia firing North Korean KN-23 and KN-24 missiles at Ukraine.",
            {("missiles", 16)},
        ),
    ],
)
def test_cases_of_attacks_with_other_weapons(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# The strikes counted in 'times' before Russia's firing ('At least 12 times Russia has hit Kyiv with North Korean
# missiles') count the missiles, as 'cases of' does; a multiplier stays none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 times Russia has struck Kyiv with North Korean missiles, Seoul said.", {("missiles", 12)}),
        ("Seven times Moscow fired North Korean KN-23s at Zaporizhzhia last winter.", {("missiles", 7)}),
        # near misses: a multiplier, another weapon, another supplier
        ("North Korea now ships 3 times as many shells to Russia as it did.", set()),
        ("Eight times Russia struck Odesa with North Korean missiles and Iranian drones.", set()),
        ("At least 12 times Russia has struck Kyiv with Iranian drones.", set()),
    ],
)
def test_times_russia_struck_with_north_korean_missiles(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# Cases of Russia's troops or forces firing North Korea's missiles count the missiles too, the troops named being the
# firers, no count of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv has logged 4 occasions of Russian troops firing North Korean KN-23s.", {("missiles", 4)}),
        ("Ukraine recorded 18 instances of Russian forces using North Korean missiles on towns.", {("missiles", 18)}),
        # near misses: another weapon joined, shells (no missiles)
        ("Ukraine recorded 18 instances of Russian forces using North Korean missiles and Iranian drones.", set()),
        ("Kyiv has logged 4 occasions of Russian troops firing North Korean shells.", set()),
    ],
)
def test_cases_of_russian_troops_firing(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected
