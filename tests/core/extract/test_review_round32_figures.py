"""Figures, round thirty-two, each class with sentences written for it: North Korea's own toll told as a number of
people ('North Korean army casualty is estimated at about 4,700 people', 'casualties of North Korean army ... were
approximately 4,700 persons') counts its soldiers, not civilians; a strike's toll of people stays out."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
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


# A correction's figure that an earlier version got wrong is taken back: no claim. Where the earlier version told
# 'only' that figure, or the correction says a newer one 'now' replaces it, the figure stands as an earlier estimate.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Correction: an earlier version of this report said the NIS put the number of North Korean soldiers "
            "killed at 6,000. The NIS figure is 600.",
            {("casualties", 600)},
        ),
        ("An earlier version of the fact box gave the number of North Korean workers in Russia as 80,000.", set()),
        (
            "This post was amended. An earlier version gave the NIS estimate as more than 3m shells; the agency's "
            "figure was more than 2m.",
            {("ammunition", 2000000)},  # the right figure after the account stands
        ),
    ],
)
def test_a_corrections_withdrawn_figure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first version of this story cited only the Pentagon's estimate that 10,000 North Korean troops were "
            "in Russia.",
            {("troops", 10000)},
        ),
        (
            "An earlier version of this story said 1,500 North Korean troops had reached Russia. The agency's figure "
            "is now about 3,000.",
            {("troops", 1500), ("troops", 3000)},
        ),
        ("North Korea has sent 11,000 troops, a new version of the NIS estimate said.", {("troops", 11000)}),
    ],
)
def test_an_earlier_estimate_in_a_correction_stands(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# Troops Russia carried 'from the North' to Russia are North Korea's, whoever's ships carried them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian navy had shipped 1,500 special warfare troops from the North to Russia.", {("troops", 1500)}),
        ("Russian ships carried about 1,000 soldiers from the North into Russia in October.", {("troops", 1000)}),
        ("Russian navy vessels ferried 1,500 soldiers from the North to Vladivostok.", {("troops", 1500)}),
        # the north of a place, not the North
        ("Ukraine moved 2,000 troops from the north to the south of the front.", set()),
        ("Russia brought 3,000 troops from the north of the Kursk region to the front.", set()),
    ],
)
def test_troops_carried_from_the_north(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# The 'People' of a party's or state's name ('People Power Party', "Democratic People's Republic") names no people:
# a bare figure after it counts the item named before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has moved more than 3,000 soldiers into Russia, the spy agency said.\n"
            "Two lawmakers, one of the People Power Party, passed the figures to reporters.\n"
            "A first group left in early October. Some 1,500 more have followed since then.",
            {("troops", 3000), ("troops", 1500)},
        ),
        (
            "Seoul's spy agency says North Korea has sent about 11,000 troops to Russia.\n"
            "The People Power Party's Lee Seong-kweun briefed reporters afterwards.\n"
            "Another 3,000 arrived in January and February.",
            {("troops", 11000), ("troops", 3000)},
        ),
        # people named as people still are the item
        ("About 300 people attended the rally of the People Power Party in Seoul.", set()),
    ],
)
def test_a_partys_people_are_no_item(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def _with_qualifiers(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value and qualifier of every claim with a number."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None)
        for c in _claims(text, lexicon)
        if c.value is not None
    }


# 'a similar number of' / 'roughly the same number of' a second item: about as many of it ('the same number of' and
# 'as many': as many); a bare figure after them goes on counting the first item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says North Korea sent about 120 Koksan guns and a similar number of 240mm rocket launchers.",
            {("artillery", 120, "approx"), ("rocket_launchers", 120, "approx")},
        ),
        (
            "North Korea sent 120 Koksan guns and roughly the same number of 240mm rocket launchers.",
            {("artillery", 120, "exact"), ("rocket_launchers", 120, "approx")},
        ),
        (
            "North Korea sent 120 Koksan guns and the same number of 240mm rocket launchers.",
            {("artillery", 120, "exact"), ("rocket_launchers", 120, "exact")},
        ),
        (
            "Kyiv said in December that 120 Koksan guns and a comparable number of 240mm rocket launchers had "
            "arrived; by spring its estimate had risen to more than 200.",
            {("artillery", 120, "exact"), ("rocket_launchers", 120, "approx"), ("artillery", 200, "more_than")},
        ),
        # another country's, or no item
        (
            "North Korea sent 11,000 troops, and a similar number of Russian troops fought beside them.",
            {("troops", 11000, "exact")},
        ),
        (
            "About 120 Koksan guns arrived, and a similar number of drones were shot down by Ukraine.",
            {("artillery", 120, "approx")},
        ),
    ],
)
def test_a_similar_number_of_a_second_item(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _with_qualifiers(text, lexicon) == expected


# An age told as 'who turned 52' or '26 - the age of ...' is no count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rep. Kim, who turned 48 last week, said North Korea has sent about 11,000 troops to Russia.",
            {("troops", 11000)},
        ),
        ("23 - the age of the North Korean soldier captured near Kursk on Sunday.", set()),
        ("19: the age of the youngest North Korean prisoner held by Ukraine.", set()),
        # near misses: a hand-over, a toll
        ("North Korea turned over 20 Koksan guns to Russia in the spring.", {("artillery", 20)}),
        ("The tally of North Korean dead turned 300 last week.", {("casualties", 300)}),
    ],
)
def test_an_age_is_no_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# The losses counted within a tally of guns seen at the front ('of which destroyed: 5', '40 of them knocked out by
# drones') are no supply of their own; a count of guns a unit destroyed is read as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- M1991 240mm MRL: 11 (of which destroyed: 5, damaged: 2)", {("rocket_launchers", 11)}),
        (
            "North Korea has sent 120 Koksan guns. Kyiv says 40 of them were knocked out by drones.",
            {("artillery", 120)},
        ),
        # near misses: a supply to make good losses, soldiers killed
        (
            "North Korea sent 20 more Koksan guns to replace those destroyed in Kursk.",
            {("artillery", 20)},
        ),
        ("Ukrainian forces said they destroyed 30 North Korean soldiers near Plekhovo.", {("casualties", 30)}),
        ("He said his unit had destroyed 12 of the North Korean howitzers in May.", {("artillery", 12)}),
    ],
)
def test_machines_destroyed_are_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# Cases of Russia firing North Korean missiles, counted before the firing is told ('at least 10 cases of Russia
# firing North Korean missiles'): the missiles, counted by the strikes they were fired in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A US envoy counted at least 12 cases, as of April, of Russia firing North Korean missiles at Ukraine.",
            {("missiles", 12)},
        ),
        ("Kyiv has logged 25 cases of Russia launching North Korean KN-23 missiles.", {("missiles", 25)}),
        # near misses: another country's missiles, cases of something else
        ("Ukraine counted 40 cases of Russia firing cruise missiles, officials said.", set()),
        ("Doctors treated 15 cases of burns after Russia fired North Korean missiles at Kharkiv.", set()),
    ],
)
def test_cases_of_russia_firing_north_korean_missiles(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


# A page's place in a thread ('(Page 14 of 31)') is no count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forum: Koksan guns at the Kursk front (Page 7 of 22)", set()),
        ("North Korean rocket launchers in Russia - page 3 of 9", set()),
        # near miss: a part of a whole, both counted as before
        ("North Korea has delivered 14 of the 31 Koksan guns it promised.", {("artillery", 14), ("artillery", 31)}),
    ],
)
def test_a_page_number_is_no_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected
