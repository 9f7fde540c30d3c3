"""Alerts: the current headline estimates and conflicts of some topics, each under a stable key, so that a channel is
told once when one appears (a new figure, a revised figure or hedge, a new conflict) instead of in the next digest.

Which keys a channel has already been told about is the delivery ledger's business (bot/scheduler.py); this module
only says what the picture is now, as data. Each alert is a one-change Digest, so every poster can post it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from core.compose.briefing import build_briefing
from core.compose.digest import Digest, EstimateRevision
from core.compose.topics import Topic
from core.models import Briefing, Conflict, Estimate, Series
from core.store import SqlStore

KEY_PREFIX = "alert:"  # the ledger's period of an alert; a daily digest's is a date, so the two never meet


@dataclass(frozen=True)
class Alert:
    """One headline estimate or conflict as it stands: `key` changes exactly when what it says changes."""

    key: str
    digest: Digest


def current_alerts(store: SqlStore, topics: list[Topic], now: datetime | None = None) -> list[Alert]:
    """Every headline estimate and conflict of the topics (each once, however many topics share it)."""
    now = now or datetime.now(UTC)
    found: dict[str, Alert] = {}
    for topic in topics:
        briefing = build_briefing(store, topic, now=now)
        for alert in alerts_of(briefing, now):
            found.setdefault(alert.key, alert)
    return list(found.values())


def alerts_of(b: Briefing, now: datetime) -> list[Alert]:
    """The alerts one briefing holds: one per headline estimate, one per conflict."""
    alerts: list[Alert] = []
    history = {(s.category, s.name): s for s in b.history}
    for headline in b.headlines:
        key = _key("headline", headline.category, headline.series, headline.direction, headline.value,
                   headline.value_max, headline.hedge)  # fmt: skip
        before = _before(history.get((headline.category, headline.series)), headline)
        if before is None:  # the first figure of its series
            digest = Digest(since=now, generated_at=now, new=[headline], revisions=[], conflicts=[], alert=b.topic)
        else:  # a new figure (or the same with another hedge) after an earlier one
            revision = EstimateRevision(series=headline.series, before=before, after=headline)
            digest = Digest(since=now, generated_at=now, new=[], revisions=[revision], conflicts=[], alert=b.topic)
        alerts.append(Alert(key, digest))
    for conflict in b.conflicts:
        alerts.append(Alert(_conflict_key(conflict), Digest(since=now, generated_at=now, new=[], revisions=[],
                                                            conflicts=[conflict], alert=b.topic)))  # fmt: skip
    return alerts


def _before(series: Series | None, headline: Estimate) -> Estimate | None:
    """The estimate shown before the headline in its series (oldest first), if any."""
    if series is None:
        return None
    earlier = [p for p in series.points if p != headline]
    return earlier[-1] if earlier else None


def _conflict_key(c: Conflict) -> str:
    sides = sorted((e.value, e.value_max, e.hedge, e.as_of.isoformat() if e.as_of else "") for e in (c.a, c.b))
    return _key("conflict", c.kind, c.series, *sides)


def _key(*parts: object) -> str:
    """A short stable key (the ledger's period column holds 32 characters)."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:24]
    return KEY_PREFIX + digest
