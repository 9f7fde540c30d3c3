"""Sources named wrongly, fixed in the thirty-second round (srcwrong), each with sentences written for it: a country's
government named as such ('the US government said', 'according to the South Korean government') is that government, not
a body of the country the article names elsewhere (an unnamed official still stands for that body); an outlet's
informant named with an indefinite article ('a Ukrainian official told the BBC', 'citing a senior Ukrainian official')
is that official, relayed (when named by a country alone), not the one body of the country the article names; a
country's 'military' followed by what it does with another ('North Korea's military cooperation with Russia') is a
topic, not the army speaking; Ukraine's Center for Countering Disinformation, by its name or as 'the CCD', is a body of
the gazetteer; 'officials in Western (European) capitals' are Western (European) officials; Russia's or North Korea's
military documents an outlet obtained or saw are the outlet's find, not the military's word (another army's, that army's
word relayed); 'an international sanctions monitoring group' and 'a monitoring group backed by 11 countries' are the
MSMT; 'According to Reuters, the report also said ...' relays the report's author named before, as 'Reuters said the
report found ...' does; 'Japan's annual defense white paper' names Japan's defence ministry, so 'the Defense Ministry'
after it is Japan's while the passage stays off Seoul."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_NIS = "South Korea NIS"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a government named as such speaks for itself, whatever body of its country the article names
    (
        "The South Korean government believes some 12,000 North Korean soldiers went to Russia. The National "
        "Intelligence Service later said casualties were rising.",
        {("troops", 12000, "reported", False, "South Korean government")},
    ),
    (
        "According to the Japanese government, the North shipped about 2 million shells. Japan's Defense Ministry "
        "released its white paper in July.",
        {("ammunition", 2000000, "reported", False, "Japanese government")},
    ),
    (
        "By the US government's tally, Pyongyang has moved more than 1,500 containers to Russia. The White House "
        "repeated the charge on Friday.",
        {("ammunition", 1500, "reported", False, "US government")},
    ),
    # near misses: an unnamed official still stands for the one body of the country the article names
    (
        "Japan's Defense Ministry published its assessment in July. A Japanese official said roughly 14,000 North "
        "Korean soldiers had gone to Russia.",
        {("troops", 14000, "reported", False, "Japan Ministry of Defense")},
    ),
    (
        "The National Intelligence Service briefed lawmakers on Tuesday. The South Korean official said some 2,000 "
        "North Koreans had been killed.",
        {("casualties", 2000, "reported", False, _NIS)},
    ),
]

_SBU = "Ukraine's SBU has questioned two captured soldiers."
_CAPTIVES = ("casualties", 2, "reported", False, "Ukraine SBU")
CASES += [
    # an outlet's informant, one official among many, is relayed as such
    (
        f"{_SBU} A Ukrainian official told the BBC that 800 North Korean soldiers had been killed in January.",
        {_CAPTIVES, ("casualties", 800, "reported", False, "Ukrainian official (via BBC)")},
    ),
    (
        "The HUR has tracked the arrivals. Reuters, citing a senior Ukrainian official, reported that 3,000 more North "
        "Korean troops had reached Kursk.",
        {("troops", 3000, "reported", True, "Ukrainian official (via Reuters)")},
    ),
    (
        "The Pentagon briefed reporters. A US official told CNN that 12,000 North Korean troops were in Russia.",
        {("troops", 12000, "reported", False, "US official (via CNN)")},
    ),
    # near misses: 'the official' of the body named before, and an official no outlet relays
    (
        f"{_SBU} The Ukrainian official told the BBC that 800 North Korean soldiers had been killed in January.",
        {_CAPTIVES, ("casualties", 800, "reported", False, "Ukraine SBU (via BBC)")},
    ),
    (
        f"{_SBU} A Ukrainian official said 800 North Korean soldiers had been killed in January.",
        {_CAPTIVES, ("casualties", 800, "reported", False, "Ukraine SBU")},
    ),
]

CASES += [
    # a country's military cooperation, ties, aid: the topic of who speaks, no voice of its own
    (
        "The NIS published a review of North Korea's military cooperation with Russia, saying Pyongyang has sent "
        "about 3,000 more troops.",
        {("troops", 3000, "reported", True, _NIS)},
    ),
    (
        "Ukraine's HUR, in its assessment of North Korea's military cooperation with Moscow, said Pyongyang had "
        "delivered 100 missiles.",
        {("missiles", 100, "reported", False, "Ukraine HUR")},
    ),
    # near misses: the military that speaks, and the military's own count
    (
        "North Korea's military said 5,000 soldiers were sent.",
        {("troops", 5000, "reported", False, "North Korean military")},
    ),
    (
        "By the South Korean military's count, some 2,000 North Koreans had been wounded.",
        {("casualties", 2000, "reported", False, "South Korea JCS")},
    ),
]

_CCD = "Ukraine Center for Countering Disinformation"
CASES += [
    (
        "According to the CCD, Pyongyang has shipped some 5 million shells.",
        {("ammunition", 5000000, "reported", False, _CCD)},
    ),
    (
        "The Centre for Countering Disinformation noted that 3,000 more North Korean troops were on their way.",
        {("troops", 3000, "reported", True, _CCD)},
    ),
    # near misses: another centre, and the letters written small
    (
        "A centre for disinformation studies in Riga said 3,000 more North Korean troops were on their way.",
        {("troops", 3000, "reported", True, None)},
    ),
    ("The ccd of the report said 3,000 troops had come.", {("troops", 3000, "reported", False, None)}),
]

_TOLL = "around 4,000 North Koreans had been killed or wounded"
CASES += [
    (
        f"Officials in Western capitals reckoned that {_TOLL}.",
        {("casualties", 4000, "reported", False, "Western officials")},
    ),
    (
        f"Officials in European capitals believe {_TOLL}.",
        {("casualties", 4000, "reported", False, "European officials")},
    ),
    # near misses: capitals named in passing, and a region of a country
    (
        f"The NIS briefed lawmakers. Western capitals were worried; {_TOLL}, the agency said.",
        {("casualties", 4000, "reported", False, _NIS)},
    ),
    (
        "Officials in western Ukraine said about 300 North Korean workers had been seen.",
        {("workers", 300, "reported", False, "Ukrainian government")},
    ),
]

CASES += [
    (
        "Russian military documents obtained by the Financial Times show 11,000 North Korean personnel were attached "
        "to Russian units.",
        {("troops", 11000, "reported", False, "Financial Times")},
    ),
    (
        "South Korean military documents seen by Reuters put the number of North Korean troops at 14,000.",
        {("troops", 14000, "reported", False, "South Korea JCS (via Reuters)")},
    ),
    # near misses: a military's own records, and its records told by itself
    (
        "According to Ukrainian military records, some 3,000 North Korean soldiers were killed.",
        {("casualties", 3000, "reported", False, "Ukrainian military")},
    ),
    (
        "Ukraine's military said its records show 3,000 North Koreans were killed.",
        {("casualties", 3000, "reported", False, "Ukrainian military")},
    ),
]

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
CASES += [
    (
        "Russia has handed North Korea at least one Pantsir system, an international sanctions monitoring group has "
        "found.",
        {("other", 1, "reported", False, _MSMT)},
    ),
    (
        "A monitoring group backed by 11 countries said in May that Pyongyang had supplied around 9 million rounds.",
        {("ammunition", 9000000, "reported", False, _MSMT)},
    ),
    # near misses: a group backed by another, and the UN's own panel
    (
        "The UN panel of experts monitoring sanctions said North Korea had shipped 2,000 containers.",
        {("ammunition", 2000, "reported", False, "UN Panel of Experts")},
    ),
    (
        "An international monitoring group of election observers said 3,000 North Korean soldiers were seen.",
        {("troops", 3000, "reported", False, None)},
    ),
]

_RELEASED = "The Multilateral Sanctions Monitoring Team released its second report on Thursday."
CASES += [
    (
        f"{_RELEASED} According to Reuters, the report also said that North Korea had shipped about 100 ballistic "
        "missiles.",
        {("missiles", 100, "reported", False, f"{_MSMT} (via Reuters)")},
    ),
    (
        f"{_RELEASED} According to Yonhap, the study found Pyongyang had sent 9 million rounds.",
        {("ammunition", 9000000, "reported", False, f"{_MSMT} (via Yonhap)")},
    ),
    # near misses: the outlet's own word, and a report no one was named to write
    (
        f"{_RELEASED} According to Reuters, North Korea had shipped about 100 ballistic missiles.",
        {("missiles", 100, "reported", False, "Reuters")},
    ),
    (
        "According to Reuters, the report said North Korea had shipped about 100 ballistic missiles.",
        {("missiles", 100, "reported", False, "Reuters")},
    ),
]

_JAPAN_MOD = "Japan Ministry of Defense"
CASES += [
    (
        "Japan's annual defense white paper was approved on Tuesday. The Defense Ministry said 10,000 soldiers had "
        "been sent.",
        {("troops", 10000, "reported", False, _JAPAN_MOD)},
    ),
    (
        "Japan's defence white paper came out on Tuesday. The Defence Ministry added that 3,000 more North Korean "
        "soldiers had arrived.",
        {("troops", 3000, "reported", True, _JAPAN_MOD)},
    ),
    # near misses: Seoul's white paper, and a bare ministry with no other named
    (
        "South Korea's defense white paper says North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "South Korea Ministry of National Defense")},
    ),
    (
        "The Defense Ministry said 10,000 soldiers had been sent.",
        {("troops", 10000, "reported", False, "South Korea Ministry of National Defense")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_srcwrong(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
