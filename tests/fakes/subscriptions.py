"""Digest subscriptions due now, for the delivery tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.desk import Desk
from core.store.subscriptions import Subscription


def subscribe(desk: Desk, channels: list[str], now: datetime) -> str:
    """Subscribe the channels to a digest due a minute ago; returns the period (the due day)."""
    due = (now - timedelta(minutes=1)).astimezone(UTC)
    for channel in channels:
        desk.subscriptions.put(
            Subscription(
                platform="slack",
                workspace="T0NKAID",
                channel=channel,
                at=f"{due:%H:%M}",
                timezone="UTC",
                topics=["all"],
                created_by="U0ADMIN",
            )
        )
    return due.date().isoformat()
