"""Figures fixed in the thirtieth round, each with sentences written for it: a handful of soldiers counted where the
article counts that many prisoners are the prisoners named again."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the prisoners named again are no troops sent
    (
        'Ukraine captured two North Korean soldiers in Kursk, Zelensky said. "Besides the first two soldiers from '
        'North Korea, more will surely follow."',
        {("casualties", 2, "reported", False, "Zelensky")},
    ),
    # ... and a handful of soldiers in a sentence on their captivity are prisoners
    (
        "Ukraine's security service is questioning two North Korean soldiers it seized in Kursk.",
        {("casualties", 2, "reported", False, "Ukraine SBU")},
    ),
    # a handful that is not the prisoners' count stays what it was
    (
        "Ukraine captured two North Korean soldiers last week. North Korea has sent three generals to Russia, the "
        "HUR said.",
        {("casualties", 2, "reported", False, "Ukraine HUR"), ("troops", 3, "reported", False, "Ukraine HUR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_figures(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
