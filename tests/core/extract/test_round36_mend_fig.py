"""Round thirty-six mend, figures and their fields: the close neighbours of the round's rules, in wording of our own
(the monitor told by its eleven members, a force's size wherever the toll names it, a unit's size after a toll,
people and arms 'believed to be in' a place), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"


def _arty(source: str | None) -> tuple[object, ...]:
    return ("artillery", "artillery", 170, None, "approx", "pieces", "reported", False, "nk_to_ru", source)


# A body told by its eleven members ('set up by South Korea, the United States, Japan and eight other countries')
# is the sanctions monitoring team, and none of the countries listed speaks; a list that does not add up to eleven
# names no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday the team, set up by South Korea, the United States, Japan and eight other countries, said "
         "Pyongyang had shipped about 170 artillery pieces to Russia.", {_arty(_MSMT)}),
        ("The findings, compiled by the United States, Japan and South Korea along with eight other governments, "
         "showed that Pyongyang had shipped about 170 artillery pieces to Russia.", {_arty(_MSMT)}),
        ("The group, backed by Canada, the United States, Britain, Japan and seven other nations, said Pyongyang "
         "had shipped about 170 artillery pieces to Russia.", {_arty(_MSMT)}),
        # (not eleven: no one named, and not a listed country either)
        ("The panel, set up by the United States, Japan and two other countries, said Pyongyang had shipped about "
         "170 artillery pieces to Russia.", {_arty(None)}),
        ("The panel, set up by the United States, Japan and others, said Pyongyang had shipped about 170 artillery "
         "pieces to Russia.", {_arty(None)}),
    ],
)  # fmt: skip
def test_a_body_told_by_its_eleven_members(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _toll(subtype: str, value: int, qualifier: str, source: str) -> tuple[object, ...]:
    return ("casualties", subtype, value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


# The force a toll befell is its size in troops however the copy names it: with its people after the figure ('from
# a corps of some 11,000 North Korean troops', 'out of a total of 12,000 soldiers sent'), or opening the sentence
# before the toll ('Of a deployment of some 11,000, ...').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul's NIS counts about 3,000 casualties from a corps of some 12,000 North Korean soldiers.",
         {_toll("killed_or_wounded", 3000, "approx", _NIS), troops_row(12000, "approx", _NIS)}),
        ("Roughly 900 North Koreans have died out of a total of 12,000 soldiers sent, the HUR said.",
         {_toll("killed", 900, "approx", _HUR), troops_row(12000, "exact", _HUR)}),
        ("Of a contingent of about 12,000, some 900 have been killed, the HUR said.",
         {_toll("killed", 900, "approx", _HUR), troops_row(12000, "approx", _HUR)}),
    ],
)  # fmt: skip
def test_a_force_size_named_anywhere_beside_a_toll(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A unit's size after a toll ('out of a platoon of 40', 'out of a company of about 150') is neither a second toll
# nor the force sent: no claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three North Korean soldiers were taken prisoner out of a platoon of 40, the HUR said.",
         {_toll("captured", 3, "exact", _HUR)}),
        ("The HUR said 25 North Koreans were killed in one attack out of a company of about 150.",
         {_toll("killed", 25, "exact", _HUR)}),
    ],
)  # fmt: skip
def test_a_units_size_after_a_toll_is_no_claim(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'believed/thought to be in' with 'now' before the word ('are now believed to be in Russia'), in 'the region', and
# arms 'believed to be in Russian depots' count the item of the sentence before; the wounded 'in Moscow hospitals'
# are no troops.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang first sent soldiers to Russia last autumn. About 14,000 are now thought to be in Russia, the NIS "
         "said.", {troops_row(14000, "approx", _NIS)}),
        ("North Korean units are fighting in Kursk. Some 11,000 are believed to be in the region, the HUR said.",
         {troops_row(11000, "approx", _HUR)}),
        ("North Korea has shipped artillery shells to Russia. Roughly 2 million are thought to be in Russian "
         "depots, the HUR said.",
         {("ammunition", "artillery shells", 2000000, None, "approx", "shells", "reported", False, "nk_to_ru",
           _HUR)}),
        ("North Korean soldiers fought in Kursk. About 200 are believed to be in Moscow hospitals, the NIS said.",
         {troops_row(None, None, _NIS)}),
    ],
)  # fmt: skip
def test_believed_to_be_in_a_place(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# More of a planned item joined by 'and' past a speaker's aside, with no verb of its own, is planned too ('will be
# sent to Kursk, the Kremlin said, and 1,000 more sappers later'); one with a verb of its own keeps its own status.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5,000 North Korean builders are to be deployed to Kursk, the Kremlin said, and 800 more deminers "
         "next spring.",
         {troops_row(5000, "approx", "Russian government", status="planned"),
          troops_row(800, "exact", "Russian government", status="planned", incremental=True)}),
        ("About 5,000 North Korean builders will be sent to Kursk, and 800 more deminers have already arrived.",
         {troops_row(5000, "approx", status="planned"), troops_row(800, "exact", incremental=True)}),
    ],
)  # fmt: skip
def test_more_of_a_planned_item_past_a_speakers_aside(
    text: str,
    expected: set[tuple[object, ...]],
    lexicon,  # type: ignore[no-untyped-def]
) -> None:
    assert {(row[0], *row[2:]) for row in whole_rows(text, lexicon)} == {(row[0], *row[2:]) for row in expected}


# 'Not quite 1,000' is a little under, as 'nearly 1,000' is: approx.
def test_not_quite_is_approx(lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = whole_rows("Not quite 2,000 North Korean soldiers have been wounded, the NIS said.", lexicon)
    assert rows == {_toll("wounded", 2000, "approx", _NIS)}


# An addition raises a total: the total it reaches is no addition ('The 2,000 additional troops bring the total to
# 13,000'; 'raising the number of troops sent to about 15,000').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2,000 additional troops bring the total to 13,000, the NIS said.",
         {troops_row(2000, "exact", _NIS, incremental=True), troops_row(13000, "exact", _NIS)}),
        ("Pyongyang has sent a further 4,000 soldiers, raising the number of troops sent to about 15,000, the NIS "
         "said.",
         {troops_row(4000, "exact", _NIS, incremental=True), troops_row(15000, "approx", _NIS)}),
    ],
)  # fmt: skip
def test_the_total_an_addition_reaches_is_no_addition(
    text: str,
    expected: set[tuple[object, ...]],
    lexicon,  # type: ignore[no-untyped-def]
) -> None:
    assert whole_rows(text, lexicon) == expected
