"""Round 33's source rules narrowed where reviewers found them worse, each pinned with the case found and a variant
written for it: the paper whose report a speaker cites speaks only for what the report is told to say ('cited a
report in Yonhap that ...'), and as the figure's origin, not as a relay of the speaker; a UN record's delegate
opening a sentence is written in the record's capitals; an envoy who dismisses what came before gives none of it;
a 'Defense Department' of another country, named after it, is that country's, and a bare one stays Washington's
whoever's ministry was named before; the ground won back 'from' a body is read within its clause; a former
journalist of an outlet speaks for it no longer; a capital's running tally is its own only where no one else
in the sentence tells it ('..., according to figures shared by the General Staff', '..., he said')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims


def _rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in _claims(text, lexicon)
    }


_PENTAGON_BEFORE = (
    "North Korea is believed to have sent between 10,000 and 12,000 troops to Russia, the Pentagon said last month. "
    "The Defense Department has estimated that roughly 1,000 of them have been killed."
)
_PENTAGON_ROWS = {
    ("troops", 10000, None, "reported", False, "US Department of Defense"),
    ("casualties", 1000, "approx", "reported", False, "US Department of Defense"),
}

MENDED: list[tuple[str, set[tuple[object, ...]]]] = [
    # the cited report's outlet: only for what the report is told to say, and as its origin
    (
        "Budanov cited a report in Yonhap but said his own figure was higher, at 12,000 troops.",
        {("troops", 12000, "exact", "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        "The senator cited a report in The Wall Street Journal, then said the Pentagon believes North Korea has sent "
        "12,000 troops.",
        {("troops", 12000, "exact", "reported", False, "US Department of Defense")},
    ),
    (
        "A Kremlin spokesman cited a report in The Washington Post as proof that Western claims of 10,000 North "
        'Korean troops were "fabricated".',
        {("troops", 10000, "exact", "reported", False, "Russian government")},
    ),
    (
        "Zelensky pointed to a report in The Economist that about 100 KN-23 missiles had been fired at Ukraine.",
        {("missiles", 100, "approx", "reported", False, "The Economist")},
    ),
    (
        "Budanov cited a report in Yonhap that North Korea had sent about 11,000 troops, but said Kyiv's own estimate "
        "was higher.",
        {("troops", 11000, "approx", "reported", False, "Yonhap")},
    ),
    (
        "Zelensky referred to a story in The Economist, which said about 100 KN-23 missiles had been fired at Ukraine.",
        {("missiles", 100, "approx", "reported", False, "The Economist")},
    ),
    (
        "The minister cited an article in The Guardian but said North Korea had sent 11,000 troops.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
    # a bracketed country after a name in ordinary case is no UN record's delegate
    (
        "Andrei Lankov (Russia) notes that Pyongyang has sent some 15,000 workers to Russia since 2023.",
        {("workers", 15000, "approx", "reported", False, None)},
    ),
    (
        "Ahn Chan-il (South Korea) runs the World Institute for North Korea Studies; he estimates 4,000 North Korean "
        "casualties.",
        {("casualties", 4000, "exact", "reported", False, None)},
    ),
    (
        "Kim Won-gon (South Korea) argues that Pyongyang has sent some 3,000 more troops.",
        {("troops", 3000, "approx", "reported", True, None)},
    ),
    # an envoy who dismisses what came before gives none of it; one who rejects it is told as its denier
    (
        "North Korea has sent 11,000 troops to fight Ukraine, and Russia's U.N. ambassador dismissed the accusation.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
    (
        "North Korea sent 12,000 troops to Russia, and Russia's ambassador to the U.N. dismissed these claims as lies.",
        {("troops", 12000, "exact", "reported", False, None)},
    ),
    (
        "At the committee, the North's U.N. envoy dismissed the accusation that it was sending 11,000 soldiers to "
        "Russia.",
        {("troops", 11000, "exact", "denied", False, "North Korea UN representative")},
    ),
    (
        "North Korea sent 12,000 troops, and Russia's U.N. envoy rejected the claims.",
        {("troops", 12000, "exact", "denied", False, "Russia UN representative")},
    ),
    # another country's 'Defense Department', named after it; a bare one stays Washington's
    (
        "According to the Defense Department of South Korea, North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "approx", "reported", False, "South Korea Ministry of National Defense")},
    ),
    (
        "According to the Defense Department of Japan, North Korea has sent about 11,000 troops to Russia.",
        {("troops", 11000, "approx", "reported", False, "Japan Ministry of Defense")},
    ),
    ("Newsweek has reached out to the Russian Defense Ministry for comment. " + _PENTAGON_BEFORE, _PENTAGON_ROWS),
    ("Japan's Defense Ministry said it was monitoring the situation. " + _PENTAGON_BEFORE, _PENTAGON_ROWS),
    # the ground won back 'from' a body: within its clause only
    (
        "North Korea has sent some 3,000 more soldiers to help win back Kursk, a statement from South Korea's Joint "
        "Chiefs of Staff said.",
        {("troops", 3000, "approx", "reported", True, "South Korea JCS")},
    ),
    (
        "North Korea sent 11,000 troops who helped Russia retake the region, a report from the NIS said.",
        {("troops", 11000, "exact", "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea sent 11,000 troops who helped Russia reclaim the area, a report from the NIS said.",
        {("troops", 11000, "exact", "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent 3,000 more soldiers to help retake Kursk, a report from the NIS said.",
        {("troops", 3000, "exact", "reported", True, "South Korea NIS")},
    ),
    # an outlet's former journalist speaks for it no longer
    (
        "The Guardian's former Moscow correspondent, now at a think tank, estimates North Korea has delivered about "
        "200 long-range artillery pieces.",
        {("artillery", 200, "approx", "reported", False, None)},
    ),
    (
        "The Times's one-time Seoul correspondent estimates North Korea has delivered about 200 long-range artillery "
        "pieces.",
        {("artillery", 200, "approx", "reported", False, None)},
    ),
    # a count kept as it grows is the capital's where no one else tells it; the explicit teller keeps it
    (
        "Kyiv's running tally of North Korean casualties stands at 4,000.",
        {("casualties", 4000, "exact", "reported", False, "Ukrainian government")},
    ),
    (
        "Seoul's cumulative count of North Korean dead is about 600.",
        {("casualties", 600, "approx", "reported", False, "South Korean government")},
    ),
    (
        "By Kyiv's running count, 4,000 North Koreans have been killed or wounded.",
        {("casualties", 4000, "exact", "reported", False, "Ukrainian government")},
    ),
    (
        "The running tally of North Korean casualties stands at 4,000.",
        {("casualties", 4000, "exact", "reported", False, None)},
    ),
    (
        "Kyiv's running low on shells, while North Korea has sent 11,000 troops to Russia.",
        {("ammunition", None, None, "reported", False, None), ("troops", 11000, "exact", "reported", False, None)},
    ),
    (
        "According to the General Staff, Kyiv's rolling count of North Korean losses is 4,000.",
        {("casualties", 4000, "exact", "reported", False, "General Staff")},
    ),
    (
        "Kyiv's running tally of North Korean casualties stands at around 4,000, including about 1,000 killed, "
        "according to figures shared with reporters by the Ukrainian General Staff.",
        {
            ("casualties", 4000, "approx", "reported", False, "Ukraine General Staff"),
            ("casualties", 1000, "approx", "reported", False, "Ukraine General Staff"),
        },
    ),
    (
        "Budanov spoke to reporters in Kyiv. By Kyiv's running count, about 4,000 North Korean soldiers have been "
        "killed or wounded, he said.",
        {("casualties", 4000, "approx", "reported", False, "Ukraine HUR (Budanov)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_round33_mended_sources(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
