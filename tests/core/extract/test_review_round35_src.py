"""Round thirty-five, who said it: fresh wording of our own (a figure set aside for another speaker's, what a person
wrote or spoke, a list of credits, an outlet's own tally, a research body's member, Russia's defence ministry),
asserting category, value, hedge, status, addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows, whole_rows

_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"
_MOD = "Russia Ministry of Defense"


def _troops(value: int | None, hedge: str | None, source: str | None, **kw: object) -> tuple[object, ...]:
    return ("troops", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


def _containers(value: int, hedge: str | None, source: str | None) -> tuple[object, ...]:
    return ("ammunition", value, hedge, "reported", False, source)


# A speaker whose figure the sentence concedes and sets aside ('X's estimate notwithstanding', 'Despite the X
# assessment,', "Unlike X's count,") gives the figure to the sentence's other speaker; the concession that holds a
# figure of its own, and one with no other speaker, keep theirs.
SET_ASIDE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Seoul's estimate notwithstanding, roughly 13,000 North Korean soldiers are deployed in Russia, according to "
        "Ukraine's military intelligence.",
        {_troops(13000, "approx", _HUR)},
    ),
    (
        "Despite the NIS assessment, some 16,000 North Korean troops are in Russia now, Budanov told reporters.",
        {_troops(16000, "approx", "Ukraine HUR (Budanov)")},
    ),
    (
        "The Pentagon's figures aside, about 10,000 North Korean troops have reached the front, Zelensky said.",
        {_troops(10000, "approx", "Zelensky")},
    ),
    (
        "Unlike Kyiv's tally, at least 11,000 North Korean soldiers were sent to Russia, Seoul's spy agency said.",
        {_troops(11000, "at_least", _NIS)},
    ),
    (
        "Contrary to Washington's estimate, about 14,000 North Korean troops are in Kursk, the NIS told lawmakers.",
        {_troops(14000, "approx", _NIS)},
    ),
    # near misses: no concession, a concession with no other speaker, a concession of something not a figure
    (
        "Despite the sanctions, about 11,000 North Korean troops were sent to Russia, the NIS said.",
        {_troops(11000, "approx", _NIS)},
    ),
    (
        "The NIS estimate, released on Monday, put the number of North Korean troops in Russia at 11,000.",
        {_troops(11000, "exact", _NIS)},
    ),
    (
        "Despite Kyiv's claims, the NIS said 11,000 North Korean troops had been sent to Russia, and the HUR said "
        "12,000.",
        {_troops(11000, "exact", _NIS), _troops(12000, "exact", _HUR)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_ASIDE)
def test_round35_a_figure_set_aside(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# What a person no gazetteer lists wrote or spoke speaks for them as 'Kim Jong Un said' does; one a letter is
# addressed to says nothing, and a listed person's letter is theirs.
WRITTEN_BY: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kim Jong Un's statement said Pyongyang would dispatch another 5,000 military builders to Kursk.",
        {_troops(5000, "exact", "Kim Jong Un", status="planned", incremental=True)},
    ),
    (
        "Kim Jong Un's latest speech said 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    (
        "Kim Jong Un's speech on Friday said 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    (
        "Kim Jong Un's letter to Putin said North Korea would send 3,000 more soldiers.",
        {_troops(3000, "exact", "Kim Jong Un", status="planned", incremental=True)},
    ),
    ("Putin's letter to Kim Jong Un said North Korea had sent 14,000 troops.", {_troops(14000, "exact", "Putin")}),
    ("Putin's speech said North Korea had sent 14,000 troops.", {_troops(14000, "exact", "Putin")}),
    (
        "According to Kim Jong Un's statement, North Korea sent 1,000 North Korean sappers to Kursk.",
        {_troops(1000, "exact", "Kim Jong Un")},
    ),
    (
        "North Korea sent 1,000 sappers to Kursk, according to Conflict Armament Research's latest report.",
        {_troops(1000, "exact", "Conflict Armament Research")},
    ),
    # near misses: a person's men, a message's addressee who speaks, a plain name before 'said'
    # (his sister is Kim Yo Jong, whom the gazetteer names so since the thirty-seventh round: his aides instead)
    (
        "According to Kim Jong Un's aides, North Korea sent 1,000 North Korean sappers to Kursk.",
        {_troops(1000, "exact", None)},
    ),
    (
        "Kim Jong Un's aides said the North had sent 14,000 North Korean soldiers to Kursk.",
        {_troops(14000, "exact", None)},
    ),
    (
        "Putin said in a message to Kim Jong Un that 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", "Putin")},
    ),
    (
        "Asked about it, John Smith said North Korea had sent 1,000 North Korean sappers to Kursk.",
        {_troops(1000, "exact", "Smith")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_BY)
def test_round35_what_a_person_wrote_speaks_for_them(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A list of credits gives each figure the credit after it: bracketed after each figure, split by a slash, 'vs.' or
# a comma; a country credited in brackets speaks too.
CREDITS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korean soldiers in Russia: 11,000 (NIS) / 13,000 (HUR).",
        {_troops(11000, "exact", _NIS), _troops(13000, "exact", _HUR)},
    ),
    (
        "North Korean soldiers in Russia: 12,000 (HUR) vs. 11,000 (NIS).",
        {_troops(12000, "exact", _HUR), _troops(11000, "exact", _NIS)},
    ),
    (
        "North Korean troops sent to Russia: about 11,000 (NIS), about 15,000 (HUR).",
        {_troops(11000, "approx", _NIS), _troops(15000, "approx", _HUR)},
    ),
    (
        "North Korean troops in Russia: 11,000 (NIS) / 15,000 (Kyiv).",
        {_troops(11000, "exact", _NIS), _troops(15000, "exact", "Ukrainian government")},
    ),
    (
        "North Korean troops in Russia number 11,000 according to the NIS, 13,000 according to Ukraine's HUR.",
        {_troops(11000, "exact", _NIS), _troops(13000, "exact", _HUR)},
    ),
    (
        "The North has sent about 11,000 soldiers according to the JCS, some 12,000 according to the HUR.",
        {_troops(11000, "approx", "South Korea JCS"), _troops(12000, "approx", _HUR)},
    ),
    # near misses: a bracket that names a place, one credit for the line, an earlier figure with no credit of its own
    (
        "North Korean troops in Russia number 11,000 according to the NIS, up from 10,000 in December.",
        {_troops(11000, "exact", _NIS), _troops(10000, "exact", _NIS)},
    ),
    ("North Korea sent 11,000 troops to Russia (Kursk), officials said.", {_troops(11000, "exact", None)}),
    ("North Korean troops in Russia: 11,000 (NIS).", {_troops(11000, "exact", _NIS)}),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_round35_each_figure_has_its_credit(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# An outlet that opens a sentence with the work its count rests on ('has tracked', 'reviewed', 'examined') is the
# voice the next sentence's 'By its own tally' refers to; a country that tracked or reviewed something says nothing,
# and a speaker the outlet's sentence names keeps the figure.
OWN_TALLY: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "NK News has tracked the freighters for a year. By its own tally, North Korea has shipped at least 3,000 "
        "containers of munitions to Russia.",
        {_containers(3000, "at_least", "NK News")},
    ),
    (
        "Reuters reviewed rail manifests from the border crossing. By its count, some 5,000 containers of North Korean "
        "munitions went to Russia.",
        {_containers(5000, "approx", "Reuters")},
    ),
    (
        "The Moscow Times examined regional hiring records. By its own tally, at least 1,200 North Korean workers "
        "arrived in Primorye.",
        {("workers", 1200, "at_least", "reported", False, "The Moscow Times")},
    ),
    # near misses
    (
        "Reuters reviewed documents showing that 11,000 North Korean troops were sent to Russia, the NIS said.",
        {_troops(11000, "exact", _NIS)},
    ),
    (
        "Seoul has reviewed its sanctions after 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", None)},
    ),
    (
        "The Kremlin examined the request, and 5,000 North Korean builders will arrive in Kursk.",
        {_troops(5000, "exact", None, status="planned")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TALLY)
def test_round35_an_outlets_own_tally(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A person set off with a post at a research body or site the gazetteer knows speaks for it, named with it.
MEMBERS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Jenny Town, director of 38 North, said about 12,000 North Korean troops had rotated through Kursk.",
        {_troops(12000, "approx", "38 North (Town)")},
    ),
    (
        "Victor Cha, Korea chair at CSIS, said North Korea had sent more than 10,000 soldiers to Russia.",
        {_troops(10000, "more_than", "CSIS (Cha)")},
    ),
    (
        "Jack Watling, a senior research fellow at RUSI, said North Korea had shipped some 6 million shells to Russia.",
        {("ammunition", 6000000, "approx", "reported", False, "RUSI (Watling)")},
    ),
    # ... or named after it, with the post between or the body's possessive; a site's head likewise
    (
        "38 North director Jenny Town said about 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "38 North (Town)")},
    ),
    (
        "CSIS's Victor Cha said about 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "CSIS (Cha)")},
    ),
    (
        "RUSI senior research fellow Jack Watling said about 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "RUSI (Watling)")},
    ),
    (
        "NK News CEO Chad O'Carroll said about 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "NK News (O'Carroll)")},
    ),
    # near misses: the body itself, a name that merely follows it, and a member set off after another speaker's
    # figure
    (
        "CSIS Victor Cha said about 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "Center for Strategic and International Studies (CSIS)")},
    ),
    (
        "CSIS said North Korea had sent more than 10,000 soldiers to Russia.",
        {_troops(10000, "more_than", "Center for Strategic and International Studies (CSIS)")},
    ),
    (
        "Ukraine's HUR said about 12,000 North Korean troops were in Kursk, Jenny Town, director of 38 North, wrote.",
        {_troops(12000, "approx", _HUR)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_round35_a_research_bodys_member(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Russia's defence ministry has one name however it is written, its minister's body's.
@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said 1,000 North Korean deminers had been sent to Kursk.",
        "The Russian Defense Ministry said 1,000 North Korean deminers had been sent to Kursk.",
        "Russia's Ministry of Defence said 1,000 North Korean deminers had been sent to Kursk.",
        "According to Russia's defense ministry, 1,000 North Korean deminers had been sent to Kursk.",
        "Moscow's defence ministry said 1,000 North Korean deminers had been sent to Kursk.",
        "The Russian MoD said 1,000 North Korean deminers had been sent to Kursk.",
        "A Russian defence ministry official said 1,000 North Korean deminers had been sent to Kursk.",
        "A spokesman for the Russian defence ministry said 1,000 North Korean deminers had been sent to Kursk.",
        "The defence ministry in Moscow said 1,000 North Korean deminers had been sent to Kursk.",
    ],
)
def test_round35_russias_defence_ministry_has_one_name(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[-1] for row in whole_rows(text, lexicon)} == {_MOD}


def test_round35_the_kremlin_is_still_the_government(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The Kremlin said 1,000 North Korean deminers had been sent to Kursk."
    assert {row[-1] for row in whole_rows(text, lexicon)} == {"Russian government"}


# The next sentence names the figure's origin in an aside on 'this figure' ('This figure, first reported by X, ...');
# an aside that names no one leaves the figure as it was.
POINTS_BACK: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea has sent more than 10,000 soldiers to Russia. This figure, first reported by South Korea's "
        "spy agency, has since been confirmed by the Pentagon.",
        {_troops(10000, "more_than", _NIS)},
    ),
    (
        "North Korea has sent about 12,000 soldiers to Russia. The estimate, given by Ukraine's military "
        "intelligence, is higher than Seoul's.",
        {_troops(12000, "approx", _HUR)},
    ),
    (
        "North Korea has sent about 12,000 soldiers to Russia. The figure, which many analysts doubt, keeps rising.",
        {_troops(12000, "approx", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_BACK)
def test_round35_the_figures_origin_in_an_aside(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A Korean leader's surname alone ('Kim said', "Kim's letter said") after his full name spoke before is his, unless
# the article names another of that surname.
KOREAN_SURNAME: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kim Jong Un praised the troops on Monday, Kim Jong Un said. Kim's letter said 14,000 North Korean soldiers "
        "had fought in Kursk.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    (
        "Kim Jong Un said the soldiers were heroes. Kim said 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    # near misses: the leader named but never speaking, another of the surname named too
    (
        "Kim Jong Un visited a factory. Kim said 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", None)},
    ),
    (
        "Kim Jong Un said the soldiers were heroes. Kim Yong Chol spoke too. Kim said 14,000 North Korean soldiers "
        "had fought in Kursk.",
        {_troops(14000, "exact", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN_SURNAME)
def test_round35_a_korean_surname_alone(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
