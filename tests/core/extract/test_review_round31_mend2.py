"""Who said it, round thirty-one, the wrong-source rules mended after review: a speaker who cites the intelligence
of a list of countries speaks ('Zelensky, citing intelligence from the US and South Korea, said'); ..."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_IN_KURSK = "11,000 North Korean soldiers are in Kursk"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a country that cites the intelligence of others is the speaker
    (
        f"Ukraine said, citing intelligence from Britain and the US, that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian government")},
    ),
    # ... and a person, before the phrase or after it
    (
        f"Zelensky, citing intelligence from South Korea and the US, said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    (
        f"Citing intelligence from Britain and the US, Zelensky said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    # still: the intelligence of a list as the sentence's subject, or what it goes by, 'both' before the list
    (
        f"Intelligence from both Ukraine and South Korea shows that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
    (
        f"Budanov, citing intelligence from Britain and the US, said {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        f"South Korea said, citing intelligence from the US and Japan, that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "South Korean government")},
    ),
    (
        f"Intelligence services in Kyiv and Seoul estimate that {_IN_KURSK}.",
        {("troops", 11000, "reported", False, "Ukrainian and South Korean intelligence")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_mend2(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
