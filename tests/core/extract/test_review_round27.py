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
