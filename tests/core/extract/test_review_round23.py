"""Wording classes fixed in the twenty-third round, each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


def _tolls(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {(c.subtype, c.value, c.source) for c in _claims(text, lexicon) if c.category.value == "casualties"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one number told by two voices as two different losses is two tolls
        (
            "Seoul's spy agency said about 2,000 North Korean soldiers had been wounded in Kursk. Zelensky said "
            "more than 2,000 North Korean soldiers had been killed or wounded last week.",
            {("wounded", 2000, "South Korea NIS"), ("killed_or_wounded", 2000, "Zelensky")},
        ),
        (
            "The Pentagon said 800 North Korean troops had been killed. Ukraine's HUR put the number of North "
            "Korean soldiers killed or wounded at 800 in a single week.",
            {("killed", 800, "US Department of Defense"), ("killed_or_wounded", 800, "Ukraine HUR")},
        ),
        # (guard: one voice naming its toll twice, or a toll named by no one, stays one claim)
        (
            "About 3,000 North Korean soldiers have been killed or wounded, the NIS said. The 3,000 casualties "
            "include the dead, the agency said.",
            {("killed_or_wounded", 3000, "South Korea NIS")},
        ),
    ],
)
def test_one_number_two_voices_two_tolls(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(text, lexicon) == expected
