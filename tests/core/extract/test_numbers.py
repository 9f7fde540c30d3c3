"""The number parser: how journalists write figures, and what is never a count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract.numbers import find_quantities
from core.extract.numerals import parse_number
from core.models import Qualifier

PARSE_CASES = [
    ("11,000", 11_000),
    ("10 900", 10_900),
    ("1.5 million", 1_500_000),
    ("4.8 million", 4_800_000),
    ("five thousand", 5_000),
    ("one-thousand", 1_000),
    ("four-thousand-100", 4_100),
    ("47-hundred", 4_700),
    ("15-thousand", 15_000),
    ("12 thousands", 12_000),  # machine English
    ("3 millions", 3_000_000),
    ("6K", 6_000),
    ("dozen", 12),
    ("twenty-two", 22),
    ("two hundred and fifty", 250),
    ("7.6", None),  # a measurement, not a count
    ("2.50", None),
]


@pytest.mark.parametrize(("text", "value"), PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


FIND_CASES = [
    # (id, text, [(value, value_max, qualifier)])
    # British copy's 'm' for million, before a word; alone it is more often metres
    ("m-million", "some 4m shells", [(4_000_000, None, Qualifier.APPROX)]),
    ("m-range", "between 4m and 6m shells", [(4_000_000, 6_000_000, None)]),
    ("m-metres", "a range of 60m.", []),
    ("m-metres-from", "positions 500m from the front", []),
    ("some", "some 11,000 troops", [(11_000, None, Qualifier.APPROX)]),
    ("about", "about 3,000 soldiers", [(3_000, None, Qualifier.APPROX)]),
    ("more-than", "more than 160 guns", [(160, None, Qualifier.MORE_THAN)]),
    ("over", "over 13,000 containers", [(13_000, None, Qualifier.MORE_THAN)]),
    ("nearly", "nearly 50 launchers", [(50, None, Qualifier.APPROX)]),
    ("at-least", "at least 10 tanks", [(10, None, Qualifier.AT_LEAST)]),
    ("up-to", "up to five thousand troops", [(5_000, None, Qualifier.UP_TO)]),
    ("as-many-as", "as many as 12,000 workers", [(12_000, None, Qualifier.UP_TO)]),
    ("fewer-than", "fewer than 100 soldiers", [(100, None, Qualifier.FEWER_THAN)]),
    ("plus-suffix", "a 10,000-plus force", [(10_000, None, Qualifier.MORE_THAN)]),
    ("quoted-hedge", "estimating it at \u201cmore than 160 pieces.\u201d", [(160, None, Qualifier.MORE_THAN)]),
    ("odd-suffix", "some 100-odd missiles", [(100, None, Qualifier.APPROX)]),
    ("estimated-at", "the convoys are estimated at 9,000 containers", [(9_000, None, Qualifier.APPROX)]),
    ("to-number", "the soldiers are believed to number 9,000", [(9_000, None, Qualifier.EXACT)]),
    ("now-number", "the soldiers there now number 9,000", [(9_000, None, Qualifier.EXACT)]),
    ("number-as-identifier", "resolution number 2397", []),
    ("range-to", "10,000 to 12,000 troops", [(10_000, 12_000, None)]),
    ("range-between", "between 10,000 and 12,000 troops", [(10_000, 12_000, None)]),
    ("range-dash", "8,000-9,000 containers", [(8_000, 9_000, None)]),
    # thousands grouped by spaces, the group followed by a comma of the sentence
    ("space-groups-before-comma", "between 10 000 and 12 000, in Kursk", [(10_000, 12_000, None)]),
    # the scale word shared by both ends, after a hyphen as after a dash: '5-6 million', '10-12 thousand'
    ("range-hyphen-shared-scale", "5-6 million shells", [(5_000_000, 6_000_000, None)]),
    ("range-hyphen-thousand", "10-12 thousand troops", [(10_000, 12_000, None)]),
    (
        "change-not-range",
        "raised from 3,000 to 10,000",
        [(3_000, None, Qualifier.EXACT), (10_000, None, Qualifier.EXACT)],
    ),
    ("a-dozen", "a dozen missiles", [(12, None, Qualifier.EXACT)]),
    ("half-a-million", "half a million shells", [(500_000, None, Qualifier.EXACT)]),
    ("million-after-decimal", "1.5 million shells", [(1_500_000, None, Qualifier.EXACT)]),
    ("calibre-mm", "170mm guns and 240 mm rockets", []),
    ("reading-time", "Demining begins in Kursk 2 min read", []),
    ("calibre-millimeter", "170 millimeter self-propelled howitzers", []),
    ("calibre-inch", "6-inch shells", []),
    ("model-numbers", "KN-23, M1989, MiG-29 and Hwasong-18", []),
    ("dates", "on February 11 and on 11 February", []),
    ("date-chain", "On December 14 and 15", []),
    ("iso-date", "on 2024-12-16", []),
    ("time", "at 6:11 AM", []),
    ("money", "$2.50 per hour", []),
    ("percent", "50% of shells", []),
    ("hours", "12-hour shifts", []),
    ("ordinal", "the 11th Corps", []),
    ("article", "Article 4 of the treaty", []),
    ("resolution", "Resolution 1874", []),
    ("ages", "aged between 18 and 24", []),
    ("malformed-grouping", "a total of 10,0000", []),
    ("calibre-after-count", "220 240mm launchers", [(220, None, Qualifier.EXACT)]),
    ("phrasal-over", "handed over 200 shells", [(200, None, Qualifier.EXACT)]),
    ("one-of", "one of the soldiers", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FIND_CASES], ids=[c[0] for c in FIND_CASES])
def test_find_quantities(lexicon, text: str, expected: list[tuple[int, int | None, Qualifier | None]]) -> None:
    found = [
        (q.value, q.value_max, q.qualifier) for q in find_quantities(text, lexicon) if not q.vague and not q.year_like
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "hundreds of thousands of rounds",
        "a substantial amount of ammunition",
        "thousands of troops",
        "millions of shells",
        "dozens of missiles",
    ],
)
def test_vague_amounts_have_no_value(lexicon, text: str) -> None:
    quantities = find_quantities(text, lexicon)
    assert len(quantities) == 1
    assert quantities[0].vague and quantities[0].value is None


def test_years_are_flagged(lexicon) -> None:
    (year,) = find_quantities("in 2024", lexicon)
    assert year.year_like


@given(st.integers(min_value=1, max_value=10**9))
def test_grouped_digits_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_find_quantities_never_raises(lexicon, text: str) -> None:
    for q in find_quantities(text, lexicon):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.value is None or q.value >= 0


@given(st.text(alphabet=st.sampled_from(list("0123456789,. -–abcmnoetk$%")), max_size=60))
@settings(max_examples=300)
def test_number_like_noise_never_raises(lexicon, text: str) -> None:
    find_quantities(text, lexicon)


def test_shifted_moves_every_position_and_keeps_every_other_field() -> None:
    from dataclasses import fields

    from core.extract.numbers import Quantity

    q = Quantity(10, 16, 200, 300, Qualifier.APPROX, vague=True, from_words=True, year_like=True, hedge_start=4)
    moved = q.shifted(-4)
    assert (moved.start, moved.end, moved.hedge_start) == (6, 12, 0)
    positions = {"start", "end", "hedge_start"}
    assert all(getattr(moved, f.name) == getattr(q, f.name) for f in fields(Quantity) if f.name not in positions)
