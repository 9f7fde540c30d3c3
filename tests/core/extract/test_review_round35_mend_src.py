"""Round thirty-five, mending who-said-it: what a person wrote or spoke with when or where between it and the word of
speech, a member who has left the body named with them, more nouns a concession sets aside, and credits in brackets
or 'per X' after each figure of a list; asserting category, value, hedge, status, addition and source."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows

_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"
_SHOIGU = "Russia Security Council (Shoigu)"


def _troops(value: int | None, hedge: str | None, source: str | None, **kw: object) -> tuple[object, ...]:
    return ("troops", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


def _hurt(value: int, hedge: str | None, source: str | None) -> tuple[object, ...]:
    return ("casualties", value, hedge, "reported", False, source)


# What a person wrote or spoke speaks for them, with a time or place phrase before the word of speech (a weekday, a
# date, 'last week', 'at the parade', 'in Munich'), whether the gazetteer lists them or not.
SPOKEN_WHEN: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Zelensky's address on Sunday said 4,000 North Korean soldiers had been killed or wounded near Kursk.",
        {_hurt(4000, "exact", "Zelensky")},
    ),
    (
        "Zelensky's letter on Tuesday said roughly 3,800 North Korean troops had been killed or wounded in Kursk.",
        {_hurt(3800, "approx", "Zelensky")},
    ),
    (
        "Budanov's speech last week said 11,000 North Korean troops were fighting in Kursk for Russia.",
        {_troops(11000, "exact", "Ukraine HUR (Budanov)")},
    ),
    (
        "Shoigu's message on Tuesday said 6,000 North Korean military builders would be sent to Kursk in Russia.",
        {_troops(6000, "exact", _SHOIGU, status="planned")},
    ),
    (
        "Shoigu's letter on June 17 said 1,000 North Korean sappers would go to Russia's Kursk region.",
        {_troops(1000, "exact", _SHOIGU, status="planned")},
    ),
    (
        "Putin's speech on Friday said 14,000 North Korean soldiers had helped Russia retake Kursk.",
        {_troops(14000, "exact", "Putin")},
    ),
    (
        "Putin's letter to Kim Jong Un on Monday said North Korea had sent 14,000 troops to Russia.",
        {_troops(14000, "exact", "Putin")},
    ),
    (
        "Putin's address at the Victory Day parade said 14,000 North Korean soldiers had fought in Kursk.",
        {_troops(14000, "exact", "Putin")},
    ),
    (
        "Zelensky's speech in Munich on Saturday said some 4,000 North Korean soldiers had been killed or wounded "
        "fighting for Russia.",
        {_hurt(4000, "approx", "Zelensky")},
    ),
    (
        "Kim Jong Un's speech at the parade said 14,000 North Korean soldiers had fought in Kursk for Russia.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    (
        "Kim Jong Un's address last month said 14,000 North Korean soldiers had been sent to Russia's Kursk.",
        {_troops(14000, "exact", "Kim Jong Un")},
    ),
    (
        "Andrei Belousov's speech on Wednesday said 1,000 North Korean sappers were clearing mines in Russia's Kursk "
        "region.",
        {_troops(1000, "exact", "Russia Ministry of Defense (Belousov)")},
    ),
    (
        "Putin's decree on Friday said 1,000 North Korean sappers would go to Russia's Kursk region.",
        {_troops(1000, "exact", "Putin", status="planned")},
    ),
    (
        "Shoigu's order said 6,000 North Korean military builders would be sent to Kursk in Russia.",
        {_troops(6000, "exact", _SHOIGU, status="planned")},
    ),
    # near misses: the time phrase on the sentence, what the person did (no word of theirs), another's word after
    (
        "On Sunday, Zelensky said 4,000 North Korean soldiers had been killed or wounded in Russia's Kursk region.",
        {_hurt(4000, "exact", "Zelensky")},
    ),
    (
        "Zelensky's visit on Sunday came after the NIS said 11,000 North Korean troops were in Russia.",
        {_troops(11000, "exact", _NIS)},
    ),
    (
        "Putin's men on Friday said nothing, but the NIS said 11,000 North Korean troops were in Russia.",
        {_troops(11000, "exact", _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_WHEN, ids=range(len(SPOKEN_WHEN)))
def test_what_a_person_wrote_or_spoke_then_or_there_speaks_for_them(text, expected, lexicon) -> None:
    assert hedged_rows(text, lexicon) == expected


# A member who has left the body named with them speaks for themself, by name; a member who has not speaks with it.
FORMER_MEMBER: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Victor Cha, who left CSIS in 2024, said 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", "Cha")},
    ),
    (
        "Victor Cha, formerly of CSIS, said 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", "Cha")},
    ),
    (
        "Jack Watling, a former RUSI fellow, said 12,000 North Korean troops were in Russia.",
        {_troops(12000, "exact", "Watling")},
    ),
    (
        "Victor Cha, a former White House official, said 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", "Cha")},
    ),
    (
        "Lee Byong-chul, a former director of the NIS, said 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", "Lee Byong-chul")},
    ),
    # near misses: a member now; one whose past post is elsewhere
    (
        "Jack Watling, a senior research fellow at RUSI, said 12,000 North Korean troops were in Russia.",
        {_troops(12000, "exact", "RUSI (Watling)")},
    ),
    (
        "Victor Cha, Korea chair at CSIS, said 11,000 North Korean troops were sent to Russia.",
        {_troops(11000, "exact", "CSIS (Cha)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMER_MEMBER, ids=range(len(FORMER_MEMBER)))
def test_a_member_who_left_the_body_speaks_for_themself(text, expected, lexicon) -> None:
    assert hedged_rows(text, lexicon) == expected


# A concession sets aside what else a speaker told ('Despite the NIS warning', "Unlike Seoul's briefing"), for the
# sentence's other speaker; a concession with no other speaker, or of no one's word, keeps the figure where it was.
SET_ASIDE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Despite the NIS warning, some 12,000 North Korean troops are in Russia, Ukraine's HUR said.",
        {_troops(12000, "approx", _HUR)},
    ),
    (
        "Unlike Seoul's briefing, about 12,000 North Korean soldiers are in Kursk, Ukraine's military intelligence "
        "said.",
        {_troops(12000, "approx", _HUR)},
    ),
    (
        "Contrary to the HUR's account, about 11,000 North Korean troops were sent to Russia, the NIS told lawmakers.",
        {_troops(11000, "approx", _NIS)},
    ),
    # near misses
    (
        "Despite the warning, some 12,000 North Korean troops are in Russia, Ukraine's HUR said.",
        {_troops(12000, "approx", _HUR)},
    ),
    (
        "The NIS warning said some 12,000 North Korean troops were in Russia.",
        {_troops(12000, "approx", _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_ASIDE, ids=range(len(SET_ASIDE)))
def test_a_concession_sets_aside_what_else_a_speaker_told(text, expected, lexicon) -> None:
    assert hedged_rows(text, lexicon) == expected


# A credit right after each figure of a list is that figure's: in brackets mid-sentence, inside the figure's own
# bracket, or 'per X' with no comma before it.
CREDITS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Pyongyang has sent 11,000 troops [NIS] and 6,000 builders [Shoigu] to Russia.",
        {_troops(11000, "exact", _NIS), _troops(6000, "exact", _SHOIGU)},
    ),
    (
        "North Korea has sent 11,000 troops (NIS) and 6,000 builders (Shoigu) to Russia.",
        {_troops(11000, "exact", _NIS), _troops(6000, "exact", _SHOIGU)},
    ),
    (
        "North Korean troops in Kursk: 11,000 per the NIS, 12,000 per the HUR.",
        {_troops(11000, "exact", _NIS), _troops(12000, "exact", _HUR)},
    ),
    (
        "North Korea sent 11,000 troops according to the NIS and 6,000 builders according to Shoigu.",
        {_troops(11000, "exact", _NIS), _troops(6000, "exact", _SHOIGU)},
    ),
    (
        "North Korean soldiers in Russia (about 11,000, NIS) took part in the assault on Kursk, Ukraine's HUR said.",
        {_troops(11000, "approx", _NIS)},
    ),
    # near misses: a dateline's bracket; a credit for the whole sentence
    (
        "SEOUL, Jan. 5 (Yonhap) -- A U.S. defense official said about 3,000 North Korean troops had arrived in Russia.",
        {_troops(3000, "approx", "US defense official")},
    ),
    (
        "About 11,000 North Korean troops are in Kursk per the NIS, the HUR said on Monday.",
        {_troops(11000, "approx", _NIS)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS, ids=range(len(CREDITS)))
def test_a_credit_after_each_figure_is_that_figures(text, expected, lexicon) -> None:
    assert hedged_rows(text, lexicon) == expected


def _killed(value: int, source: str | None) -> tuple[object, ...]:
    return ("casualties", value, "exact", "reported", False, source)


# An outlet's journalist named with it (set off with their post, after its possessive, or with the post between)
# speaks as the outlet; its head speaks with it, by name.
JOURNALIST: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kim Tae-hyun, a reporter at Yonhap, said 1,000 North Korean soldiers had been killed.",
        {_killed(1000, "Yonhap")},
    ),
    (
        "Yonhap's Park Ji-min reported that 1,000 North Korean soldiers had been killed in Kursk.",
        {_killed(1000, "Yonhap")},
    ),
    (
        "Reuters correspondent Tom Balmforth said 1,000 North Korean soldiers had been killed in Kursk.",
        {_killed(1000, "Reuters")},
    ),
    # near misses: the outlet's head; a person of no outlet
    (
        "Jenny Town, director of 38 North, said 1,000 North Korean soldiers had been killed.",
        {_killed(1000, "38 North (Town)")},
    ),
    (
        "38 North director Jenny Town said 1,000 North Korean soldiers had been killed.",
        {_killed(1000, "38 North (Town)")},
    ),
    (
        "Kim Tae-hyun, a lawyer in Seoul, said 1,000 North Korean soldiers had been killed.",
        {_killed(1000, "Kim Tae-hyun")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOURNALIST, ids=range(len(JOURNALIST)))
def test_an_outlets_journalist_speaks_as_the_outlet(text, expected, lexicon) -> None:
    assert hedged_rows(text, lexicon) == expected
