"""Mends of the thirty-second round's srcnone rules, after a review's probes: each sentence written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

# 'gave no figure for' leaves untold only the noun phrase after it: what comes after 'but said', 'although', or a
# later 'said' is told
UNTOLD_SCOPE_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv's military intelligence offered no estimate of the shells, but said North Korea had delivered Koksan "
        "self-propelled guns to Russia.",
        {("artillery", None, "reported", False, "Ukraine HUR")},
    ),
    (
        "The NIS, which gave no figure for the dead in its last briefing, said on Friday that North Korea had also "
        "shipped KN-23 missiles to Russia.",
        {("missiles", None, "reported", False, "South Korea NIS")},
    ),
    (
        "Seoul's spy agency would not say how many soldiers had died, but said Pyongyang had sent multiple rocket "
        "launchers to Russia.",
        {("rocket_launchers", None, "reported", False, "South Korea NIS")},
    ),
    # near misses: the items in the untold phrase itself stay untold
    ("The Pentagon gave no figure for the North Korean soldiers killed in Kursk.", set()),
    ("Kyiv offered no count of the North Korean missiles and shells fired at its cities, but warned of more.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNTOLD_SCOPE_CASES)
def test_round32_untold_scope(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
