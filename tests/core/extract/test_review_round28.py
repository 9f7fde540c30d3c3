"""Wording classes fixed in the twenty-eighth round, each with sentences written for it: names of speakers no
gazetteer lists, read as they are written (not a person's surname cut from a firm's name, not a place or a
people's adjective), and sentences that end after a lone capital ('posted on X. He said')."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.extract.sentences import split_sentences
from core.models import Article
from tests.core.extract.on_the_beat import rows as _rows


def _values(text: str, lexicon) -> dict[object, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value -> (category, status, addition, source) of every numeric claim."""
    return {row[1]: (row[0], row[2], row[3], row[4]) for row in _rows(text, lexicon) if row[1] is not None}


UNLISTED_SPEAKERS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a firm's or a research outfit's name is no person's: it is named whole, not by its last word
    (
        "Russia shipped about 900,000 barrels of oil to North Korea last year, Blue Harbor Analytics said.",
        {900000: ("other", "reported", False, "Blue Harbor Analytics")},
    ),
    (
        "Russia shipped about 900,000 barrels of oil to North Korea last year, according to Coldwater Maritime "
        "Intelligence.",
        {900000: ("other", "reported", False, "Coldwater Maritime Intelligence")},
    ),
    # ... also where the body's work stands between 'according to' and its name
    (
        "Russia shipped about 900,000 barrels of oil to North Korea last year, according to an estimate by "
        "Coldwater Maritime Intelligence, a tanker-tracking consultancy.",
        {900000: ("other", "reported", False, "Coldwater Maritime Intelligence")},
    ),
    (
        "North Korea has sent some 40 howitzers to Russia, according to a new analysis from Redline Imagery Group.",
        {40: ("artillery", "reported", False, "Redline Imagery Group")},
    ),
    # a person is still named by surname, titles dropped; a Japanese surname either side of the given name
    (
        "North Korea has sent some 40 howitzers to Russia, according to Margaret Ellison.",
        {40: ("artillery", "reported", False, "Ellison")},
    ),
    (
        "Deputy Prime Minister Anton Vereshko said 5,000 North Korean builders had reached Russia.",
        {5000: ("troops", "reported", False, "Vereshko")},
    ),
    (
        "Chief Cabinet Secretary Kimura Daisuke said 5,000 North Korean builders had reached Russia.",
        {5000: ("troops", "reported", False, "Kimura")},
    ),
    (
        "Chief Cabinet Secretary Daisuke Kimura said 5,000 North Korean builders had reached Russia.",
        {5000: ("troops", "reported", False, "Kimura")},
    ),
    # a people's adjective or a place before the word of speech is no speaker
    (
        "By South Korean estimates, North Korea has shipped around 9 million shells to Russia since 2023.",
        {9000000: ("ammunition", "reported", False, "South Korean government")},
    ),
    (
        "By Ukraine's own count, some 2,500 North Korean soldiers have been killed in Russia.",
        {2500: ("casualties", "reported", False, "Ukrainian government")},
    ),
    # ... nor a person's name ending in one ('in Kursk Oblast, Ukrainian President ...' names no 'Oblast')
    (
        "More than 3,000 North Korean soldiers have been killed in Russia's Kursk Oblast, Ukrainian President "
        'Volodymyr Zelensky said. Quote: "Many more have died in Kursk Oblast. Pyongyang may send more soldiers."',
        {3000: ("casualties", "reported", False, "Zelensky")},
    ),
    (
        "Two North Korean soldiers captured in Russia's Kursk Oblast say 3,000 men from their unit were sent to "
        "Russia.",
        {2: ("casualties", "reported", False, None), 3000: ("troops", "reported", False, None)},
    ),
]

GOVERNMENTS_AND_THEIR_PAPERS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a president's administration speaks for the government (its officials stay officials)
    (
        "North Korea has shipped more than 1,000 containers of munitions to Russia, the Biden administration said.",
        {1000: ("ammunition", "reported", False, "US government")},
    ),
    (
        "The Trump administration estimates that North Korea has sent 15,000 troops to Russia.",
        {15000: ("troops", "reported", False, "US government")},
    ),
    # a dated statement or assessment is still the body's word
    (
        "The White House's May 2 statement that Russia shipped North Korea more than 165,000 barrels of oil in "
        "March was the first US figure.",
        {165000: ("other", "reported", False, "White House")},
    ),
    (
        "Seoul's Oct. 18 assessment put the number of North Korean troops in Russia at 12,000.",
        {12000: ("troops", "reported", False, "South Korean government")},
    ),
]

REFERRED_BACK: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a title after 'according to the' refers back to whoever holds it, named before
    (
        'ZELENSKY: Pyongyang\'s losses are "heavy". According to the President, more than 2,500 North Korean '
        "soldiers have been killed or wounded.",
        {2500: ("casualties", "reported", False, "Zelensky")},
    ),
    # a person named in full before without speaking ('..., 52, served ...') speaks later by surname alone; a
    # Korean name is named whole
    (
        "Mark Ellison, 61, spent a decade in army logistics before he retired.\n"
        "Ellison said North Korea has sent about 14,000 soldiers to Russia.",
        {14000: ("troops", "reported", False, "Ellison")},
    ),
    (
        "Choi Myung-hwan, 52, served in the Korean People's Army before he defected in 2011.\n"
        "Choi said North Korea has sent about 14,000 soldiers to Russia. He estimated that at least 2,000 of "
        "them have died.",
        {
            14000: ("troops", "reported", False, "Choi Myung-hwan"),
            2000: ("casualties", "reported", False, "Choi Myung-hwan"),
        },
    ),
]

WRITERS_OWN_SUMS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # the writer's own sum of figures given before is no one's word
    (
        "The NIS estimated that about 400 North Korean soldiers have been killed and 2,600 wounded in Russia.\n"
        "That puts the North's total casualties at about 3,000.",
        {
            400: ("casualties", "reported", False, "South Korea NIS"),
            2600: ("casualties", "reported", False, "South Korea NIS"),
            3000: ("casualties", "reported", False, None),
        },
    ),
    (
        "North Korea has received oil from Russia. Moscow's declarations to the UN list 60,000 barrels for the spring, "
        "plus 40,000 barrels for the autumn.\nThat makes 100,000 barrels for the year.",
        {
            60000: ("other", "reported", False, "Russian government"),
            40000: ("other", "reported", False, "Russian government"),
            100000: ("other", "reported", False, None),
        },
    ),
]

PLEDGES_AND_PLANS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # what was pledged to whom is a plan; the pledged whole of a part that went, too
    (
        "The sappers are part of the 6,000 personnel Pyongyang pledged to Moscow in the summer.",
        {6000: ("troops", "planned", False, None)},
    ),
    (
        "About 2,000 of the 5,000 military builders pledged by Pyongyang have already crossed into Russia.",
        {2000: ("troops", "reported", False, None), 5000: ("troops", "planned", False, None)},
    ),
    # an intention to have done it by a time is a plan; a guess that it was done is not
    (
        "In the agency's view, the North intends to have sent 12,000 troops to Russia by December.",
        {12000: ("troops", "planned", False, None)},
    ),
    (
        "The NIS has said Moscow is likely to have transferred 12 air defence systems to North Korea.",
        {12: ("other", "reported", False, "South Korea NIS")},
    ),
    # a count asked for, right after the request, is a plan (not one wanted for something done to it)
    (
        "Russia wants up to 25,000 more North Korean troops, Ukrainian intelligence said.",
        {25000: ("troops", "planned", True, "Ukraine HUR")},
    ),
    (
        "Moscow is pressing Pyongyang for 20,000 more soldiers, the NIS said.",
        {20000: ("troops", "planned", True, "South Korea NIS")},
    ),
    (
        "Kim wants the 11,000 troops sent to Kursk honoured as heroes of Russia.",
        {11000: ("troops", "reported", False, None)},
    ),
    # a headline's 'X to send' after its speaker
    (
        "Shoigu says DPRK to send 6,000 military builders and sappers to Kursk",
        {6000: ("troops", "planned", False, "Russia Security Council (Shoigu)")},
    ),
]

PEOPLE_BROUGHT_TO_WORK: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # what they are brought for, past a verb of more ('to scale up production of drones'), is no production rate
    (
        "Moscow plans to bring 15,000 North Koreans to the Alabuga special economic zone to scale up production of "
        "drones, Kyiv said.",
        {15000: ("workers", "planned", False, "Ukrainian government")},
    ),
]

OTHER_ARMIES_LOSSES: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # another army's own tally of losses is no count of the beat, however many words stand before 'losses' and
    # whether the tally's verb is the figure's hedge ('exceed 50,000')
    (
        "North Korea has sent troops to Russia. Russia's own losses in Kursk since August exceed 60,000 killed and "
        "wounded, Ukraine's General Staff estimates.",
        {},
    ),
    (
        "North Korea has sent troops to Russia. Kyiv said Russia's total combat losses since 2022 amounted to "
        "approximately 800,000 personnel.",
        {},
    ),
    # 'the number of Russian tourists' names its own item, which the beat does not count; 'the number of them'
    # counts the item before
    (
        "North Korea has sent troops to Russia. Moscow's envoy said the number of Russian tourists visiting the DPRK "
        "had exceeded 1,500 last year.",
        {},
    ),
    (
        "North Korea has sent troops to Russia. The number of them in Kursk exceeded 11,000 by December.",
        {11000: ("troops", "reported", False, None)},
    ),
    # a strike's bare toll is of civilians, unless soldiers are named or the target is North Korea's
    ("North Korea has sent troops to Russia.\nFour killed in overnight drone strike on Odesa", {}),
    (
        "North Korea has sent troops to Russia. Ukrainian drones hit a North Korean position in Kursk, killing 25.",
        {25: ("casualties", "reported", False, None)},
    ),
    (
        "At least 14 North Korean soldiers were killed in a Ukrainian drone strike on their trench in Kursk, Russia.",
        {14: ("casualties", "reported", False, None)},
    ),
    # a ratio counts no one: 'one death for every seven wounded'
    ("North Korea has sent troops to Russia. The NIS figures imply one death for every six wounded.", {}),
    # the UN's cap is no delivery, named however
    (
        "Russia has shipped oil to North Korea. The UN Security Council allows North Korea to buy only 500,000 "
        "barrels of refined petroleum a year.",
        {},
    ),
    (
        "Russia shipped more than 1 million barrels of oil to North Korea, against the 500,000 barrels a year "
        "allowed under UN sanctions.",
        {1000000: ("other", "reported", False, None)},
    ),
    # ... while North Korea's are
    (
        "North Korean losses in Kursk exceed 4,500 killed and wounded, Kyiv says.",
        {4500: ("casualties", "reported", False, "Ukrainian government")},
    ),
]

NEW_WAVES: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a new wave is an addition, its size set off after it or the soldiers picked for it
    (
        "A fresh rotation of North Korean troops, up to 2,000 personnel, has been seen moving into Kursk, Russia.",
        {2000: ("troops", "reported", True, None)},
    ),
    (
        "Pyongyang is preparing a fourth troop deployment to Russia of up to 5,000 soldiers, the NIS said.",
        {5000: ("troops", "planned", True, "South Korea NIS")},
    ),
    (
        "North Korea has begun picking around 3,500 soldiers from its special forces for a fresh deployment to Russia.",
        {3500: ("troops", "planned", True, None)},
    ),
    # ... not the first
    (
        "The first deployment of 11,000 North Korean troops reached Russia in October.",
        {11000: ("troops", "reported", False, None)},
    ),
]

# guards: what the new readings must leave alone
GUARDS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # (from the round's second review) payment 'for every soldier' is no ratio; 'as allowed under' a treaty and a
    # sale 'allowed to buy' are no cap; 'the number of new arrivals' refers back
    (
        "North Korea has sent about 12,000 troops to Russia and receives payment for every soldier deployed, the NIS "
        "said.",
        {12000: ("troops", "reported", False, "South Korea NIS")},
    ),
    (
        "Under the deal, North Korea was allowed to buy about 40 MiG-29 fighters from Russia, the NIS said.",
        {40: ("vehicles", "reported", False, "South Korea NIS")},
    ),
    (
        "Pyongyang has sent soldiers to Kursk. The number of new arrivals has topped 3,000, Kyiv says.",
        {3000: ("troops", "reported", True, "Ukrainian government")},
    ),
    # ... North Korea's own toll from strikes; North Korea's tally after another army's
    (
        "North Korean casualties from Ukrainian drone strikes on Kursk now exceed 4,000, the NIS said.",
        {4000: ("casualties", "reported", False, "South Korea NIS")},
    ),
    (
        "Russia's personnel losses exceeded 1,000 again on Monday, while North Korea's casualties have reached 4,000.",
        {4000: ("casualties", "reported", False, None)},
    ),
    (
        "Russia's daily losses top 1,000, and Kyiv says a further 3,000 soldiers have come from Pyongyang.",
        {3000: ("troops", "reported", True, "Ukrainian government")},
    ),
    # ... 'will be fighting' is still a plan; a call for troops to leave, a wish for those there, no request
    (
        "The 6,000 soldiers Kim pledged to send will be fighting alongside Russian forces by spring, Seoul says.",
        {6000: ("troops", "planned", False, "South Korean government")},
    ),
    (
        "The UN Security Council called for some 12,000 North Korean troops to leave Russia.",
        {12000: ("troops", "reported", False, None)},
    ),
    (
        "Kyiv wants some 12,000 North Korean soldiers, already deployed in Kursk, to be sanctioned.",
        {12000: ("troops", "reported", False, None)},
    ),
    # ... a wave that dates a standing count; a 'new' deployment that was the first; a promise then kept
    (
        "After the second deployment, about 11,000 North Korean troops remained in Kursk.",
        {11000: ("troops", "reported", False, None)},
    ),
    (
        "North Korea selected some 11,000 soldiers for a new deployment to Russia last October, the NIS said.",
        {11000: ("troops", "reported", False, "South Korea NIS")},
    ),
    (
        "The 10,000 troops Kim promised to Putin crossed into Russia in October.",
        {10000: ("troops", "reported", False, None)},
    ),
    # (from the round's review) pressing an offensive, asking for help, wanting troops kept: no request for the count
    (
        "Russia is pressing its offensive in Kursk with the help of about 11,000 North Korean troops.",
        {11000: ("troops", "reported", False, None)},
    ),
    (
        "Ukraine is asking for help after some 3,000 North Korean troops were killed or wounded in Kursk.",
        {3000: ("casualties", "reported", False, None)},
    ),
    (
        "Russia wants some 3,000 North Korean troops to remain in Kursk after the offensive, the NIS said.",
        {3000: ("troops", "reported", False, "South Korea NIS")},
    ),
    # ... what was promised to Moscow and then delivered or fought; a pledged whole with no part before it
    (
        "North Korea delivered the 5 million shells it promised to Russia, Ukraine said.",
        {5000000: ("ammunition", "reported", False, "Ukrainian government")},
    ),
    (
        "The 5,000 troops Kim promised to Putin fought in Kursk, Ukraine said.",
        {5000: ("troops", "reported", False, "Ukrainian government")},
    ),
    (
        "Kyiv confirmed the arrival of the 3,000 troops pledged by Pyongyang.",
        {3000: ("troops", "reported", False, "Ukrainian government")},
    ),
    # ... a wave named in another clause; soldiers readied again
    (
        "The second rotation of troops began in January, and some 11,000 are now in Kursk, the NIS said.",
        {11000: ("troops", "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent 11,000 troops and is preparing them for a second deployment to Donbas, the NIS said.",
        {11000: ("troops", "reported", False, "South Korea NIS")},
    ),
    # ... a speaker's own running total; a first name that is a preposition elsewhere; Western names; a 'Front'
    (
        "The NIS said 300 more North Korean soldiers were killed. That puts the NIS's total at about 4,700.",
        {
            300: ("casualties", "reported", False, "South Korea NIS"),
            4700: ("casualties", "reported", False, "South Korea NIS"),
        },
    ),
    (
        "Per Olsson said North Korea had sent about 11,000 troops to Russia.",
        {11000: ("troops", "reported", False, "Olsson")},
    ),
    (
        "Mori Ellison, an analyst at a Seoul think tank, said North Korea had sent about 11,000 troops to Russia.",
        {11000: ("troops", "reported", False, "Ellison")},
    ),
    (
        "The Free Korea Front said North Korea had sent about 11,000 troops to Russia.",
        {11000: ("troops", "reported", False, "Free Korea Front")},
    ),
    # ... critics of a body are not the body; a dateline is no transcript's speaker
    (
        "Critics of the Trump administration say North Korea has sent about 3,000 more troops to Russia.",
        {3000: ("troops", "reported", True, None)},
    ),
    (
        "SEOUL, SOUTH KOREA: North Korea has sent about 3,000 more troops to Russia. The figure comes from the NIS.",
        {3000: ("troops", "reported", True, "South Korea NIS")},
    ),
    # 'by' before a voice that is the agent, not whose count it is
    (
        "Some 1,500 shells were fired by South Korean units in the drill, while North Korea sent 3 million "
        "shells to Russia, Seoul's spy agency said.",
        {
            1500: ("ammunition", "reported", False, "South Korea NIS"),
            3000000: ("ammunition", "reported", False, "South Korea NIS"),
        },
    ),
    # an outlet's report named after 'according to' is the outlet's, and 'the report said' after it refers back
    (
        "Russia plans to bring in up to 9,000 North Korean workers, according to a report by Nikkei Asia.\n"
        "About 700 workers have already arrived, the report said.",
        {9000: ("workers", "planned", False, "Nikkei Asia"), 700: ("workers", "reported", False, "Nikkei Asia")},
    ),
    # a lawmaker named in full before relays the agency's briefing when later named by surname alone
    (
        "South Korea's spy agency briefed parliament on Tuesday. More from the briefing: lawmaker Lee Seong-kwon, "
        "who attended, relayed the agency's tally. About 11,000 North Korean soldiers are in Kursk, Lee said.",
        {11000: ("troops", "reported", False, "South Korea NIS")},
    ),
    # a body's person named in full is the body's when later named by surname
    (
        "Pentagon spokeswoman Sabrina Singh spoke to reporters on Monday.\n"
        "Singh said North Korea has sent about 10,000 soldiers to Russia.",
        {10000: ("troops", "reported", False, "US Department of Defense")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    UNLISTED_SPEAKERS
    + GOVERNMENTS_AND_THEIR_PAPERS
    + REFERRED_BACK
    + WRITERS_OWN_SUMS
    + PLEDGES_AND_PLANS
    + PEOPLE_BROUGHT_TO_WORK
    + OTHER_ARMIES_LOSSES
    + NEW_WAVES
    + GUARDS,
)
def test_round28_wordings(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_an_outlets_analysis_named_on_its_own_page(lexicon) -> None:  # type: ignore[no-untyped-def]
    """'according to an analysis by the Harbour Ledger' on the Harbour Ledger's page: the page's own count, under
    the masthead's name, not a person called 'Ledger'."""
    text = (
        "The Harbour Ledger\n"
        "Russia keeps firing North Korean missiles\n"
        "Russia has launched at least 45 North Korean ballistic missiles at Ukraine since January, according to "
        "an analysis by the Harbour Ledger."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.source) for c in claims] == [(45, "The Harbour Ledger")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone capital ends the sentence when the next word opens one ('on X. He said')
        (
            'Zelensky accused Pyongyang of lying. "Now they admit it," he wrote on X. He said 9,000 had gone.',
            ["Zelensky accused Pyongyang of lying.", '"Now they admit it," he wrote on X.', "He said 9,000 had gone."],
        ),
        # ... and stays an initial before a name ('Kim J. Park said')
        ("Analyst Kim J. Park said 9,000 had gone.", ["Analyst Kim J. Park said 9,000 had gone."]),
    ],
)
def test_a_lone_capital_before_a_sentence_opening_word(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_he_after_a_post_on_x_is_the_poster(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Ukrainian President Volodymyr Zelensky said Pyongyang had hidden its losses. "Now they admit it," he '
        'wrote on X. He said North Korea had sent "more than 15,000" soldiers to Russia.'
    )
    assert _values(text, lexicon) == {15000: ("troops", "reported", False, "Zelensky")}


def test_a_transcript_label_with_the_title_after_a_comma(lexicon) -> None:  # type: ignore[no-untyped-def]
    """US networks' transcripts label a turn 'NAME, TITLE:'; its 'we' is the speaker's, not the network's, and
    the host's turn speaks for no one."""
    text = (
        "NBX TRANSCRIPTS\n"
        "North Korea and Russia: the briefing\n"
        "SAM ORTIZ, NBX ANCHOR: We begin with North Korea's troops in Russia. What is the number?\n"
        "LAURA BEKKER, PENTAGON PRESS SECRETARY: Thanks, Sam. We now assess that there are more than 11,000 "
        "North Korean soldiers in Russia. And we believe that roughly 7,000 of them are in the Kursk region."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.source) for c in claims} == {
        (11000, "US Department of Defense (Bekker)"),
        (7000, "US Department of Defense (Bekker)"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Has Pyongyang been paid? No. The Journal reported 9,000 missiles.", 3),
        ("The No. 2 official said 9,000 troops had gone.", 1),
    ],
)
def test_an_answers_no_ends_a_sentence(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected
