"""Sentences a reviewer wrote against the eighth round's rules: each pins a misfire that was fixed."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _claims(text: str, lexicon) -> set[tuple[object, ...]]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.direction.value, c.source) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'said in an interview with the BBC' is a news report, not an interview page
        ("North Korea has sent troops to Russia, Ukrainian President Volodymyr Zelensky said in an interview with "
         "the BBC.\n\nWhat does North Korea get in return?\n\nAnalysts believe 900,000 barrels of oil were shipped "
         "from Russia to North Korea last year.",
         ("other", 900000, "reported", "ru_to_nk", None)),
        # a military representative is no diplomat, even in an article that mentions UN sanctions
        ("North Korea's arms transfers violate UN sanctions. A Ukrainian military representative said North Korea "
         "had sent 3 million shells to Russia.",
         ("ammunition", 3000000, "reported", "nk_to_ru", "Ukrainian representative")),
        # another voice in the sentence still speaks for its own figure
        ("South Korean intelligence said North Korea sent 11,000 troops to Russia, while the representative of "
         "Ukraine said 12,000.",
         ("troops", 11000, "reported", "nk_to_ru", "South Korea NIS")),
        # wanting something from Moscow does not turn what Pyongyang supplies around
        ("Pyongyang, which wants oil and cash from Moscow, has supplied 100 ballistic missiles to Russia.",
         ("missiles", 100, "reported", "nk_to_ru", None)),
        # a clause of its own in the past tense is no part of the plan before it
        ("Russia plans to buy 5 million shells abroad next year: North Korea sent 3 million artillery shells in 2024.",
         ("ammunition", 3000000, "reported", "nk_to_ru", None)),
        # 'test launches' as a noun takes nothing from Russia's firing of North Korean missiles
        ("Russia has fired at least 60 North Korean ballistic missiles at Ukraine, giving Pyongyang combat data "
         "beyond what its test launches provide.",
         ("missiles", 60, "reported", "nk_to_ru", None)),
        # counts written without a comma after 'a total of' and 'by'
        ("A total of 2000 North Korean soldiers have been sent to Russia.",
         ("troops", 2000, "reported", "nk_to_ru", None)),
        # 'number over 12,000' is a count
        ("North Korean troops in Russia now number over 12,000, Seoul said.",
         ("troops", 12000, "reported", "nk_to_ru", "South Korean government")),
        # a word range with the same scale on both sides is a range, and 'two hundred and fifty thousand' one number
        ("Kyiv says North Korea has sent between three thousand and five thousand troops to Russia.",
         ("troops", 3000, "reported", "nk_to_ru", "Ukrainian government")),
        ("North Korea has sent two hundred and fifty thousand shells to Russia, Kyiv says.",
         ("ammunition", 250000, "reported", "nk_to_ru", "Ukrainian government")),
        # the whole of a partitive is no plan of its part's
        ("North Korea has deployed troops to Russia. Of its 11,000 soldiers, 3,000 are expected to return home.",
         ("troops", 11000, "reported", "nk_to_ru", None)),
    ],
)  # fmt: skip
def test_fixed_misfires(lexicon, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _claims(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # 'such as Iran' is an actor, not a place listed
        "North Korea has sent troops to Russia. Other countries such as Iran have supplied 1,000 drones to Moscow.",
        # fuel shipped to China is not the beat's
        "North Korea has sent troops to Russia. Russia boosted exports to China, where 500,000 tons of fuel were "
        "delivered in May.",
        # 'or more advanced weapons', 'or so-called' are no hedges
        "Seoul expects North Korea to send 5,000 troops or more advanced weapons to Russia.",
    ],
)
def test_no_misfire(lexicon, text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert not any(
        (c.category.value == "drones" and c.value == 1000)
        or (c.category.value == "other" and c.value == 500000)
        or (c.value == 5000 and c.qualifier is not None and c.qualifier.value == "at_least")
        for c in claims
    )


def test_a_rejection_by_a_third_country_is_no_denial(lexicon) -> None:
    text = "North Korea has sent missiles to Russia, which Ukraine rejected."
    assert not any(
        c.status.value == "denied" for c in extract_claims(Article(id="a", text=text, language="en"), lexicon)
    )


def test_a_headline_naming_a_body_is_no_masthead(lexicon) -> None:
    text = (
        "Pentagon: North Korean troops in Russia\nUkraine's HUR said North Korea sent 11,000 troops to Russia.\n"
        "Separately, Russia has shipped 900,000 barrels of oil to Pyongyang this year."
    )
    sources = {c.value: c.source for c in extract_claims(Article(id="a", text=text, language="en"), lexicon)}
    assert sources[900000] != "US Department of Defense"
