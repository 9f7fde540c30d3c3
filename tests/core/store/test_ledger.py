"""Subscriptions and the delivery ledger, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from core.store import SqlStore
from core.store.ledger import DeliveryLedger, DeliveryStatus, Lease
from core.store.subscriptions import Subscription, SubscriptionStore

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def sub(channel: str, at: str = "08:00", zone: str = "Asia/Seoul") -> Subscription:
    return Subscription(
        platform="slack", workspace="T1", channel=channel, at=at, timezone=zone, topics=["troops"], created_by="U1"
    )


def test_subscriptions_replace_per_channel_and_survive_reopening(store: SqlStore) -> None:
    subs = SubscriptionStore(store.engine)
    assert subs.put(sub("C1")) is True
    assert subs.put(sub("C1", at="09:15")) is False
    assert subs.put(sub("C2")) is True
    assert [s.at for s in SubscriptionStore(store.engine).all("slack")] == ["09:15", "08:00"]
    assert subs.all("discord") == []
    assert subs.remove("slack", "C1") is True
    assert subs.remove("slack", "C1") is False
    assert subs.get("slack", "C2") == sub("C2")


def test_last_due_and_period_follow_the_local_clock() -> None:
    seoul = sub("C1", at="08:00", zone="Asia/Seoul")  # 08:00 KST is 23:00 UTC the day before
    due = seoul.last_due(datetime(2026, 11, 21, 22, 59, tzinfo=UTC))
    assert due.astimezone(UTC) == datetime(2026, 11, 20, 23, 0, tzinfo=UTC)
    assert seoul.period(due) == "2026-11-21"
    assert seoul.last_due(datetime(2026, 11, 21, 23, 0, tzinfo=UTC)).astimezone(UTC) == datetime(
        2026, 11, 21, 23, 0, tzinfo=UTC
    )


def test_one_claimant_wins_and_a_sent_delivery_is_done_for_everyone(store: SqlStore) -> None:
    a, b = DeliveryLedger(store.engine, "replica-a"), DeliveryLedger(store.engine, "replica-b")
    assert a.claim("slack", "C1", "2026-11-21", T0) is Lease.CLAIMED
    assert b.claim("slack", "C1", "2026-11-21", T0) is Lease.BUSY
    a.sent("slack", "C1", "2026-11-21", "1700000000.000100")
    assert b.claim("slack", "C1", "2026-11-21", T0 + timedelta(hours=1)) is Lease.DONE
    record = b.get("slack", "C1", "2026-11-21")
    assert record is not None and (record.status, record.message_ref, record.attempts) == (
        DeliveryStatus.SENT,
        "1700000000.000100",
        1,
    )
    assert b.claim("slack", "C1", "2026-11-22", T0) is Lease.CLAIMED  # the next period is a new delivery


def test_an_expired_lease_is_taken_over_and_the_old_holder_records_nothing(store: SqlStore) -> None:
    dead = DeliveryLedger(store.engine, "dead", lease=timedelta(seconds=1))
    alive = DeliveryLedger(store.engine, "alive")
    assert dead.claim("slack", "C1", "p", T0) is Lease.CLAIMED
    assert alive.claim("slack", "C1", "p", T0) is Lease.BUSY
    time.sleep(1.3)  # leases run on the database's clock: wait it out
    assert alive.claim("slack", "C1", "p", T0) is Lease.RECLAIMED
    dead.sent("slack", "C1", "p", "stale")
    record = alive.get("slack", "C1", "p")
    assert record is not None and record.status is DeliveryStatus.PENDING and record.attempts == 2


def test_failed_is_retried_by_the_next_run_and_refused_never(store: SqlStore) -> None:
    ledger = DeliveryLedger(store.engine, "me")
    ledger.claim("slack", "C1", "p", T0)
    ledger.failed("slack", "C1", "p", "HTTP 500 five times")
    assert ledger.claim("slack", "C1", "p", T0) is Lease.RECLAIMED
    ledger.claim("slack", "C2", "p", T0)
    ledger.refused("slack", "C2", "p", "channel_not_found")
    assert ledger.claim("slack", "C2", "p", T0) is Lease.DONE
    record = ledger.get("slack", "C2", "p")
    assert record is not None and record.error == "channel_not_found"
