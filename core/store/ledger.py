"""The delivery ledger: each (platform, channel, period) digest goes out once, across retries, restarts and replicas.

A sender claims the row before posting (the unique key makes one claimant win), records the outcome after. A claim is
a lease: if its holder dies mid-delivery the lease runs out and another sender takes the row over, told that an earlier
attempt may have posted already so it can look before posting again.

Leases are set and judged by the database's clock, never a replica's: a replica whose clock ran six minutes ahead
would otherwise see every five-minute lease as expired and post a second digest beside the first."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Engine, Float, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from core.store.schema import DeliveryRow

DEFAULT_LEASE = timedelta(minutes=5)


class DatabaseClock(FunctionElement[datetime]):
    """The database's current time plus `seconds`, computed by the database in the statement itself."""

    type = DateTime(timezone=True)
    inherit_cache = True

    def __init__(self, seconds: float = 0.0) -> None:
        super().__init__(literal(float(seconds), Float))


@compiles(DatabaseClock)
def _clock_standard(element: DatabaseClock, compiler: SQLCompiler, **kw: Any) -> str:  # PostgreSQL and the rest
    return f"(CURRENT_TIMESTAMP + {compiler.process(element.clauses, **kw)} * INTERVAL '1 second')"


@compiles(DatabaseClock, "sqlite")
def _clock_sqlite(element: DatabaseClock, compiler: SQLCompiler, **kw: Any) -> str:
    # Written the way SQLAlchemy stores a SQLite DateTime ("YYYY-MM-DD HH:MM:SS.ffffff", UTC), so the text compares
    # in time order with the stored values; %f gives milliseconds, hence the three zeros.
    seconds = compiler.process(element.clauses, **kw)
    return f"(strftime('%Y-%m-%d %H:%M:%f', 'now', {seconds} || ' seconds') || '000')"


class Lease(StrEnum):
    CLAIMED = "claimed"  # first attempt: post
    RECLAIMED = "reclaimed"  # an earlier attempt failed or died: look for its message, then post
    DONE = "done"  # sent already, or refused for good: nothing to do
    BUSY = "busy"  # another sender holds a live lease


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # retryable: the next run tries again
    REFUSED = "refused"  # permanent (channel gone, no permission): never retried


@dataclass(frozen=True)
class Delivery:
    platform: str
    channel: str
    period: str
    status: DeliveryStatus
    attempts: int
    message_ref: str | None
    error: str | None


class DeliveryLedger:
    """Claims and outcomes in the store's database; `owner` names this process in the rows it holds."""

    def __init__(self, engine: Engine, owner: str, lease: timedelta = DEFAULT_LEASE) -> None:
        self.engine, self.owner, self.lease = engine, owner, lease
        # SQLite has one writer at a time and makes the others sleep and retry (up to 100 ms a try): with dozens of
        # deliveries in flight, taking turns in-process is far faster. PostgreSQL's row locks need no help.
        self._turns: AbstractContextManager[object] = (
            threading.Lock() if engine.dialect.name == "sqlite" else nullcontext()
        )

    def claim(self, platform: str, channel: str, period: str, now: datetime | None = None) -> Lease:
        """Take the delivery's lease. `now` is this process's clock, kept in `updated_at` for people reading the table;
        whether a lease has run out is judged by the database's clock alone."""
        now = now or datetime.now(UTC)
        key = (DeliveryRow.c.platform == platform, DeliveryRow.c.channel == channel, DeliveryRow.c.period == period)
        lease_until = DatabaseClock(self.lease.total_seconds())
        row = {"owner": self.owner, "lease_until": lease_until, "status": DeliveryStatus.PENDING, "updated_at": now}
        with self._turns:
            return self._claim(key, row, platform, channel, period)

    def _claim(self, key: tuple[Any, ...], row: dict[str, Any], platform: str, channel: str, period: str) -> Lease:
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    insert(DeliveryRow).values(platform=platform, channel=channel, period=period, attempts=1, **row)
                )
            return Lease.CLAIMED
        except IntegrityError:
            pass  # someone has (or had) this delivery: take it over only if it is retryable or its holder is gone
        with self.engine.begin() as connection:
            taken = connection.execute(
                update(DeliveryRow)
                .where(
                    *key,
                    or_(
                        DeliveryRow.c.status == DeliveryStatus.FAILED,
                        (DeliveryRow.c.status == DeliveryStatus.PENDING)
                        & (DeliveryRow.c.lease_until < DatabaseClock()),
                    ),
                )
                .values(attempts=DeliveryRow.c.attempts + 1, **row)
            ).rowcount
            if taken:
                return Lease.RECLAIMED
            status = connection.execute(select(DeliveryRow.c.status).where(*key)).scalar_one_or_none()
        return Lease.BUSY if status == DeliveryStatus.PENDING else Lease.DONE

    def settled(self, platform: str, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which (channel, period) deliveries are finished for good (sent or refused): one query for a whole run."""
        channels = sorted({channel for channel, _ in keys})
        found: set[tuple[str, str]] = set()
        with self.engine.connect() as connection:
            for start in range(0, len(channels), 500):  # bounded IN lists
                rows = connection.execute(
                    select(DeliveryRow.c.channel, DeliveryRow.c.period).where(
                        DeliveryRow.c.platform == platform,
                        DeliveryRow.c.channel.in_(channels[start : start + 500]),
                        DeliveryRow.c.status.in_([DeliveryStatus.SENT, DeliveryStatus.REFUSED]),
                    )
                )
                found.update((channel, period) for channel, period in rows)
        return found & set(keys)

    def sent(self, platform: str, channel: str, period: str, message_ref: str) -> None:
        self._finish(platform, channel, period, DeliveryStatus.SENT, message_ref=message_ref, error=None)

    def failed(self, platform: str, channel: str, period: str, reason: str) -> None:
        self._finish(platform, channel, period, DeliveryStatus.FAILED, error=reason)

    def refused(self, platform: str, channel: str, period: str, reason: str) -> None:
        self._finish(platform, channel, period, DeliveryStatus.REFUSED, error=reason)

    def get(self, platform: str, channel: str, period: str) -> Delivery | None:
        with self.engine.connect() as connection:
            row = (
                connection.execute(
                    select(DeliveryRow).where(
                        DeliveryRow.c.platform == platform,
                        DeliveryRow.c.channel == channel,
                        DeliveryRow.c.period == period,
                    )
                )
                .mappings()
                .one_or_none()
            )
        if row is None:
            return None
        return Delivery(
            platform, channel, period, DeliveryStatus(row["status"]), row["attempts"], row["message_ref"], row["error"]
        )

    def _finish(self, platform: str, channel: str, period: str, status: DeliveryStatus, **values: str | None) -> None:
        with self._turns, self.engine.begin() as connection:
            connection.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.c.platform == platform,
                    DeliveryRow.c.channel == channel,
                    DeliveryRow.c.period == period,
                    DeliveryRow.c.owner == self.owner,  # a holder whose lease was taken over records nothing
                )
                .values(status=status, updated_at=datetime.now(UTC), **values)
            )
