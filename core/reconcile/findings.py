"""Reports of one figure folded into a finding: its stories, outlets, hedges, authorities and representative report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from core.lexicon import Lexicon
from core.models import Category, Claim, Direction, Qualifier, Status
from core.reconcile.keys import reference_date
from core.reconcile.sources import SourceParts, independent_origins, parse_source


@dataclass(frozen=True, slots=True)  # a store holds many: no per-instance dict
class Report:
    """One claim as one article states it, with the article's metadata: what reconciliation reads.

    `article` is the article's stable identity (its canonical URL, else its content hash): the same article read
    twice has the same key, so it is one report however often it is ingested."""

    claim: Claim
    article: str
    url: str | None = None
    title: str | None = None
    outlet: str = "unknown outlet"
    published: date | None = None
    ingested_at: datetime | None = None


class Kind(StrEnum):
    """What a figure is, kept apart: totals never mix with additions, plans or denials."""

    TOTAL = "total"
    ADDITION = "addition"
    PLANNED = "planned"
    DENIED = "denied"
    UNQUANTIFIED = "unquantified"


@dataclass(frozen=True)
class FigureKey:
    """One figure: what is counted (canonical item), its scope (direction, addition or total), status and value."""

    category: Category
    item: str
    direction: Direction
    status: Status
    incremental: bool
    value: int | None
    value_max: int | None

    @property
    def order(self) -> tuple[str, str, str, str, bool, int, int]:
        """A total order over figures, so every choice among equals is the same whatever the input order."""
        return (
            self.category.value,
            self.item,
            self.direction.value,
            self.status.value,
            self.incremental,
            -1 if self.value is None else self.value,
            -1 if self.value_max is None else self.value_max,
        )

    @property
    def kind(self) -> Kind:
        if self.status is Status.DENIED:
            return Kind.DENIED
        if self.value is None:
            return Kind.UNQUANTIFIED
        if self.status is Status.PLANNED:
            return Kind.PLANNED
        return Kind.ADDITION if self.incremental else Kind.TOTAL


@dataclass(frozen=True)
class Finding:
    """One figure across every report that states it."""

    key: FigureKey
    representative: Report  # the report a briefing quotes: its hedge, status, source and sentence are shown
    stories: int  # near-duplicate articles count once
    outlets: tuple[str, ...]
    hedges: tuple[tuple[Qualifier | None, int], ...]  # each hedge the stories use, with how many use it
    authorities: tuple[str, ...]  # independent origin authorities, most authoritative first
    rank: int  # the representative source's rank
    as_of: date | None  # the earliest date the figure refers to (its 'as of', else publication)
    first_ingested: datetime | None
    figure_span: tuple[int, int] | None  # where the representative's quote states the figure

    @property
    def kind(self) -> Kind:
        return self.key.kind

    @property
    def source(self) -> SourceParts | None:
        return parse_source(self.representative.claim.source)


def canonical_items(lexicon: Lexicon) -> dict[tuple[Category, str], str]:
    """(category, any subtype or alias, lower-cased) -> the lexicon term's subtype: one name per kind of item."""
    names: dict[tuple[Category, str], str] = {}
    for term in lexicon.spec.term:
        for word in (term.subtype, *term.aliases):
            names.setdefault((term.category, " ".join(word.lower().split())), term.subtype)
    return names


def figure_key(claim: Claim, items: dict[tuple[Category, str], str]) -> FigureKey:
    """An item the lexicon knows goes under its term's name ('long-range artillery' is 'artillery', a Koksan is a
    Koksan); an item it does not know keeps its own name, lower-cased, and so its own series."""
    wording = " ".join(claim.subtype.lower().split())
    item = items.get((claim.category, wording), wording)
    return FigureKey(
        claim.category, item, claim.direction, claim.status, claim.incremental, claim.value, claim.value_max
    )


def source_rank(parts: SourceParts | None, lexicon: Lexicon) -> int:
    """The rank of the source as named ('Org (Person)' can outrank 'Org'); an outlet is 0, unattributed -1."""
    if parts is None:
        return -1
    named = parts.origin + (f" ({parts.person})" if parts.person else "")
    ranks = lexicon.source_ranks
    return ranks.get(named, ranks.get(parts.origin, 1))


def origin_rank(parts: SourceParts, lexicon: Lexicon) -> int:
    """The rank of the origin authority alone ('Ukraine HUR' for 'Ukraine HUR (Budanov)')."""
    ranks = lexicon.source_ranks
    named = parts.origin + (f" ({parts.person})" if parts.person else "")
    return ranks.get(parts.origin, ranks.get(named, 1))


def report_order(report: Report) -> tuple[str, str, str, str, str, str, tuple[int, int]]:
    """A total order over reports, so that every choice among equals is the same whatever the input order (two
    reports of one article may differ only in the period of their claim)."""
    claim = report.claim
    qualifier = claim.qualifier.value if claim.qualifier else ""
    return (report.article, claim.quote, claim.source or "", qualifier, claim.period or "", claim.subtype, claim.span)


def build_finding(
    key: FigureKey, reports: list[Report], story_of: dict[str, str], lexicon: Lexicon, span: FigureSpan
) -> Finding:
    """Fold the reports of one figure (at most one per article) into a finding."""
    ordered = sorted(reports, key=report_order)
    by_story: dict[str, Report] = {}
    for report in ordered:
        by_story.setdefault(story_of.get(report.article, report.article), report)
    hedges = Counter(r.claim.qualifier for r in by_story.values())
    origins: dict[str, int] = {}
    for report in ordered:
        if (parts := parse_source(report.claim.source)) is not None:
            origins[parts.origin] = max(origins.get(parts.origin, 0), origin_rank(parts, lexicon))

    def preference(report: Report) -> tuple[object, ...]:
        """The best source; then the wording most reports use ('about 11,000' in four reports beats 'over 11,000'
        in one); then the latest."""
        when = reference_date(report.claim, report.published)
        return (
            -source_rank(parse_source(report.claim.source), lexicon),
            -hedges[report.claim.qualifier],
            -(when.toordinal() if when else 0),
            *report_order(report),
        )

    # The quoted report must state the figure: the first by preference whose sentence does (checked lazily: finding
    # a figure in a sentence costs more than everything else here).
    candidates = sorted(ordered, key=preference)
    representative = next((r for r in candidates if span(r.claim.quote, key.value) is not None), candidates[0])
    dates = [d for r in ordered if (d := reference_date(r.claim, r.published)) is not None]
    ingested = [r.ingested_at for r in ordered if r.ingested_at is not None]
    return Finding(
        key=key,
        representative=representative,
        stories=len(by_story),
        outlets=tuple(sorted({r.outlet for r in ordered})),
        hedges=tuple(sorted(hedges.items(), key=lambda h: (-h[1], h[0] or ""))),
        authorities=tuple(independent_origins(origins)),
        rank=source_rank(parse_source(representative.claim.source), lexicon),
        as_of=min(dates) if dates else None,
        first_ingested=min(ingested) if ingested else None,
        figure_span=span(representative.claim.quote, key.value),
    )


class FigureSpan:
    """Where a sentence states a figure, found with extraction's own number reader (one parser per grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        from core.extract.numbers import find_quantities  # the grammar of figures lives in extraction

        self._find = find_quantities
        self._lexicon = lexicon
        self._seen: dict[tuple[str, int | None], tuple[int, int] | None] = {}

    def __call__(self, quote: str, value: int | None) -> tuple[int, int] | None:
        if value is None:
            return None
        if (quote, value) not in self._seen:
            found = [(q.start, q.end) for q in self._find(quote, self._lexicon) if q.value == value]
            self._seen[(quote, value)] = found[0] if found else None
        return self._seen[(quote, value)]
