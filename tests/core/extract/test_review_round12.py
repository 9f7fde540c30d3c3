"""Wording classes fixed in the twelfth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _sources(text: str, lexicon, url: str | None = None) -> dict[int | None, str | None]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", url=url), lexicon)
    return {c.value: c.source for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("TOKYO (Kyodo) -- Defense Minister Nakatani Gen told reporters on Friday that North Korea had sent about "
         "11,000 soldiers to Russia.", "Japan Ministry of Defense (Nakatani Gen)"),
        ("TOKYO -- Foreign Minister Iwaya Takeshi said North Korea had sent about 11,000 soldiers to Russia.",
         "Japan Ministry of Foreign Affairs (Iwaya Takeshi)"),
        # a Korean name is Seoul's wherever the story is filed from
        ("TOKYO -- Defense Minister Kim Yong-hyun said North Korea had sent about 11,000 soldiers to Russia.",
         "South Korea Ministry of National Defense (Kim Yong-hyun)"),
    ],
)  # fmt: skip
def test_a_ministers_title_without_a_country_is_the_home_countrys(text: str, source: str, lexicon) -> None:
    assert _sources(text, lexicon) == {11000: source}


def test_a_japanese_name_is_kept_whole_and_its_surname_refers_back(lexicon) -> None:
    text = (
        "TOKYO -- Defense Minister Nakatani Gen said North Korea had sent about 11,000 soldiers to Russia. "
        "Nakatani said another 2,000 could follow."
    )
    assert _sources(text, lexicon) == {
        11000: "Japan Ministry of Defense (Nakatani Gen)",
        2000: "Japan Ministry of Defense (Nakatani Gen)",
    }


def test_a_titled_person_the_gazetteer_knows_keeps_his_country(lexicon) -> None:
    text = "TOKYO -- Defense Minister Andrei Belousov said 2,000 North Korean workers had arrived in Russia."
    assert _sources(text, lexicon) == {2000: "Russia Ministry of Defense (Belousov)"}


def test_a_ministers_title_without_a_country_or_home_names_no_body(lexicon) -> None:
    # no dateline and no national press: no telling whose minister he is
    text = "Defense Minister Nakatani Gen said North Korea had sent about 11,000 soldiers to Russia."
    assert _sources(text, lexicon) == {11000: "Defense Minister Nakatani Gen"}
