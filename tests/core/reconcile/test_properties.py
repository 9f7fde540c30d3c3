"""Properties of reconciliation over generated reports: order, repetition, and what a conflict may pair."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Category, Qualifier, Status
from core.reconcile import Kind, Report, reconcile
from tests.core.reconcile.helpers import LEXICON, report

_ITEMS = [
    (Category.TROOPS, "troops"),
    (Category.TROOPS, "soldier"),  # an alias: the same series as 'troops'
    (Category.TROOPS, "combat engineers"),
    (Category.ARTILLERY, "long-range artillery"),
    (Category.ARTILLERY, "170mm M1989 Koksan self-propelled howitzer"),
    (Category.ARTILLERY, "railway guns"),  # unknown to the lexicon
]
_SOURCES = [
    None,
    "South Korea NIS",
    "South Korea NIS (via Yonhap)",
    "Ukraine HUR (Budanov)",
    "South Korean government",
    "US Department of Defense (via Reuters)",
]
_DAYS = [None, date(2024, 11, 1), date(2025, 2, 11), date(2025, 2, 13), date(2025, 4, 30)]


@st.composite
def _reports(draw: st.DrawFn) -> list[Report]:
    """Up to 12 reports spread over up to 6 articles; an article's date is the same in all its reports."""
    articles = draw(st.lists(st.sampled_from(_DAYS), min_size=1, max_size=6))
    made = []
    for _ in range(draw(st.integers(1, 12))):
        index = draw(st.integers(0, len(articles) - 1))
        category, subtype = draw(st.sampled_from(_ITEMS))
        made.append(
            report(
                draw(st.sampled_from([None, 120, 160, 200, 3000, 11000, 15000])),
                subtype,
                category=category,
                article=f"art{index}",
                published=articles[index],
                source=draw(st.sampled_from(_SOURCES)),
                hedge=draw(st.sampled_from([None, Qualifier.APPROX, Qualifier.MORE_THAN, Qualifier.UP_TO])),
                status=draw(st.sampled_from(list(Status))),
                incremental=draw(st.booleans()),
                period=draw(st.sampled_from([None, None, "as of November (earlier estimate)"])),
            )
        )
    return made


def test_two_reports_of_one_article_that_differ_only_in_period_fold_alike_in_either_order() -> None:
    # found by the property below: the choice between them followed the input order
    first = report(None, "troops", article="art0")
    second = report(None, "troops", article="art0", period="as of November (earlier estimate)")
    assert reconcile([first, second], LEXICON) == reconcile([second, first], LEXICON)


@settings(max_examples=60, deadline=None)
@given(_reports(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_ingest_order(reports: list[Report], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(reports)
    rng.shuffle(shuffled)
    assert reconcile(shuffled, LEXICON) == reconcile(reports, LEXICON)


@settings(max_examples=60, deadline=None)
@given(_reports(), st.data())
def test_ingesting_an_article_twice_changes_nothing(reports: list[Report], data: st.DataObject) -> None:
    article = data.draw(st.sampled_from(sorted({r.article for r in reports})))
    again = [*reports, *(r for r in reports if r.article == article)]
    assert reconcile(again, LEXICON) == reconcile(reports, LEXICON)


@settings(max_examples=80, deadline=None)
@given(_reports())
def test_no_conflict_pairs_a_total_with_an_addition_a_plan_or_another_item(reports: list[Report]) -> None:
    result = reconcile(reports, LEXICON)
    for conflict in result.conflicts:
        assert conflict.a.kind is Kind.TOTAL and conflict.b.kind is Kind.TOTAL
        a, b = conflict.a.key, conflict.b.key
        assert (a.category, a.item, a.direction) == (b.category, b.item, b.direction)
    for series in result.series:
        assert len({(p.kind, p.key.item, p.key.direction) for p in series.points}) == 1
        if series.kind is Kind.TOTAL:
            dated = [p.as_of for p in series.points if p.as_of is not None]
            assert series.headline.as_of == (max(dated) if dated else None)
