"""Figures whose item is elsewhere, fixed in the thirtieth round, each with sentences written for it: a force's size
named beside a toll, more people sent after one, a bare count of people whose item is further back than the
sentence before, and answers to a question about North Koreans at work."""

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
    # a bare count of people who remain or have come: the troops or workers named further back, past things no one
    # claimed ('They were given uniforms, mortars ...')
    (
        "Ukraine's intelligence said more than 7,000 North Korean troops had moved to the border. The soldiers came "
        "from camps in the Far East. They were given uniforms, mortars and anti-tank rocket launchers. Another "
        "4,000 or so remain at the camps, the agency said.",
        {("troops", 7000, "reported", False, "Ukraine HUR"), ("troops", 4000, "reported", True, "Ukraine HUR")},
    ),
    (
        "Ukraine's intelligence said Pyongyang plans to send thousands of workers to Russia. They will repair roads "
        "and build bunkers. More than 1,000 have already come.",
        {("workers", None, "planned", False, "Ukraine HUR"), ("workers", 1000, "reported", False, "Ukraine HUR")},
    ),
    # ... not past things claimed in between, nor back to a toll ('2,000 remain in hospitals')
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
    # an answer counts what the question asks about: North Koreans at work, not the plant named last
    (
        "Q: How many North Koreans could end up working at the drone plant in Tatarstan?\n"
        "A: Twelve thousand, according to Ukraine's Defence Intelligence (HUR).",
        {("workers", 12000, "reported", False, "Ukraine HUR")},
    ),
    (
        "Q: How many North Korean soldiers have been killed at the front?\nA: The NIS believes it is about 2,000.",
        {("casualties", 2000, "reported", False, "South Korea NIS")},
    ),
    # ... also a question that asks for figures without 'how many'
    (
        "Ukraine's intelligence says Pyongyang plans to send thousands of workers to Russia.\n"
        "Q: Can you give figures?\nA: Around 6,000, to repair roads and build bunkers.",
        {("workers", None, "planned", False, "Ukraine HUR"), ("workers", 6000, "reported", False, "Ukraine HUR")},
    ),
    # people expected, counted bare after the item named before
    (
        "Ukraine's intelligence says Pyongyang plans to send thousands of workers to Russia. In the Kursk region "
        "alone it expects around 6,000, to repair roads.",
        {("workers", 6000, "planned", False, "Ukraine HUR")},
    ),
    # a number naming one of a series is no count
    (
        "A Japanese paper says North Korean workers are being sent to a Russian drone factory. The report gave no "
        "numbers. Issue 113 arrives on 12 September.",
        {("drones", None, "reported", False, None), ("workers", None, "reported", False, None)},
    ),
    # 'we said it was', 'we said there were': the figure said before, of the item named before
    (
        "The Pentagon said North Korea has sent about 10,000 soldiers to Russia. Last week we said it was at least "
        "3,000, so that number has grown.",
        {
            ("troops", 10000, "reported", False, "US Department of Defense"),
            ("troops", 3000, "reported", False, "US Department of Defense"),
        },
    ),
    (
        "The Pentagon said North Korea has sent about 10,000 soldiers to Russia. Asked about the talks, he said it "
        "was 50-50.",
        {("troops", 10000, "reported", False, "US Department of Defense")},
    ),
    # a figure glossed by what it counts: 'that is the latest count of', and a labelled figure the next line explains
    (
        "Just under 5,000: that is the latest count of North Korean soldiers killed or wounded in Russia, according "
        "to South Korea's Joint Chiefs of Staff.",
        {("casualties", 5000, "reported", False, "South Korea JCS")},
    ),
    (
        "Ukraine named the drones it downed.\nFIGURE OF THE DAY: 3,000\nThat is how many North Korean soldiers the "
        "NIS believes were sent to Russia in January and February.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "FIGURE OF THE DAY: 60\nThat is the number of days the talks in Moscow lasted, North Korea's KCNA said.",
        set(),
    ),
    # what a sentence says it gives no details of is no antecedent: 'of them' are the soldiers before
    (
        "Ukraine's defence minister said its forces had fought North Korean soldiers for the first time. He gave no "
        'details of casualties. "We believe there are already 11,000 of them in the Kursk region," he said.',
        {("troops", 11000, "reported", False, "Ukraine Ministry of Defense")},
    ),
    # the same figure retold just after counts what it counted there, not the item named last
    (
        "South Korea's envoy said some 11,000 North Korean soldiers were now in Russia, and that Pyongyang had "
        "shipped more than 13,000 containers of munitions. Ukraine's envoy also cited a figure of about 11,000.",
        {
            ("troops", 11000, "reported", False, "South Korean envoy"),
            ("ammunition", 13000, "reported", False, "South Korean envoy"),
        },
    ),
    # ... only the sentence just before: 'put the figure at' after a toll is the toll, whatever came earlier
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
    # people who came, named five sentences back past sentences that name nothing
    (
        "The NIS said North Korean troops began arriving in October. It briefed lawmakers on Tuesday. The session "
        "was closed. It lasted three hours. About 14,000 have come in all, the agency said.",
        {("troops", 14000, "reported", False, "South Korea NIS")},
    ),
    # a measure's item five sentences back ('15,279 barrels' of the petroleum named before), not a tally that
    # blends North Korea's other supplier's
    (
        "Russia reports its deliveries of refined petroleum to North Korea to a UN committee. The committee keeps a "
        "public website. It lists each filing by month. Its rows for this year are mostly blank. In that filing, "
        "Moscow declared 15,279 barrels.",
        {("other", 15279, "reported", False, "Russian government")},
    ),
    (
        "Russia reports its deliveries of refined petroleum to North Korea to a UN committee. The committee keeps a "
        "public website. It lists each filing by month. Its rows for this year are mostly blank. The combined "
        "total, 168,679 barrels, was mostly Chinese deliveries.",
        {("other", None, "reported", False, "Russian government")},
    ),
    # a force's size said of it ('was 12,000-strong'); a quotation's bare figure counts what it is said of
    (
        "Ukraine's military intelligence has tracked the deployment. The first contingent was 12,000-strong, "
        "according to the agency.",
        {("troops", 12000, "reported", False, "Ukraine HUR")},
    ),
    (
        "North Korea has shipped howitzers to Russia, Seoul said. \"It's around 100 so far, and they are moving in "
        'batches," a South Korean military official said of the howitzers.',
        {
            ("artillery", 100, "reported", False, "South Korean military official"),
            ("artillery", None, "reported", False, "South Korean government"),
        },
    ),
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
