"""Shared by the delivery fault tests: an empty store, and one delivery through the real courier and ledger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.delivery import Courier, DigestPoster, Job, Outcome, RetryPolicy
from core.compose.digest import Digest
from core.desk import Desk
from core.lexicon import Lexicon
from core.runtime import build_runtime
from core.settings import Settings
from core.store.ledger import DeliveryLedger, Lease

TODAY = datetime.now(UTC).date().isoformat()


def empty_desk(directory: Path, lexicon: Lexicon) -> Iterator[Desk]:
    runtime = build_runtime(Settings(database_url=f"sqlite:///{directory / 'store.sqlite3'}"))
    yield runtime.desk
    runtime.close()


def digest_of(desk: Desk) -> Digest:
    return desk.digest(datetime.now(UTC) - timedelta(days=1))


async def deliver(desk: Desk, poster: DigestPoster, channel: str, period: str = TODAY) -> Outcome:
    """One delivery as the scheduler makes it: claim in the ledger, post (or find an earlier post), record."""
    digest = digest_of(desk)

    async def build() -> Digest:
        return digest

    courier = Courier(DeliveryLedger(desk.store.engine, "replica-alive"), RetryPolicy(attempts=2, base_delay=0.01))
    return await courier.deliver(Job(poster, channel, period, build))


def crashed_claim(desk: Desk, platform: str, channel: str, period: str = TODAY) -> None:
    """A replica claimed the delivery (a one-second lease) and will die right after posting, recording nothing."""
    dead = DeliveryLedger(desk.store.engine, "replica-dead", lease=timedelta(seconds=1))
    assert dead.claim(platform, channel, period) is Lease.CLAIMED
