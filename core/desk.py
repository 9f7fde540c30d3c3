"""What the chat adapters ask of the engine, in one place: briefings, digests, charts and subscriptions.

Adapters translate a platform's request into these calls and render the answer; every decision is made here.
All methods are synchronous (SQLAlchemy); async callers run them in a worker thread."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from core.commands import Command, parse_command
from core.compose.alerts import Alert, current_alerts
from core.compose.briefing import build_briefing, reconciled
from core.compose.chart import render_chart
from core.compose.digest import Digest, build_digest
from core.compose.topics import Topic, resolve_topic
from core.lexicon import Lexicon
from core.models import Briefing, Category
from core.store import SqlStore
from core.store.subscriptions import Subscription, SubscriptionStore


class Desk:
    def __init__(self, store: SqlStore, lexicon: Lexicon) -> None:
        self.store, self.lexicon = store, lexicon
        self.subscriptions = SubscriptionStore(store.engine)

    def parse(self, text: str, now: datetime | None = None) -> Command:
        return parse_command(text, self.lexicon, now)

    def topics(self) -> list[str]:
        return list(self.lexicon.spec.topics)

    def topic(self, name: str) -> Topic:
        return resolve_topic(name, self.lexicon)

    def briefing(self, topic: str, since: datetime | date | None = None) -> Briefing:
        day = since.date() if isinstance(since, datetime) else since
        return build_briefing(self.store, self.topic(topic), day)

    def refresh(self) -> int:
        """Reconcile the store's claims now (after an ingest) rather than on the next request; returns the
        number of findings."""
        return len(reconciled(self.store).findings)

    def digest(self, since: datetime, topics: list[str] | None = None, now: datetime | None = None) -> Digest:
        return build_digest(self.store, since, now or datetime.now(UTC), self.categories(topics or ["all"]))

    def alerts(self, topics: list[str], now: datetime | None = None) -> list[Alert]:
        """The topics' headline estimates and conflicts as they stand, each under a stable key (core.compose.alerts)."""
        names = topics or ["all"]
        return current_alerts(self.store, [self.topic(name) for name in names], now)

    def version(self) -> tuple[int, int, int]:
        """Changes whenever an article, claim or revision is stored: nothing to check for alerts until it does."""
        return self.store.version()

    def categories(self, topics: list[str]) -> tuple[Category, ...]:
        """The categories of several topics, in a stable order and without repeats."""
        wanted = {c for name in topics for c in self.topic(name).categories}
        return tuple(c for c in Category if c in wanted)

    def chart(self, topic: str) -> tuple[bytes, int]:
        """The topic's estimate history as PNG bytes, and how many estimates it draws."""
        buffer = io.BytesIO()
        drawn = render_chart(self.briefing(topic), buffer)
        return buffer.getvalue(), drawn

    def subscribe(
        self, platform: str, workspace: str, channel: str, command: Command, user: str
    ) -> tuple[Subscription, bool]:
        """Create or replace the channel's subscription from a parsed `subscribe` command; True if it is new."""
        assert command.at is not None and command.timezone is not None
        sub = Subscription(
            platform=platform,
            workspace=workspace,
            channel=channel,
            at=command.at,
            timezone=command.timezone,
            topics=command.topics or ["all"],
            created_by=user,
            alerts=command.alerts,
        )
        return sub, self.subscriptions.put(sub)
