"""Round thirty-two, mended by hand after the fix helpers' merge: each defect with sentences written for it.

The intelligence of a list of countries named with its kind ('Military intelligence from Ukraine and South Korea
says ...') is theirs, as 'Intelligence from ...' was; intelligence a speaker cites or a country shares stays no
voice of its own. 'Per Moscow' names Russia's government as 'per Seoul' names South Korea's ('Per Moscow, some 1,500
...', '..., per Moscow.'); a rate ('$800 per month') and a time zone ('at 10:00 per Moscow time') name no one.
Soldiers someone is readying 'to send to Russia' ('is selecting 3,000 soldiers to send to Russia', 'will pick') are
planned; those readied before ('selected 3,000 soldiers to send to Russia in October; they were deployed in
November', 'has picked'), sent with a purpose or chosen before they arrived are not. A correction's figures are
taken back only where it is about a figure, not where it mends something else ('said the 1,500 troops left from
Chongjin; they left from Wonsan'). An unnumbered part of a counted whole ('Some of the 11,000 soldiers sent have
been killed') counts the whole as sent and the dead without a figure; soldiers in hospital ('are being treated in
Russian hospitals', 'hospitalised') are the wounded. A think tank whose name ends in 'House' or 'Endowment'
('Chatham House', 'Freedom House', 'the Carnegie Endowment') is a body named whole, no person called by a surname
('House'). 'United States' before a noun is the US's voice as 'US' is ('The United States ambassador said', 'United
States officials said')."""

from __future__ import annotations

import pytest

from core.lexicon import Lexicon
from tests.core.extract.on_the_beat import rows

_SENT = "North Korea has sent about 11,000 soldiers to Russia."

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        f"Military intelligence from Ukraine and South Korea says {_SENT}",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
    (
        "Military intelligence from the US, Ukraine and South Korea puts the number of North Korean soldiers in "
        "Russia at 11,000.",
        {("troops", 11000, "reported", False, "US, Ukrainian and South Korean intelligence")},
    ),
    (
        "According to defence intelligence estimates from Ukraine and South Korea, North Korea has sent about "
        "11,000 soldiers to Russia.",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
    # near misses: intelligence shared or cited is no voice
    (
        f"Kyiv shares military intelligence from the US and Britain; {_SENT}",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "Zelensky, citing military intelligence from the US and South Korea, said North Korea has sent 11,000 "
        "soldiers to Russia.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    (
        "Per Moscow, some 1,500 North Korean workers arrived in Russia last year.",
        {("workers", 1500, "reported", False, "Russian government")},
    ),
    (
        "Some 1,500 North Korean workers arrived in Russia last year, per Moscow.",
        {("workers", 1500, "reported", False, "Russian government")},
    ),
    (
        "North Korean workers earn 800 dollars per month in Russia, and some 1,500 arrived in Russia last year.",
        {("workers", 1500, "reported", False, None)},
    ),
    (
        "South Korea's spy agency said North Korea is selecting 3,000 soldiers to send to Russia.",
        {("troops", 3000, "planned", False, "South Korea NIS")},
    ),
    (
        "Pyongyang will pick 2,000 soldiers to deploy to Russia in the spring, the NIS said.",
        {("troops", 2000, "planned", False, "South Korea NIS")},
    ),
    (
        "North Korea selected 3,000 soldiers to send to Russia in October, the NIS said; they were deployed in "
        "November.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "The NIS said Pyongyang had picked 3,000 soldiers to deploy to Russia, and all have since arrived.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "A freight train carrying 30 Koksan guns left Rajin at 09:00 per Moscow time, the HUR said.",
        {("artillery", 30, "reported", False, "Ukraine HUR")},
    ),
    (
        "A freight train carrying 30 Koksan guns left Rajin at 09:00 per Moscow time.",
        {("artillery", 30, "reported", False, None)},
    ),
    (
        "Correction: an earlier version of this report said the 1,500 North Korean special forces troops sailed from "
        "Chongjin; they sailed from Wonsan, the NIS said.",
        {("troops", 1500, "reported", False, "South Korea NIS")},
    ),
    (
        "Correction: an earlier version of this report said North Korea had sent 110,000 troops to Russia; the "
        "figure is about 11,000, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea used its own ships to send 3,000 soldiers to Russia, the NIS said.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "The 3,000 soldiers it had chosen to send to Russia arrived in October, the NIS said.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "Some of the 11,000 North Korean soldiers sent to Russia have been killed, the NIS said.",
        {
            ("troops", 11000, "reported", False, "South Korea NIS"),
            ("casualties", None, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "Two of the 11,000 North Korean soldiers have been captured, the NIS said.",
        {
            ("troops", 11000, "reported", False, "South Korea NIS"),
            ("casualties", 2, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "Some 2,000 North Korean soldiers are being treated in Russian hospitals, the NIS said.",
        {("casualties", 2000, "reported", False, "South Korea NIS")},
    ),
    (
        "About 2,000 North Korean soldiers have been hospitalised in Moscow, the NIS said.",
        {("casualties", 2000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent 2,000 doctors to treat soldiers in Russian hospitals, the NIS said.",
        set(),
    ),
    (
        "According to Chatham House, North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "Chatham House")},
    ),
    (
        "The Carnegie Endowment estimated that North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "Carnegie Endowment")},
    ),
    (
        "Analyst Jane Houseman estimated that North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "Houseman")},
    ),
    (
        "The United States ambassador said North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "US ambassador")},
    ),
    (
        "United States officials said North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "US officials")},
    ),
    (
        "North Korea had sent 11,000 troops to Russia, the NIS said in a briefing for the United States and Japan.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_mend(text: str, expected: set[tuple[object, ...]], lexicon: Lexicon) -> None:
    assert rows(text, lexicon) == expected
