"""Round thirty-seven, figures: fresh wording of our own (Indian and TV-script number words, counts still to come,
kinds that are no count, tolls sharing their victims, supplies told as a flow), asserting category, value, hedge,
status, addition and source of every claim."""

from __future__ import annotations

import pytest

from core.extract.numerals import parse_number
from tests.core.extract.on_the_beat import hedged_rows


def _shells(value: int | None, hedge: str | None, source: str | None = None, **kw: object) -> tuple[object, ...]:
    return ("ammunition", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


def _troops(value: int | None, hedge: str | None, source: str | None = None, **kw: object) -> tuple[object, ...]:
    return ("troops", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


# Number words: Indian wire copy's lakh and crore ('two lakh shells' is 200,000), and a decimal read aloud in a TV
# script ('one point five million'); 'point' with no scale after its digits stays no number.
NUMBER_WORDS: list[tuple[str, int | None]] = [
    ("two lakh", 200_000),
    ("1.5 lakh", 150_000),
    ("3 lakhs", 300_000),
    ("one crore", 10_000_000),
    ("one point five million", 1_500_000),
    ("two point three five million", 2_350_000),
    ("four point two thousand", 4_200),
    ("one point", None),
]


@pytest.mark.parametrize(("text", "value"), NUMBER_WORDS)
def test_round37_number_words(text: str, value: int | None) -> None:
    assert parse_number(text) == value


SPOKEN_AND_INDIAN: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "New Delhi, March 2 (Wire) Nearly two lakh artillery shells reached Russia from Pyongyang in February, a "
        "Seoul think tank said.",
        {_shells(200_000, "approx")},
    ),
    (
        "ANCHOR: Tonight the Pentagon says North Korea has now shipped one point five million shells to Russia.",
        {_shells(1_500_000, "exact", "US Department of Defense")},
    ),
    # near misses: 'at one point' is a time, the count after it stands alone; a price in lakh is money
    (
        "At one point five North Korean soldiers were captured in a single raid, Ukraine's military said.",
        {("casualties", 5, "exact", "reported", False, "Ukrainian military")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_AND_INDIAN)
def test_round37_spoken_and_indian_numbers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A count still to come, its noun left out after 'more': 'with 5,000 more on the way', '10,000 more to come', 'more
# are to follow in May' is planned (and an addition); 'to come under fire', 'to follow orders' are verbs with objects.
STILL_TO_COME: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Pyongyang has sent 4,000 troops to Kursk, with 2,000 more on the way, the JCS said.",
        {
            _troops(4000, "exact", "South Korea JCS"),
            _troops(2000, "exact", "South Korea JCS", status="planned", incremental=True),
        },
    ),
    (
        "Roughly 1,000 North Korean workers reached Russian building sites this spring, with 9,000 more to come.",
        {
            ("workers", 1000, "approx", "reported", False, None),
            ("workers", 9000, "exact", "planned", True, None),
        },
    ),
    (
        "North Korea moved 3,000 troops into Russia in July, and 3,000 more are to follow in August, Kyiv says.",
        {
            _troops(3000, "exact", "Ukrainian government"),
            _troops(3000, "exact", "Ukrainian government", status="planned", incremental=True),
        },
    ),
    (
        "Some 1,500 more troops are yet to come, the NIS told lawmakers, after 11,000 arrived last year.",
        {
            _troops(1500, "approx", "South Korea NIS", status="planned", incremental=True),
            _troops(11000, "exact", "South Korea NIS"),
        },
    ),
    # near misses: a verb with its object after 'to come' / 'to follow'
    (
        "North Korea sent 2,000 troops to Russia who are to come under Russian command, the JCS said.",
        {_troops(2000, "exact", "South Korea JCS")},
    ),
    (
        "North Korea sent 2,000 more troops to Russia, and they have to follow Russian orders, the JCS said.",
        {_troops(2000, "exact", "South Korea JCS", incremental=True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STILL_TO_COME)
def test_round37_still_to_come(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A number of kinds is no count of items: 'two types of launcher', 'three kinds of ballistic missiles', 'both
# variants'; the older 240mm launcher, the M1985, is a launcher the gazetteer knows.
KINDS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Two types of North Korean launcher have reached Russia: 90 of the M1991 and 30 of the M1985, Budanov said.",
        {
            ("rocket_launchers", 90, "exact", "reported", False, "Ukraine HUR (Budanov)"),
            ("rocket_launchers", 30, "exact", "reported", False, "Ukraine HUR (Budanov)"),
        },
    ),
    (
        "North Korea has sent Russia three kinds of ballistic missiles, Ukrainian intelligence said.",
        {("missiles", None, None, "reported", False, "Ukraine HUR")},
    ),
    (
        "Pyongyang delivered four variants of its 240mm launcher to Russia, a South Korean official said.",
        {("rocket_launchers", None, None, "reported", False, "South Korean official")},
    ),
    # near miss: a count of the items themselves, a kind named after it
    (
        "Pyongyang delivered 24 launchers of the M1985 type to Russia, a South Korean official said.",
        {("rocket_launchers", 24, "exact", "reported", False, "South Korean official")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_round37_kinds_are_no_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Two tolls sharing the victims named after the second: 'killed 30 and wounded 20 North Korean soldiers' counts 30
# North Koreans killed; not when the victims named are another country's.
SHARED_VICTIMS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukrainian paratroopers killed 45 and wounded 60 North Korean soldiers near Sudzha, their brigade said.",
        {
            ("casualties", 45, "exact", "reported", False, None),
            ("casualties", 60, "exact", "reported", False, None),
        },
    ),
    (
        "Over the weekend Ukrainian drones killed about 25 and injured some 40 more North Korean troops in Kursk.",
        {
            ("casualties", 25, "approx", "reported", False, None),
            ("casualties", 40, "approx", "reported", False, None),
        },
    ),
    # near miss: the victims are Russia's
    (
        "Ukrainian drones killed 25 and wounded 40 Russian soldiers in Kursk on Sunday.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_VICTIMS)
def test_round37_shared_victims(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A supply told as a flow at a yearly rate is a delivery rate (a claim); production at that rate is not.
FLOWS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "About 2 million North Korean shells a year are now flowing into Russia by rail, a Western official said.",
        {_shells(2_000_000, "approx", "Western official")},
    ),
    (
        "Some 40,000 rockets a month are streaming from North Korea to Russian depots, the HUR said.",
        {("ammunition", 40_000, "approx", "reported", False, "Ukraine HUR")},
    ),
    # near miss: production at a yearly rate, whatever flows after
    (
        "North Korea makes about 2 million shells a year, and many flow to Russia, a Western official said.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLOWS)
def test_round37_flows(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A fact box's line that opens with a third country's label and a figure: the country is whose count it is (its
# government speaks), not an actor that sends; the parties' own labels name what the line is about, no voice.
COUNTRY_LABELS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "WHAT THE CAPITALS SAY\n- Seoul: 2,000 more North Korean troops reached Kursk in March\n"
        "- Kyiv: about 11,000 North Korean soldiers at the front",
        {
            _troops(2000, "exact", "South Korean government", incremental=True),
            _troops(11000, "approx", "Ukrainian government"),
        },
    ),
    (
        "- Tokyo: 1,500 North Korean workers at the Alabuga drone plant",
        {("workers", 1500, "exact", "reported", False, "Japanese government")},
    ),
    # near misses: a party's label is no voice; a label with no figure right after it; a body's label keeps its name
    (
        "- North Korea: 12,000 troops sent to Russia in the autumn",
        {_troops(12000, "exact")},
    ),
    (
        "- Seoul: the NIS says 2,000 North Korean troops reached Kursk in March",
        {_troops(2000, "exact", "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_LABELS)
def test_round37_country_labels(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Market copy: 'defence stocks rose' are shares, no holding that would make the figure after it an inventory; a
# stockpile stays one.
MARKET_COPY: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Seoul defence stocks climbed 3% after reports that Pyongyang shipped some 150 self-propelled guns to Russia.",
        {("artillery", 150, "approx", "reported", False, None)},
    ),
    (
        "Shipbuilding stock prices slid as North Korea sent 2,000 more troops to Russia, Yonhap said.",
        {_troops(2000, "exact", "Yonhap", incremental=True)},
    ),
    # near miss: a stockpile of the items, no supply counted
    (
        "North Korea has stocks of about 3 million shells, and analysts say it could spare more.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_COPY)
def test_round37_market_copy(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A revision told with 'up' or 'down' before the possessive: 'revised down its count of ... to 8,000' (the country
# revising is whose figure it is, not an actor).
REVISED: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv revised down its count of North Korean troops in Kursk to 9,000 on Friday.",
        {_troops(9000, "exact", "Ukrainian government")},
    ),
    (
        "Washington revised up its estimate of North Korean soldiers in Russia to 12,000.",
        {_troops(12000, "exact", "US government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVISED)
def test_round37_revised_up_or_down(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
