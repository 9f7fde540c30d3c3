"""What changed in a period: new findings, revised estimates, new conflicts ('nothing new' said plainly)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from pydantic import BaseModel

from core.compose.briefing import reconciled, to_conflict, to_estimate
from core.compose.render import (
    NOTHING_NEW,
    Item,
    Section,
    SectionKind,
    conflict_line,
    figure_item,
    figure_text,
    label_of,
    nothing,
    when,
)
from core.models import Category, Conflict, Estimate
from core.reconcile import Finding, Kind
from core.store import SqlStore


class EstimateRevision(BaseModel):
    series: str
    before: Estimate
    after: Estimate


class Digest(BaseModel):
    since: datetime
    generated_at: datetime
    new: list[Estimate]
    revisions: list[EstimateRevision]
    conflicts: list[Conflict]
    alert: str | None = None  # the topic, when this is an alert (one change, posted at once) rather than a digest

    @property
    def empty(self) -> bool:
        return not (self.new or self.revisions or self.conflicts)


DIGEST_LIMIT = 50


def build_digest(
    store: SqlStore, since: datetime, now: datetime | None = None, categories: Iterable[Category] = tuple(Category)
) -> Digest:
    """Changes ingested since `since` (an aware datetime), across the given categories (default: all): new
    findings, the estimates they revise (the previous total of the same series), and conflicts they start."""
    result = reconciled(store).only(categories)

    def fresh(f: Finding) -> bool:
        return f.first_ingested is not None and f.first_ingested >= since

    new = sorted((f for f in result.findings if fresh(f)), key=lambda f: (f.as_of or date.min, f.stories, f.key.order))
    new = list(reversed(new))[:DIGEST_LIMIT]
    revisions = []
    for series in result.of_kind(Kind.TOTAL):
        for before, after in zip(series.points, series.points[1:], strict=False):
            if fresh(after) and not fresh(before) and after.as_of is not None and after in new:
                revisions.append(
                    EstimateRevision(series=series.item, before=to_estimate(before), after=to_estimate(after))
                )
    conflicts = [to_conflict(c) for c in result.conflicts if fresh(c.a) or fresh(c.b)]
    return Digest(
        since=since,
        generated_at=now or datetime.now(UTC),
        new=[to_estimate(f) for f in new],
        revisions=revisions,
        conflicts=conflicts,
    )


def digest_heading(d: Digest) -> str:
    if d.alert is not None:
        return f"nk-aid alert: {d.alert}"
    return f"nk-aid digest: changes since {d.since:%Y-%m-%d %H:%M} UTC"


def digest_sections(d: Digest) -> list[Section]:
    """The digest as titled sections (what every renderer lays out); one plain 'Nothing new.' when empty."""
    if d.empty:
        return [Section(SectionKind.NOTHING_NEW, [nothing(NOTHING_NEW)])]
    sections = []
    if d.revisions:
        revised = [
            Item(
                f"{label_of(r.series)}: {figure_text(r.before)} ({when(r.before.as_of)}) -> {figure_text(r.after)} "
                f"({when(r.after.as_of)}, {r.after.source or 'unattributed'})",
                title=r.after.title,
                url=r.after.url,
                estimate=r.after,
            )
            for r in d.revisions
        ]
        sections.append(Section(SectionKind.REVISED, revised))
    if d.new:
        sections.append(Section(SectionKind.NEW_FIGURES, [figure_item(e, with_quote=False) for e in d.new]))
    if d.conflicts:
        sections.append(Section(SectionKind.NEW_CONFLICTS, [Item(conflict_line(c)) for c in d.conflicts]))
    return sections


def render_digest(d: Digest) -> str:
    if d.empty:
        return digest_heading(d) + f"\n{NOTHING_NEW}\n"
    lines = [digest_heading(d)]
    for section in digest_sections(d):
        lines.append(f"{section.title}:")
        lines += [f"- {item.text}" for item in section.items]
    return "\n".join(lines) + "\n"
