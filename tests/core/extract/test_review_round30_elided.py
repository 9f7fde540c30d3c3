"""Figures whose item is elsewhere, fixed in the thirtieth round, each with sentences written for it: a force's size
named beside a toll, more people sent after one, 'look to have been moved' (a verb, not the figure's noun), a group's
size in apposition, a force that suffers 'steep' casualties; and bare numbers that must stay unread. (The round's
rules that reached further back for a bare figure's item were dropped after a review found them inventing figures:
things that remain, forces' home sizes, answers on Russia's own figures, glossed units.)"""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a group's size is not its losses: the contingent a toll spreads across, counted right after it
    (
        "Seoul's spy agency said the North had suffered heavy losses. It said the casualties were spreading across "
        "the whole contingent, estimated at about 11,000, since December.",
        {
            ("casualties", None, "reported", False, "South Korea NIS"),
            ("troops", 11000, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "About 300 North Korean soldiers were killed and 2,700 wounded, the NIS said; casualties across the force, "
        "now estimated at 11,000, keep rising.",
        {
            ("casualties", 300, "reported", False, "South Korea NIS"),
            ("casualties", 2700, "reported", False, "South Korea NIS"),
            ("troops", 11000, "reported", False, "South Korea NIS"),
        },
    ),
    # ... while a toll of a unit, estimated, stays a toll
    (
        "North Korean casualties have risen to about 4,000, the NIS said. Losses in the unit, estimated at about "
        "3,000 killed and wounded, were the heaviest.",
        {
            ("casualties", 4000, "reported", False, "South Korea NIS"),
            ("casualties", 3000, "reported", False, "South Korea NIS"),
        },
    ),
    # more people sent after a toll are troops, not more dead
    (
        "The NIS says about 2,000 North Korean soldiers were killed in Russia, and Pyongyang may send 6,000 more.",
        {
            ("casualties", 2000, "reported", False, "South Korea NIS"),
            ("troops", 6000, "planned", True, "South Korea NIS"),
        },
    ),
    # a bare count after things claimed is none of the people named before them, nor one after a toll ('2,000
    # remain in hospitals')
    (
        "The NIS said North Korean soldiers were in Kursk. North Korea has also shipped artillery shells to Russia. "
        "About 300,000 arrived in Kursk in May.",
        {
            ("troops", None, "reported", False, "South Korea NIS"),
            ("ammunition", None, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "The NIS said North Korea's soldiers were brought to Kursk. About 300 were killed in the first week. About "
        "2,000 remain in hospitals in Kursk.",
        {("casualties", 300, "reported", False, "South Korea NIS")},
    ),
    # an answer counts what its question asks about
    (
        "Q: How many North Korean soldiers have been killed at the front?\nA: The NIS believes it is about 2,000.",
        {("casualties", 2000, "reported", False, "South Korea NIS")},
    ),
    # a number naming one of a series is no count
    (
        "A Japanese paper says North Korean workers are being sent to a Russian drone factory. The report gave no "
        "numbers. Issue 113 arrives on 12 September.",
        {("workers", None, "reported", False, None)},  # (a drone factory is where they work: round 32)
    ),
    # a ratio said of 'it' is no count ('it was 50-50')
    (
        "The Pentagon said North Korea has sent about 10,000 soldiers to Russia. Asked about the talks, he said it "
        "was 50-50.",
        {("troops", 10000, "reported", False, "US Department of Defense")},
    ),
    # a labelled figure whose next line says it counts days is no count
    (
        "FIGURE OF THE DAY: 60\nThat is the number of days the talks in Moscow lasted, North Korea's KCNA said.",
        set(),
    ),
    # 'put the figure at' after a toll is the toll, whatever came earlier
    (
        "North Korea has sent about 6,000 builders to Kursk, the NIS said. The cost has been high. The NIS estimated "
        "that 4,700 North Korean soldiers had been killed or wounded. The MSMT put the figure at around 6,000.",
        {
            ("troops", 6000, "reported", False, "South Korea NIS"),
            ("casualties", 4700, "reported", False, "South Korea NIS"),
            ("casualties", 6000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)"),
        },
    ),
    # 'look to have been moved': a verb, not the figure's noun; a group's size in apposition
    (
        "The NIS said North Korea has sent troops to Russia. Another 1,500 look to have been moved across to Russia.",
        {("troops", None, "reported", False, "South Korea NIS"), ("troops", 1500, "reported", True, "South Korea NIS")},
    ),
    (
        "Budanov said North Korean troops are in Kursk. We see preparation for a new group, maybe 5,000 to 8,000.",
        {
            ("troops", None, "reported", False, "Ukraine HUR (Budanov)"),
            ("troops", 5000, "reported", True, "Ukraine HUR (Budanov)"),
        },
    ),
    # a tally that blends North Korea's other supplier's is none of Russia's supply
    (
        "Russia reports its deliveries of refined petroleum to North Korea to a UN committee. The committee keeps a "
        "public website. It lists each filing by month. Its rows for this year are mostly blank. The combined "
        "total, 168,679 barrels, was mostly Chinese deliveries.",
        {("other", None, "reported", False, "Russian government")},
    ),
    # a quotation's bare figure said of something else is no count
    ('"We saw 30 in one day," the official said of the drone strikes on Kursk.', set()),
    # a force that suffers 'steep' casualties is counted whole; people who suffered injuries are the toll
    (
        "Seoul said North Korea is preparing to send more soldiers to Russia, even as the roughly 11,000 troops it "
        "dispatched last fall suffer steep casualties in Kursk.",
        {
            ("troops", 11000, "reported", False, "South Korean government"),
            ("troops", None, "planned", True, "South Korean government"),
        },
    ),
    (
        "Seoul said about 3,000 North Korean troops had suffered injuries.",
        {("casualties", 3000, "reported", False, "South Korean government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_elided_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
