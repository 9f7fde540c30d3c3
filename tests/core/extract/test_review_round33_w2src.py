"""Sources named wrongly, found by the thirty-third round's second-wave reviewers (w2src), each with sentences written
for it: an outlet's journalist named by the place of the post ("the BBC's Seoul correspondent", "Reuters' Kyiv bureau
chief") or filing from a place ('reported from Seoul') speaks for the outlet, not for the country the place names."""

from __future__ import annotations

import pytest

from core.lexicon import Lexicon
from tests.core.extract.on_the_beat import claims as _claims


def _rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, qualifier, status, addition and source of every claim."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in _claims(text, lexicon)
    }


DESKS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "According to the BBC's Seoul correspondent, North Korea has sent about 3,000 more troops to Russia.",
        {("troops", 3000, "approx", "reported", True, "BBC")},
    ),
    (
        "The Telegraph's Asia correspondent reported from Seoul that a second wave of some 3,000 North Korean "
        "soldiers had arrived in Kursk.",
        {("troops", 3000, "approx", "reported", True, "The Telegraph")},
    ),
    (
        "Reuters' Kyiv bureau chief said some 12,000 North Korean troops were fighting in Kursk.",
        {("troops", 12000, "approx", "reported", False, "Reuters")},
    ),
    (
        "The Guardian's Moscow correspondent wrote that about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "The Guardian")},
    ),
    # near misses: a body the place names, told by the outlet; a statement from the capital
    (
        "According to the BBC, Seoul's spy agency said about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "South Korea NIS (via BBC)")},
    ),
    (
        "The BBC reported a statement from Seoul that about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "South Korean government (via BBC)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESKS)
def test_round33_a_correspondents_post_is_no_voice(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# A report a speaker is asked about, told what it says ('Asked about a report in The Wall Street Journal that said'),
# is the paper's figure, whatever the speaker answers; a story the speaker is asked about and then speaks to is his.
ASKED_ABOUT: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Asked about a report in The Wall Street Journal that said some 3,000 North Korean troops had been killed, "
        "Kremlin spokesman Dmitry Peskov declined to comment.",
        {("casualties", 3000, "approx", "reported", False, "The Wall Street Journal")},
    ),
    (
        "Asked about an article in the Financial Times which said North Korea had shipped 5 million shells, Peskov "
        "said he had nothing to add.",
        {("ammunition", 5000000, "exact", "reported", False, "Financial Times")},
    ),
    (
        "Kremlin spokesman Dmitry Peskov, asked about a story in The Times that 11,000 North Korean troops were in "
        "Kursk, declined to comment.",
        {("troops", 11000, "exact", "reported", False, "The Times")},
    ),
    # near misses: the speaker gives the figure after being asked
    (
        "Asked about a report in The Wall Street Journal, Peskov said some 3,000 North Korean troops had been killed.",
        {("casualties", 3000, "approx", "reported", False, "Kremlin (Peskov)")},
    ),
    (
        "The minister, asked about a story in The Times, said North Korea had sent about 11,000 troops to Russia.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_ABOUT)
def test_round33_a_report_asked_about_is_the_papers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
