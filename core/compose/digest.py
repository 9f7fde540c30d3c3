"""What changed in a period: new findings, revised estimates, new conflicts ('nothing new' said plainly)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from pydantic import BaseModel

from core.compose.briefing import briefing_from_rows, series_name, to_estimate
from core.compose.render import Item, Section, estimate_line, figure_text, when
from core.compose.topics import Topic
from core.models import Category, Conflict, Estimate, Status
from core.store import FindingSummary, SqlStore
from core.store.repository import as_utc


class Revision(BaseModel):
    series: str
    before: Estimate
    after: Estimate


class Digest(BaseModel):
    since: datetime
    generated_at: datetime
    new: list[Estimate]
    revisions: list[Revision]
    conflicts: list[Conflict]

    @property
    def empty(self) -> bool:
        return not (self.new or self.revisions or self.conflicts)


DIGEST_LIMIT = 50


def build_digest(
    store: SqlStore, since: datetime, now: datetime | None = None, categories: Iterable[Category] = tuple(Category)
) -> Digest:
    """Changes ingested since `since` (an aware datetime), across the given categories (default: all): new
    findings, the estimates they revise (the previous figure of the same series), and conflicts they start."""
    categories = tuple(categories)
    rows = store.finding_summaries(c.value for c in categories)
    fresh = [r for r in rows if (moment := as_utc(r.first_ingested)) is not None and moment >= since]
    fresh = sorted(fresh, key=lambda r: (r.first_date or date.min, r.reports), reverse=True)[:DIGEST_LIMIT]
    fresh_ids = {r.id for r in fresh}
    previous = {row.id: before for row in fresh if (before := _revised(row, rows, fresh_ids)) is not None}
    ids = sorted(fresh_ids | {r.id for r in previous.values()})
    details, authorities = store.finding_details(ids), store.authorities(ids)

    def estimate(row: FindingSummary) -> Estimate:
        return to_estimate(row, details[row.id], authorities.get(row.id, []))

    new = [estimate(r) for r in fresh if r.id in details]
    revisions = [
        Revision(series=after.subtype, before=estimate(before), after=estimate(after))
        for after in fresh
        if (before := previous.get(after.id)) is not None and after.id in details and before.id in details
    ]
    everything = briefing_from_rows(store, Topic("digest", categories), rows, now=now)
    new_keys = {(e.category, e.subtype, e.value, e.value_max) for e in new}
    conflicts = [
        c
        for c in everything.conflicts
        if (c.a.category, c.a.subtype, c.a.value, c.a.value_max) in new_keys
        or (c.b.category, c.b.subtype, c.b.value, c.b.value_max) in new_keys
    ]
    return Digest(since=since, generated_at=now or datetime.now(UTC), new=new, revisions=revisions, conflicts=conflicts)


def _revised(row: FindingSummary, rows: list[FindingSummary], fresh_ids: set[int]) -> FindingSummary | None:
    """The estimate a new reported total supersedes: the latest older one of the same series."""
    if row.value is None or row.status != Status.REPORTED.value or row.incremental or row.first_date is None:
        return None
    earlier = [
        r
        for r in rows
        if r.id not in fresh_ids
        and r.category == row.category
        and r.status == row.status
        and not r.incremental
        and r.value is not None
        and series_name(r.subtype) == series_name(row.subtype)
        and r.first_date is not None
        and r.first_date <= row.first_date
    ]
    return max(earlier, key=lambda r: (r.first_date or date.min, r.headline_rank)) if earlier else None


def digest_heading(d: Digest) -> str:
    return f"nk-aid digest: changes since {d.since:%Y-%m-%d %H:%M} UTC"


def digest_sections(d: Digest) -> list[Section]:
    """The digest as titled sections (what every renderer lays out); one plain 'Nothing new.' when empty."""
    if d.empty:
        return [Section("Nothing new", [Item("Nothing new.")])]
    sections = []
    if d.revisions:
        revised = [
            Item(
                f"{r.series}: {figure_text(r.before)} ({when(r.before.reported_on)}) -> {figure_text(r.after)} "
                f"({when(r.after.reported_on)}, {r.after.source or 'unattributed'})",
                title=r.after.title,
                url=r.after.url,
            )
            for r in d.revisions
        ]
        sections.append(Section("Revised estimates", revised))
    if d.new:
        sections.append(Section("New figures", [Item(estimate_line(e), title=e.title, url=e.url) for e in d.new]))
    if d.conflicts:
        sections.append(Section("New conflicts", [Item(f"{c.series}: {c.reason}") for c in d.conflicts]))
    return sections


def render_digest(d: Digest) -> str:
    if d.empty:
        return digest_heading(d) + "\nNothing new.\n"
    lines = [digest_heading(d)]
    for section in digest_sections(d):
        lines.append(f"{section.title}:")
        lines += [f"- {item.text}" for item in section.items]
    return "\n".join(lines) + "\n"
