"""Table-driven extraction tests: every case is a text the team wrote, with its quantified claims."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.ingest.clean import clean_text
from core.ingest.language import guess_language
from core.models import Article, Claim
from tests.core.extract.cases_bugs_caught import CASES_BUGS_CAUGHT
from tests.core.extract.cases_written import CASES_WRITTEN, Case

# Known misses stay visible: strict xfail turns red the day they start passing.
KNOWN_MISSES: dict[str, str] = {}


def _quantified(text: str, lexicon) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    cleaned = clean_text(text)
    article = Article(id="case", text=cleaned, language=guess_language(cleaned))
    return sorted(_key(c) for c in extract_claims(article, lexicon) if c.value is not None)


def _key(c: Claim) -> tuple[object, ...]:
    return (
        c.category.value,
        c.value,
        c.qualifier.value if c.qualifier else None,
        c.status.value,
        c.incremental,
        c.value_max,
    )


def _params(cases: list[Case]) -> list[object]:
    return [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case.id])] if case.id in KNOWN_MISSES else [],
        )
        for case in cases
    ]


def _expected(case: Case) -> list[tuple[object, ...]]:
    return sorted((e.category, e.value, e.qualifier, e.status, e.incremental, e.value_max) for e in case.expected)


@pytest.mark.parametrize("case", _params(CASES_WRITTEN))
def test_cases_written(lexicon, case: Case) -> None:
    assert _quantified(case.text, lexicon) == _expected(case)


@pytest.mark.parametrize("case", _params(CASES_BUGS_CAUGHT))
def test_cases_bugs_caught(lexicon, case: Case) -> None:
    assert _quantified(case.text, lexicon) == _expected(case)


def test_claim_quote_and_span_point_at_the_sentence(lexicon) -> None:
    text = "North Korea keeps arming Russia.\nNorth Korea has sent about 3,000 more troops to Russia, Seoul said."
    article = Article(id="a", text=text, language="en")
    (claim,) = extract_claims(article, lexicon)
    start, end = claim.span
    assert text[start:end] == claim.quote == "North Korea has sent about 3,000 more troops to Russia, Seoul said."
    assert claim.incremental and claim.article == "a" and 0 < claim.confidence <= 1


def test_attribution_is_normalised(lexicon) -> None:
    text = (
        "North Korea has given Russia 200 long-range artillery pieces, a South Korean defence ministry "
        "official told reporters on Tuesday."
    )
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert claim.source == "South Korea Ministry of National Defense"
    assert claim.subtype == "long-range artillery" and claim.unit == "pieces"


def test_source_carries_over_within_a_paragraph(lexicon) -> None:
    text = (
        "South Korea's Joint Chiefs of Staff briefed lawmakers on North Korea's support for Russia. "
        "It estimated that roughly 4,000 North Korean soldiers have been killed or wounded."
    )
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert claim.source == "South Korea JCS" and claim.subtype == "killed_or_wounded"


def test_last_year_is_resolved_against_the_publication_date(lexicon) -> None:
    from datetime import date

    text = "Seoul and Kyiv say North Korea sent more than 10,000 troops to Russia last year."
    (claim,) = extract_claims(Article(id="a", text=text, language="en", published=date(2025, 2, 11)), lexicon)
    assert claim.period == "last year (2024)"


def test_russia_to_north_korea_direction(lexicon) -> None:
    text = "Russia supplied North Korea with over 1 million barrels of fuel between March and October, the MSMT said."
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert (claim.category.value, claim.direction.value, claim.unit) == ("other", "ru_to_nk", "barrels")
    assert claim.source == "Multilateral Sanctions Monitoring Team (MSMT)"


def test_items_from_russia_flow_to_north_korea(lexicon) -> None:
    """Fuel and air defence go to North Korea unless the sentence sends them to Russia."""
    for text, direction in (
        (
            "Moscow reported that it had exported 44,000 barrels of refined petroleum last year to North Korea.",
            "ru_to_nk",
        ),
        ("Russia said it exported refined petroleum of 44,000 barrels, citing its report on North Korea.", "ru_to_nk"),
        ("North Korea sent 2 air defence systems to Russia last spring.", "nk_to_ru"),
    ):
        (claim,) = [c for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value]
        assert claim.direction.value == direction, text


def test_off_topic_and_non_english_give_nothing(lexicon) -> None:
    missile_test = "North Korea fired 2 ballistic missiles into the East Sea on Thursday, the JCS said."
    czech = "Severní Korea poslala do Ruska 11 000 vojáků, uvedla jihokorejská rozvědka ve středu večer."
    for text in (missile_test, czech):
        cleaned = clean_text(text)
        assert extract_claims(Article(id="x", text=cleaned, language=guess_language(cleaned)), lexicon) == []
