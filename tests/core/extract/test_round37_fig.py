"""Round thirty-seven, figures: fresh wording of our own (Indian and TV-script number words, counts still to come,
kinds that are no count, tolls sharing their victims, supplies told as a flow), asserting category, value, hedge,
status, addition and source of every claim."""

from __future__ import annotations

import pytest

from core.extract.numerals import parse_number
from core.ingest.language import looks_english
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
    # (the review's: 'at one point' before a count with a scale is the idiom too, not 'one point five thousand')
    (
        "At one point seven thousand North Korean troops were massed near Sudzha, Ukraine's HUR said.",
        {_troops(7000, "exact", "Ukraine HUR")},
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
    # a summary's estimates labelled by country, a date in brackets
    (
        "Losses\nJapanese estimates (May 2025): 900 North Korean soldiers dead.\nUkrainian figures: about 5,000 North "
        "Korean soldiers killed or wounded.",
        {
            ("casualties", 900, "exact", "reported", False, "Japanese government"),
            ("casualties", 5000, "approx", "reported", False, "Ukrainian government"),
        },
    ),
    # near miss: a headline's label names no voice (its lede does)
    (
        "Kyiv: at least 40 North Korean soldiers killed near Sudzha\nUkraine's special forces said on Monday that at "
        "least 40 North Korean soldiers had been killed near Sudzha.",
        {("casualties", 40, "at_least", "reported", False, "Ukraine Special Operations Forces")},
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


# A correction's rejected figure set between the right one and its noun: '2,000, not 20,000, workers' counts 2,000
# workers; the rejected figure counts nothing, before the noun or after it.
CORRECTIONS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Correction: North Korea has sent 1,500, not 15,000, special forces troops to Russia, the NIS said.",
        {_troops(1500, "exact", "South Korea NIS")},
    ),
    (
        "This article was amended to say that about 3,000, not 300, North Korean workers arrived in Russia in June.",
        {("workers", 3000, "approx", "reported", False, None)},
    ),
    (
        "North Korea sent 40 Koksan guns, not 400, to Russia in the spring, Ukraine's military intelligence said.",
        {("artillery", 40, "exact", "reported", False, "Ukraine HUR")},
    ),
    # near miss: two figures of a list, no correction between them
    (
        "North Korea sent 3,000 troops to Russia in May and 2,000 in June, the JCS said.",
        {_troops(3000, "exact", "South Korea JCS"), _troops(2000, "exact", "South Korea JCS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTIONS)
def test_round37_corrections(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# More still to come, counted only vaguely, the noun left out: 'with several thousand more expected', 'another couple
# of thousand expected', 'A few hundred more are on the way' (a planned addition, no figure).
VAGUE_MORE_TO_COME: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Some 12,000 North Korean soldiers are fighting in Kursk, with another couple of thousand expected in May, "
        "Budanov said.",
        {
            _troops(12000, "approx", "Ukraine HUR (Budanov)"),
            _troops(None, None, "Ukraine HUR (Budanov)", status="planned", incremental=True),
        },
    ),
    (
        "About 2,000 North Korean workers reached Russia in March. A few hundred more are on the way, the NIS said.",
        {
            ("workers", 2000, "approx", "reported", False, "South Korea NIS"),
            ("workers", None, None, "planned", True, "South Korea NIS"),
        },
    ),
    # near misses: more of a toll, or of another country's troops
    (
        "About 12,000 North Korean soldiers are fighting in Kursk. Several hundred more were killed last week.",
        {_troops(12000, "approx")},
    ),
    (
        "North Korea sent 11,000 troops to Russia. Several thousand more Russian troops are expected in Kursk.",
        {_troops(11000, "exact")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_MORE_TO_COME)
def test_round37_vague_more_to_come(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A chart's or fact box's English has few function words ('Killed: 600 | Wounded: 4,100'); the beat's English words
# keep it English, while the same box in German, French or Spanish stays another language.
FACT_BOX_LANGUAGE: list[tuple[str, bool]] = [
    (
        "CHART: North Korean losses in Kursk\nKilled: 600 | Wounded: 4,100 (estimates, South Korean intelligence, "
        "April)",
        True,
    ),
    (
        "Casualties\nSouth Korean estimates (Apr. 2025): 600 dead; 4,700 total casualties.\nUkrainian estimates "
        "(Jan. 2025): 4,000+ killed or wounded.",
        True,
    ),
    (
        "GRAFIK: Nordkoreanische Verluste in Kursk\nGetötet: 600 | Verwundet: 4.100 (Schätzungen, südkoreanischer "
        "Geheimdienst, April)\nLesen Sie auch: Wie Drohnen die Front veränderten",
        False,
    ),
    (
        "GRAPHIQUE : pertes nord-coréennes à Koursk\nTués : 600 | Blessés : 4 100 (estimations, renseignement "
        "sud-coréen, avril)\nÀ lire aussi : missiles et obus",
        False,
    ),
    (
        "GRÁFICO: bajas norcoreanas en Kursk\nMuertos: 600 | Heridos: 4.100 (estimaciones, inteligencia surcoreana, "
        "abril)\nLea también: misiles y proyectiles",
        False,
    ),
]


@pytest.mark.parametrize(("text", "english"), FACT_BOX_LANGUAGE)
def test_round37_fact_box_language(text: str, english: bool) -> None:
    assert looks_english(text) is english


# A count set after a dash, its items said to be due before it: 'more troops are expected in Kursk next month - about
# 1,000', 'have not been deployed yet but are expected to follow in the summer - some 500 of them' (planned); not
# what those there are doing, nor what they are expected to keep doing.
DUE_THEN_DASH: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "More North Korean gunners are expected in Kursk by June - perhaps 2,000, Ukraine's military intelligence "
        "said.",
        {_troops(2000, "approx", "Ukraine HUR", status="planned", incremental=True)},
    ),
    (
        "North Korean sappers have not reached Kursk yet but are expected there in the autumn - about 1,000 of them, "
        "the NIS said.",
        {_troops(1000, "approx", "South Korea NIS", status="planned")},
    ),
    (
        "North Korean builders are set to arrive in Kursk in May - some 5,000 of them, Shoigu said.",
        {_troops(5000, "approx", "Russia Security Council (Shoigu)", status="planned")},
    ),
    # near misses: those there now, or expected to stay
    (
        "North Korean gunners are firing on Ukrainian positions in Kursk - about 3,000 of them, the NIS said.",
        {_troops(3000, "approx", "South Korea NIS")},
    ),
    (
        "North Korean gunners are expected to stay in Kursk through the winter - about 3,000 of them, the NIS said.",
        {_troops(3000, "approx", "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DUE_THEN_DASH)
def test_round37_due_then_dash(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
