"""Wording classes fixed in the twenty-seventh round, each with sentences written for it: what the tune part,
rewritten the way other outlets write the same facts (bench/accuracy_perturbed.py), showed the engine reading
differently."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _values(text: str, lexicon) -> dict[object, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value -> (category, status, addition, source) of every numeric claim."""
    return {row[1]: (row[0], row[2], row[3], row[4]) for row in _rows(text, lexicon) if row[1] is not None}


# What the perturbed bench's rewrites showed
OTHER_WORDS_FOR_THE_SAME_ITEM: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a 'ballistic rocket' is a missile, as translated copy writes it; a bare 'rocket' stays ammunition
    (
        "Russia has fired some 60 North Korean ballistic rockets at Ukrainian cities, Kyiv said.",
        {60: ("missiles", "reported", False, "Ukrainian government")},
    ),
    (
        "North Korea shipped 4,000 rockets for multiple launchers to Russia, Seoul's spy agency said.",
        {4000: ("ammunition", "reported", False, "South Korea NIS")},
    ),
]


MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
NIS = "South Korea NIS"


# The first batch's wordings
ONE_BRIEFING_RETOLD: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # waves of a dispatch are no rounds of ammunition, and the bare 'more' after them counts troops
    (
        "Seoul's spy agency said North Korea had dispatched about 14,000 troops to Russia across two rounds. "
        "The Joint Chiefs of Staff said roughly 3,000 more had followed in the spring.",
        {14000: ("troops", "reported", False, NIS), 3000: ("troops", "reported", True, "South Korea JCS")},
    ),
    # lines without bullets under a lead that lists a document's points are its items
    (
        "Summary: what the monitors found\n"
        "Good morning. A group of 11 countries set up after Russia blocked the UN panel has released its first "
        "report. The main points from the Multilateral Sanctions Monitoring Team (MSMT):\n"
        "North Korea sent about 14,000 troops to Russia in two waves.\n"
        "Pyongyang has supplied some 100 ballistic missiles.\n"
        "Russia handed over at least one Pantsir air defence system.",
        {
            14000: ("troops", "reported", False, MSMT),
            100: ("missiles", "reported", False, MSMT),
            1: ("other", "reported", False, MSMT),
        },
    ),
    # lawmakers who met somewhere relay the briefing of the article's intelligence service
    (
        "South Korea's National Intelligence Service said 11,000 North Korean troops were in Russia.\n"
        "Lawmakers who attended a closed-door session in Seoul say about 3,000 more soldiers are being readied to "
        "follow.",
        {11000: ("troops", "reported", False, NIS), 3000: ("troops", "planned", True, NIS)},
    ),
    # an outlet telling what a report found relays the report's author
    (
        "The Multilateral Sanctions Monitoring Team (MSMT) released its first report on North Korea and Russia.\n"
        "Yonhap said the report found North Korea had shipped Russia roughly 9 million rounds of ammunition.",
        {9000000: ("ammunition", "reported", False, f"{MSMT} (via Yonhap)")},
    ),
    # the page's own voice is the research body its byline names
    (
        "Analysis\nMay 2, 2025 · Korea Coast Imagery Project (KCIP) · By Ana Ruiz\n"
        "Between October and January we observed at least 2,600 containers of North Korean munitions "
        "staged at Rajin for Russia.",
        {2600: ("ammunition", "reported", False, "Korea Coast Imagery Project (KCIP)")},
    ),
]


# What the reviews' probes found the rules misreading, pinned
GUARDS: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # guards: US senators relay no Korean briefing; an outlet that tells of a report's figures without saying
    # that the report found them is still who speaks
    (
        "South Korea's National Intelligence Service said 11,000 North Korean troops were in Russia.\n"
        "Senators who attended a briefing at the Capitol said about 3,000 more soldiers are being readied to "
        "follow.",
        {11000: ("troops", "reported", False, NIS), 3000: ("troops", "planned", True, None)},
    ),
    (
        "The Multilateral Sanctions Monitoring Team (MSMT) released its first report on North Korea and Russia.\n"
        "Yonhap reported that North Korea had shipped Russia roughly 9 million rounds of ammunition.",
        {9000000: ("ammunition", "reported", False, "Yonhap")},
    ),
    # ... lawmakers who met abroad, or people who briefed lawmakers, relay no Korean briefing
    (
        "South Korea's National Intelligence Service said 11,000 North Korean troops were in Russia.\n"
        "Lawmakers who attended a session in Tokyo said about 3,000 more soldiers are being readied to follow.",
        {11000: ("troops", "reported", False, NIS), 3000: ("troops", "planned", True, None)},
    ),
    (
        "South Korea's National Intelligence Service said 11,000 North Korean troops were in Russia.\n"
        "A defence official who briefed lawmakers at a closed-door hearing in Seoul said about 3,000 more "
        "soldiers are being readied to follow.",
        {11000: ("troops", "reported", False, NIS), 3000: ("troops", "planned", True, None)},
    ),
    # ... a report the body before only dismissed, or the outlet's own report, is no body's to relay
    (
        "Russia's foreign ministry dismissed a Western report on North Korea as lies.\n"
        "TASS said the report estimated some 10,000 North Korean soldiers were in Russia.",
        {10000: ("troops", "reported", False, "TASS")},
    ),
    (
        "South Korea's NIS said North Korea had sent 11,000 troops to Russia.\n"
        "NK News published its own report on Friday.\n"
        "NK News said the report found at least 2,000 containers went to Russia from North Korea.",
        {11000: ("troops", "reported", False, NIS), 2000: ("ammunition", "reported", False, "NK News")},
    ),
    # ... a line naming a speaker, or the writer's sum, ends a list without bullets
    (
        "The Pentagon on Thursday shared its key findings:\n"
        "North Korea has sent about 11,000 troops to Russia.\n"
        "Ukraine's HUR put the number at 12,000.\n"
        "It also said some 3,000 more were coming.",
        {
            11000: ("troops", "reported", False, "US Department of Defense"),
            12000: ("troops", "reported", False, "Ukraine HUR"),
            3000: ("troops", "reported", True, "Ukraine HUR"),
        },
    ),
    # ... a sentence opening 'By March' is no byline; an op-ed author's affiliation after the byline is not
    # the page's publisher
    (
        "Editorial\nBy March, the Royal United Services Institute had tracked North Korean shells arriving in "
        "Russia.\nWe believe North Korea has sent as many as 15,000 troops to Russia.",
        {15000: ("troops", "reported", False, None)},
    ),
    (
        "Opinion | By Victor Lee | Center for East Asian Security Studies\n"
        "We believe North Korea has sent more than 10,000 troops to Russia.",
        {10000: ("troops", "reported", False, None)},
    ),
    # ... a report by an author no gazetteer knows is the outlet's to tell, not the agency's named before
    (
        "Ukraine's military intelligence agency HUR said North Korean troops remain in Russia's Kursk region.\n"
        "A new report on Pyongyang's arms exports was released this week by a private research group in Seoul.\n"
        "The Kyiv Independent said the report found North Korea had shipped about 9 million artillery shells "
        "to Russia.",
        {9000000: ("ammunition", "reported", False, "Kyiv Independent")},
    ),
    # ... a meeting named after the word of speech is not where the briefing was; a house of another country is
    (
        "South Korea's spy agency briefed lawmakers on North Korea's troops in Russia.\n"
        "Rep. Kim Byung-kee told reporters that roughly 600 North Korean soldiers had been killed, adding that "
        "the figure was discussed at a meeting in Washington last week.",
        {600: ("casualties", "reported", False, NIS)},
    ),
    (
        "South Korea's National Intelligence Service said 11,000 North Korean troops were in Russia.\n"
        "Lawmakers who attended a classified briefing at the Capitol said about 3,000 more soldiers are being "
        "readied to follow.",
        {11000: ("troops", "reported", False, NIS), 3000: ("troops", "planned", True, None)},
    ),
    # ... North Korea's own forces at its own border are no deployment
    (
        "North Korea has deployed about 11,000 soldiers to Russia, the NIS said. North Korea keeps roughly 1.2 "
        "million under arms, with about 70,000 along the border with the South.",
        {11000: ("troops", "reported", False, NIS)},
    ),
    # ... spies who are only expelled speak for no service; another country's force at the front is its own;
    # troops expected then that the sentence says arrived were sent
    (
        "South Korean spies were expelled from Moscow last year. North Korea has sent 10,000 troops to Russia.",
        {10000: ("troops", "reported", False, None)},
    ),
    (
        "North Korea sent 11,000 troops to Russia, the NIS said. Ukraine's army, with 30,000 on the front line "
        "in Kursk, is outnumbered.",
        {11000: ("troops", "reported", False, NIS)},
    ),
    (
        "The 10,000 North Korean troops were expected during the summer but arrived in Russia in October, the "
        "NIS said.",
        {10000: ("troops", "reported", False, NIS)},
    ),
    # ... a plan not yet fulfilled stays a plan, whatever else arrived; North Korea's own shells moved by Russia
    # are still North Korea's; a shipment is no item; North Korea's own army's size before is no claim
    (
        "North Korea will send builders to Russia. Some 6,000 North Korean engineers were expected in Russia's "
        "Kursk region by September, but none have arrived yet, the NIS said.",
        {6000: ("troops", "planned", False, NIS)},
    ),
    (
        "North Korea sent rockets to Russia. Ukrainian officials said at least one of the shipments carried "
        "240mm rockets.",
        {},
    ),
    (
        "North Korea sent troops to Russia. North Korea's army has about 1.2 million active soldiers. That is "
        "down from 1.3 million a decade ago.",
        {},
    ),
    # ... a count the speaker puts at a border, told any way, is the troops before
    (
        "North Korea sent troops to Russia, the NIS said. According to HUR, about 7,000 near the Ukrainian "
        "border are ready for combat.",
        {7000: ("troops", "reported", False, "Ukraine HUR")},
    ),
    # ... troops expected then that 'have since been deployed' were sent; tanks moved to North Korea for its
    # crews are still Russia's supply; a later figure after a quotation, or after a sentence naming the item
    # without a figure, still counts it
    (
        "North Korea sent troops to Russia. About 3,000 reinforcements were expected in Kursk in the spring and "
        "have since been deployed to the front, the NIS said.",
        {3000: ("troops", "reported", True, NIS)},
    ),
    (
        "Russia has moved 30 modern tanks for North Korean crews to North Korea, the NIS said.",
        {30: ("vehicles", "reported", False, NIS)},
    ),
    (
        'North Korea has sent about 11,000 soldiers to Russia, the NIS said in December. "They are fighting in '
        'Kursk," an official said. The agency later raised that to about 14,000.',
        {11000: ("troops", "reported", False, NIS), 14000: ("troops", "reported", False, NIS)},
    ),
    (
        "North Korea sent troops to Russia. Ukraine estimates Russia lost 1,500 soldiers a day in November. The "
        "Pentagon raised that to about 1,700.",
        {},
    ),
]


# The later batches' wordings
SECOND_BATCH: list[tuple[str, dict[object, tuple[object, ...]]]] = [
    # a country's label opening a line says whose view follows: the bare toll after it is still North Korea's
    (
        "Here is what each side has said so far:\n"
        "Ukraine: President Zelensky said that more than 3,000 North Korean troops had been killed or wounded.\n"
        "South Korea: The NIS told lawmakers that at least 100 had been killed and about 1,000 wounded.",
        {
            3000: ("casualties", "reported", False, "Zelensky"),
            100: ("casualties", "reported", False, NIS),
            1000: ("casualties", "reported", False, NIS),
        },
    ),
    # a representative of a country's body speaks for the body, not as the country's envoy
    (
        "Live updates\nKyiv says more North Korean troops could arrive\n"
        "A representative of Ukraine's military intelligence told national television that North Korea could "
        "send as many as 5,000 additional soldiers to Russia.",
        {5000: ("troops", "planned", True, "Ukraine HUR")},
    ),
    # the tabloids' 'spies' of a country are its intelligence service
    (
        "Putin's army of North Korean conscripts has grown to around 11,000, South Korea's spies believe, as "
        "Washington warned of battle within days.",
        {11000: ("troops", "reported", False, NIS)},
    ),
    # a bare count that reaches a place, or stands near a border or front, counts the people before it
    (
        "North Korea has sent 3,000 troops to Russia, Kirby said. Budanov said 2,600 had reached Kursk.",
        {
            3000: ("troops", "reported", False, "White House (Kirby)"),
            2600: ("troops", "reported", False, "Ukraine HUR (Budanov)"),
        },
    ),
    (
        "Ukraine's military intelligence said North Korea had sent 3,000 troops to Russia. By Friday the "
        "agency was reporting more than 7,000 near the Ukrainian border.",
        {3000: ("troops", "reported", False, "Ukraine HUR"), 7000: ("troops", "reported", False, "Ukraine HUR")},
    ),
    # 'were expected before ...' is a plan
    (
        "Budanov said about 15,000 North Korean workers had arrived in Russia this year. He said another 5,000 "
        "were expected before the end of the year.",
        {
            15000: ("workers", "reported", False, "Ukraine HUR (Budanov)"),
            5000: ("workers", "planned", True, "Ukraine HUR (Budanov)"),
        },
    ),
    # an item stated with 'an estimated' is still an item of a list without bullets
    (
        "Summary: what the monitors found\n"
        "Good morning. A group of 11 countries set up after Russia blocked the UN panel has released its first "
        "report. The main points from the Multilateral Sanctions Monitoring Team (MSMT):\n"
        "Pyongyang shipped an estimated 9 million rounds of artillery ammunition.\n"
        "Pyongyang has supplied some 100 ballistic missiles.",
        {
            9000000: ("ammunition", "reported", False, MSMT),
            100: ("missiles", "reported", False, MSMT),
        },
    ),
    # British copy's 'm' ending a clause after a figure's word is millions; 'a range of 60m.' stays metres
    (
        "South Korea's National Intelligence Service estimates the North has shipped more than 2m artillery "
        "shells to Russia. Its previous estimate, in November, was more than 1m.\n"
        "Ukraine's military intelligence puts the number at about 1.5m. The guns fire at a range of 60m.",
        {
            2000000: ("ammunition", "reported", False, NIS),
            1000000: ("ammunition", "reported", False, NIS),
            1500000: ("ammunition", "reported", False, "Ukraine HUR"),
        },
    ),
    # 'at least one of the missiles' is a floor of one (not 'one of the two prisoners': a part of a whole told)
    (
        "North Korea sent missiles to Russia. Kirby said Russian forces launched at least one of the North "
        "Korean missiles on Dec. 30.",
        {1: ("missiles", "reported", False, "White House (Kirby)")},
    ),
    (
        "North Korean soldiers fight for Russia. The NIS has interviewed at least one of the two North Korean "
        "prisoners held by Ukraine.",
        {2: ("casualties", "reported", False, NIS)},
    ),
    # 'moved ... to North Korea' is a supply from Russia
    (
        "Russia also moved more than 1 million barrels of refined petroleum to North Korea last year, the "
        "Multilateral Sanctions Monitoring Team said.",
        {1000000: ("other", "reported", False, MSMT)},
    ),
    # a figure set against the sentence before's: 'That is up from ...', 'raised that to ...'
    (
        "The MSMT report credits the North with some 200 long-range artillery systems sent to Russia. That is up "
        "from the roughly 160 that South Korea's Joint Chiefs of Staff cited in January.",
        {200: ("artillery", "reported", False, MSMT), 160: ("artillery", "reported", False, "South Korea JCS")},
    ),
    (
        "Kirby said on Oct. 23 that at least 3,000 North Korean soldiers had been moved to eastern Russia. On "
        "Oct. 28 the Pentagon raised that to about 10,000.",
        {
            3000: ("troops", "reported", False, "White House (Kirby)"),
            10000: ("troops", "reported", False, "US Department of Defense"),
        },
    ),
    # the parts of a nuclear-powered submarine, however named; a state's declaration of barrels to the UN
    (
        "North Korea and Russia deepen ties.\nRussia handed North Korea two or three modules for a "
        "nuclear-powered submarine this year, a South Korean newspaper reported.",
        {2: ("technology_transfer", "reported", False, None)},
    ),
    (
        "Russia has shipped oil to North Korea in breach of UN caps.\nMoscow declared 15,279 barrels for "
        "January and has filed nothing since, according to the sanctions committee's website.",
        {15279: ("other", "reported", False, "Russian government")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), OTHER_WORDS_FOR_THE_SAME_ITEM + ONE_BRIEFING_RETOLD + GUARDS + SECOND_BATCH
)
def test_round27_wordings(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected
