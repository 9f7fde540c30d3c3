"""Who said it, round thirty-one's mends of the round's carries: a figure after '..., the official said.' goes on
with that speaker only when it neither turns to another matter ('In a different development', 'On the economic
front', 'For context', a 'READ MORE:' line) nor gives its figure an unnamed voice of its own ('according to earlier
estimates', 'were reported killed', 'the outlet's own count', 'A Telegraph analysis ... found')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_HUR_TG = "Ukraine HUR (via The Telegraph)"
_NIS = "South Korea NIS"
_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"

# a lead naming two speakers, the one of the figure referred back to by a noun ('the official', 'the agency')
_OFFICIAL = (
    "A senior Ukrainian intelligence official told The Telegraph that the missiles now hit their targets more often.\n"
    "South Korea's spy agency has said much the same.\n"
    "North Korea has given Russia roughly 160 KN-23 missiles since 2023, the official said. "
)
_AGENCY = (
    "South Korea's National Intelligence Service spoke to lawmakers in Seoul on Tuesday, and Ukraine's military "
    "intelligence gave an assessment of its own.\n"
    "North Korea has sent about 13,000 soldiers to Russia, the agency said. "
)
_NIS_NAMED = (
    "South Korea's National Intelligence Service spoke to lawmakers in Seoul on Tuesday, and Ukraine's military "
    "intelligence gave an assessment of its own.\n"
    "North Korea has sent about 13,000 soldiers to Russia, the NIS said. "
)
_REPORT = (
    "The Multilateral Sanctions Monitoring Team released a report on Friday, and Ukraine's military intelligence "
    "praised it.\n"
    "North Korea has shipped about 8 million rounds since 2023, the report said. "
)

CARRIES: list[tuple[str, set[tuple[object, ...]]]] = [
    # goes on: the figure is the official's, the agency's, the report's
    (
        _OFFICIAL + "About 60 of them have hit Kharkiv.",
        {("missiles", 160, "reported", False, _HUR_TG), ("missiles", 60, "reported", False, _HUR_TG)},
    ),
    (
        _AGENCY + "Some 2,500 of them have been killed or wounded.",
        {("troops", 13000, "reported", False, _NIS), ("casualties", 2500, "reported", False, _NIS)},
    ),
    (
        _REPORT + "Around 120 ballistic missiles were also delivered.",
        {("ammunition", 8000000, "reported", False, _MSMT), ("missiles", 120, "reported", False, _MSMT)},
    ),
    # a hedge is no voice of its own: 'are thought to' goes on with the speaker
    (
        _AGENCY + "Around 800 of them are thought to be engineers.",
        {("troops", 13000, "reported", False, _NIS), ("troops", 800, "reported", False, _NIS)},
    ),
    # a turn to another matter: no one's ('In a separate development', 'On the diplomatic front', 'For context')
    (
        _OFFICIAL + "In a separate development, Russia handed Pyongyang about 12 MiG-29 fighter jets in May.",
        {("missiles", 160, "reported", False, _HUR_TG), ("vehicles", 12, "reported", False, None)},
    ),
    (
        _AGENCY + "On the labour front, about 2,000 North Korean workers reached a drone factory in Alabuga.",
        {("troops", 13000, "reported", False, _NIS), ("workers", 2000, "reported", False, None)},
    ),
    (
        _AGENCY + "For context, some 1,500 North Korean workers are already in Russia.",
        {("troops", 13000, "reported", False, _NIS), ("workers", 1500, "reported", False, None)},
    ),
    # ... the same when the speaker before is named ('the NIS said'): the shared carry
    (
        _NIS_NAMED + "In a separate development, Russia handed Pyongyang about 12 MiG-29 fighter jets in May.",
        {("troops", 13000, "reported", False, _NIS), ("vehicles", 12, "reported", False, None)},
    ),
    # a figure with an unnamed voice of its own: 'according to earlier estimates', 'were reported killed'
    (
        _AGENCY + "In 2023, Pyongyang sent some 2 million shells by train, according to earlier estimates.",
        {("troops", 13000, "reported", False, _NIS), ("ammunition", 2000000, "reported", False, None)},
    ),
    (
        _NIS_NAMED + "In 2023, Pyongyang sent some 2 million shells by train, according to earlier estimates.",
        {("troops", 13000, "reported", False, _NIS), ("ammunition", 2000000, "reported", False, None)},
    ),
    (
        _OFFICIAL + "Last winter, around 2,000 North Korean soldiers were reported killed.",
        {("missiles", 160, "reported", False, _HUR_TG), ("casualties", 2000, "reported", False, None)},
    ),
    (
        _REPORT + "In addition, the newspaper's own count finds about 250 artillery pieces.",
        {("ammunition", 8000000, "reported", False, _MSMT), ("artillery", 250, "reported", False, None)},
    ),
    (
        _OFFICIAL + "A Telegraph analysis of rail data found about 15,000 containers.",
        {("missiles", 160, "reported", False, _HUR_TG), ("ammunition", 15000, "reported", False, None)},
    ),
    # a link to another story set in the paragraph: no one's
    (
        _OFFICIAL + "READ MORE: North Korea sends 1,500 more troops to Russia",
        {("missiles", 160, "reported", False, _HUR_TG), ("troops", 1500, "reported", True, None)},
    ),
    # a sentence going on from the one before ('The figure includes ...') hands no speaker to a turn after it
    (
        "South Korea's spy agency told lawmakers on Friday that North Korea had sent about 14,000 troops to Russia, "
        "and Ukraine's military intelligence agreed.\n"
        "The figure includes the 10,000 soldiers sent first. In 2023, some 2 million shells went by train, "
        "according to earlier estimates.",
        {
            ("troops", 14000, "reported", False, _NIS),
            ("troops", 10000, "reported", False, _NIS),
            ("ammunition", 2000000, "reported", False, None),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIES)
def test_a_figure_goes_on_with_the_speaker_before_unless_it_turns_away(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# a lead naming a person and a body, neither of whom a pronoun tag after another person's sentence is
_TWO = (
    "Ukraine's intelligence chief Kyrylo Budanov gave an interview to a newspaper on Monday, and South Korea's spy "
    "agency briefed lawmakers.\n"
)
_ZELENSKY = "President Volodymyr Zelensky addressed parliament on Sunday evening.\n"
_BUDANOV = "Ukraine HUR (Budanov)"

QUOTATIONS: list[tuple[str, set[tuple[object, ...]]]] = [
    # the tag's speaker for the quotation's first sentences: the person just named, the president
    (
        "Ukraine's intelligence chief Kyrylo Budanov gave an interview to a newspaper on Monday.\n"
        '"They have delivered about 140 Koksan guns. Still more are on the way," he said.',
        {("artillery", 140, "reported", False, _BUDANOV), ("artillery", None, "planned", True, _BUDANOV)},
    ),
    (
        "Ukraine's intelligence chief Kyrylo Budanov gave an interview to a newspaper on Monday.\n"
        'He said the front was holding. "They have delivered about 140 Koksan guns. They are old," he added.',
        {("artillery", 140, "reported", False, _BUDANOV)},
    ),
    (
        _ZELENSKY + '"Pyongyang has sent another 2,500 soldiers. They came in March. Moscow needs them," the '
        "president said.",
        {("troops", 2500, "reported", True, "Zelensky")},
    ),
    # 'he' after someone else the gazetteer lacks was introduced: not the one named before
    (
        _TWO + "A Ukrainian marine near Sumy talked to the BBC on Sunday.\n"
        '"We counted 250 North Koreans. They fought hard," he said.',
        {("troops", 250, "reported", False, None)},
    ),
    (
        _TWO + "An artillery commander described the battle.\n"
        '"Roughly 150 North Koreans charged at us. Most of them were young," he said.',
        {("troops", 150, "reported", False, None)},
    ),
    # 'he' is never a body (the spy agency named last in the lead)
    (
        _TWO + '"They have delivered about 140 Koksan guns. They are old," he said.',
        {("artillery", 140, "reported", False, None)},
    ),
    # 'she' after a lawmaker the gazetteer lacks
    (
        _TWO + 'Ukrainian MP Olena Kovalchuk also spoke.\n"Pyongyang sent 2,500 more soldiers. I saw them," she said.',
        {("troops", 2500, "reported", True, None)},
    ),
    # 'the official' with no official met before
    (
        _TWO + '"They have delivered about 140 Koksan guns. They are old," the official said.',
        {("artillery", 140, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATIONS)
def test_a_quotation_closed_by_a_tag_that_refers_back(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_BOTH = (
    "South Korea's spy agency said on Monday that more troops could follow, and Ukraine's military intelligence "
    "agreed.\n"
)

PRONOUNS: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'they'/'she' right after people of no body the gazetteer names: theirs, not the spy agency's of before
    (
        _BOTH + "Independent researchers are less sure. They put the total at roughly 9,000.",
        {("troops", 9000, "reported", False, None)},
    ),
    (
        _BOTH + "Ukrainian MP Olena Kovalchuk spoke on Thursday.\nShe put the number of North Korean dead at 1,200.",
        {("casualties", 1200, "reported", False, None)},
    ),
    (
        _BOTH + "Western observers disagree. They said about 9,000 North Korean soldiers had gone.",
        {("troops", 9000, "reported", False, None)},
    ),
    # a person the gazetteer names, brought in just before: his word
    (
        _BOTH + "Ukraine's intelligence chief Kyrylo Budanov gave an interview on Monday.\n"
        "He put the number of North Korean troops at about 11,500.",
        {("troops", 11500, "reported", False, _BUDANOV)},
    ),
    # 'He also told MPs ...': the MPs are no one brought in before the pronoun
    (
        _BOTH + "Kyrylo Budanov, Ukraine's intelligence chief, spoke to lawmakers on Monday.\n"
        "He also told MPs that about 11,500 North Korean troops were in Kursk.",
        {("troops", 11500, "reported", False, _BUDANOV)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_a_pronoun_after_people_of_no_named_body(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_SSO = "Ukraine Special Operations Forces"
_OFFICER_SAYS = "The officer said around 1,100 North Korean reinforcements had come in the past week."

OFFICERS: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'the officer' brought in after the body, tied to none (another army's, captured): no one's the gazetteer names
    (
        "South Korea's spy agency said on Monday that more troops could follow.\n"
        "Ukraine's Special Operations Forces said the North Koreans fight in small groups.\n"
        "A Russian officer taken prisoner in Kursk talked to Ukrainian journalists.\n" + _OFFICER_SAYS,
        {("troops", 1100, "reported", True, None)},
    ),
    (
        "South Korea's spy agency said on Monday that more troops could follow.\n"
        "Ukraine's Special Operations Forces said the North Koreans fight in small groups.\n"
        "A captured North Korean officer was shown on Ukrainian television.\n" + _OFFICER_SAYS,
        {("casualties", None, "reported", False, None), ("troops", 1100, "reported", True, None)},
    ),
    # the officer named with the body: its word
    (
        "South Korea's spy agency said on Monday that more troops could follow.\n"
        "An SSO officer told reporters on Friday that the North Koreans fight in small groups.\n" + _OFFICER_SAYS,
        {("troops", 1100, "reported", True, _SSO)},
    ),
    (
        "South Korea's spy agency said on Monday that more troops could follow.\n"
        "An officer of Ukraine's Special Operations Forces briefed reporters on Friday.\n" + _OFFICER_SAYS,
        {("troops", 1100, "reported", True, _SSO)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICERS)
def test_the_officer_is_the_one_brought_in_last(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
