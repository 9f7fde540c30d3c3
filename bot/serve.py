"""A running bot: the chat adapters, the digest scheduler sharing one delivery ledger, until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta

from bot.delivery import Courier, DigestPoster, RetryPolicy
from bot.scheduler import DigestScheduler
from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.settings import Settings
from core.store.ledger import DeliveryLedger

log = logging.getLogger("nk_aid.serve")


def owner_id() -> str:
    """Names this process in the delivery ledger: unique across replicas and restarts."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class SlackOptions:
    settings: SlackSettings
    http_port: int | None = None  # None: Socket Mode
    host: str = "0.0.0.0"


async def serve(desk: Desk, settings: Settings, slack: SlackOptions, stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set (or SIGTERM/SIGINT arrives); in-flight deliveries are left to the ledger's lease."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    posters: dict[str, DigestPoster] = {}
    ledger = DeliveryLedger(desk.store.engine, owner_id(), timedelta(seconds=settings.delivery_lease_s))
    policy = RetryPolicy(budget=settings.delivery_lease_s * 0.8)  # give up well before another replica takes over
    scheduler = DigestScheduler(
        desk,
        Courier(ledger, policy, concurrency=settings.digest_concurrency),
        posters,
        sweep_seconds=settings.digest_sweep_s,
    )
    runtime = SlackRuntime(slack.settings, desk, slack.http_port, slack.host, scheduler.refresh)
    posters["slack"] = runtime.poster
    await runtime.start()
    try:
        await scheduler.start()
        await stop.wait()
        log.info("stopping")
    finally:
        scheduler.shutdown()
        await runtime.stop()
