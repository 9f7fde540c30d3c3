"""Status, addition, hedge and direction defects fixed in the thirty-first round (fields), each with sentences
written for it: a sentence that opens with the sum of what the sentence before told as sent ('That would bring the
total to'); a sum told with 'add up to', no ceiling; the month May, no modal; a promise to send with its time between
('agreed in June to send'); the promised whole a part already there is taken from; a fact box's '6,000 pledged',
those 'on the way', and what is said of two nouns paired ('builders and deminers would follow'); where an item was
made is no destination, a list after an exchange phrase's main clause goes that clause's way, and the DPRK's sending
told before Russia's giving; a table row labelled as an addition; a participle after a comma told with its main
clause's plan ('is preparing to triple its deployment, sending as many as 30,000'); 'of these types' is a kind, no
part of a whole; those that 'should be assembled' somewhere by a time; the troops a denial of the deployment's
reports (or of 'the military' sent) denies; a relative clause of what a speaker said would be sent; more to come told
with a modal and 'more'; a plan for the item to do something; more units sized after a dash; 'on top of that' right
after a figure."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a sum the sentence opens with, of deliveries the sentence before told, is a tally of the past, not a plan
    (
        "Pyongyang has shipped around 1,800 containers to Russia since March. That would bring the total to roughly "
        "16,000 containers since 2023.",
        {("ammunition", 1800, "reported", False, None), ("ammunition", 16000, "reported", False, None)},
    ),
    (
        "Seoul says Pyongyang had delivered 90 of the howitzers by April. By our tally, that would put the number of "
        "Koksan guns in Russia at about 200.",
        {("artillery", 90, "reported", False, "South Korean government"), ("artillery", 200, "reported", False, None)},
    ),
    (
        "In spring the agency said Pyongyang had sent some 2,000 fresh troops. Taken together, that would put the "
        "North's total commitment at 13,000.",
        {("troops", 2000, "reported", True, None), ("troops", 13000, "reported", False, None)},
    ),
    # ... not a sum of what is to come, told before it or in it
    (
        "North Korea is preparing to send 4,000 more soldiers. That would bring the total to 16,000.",
        {("troops", 4000, "planned", True, None), ("troops", 16000, "planned", False, None)},
    ),
    (
        "If Pyongyang dispatches another 4,000 troops this summer, the NIS said, that would bring the total to 16,000.",
        # (the 4,000 inside the 'if' is a supposition, no claim since round 33; the total it would make is a plan)
        {("troops", 16000, "planned", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent about 12,000 soldiers so far. That would bring the total to 20,000 by the end of the "
        "year.",
        {("troops", 12000, "reported", False, None), ("troops", 20000, "planned", False, None)},
    ),
    # the month May is no modal: 'a report in May put the total at', 'since mid-May', 'as of May 2025'
    (
        "A report by the monitoring group in May put the total at 5 million shells sent in 2024.",
        {("ammunition", 5000000, "reported", False, None)},
    ),
    (
        "By mid-May the number of shells shipped to Russia had hit 4 million.",
        {("ammunition", 4000000, "reported", False, None)},
    ),
    (
        "In May the sanctions panel put the total of missiles at 120.",
        {("missiles", 120, "reported", False, None)},
    ),
    (
        "As of May 2025, Pyongyang had supplied about 200 howitzers, the paper said.",
        {("artillery", 200, "reported", False, None)},
    ),
    # ... while the modal still plans
    (
        "The number of North Korean troops may grow to 20,000, Kyiv warned.",
        {("troops", 20000, "planned", False, "Ukrainian government")},
    ),
    (
        "Seoul said in April that Pyongyang may send another 3,000 soldiers.",
        {("troops", 3000, "planned", True, "South Korean government")},
    ),
    # a promise or decision to send with its time told between is a plan: 'agreed in June to send'
    (
        "According to Kyiv, North Korea agreed in June to send 4,000 military builders.",
        {("troops", 4000, "planned", False, "Ukrainian government")},
    ),
    (
        "Pyongyang pledged last week to deliver about 50 more howitzers, Seoul said.",
        {("artillery", 50, "planned", True, "South Korean government")},
    ),
    (
        "Kim decided earlier this year to dispatch some 3,000 additional soldiers.",
        {("troops", 3000, "planned", True, None)},
    ),
    # ... not a promise of something else, nor what was sent after it in a clause of its own
    (
        "North Korea agreed in June to a defence pact and has since sent 11,000 troops.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "Pyongyang promised in 2023 to help Moscow, and by now it has shipped 5 million shells.",
        {("ammunition", 5000000, "reported", False, None)},
    ),
    (
        "The North decided last year to send troops; about 11,000 have been deployed.",
        {("troops", 11000, "reported", False, None)},
    ),
    # the promised whole a part already there is taken from is still a plan ('about 1,000 of the 6,000 engineers
    # Pyongyang pledged are already in Kursk'), its number in digits or words
    (
        "About 500 of the 3,000 engineers Pyongyang pledged are already in Kursk.",
        {("troops", 500, "reported", False, None), ("troops", 3000, "planned", False, None)},
    ),
    (
        "Some 2,000 of the 5,000 builders that Kim promised to send are already working in the region.",
        {("troops", 2000, "reported", False, None), ("troops", 5000, "planned", False, None)},
    ),
    (
        "Roughly two thousand of the five thousand builders Kim pledged are already at work.",
        {("troops", 2000, "reported", False, None), ("troops", 5000, "planned", False, None)},
    ),
    # ... not a whole sent, nor the promised whole itself already there
    (
        "About one thousand of the six thousand engineers Pyongyang sent are already back home.",
        {("troops", 1000, "reported", False, None), ("troops", 6000, "reported", False, None)},
    ),
    (
        "The 3,000 engineers Pyongyang pledged are already in Kursk.",
        {("troops", 3000, "reported", False, None)},
    ),
    # a fact box's bare participle of a promise is a plan: '6,000 pledged (June 2025)', 'pledged for Kursk'
    (
        "Builders and sappers: 3,000 pledged (July 2025)",
        {("troops", 3000, "planned", False, None)},
    ),
    (
        "- 4,000: engineers and builders pledged for the Kursk region",
        {("troops", 4000, "planned", False, None)},
    ),
    # ... not a pledge the men made
    (
        "The 3,000 troops pledged to fight until the end, state media said.",
        {("troops", 3000, "reported", False, None)},
    ),
    # those on the way now have not come: a plan
    (
        "Officials say another 4,000 soldiers are on the way.",
        {("troops", 4000, "planned", True, None)},
    ),
    (
        "Seoul thinks some 2,000 workers are now on their way to Russian building sites.",
        {("workers", 2000, "planned", False, "South Korean government")},
    ),
    # ... not those on the way then, nor on their way home
    (
        "About 2,000 soldiers were on their way to the front when the strike hit, the NIS said.",
        {("troops", 2000, "reported", False, "South Korea NIS")},
    ),
    (
        "Some 1,000 wounded soldiers are on their way home to North Korea.",
        {("casualties", 1000, "reported", False, None)},
    ),
    # what is said of two nouns of one kind paired is said of the figure's: 'builders and deminers would follow'
    (
        "Russia's Security Council secretary said in June that 3,000 military builders and deminers would follow.",
        {("troops", 3000, "planned", False, None)},
    ),
    (
        "Around 4,000 more engineers and builders are preparing to follow, the agency said.",
        {("troops", 4000, "planned", True, None)},
    ),
    # ... not of a noun of another kind ('troops and Russia will'), nor of a pair that went
    (
        "Pyongyang has sent 11,000 troops and Russia will pay for them in oil.",
        {("troops", 11000, "reported", False, None), ("other", None, "reported", False, None)},
    ),
    (
        "The 5,000 sappers and builders Pyongyang promised have all been deployed.",
        {("troops", 5000, "reported", False, None)},
    ),
    # a table row whose label names an addition holds added figures: 'Reinforcements | ~3,000 | JCS'
    (
        "Reinforcements | ~2,500 | South Korea JCS | Apr 2025",
        {("troops", 2500, "reported", True, "South Korea JCS")},
    ),
    (
        "Troops, reinforcements (Mar.-Apr. 2025) | 2,000 | 3,000 | South Korea NIS",
        {("troops", 2000, "reported", True, "South Korea NIS"), ("troops", 3000, "reported", True, "South Korea NIS")},
    ),
    (
        "Additional troops (spring) | about 4,000 | Ukraine HUR",
        {("troops", 4000, "reported", True, "Ukraine HUR")},
    ),
    # ... not a total that includes them, nor a row of another label
    (
        "Troops incl. reinforcements | 14,000 | NIS",
        {("troops", 14000, "reported", False, "South Korea NIS")},
    ),
    (
        "Troops deployed | ~11,000 | NIS | Nov 2024",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    # a participle after a comma tells its main clause's act: a plan there is the figure's
    (
        "North Korea is preparing to widen its role in the war, sending as many as 20,000 extra soldiers to Russia.",
        {("troops", 20000, "planned", True, None)},
    ),
    (
        "Kim is expected to deepen the alliance next year, supplying perhaps 50 more howitzers, Seoul believes.",
        {("artillery", 50, "planned", True, "South Korean government")},
    ),
    # ... and a main clause of what was done gives a report
    (
        "Pyongyang escalated its role last autumn, sending some 11,000 soldiers to the Kursk region.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "North Korea stepped up its help in 2024, shipping about 5 million shells by rail.",
        {("ammunition", 5000000, "reported", False, None)},
    ),
    (
        "Russia will keep fighting in Kursk, deploying some 11,000 North Korean troops already there.",
        {("troops", 11000, "reported", False, None)},
    ),
    # 'of these types' names a kind, not a whole another figure is a part of: 'another 80' is more of them
    (
        "Pyongyang shipped around 120 missiles of these types to Russia last year, Kyiv said, adding that North Korea "
        "could hand over another 80 this year.",
        {
            ("missiles", 120, "reported", False, "Ukrainian government"),
            ("missiles", 80, "planned", True, "Ukrainian government"),
        },
    ),
    (
        "Russia has received some 90 rockets of those kinds, and another 40 are expected in spring.",
        {("ammunition", 90, "reported", False, None), ("ammunition", 40, "planned", True, None)},
    ),
    # ... while a part of them is one more part, no addition
    (
        "North Korea sent 11,000 troops; a small number of them were already in Kursk and another 2,000 were moving "
        "there.",
        {("troops", 11000, "reported", False, None), ("troops", 2000, "reported", False, None)},
    ),
    (
        "Of these troops, about 1,000 soldiers were in Kursk and another 2,000 soldiers were heading to the front.",
        {("troops", 1000, "reported", False, None), ("troops", 2000, "reported", False, None)},
    ),
    # those that 'should be assembled', 'stationed' or 'ready' somewhere have not come yet: a plan
    (
        "A Ukrainian official said as many as 4,000 North Korean soldiers should be assembled in the Kursk region by "
        "Friday.",
        {("troops", 4000, "planned", False, "Ukrainian official")},
    ),
    (
        "Around 3,000 more troops should be stationed near the border by the end of the month, Kyiv said.",
        {("troops", 3000, "planned", True, "Ukrainian government")},
    ),
    (
        "Some 2,000 workers should be ready to start at the drone plant in spring.",
        {("workers", 2000, "planned", False, None)},
    ),
    # ... not what those sent should be taken for
    (
        "The 11,000 troops sent last year should be counted as combatants, the official argued.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "About 1,000 soldiers should be treated as prisoners of war, Kyiv said.",
        {("casualties", 1000, "reported", False, "Ukrainian government")},
    ),
    # a denial of the deployment's reports denies the troops: 'dismissed reports of the deployment as "fake"'
    (
        'The Kremlin has dismissed reports of a North Korean deployment as "another fake," though Putin did not deny '
        "it.",
        {("troops", None, "denied", False, "Russian government")},
    ),
    (
        "Seoul says some 11,000 North Korean soldiers went to Russia. For months North Korea's state media dismissed "
        'reports of the deployment as "groundless rumours".',
        {
            ("troops", 11000, "reported", False, "South Korean government"),
            ("troops", None, "denied", False, "North Korean state media"),
        },
    ),
    (
        "Seoul says some 11,000 North Korean soldiers went to Russia. The Kremlin called reports of the deployment "
        '"fake."',
        {
            ("troops", 11000, "reported", False, "South Korean government"),
            ("troops", None, "denied", False, "Russian government"),
        },
    ),
    # ... not reports confirmed or doubted, nor of the deployment of something else
    (
        "Seoul confirmed reports of the deployment on Friday.",
        set(),
    ),
    (
        "Analysts doubted early reports of a North Korean deployment, but they proved accurate.",
        set(),
    ),
    (
        'The Kremlin dismissed reports of the deployment of Russian air-defence systems to Pyongyang as "fake."',
        # (no troops; the air-defence systems whose arrival there is dismissed are denied, as the schema records a
        # denial of an item: round 35)
        {("other", None, "denied", False, "Russian government")},
    ),
]


# a relative clause of what a speaker said would be sent, or is being prepared for sending, is a plan ('6,000
# deminers and builders Moscow said Pyongyang would send', 'the workers that NHK said last month Russia was preparing
# to send')
CASES += [
    (
        "- 4,000: deminers and builders Moscow said Pyongyang would send (July)",
        {("troops", 4000, "planned", False, "Russian government")},
    ),
    (
        "The 3,000 engineers that Kyiv says Pyongyang will deploy have not been seen yet.",
        {("troops", 3000, "planned", False, "Ukrainian government")},
    ),
    (
        "That is far below the 30,000 workers that South Korea's main intelligence agency said last month Moscow was "
        "preparing to hire.",
        {("workers", 30000, "planned", False, None)},
    ),
    # ... not what a speaker said was sent, or was killed
    (
        "The 11,000 troops that Seoul said Pyongyang sent last year have suffered heavy losses.",
        {
            ("troops", 11000, "reported", False, "South Korean government"),
            ("casualties", None, "reported", False, None),
        },
    ),
    (
        "About 2,000 of the soldiers Kyiv said were killed had been in Kursk for months.",
        {("casualties", 2000, "reported", False, "Ukrainian government")},
    ),
]


# a size a modal gives with 'more' after it is more to come: 'this year it could be as many as 4 million more'
CASES += [
    (
        "Russia received about 5 million shells from the North in 2024, and this year it could be as many as 3 million "
        "more.",
        {("ammunition", 5000000, "reported", False, None), ("ammunition", 3000000, "planned", True, None)},
    ),
    (
        "North Korea delivered 40 guns last year, and this year it might be as many as 60 more.",
        {("artillery", 40, "reported", False, None), ("artillery", 60, "planned", True, None)},
    ),
    # ... not a guess at what was sent, nor more already there
    (
        "The total shipped so far could be as high as 3 million shells, Seoul said.",
        {("ammunition", 3000000, "reported", False, "South Korean government")},
    ),
    (
        "There may be as many as 2,000 more soldiers already in Kursk, Kyiv said.",
        {("troops", 2000, "reported", True, "Ukrainian government")},
    ),
]


# a plan for the figure's item to do something is a plan: 'a plan for 2,600 North Korean soldiers to enter combat'
CASES += [
    (
        "Reports from Kyiv described a plan for 3,000 North Korean soldiers to enter combat near Pokrovsk by December.",
        {("troops", 3000, "planned", False, None)},
    ),
    (
        "The ministry outlined its plan for about 2,000 North Korean workers to build housing in the region.",
        {("workers", 2000, "planned", False, None)},
    ),
    # ... not a plan for those already there or sent, told with nothing for them to do
    (
        "The plan for the 11,000 troops already in Kursk is to keep them there, Kyiv said.",
        {("troops", 11000, "reported", False, "Ukrainian government")},
    ),
    (
        "Under a plan for 2,000 workers sent last year, their wages are paid in roubles.",
        {("workers", 2000, "reported", False, None)},
    ),
    (
        "Russia has a plan for 3,000 North Korean troops, the soldiers sent in October, whose wages it pays.",
        {("troops", 3000, "reported", False, None)},
    ),
]


# more units sized after a dash take that clause's plan and addition: 'preparing the deployment of additional units
# to Kursk - up to 5 thousand persons'
CASES += [
    (
        "According to Kyiv, the enemy is preparing the deployment of additional units of the DPRK to the Kursk "
        "direction - up to 3 thousand persons.",
        {("troops", 3000, "planned", True, "Ukrainian government")},
    ),
    (
        "Pyongyang will send more troops to the front – perhaps 4,000 in all.",
        {("troops", 4000, "planned", True, None)},
    ),
    # ... not troops sized without more of them, nor a comparison, nor a toll
    (
        "North Korea has sent troops to Russia - about 11,000 soldiers.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "North Korea has deployed more troops than expected - about 11,000 soldiers.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "The additional units took heavy losses - some 300 soldiers were killed.",
        {("casualties", 300, "reported", False, None)},
    ),
]


# translated copy's 'the military' sent, denied, is the troops denied: 'called the reports about the sending of North
# Korean military to Russia another fake', 'denied sending of the military to Russia'
CASES += [
    (
        "Kremlin press-secretary Dmitry Peskov called the reports about the sending of North Korean military to Russia "
        "another fake news.",
        {("troops", None, "denied", False, "Kremlin (Peskov)")},
    ),
    (
        'In autumn the Kremlin called the reports about North Korean military in Russia "another fake", and Peskov '
        "said Moscow had no information.",
        {("troops", None, "denied", False, "Russian government")},
    ),
    (
        'Earlier Pyongyang denied sending of the military to Russia, naming such messages "groundless rumors".',
        {("troops", None, "denied", False, "North Korean government")},
    ),
    # ... not reports confirmed, nor of military equipment
    (
        "Seoul confirmed reports about North Korean military in Russia on Friday.",
        set(),
    ),
    (
        'The Kremlin dismissed reports about North Korean military equipment in Russia as "fake."',
        set(),
    ),
]


# a figure 'on top of that' right after it is an addition ('has recently sent 3,000 on top of that')
CASES += [
    (
        "North Korea sent about 11,000 troops in 2024, and has recently sent 2,000 on top of that, the monitors wrote.",
        {("troops", 11000, "reported", False, None), ("troops", 2000, "reported", True, None)},
    ),
    (
        "Pyongyang shipped 5 million shells last year and 1 million shells on top of those this spring.",
        {("ammunition", 5000000, "reported", False, None), ("ammunition", 1000000, "reported", True, None)},
    ),
    # ... not 'On top of that' opening the sentence, another matter, nor before the next item
    (
        "On top of that, North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "North Korea sent 11,000 troops, and on top of that about 100 missiles.",
        {("troops", 11000, "reported", False, None), ("missiles", 100, "reported", False, None)},
    ),
]


# what a sum 'adds up to' is told exactly ('the notifications add up to 121,124 barrels'), with a hedge of its own
# kept; not 'up to' of a count sent, nor more of an item added to something ('will add up to 5,000 builders to')
HEDGES: list[tuple[str, int, str]] = [
    ("By our count, the shipments of fuel to North Korea add up to 90,000 barrels.", 90000, "exact"),
    ("The deliveries recorded by the panel sum up to 2,500 rockets for the launchers.", 2500, "exact"),
    ("Together the two waves added up to about 14,000 troops, officials said.", 14000, "approx"),
    ("North Korea could send up to 30,000 soldiers, Kyiv said.", 30000, "up_to"),
    ("North Korea will add up to 5,000 builders to the force in Kursk.", 5000, "up_to"),
    ("Last year Pyongyang added up to 3,000 soldiers to its contingent in Russia.", 3000, "up_to"),
]


# where an item was made is no destination ('Moscow has taken delivery of 50 missiles made in North Korea'), and the
# later items of a list after an exchange phrase's main clause go that clause's way ('In return for air defence,
# North Korea has sent Russia 15,000 troops, shells and 200 missiles')
DIRECTIONS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Moscow has so far taken delivery of about 70 ballistic missiles made in North Korea.",
        {("missiles", 70, "nk_to_ru")},
    ),
    (
        "In return for the oil, North Korea has sent Russia some 11,000 troops, millions of shells and about 150 "
        "missiles.",
        {
            ("troops", 11000, "nk_to_ru"),
            ("missiles", 150, "nk_to_ru"),
            ("ammunition", None, "nk_to_ru"),
            ("other", None, "ru_to_nk"),
        },
    ),
    # ... not what Russia sends to North Korea, nor what stands in the phrase
    (
        "Russia has delivered about 10 air-defence systems to North Korea, Seoul said.",
        {("other", 10, "ru_to_nk")},
    ),
    (
        "Russia gave North Korea 1 million barrels of oil in return for 5 million shells and 100 missiles.",
        {("other", 1000000, "ru_to_nk"), ("ammunition", 5000000, "nk_to_ru"), ("missiles", 100, "nk_to_ru")},
    ),
    (
        "In return for shells and about 20 air-defence systems, Russia received troops.",
        {("other", 20, "ru_to_nk")},
    ),
    # North Korea named 'the DPRK' sends before Russia gives after the item: the item goes to Russia
    (
        "The paper claims that the DPRK sent Russia around 6 million shells and that Moscow, for its part, supplied "
        "Pyongyang with oil.",
        {("ammunition", 6000000, "nk_to_ru"), ("other", None, "ru_to_nk")},
    ),
    (
        "Officials say the DPRK has delivered about 100 missiles to Russia and that Moscow in turn supplied North "
        "Korea with fuel.",
        {("missiles", 100, "nk_to_ru"), ("other", None, "ru_to_nk")},
    ),
    # ... not what the DPRK receives
    (
        "The DPRK received about 10 air-defence systems from Russia, which also sent fuel to Pyongyang.",
        {("other", 10, "ru_to_nk"), ("other", None, "ru_to_nk")},
    ),
    (
        "Russia has delivered some 20 Pantsir systems to the DPRK, the agency said.",
        {("other", 20, "ru_to_nk")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTIONS)
def test_round31_fields_directions(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.direction.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(("text", "value", "qualifier"), HEDGES)
def test_round31_fields_hedges(text: str, value: int, qualifier: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.qualifier.value if c.qualifier else None) for c in _claims(text, lexicon)} == {
        (value, qualifier)
    }


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
