"""Fault: replicas whose clocks disagree share one delivery ledger (issue 15, item 6b). Leases are set and judged by
the database's clock, on SQLite and on PostgreSQL, so a clock running ahead or behind cannot repeat a digest."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from core.store import open_engine
from core.store.ledger import DeliveryLedger, Lease
from tests.fakes.postgres import postgres_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    urls = iter([f"sqlite:///{tmp_path / 'ledger.sqlite3'}"]) if request.param == "sqlite" else postgres_schema_url()
    for url in urls:
        engine = open_engine(url)
        yield engine
        engine.dispose()


def test_a_replica_whose_clock_runs_six_minutes_ahead_does_not_take_over_a_five_minute_lease(engine: Engine) -> None:
    holder, ahead = DeliveryLedger(engine, "replica-a"), DeliveryLedger(engine, "replica-b")
    assert holder.lease == timedelta(minutes=5)
    assert holder.claim("slack", "C1", "2026-12-04", datetime.now(UTC)) is Lease.CLAIMED
    skewed_clock = datetime.now(UTC) + timedelta(minutes=6)
    assert ahead.claim("slack", "C1", "2026-12-04", skewed_clock) is Lease.BUSY
    record = ahead.get("slack", "C1", "2026-12-04")
    assert record is not None and record.attempts == 1  # the holder's claim stands


def test_a_replica_whose_clock_runs_a_day_behind_cannot_hold_a_lease_past_its_length(engine: Engine) -> None:
    behind = DeliveryLedger(engine, "replica-behind", lease=timedelta(seconds=1))
    other = DeliveryLedger(engine, "replica-ok")
    assert behind.claim("discord", "42", "2026-12-04", datetime.now(UTC) + timedelta(days=1)) is Lease.CLAIMED
    assert other.claim("discord", "42", "2026-12-04") is Lease.BUSY  # a live lease is respected
    time.sleep(1.3)
    assert other.claim("discord", "42", "2026-12-04") is Lease.RECLAIMED  # one second later by the database's clock
    behind.sent("discord", "42", "2026-12-04", "stale")  # the holder that lost its lease records nothing
    record = other.get("discord", "42", "2026-12-04")
    assert record is not None and record.status == "pending" and record.message_ref is None
