"""Round thirty-seven, second wave: claims without a figure, in fresh wording of our own (a denial of delivery so
far, the people who fly an aircraft, losses as a sentence's background), asserting category, value, hedge, status,
addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims, hedged_rows

_NIS = "South Korea NIS"


# 'has not yet delivered any fighter jets' with no promise told denies delivery so far; a promise named ('the jets
# it promised', 'the promised jets') keeps the item still to come (planned), with a figure or without.
NOT_YET_GIVEN: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russia has not yet delivered any fighter jets to North Korea, the NIS said.",
        {("vehicles", None, None, "denied", False, _NIS)},
    ),
    (
        "Pyongyang has not yet sent any combat troops to Russia, the NIS told lawmakers.",
        {("troops", None, None, "denied", False, _NIS)},
    ),
    (
        "Moscow had not yet supplied air-defence systems to North Korea by October, the NIS said.",
        {("other", None, None, "denied", False, _NIS)},
    ),
    # near misses: a promise named
    (
        "Russia has not yet delivered the fighter jets it promised North Korea, the NIS said.",
        {("vehicles", None, None, "planned", False, _NIS)},
    ),
    (
        "Russia has not yet delivered the promised fighter jets to North Korea, the NIS said.",
        {("vehicles", None, None, "planned", False, _NIS)},
    ),
    (
        "North Korea has not yet sent the 6,000 builders it promised Russia, the NIS said.",
        {("troops", 6000, "exact", "planned", False, _NIS)},
    ),
    (
        "Russia has delivered fighter jets to North Korea, the NIS said.",
        {("vehicles", None, None, "reported", False, _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_YET_GIVEN)
def test_round37_not_yet_given(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# An aircraft's name before the people who fly or keep it ('MiG-29 pilots', 'Su-27 crews') names no aircraft supplied.
FLOWN_BY: list[tuple[str, set[tuple[object, ...]]]] = [
    ("Russia is training North Korean MiG-29 pilots at an airbase in Primorye, the NIS said.", set()),
    ("Russian instructors have been sent to teach Su-27 mechanics in Pyongyang, the NIS said.", set()),
    # near misses: the aircraft themselves
    (
        "Russia has handed several MiG-29 fighters to North Korea, the NIS said.",
        {("vehicles", None, None, "reported", False, _NIS)},
    ),
    (
        "Russia supplied MiG-29 jets to North Korea, with pilots to follow, the NIS said.",
        {("vehicles", None, None, "reported", False, _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLOWN_BY)
def test_round37_flown_by(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Losses in an opening phrase ('After losses, ...', 'Despite mounting casualties in Kursk, ...') set the scene of the
# sentence's own news and assert no toll of their own; losses told as the news stay a claim.
BACKGROUND_LOSSES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "After losses, about 11,000 North Korean soldiers remain in Russia, the NIS said.",
        {("troops", 11000, "approx", "reported", False, _NIS)},
    ),
    (
        "After suffering heavy losses in Kursk, some 11,000 North Korean troops are still in Russia, the NIS said.",
        {("troops", 11000, "approx", "reported", False, _NIS)},
    ),
    (
        "Despite mounting casualties, North Korea sent 3,000 more troops to Russia in January, the NIS said.",
        {("troops", 3000, "exact", "reported", True, _NIS)},
    ),
    # near misses: the losses are the news
    (
        "North Korean troops suffered heavy losses in Kursk, the NIS said.",
        {("casualties", None, None, "reported", False, _NIS)},
    ),
    (
        "After the Kursk offensive, North Korean troops took heavy losses, the NIS said.",
        {("casualties", None, None, "reported", False, _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACKGROUND_LOSSES)
def test_round37_background_losses(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Russians teaching North Koreans to make drones ('teaching North Korean engineers to build attack drones', 'has been
# teaching North Korea how to assemble drones') give drone know-how to North Korea, and send no engineers; troops taught
# to fly drones in Russia, or workers trained there, are no claim of know-how.
_HUR = "Ukraine HUR"
TAUGHT_TO_MAKE_DRONES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russian specialists are teaching North Korean engineers to build attack drones near Pyongyang, the HUR said.",
        {("drones", None, None, "reported", False, _HUR)},
    ),
    (
        "Moscow has been teaching North Korea to make Shahed-type drones, according to Ukraine's HUR.",
        {("drones", None, None, "reported", False, _HUR)},
    ),
    (
        "Russian technicians taught North Korean technicians how to assemble drones, the NIS said.",
        {("drones", None, None, "reported", False, _NIS)},
    ),
    # near misses: the troops' own use, taught in Russia; workers making drones in Russia
    (
        "Russian instructors are training North Korean soldiers in the Kursk region to fly drones, the NIS said.",
        {("troops", None, None, "reported", False, _NIS)},
    ),
    pytest.param(
        "North Korean workers are being trained to build drones at Alabuga in Russia, the NIS said.",
        {("workers", None, None, "reported", False, _NIS)},
        marks=pytest.mark.xfail(strict=True, reason="workers trained at a plant in Russia are read as no claim"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAUGHT_TO_MAKE_DRONES)
def test_round37_taught_to_make_drones(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
    assert {c.direction.value for c in claims(text, lexicon) if c.category.value == "drones"} <= {"ru_to_nk"}


# Rockets (of the generic ammunition kind) are an item of their own beside shells: a coordinated pair ('supplied
# rockets and shells', 'shells and rockets') gives both; the generic word told with a specific one ('shells and other
# ammunition') stays one item, and rockets fitted to launchers or held in stock are none.
_DOD = "US Department of Defense"
PAIRED_ITEMS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea has supplied Russia with rockets and artillery shells, the Pentagon said.",
        {("ammunition", "ammunition", "reported", _DOD), ("ammunition", "artillery shells", "reported", _DOD)},
    ),
    (
        "Pyongyang shipped shells and rockets to Russia last year, the NIS said.",
        {("ammunition", "artillery shells", "reported", _NIS), ("ammunition", "ammunition", "reported", _NIS)},
    ),
    (
        "North Korea could send more rockets and shells to Russia, the NIS said.",
        {("ammunition", "ammunition", "planned", _NIS), ("ammunition", "artillery shells", "planned", _NIS)},
    ),
    # near misses: one item, and the generic word beside a specific one
    (
        "North Korea has supplied rockets to Russia, the NIS said.",
        {("ammunition", "ammunition", "reported", _NIS)},
    ),
    (
        "North Korea has sent artillery shells and other ammunition to Russia, the NIS said.",
        {("ammunition", "artillery shells", "reported", _NIS)},
    ),
    # ... rockets as a part of a launcher, or a stock held: no rockets supplied
    (
        "North Korea is sending 240mm rocket launchers fitted with guided rockets to Russia, the NIS said.",
        {("rocket_launchers", "MRL", "reported", _NIS)},
    ),
    ("Analysts say North Korea holds large stocks of compatible shells and rockets that Russia could use.", set()),
    (
        "North Korea has sent rocket launchers and shells to Russia, the NIS said.",
        {("rocket_launchers", "MRL", "reported", _NIS), ("ammunition", "artillery shells", "reported", _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_ITEMS)
def test_round37_paired_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.subtype, c.status.value, c.source) for c in claims(text, lexicon)} == expected


# A headline's bare 'hand N. Korea' gives the item to North Korea ('Russia said to hand N. Korea air-defence systems:
# report'), as 'hand North Korea' does; a hand over within Russia is none.
HANDED_IN_HEADLINES: list[tuple[str, set[tuple[object, ...]]]] = [
    pytest.param(
        "Russia said to hand N. Korea air-defence systems: report",
        {("other", None, None, "reported", False, None)},
        marks=pytest.mark.xfail(strict=True, reason="'Russia said to' (a headline's passive hedge) is read as Russia"),
    ),
    (
        "Moscow hands N. Korea air-defence systems, the NIS says",
        {("other", None, None, "reported", False, _NIS)},
    ),
    # near misses: a note handed to North Korea's envoy; medals handed out (the troops beside them are told)
    ("Moscow hands N. Korea's envoy a protest note over the border incident", set()),
    (
        "Russia hands out medals to soldiers who fought in Kursk alongside North Korean troops",
        {("troops", None, None, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_IN_HEADLINES)
def test_round37_handed_in_headlines(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
    assert {c.direction.value for c in claims(text, lexicon) if c.category.value == "other"} <= {"ru_to_nk"}
