"""Channel subscriptions to the daily digest: one per (platform, channel), kept in the store so they survive
restarts and are shared by replicas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy import Engine, delete, insert, select

from core.store.schema import SubscriptionRow


class Subscription(BaseModel):
    platform: str  # "slack" | "discord"
    workspace: str  # Slack team id / Discord guild id
    channel: str
    at: str  # HH:MM local time
    timezone: str  # IANA name
    topics: list[str]
    created_by: str
    alerts: bool = False  # also post a change of a topic's headline estimate at once

    def last_due(self, now: datetime) -> datetime:
        """The latest scheduled moment at or before `now` (aware), in the subscription's time zone."""
        zone = ZoneInfo(self.timezone)
        local = now.astimezone(zone)
        hour, minute = (int(part) for part in self.at.split(":"))
        due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if due > local:
            due = (due - timedelta(days=1)).replace(hour=hour, minute=minute)
        return due

    def period(self, due: datetime) -> str:
        """The ledger key of the digest due at `due`: its local date (one digest a day per channel)."""
        return due.astimezone(ZoneInfo(self.timezone)).date().isoformat()

    def describe(self) -> str:
        alerts = ", with alerts when a headline estimate changes" if self.alerts else ""
        return f"daily at {self.at} {self.timezone} on {', '.join(self.topics)}{alerts}"


class SubscriptionStore:
    """Subscriptions in the store's database; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def put(self, sub: Subscription) -> bool:
        """Create or replace the channel's subscription; True if it is new."""
        values = {
            "workspace": sub.workspace,
            "at": sub.at,
            "timezone": sub.timezone,
            "topics": ",".join(sub.topics),
            "created_by": sub.created_by,
            "created_at": datetime.now(UTC),
            "alerts": sub.alerts,
        }
        with self.engine.begin() as connection:
            existed = connection.execute(
                delete(SubscriptionRow).where(
                    SubscriptionRow.c.platform == sub.platform, SubscriptionRow.c.channel == sub.channel
                )
            ).rowcount
            connection.execute(insert(SubscriptionRow).values(platform=sub.platform, channel=sub.channel, **values))
        return not existed

    def remove(self, platform: str, channel: str) -> bool:
        """Drop the channel's subscription; False if it had none."""
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(SubscriptionRow).where(
                    SubscriptionRow.c.platform == platform, SubscriptionRow.c.channel == channel
                )
            )
        return bool(result.rowcount)

    def get(self, platform: str, channel: str) -> Subscription | None:
        found = self._select(SubscriptionRow.c.platform == platform, SubscriptionRow.c.channel == channel)
        return found[0] if found else None

    def all(self, platform: str | None = None, workspace: str | None = None) -> list[Subscription]:
        conditions = []
        if platform is not None:
            conditions.append(SubscriptionRow.c.platform == platform)
        if workspace is not None:
            conditions.append(SubscriptionRow.c.workspace == workspace)
        return self._select(*conditions)

    def _select(self, *conditions: object) -> list[Subscription]:
        table = SubscriptionRow
        query = select(table).where(*conditions).order_by(table.c.id)  # type: ignore[arg-type]
        with self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [
            Subscription(
                platform=row["platform"],
                workspace=row["workspace"],
                channel=row["channel"],
                at=row["at"],
                timezone=row["timezone"],
                topics=[t for t in row["topics"].split(",") if t],
                created_by=row["created_by"],
                alerts=bool(row["alerts"]),
            )
            for row in rows
        ]
