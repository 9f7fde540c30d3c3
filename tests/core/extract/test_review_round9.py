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


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 North Korean reinforcements have reached the Kursk front, the JCS said.",
        "Pyongyang has sent reinforcements numbering about 2,500 to Kursk, the JCS said.",
    ],
)
def test_reinforcements_are_an_addition(lexicon, text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.incremental) for c in claims if c.value] == [(2500, True)]


def test_troops_and_reinforcements_are_no_addition(lexicon) -> None:
    text = "North Korea has 12,000 troops and reinforcements in Russia, the JCS said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.incremental) for c in claims if c.value] == [(12000, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 45,000 Russian and North Korean soldiers are massing near Kursk, Ukraine's General Staff said.",
        "Kyiv says a force of 45,000 North Korean and Russian troops is poised to attack in Kursk.",
    ],
)
def test_a_joint_force_is_no_north_korean_figure(lexicon, text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [c.value for c in claims if c.value] == []
