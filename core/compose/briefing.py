"""Compose stage: the current picture for a topic (`build_briefing`), laid out from what reconcile decided."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from weakref import WeakKeyDictionary

from core.compose.topics import Topic
from core.ingest.urls import is_sample_url
from core.models import ArticleLink, Briefing, Category, Conflict, Estimate, HedgeCount, Series
from core.reconcile import Disagreement, Finding, Kind, Reconciled, reconcile
from core.reconcile import Series as FindingSeries
from core.reconcile.keys import reference_date
from core.store import SqlStore

# A briefing shows at most this many estimates in its history, shared between its series: a history a reader can
# follow (the rest are echoes of the same few estimates), and a briefing that stays readable on a large store.
POINTS_BUDGET = 40
MAX_POINTS_PER_SERIES = 8
ITEMS_PER_LIST = 6


def build_briefing(store: SqlStore, topic: Topic, since: date | None = None, now: datetime | None = None) -> Briefing:
    """Headline figures, additions, plans, history, conflicts and sources for a topic: the store's claims
    reconciled, then the topic's part laid out (both kept until the store changes)."""
    version = store.version()
    laid_out = _BRIEFINGS.setdefault(store, {})
    cached = laid_out.get((topic, since))
    if cached is not None and cached[0] == version:
        return cached[1].model_copy(update={"generated_at": now or datetime.now(UTC)})
    briefing = briefing_from(reconciled(store, version).only(topic.categories), topic, since, now)
    for key, (seen, _) in list(laid_out.items()):  # the store changed: every older layout is stale (list(): threads)
        if seen != version:
            laid_out.pop(key, None)
    laid_out[(topic, since)] = (version, briefing)
    return briefing


# The reconciled picture of each open store, and the briefings laid out from it, until the store changes:
# reconciling every stored claim takes about a second per 20,000 claims, laying a briefing out a few milliseconds.
# Weak keys: a closed store's entries go with it.
_RECONCILED: WeakKeyDictionary[SqlStore, tuple[tuple[int, int, int], Reconciled]] = WeakKeyDictionary()
_BRIEFINGS: WeakKeyDictionary[SqlStore, dict[tuple[Topic, date | None], tuple[tuple[int, int, int], Briefing]]] = (
    WeakKeyDictionary()
)


def reconciled(store: SqlStore, version: tuple[int, int, int] | None = None) -> Reconciled:
    """Every stored claim reconciled, computed again only after an article, claim or revision was stored."""
    version = version or store.version()
    cached = _RECONCILED.get(store)
    if cached is not None and cached[0] == version:
        return cached[1]
    result = reconcile(store.reports(c.value for c in Category), store.lexicon)
    _RECONCILED[store] = (version, result)
    return result


def briefing_from(result: Reconciled, topic: Topic, since: date | None = None, now: datetime | None = None) -> Briefing:
    """Lay out a reconciled picture: one headline per series of totals, the latest additions, plans and denials."""
    totals = sorted(result.of_kind(Kind.TOTAL), key=lambda s: (_category_order(s), -s.headline.stories, s.item))
    per_series = max(2, min(MAX_POINTS_PER_SERIES, POINTS_BUDGET // max(1, len(totals))))
    history = [to_series(s, per_series) for s in totals]
    unquantified = [max(s.points, key=lambda f: (f.stories, f.key.order)) for s in result.of_kind(Kind.UNQUANTIFIED)]
    new = [f for f in result.findings if since is not None and _is_new(f, since)]
    return Briefing(
        topic=topic.name,
        categories=list(topic.categories),
        generated_at=now or datetime.now(UTC),
        since=since,
        headlines=[s.headline for s in history],
        additions=_chronological(_latest(_points(result, Kind.ADDITION))),
        planned=_chronological(_latest(_points(result, Kind.PLANNED))),
        denied=_chronological(_latest(_points(result, Kind.DENIED))),
        unquantified=[to_estimate(f) for f in unquantified],
        history=[s for s in history if len(s.points) > 1],
        conflicts=[to_conflict(c) for c in result.conflicts],
        new=_chronological(_latest(new)),
        sources=_sources(e for s in history for e in s.points),
    )


def to_series(series: FindingSeries, limit: int) -> Series:
    """A series of totals as shown: the headline and, oldest first, the most reported of the other estimates."""
    others = sorted(series.superseded, key=lambda f: (-f.stories, -f.rank, f.key.order))[: limit - 1]
    shown = sorted([series.headline, *others], key=lambda f: (f.as_of or date.min, f.key.value or 0, f.key.order))
    return Series(
        name=series.item,
        category=series.category,
        points=[to_estimate(f) for f in shown],
        headline=to_estimate(series.headline),
    )


def to_estimate(f: Finding) -> Estimate:
    """A finding as a briefing shows it: the quoted report's hedge, status and source, and how far it is backed."""
    report, parts = f.representative, f.source
    claim = report.claim
    return Estimate(
        series=f.key.item,
        category=f.key.category,
        subtype=claim.subtype,
        value=f.key.value,
        value_max=f.key.value_max,
        hedge=claim.qualifier,
        hedges=[  # most used first; on a tie the quoted report's own wording first
            HedgeCount(hedge=h, reports=n)
            for h, n in sorted(f.hedges, key=lambda hn: (-hn[1], hn[0] != claim.qualifier))
        ],
        unit=claim.unit,
        status=f.key.status,
        incremental=f.key.incremental,
        direction=f.key.direction,
        reported_on=f.as_of,
        as_of=reference_date(claim, report.published),
        source=claim.source,
        origin=parts.origin if parts else None,
        person=parts.person if parts else None,
        via=parts.via if parts else None,
        authorities=list(f.authorities),
        reports=f.stories,
        outlets=len(f.outlets),
        outlet_names=list(f.outlets),
        quote=claim.quote,
        figure_span=f.figure_span,
        url=report.url,
        title=report.title,
        outlet=report.outlet,
        published=report.published,
        sample=is_sample_url(report.url),
        first_ingested=f.first_ingested,
    )


def to_conflict(c: Disagreement) -> Conflict:
    """The disagreement as data (its kind and both figures); render.conflict_text words it."""
    return Conflict(series=c.a.key.item, kind=c.kind, days_apart=c.days_apart, a=to_estimate(c.a), b=to_estimate(c.b))


def _points(result: Reconciled, kind: Kind) -> list[Finding]:
    return [f for s in result.of_kind(kind) for f in s.points]


def _latest(findings: Iterable[Finding]) -> list[Estimate]:
    ranked = sorted(findings, key=lambda f: (f.as_of or date.min, f.stories, f.key.order), reverse=True)
    return [to_estimate(f) for f in ranked[:ITEMS_PER_LIST]]


def _category_order(s: FindingSeries) -> int:
    return list(Category).index(s.category)


def _chronological(estimates: Iterable[Estimate]) -> list[Estimate]:
    """Oldest first; undated figures first, since nothing says they are recent."""
    return sorted(estimates, key=lambda e: (e.reported_on or date.min, e.value or 0, e.subtype))


def _is_new(f: Finding, since: date) -> bool:
    if f.as_of is not None:
        return f.as_of >= since
    return f.first_ingested is not None and f.first_ingested.date() >= since


def _sources(estimates: Iterable[Estimate]) -> list[ArticleLink]:
    seen: dict[tuple[str | None, str | None], ArticleLink] = {}
    for e in estimates:
        seen.setdefault(
            (e.url, e.title),
            ArticleLink(title=e.title, url=e.url, outlet=e.outlet, published=e.published, sample=e.sample),
        )
    return sorted(seen.values(), key=lambda s: (s.published or date.min, s.title or ""), reverse=True)
