"""Round thirty-two's source rules mended after the adversarial review (msrcwrong), each with sentences written for
it and near misses that keep the round's fix.

Japan's defence white paper names Japan's defence ministry for a bare 'the Defense Ministry' after it only while the
passage stays off Seoul: not once the ministry's sentence, or the one before it, names South Korea or one of its own
outlets ('Seoul's foreign ministry lodged a protest. The Defense Ministry said ...').

An outlet's informant named with an indefinite article is that official, relayed, only when named by a country alone
('a senior South Korean official told Reuters'); one who says whom he serves ('a South Korean intelligence official',
'a US defense official', 'a South Korean military official') still speaks for that body of his country.

Military documents in others' hands are the finder's only when they are a party's (Russia's, North Korea's: leaked or
captured) and an outlet found them; another country's army's papers are its word ('South Korean military files
reviewed by lawmakers': the JCS; '... seen by Reuters': the JCS, via Reuters).

A description the gazetteer knows (the MSMT's 'an international sanctions monitoring group') set in apposition right
after another body's name describes that body and names no second one ('The UN Panel of Experts, an international
sanctions monitoring group disbanded in 2024, ...'); not after a person (his office now), nor where it is the subject
of its own clause ('Unlike the Panel of Experts, an international sanctions monitoring group said ...').

A gazetteer body's acronym after another country's word keeps its capitals in the name it takes ("Russia's CCD" is
'Russia CCD', "Japan's JCS" 'Japan JCS'); a name in words is titled as before ('Ukraine Presidential Office').

Tokyo's and London's possessives name Japan and Britain as 'Seoul's' names South Korea ("Tokyo's defense ministry",
"Tokyo's annual defence white paper": Japan's ministry, no longer Seoul's or no one's)."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_JAPAN_MOD = "Japan Ministry of Defense"
_SEOUL_MND = "South Korea Ministry of National Defense"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the passage turns to Seoul: the bare ministry is Seoul's again
    (
        "Tokyo's yearly defence white paper repeated its claim to the islets. Seoul's foreign ministry lodged a "
        "protest at once.\nThe Defense Ministry said on Wednesday that 2,000 more North Korean soldiers had left.",
        {("troops", 2000, "reported", True, _SEOUL_MND)},
    ),
    (
        "Japan's defense white paper came out on Tuesday.\nThe Korea Times\nThe Defense Ministry said on Wednesday "
        "that Pyongyang had sent 3,000 more soldiers.",
        {("troops", 3000, "reported", True, _SEOUL_MND)},
    ),
    (
        "Japan's defence white paper counts over 10,000 soldiers. South Korea's own count, however, is 12,000, the "
        "Defence Ministry said.",
        {
            ("troops", 10000, "reported", False, _JAPAN_MOD),
            ("troops", 12000, "reported", False, _SEOUL_MND),
        },
    ),
    # near misses: the paper's own passage goes on, and a ministry named (not its paper) still carries
    (
        "Japan's annual defense white paper was approved on Tuesday. It called Pyongyang's ties with Moscow a grave "
        "concern. The Defense Ministry added that 11,000 North Korean soldiers had been sent.",
        {("troops", 11000, "reported", False, _JAPAN_MOD)},
    ),
    (
        "Japan's Defense Ministry said on Tuesday it was watching closely. Seoul's foreign ministry summoned a "
        "Japanese diplomat. The Defense Ministry said 3,000 more North Korean soldiers had arrived.",
        {("troops", 3000, "reported", True, _JAPAN_MOD)},
    ),
]

_PENTAGON = "The Pentagon briefed reporters on Friday."
CASES += [
    # an official who says whom he serves speaks for that body, relayed
    (
        "The NIS briefed the intelligence committee. An unnamed South Korean intelligence official told Yonhap that "
        "2,000 North Koreans had been wounded.",
        {("casualties", 2000, "reported", False, "South Korea NIS (via Yonhap)")},
    ),
    (
        f"{_PENTAGON} A senior US defence official told CNN that some 10,000 North Korean troops were in Kursk.",
        {("troops", 10000, "reported", False, "US Department of Defense (via CNN)")},
    ),
    (
        "The JCS said it was watching. Citing a South Korean military official, Yonhap reported that 3,000 more North "
        "Korean troops had gone to Russia.",
        {("troops", 3000, "reported", True, "South Korea JCS (via Yonhap)")},
    ),
    # near misses: named by a country alone, the official is the outlet's informant
    (
        f"{_PENTAGON} A senior US official told CNN that some 10,000 North Korean troops were in Kursk.",
        {("troops", 10000, "reported", False, "US official (via CNN)")},
    ),
    (
        "The JCS said it was watching. A senior South Korean official told Reuters that 3,000 more troops had gone.",
        {("troops", 3000, "reported", True, "South Korean official (via Reuters)")},
    ),
]

_JCS = "South Korea JCS"
CASES += [
    # a country's own army's papers, read by lawmakers or an outlet: the army's word
    (
        "South Korean army files reviewed by legislators put North Korea's losses at about 4,000.",
        {("casualties", 4000, "reported", False, _JCS)},
    ),
    (
        "The JCS would not comment. South Korean military records reviewed by Rep. Kim Byung-joo show 2,000 more "
        "North Korean troops were sent.",
        {("troops", 2000, "reported", True, _JCS)},
    ),
    (
        "South Korean military papers seen by the Financial Times put the North Korean contingent at 15,000.",
        {("troops", 15000, "reported", False, f"{_JCS} (via Financial Times)")},
    ),
    # near misses: a party's papers an outlet obtained stay the outlet's find
    (
        "According to North Korean military documents obtained by Daily NK, some 3,000 soldiers were sent to Russia "
        "in May.",
        {("troops", 3000, "reported", False, "Daily NK")},
    ),
    (
        "According to Russian military papers seen by the Kyiv Independent, 1,500 North Korean troops joined a "
        "marine brigade.",
        {("troops", 1500, "reported", False, "Kyiv Independent")},
    ),
]

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
_POE = "UN Panel of Experts"
CASES += [
    # the description in apposition describes the panel named before it
    (
        "The UN Panel of Experts, an international sanctions monitoring group wound up after a Russian veto, had "
        "found that Pyongyang shipped about 2 million shells.",
        {("ammunition", 2000000, "reported", False, _POE)},
    ),
    (
        "The UN panel of experts, a sanctions monitoring team dissolved in 2024, had found that Pyongyang shipped "
        "2,000 containers.",
        {("ammunition", 2000, "reported", False, _POE)},
    ),
    # near misses: the description alone, and one that speaks in its own clause
    (
        "An international sanctions monitoring group said on Thursday that North Korea had shipped 9 million shells.",
        {("ammunition", 9000000, "reported", False, _MSMT)},
    ),
    (
        "Unlike the Panel of Experts, an international sanctions monitoring group backed by 11 countries said "
        "Pyongyang had sent 100 missiles.",
        {("missiles", 100, "reported", False, _MSMT)},
    ),
    (
        "Shin Won-sik, the national security adviser, told SBS that 3,000 more soldiers were sent.",
        {("troops", 3000, "reported", True, "South Korea National Security Adviser (Shin Won-sik) (via SBS)")},
    ),
]

_MORE = "said 3,000 more North Korean troops were on the way."
CASES += [
    (
        "According to Russia's CCD, some 5,000 North Korean troops had gone home.",
        {("troops", 5000, "reported", False, "Russia CCD")},
    ),
    (f"Japan's JCS {_MORE}", {("troops", 3000, "reported", True, "Japan JCS")}),
    # near misses: the gazetteer's own country, and a name in words
    (f"Ukraine's CCD {_MORE}", {("troops", 3000, "reported", True, "Ukraine Center for Countering Disinformation")}),
    (f"Ukraine's presidential office {_MORE}", {("troops", 3000, "reported", True, "Ukraine Presidential Office")}),
]

_SENT_ON = "says North Korea has sent more than 10,000 soldiers to Russia."
CASES += [
    (f"Tokyo's defense ministry {_SENT_ON}", {("troops", 10000, "reported", False, _JAPAN_MOD)}),
    (f"Tokyo's annual defence white paper {_SENT_ON}", {("troops", 10000, "reported", False, _JAPAN_MOD)}),
    (f"London's defence ministry {_SENT_ON}", {("troops", 10000, "reported", False, "UK Ministry of Defence")}),
    # near misses: a place of a person, and a body named in full after the city
    (f"A Tokyo-based analyst {_SENT_ON}", {("troops", 10000, "reported", False, None)}),
    (
        f"London's International Institute for Strategic Studies {_SENT_ON.replace('says', 'estimates')}",
        {("troops", 10000, "reported", False, "International Institute for Strategic Studies (IISS)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_msrcwrong(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
