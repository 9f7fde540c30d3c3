"""Round thirty-seven, second wave, area figures: wording of our own for men lost and moved, daily delivery rates,
chart rows labelled with a quarter, a number alone as an answer, a figure after 'declined to say whether', and troops
ordered to prepare for deployment; asserting category, value, hedge, status, addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims, hedged_rows

_HUR = "Ukraine HUR"
_NIS = "South Korea NIS"
_JCS = "South Korea JCS"

# Men of a North Korean force named after them, lost as a participle, or moved to the front
MEN: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukraine's special forces said 80 men from a North Korean rifle battalion died near Sudzha in Russia's Kursk "
        "region.",
        {("casualties", 80, "exact", "reported", False, "Ukraine Special Operations Forces")},
    ),
    (
        "Some 250 men of the DPRK's 94th brigade were killed in Kursk last week, Ukraine's HUR said. Russia is silent.",
        {("casualties", 250, "approx", "reported", False, _HUR)},
    ),
    (
        "Pyongyang is sending fresh soldiers to Russia, replacing about 1,500 men lost in Kursk, the JCS said.",
        {
            ("casualties", 1500, "approx", "reported", False, _JCS),
            ("troops", None, None, "reported", True, _JCS),
        },
    ),
    (
        "Roughly 3,000 North Korean soldiers were lost in the Kursk fighting in Russia, the NIS said.",
        {("casualties", 3000, "approx", "reported", False, _NIS)},
    ),
    (
        "About 700 men were moved to Kursk from North Korean camps near Vladivostok, Russia, the HUR said.",
        {("troops", 700, "approx", "reported", False, _HUR)},
    ),
    # near misses: troops that lost a place, not men; men whom a strike killed; people who moved to study
    (
        "About 2,000 North Korean troops lost the village of Plekhovo in Russia's Kursk region, Ukraine's HUR said.",
        {("troops", 2000, "approx", "reported", False, _HUR)},
    ),
    (
        "A North Korean missile hit Kyiv and 12 men from a nearby factory died, Ukraine said. Russia fired it.",
        {("missiles", None, None, "reported", False, "Ukrainian government")},
    ),
    ("Some 300 people moved to Vladivostok from North Korea last year as students, Russia said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEN)
def test_round37_w2fig_men(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A daily or weekly delivery rate is a claim with its rate as the period; production and firing rates are not
RATES: list[tuple[str, set[tuple[object, ...]], str | None]] = [
    (
        "Roughly 9,000 shells a day are being shipped from North Korea to Russia by rail, Ukraine's HUR estimates.",
        {("ammunition", 9000, "approx", "reported", False, _HUR)},
        "per day",
    ),
    (
        "North Korea ships some 4,000 shells daily to Russia, the HUR said on Monday.",
        {("ammunition", 4000, "approx", "reported", False, _HUR)},
        "per day",
    ),
    (
        "As many as 250 containers a week moved from North Korea to Russia's Dunai port, the NIS said.",
        {("ammunition", 250, "up_to", "reported", False, _NIS)},
        "per week",
    ),
    # near misses: a span, not a rate; production; firing
    (
        "North Korea sent 2,000 more troops to Russia in a week of fighting, the NIS said.",
        {("troops", 2000, "exact", "reported", True, _NIS)},
        None,
    ),
    (
        "North Korean plants produce about 9,000 shells a day, South Korea's defence ministry says, and many go to "
        "Russia.",
        set(),
        None,
    ),
    ("Russia fires 10,000 North Korean shells a day in Ukraine, Kyiv says.", set(), None),
]


@pytest.mark.parametrize(("text", "expected", "period"), RATES)
def test_round37_w2fig_rates(text: str, expected: set[tuple[object, ...]], period: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
    assert {c.period for c in claims(text, lexicon) if c.value is not None} <= {period}


# Chart rows labelled with a quarter or a year, the item in the chart's title; a word number that is the whole answer
CHARTS_AND_ANSWERS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Estimated North Korean shell deliveries to Russia\nQ2 2024: 1.2m\nQ3 2024: 1.8m\nSource: Ukrainian defence "
        "intelligence",
        {
            ("ammunition", 1200000, "exact", "reported", False, _HUR),
            ("ammunition", 1800000, "exact", "reported", False, _HUR),
        },
    ),
    (
        "North Korean troops in Russia, by year\n2024: 11,000\n2025: 15,000",
        {("troops", 11000, "exact", "reported", False, None), ("troops", 15000, "exact", "reported", False, None)},
    ),
    (
        "How many KN-23 missiles has North Korea sent Russia? Three, according to Ukraine's air force.",
        {("missiles", 3, "exact", "reported", False, "Ukraine Air Force")},
    ),
    (
        "Have North Korean KN-23 missiles hit Kharkiv? Yes.\nHow many? Two, according to Ukraine's air force, in "
        "Russia's strikes last week.",
        {("missiles", 2, "exact", "reported", False, "Ukraine Air Force")},
    ),
    # near miss: a word number that opens an answer about something else
    ("How many KN-23 missiles has North Korea sent Russia? Two years ago it sent some.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHARTS_AND_ANSWERS)
def test_round37_w2fig_charts_and_answers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A figure right after 'declined to say whether' asserts nothing; troops ordered to prepare for deployment are planned
STATUS: list[tuple[str, set[tuple[object, ...]]]] = [
    ("The Pentagon declined to say whether 8,000 North Korean troops had reached the front in Russia.", set()),
    ("It is unclear whether 2,000 more North Korean soldiers have gone to Russia.", set()),
    (
        "Another 4,000 North Korean soldiers have been ordered to prepare for deployment to Russia, the NIS said.",
        {("troops", 4000, "exact", "planned", True, _NIS)},
    ),
    (
        "About 3,000 North Korean troops are preparing for deployment to Russia's Kursk region, the JCS said.",
        {("troops", 3000, "approx", "planned", False, _JCS)},
    ),
    # near misses: the figure told before the question; troops deployed after preparing
    (
        "The Pentagon declined to say whether the 8,000 North Korean troops sent to Russia had reached the front.",
        {("troops", 8000, "exact", "reported", False, "US Department of Defense")},
    ),
    (
        "Some 5,000 North Korean soldiers were deployed to Russia after preparing for months, the NIS said.",
        {("troops", 5000, "approx", "reported", False, _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUS)
def test_round37_w2fig_status(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Left: both codes still get these wrong
LEFT: list[tuple[str, set[tuple[object, ...]]]] = [
    pytest.param(  # type: ignore[list-item]
        "ELEVEN THOUSAND AND COUNTING\nNorth Korea's soldiers keep arriving in Russia's Kursk region, Ukraine's HUR "
        "says.",
        {("troops", 11000, "exact", "reported", False, _HUR)},
        marks=pytest.mark.xfail(strict=True, reason="an all-caps headline's bare figure takes no item from the body"),
    ),
    pytest.param(  # type: ignore[list-item]
        "Analysts say the 3 million figure cited by Kyiv refers to artillery shells that North Korea sent to Russia.",
        {("ammunition", 3000000, "exact", "reported", False, "Ukrainian government")},
        marks=pytest.mark.xfail(strict=True, reason="'the N figure ... refers to' an item named after the verb"),
    ),
    pytest.param(  # type: ignore[list-item]
        "Satellite images show 30 freight cars loaded with shells at Tumangang on the North Korea-Russia border.",
        {("ammunition", 30, "exact", "reported", False, None)},
        marks=pytest.mark.xfail(strict=True, reason="freight cars loaded with an item are not counted as its loads"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_round37_w2fig_left(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# The base an addition is added to, a bare figure after 'on top of the' / 'in addition to the' and before 'sent'
BASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea has sent 2,000 more soldiers to Russia, the JCS said. On top of the 12,000 already deployed, "
        "that puts the contingent at 14,000.",
        {
            ("troops", 2000, "exact", "reported", True, _JCS),
            ("troops", 12000, "exact", "reported", False, _JCS),
            ("troops", 14000, "exact", "reported", False, _JCS),
        },
    ),
    (
        "North Korea has shipped 40 more KN-23 missiles to Russia, the HUR said. In addition to the 60 sent last "
        "year, these will reach the front in May.",
        {
            ("missiles", 40, "exact", "reported", True, _HUR),
            ("missiles", 60, "exact", "reported", False, _HUR),
        },
    ),
    # near miss: a part of the whole sent, no base of an addition
    ("Of the 11,000 that Pyongyang sent, most are still in Kursk, Russia, the NIS said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BASES)
def test_round37_w2fig_bases(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
