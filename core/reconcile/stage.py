"""`reconcile(reports)`: findings, series per canonical item and kind, the headline of each, and real conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from core.lexicon import Lexicon
from core.models import Category, ConflictKind, Direction, Qualifier
from core.reconcile.findings import (
    FigureKey,
    FigureSpan,
    Finding,
    Kind,
    Report,
    build_finding,
    canonical_items,
    figure_key,
    report_order,
)
from core.reconcile.sources import parse_source
from core.reconcile.stories import credited_agency, group_stories

# Two totals of one item disagree only if they describe the same time: their dates lie within this many days
# (one news cycle). Further apart, a different figure is history, not a contradiction: totals grow (troops 11,000
# in December, 15,000 in April), and a lower figure weeks later is most often a part ('8,000 of them in Kursk').
CONFLICT_WINDOW_DAYS = 7


@dataclass(frozen=True)
class Disagreement:
    """Two findings that cannot both be right, with why (data; compose words it)."""

    kind: ConflictKind
    a: Finding
    b: Finding
    days_apart: int


@dataclass(frozen=True)
class Series:
    """The findings of one item, one scope and one kind, oldest first; `headline` is the latest (totals only)."""

    category: Category
    item: str
    direction: Direction
    kind: Kind
    points: tuple[Finding, ...]
    headline: Finding

    @property
    def superseded(self) -> tuple[Finding, ...]:
        return tuple(p for p in self.points if p is not self.headline)


@dataclass(frozen=True)
class Reconciled:
    findings: tuple[Finding, ...]
    series: tuple[Series, ...]
    conflicts: tuple[Disagreement, ...]

    def of_kind(self, kind: Kind) -> list[Series]:
        return [s for s in self.series if s.kind is kind]

    def only(self, categories: Iterable[Category]) -> Reconciled:
        """The part about some categories (a topic): series and conflicts never span categories."""
        wanted = frozenset(categories)
        return Reconciled(
            findings=tuple(f for f in self.findings if f.key.category in wanted),
            series=tuple(s for s in self.series if s.category in wanted),
            conflicts=tuple(c for c in self.conflicts if c.a.key.category in wanted),
        )


def reconcile(reports: Iterable[Report], lexicon: Lexicon) -> Reconciled:
    """Fold reports into findings, series and conflicts. Pure: the same reports in any order, or with an article
    read twice, give the same result."""
    items, span = canonical_items(lexicon), FigureSpan(lexicon)
    unique: dict[tuple[str, FigureKey], Report] = {}
    for report in reports:
        slot = (report.article, figure_key(report.claim, items))
        if slot not in unique or report_order(report) < report_order(unique[slot]):  # one claim per figure
            unique[slot] = report
    outlets = _outlets(unique.values())
    story_of = group_stories(_story_texts(unique.values()))
    grouped: dict[FigureKey, list[Report]] = {}
    for (_, key), report in sorted(unique.items(), key=lambda kv: (kv[0][1].order, kv[0][0])):
        if report.outlet != outlets[report.article]:
            report = replace(report, outlet=outlets[report.article])
        grouped.setdefault(key, []).append(report)
    findings = tuple(build_finding(key, members, story_of, lexicon, span) for key, members in grouped.items())
    series = _series(findings)
    conflicts = tuple(c for s in series if s.kind is Kind.TOTAL for c in _conflicts(s))
    return Reconciled(findings=findings, series=series, conflicts=conflicts)


def _outlets(reports: Iterable[Report]) -> dict[str, str]:
    """Per article its outlet: its URL's host, else the agency its title or its sources' relays credit."""
    by_article: dict[str, list[Report]] = {}
    for report in reports:
        by_article.setdefault(report.article, []).append(report)
    outlets = {}
    for article, members in by_article.items():
        outlet = members[0].outlet
        if outlet == "unknown outlet":
            vias = sorted(p.via for r in members if (p := parse_source(r.claim.source)) is not None and p.via)
            outlet = credited_agency(members[0].title, vias) or outlet
        outlets[article] = outlet
    return outlets


def _story_texts(reports: Iterable[Report]) -> dict[str, str]:
    """What two articles are compared on: their title and the sentences that state their figures."""
    quotes: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for report in reports:
        quotes.setdefault(report.article, set()).add(report.claim.quote)
        titles[report.article] = report.title or ""
    return {article: " ".join([titles[article], *sorted(q)]) for article, q in quotes.items()}


def _series(findings: Iterable[Finding]) -> tuple[Series, ...]:
    groups: dict[tuple[Kind, Category, str, Direction], list[Finding]] = {}
    for finding in findings:
        k = finding.key
        groups.setdefault((finding.kind, k.category, k.item, k.direction), []).append(finding)
    built = []
    for (kind, category, item, direction), members in sorted(groups.items(), key=lambda g: _group_order(g[0])):
        points = tuple(sorted(members, key=_chronological))
        built.append(Series(category, item, direction, kind, points, max(members, key=_latest)))
    return tuple(built)


def _group_order(key: tuple[Kind, Category, str, Direction]) -> tuple[int, int, str, str]:
    kind, category, item, direction = key
    return (list(Kind).index(kind), list(Category).index(category), item, direction.value)


def _chronological(f: Finding) -> tuple[date, int, int, tuple[str, str, str, str, bool, int, int]]:
    """Oldest first; undated figures first, since nothing says they are recent."""
    return (f.as_of or date.min, f.key.value or 0, f.key.value_max or 0, f.key.order)


def _latest(f: Finding) -> tuple[date, int, int, int, tuple[str, str, str, str, bool, int, int]]:
    """The headline: the latest figure; on one date the best source, then the most stories."""
    return (f.as_of or date.min, f.rank, f.stories, f.key.value or 0, f.key.order)


def _conflicts(series: Series) -> list[Disagreement]:
    """Totals of one item and scope, about the same time, from different origins and articles, whose hedged ranges
    cannot meet."""
    found = []
    dated = [p for p in series.points if p.as_of is not None]
    for a, b in combinations(dated, 2):
        assert a.as_of is not None and b.as_of is not None
        days = abs((b.as_of - a.as_of).days)
        if days > CONFLICT_WINDOW_DAYS or _origin(a) == _origin(b) or _is_rise(a, b):
            continue
        if a.representative.article == b.representative.article:
            continue  # one article stating both ('8,000 in Kursk ... another 2,000 moving there') does not disagree
        (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
        if a_high < b_low or b_high < a_low:
            found.append(Disagreement(ConflictKind.DISJOINT, a, b, days))
    return found


def _is_rise(a: Finding, b: Finding) -> bool:
    """A later figure above an earlier one is a revision ('1,500 sent' on Tuesday, '3,000' on Wednesday)."""
    assert a.as_of is not None and b.as_of is not None
    if a.as_of == b.as_of:
        return False
    earlier, later = (a, b) if a.as_of < b.as_of else (b, a)
    return bounds(later)[0] > bounds(earlier)[1]


def _origin(f: Finding) -> str | None:
    parts = f.source
    return parts.origin if parts is not None else None


def bounds(f: Finding) -> tuple[float, float]:
    """The values a hedged figure allows: 'about 200' is 180-220, 'more than 160' is above 160.

    Every hedge the reports use widens it: 'about 200' and 'more than 200' together allow 180 and up."""
    value = float(f.key.value or 0)
    if f.key.value_max is not None:
        return value, float(f.key.value_max)
    low, high = float("inf"), float("-inf")
    for hedge, _ in f.hedges:
        h_low, h_high = {
            Qualifier.APPROX: (value * 0.9, value * 1.1),
            Qualifier.AT_LEAST: (value, float("inf")),
            Qualifier.MORE_THAN: (value + 1e-9, float("inf")),
            Qualifier.UP_TO: (0.0, value),
            Qualifier.FEWER_THAN: (0.0, value - 1e-9),
        }.get(hedge or Qualifier.EXACT, (value, value))
        low, high = min(low, h_low), max(high, h_high)
    return (low, high) if low <= high else (value, value)
