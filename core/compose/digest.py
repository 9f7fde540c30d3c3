"""What changed in a period: new findings, revised estimates, new conflicts ('nothing new' said plainly)."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel

from core.compose.briefing import build_briefing
from core.compose.render import estimate_line, figure_text, when
from core.compose.topics import Topic
from core.models import Briefing, Category, Conflict, Estimate
from core.store import SqlStore


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


def build_digest(store: SqlStore, since: datetime, now: datetime | None = None) -> Digest:
    """Changes ingested since `since` (an aware datetime), across every topic."""
    everything = Topic("all", tuple(Category))
    briefing = build_briefing(store, everything, now=now)
    new = [e for e in _all_estimates(briefing) if e.first_ingested is not None and e.first_ingested >= since]
    new_ids = {id(e) for e in new}
    revisions = []
    for series in briefing.history:
        latest = series.points[-1]
        if id(latest) in new_ids and len(series.points) > 1:
            revisions.append(Revision(series=series.name, before=series.points[-2], after=latest))
    conflicts = [c for c in briefing.conflicts if id(c.a) in new_ids or id(c.b) in new_ids]
    return Digest(since=since, generated_at=now or datetime.now(UTC), new=new, revisions=revisions, conflicts=conflicts)


def _all_estimates(briefing: Briefing) -> list[Estimate]:
    seen: dict[int, Estimate] = {}
    for group in (briefing.headlines, briefing.additions, briefing.planned, briefing.denied):
        for estimate in group:
            seen[id(estimate)] = estimate
    for series in briefing.history:
        for estimate in series.points:
            seen.setdefault(id(estimate), estimate)
    return list(seen.values())


def render_digest(d: Digest) -> str:
    lines = [f"nk-aid digest: changes since {d.since:%Y-%m-%d %H:%M} UTC"]
    if d.empty:
        return lines[0] + "\nNothing new.\n"
    if d.revisions:
        lines.append("Revised estimates:")
        lines += [
            f"- {r.series}: {figure_text(r.before)} ({when(r.before.reported_on)}) -> {figure_text(r.after)} "
            f"({when(r.after.reported_on)}, {r.after.source or 'unattributed'})"
            for r in d.revisions
        ]
    if d.new:
        lines.append("New figures:")
        lines += [f"- {estimate_line(e)}" for e in d.new]
    if d.conflicts:
        lines.append("New conflicts:")
        lines += [f"- {c.series}: {c.reason}" for c in d.conflicts]
    return "\n".join(lines) + "\n"
