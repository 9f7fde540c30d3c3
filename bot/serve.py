"""A running bot in one asyncio process: the chat adapters whose tokens are present, one digest scheduler sharing
one delivery ledger, source polling, and `/healthz` + `/metrics`; until SIGTERM or SIGINT, then a graceful stop."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from bot.delivery import Courier, DigestPoster, RetryPolicy
from bot.health import HealthServer
from bot.metrics import INGESTED, CommandTimer, count_outcome
from bot.scheduler import DigestScheduler
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.feeds.poll import poll_due_feeds
from core.runtime import Runtime
from core.store.ledger import DeliveryLedger

log = logging.getLogger("nk_aid.serve")

SHUTDOWN_GRACE_S = 20.0  # in-flight digests may finish; the rest is left to the ledger's lease


class AdapterRuntime(Protocol):
    """A chat adapter's running part (bot/slack/runtime.py, bot/discord/runtime.py) and its digest poster."""

    poster: DigestPoster

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def connected(self) -> bool: ...


@dataclass
class SlackOptions:
    settings: SlackSettings
    http_port: int | None = None  # None: Socket Mode
    host: str = "0.0.0.0"


@dataclass
class RunOptions:
    slack: SlackOptions | None = None
    discord: object | None = None  # DiscordSettings; typed loosely so Slack-only runs never import discord.py
    discord_client: dict[str, Any] = field(default_factory=dict)  # discord.Client options (tests: shorter waits)
    health_port: int | None = 8080  # None: no health server
    health_host: str = "0.0.0.0"
    poll_sources: bool = True


async def run(runtime: Runtime, options: RunOptions, stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set or SIGTERM/SIGINT arrives; the store, desk and owner id are the runtime's
    (core/runtime.py: build_runtime)."""
    desk, settings = runtime.desk, runtime.settings
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    ledger = DeliveryLedger(desk.store.engine, runtime.owner, timedelta(seconds=settings.delivery_lease_s))
    policy = RetryPolicy(budget=settings.delivery_lease_s * 0.8)  # give up well before another replica takes over
    courier = Courier(ledger, policy, concurrency=settings.digest_concurrency, on_outcome=count_outcome)
    posters: dict[str, DigestPoster] = {}
    scheduler = DigestScheduler(desk, courier, posters, sweep_seconds=settings.digest_sweep_s)
    adapters = _adapters(desk, options, scheduler)
    posters.update({name: adapter.poster for name, adapter in adapters.items()})
    if options.poll_sources:
        # A partial, not a lambda: APScheduler awaits a coroutine function (partials unwrapped) on the loop, but
        # runs any other callable in a worker thread, where the coroutine a lambda returns is never awaited.
        scheduler.every(settings.source_check_s, functools.partial(_poll, runtime, scheduler.ingested))
    health = None
    if options.health_port is not None:
        health = HealthServer(desk.store, lambda: {n: a.connected() for n, a in adapters.items()},
                              options.health_host, options.health_port)  # fmt: skip
    started: list[AdapterRuntime] = []
    try:
        if health is not None:
            await health.start()
        for name, adapter in adapters.items():
            await adapter.start()
            started.append(adapter)
            log.info("%s adapter started", name)
        if not adapters:
            doing = "polling sources" if options.poll_sources else "serving /healthz and /metrics"
            log.warning("no chat adapter configured (SLACK_BOT_TOKEN, DISCORD_TOKEN): %s only", doing)
        await scheduler.start()
        # What start-up built (modules, the store's engine, the lexicon, clients) lives as long as the process:
        # moved out of the collector's generations, it is no longer walked by every full collection, which
        # otherwise stalls a command for tens of milliseconds now and then.
        gc.freeze()
        await stop.wait()
        log.info("stopping: finishing in-flight work")
    finally:
        await scheduler.stop(SHUTDOWN_GRACE_S)
        for adapter in reversed(started):
            await adapter.stop()
        if health is not None:
            await health.stop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        log.info("stopped")


def _adapters(desk: Desk, options: RunOptions, scheduler: DigestScheduler) -> dict[str, AdapterRuntime]:
    runtimes: dict[str, AdapterRuntime] = {}
    if options.slack is not None:
        from bot.slack.runtime import SlackRuntime

        slack = options.slack
        runtimes["slack"] = SlackRuntime(slack.settings, desk, slack.http_port, slack.host,
                                         scheduler.subscriptions_changed, CommandTimer("slack"))  # fmt: skip
    if options.discord is not None:
        from bot.discord.runtime import DiscordRuntime
        from bot.discord.settings import DiscordSettings

        assert isinstance(options.discord, DiscordSettings)
        runtimes["discord"] = DiscordRuntime(
            options.discord, desk, scheduler.subscriptions_changed, CommandTimer("discord"), **options.discord_client
        )
    return runtimes


async def _poll(runtime: Runtime, ingested: Callable[[], Awaitable[None]]) -> None:
    desk = runtime.desk
    try:
        summary = await poll_due_feeds(desk.store, runtime.settings, fetcher=runtime.fetcher, owner=runtime.owner)
    except Exception as err:  # a bad sources.toml or the store down: say so, try again next time
        log.warning("source polling failed (%s)", err)
        return
    INGESTED.inc(summary.new + summary.updated)
    if summary.new or summary.updated:
        # Reconcile now, off the event loop, so the next /nk-aid command does not wait for it; then post the alerts
        # the new articles cause.
        await asyncio.to_thread(desk.refresh)
        await ingested()
