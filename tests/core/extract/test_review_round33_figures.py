"""Figures, round thirty-three, each class with sentences written for it: a monitor's tally of visits, voyages or
port calls by tankers counts ships, not the oil they carry; the tankers' own trips still count the fuel."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import hedged_rows


def _whole(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, qualifier, status, addition and source of every claim with a number."""
    return {row for row in hedged_rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts counted at least 38 visits by North Korean tankers to the Vostochny terminal since March.",
        "The monitoring group logged 51 voyages by tankers between Vostochny and Chongjin over the year.",
        "North Korean tankers have made at least 29 port calls at the Russian oil terminal since spring.",
    ],
)
def test_a_tally_of_tanker_visits_is_no_claim(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens of North Korean tankers made 38 round trips to the Russian port of Vostochny, the imagery shows.",
            {("other", 38, "exact", "reported", False, None)},
        ),
        (
            "Satellite pictures show North Korean tankers making 27 trips in and out of Vostochny since the spring.",
            {("other", 27, "exact", "reported", False, None)},
        ),
    ],
)
def test_the_tankers_own_trips_count_the_fuel(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


# North Korea's missiles named before and then called back as fired ('at least one of these ballistic missiles', 'one
# such missile', 'at least one of them'): a count of its supply fired, beside the supply told without a number.
_HANDED = "Washington said Pyongyang had handed Moscow several ballistic missiles. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _HANDED + "On 2 January, Russian troops launched at least one of these ballistic missiles at Kharkiv.",
            {("missiles", 1, "at_least", "reported", False, "US government")},
        ),
        (
            _HANDED + "The Russians used at least one such missile against Zaporizhzhia, he said.",
            {("missiles", 1, "at_least", "reported", False, "US government")},
        ),
        (
            _HANDED + "Russia launched at least one of them on 30 December, he said.",
            {("missiles", 1, "at_least", "reported", False, "US government")},
        ),
        (
            _HANDED + "Russia fired at least three of those missiles at Kyiv in January.",
            {("missiles", 3, "at_least", "reported", False, "US government")},
        ),
    ],
)
def test_missiles_called_back_as_fired(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected
    # the supply told without a number stays
    assert any(c.category.value == "missiles" and c.value is None for c in _claims(text, lexicon))


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 40 Iskander missiles at Ukraine overnight. Air defences shot down 30 of these missiles.",
        "Russia has stockpiled Iskander missiles for months, and on Monday it fired five such missiles at Kharkiv.",
        "North Korea sent Russia 50 Koksan guns. Russia used two of them in Kursk.",
    ],
)
def test_other_items_called_back_stay_out(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[:2] for row in _whole(text, lexicon)} <= {("artillery", 50)}


# A city or country before a research body says where the body sits, not who acts: 'RUSI, a London defence think
# tank, tracked ...', 'a London-based research group ... had counted'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has sent Moscow millions of shells. A study by RUSI, a London defence think tank, tracked at "
            "least 6,500 containers moving from Rajin to Russia.",
            {("ammunition", 6500, "at_least", "reported", False, "Royal United Services Institute (RUSI)")},
        ),
        (
            "Russia has been sending oil to North Korea. The Open Source Centre, a London-based research group that "
            "tracked tankers, had counted roughly 540,000 barrels by mid-2024.",
            {("other", 540000, "approx", "reported", False, "Open Source Centre")},
        ),
        (
            "Russia has been sending oil to North Korea, according to the Open Source Centre, a UK-based non-profit "
            "research group, which estimated that tankers carried more than 900,000 barrels.",
            {("other", 900000, "more_than", "reported", False, "Open Source Centre")},
        ),
    ],
)
def test_the_seat_of_a_research_body_is_no_actor(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The British government said it had sent 500 drones to Ukraine.",
        "A London-based think tank said the UK had trained 30,000 Ukrainian soldiers.",
    ],
)
def test_other_countries_acting_stay_out(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


# A toll named at length, with an adverb before its verb: 'the number of killed and wounded North Korean soldiers in
# the Kursk region has already exceeded 3,000' counts casualties, not the soldiers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of killed and wounded North Korean soldiers in the Kursk region has already exceeded 3,000.",
            {("casualties", 3000, "more_than", "reported", False, None)},
        ),
        (
            "Kyiv said the number of dead and injured North Korean troops in the Kursk area has already passed 3,400.",
            {("casualties", 3400, "more_than", "reported", False, "Ukrainian government")},
        ),
        (
            "Killed and wounded North Korean soldiers in the Kursk region have already topped 2,600.",
            {("casualties", 2600, "more_than", "reported", False, None)},
        ),
    ],
)
def test_a_long_toll_with_an_adverb(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of North Korean soldiers in the Kursk region has already exceeded 11,000.",
            {("troops", 11000, "more_than", "reported", False, None)},
        ),
        (
            "After heavy losses, the number of North Korean troops in Kursk has already reached 12,000.",
            {("troops", 12000, "exact", "reported", False, None)},
        ),
    ],
)
def test_a_force_counted_after_a_toll_word_stays_troops(  # type: ignore[no-untyped-def]
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:
    assert _whole(text, lexicon) == expected


def test_a_force_after_a_comma_and_now_stays_troops(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Casualties keep rising across the force, now estimated at 11,500 North Korean soldiers, the NIS said."
    assert ("troops", 11500) in {row[:2] for row in _whole(text, lexicon)}


# A figure inside an 'if' clause that supposes a supply is no claim ('If Kim sends another 25,000, ...'); a plan
# with its condition after ('could send 30,000 more troops if Russia asks') and 'If confirmed, ...' stay.
@pytest.mark.parametrize(
    "text",
    [
        'Pyongyang has troops in Kursk. "If Kim sends another 25,000, it changes the calculus," said an official.',
        "If North Korea sent 20,000 more troops, Russia could open a new front, analysts say.",
        "Analysts say that even if Pyongyang were to send 40,000 soldiers, Russia would still be short of men.",
    ],
)
def test_a_supposed_supply_is_no_claim(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea could send 30,000 more troops if Russia asks, the NIS said.",
            {("troops", 30000, "exact", "planned", True, "South Korea NIS")},
        ),
        (
            "If confirmed, the report means North Korea has sent 3,000 more troops to Russia.",
            {("troops", 3000, "exact", "reported", True, None)},
        ),
    ],
)
def test_a_condition_elsewhere_keeps_the_figure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


# A range joined by an en dash shares the unit after its second number: '50–100 metres', '400–700 km' are distances,
# as '50 to 100 metres' were.
@pytest.mark.parametrize(
    "text",
    [
        "Budanov said the newest KN-23s now land within 30–60 metres of their targets.",
        "The KN-23 can fly 400–700 km, Ukrainian officials said of the North Korean missiles.",
        "The North Korean shells land 5–10 percent short of their targets, gunners say.",
    ],
)
def test_an_en_dash_range_of_a_measure_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent 10,000–12,000 troops to Russia, the NIS said.", {("troops", 10000)}),
        ("Pyongyang has shipped 20–30 KN-23 missiles to Russia since January.", {("missiles", 20)}),
    ],
)
def test_an_en_dash_range_of_items_stays(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[:2] for row in _whole(text, lexicon)} == expected


# Translated copy's abbreviations of 'thousand' ('12 thous.', '4 ths.') scale the number and end no sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to HUR, about 12 thous. North Korean military are in the Kursk region.",
            {("troops", 12000, "approx", "reported", False, "Ukraine HUR")},
        ),
        (
            "In total, the DPRK sent 4 ths. soldiers in the second wave.",
            {("troops", 4000, "exact", "reported", False, None)},
        ),
        (
            "The DPRK has sent about 11 thous. soldiers. They fight in Kursk.",
            {("troops", 11000, "approx", "reported", False, None)},
        ),
    ],
)
def test_thousand_abbreviated(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The thous. column of the table is blank, North Korea's embassy said.",
        "Officials met 3 times with North Korean diplomats.",
    ],
)
def test_no_thousand_without_a_number(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


# 'one and a half thousand', 'two and a half million': the whole and its half, scaled (no longer a lone 'one').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Yusov said North Korean losses were about 4,000. "Of these, roughly one and a half thousand are '
            'irrecoverable losses, that is, killed," Yusov said.',
            {
                ("casualties", 4000, "approx", "reported", False, "Ukraine HUR"),
                ("casualties", 1500, "approx", "reported", False, "Ukraine HUR"),
            },
        ),
        (
            "Skibitskyi said the Russians have already brought in one and a half million North Korean shells.",
            {("ammunition", 1500000, "exact", "reported", False, "Ukraine HUR (Skibitskyi)")},
        ),
        (
            "Pyongyang has sent two and a half thousand more soldiers, Kyiv says.",
            {("troops", 2500, "exact", "reported", True, "Ukrainian government")},
        ),
    ],
)
def test_and_a_half_scaled(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He waited an hour and a half for the train, he said of the North Korean troops.",
        "The North Korean soldiers marched for two and a half days, a defector said.",
    ],
)
def test_a_half_of_no_scale_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


# A maker's output with its verb right before the figure ('turns out about 2,400 drones a month', 'churning out
# 250,000 shells') is production, out of scope; 'it turns out 3,000 ...' is no output.
@pytest.mark.parametrize(
    "text",
    [
        "The Yelabuga plant, staffed partly by North Koreans, turns out about 2,400 Geran-2 drones a month, Ukrainian "
        "intelligence says.",
        "North Korean factories are churning out 250,000 artillery shells a month for Russia, the NIS said.",
        "North Korean arms plants churn out some 40 KN-23 missiles a year, Ukrainian intelligence says.",
    ],
)
def test_output_turned_out_is_production(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It turns out 3,000 North Korean troops had already been sent to Russia by October, the NIS said.",
            {("troops", 3000, "exact", "reported", False, "South Korea NIS")},
        ),
        (
            "North Korean factories churn out shells for Russia, and Pyongyang has shipped 9 million of them, the NIS "
            "said.",
            {("ammunition", 9000000, "exact", "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_supply_beside_output_stays(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


# A North Korean force's size told as its predicate ('was 12,000-strong', 'is now some 14,000 strong') counts its
# troops; an army's size, another country's force or a joint force stays out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first North Korean contingent was 12,000-strong, the NIS said.",
            {("troops", 12000, "exact", "reported", False, "South Korea NIS")},
        ),
        (
            "North Korea's expeditionary force in Russia is now some 14,000 strong, Seoul estimates.",
            {("troops", 14000, "approx", "reported", False, "South Korean government")},
        ),
        (
            "Pyongyang sent its soldiers last autumn. The first contingent was 12,000-strong, according to Ukraine's "
            "military intelligence.",
            {("troops", 12000, "exact", "reported", False, "Ukraine HUR")},
        ),
    ],
)
def test_a_force_told_strong(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's army is 1.2 million strong.",
        "North Korea's special operations force is 200,000 strong.",
        "The Russian force in Kursk is 50,000 strong, officials in Moscow say of the North Korean deployment.",
        "The North Korean and Russian force in Kursk was 60,000 strong.",
    ],
)
def test_other_forces_told_strong_stay_out(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


# 'at least one soldier' doing something is an anecdote about a person, as 'one soldier' was; 'at least one North
# Korean soldier was captured' or 'killed at least one' stays a toll.
@pytest.mark.parametrize(
    "text",
    [
        "The NIS said at least one North Korean soldier had tried to detonate a grenade as Ukrainian troops "
        "approached.",
        "At least one North Korean officer shouted orders in Russian, a Ukrainian sergeant said.",
        "Budanov said at least one North Korean soldier had written a letter home from Kursk.",
    ],
)
def test_at_least_one_person_is_an_anecdote(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine said at least one North Korean soldier was captured near Kursk.",
            {("casualties", 1, "at_least", "reported", False, "Ukrainian government")},
        ),
        (
            "Kyiv said its troops had killed at least one North Korean officer.",
            {("casualties", 1, "at_least", "reported", False, "Ukrainian government")},
        ),
    ],
)
def test_at_least_one_casualty_stays(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


# A ship's size ('two destroyers of 5,000 tons', 'a submarine displacing about 8,700 tonnes') counts nothing supplied;
# tons of a cargo ('74,000 tons of explosives') stay a claim.
@pytest.mark.parametrize(
    "text",
    [
        "Separately, the North is building its own nuclear-powered submarine armed with guided missiles, plus two "
        "destroyers of 5,000 tons.",
        "Russia is helping North Korea build a submarine displacing about 8,700 tonnes, the NIS said.",
        "North Korea launched two warships of about 5,000 tons this year, with Russian help, analysts say.",
    ],
)
def test_a_ships_tonnage_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea shipped 74,000 tons of explosives to Russia, the report said.", {("ammunition", 74000)}),
        ("Russian ships carried 5,000 tons of ammunition from Rajin, officials said.", {("ammunition", 5000)}),
    ],
)
def test_tons_of_a_cargo_stay(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[:2] for row in _whole(text, lexicon)} == expected
