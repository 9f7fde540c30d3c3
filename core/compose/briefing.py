"""Compose stage: the current picture for a topic, from the store's findings (`build_briefing`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import combinations

from core.compose.render import figure_text
from core.compose.topics import Topic
from core.models import Briefing, Category, Conflict, Direction, Estimate, Qualifier, Series, SourceRef, Status
from core.store import FindingDetail, FindingSummary, SqlStore
from core.store.repository import as_utc

_GENERIC_PREFIX = re.compile(r"^(?:long[\s-]range|heavy|modern)\s+")
CONFLICT_WINDOW_DAYS = 31
_REPORTED, _PLANNED, _DENIED = Status.REPORTED.value, Status.PLANNED.value, Status.DENIED.value  # hot loops


@lru_cache(maxsize=4096)  # subtypes are few and recur in every briefing
def series_name(subtype: str) -> str:
    """What a figure counts, with size adjectives dropped so 'artillery' and 'long-range artillery' are one series."""
    return _GENERIC_PREFIX.sub("", subtype.strip().lower()) or subtype


# A briefing shows at most this many estimates in its history, shared between its series: a history a reader can
# follow (the rest are echoes of the same few estimates), and a briefing that stays fast on a large store.
POINTS_BUDGET = 40
MAX_POINTS_PER_SERIES = 8
ITEMS_PER_LIST = 6


def build_briefing(store: SqlStore, topic: Topic, since: date | None = None, now: datetime | None = None) -> Briefing:
    """Headline figures, additions, plans, history, conflicts and sources for a topic.

    Every finding of the topic is scanned as plain columns; only the few a reader sees (per series the headline
    and the most reported estimates, the latest additions and plans) are fetched in full."""
    return briefing_from_rows(store, topic, store.finding_summaries(c.value for c in topic.categories), since, now)


def briefing_from_rows(
    store: SqlStore,
    topic: Topic,
    rows: list[FindingSummary],
    since: date | None = None,
    now: datetime | None = None,
) -> Briefing:
    """`build_briefing` over the summaries of the topic's findings, already read (the digest reads them once)."""
    quantified = [r for r in rows if r.value is not None]
    totals = [r for r in quantified if r.status == _REPORTED and not r.incremental]
    groups: dict[tuple[str, str], list[FindingSummary]] = {}
    for row in totals:
        groups.setdefault((row.category, series_name(row.subtype)), []).append(row)
    per_series = max(2, min(MAX_POINTS_PER_SERIES, POINTS_BUDGET // max(1, len(groups))))
    chosen_series = {key: _points_to_show(members, per_series) for key, members in groups.items()}
    additions = _latest(r for r in quantified if r.status == _REPORTED and r.incremental)
    planned = _latest(r for r in quantified if r.status == _PLANNED)
    denied = _latest(r for r in rows if r.status == _DENIED)
    unquantified = _latest(_one_per_item(r for r in rows if r.value is None and r.status != _DENIED))
    new = _latest(r for r in rows if since is not None and _is_new(r, since)) if since else []
    wanted = {r.id for r in (*additions, *planned, *denied, *unquantified, *new)}
    wanted |= {r.id for points, _ in chosen_series.values() for r in points}
    details = store.finding_details(sorted(wanted))
    authorities = store.authorities(sorted(wanted))

    built: dict[int, Estimate] = {}  # a finding shown twice (headline and history) is built once

    def estimates(selection: list[FindingSummary]) -> list[Estimate]:
        for r in selection:
            if r.id in details and r.id not in built:
                built[r.id] = to_estimate(r, details[r.id], authorities.get(r.id, []))
        return [built[r.id] for r in selection if r.id in built]

    series = []
    for (category, _), (points, headline) in chosen_series.items():
        if headline.id not in details:
            continue
        shown = _chronological(estimates(points))
        series.append(
            Series(name=headline.subtype, category=Category(category), points=shown, headline=estimates([headline])[0])
        )
    series.sort(key=lambda s: (list(Category).index(s.category), -s.headline.reports, s.name))
    return Briefing(
        topic=topic.name,
        categories=list(topic.categories),
        generated_at=now or datetime.now(UTC),
        since=since,
        headlines=[s.headline for s in series],
        additions=_chronological(estimates(additions)),
        planned=_chronological(estimates(planned)),
        denied=_chronological(estimates(denied)),
        unquantified=estimates(unquantified),
        history=[s for s in series if len(s.points) > 1],
        conflicts=_conflicts(series),
        new=_chronological(estimates(new)),
        sources=_sources(e for s in series for e in s.points),
    )


def to_estimate(row: FindingSummary, detail: FindingDetail, authorities: list[str]) -> Estimate:
    return Estimate(
        series=series_name(row.subtype),
        category=Category(row.category),
        subtype=row.subtype,
        value=row.value,
        value_max=row.value_max,
        hedge=_display_hedge(row.hedges, detail.qualifier),
        unit=row.unit,
        status=Status(row.status),
        incremental=row.incremental,
        direction=Direction(row.direction),
        reported_on=row.first_date,
        source=detail.source,
        authorities=authorities,
        reports=row.reports,
        outlets=row.outlets,
        quote=detail.quote,
        url=detail.url,
        title=detail.title,
        outlet=detail.outlet,
        published=detail.published,
        first_ingested=as_utc(row.first_ingested),
    )


def _points_to_show(members: list[FindingSummary], limit: int) -> tuple[list[FindingSummary], FindingSummary]:
    """The headline (latest figure, the most authoritative source breaking ties) and the most reported others."""
    headline = max(members, key=lambda r: (r.first_date or date.min, r.headline_rank, r.reports))
    others = sorted((r for r in members if r is not headline), key=lambda r: (-r.reports, -r.headline_rank))
    return [headline, *others[: limit - 1]], headline


def _latest(rows: Iterable[FindingSummary]) -> list[FindingSummary]:
    ranked = sorted(rows, key=lambda r: (r.first_date or date.min, r.reports), reverse=True)
    return ranked[:ITEMS_PER_LIST]


def _one_per_item(rows: Iterable[FindingSummary]) -> list[FindingSummary]:
    best: dict[tuple[str, str, str], FindingSummary] = {}
    for row in rows:
        key = (row.category, series_name(row.subtype), row.status)
        if key not in best or row.reports > best[key].reports:
            best[key] = row
    return list(best.values())


def _display_hedge(hedges: str, representative: str | None) -> Qualifier | None:
    """One hedge when every report agrees; 'about' when outlets disagree ('200', 'about 200', 'more than 200')."""
    seen = {h for h in hedges.split(",") if h}
    if len(seen) > 1:
        return Qualifier.APPROX
    return Qualifier(representative) if representative else None


def _chronological(estimates: Iterable[Estimate]) -> list[Estimate]:
    """Oldest first; undated figures first, since nothing says they are recent."""
    return sorted(estimates, key=lambda e: (e.reported_on or date.min, e.value or 0))


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


def _is_new(row: FindingSummary, since: date) -> bool:
    if row.first_date is not None:
        return row.first_date >= since
    return row.first_ingested is not None and row.first_ingested.date() >= since


def _sources(estimates: Iterable[Estimate]) -> list[SourceRef]:
    seen: dict[tuple[str | None, str | None], SourceRef] = {}
    for e in estimates:
        seen.setdefault((e.url, e.title), SourceRef(title=e.title, url=e.url, outlet=e.outlet, published=e.published))
    return sorted(seen.values(), key=lambda s: (s.published or date.min, s.title or ""), reverse=True)
