"""Sentences a reviewer wrote against the ninth round's rules: each pins a misfire that was fixed."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _claims(text: str, lexicon) -> set[tuple[object, ...]]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.source) for c in claims}


def test_a_quotation_going_on_after_he_said_is_still_his(lexicon) -> None:
    text = (
        "Kyiv and Moscow\n"
        "North Korea and Russia signed a defence pact in June 2024.\n"
        "Ukraine's foreign minister Andrii Sybiha spoke to the BBC in Brussels on Monday.\n"
        '"Pyongyang is now Moscow\'s arsenal," he said. "They have sent at least 14,000 soldiers."'
    )
    expected = ("troops", 14000, "reported", "Ukraine Ministry of Foreign Affairs (Sybiha) (via BBC)")
    assert expected in _claims(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # the items a denial names as parts of what it denies are denied too
        "Pyongyang and Moscow deny that North Korea has armed Russia, including with ballistic missiles and "
        "artillery shells.",
        "North Korea and Russia have both denied the arms transfers, which include ballistic missiles and artillery "
        "shells.",
    ],
)
def test_the_parts_of_a_denied_whole_are_denied(lexicon, text: str) -> None:
    statuses = {category: status for category, _, status, _ in _claims(text, lexicon)}
    assert statuses == {"missiles": "denied", "ammunition": "denied"}
