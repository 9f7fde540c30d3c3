"""One table per reconciliation rule, over sentences written for them (no store, no rendering)."""

from __future__ import annotations

from datetime import date

import pytest

from core.models import Category, Direction, Qualifier, Status
from core.reconcile import Kind, Reconciled, Report, reconcile
from tests.core.reconcile.helpers import LEXICON, report


def _run(*reports: Report) -> Reconciled:
    return reconcile(list(reports), LEXICON)


def _series_items(result: Reconciled, kind: Kind = Kind.TOTAL) -> list[tuple[str, list[int | None]]]:
    return [(s.item, [p.key.value for p in s.points]) for s in result.of_kind(kind)]


# --- series per canonical item -----------------------------------------------------------------------------

CASES_SERIES = [
    pytest.param(
        [("long-range artillery", 160, "a1"), ("artillery", 200, "a2")],
        [("artillery", [160, 200])],
        id="aliases-of-one-term-are-one-series",
    ),
    pytest.param(
        [("170mm M1989 Koksan self-propelled howitzer", 120, "a1"), ("long-range artillery", 200, "a2")],
        [("170mm M1989 Koksan self-propelled howitzer", [120]), ("artillery", [200])],
        id="a-koksan-is-not-long-range-artillery",
    ),
    pytest.param(
        [("self-propelled railway guns", 12, "a1"), ("artillery", 200, "a2")],
        [("artillery", [200]), ("self-propelled railway guns", [12])],
        id="an-unknown-item-has-its-own-series",
    ),
]


@pytest.mark.parametrize(("given", "expected"), CASES_SERIES)
def test_series_per_canonical_item(given: list[tuple[str, int, str]], expected: list[tuple[str, list[int]]]) -> None:
    reports = [report(v, s, category=Category.ARTILLERY, article=a) for s, v, a in given]
    assert sorted(_series_items(_run(*reports))) == sorted(expected)


def test_a_240mm_mrl_is_not_a_koksan() -> None:
    result = _run(
        report(220, "240mm MRL", category=Category.ROCKET_LAUNCHERS, article="a1"),
        report(120, "170mm M1989 Koksan self-propelled howitzer", category=Category.ARTILLERY, article="a2"),
    )
    assert {(s.category, s.item) for s in result.series} == {
        (Category.ROCKET_LAUNCHERS, "240mm MRL"),
        (Category.ARTILLERY, "170mm M1989 Koksan self-propelled howitzer"),
    }


# --- kinds kept apart, history and headline ----------------------------------------------------------------

CASES_KINDS = [
    pytest.param({"incremental": True}, Kind.ADDITION, id="3000-more-is-an-addition"),
    pytest.param({"status": Status.PLANNED}, Kind.PLANNED, id="expected-to-send-is-a-plan"),
    pytest.param({"status": Status.DENIED}, Kind.DENIED, id="a-denial"),
    pytest.param({}, Kind.TOTAL, id="a-total"),
]


@pytest.mark.parametrize(("flags", "kind"), CASES_KINDS)
def test_totals_additions_plans_and_denials_are_apart(flags: dict[str, object], kind: Kind) -> None:
    result = _run(report(11000, article="base"), report(3000, article="other", **flags))  # type: ignore[arg-type]
    assert [s.kind for s in result.series if any(p.key.value == 3000 for p in s.points)] == [kind]
    (troops,) = result.of_kind(Kind.TOTAL)
    assert {p.key.value for p in troops.points} == ({11000, 3000} if kind is Kind.TOTAL else {11000})


def test_history_is_ordered_by_the_date_the_figure_refers_to() -> None:
    result = _run(
        report(200, "artillery", category=Category.ARTILLERY, article="feb", published=date(2025, 2, 11)),
        report(
            160,
            "artillery",
            category=Category.ARTILLERY,
            article="feb",
            published=date(2025, 2, 11),
            hedge=Qualifier.MORE_THAN,
            period="as of November (earlier estimate)",
        ),
    )
    (series,) = result.of_kind(Kind.TOTAL)
    assert [(p.key.value, p.as_of) for p in series.points] == [(160, date(2024, 11, 1)), (200, date(2025, 2, 11))]
    assert series.headline.key.value == 200 and [p.key.value for p in series.superseded] == [160]


def test_an_undated_earlier_estimate_is_never_the_headline() -> None:
    result = _run(
        report(15000, article="x", published=date(2025, 4, 30), source="South Korea NIS"),
        report(11000, article="x", published=date(2025, 4, 30), source="Ukraine HUR", period="earlier estimate"),
    )
    (series,) = result.of_kind(Kind.TOTAL)
    assert series.headline.key.value == 15000


def test_the_headline_is_the_latest_total_even_from_a_lesser_source() -> None:
    result = _run(
        report(11000, article="old", published=date(2025, 1, 1), source="Ukraine HUR (Budanov)"),
        report(15000, article="new", published=date(2025, 4, 1), source="South Korean government"),
    )
    assert result.of_kind(Kind.TOTAL)[0].headline.key.value == 15000


# --- the quoted report: hedge, quote that states the figure -------------------------------------------------


def test_the_hedge_shown_is_the_quoted_report_s_and_the_spread_is_kept() -> None:
    result = _run(
        report(200, article="a1", hedge=Qualifier.MORE_THAN),
        report(200, article="a2", hedge=Qualifier.MORE_THAN),
        report(200, article="a3", hedge=Qualifier.APPROX),
    )
    (finding,) = result.findings
    assert finding.representative.claim.qualifier is Qualifier.MORE_THAN
    assert finding.hedges == ((Qualifier.MORE_THAN, 2), (Qualifier.APPROX, 1))


def test_the_quoted_sentence_states_the_figure() -> None:
    glued = "That is according to a lawmaker briefed on Wednesday.[Sound bite: lawmaker (Korean)]"
    result = _run(
        report(15000, article="a1", source="South Korea NIS", quote=glued),
        report(15000, article="a2", source="South Korea NIS", quote="The NIS said 15,000 troops were sent."),
    )
    (finding,) = result.findings
    assert finding.representative.claim.quote == "The NIS said 15,000 troops were sent."
    assert finding.figure_span == (13, 19)


def test_the_best_source_is_quoted() -> None:
    result = _run(
        report(200, article="a1", source="South Korean government"),
        report(200, article="a2", source="South Korea Ministry of National Defense"),
    )
    assert result.findings[0].representative.claim.source == "South Korea Ministry of National Defense"


# --- corroboration ------------------------------------------------------------------------------------------


def test_five_outlets_relaying_one_briefing_are_one_authority_five_reports() -> None:
    outlets = ["Yonhap", "Reuters", "AFP", "KBS", "NK News"]
    result = _run(
        *(
            report(
                11000,
                article=f"o{i}",
                source=f"South Korea NIS (via {outlet})",
                quote=f"{outlet} rewrote it: {11000 + 0:,} troops, per the spy agency, story {i} of {outlet}.",
            )
            for i, outlet in enumerate(outlets)
        )
    )
    (finding,) = result.findings
    assert finding.authorities == ("South Korea NIS",) and finding.stories == 5 and len(finding.outlets) == 5


def test_a_person_and_their_agency_are_one_authority_and_seoul_is_not_a_second() -> None:
    result = _run(
        report(200, article="a1", source="South Korea Ministry of National Defense (Shin Won-sik)"),
        report(200, article="a2", source="South Korea Ministry of National Defense"),
        report(200, article="a3", source="South Korean government"),
        report(200, article="a4", source="Ukraine HUR"),
    )
    assert result.findings[0].authorities == ("South Korea Ministry of National Defense", "Ukraine HUR")


# --- near-duplicate articles and outlets ----------------------------------------------------------------------

LONG = (
    "North Korea has sent about 3,000 additional troops to Russia in January and February, South Korea's Joint "
    "Chiefs of Staff said in an assessment released on Thursday, adding that casualties keep rising."
)


def test_a_one_character_variant_is_the_same_story_listing_both_outlets() -> None:
    result = _run(
        report(3000, article="x1", incremental=True, quote=LONG, title="Seoul: 3,000 more", outlet="one.example"),
        report(
            3000,
            article="x2",
            incremental=True,
            quote=LONG.replace("Thursday", "Thursday,"),
            title="Seoul: 3,000 more",
            outlet="two.example",
        ),
    )
    (finding,) = result.findings
    assert finding.stories == 1 and finding.outlets == ("one.example", "two.example")


def test_two_outlets_own_rewrites_are_two_stories() -> None:
    other = "Pyongyang dispatched roughly 3,000 more soldiers early this year, according to Seoul's military."
    result = _run(
        report(3000, article="x1", incremental=True, quote=LONG, title="Seoul: 3,000 more"),
        report(3000, article="x2", incremental=True, quote=other, title="More troops for Russia"),
    )
    assert result.findings[0].stories == 2


def test_an_agency_story_without_a_page_is_credited_to_the_agency() -> None:
    credited = report(3000, article="ap", title="AP: North Korea sends 3,000 additional troops", outlet="x")
    credited = Report(credited.claim, credited.article, None, credited.title, "unknown outlet", None, None)
    result = _run(credited)
    assert result.findings[0].outlets == ("Associated Press",)


# --- conflicts ----------------------------------------------------------------------------------------------


def _conflicts(*reports: Report) -> list[tuple[int | None, int | None]]:
    return sorted((c.a.key.value, c.b.key.value) for c in _run(*reports).conflicts)


def _nis(value: int, day: int, **kw: object) -> Report:
    return report(value, article=f"nis{value}{day}", published=date(2025, 3, day), **kw)  # type: ignore[arg-type]


def _hur(value: int, day: int, **kw: object) -> Report:
    return report(value, article=f"hur{value}{day}", published=date(2025, 3, day), source="Ukraine HUR", **kw)  # type: ignore[arg-type]


CASES_CONFLICTS = [
    pytest.param([_nis(11000, 1), _hur(15000, 1)], [(11000, 15000)], id="same-day-disjoint-is-a-conflict"),
    pytest.param([_hur(15000, 1), _nis(11000, 5)], [(15000, 11000)], id="a-lower-total-days-later-is-a-conflict"),
    pytest.param([_nis(11000, 1), _hur(15000, 5)], [], id="a-rise-over-time-is-a-revision"),
    pytest.param([_nis(5000, 1), _hur(25000, 28)], [], id="far-apart-is-history"),
    pytest.param([_nis(11000, 1, hedge=Qualifier.MORE_THAN), _hur(15000, 1)], [], id="more-than-11000-allows-15000"),
    pytest.param([_nis(11000, 1), _hur(12000, 1, hedge=Qualifier.APPROX)], [], id="about-12000-allows-11000"),
    pytest.param([_nis(11000, 1), _nis(15000, 1)], [], id="one-authority-is-not-a-conflict-with-itself"),
    pytest.param([_nis(11000, 1), _hur(3000, 1, incremental=True)], [], id="an-addition-never-conflicts-with-a-total"),
    pytest.param([_nis(11000, 1), _hur(3000, 1, status=Status.PLANNED)], [], id="a-plan-never-conflicts"),
    pytest.param(
        [_nis(11000, 1), _hur(3000, 1, direction=Direction.RU_TO_NK)], [], id="another-direction-is-another-scope"
    ),
    pytest.param([_nis(11000, 1), _hur(5000, 1, subtype="combat engineers")], [], id="another-item-never-conflicts"),
    pytest.param([_nis(11000, 1), report(15000, published=None, source="Ukraine HUR")], [], id="undated-cannot"),
    pytest.param(
        [_nis(8000, 1), report(2000, article="nis80001", published=date(2025, 3, 1), source="Ukraine HUR")],
        [],
        id="one-article-stating-both-does-not-disagree",
    ),
]


@pytest.mark.parametrize(("reports", "expected"), CASES_CONFLICTS)
def test_conflicts(reports: list[Report], expected: list[tuple[int, int]]) -> None:
    assert _conflicts(*reports) == sorted(expected)
