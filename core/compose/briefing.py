"""Compose stage: the current picture for a topic, from the store's findings (`build_briefing`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from itertools import combinations

from core.compose.render import figure_text
from core.compose.topics import Topic
from core.models import Briefing, Category, Conflict, Direction, Estimate, Qualifier, Series, SourceRef, Status
from core.store import FindingView, SqlStore
from core.store.repository import as_utc

_GENERIC_PREFIX = re.compile(r"^(?:long[\s-]range|heavy|modern)\s+")
CONFLICT_WINDOW_DAYS = 31


def series_name(subtype: str) -> str:
    """What a figure counts, with size adjectives dropped so 'artillery' and 'long-range artillery' are one series."""
    return _GENERIC_PREFIX.sub("", subtype.strip().lower()) or subtype


def build_briefing(store: SqlStore, topic: Topic, since: date | None = None, now: datetime | None = None) -> Briefing:
    """Headline figures, additions, plans, history, conflicts and sources for a topic."""
    views = store.findings(c.value for c in topic.categories)
    authorities = store.authorities([v.finding.id for v in views])
    estimates = [(view, to_estimate(view, authorities.get(view.finding.id, []))) for view in views]
    quantified = [(v, e) for v, e in estimates if e.value is not None]
    totals = [(v, e) for v, e in quantified if e.status is Status.REPORTED and not e.incremental]
    series = _series(totals)
    return Briefing(
        topic=topic.name,
        categories=list(topic.categories),
        generated_at=now or datetime.now(UTC),
        since=since,
        headlines=[s.headline for s in series],
        additions=_chronological(e for v, e in quantified if e.status is Status.REPORTED and e.incremental),
        planned=_chronological(e for v, e in quantified if e.status is Status.PLANNED),
        denied=_chronological(e for v, e in estimates if e.status is Status.DENIED),
        unquantified=_unquantified(e for v, e in estimates if e.value is None and e.status is not Status.DENIED),
        history=[s for s in series if len(s.points) > 1],
        conflicts=_conflicts(series),
        new=[e for _, e in estimates if since is not None and _is_new(e, since)],
        sources=_sources(e for _, e in estimates),
    )


def to_estimate(view: FindingView, authorities: list[str]) -> Estimate:
    finding, claim, article = view.finding, view.claim, view.article
    return Estimate(
        series=series_name(finding.subtype),
        category=Category(finding.category),
        subtype=finding.subtype,
        value=finding.value,
        value_max=finding.value_max,
        hedge=_display_hedge(finding.hedges, claim.qualifier),
        unit=finding.unit,
        status=Status(finding.status),
        incremental=finding.incremental,
        direction=Direction(finding.direction),
        reported_on=finding.first_date,
        source=claim.source,
        authorities=authorities,
        reports=finding.reports,
        outlets=finding.outlets,
        quote=claim.quote,
        url=article.url,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        first_ingested=as_utc(finding.first_ingested),
    )


def _display_hedge(hedges: str, representative: str | None) -> Qualifier | None:
    """One hedge when every report agrees; 'about' when outlets disagree ('200', 'about 200', 'more than 200')."""
    seen = {h for h in hedges.split(",") if h}
    if len(seen) > 1:
        return Qualifier.APPROX
    return Qualifier(representative) if representative else None


def _series(totals: list[tuple[FindingView, Estimate]]) -> list[Series]:
    """Group reported totals by what they count; the headline is the latest figure, the best source breaking ties."""
    groups: dict[tuple[Category, str], list[tuple[FindingView, Estimate]]] = {}
    for view, estimate in totals:
        groups.setdefault((estimate.category, estimate.series), []).append((view, estimate))
    series = []
    for (category, _series_key), members in groups.items():
        headline = max(members, key=lambda m: (m[1].reported_on or date.min, m[0].authority_rank, m[1].reports))[1]
        points = _chronological(e for _, e in members)
        series.append(Series(name=headline.subtype, category=category, points=points, headline=headline))
    return sorted(series, key=lambda s: (list(Category).index(s.category), -s.headline.reports, s.name))


def _chronological(estimates: Iterable[Estimate]) -> list[Estimate]:
    """Oldest first; undated figures first, since nothing says they are recent."""
    return sorted(estimates, key=lambda e: (e.reported_on or date.min, e.value or 0))


def _unquantified(estimates: Iterable[Estimate]) -> list[Estimate]:
    best: dict[tuple[Category, str, Status], Estimate] = {}
    for estimate in estimates:
        key = (estimate.category, estimate.series, estimate.status)
        if key not in best or estimate.reports > best[key].reports:
            best[key] = estimate
    return sorted(best.values(), key=lambda e: (list(Category).index(e.category), -e.reports))


def bounds(estimate: Estimate) -> tuple[float, float]:
    """The values a hedged figure allows: 'about 200' is 180-220, 'more than 160' is above 160."""
    value = float(estimate.value or 0)
    if estimate.value_max is not None:
        return value, float(estimate.value_max)
    return {
        Qualifier.APPROX: (value * 0.9, value * 1.1),
        Qualifier.AT_LEAST: (value, float("inf")),
        Qualifier.MORE_THAN: (value + 1e-9, float("inf")),
        Qualifier.UP_TO: (0.0, value),
        Qualifier.FEWER_THAN: (0.0, value - 1e-9),
    }.get(estimate.hedge or Qualifier.EXACT, (value, value))


def _conflicts(series: list[Series]) -> list[Conflict]:
    """Figures of one series, reported within a month of each other by different sources, that cannot agree."""
    found = []
    for s in series:
        dated = [p for p in s.points if p.reported_on is not None]
        for a, b in combinations(dated, 2):
            if abs((a.reported_on - b.reported_on).days) > CONFLICT_WINDOW_DAYS or a.source == b.source:  # type: ignore[operator]
                continue
            (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
            if a_high < b_low or b_high < a_low:
                a_side = f"{figure_text(a)} ({a.source or 'unattributed'})"
                reason = f"{a_side} vs {figure_text(b)} ({b.source or 'unattributed'})"
                found.append(Conflict(series=s.name, a=a, b=b, reason=reason))
    return found


def _is_new(estimate: Estimate, since: date) -> bool:
    if estimate.reported_on is not None:
        return estimate.reported_on >= since
    return estimate.first_ingested is not None and estimate.first_ingested.date() >= since


def _sources(estimates: Iterable[Estimate]) -> list[SourceRef]:
    seen: dict[tuple[str | None, str | None], SourceRef] = {}
    for e in estimates:
        seen.setdefault((e.url, e.title), SourceRef(title=e.title, url=e.url, outlet=e.outlet, published=e.published))
    return sorted(seen.values(), key=lambda s: (s.published or date.min, s.title or ""), reverse=True)
