"""Defects fixed in the thirtieth round, each with sentences written for it: a broadcaster referred back to as 'the
network', and the people a story cites, who are no item a later total counts."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'the network' refers back to the broadcaster named before, as 'the broadcaster' does
    (
        "NBC News aired the report on Sunday. The network said North Korea had moved about 2,000 more soldiers to "
        "the Kursk front.",
        {("troops", 2000, "reported", True, "NBC News")},
    ),
    (
        "CNN ran the story first. The TV network notes that Pyongyang has sent some 11,000 soldiers to Russia.",
        {("troops", 11000, "reported", False, "CNN")},
    ),
    # ... but a network that is no outlet speaks for no one
    (
        "The railway network carried about 6,000 containers of North Korean shells to Russia, analysts said.",
        {("ammunition", 6000, "reported", False, None)},
    ),
    # the people a story cites are no item: the total after them counts the item before ('people familiar with
    # the matter said' must not make 'the total' a count of people)
    (
        "North Korea has shipped more ballistic missiles to Russia in recent weeks, people familiar with the "
        "matter said. The shipments bring the total to about 150, the people said.",
        {("missiles", None, "reported", True, None), ("missiles", 150, "reported", False, None)},
    ),
    (
        "Pyongyang sent another batch of rocket launchers to Russia, according to people briefed on the "
        "transfers. That brings the total to 240.",
        {("rocket_launchers", None, "reported", True, None), ("rocket_launchers", 240, "reported", False, None)},
    ),
    # an inverted attribution naming one of the two countries ends the clause: its government speaks
    (
        "North Korea will send 6,000 military builders to the Kursk region, says Moscow.",
        {("troops", 6000, "planned", False, "Russian government")},
    ),
    (
        "No North Korean soldier is fighting in Ukraine, said Pyongyang on Tuesday.",
        {("troops", None, "denied", False, "North Korean government")},
    ),
    # ... not a name that opens the clause said ('said Moscow had agreed' is no inverted attribution)
    (
        "A Ukrainian official, asked about the 6,000 builders North Korea plans to send to Kursk, said Moscow had "
        "agreed.",
        {("troops", 6000, "planned", False, None)},
    ),
    # ... nor a country that opens the clause said, after a speaker set off by commas
    (
        "Shin Won-sik, South Korea's defence minister, said Pyongyang last month sent about 3,000 more troops.",
        {("troops", 3000, "reported", True, "South Korea Ministry of National Defense (Shin Won-sik)")},
    ),
    (
        "Kyrylo Budanov, Ukraine's spy chief, said Moscow in 2024 received about 100 KN-23 missiles from North Korea.",
        {("missiles", 100, "reported", False, "Ukraine HUR (Budanov)")},
    ),
    # (review) engineers familiar with a trade are an item a later total counts, unlike the people a story cites
    (
        "North Korea has sent more engineers familiar with Russian rail systems. That brings the total to 2,000.",
        {("troops", None, "reported", True, None), ("troops", 2000, "reported", False, None)},
    ),
    # (review) a small count is a prisoners' count only where its own clause is on captivity ...
    (
        "North Korea sent four generals to Russia, the NIS said, after interrogations of captured soldiers.",
        {("troops", 4, "reported", False, "South Korea NIS")},
    ),
    (
        "Ukraine's SBU is interrogating two North Korean soldiers captured in Kursk.",
        {("casualties", 2, "reported", False, "Ukraine SBU")},
    ),
    # ... and the prisoners are named again only as the ones met before ('the two soldiers'), not as 'two generals'
    (
        "Ukraine captured two North Korean soldiers in Kursk. North Korea has also sent two generals to Russia, "
        "according to the NIS.",
        {("casualties", 2, "reported", False, None), ("troops", 2, "reported", False, "South Korea NIS")},
    ),
    (
        "Ukraine captured two North Korean soldiers in Kursk. The two soldiers told interrogators they had been "
        "sent to Russia in November.",
        {("casualties", 2, "reported", False, None)},
    ),
    # (review) fuel exported to another buyer, named or not, is none of North Korea's
    (
        "Russia exported 60,000 barrels of oil to Mongolia in 2023 and 70,000 barrels in 2024.",
        set(),
    ),
    # (review) forces sent to Russia's region by another side are not North Korea's
    (
        "Ukraine pulled back 30,000 troops sent to Russia's Kursk region after North Korean soldiers arrived.",
        {("troops", None, "reported", False, None)},
    ),
    # (review) 'he says' is the speaker of before when a person spoke just before, not one named in passing
    (
        "Ukraine's spy chief Kyrylo Budanov said North Korea had sent 11,000 troops. That was before Putin visited "
        "Pyongyang. He says the North will send another 5,000 workers.",
        {
            ("troops", 11000, "reported", False, "Ukraine HUR (Budanov)"),
            ("workers", 5000, "planned", True, "Ukraine HUR (Budanov)"),
        },
    ),
    # (review) 'respectively' after two items named, not counted; a model and its noun ('Koksan guns') are one
    (
        "North Korean troops and workers in Russia number more than 14,000 and 15,000 respectively.",
        {("troops", 14000, "reported", False, None), ("workers", 15000, "reported", False, None)},
    ),
    (
        "The NIS put the number of Koksan guns and launchers sent to Russia at about 200 and 150, respectively.",
        {
            ("artillery", 200, "reported", False, "South Korea NIS"),
            ("rocket_launchers", 150, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "North Korea has sent 11,000 troops and lost 4,000 killed or wounded, up from 3,000 and 1,000 respectively.",
        {
            ("troops", 11000, "reported", False, None),
            ("casualties", 4000, "reported", False, None),
            ("troops", 3000, "reported", False, None),
            ("casualties", 1000, "reported", False, None),
        },
    ),
    # (review of the status rules) a forecast with a modal stays a plan; a sum a wave would make is planned
    (
        "The number of troops sent to Russia could reach 20,000 by December.",
        {("troops", 20000, "planned", False, None)},
    ),
    # ... seeking help is no request for men; picking men for a parade is no deployment
    (
        "About 1,000 North Korean soldiers sought treatment in Moscow hospitals.",
        {("troops", 1000, "reported", False, None)},
    ),
    (
        "North Korea is picking 1,000 soldiers from the 11th Corps to parade in Pyongyang.",
        {("troops", 1000, "reported", False, None)},
    ),
    # ... a second kind of item 'on top of that' is no addition; the force before the reinforcements is no addition
    (
        "North Korea has shipped 5 million shells to Russia, and about 120 howitzers on top of that.",
        {("ammunition", 5000000, "reported", False, None), ("artillery", 120, "reported", False, None)},
    ),
    # (last review) 'on top of that' of what Russia gives back is no addition; 'plus' within one dispatch is none
    (
        "North Korea has sent about 12,000 troops, and Russia has given it Pantsir systems on top of that, Seoul said.",
        {
            ("troops", 12000, "reported", False, "South Korean government"),
            ("other", None, "reported", False, "South Korean government"),
        },
    ),
    (
        "The 11,000 troops plus three generals were sent in October, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS"), ("troops", 3, "reported", False, "South Korea NIS")},
    ),
    # (last review) the plan of a two-item list's first figure is its second's: the pledge before the list
    (
        "Pyongyang pledged 1,000 deminers and 5,000 military builders, Shoigu said.",
        {
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu)"),
        },
    ),
    # ... not a second figure with a verb of its own
    (
        "North Korea will send 1,000 more troops and 11,000 are already in Kursk.",
        {("troops", 1000, "planned", True, None), ("troops", 11000, "reported", False, None)},
    ),
    # (last review) the toll's people are no item of their own in a 'respectively' pair
    (
        "The NIS said North Korean troops killed and wounded now number 600 and 4,100 respectively.",
        {("casualties", 600, "reported", False, "South Korea NIS")},
    ),
    # (last review) a body that disputes a described group's figure is not that group
    (
        "A research group set up by former intelligence officers said North Korea had delivered 200 guns. The Royal "
        "United Services Institute disputed the figure.",
        {("artillery", 200, "reported", False, None)},
    ),
    (
        "The NIS said the force that preceded the reinforcements numbered about 11,000.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
]


# (review of the bare-figure rules, which were dropped) a force's own size, things that remain and an answer on
# Russia's own figures are no support counted
@pytest.mark.parametrize(
    "text",
    [
        "North Korea's special forces corps is 200,000-strong.",
        "North Korea sent 12,000 troops. They were issued drones. About 200 remain in storage.",
        "North Korea sent 12,000 troops to Russia. What is the figure for Russian troops in Kursk? About 50,000.",
    ],
)
def test_no_support_figure_invented(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[1] for row in _rows(text, lexicon)} <= {None, 12000}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_wordings(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # (review of the status rules) a delivery told before a pledge of more is reported
        (
            "North Korea has sent 11,000 troops and 3,000 reinforcements to Russia and has promised to send more, "
            "the NIS said.",
            11000,
        ),
        # ... and agreeing with an assessment is no deal
        (
            "US officials agreed with South Korea's assessment on the deployment of some 12,000 North Korean troops "
            "to Russia.",
            12000,
        ),
        # ... and a sum of what was sent, told with a modal, is reported only when the modal measures it
        ("The shells delivered by North Korea may number as many as 3 million, Kyiv estimates.", 3000000),
    ],
)
def test_a_delivery_stays_reported(text: str, figure: int, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] == figure} == {"reported"}
