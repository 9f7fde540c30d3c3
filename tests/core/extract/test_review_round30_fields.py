"""Status, addition and hedge defects fixed in the thirtieth round, each with sentences written for it: a cue
word in a writer's scare quotes ('Kim "agreed" to send'), a denial that there are 'no plans', 'another' of a
second kind of item (no addition), soldiers picked out of their units, a modal that only hedges a guess at what has
been sent ('may number'), a conditional total of what had been sent before it, pledges told of a list
or with the partner named, additions told after the figure, by 'plus' or by a wave sized after it, and denials
that name the lie before the reports or call them 'not accurate', goals told as a total to reach, and workers
planned ('a plan was under way to send', 'are awaited', 'sought'), and 'New' of a name read as no addition."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a cue whose word a writer puts in scare quotes is still the cue: 'Kim "agreed" to dispatch'
    (
        'Medvedev said Pyongyang "agreed" to dispatch 2,000 sappers to North Korea\'s ally Russia.',
        {("troops", 2000, "planned", False, None)},
    ),
    (
        'North Korea\'s envoy to the UN told the council that Pyongyang had "never" supplied missiles to Russia.',
        {("missiles", None, "denied", False, "North Korea UN representative")},
    ),
    # 'no plans to' denies a plan, in scare quotes or not (not a plan: 'plans to' inside it)
    (
        'Kremlin spokesman Dmitry Peskov said there were "no plans" to bring North Korean troops into the fighting.',
        {("troops", None, "denied", False, "Kremlin (Peskov)")},
    ),
    (
        "Kremlin spokesman Dmitry Peskov said there were no plans to bring North Korean troops into the fighting.",
        {("troops", None, "denied", False, "Kremlin (Peskov)")},
    ),
    # 'another' of a second kind of item is no addition, though both are missiles or both ammunition (the schema's
    # 'another 120 of its M1991' is a second item)
    (
        "North Korea has handed 100 KN-23 missiles to Russia and another 50 anti-aircraft missiles.",
        {("missiles", 100, "reported", False, None), ("missiles", 50, "reported", False, None)},
    ),
    # ... not a second kind of item: launchers after guns, shells after containers
    (
        "Pyongyang has given Russia 90 Koksan guns and another 90 M1991 rocket launchers.",
        {("artillery", 90, "reported", False, None), ("rocket_launchers", 90, "reported", False, None)},
    ),
    (
        "North Korea has shipped 9,000 containers of munitions to Russia. It has also sent another 3 million shells.",
        {("ammunition", 9000, "reported", False, None), ("ammunition", 3000000, "reported", False, None)},
    ),
    # soldiers picked out of their units are picked to go: a plan, with or without 'for a deployment' ...
    (
        "Pyongyang is choosing about 3,500 soldiers from the special operations corps, a defector group said.",
        {("troops", 3500, "planned", False, None)},
    ),
    (
        "The army has started picking around 2,500 men from the ranks of its assault brigades for Russia.",
        {("troops", 2500, "planned", False, None)},
    ),
    (
        "Pyongyang is now selecting further soldiers for what would be its third dispatch to Russia.",
        {("troops", None, "planned", True, None)},
    ),
    # ... not soldiers trained, by Russians, out of those units
    (
        "Russian instructors are training 3,500 North Korean soldiers from the special operations corps.",
        {("troops", 3500, "reported", False, None)},
    ),
    # a modal that hedges a guess at what has been sent is no plan: 'the shells delivered may number as many as'
    (
        "Kyiv believes the missiles handed over by Pyongyang so far might number as many as 300.",
        {("missiles", 300, "reported", False, "Ukrainian government")},
    ),
    # ... while a size to come stays a plan, a growth told with a modal being a forecast
    (
        "The number of troops sent to Russia could eventually reach 100,000, Zelensky warned.",
        {("troops", 100000, "planned", False, "Zelensky")},
    ),
    (
        "The number of soldiers sent to Russia could reach 25,000 by the end of the year.",
        {("troops", 25000, "planned", False, None)},
    ),
    (
        "The shells that Pyongyang will deliver to Moscow could number as many as 7 million.",
        {("ammunition", 7000000, "planned", False, None)},
    ),
    # a total that a wave would make is planned, though the total's own words say 'sent'
    (
        "A third wave of 6,000 would bring the total number of troops sent to Russia to about 20,000.",
        {("troops", 20000, "planned", False, None)},
    ),
    # the base of an addition sent in a year gone by is reported
    (
        "North Korea is expected to ship 90 KN-23 missiles to Russia in 2026. These would come on top of 110 "
        "KN-23s supplied during 2025.",
        {("missiles", 90, "planned", False, None), ("missiles", 110, "reported", False, None)},
    ),
    # ... not a total that what is planned would make, nor one by a time to come
    (
        "Pyongyang is expected to send 4,000 more soldiers, which would bring the total force sent to Russia to "
        "15,000.",
        {("troops", 4000, "planned", True, None), ("troops", 15000, "planned", False, None)},
    ),
    (
        "North Korea will send 4,000 more troops, which would bring the number in Russia to 15,000 by the end of "
        "the year.",
        {("troops", 4000, "planned", True, None), ("troops", 15000, "planned", False, None)},
    ),
    # a pledge told of the list the figure opens, or in a 'whom' clause, governs every item of it
    (
        "The 1,500 deminers and 3,500 builders Pyongyang promised in July would arrive in groups.",
        {("troops", 1500, "planned", False, None), ("troops", 3500, "planned", False, None)},
    ),
    (
        "The two thousand sappers and three thousand builders whom the North's leaders decided to send will "
        "rebuild bridges.",
        {("troops", 2000, "planned", False, None), ("troops", 3000, "planned", False, None)},
    ),
    # ... unless they went
    (
        "The 1,500 deminers and 3,500 builders Pyongyang promised in July have all arrived in Kursk.",
        {("troops", 1500, "reported", False, None), ("troops", 3500, "reported", False, None)},
    ),
    # ... and a clause after the list is none of its items ('and that Pyongyang planned to send')
    (
        "Seoul later said the count of troops had reached 4,000, and that Pyongyang planned to send 9,000 more by "
        "December.",
        {
            ("troops", 4000, "reported", False, "South Korean government"),
            ("troops", 9000, "planned", True, "South Korean government"),
        },
    ),
    # an agreement with someone about a dispatch: 'agreed with Kim about sending of'
    (
        "Lavrov agreed with Kim Jong Un about sending of 1,500 sappers and 3,500 builders to the Belgorod region.",
        {
            ("troops", 1500, "planned", False, "Russia Ministry of Foreign Affairs (Lavrov)"),
            ("troops", 3500, "planned", False, "Russia Ministry of Foreign Affairs (Lavrov)"),
        },
    ),
    # additions told by 'plus' set off by a comma, with the figure's own participle: 'plus 3,000 deployed recently'
    (
        "Monitors counted 10,000 North Korean soldiers sent last year, plus 2,500 deployed this spring.",
        {("troops", 10000, "reported", False, None), ("troops", 2500, "reported", True, None)},
    ),
    # ... not the parts of a sum, nor a second item after 'plus'
    (
        "Pyongyang sent 10,000 soldiers to Russia, plus 200 generals and colonels.",
        {("troops", 10000, "reported", False, None), ("troops", 200, "reported", False, None)},
    ),
    (
        "North Korea has shipped 90 missiles to Russia, plus 2 million shells delivered by rail.",
        {("missiles", 90, "reported", False, None), ("ammunition", 2000000, "reported", False, None)},
    ),
    # a headline's 'persons additional dispatch'; a wave sized after it with 'perhaps' (in the wave's clause: a
    # plan); the reinforcements a speaker with an abbreviation counts
    (
        "North Korea, 4 thousand persons additional dispatch to Kursk",
        {("troops", 4000, "reported", True, None)},
    ),
    (
        "Kyiv said it expects another contingent in the summer, perhaps 2,000 to 4,000 men.",
        {("troops", 2000, "planned", True, "Ukrainian government")},
    ),
    (
        "The Joint Chiefs of Staff (JCS) told reporters on Monday that the reinforcements numbered about 2,500.",
        {("troops", 2500, "reported", True, "South Korea JCS")},
    ),
    # a denial that names the lie before the reports ('described as another fake the reports ... alleging'), or
    # calls the reports 'not accurate'
    (
        "Kremlin spokesman Dmitry Peskov dismissed as pure fakes the reports of Japanese media alleging that the DPRK "
        "had sent some 9,000 servicemen to Russia.",
        {("troops", 9000, "denied", False, "Kremlin (Peskov)")},
    ),
    (
        "A Pentagon spokesperson said reports that 70,000 North Korean troops were heading to Russia were not "
        "accurate.",
        {("troops", 70000, "denied", False, "US Department of Defense")},
    ),
    # ... not a word of credit put the same way
    (
        "Seoul described as credible the reports that North Korea had sent 9,000 troops to Russia.",
        {("troops", 9000, "reported", False, "South Korean government")},
    ),
    # a goal told as the total to be reached is a plan: 'on course to reach', 'on track to have', 'wanted a total of'
    (
        "About 2,000 North Korean soldiers are already in Russia, and the deployment is on course to reach 8,000 by "
        "January.",
        {("troops", 2000, "reported", False, None), ("troops", 8000, "planned", False, None)},
    ),
    (
        "The two capitals are on track to have some 8,000 soldiers moved by January.",
        {("troops", 8000, "planned", False, None)},
    ),
    (
        "Kyiv believes Pyongyang wanted a total of 8,000 troops in Russia by January.",
        {("troops", 8000, "planned", False, "Ukrainian government")},
    ),
    # ... not a count reached
    (
        "North Korea planned to send 8,000 troops and by November had sent 2,000.",
        {("troops", 8000, "planned", False, None), ("troops", 2000, "reported", False, None)},
    ),
    # workers planned: 'a plan was under way to send', 'are awaited', 'sought', a 'that ... was preparing to send'
    (
        "Kyodo reported that a plan was under way to send 15,000 North Korean workers to Russian drone plants.",
        {("workers", 15000, "planned", False, "Kyodo")},
    ),
    (
        "In the Belgorod region alone are awaited some 4 thousand such workers from North Korea.",
        {("workers", 4000, "planned", False, None)},
    ),
    (
        "A regional ministry said 1,500 North Korean workers were sought for housing projects.",
        {("workers", 1500, "planned", False, None)},
    ),
    (
        "That is far below the 15,000 North Korean workers that Kyodo said Moscow was preparing to hire.",
        {("workers", 15000, "planned", False, "Kyodo")},
    ),
    # ... not a delivery done and more to come
    (
        "North Korea has sent about 150 artillery pieces to Russia and is preparing to ship more.",
        {("artillery", 150, "reported", False, None), ("artillery", None, "planned", True, None)},
    ),
    # 'New' of a place's name is no addition ('The New York Times reported'); a new batch is
    (
        "Last spring The New York Times reported that fewer than 40 North Korean missiles had been transferred.",
        {("missiles", 40, "reported", False, "The New York Times")},
    ),
    (
        "North Korea has sent a new batch of 40 missiles to Russia.",
        {("missiles", 40, "reported", True, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
