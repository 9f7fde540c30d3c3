"""Digest delivery shared by the chat adapters: ledger claims, bounded retries with backoff, Retry-After, and one
failing channel never holding up the others.

An adapter supplies a `DigestPoster` that posts one digest and classifies its failures; everything else (exactly
once, how long to wait, when to give up) is decided here, the same way for every platform."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from core.compose.digest import Digest
from core.errors import PermanentError, RateLimited, TransientError
from core.store.ledger import DeliveryLedger, Lease

log = logging.getLogger("nk_aid.delivery")


# A digest's period is its local day (Subscription.period); the earliest time zones run 14 hours ahead of UTC.
_EARLIEST_ZONE = timedelta(hours=14)
HISTORY_LIMIT = 5000  # messages searched at most by find(), so a flooded channel cannot stall a run


def earliest_post(period: str) -> datetime | None:
    """The earliest moment the digest of `period` can have been posted: the start of its day in the earliest time
    zone. find() reads a channel's history back to here, however busy the channel was since; None for a period
    that is not a day."""
    try:
        day = date.fromisoformat(period)
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC) - _EARLIEST_ZONE


class DigestPoster(Protocol):
    platform: str

    async def post(self, channel: str, digest: Digest, period: str) -> str:
        """Post the digest; return the platform's message reference. Raises a DeliveryError subclass."""
        ...

    async def find(self, channel: str, period: str) -> str | None:
        """The reference of this period's digest if it is already in the channel (an earlier attempt posted it
        before failing or dying), None if it is not or the platform cannot tell. Reads the history back to
        `earliest_post(period)` (at most HISTORY_LIMIT messages), not just the latest page."""
        ...


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 1.0  # seconds before the second attempt; doubles each time, with jitter
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After gives up for this run; the next run retries
    budget: float = 240.0  # stop retrying well inside the ledger lease (5 min), so no other replica takes over

    def backoff(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return delay * (0.5 + random.random() / 2)  # jitter: replicas and channels do not retry in lockstep


class Result(StrEnum):
    SENT = "sent"
    ALREADY = "already"  # delivered (or refused for good) earlier: nothing done
    BUSY = "busy"  # another sender holds the delivery right now
    FAILED = "failed"  # retries used up: the next run tries again
    REFUSED = "refused"  # the platform will never accept it: not retried
    DEFERRED = "deferred"  # not started because the process is stopping: left unclaimed for the next run


@dataclass(frozen=True)
class Outcome:
    platform: str
    channel: str
    period: str
    result: Result
    detail: str = ""
    attempts: int = 0


@dataclass(frozen=True)
class Job:
    """One digest to deliver: where, for which period, and how to build it (built only if the claim is won)."""

    poster: DigestPoster
    channel: str
    period: str
    digest: Callable[[], Awaitable[Digest]]


@dataclass
class Courier:
    ledger: DeliveryLedger
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    concurrency: int = 32
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    on_outcome: Callable[[Outcome], None] | None = None  # metrics
    closing: bool = False  # set on shutdown: deliveries under way finish, no new one starts

    async def deliver_all(self, jobs: Iterable[Job]) -> list[Outcome]:
        """Deliver every job, `concurrency` at a time; each channel's failures stay its own."""
        gate = asyncio.Semaphore(self.concurrency)

        async def one(job: Job) -> Outcome:
            async with gate:
                return await self.deliver(job)

        return list(await asyncio.gather(*(one(job) for job in jobs)))

    async def deliver(self, job: Job) -> Outcome:
        platform, channel, period = job.poster.platform, job.channel, job.period
        if self.closing:
            return Outcome(platform, channel, period, Result.DEFERRED)
        try:
            claim = await asyncio.to_thread(self.ledger.claim, platform, channel, period)
        except Exception as err:  # the store is down: nothing claimed, nothing posted; the next run retries
            log.warning("digest %s/%s %s: cannot claim (%s)", platform, channel, period, err)
            return Outcome(platform, channel, period, Result.FAILED, f"ledger unavailable: {err}")
        if claim is Lease.DONE:
            return Outcome(platform, channel, period, Result.ALREADY)
        if claim is Lease.BUSY:
            return Outcome(platform, channel, period, Result.BUSY)
        try:
            outcome = await self._attempts(job, maybe_posted=claim is Lease.RECLAIMED)
        except Exception as err:  # a bug (rendering, the store): record it for this channel only and go on
            log.exception("digest %s/%s %s: unexpected error", platform, channel, period)
            outcome = Outcome(platform, channel, period, Result.FAILED, f"internal error: {type(err).__name__}")
        await self._record(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        return outcome

    async def _attempts(self, job: Job, maybe_posted: bool) -> Outcome:
        platform, channel, period = job.poster.platform, job.channel, job.period
        digest = await job.digest()
        started = time.monotonic()
        reason = ""
        for attempt in range(1, self.policy.attempts + 1):
            try:
                if maybe_posted and (ref := await job.poster.find(channel, period)) is not None:
                    return Outcome(platform, channel, period, Result.SENT, f"found earlier post {ref}", attempt)
                ref = await job.poster.post(channel, digest, period)
                return Outcome(platform, channel, period, Result.SENT, ref, attempt)
            except PermanentError as err:
                log.warning("digest %s/%s %s: refused (%s); not retrying", platform, channel, period, err)
                return Outcome(platform, channel, period, Result.REFUSED, str(err), attempt)
            except RateLimited as err:
                reason, delay, maybe_posted = str(err), err.retry_after, False
                if delay > self.policy.max_retry_after:
                    break
            except TransientError as err:
                reason, delay, maybe_posted = str(err), self.policy.backoff(attempt), True
            if attempt == self.policy.attempts or time.monotonic() - started + delay > self.policy.budget:
                break
            log.info("digest %s/%s %s: attempt %d failed (%s); retrying in %.1f s", platform, channel, period,
                     attempt, reason, delay)  # fmt: skip
            await self.sleep(delay)
        log.warning("digest %s/%s %s: giving up for this run after %d attempts (%s)", platform, channel, period,
                    attempt, reason)  # fmt: skip
        return Outcome(platform, channel, period, Result.FAILED, reason, attempt)

    async def _record(self, outcome: Outcome) -> None:
        record = {
            Result.SENT: self.ledger.sent,
            Result.FAILED: self.ledger.failed,
            Result.REFUSED: self.ledger.refused,
        }[outcome.result]
        try:
            await asyncio.to_thread(record, outcome.platform, outcome.channel, outcome.period, outcome.detail)
        except Exception as err:  # the lease expires and a later run looks for the post before posting again
            log.warning("digest %s/%s %s: %s but not recorded (%s)", outcome.platform, outcome.channel,
                        outcome.period, outcome.result, err)  # fmt: skip
