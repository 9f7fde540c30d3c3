"""Running the Discord adapter: the client (commands over the gateway) and its digest poster, with the shared
digest scheduler when run on its own (`nk-aid discord serve`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.delivery import Courier, DigestPoster
from bot.discord.client import NkAidBot
from bot.discord.commands import PLATFORM, NkAidCommands
from bot.discord.poster import DiscordPoster
from bot.discord.settings import DiscordSettings, point_discord_py_at
from bot.scheduler import DigestScheduler
from bot.serve import owner_id
from core.desk import Desk
from core.errors import ConfigError
from core.store.ledger import DeliveryLedger

log = logging.getLogger("nk_aid.discord")


class DiscordRuntime:
    """Same shape as the Slack runtime: `poster` for the scheduler, `start()` and `stop()`."""

    def __init__(
        self,
        settings: DiscordSettings,
        desk: Desk,
        on_subscriptions_changed: Callable[[], Awaitable[None]] | None = None,
        **client_options: Any,
    ) -> None:
        point_discord_py_at(settings.api_url, settings.gateway_url)
        self.settings, self.desk = settings, desk
        self.bot = NkAidBot(NkAidCommands(desk, on_subscriptions_changed), **client_options)
        self.poster = DiscordPoster(self.bot, guild_of=self.guild_of)
        self.connection: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Log in (REST works from here, so digests can go out) and connect to the gateway in the background."""
        try:
            await self.bot.login(self.settings.token.get_secret_value())
        except discord.LoginFailure:
            await self.bot.close()
            raise ConfigError("bad setting DISCORD_TOKEN: Discord refused it (401 Unauthorized)") from None
        self.connection = asyncio.create_task(self.bot.connect(reconnect=True))

    def connected(self) -> bool:
        return self.bot.is_ready() and not self.bot.is_closed()

    async def stop(self) -> None:
        await self.bot.close()
        if self.connection is not None:
            with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
                await self.connection

    async def guild_of(self, channel: str) -> str | None:
        """A deleted channel's server, from its subscription (the gateway cache has forgotten the channel)."""
        sub = await asyncio.to_thread(self.desk.subscriptions.get, PLATFORM, channel)
        return sub.workspace if sub is not None else None


async def serve_discord(
    desk: Desk, settings: DiscordSettings, stop: asyncio.Event | None = None, **client_options: Any
) -> None:
    """The Discord bot and the daily digests until `stop` is set, SIGTERM/SIGINT arrives, or the gateway gives up
    (a revoked token, a disallowed intent): then its error is raised."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    posters: dict[str, DigestPoster] = {}
    scheduler = DigestScheduler(desk, Courier(DeliveryLedger(desk.store.engine, owner_id())), posters)
    runtime = DiscordRuntime(settings, desk, scheduler.refresh, **client_options)
    posters[PLATFORM] = runtime.poster
    await runtime.start()
    assert runtime.connection is not None
    stopping = asyncio.create_task(stop.wait())
    try:
        await scheduler.start()
        await asyncio.wait({stopping, runtime.connection}, return_when=asyncio.FIRST_COMPLETED)
        if runtime.connection.done():
            runtime.connection.result()  # raises the gateway's reason for giving up
        log.info("stopping")
    finally:
        stopping.cancel()
        scheduler.shutdown()
        await runtime.stop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
