"""Wording classes fixed in the twenty-seventh round, each with sentences written for it: what the tune part,
rewritten the way other outlets write the same facts (bench/accuracy_perturbed.py), showed the engine reading
differently."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _values(text: str, lexicon) -> dict[object, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value -> (category, status, addition, source) of every numeric claim."""
    return {row[1]: (row[0], row[2], row[3], row[4]) for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 'ballistic rocket' is a missile, as translated copy writes it; a bare 'rocket' stays ammunition
        (
            "Russia has fired some 60 North Korean ballistic rockets at Ukrainian cities, Kyiv said.",
            {60: ("missiles", "reported", False, "Ukrainian government")},
        ),
        (
            "North Korea shipped 4,000 rockets for multiple launchers to Russia, Seoul's spy agency said.",
            {4000: ("ammunition", "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_other_words_for_the_same_item(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
NIS = "South Korea NIS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
    ],
)
def test_one_briefing_retold(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
    ],
)
def test_one_briefing_retold_guards(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected
