"""Misfires a review found in the thirty-first round's status and addition rules (fields), each pinned with sentences
written for it beside what the rule still fixes: a denial of the deployment's reports (only North Korea's, only a
denial still made, and 'the military' only when sent or named North Korean); a sentence opening with the sum of what
the one before told as sent (past a tally's aside only, not a condition); what is said of a paired noun (not when the
figure is a delivery verb's object); a promise with its time told between (in its own clause only); a modal size with
'more' after it (not a comparison nor a toll); 'on top of that' (after a figure of the same item only); a plan for the
item to join the war (not to go home, nor a plan carried out); 'should be ready' (not to go home); a relative clause
of what was being prepared (not when they are 'likely already' there)."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_RU = "Russian government"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a denial of reports of the deployment denies North Korea's troops: the deployment named North Korean, or a bare
    # one after North Korean troops were told
    (
        "Pyongyang's foreign ministry rejected reports of a North Korean deployment to Russia as a smear.",
        {("troops", None, "denied", False, "North Korean government")},
    ),
    (
        "Seoul says 11,000 North Korean soldiers are in Kursk. The Kremlin dismissed reports of the deployment in "
        "November as lies.",
        {("troops", 11000, "reported", False, "South Korean government"), ("troops", None, "denied", False, _RU)},
    ),
    (
        "Moscow denied reports about the dispatch of DPRK military to Russia.",
        {("troops", None, "denied", False, _RU)},
    ),
    # ... not a deployment to, near or by another country or place
    ("The Kremlin denied reports of the deployment to North Korea of Russian air-defence crews.", set()),
    ("The Kremlin denied reports of the deployment to Belarus of Russian tank crews.", set()),
    ("Russia denied reports of the deployment near Pokrovsk, saying its own brigades were only rotating.", set()),
    ("Russia rejected reports of a troop deployment by Belarus to the Ukrainian border.", set()),
    ("Moscow dismissed reports of a troop deployment by Iran to Syria as fake.", set()),
    # ... nor a denial no one makes now
    ("No one in Seoul now disputes reports of a North Korean deployment.", set()),
    ("Nobody in Moscow denies reports of the North Korean deployment any more.", set()),
    ("The Kremlin stopped denying reports of the deployment in April, when Putin thanked Kim.", set()),
    # ... nor Russia's own military
    ("The Kremlin denied reports of the military in Russia being short of shells.", set()),
    ("The Kremlin denied reports of the military in Russia running out of drones.", set()),
]


# a sentence that opens with the sum of what the one before told as sent is a tally of the past only past a tally's
# aside ('All told, that would bring the total to'), not past a condition or a plan
CASES += [
    (
        "Pyongyang shipped 400 containers in March. All told, that would bring the total to about 9,000 containers.",
        {("ammunition", 400, "reported", False, None), ("ammunition", 9000, "reported", False, None)},
    ),
    (
        "North Korea sent 3,000 more troops in January. Should Pyongyang send another brigade, that would bring the "
        "total to 18,000.",
        {("troops", 3000, "reported", True, None), ("troops", 18000, "planned", False, None)},
    ),
    (
        "North Korea sent 3,000 more troops in January. Once the next rotation arrives, that would bring the total to "
        "18,000.",
        {("troops", 3000, "reported", True, None), ("troops", 18000, "planned", False, None)},
    ),
    (
        "North Korea sent 3,000 more troops in January. Were Kim to send another brigade, that would bring the total "
        "to 18,000.",
        {("troops", 3000, "reported", True, None), ("troops", 18000, "planned", False, None)},
    ),
    (
        "North Korea sent 3,000 more troops in January. Adding a promised brigade, that would bring the total to "
        "18,000.",
        {("troops", 3000, "reported", True, None), ("troops", 18000, "planned", False, None)},
    ),
    (
        "North Korea sent 2,000 more soldiers this spring. Once a fresh division lands, that would bring the total to "
        "25,000.",
        {("troops", 2000, "reported", True, None), ("troops", 25000, "planned", False, None)},
    ),
]


# what is said of a second noun paired with the figure's is said of the figure's only when the figure is its clause's
# subject, not the object of a delivery verb before it
CASES += [
    (
        "Some 2,000 engineers and builders would follow by autumn, the NIS said.",
        {("troops", 2000, "planned", False, "South Korea NIS")},
    ),
    (
        "Pyongyang has sent 9,000 troops, and 3,000 sappers and deminers would follow, Seoul said.",
        {
            ("troops", 9000, "reported", False, "South Korean government"),
            ("troops", 3000, "planned", False, "South Korean government"),
        },
    ),
    (
        "Pyongyang has shipped 2 million shells and rockets would follow later, Kyiv said.",
        {("ammunition", 2000000, "reported", False, "Ukrainian government")},
    ),
    (
        "North Korea sent 10,000 soldiers and officers would follow in spring, the NIS said.",
        {("troops", 10000, "reported", False, "South Korea NIS")},
    ),
    (
        "Kim dispatched 4,000 sappers and deminers would join them later, Seoul said.",
        {("troops", 4000, "reported", False, "South Korean government")},
    ),
]


# a promise with its time told before its infinitive is a plan in its own clause only, not past ', and'
CASES += [
    (
        "North Korea agreed in June to send 6,000 military builders to Kursk.",
        {("troops", 6000, "planned", False, None)},
    ),
    (
        "Kim promised last week to deliver 200 more howitzers, Seoul said.",
        {("artillery", 200, "planned", True, "South Korean government")},
    ),
    (
        "Kim offered in 2023 to sell shells, and 1 million were shipped by year end.",
        {("ammunition", 1000000, "reported", False, None)},
    ),
    (
        "Pyongyang pledged last year to supply shells, and 3 million were delivered by March.",
        {("ammunition", 3000000, "reported", False, None)},
    ),
    (
        "Kim decided in October to dispatch troops, but only 3,000 arrived before winter.",
        {("troops", 3000, "reported", False, None)},
    ),
]


# a size a modal gives with 'more' after it is more to come, a plan, but not a comparison ('more than reported') nor a
# toll
CASES += [
    (
        "Pyongyang has sent 4 million shells, and next year it could be as many as 2 million more, the NIS said.",
        {
            ("ammunition", 4000000, "reported", False, "South Korea NIS"),
            ("ammunition", 2000000, "planned", True, "South Korea NIS"),
        },
    ),
    (
        "The number of North Korean troops killed could be as many as 1,000 more than reported.",
        {("casualties", 1000, "reported", False, None)},
    ),
    (
        "Kyiv said the number of North Korean soldiers wounded could be as many as 2,000 more than Seoul reported.",
        {("casualties", 2000, "reported", False, "Ukrainian government")},
    ),
    (
        "The toll could be as high as 4,000 more, Zelensky said of North Korean casualties.",
        {("casualties", 4000, "reported", False, "Zelensky")},
    ),
    (
        "Losses could be as high as 1,500 more, Budanov said of the North Korean units.",
        {("casualties", 1500, "reported", False, "Ukraine HUR (Budanov)")},
    ),
]


# a figure 'on top of that' right after another is an addition only to a figure of the same item
CASES += [
    (
        "Seoul said 12,000 troops had arrived by March, and Pyongyang had sent 2,000 on top of that by May.",
        {
            ("troops", 12000, "reported", False, "South Korean government"),
            ("troops", 2000, "reported", True, "South Korean government"),
        },
    ),
    (
        "North Korea has sent 11,000 troops, losing 4,000 on top of that to frostbite, Kyiv said.",
        {
            ("troops", 11000, "reported", False, "Ukrainian government"),
            ("casualties", 4000, "reported", False, "Ukrainian government"),
        },
    ),
    (
        "North Korea shipped 3 million shells, and 100 missiles on top of that.",
        {("ammunition", 3000000, "reported", False, None), ("missiles", 100, "reported", False, None)},
    ),
    (
        "North Korea sent 2,000 more soldiers, with 1,000 wounded on top of that.",
        {("troops", 2000, "reported", True, None), ("casualties", 1000, "reported", False, None)},
    ),
    (
        "North Korea has delivered 1 million shells; 500,000 more are on top of that in storage.",
        {("ammunition", 1000000, "reported", False, None), ("ammunition", 500000, "reported", True, None)},
    ),
]


# a plan for the figure's item to join the war is a plan, not one for it to go home, nor one carried out
CASES += [
    (
        "Kyiv said Moscow has a plan for 4,000 North Korean soldiers to enter combat in Donetsk.",
        {("troops", 4000, "planned", False, "Ukrainian government")},
    ),
    (
        "The NIS described a plan for 3,000 North Korean soldiers to join the Kursk offensive by spring.",
        {("troops", 3000, "planned", False, "South Korea NIS")},
    ),
    (
        "The plan for 12,000 troops to fight in Kursk was carried out in November, Seoul said.",
        {("troops", 12000, "reported", False, "South Korean government")},
    ),
    (
        "Seoul said the plan for 3,000 more troops to reach Kursk had already been completed.",
        {("troops", 3000, "reported", True, "South Korean government")},
    ),
    (
        "Officials discussed a plan for 500 North Korean workers to return home.",
        {("workers", 500, "reported", False, None)},
    ),
]


# those that 'should be assembled' or 'stationed' somewhere are a plan, not those that 'should be ready' to go home
CASES += [
    (
        "About 2,000 North Korean troops should be stationed in Donetsk by June, the NIS said.",
        {("troops", 2000, "planned", False, "South Korea NIS")},
    ),
    (
        "Some 6,000 builders should be gathered in Kursk by July, the NIS said.",
        {("troops", 6000, "planned", False, "South Korea NIS")},
    ),
    (
        "Some 11,000 troops should be ready to rotate home by summer, having served since October.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "Around 4,000 North Korean soldiers should be ready to return home by autumn, Seoul said.",
        {("troops", 4000, "reported", False, "South Korean government")},
    ),
]


# a relative clause of what a speaker said was being prepared is a plan, unless the main clause says they are already
# there, past an adverb ('are likely already in Russia')
CASES += [
    (
        "The 2 million shells that the NIS said in June Pyongyang was preparing to ship are likely already in Russia.",
        {("ammunition", 2000000, "reported", False, "South Korea NIS")},
    ),
    (
        "The 300 howitzers that the JCS said last month Pyongyang was preparing to ship are probably already in "
        "Russia.",
        {("artillery", 300, "reported", False, "South Korea JCS")},
    ),
    (
        "The 6,000 engineers Shoigu said North Korea would send have not yet left, the NIS said.",
        {("troops", 6000, "planned", False, "Russia Security Council (Shoigu)")},
    ),
    (
        "The 2,000 workers that the NIS said in March Russia was preparing to hire are likely to arrive by autumn.",
        {("workers", 2000, "planned", False, "South Korea NIS")},
    ),
    (
        "The 1,000 missiles that Kyiv said Pyongyang was preparing to ship are possibly on their way.",
        {("missiles", 1000, "planned", False, "Ukrainian government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_mend3(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
