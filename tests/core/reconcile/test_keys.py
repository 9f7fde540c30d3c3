"""Tables for the rules under reconciliation: what makes two claims one figure, whose authority a claim carries,
when a figure speaks of, and which values a hedged figure allows."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from core.models import Qualifier, Status
from core.reconcile import reconcile
from core.reconcile.keys import authority_of, authority_rank, finding_key, reference_date
from core.reconcile.stage import bounds
from tests.core.reconcile.helpers import LEXICON, report

PUBLISHED = date(2025, 2, 10)

# --- when a figure speaks of --------------------------------------------------------------------------------

CASES_REFERENCE_DATE = [
    pytest.param(None, PUBLISHED, PUBLISHED, id="no-period-is-the-publication-date"),
    pytest.param("as of November 2024", PUBLISHED, date(2024, 11, 1), id="as-of-month-and-year"),
    pytest.param("as of November", PUBLISHED, date(2024, 11, 1), id="a-later-month-without-year-is-last-year"),
    pytest.param("as of January", PUBLISHED, date(2025, 1, 1), id="an-earlier-month-without-year-is-this-year"),
    pytest.param("as of last week", PUBLISHED, date(2025, 2, 3), id="last-week"),
    pytest.param("as of last month", PUBLISHED, date(2025, 1, 11), id="last-month"),
    pytest.param("as of last year", PUBLISHED, date(2024, 2, 11), id="last-year"),
    pytest.param("(earlier estimate)", PUBLISHED, date(2025, 2, 9), id="an-undated-earlier-estimate-is-older"),
    pytest.param("as of November", None, None, id="a-month-without-year-nor-publication-is-unknown"),
    pytest.param(None, None, None, id="nothing-known"),
]


@pytest.mark.parametrize(("period", "published", "expected"), CASES_REFERENCE_DATE)
def test_reference_date(period: str | None, published: date | None, expected: date | None) -> None:
    assert reference_date(report(200, period=period).claim, published) == expected


# --- the same figure, whatever the wording --------------------------------------------------------------------

CASES_SAME_FIGURE = [
    pytest.param({"hedge": Qualifier.APPROX}, {"hedge": Qualifier.MORE_THAN}, True, id="hedges-are-one-figure"),
    pytest.param({"source": "South Korea NIS"}, {"source": "Ukraine HUR"}, True, id="sources-are-one-figure"),
    pytest.param({"subtype": "Troops"}, {"subtype": "troops"}, True, id="the-item-ignores-case"),
    pytest.param({}, {"value": 201}, False, id="another-value"),
    pytest.param({}, {"status": Status.PLANNED}, False, id="a-plan-is-not-a-report"),
    pytest.param({}, {"incremental": True}, False, id="an-addition-is-not-a-total"),
]


@pytest.mark.parametrize(("a", "b", "same"), CASES_SAME_FIGURE)
def test_finding_key(a: dict[str, object], b: dict[str, object], same: bool) -> None:
    first = report(**{"value": 200, **a}).claim  # type: ignore[arg-type]
    second = report(**{"value": 200, **b}).claim  # type: ignore[arg-type]
    assert (finding_key(first) == finding_key(second)) is same


# --- whose authority --------------------------------------------------------------------------------------------

CASES_AUTHORITY = [
    pytest.param("South Korea NIS", "South Korea NIS", id="an-authority"),
    pytest.param("South Korea NIS (via Yonhap)", "South Korea NIS", id="the-relaying-outlet-is-dropped"),
    pytest.param("Ukraine HUR (Budanov)", "Ukraine HUR (Budanov)", id="a-person-stays-with-the-body"),
    pytest.param(None, None, id="unattributed"),
]


@pytest.mark.parametrize(("source", "expected"), CASES_AUTHORITY)
def test_authority_of(source: str | None, expected: str | None) -> None:
    assert authority_of(report(200, source=source).claim) == expected


def test_authority_rank_puts_agencies_over_unknown_names_over_outlets_and_nobody() -> None:
    agency = authority_rank("South Korea NIS", LEXICON)
    outlet = next(iter(LEXICON.spec.outlets.names))
    assert agency > authority_rank("Somebody New", LEXICON) == 1
    assert authority_rank(outlet, LEXICON) == authority_rank(None, LEXICON) == 0


# --- the values a hedged figure allows ---------------------------------------------------------------------------

CASES_BOUNDS = [
    pytest.param([None], (200.0, 200.0), id="exact"),
    pytest.param([Qualifier.APPROX], (180.0, 220.0), id="about-is-ten-percent-either-way"),
    pytest.param([Qualifier.AT_LEAST], (200.0, float("inf")), id="at-least"),
    pytest.param([Qualifier.UP_TO], (0.0, 200.0), id="up-to"),
    pytest.param([Qualifier.APPROX, Qualifier.MORE_THAN], (180.0, float("inf")), id="every-hedge-widens-it"),
]


@pytest.mark.parametrize(("hedges", "expected"), CASES_BOUNDS)
def test_bounds(hedges: list[Qualifier | None], expected: tuple[float, float]) -> None:
    reports = [report(200, hedge=h, article=f"a{i}", outlet=f"o{i}.example") for i, h in enumerate(hedges)]
    (finding,) = reconcile(reports, LEXICON).findings
    assert bounds(finding) == pytest.approx(expected)


def test_a_range_allows_its_two_ends() -> None:
    plain = report(10_000)
    ranged = dataclasses.replace(plain, claim=plain.claim.model_copy(update={"value_max": 12_000}))
    (finding,) = reconcile([ranged], LEXICON).findings
    assert bounds(finding) == (10_000.0, 12_000.0)
