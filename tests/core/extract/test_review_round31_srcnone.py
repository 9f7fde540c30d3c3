"""Who said it, round thirty-one (figures the engine left to no one): a quotation of several sentences closed by a
tag that refers back ('..., he said.', '..., the president said.') is the speaker that tag refers to, for its first
sentences too, as it already was when the tag named the speaker ('..., Budanov said.')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_BUDANOV = "Ukraine's spy chief Kyrylo Budanov spoke to a magazine on Friday about the war.\n\n"
_ZELENSKY = "President Volodymyr Zelensky addressed the nation on Sunday evening.\n"
_QUOTED_ROUNDS = '"This year alone they sent another 1.5 million rounds. They ship them by sea and rail," '
_QUOTED_LOSSES = (
    '"Near Kursk alone, the North Koreans lost about 4,000 killed and wounded. Moscow does not care about them," '
)

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # '..., he said.' closing the quotation: the person named just before, who speaks by pronoun
    (_BUDANOV + _QUOTED_ROUNDS + "he said.", {("ammunition", 1500000, "reported", True, "Ukraine HUR (Budanov)")}),
    # '..., the president said.': the president named before
    (_ZELENSKY + _QUOTED_LOSSES + "the president said.", {("casualties", 4000, "reported", False, "Zelensky")}),
    # '..., he added.' after a spokesman named with his body: the first sentence is his as the second is
    (
        "Lee Sung-jun, a spokesman for South Korea's Joint Chiefs of Staff, briefed reporters in Seoul on Monday.\n"
        '"Roughly 3,000 more soldiers arrived in January and February. More may follow in spring," he added.',
        {
            ("troops", 3000, "reported", True, "South Korea JCS (Lee Sung-jun)"),
            ("troops", None, "planned", True, "South Korea JCS (Lee Sung-jun)"),
        },
    ),
    # not when no one was named before for 'he' to be
    (
        "The war in Ukraine entered its fourth year with no ceasefire in sight.\n\n" + _QUOTED_ROUNDS + "he said.",
        {("ammunition", 1500000, "reported", True, None)},
    ),
    # not when the tag names a speaker nobody can name: no borrowing of the person named before
    (
        _BUDANOV + _QUOTED_ROUNDS + "a Ukrainian drone operator said.",
        {("ammunition", 1500000, "reported", True, None)},
    ),
    (
        _ZELENSKY + _QUOTED_LOSSES + "a Russian military blogger wrote.",
        {("casualties", 4000, "reported", False, None)},
    ),
    # not when the tag's sentence closes no quotation of before, only a word of its own ('"relentless," he said')
    (
        _BUDANOV + '"Pyongyang sent another 1.5 million rounds this year." The shipments were "relentless," he said.',
        {("ammunition", 1500000, "reported", True, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_srcnone(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
