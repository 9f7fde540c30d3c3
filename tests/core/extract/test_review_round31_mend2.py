"""Who said it, round thirty-one, the wrong-source rules mended after review: a speaker who cites the intelligence
of a list of countries speaks ('Zelensky, citing intelligence from the US and South Korea, said'); a body whose end is
told stays the author of 'the report' when the sentence names its own report ('the panel's final report'); a
country's agency named by the bare noun gives 'the country's' body its country only as the one citing it; lawmakers
told nothing, told abroad, or named relay no briefing of their country's service; the resistance centre's name counts
only written as a name ('the Center of National Resistance'; not 'a center of national resistance studies')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_IN_KURSK = "11,000 North Korean soldiers are in Kursk"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a country that cites the intelligence of others is the speaker
    (
        f"Ukraine said, citing intelligence from Britain and the US, that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian government")},
    ),
    # ... and a person, before the phrase or after it
    (
        f"Zelensky, citing intelligence from South Korea and the US, said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    (
        f"Citing intelligence from Britain and the US, Zelensky said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    # still: the intelligence of a list as the sentence's subject, or what it goes by, 'both' before the list
    (
        f"Intelligence from both Ukraine and South Korea shows that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
    (
        f"Budanov, citing intelligence from Britain and the US, said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        f"South Korea said, citing intelligence from the US and Japan, that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "South Korean government")},
    ),
    (
        f"Intelligence services in Kyiv and Seoul estimate that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
]

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
_PANEL = "UN Panel of Experts"
_FIRST = "The Multilateral Sanctions Monitoring Team published its first report on Friday."
_SHELLS = "According to the report, North Korea shipped 200 artillery shells to Russia."

CASES += [
    # a body whose end is told with its own report named by its noun: 'the report' may be that one
    (
        "The Multilateral Sanctions Monitoring Team was formed last autumn. Moscow scrapped the UN panel of experts in "
        f"April, shortly after the panel's last report was published.\n\n{_SHELLS}",
        {("ammunition", 200, "reported", False, _PANEL)},
    ),
    (
        "The Multilateral Sanctions Monitoring Team was formed last autumn. A Russian veto killed the UN panel of "
        f"experts, whose work ended with the experts' final report in March.\n\n{_SHELLS}",
        {("ammunition", 200, "reported", False, _PANEL)},
    ),
    # still: the successor's report ('its debut report'), or one named by the successor's own noun, is not the panel's
    (
        f"{_FIRST} The group was formed after a Russian veto killed "
        f"the UN panel of experts, and its debut report covers the arms trade.\n\n{_SHELLS}",
        {("ammunition", 200, "reported", False, _MSMT)},
    ),
    (
        f"{_FIRST} A Russian veto killed the UN panel of experts in "
        f"2024; the team's first report came out this week.\n\n{_SHELLS}",
        {("ammunition", 200, "reported", False, _MSMT)},
    ),
    (
        f"{_FIRST} It replaced the UN panel of experts, whose reports diplomats often cited.\n\n{_SHELLS}",
        {("ammunition", 200, "reported", False, _MSMT)},
    ),
]

_DIED = "4,000 North Korean soldiers had died"

CASES += [
    # a country's agency named by the bare noun that is not the one citing: 'the country' is the one named before
    (
        "Kyiv's count, which the South Korean agency Yonhap also carried, puts North Korean deaths at 4,000, "
        "according to the country's military intelligence.",
        {("casualties", 4000, "reported", False, "Ukraine HUR")},
    ),
    (
        f"Ukraine's losses keep rising, a US agency noted; the country's military intelligence said {_DIED}.",
        {("casualties", 4000, "reported", False, "Ukraine HUR")},
    ),
    # still: the agency that cites 'the country's' body, right after its name, is of that country
    (
        f"South Korean agency Yonhap, quoting the country's spy agency, said {_DIED}.",
        {("casualties", 4000, "reported", False, "South Korea NIS (via Yonhap)")},
    ),
    (
        f"According to South Korean agency Yonhap, which cited the country's intelligence service, {_DIED}.",
        {("casualties", 4000, "reported", False, "South Korea NIS (via Yonhap)")},
    ),
    (
        f"A South Korean state agency, quoting the country's spy agency, said {_DIED}.",
        {("casualties", 4000, "reported", False, "South Korea NIS")},
    ),
    (
        f"Ukrainian agency Ukrinform, citing the country's military intelligence, reported that {_DIED}.",
        {("casualties", 4000, "reported", False, "Ukraine HUR (via Ukrinform)")},
    ),
]

_DEAD = "About 1,500 North Korean soldiers have died in Russia"
_TWO_SERVICES = (
    "\n\nThe National Intelligence Service also said more troops were being trained. Ukraine's military intelligence, "
    "the HUR, said the North had sent shells."
)
_HUR_SHELLS = ("ammunition", None, "reported", False, "Ukraine HUR")

CASES += [
    # lawmakers told nothing relay no briefing
    (
        "About 1,500 North Korean soldiers have been killed, according to a Yonhap report; South Korean lawmakers were "
        f"told nothing about it.{_TWO_SERVICES}",
        {("casualties", 1500, "reported", False, "Yonhap"), _HUR_SHELLS},
    ),
    # ... nor those briefed abroad, the place told after the verb
    (
        f"{_DEAD}, South Korean lawmakers were briefed in Kyiv on Friday.{_TWO_SERVICES}",
        {("casualties", 1500, "reported", False, None), _HUR_SHELLS},
    ),
    # ... nor a lawmaker named, who speaks for himself
    (
        f"South Korean lawmaker Kim Min-seok, home from a visit to Ukraine, said about 1,500 North Korean soldiers "
        f"have died.{_TWO_SERVICES}",
        {("casualties", 1500, "reported", False, "Kim Min-seok"), _HUR_SHELLS},
    ),
    # still: lawmakers told, at home or unplaced, relay their country's service; 'have been told' too
    (
        f"{_DEAD}, South Korean lawmakers were briefed in Seoul on Friday.{_TWO_SERVICES}",
        {("casualties", 1500, "reported", False, "South Korea NIS"), _HUR_SHELLS},
    ),
    (
        f"{_DEAD}, South Korean lawmakers have been told.{_TWO_SERVICES}",
        {("casualties", 1500, "reported", False, "South Korea NIS"), _HUR_SHELLS},
    ),
]

_NRC = "Ukraine National Resistance Center"
_GO = "12,000 North Korean workers will be sent to Russia"

CASES += [
    # the words of the resistance centre's name, written as no name, name no body
    (
        f"According to a centre of national resistance studies in Vilnius, {_GO}.",
        {("workers", 12000, "planned", False, None)},
    ),
    (
        f"The archive, a center of national resistance history, says {_GO}.",
        {("workers", 12000, "planned", False, None)},
    ),
    # still: the name written as one, alone or with its country
    (f"The Centre of National Resistance reported that {_GO}.", {("workers", 12000, "planned", False, _NRC)}),
    (f"Ukraine's Center of National Resistance says {_GO}.", {("workers", 12000, "planned", False, _NRC)}),
    (f"{_GO}, according to the Center of National Resistance.", {("workers", 12000, "planned", False, _NRC)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_mend2(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
