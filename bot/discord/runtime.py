"""Wiring the Discord bot: the client, its digest poster and the shared digest scheduler over one Desk."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from typing import Any

from bot.delivery import Courier
from bot.discord.client import NkAidBot
from bot.discord.commands import PLATFORM, NkAidCommands
from bot.discord.poster import DiscordPoster
from bot.discord.settings import DiscordSettings, point_discord_py_at
from bot.scheduler import DigestScheduler
from core.desk import Desk
from core.store.ledger import DeliveryLedger

log = logging.getLogger(__name__)


class DiscordRuntime:
    """The bot answers commands; the scheduler posts subscribed digests through the poster, once per day."""

    def __init__(self, settings: DiscordSettings, desk: Desk, owner: str | None = None, **options: Any) -> None:
        point_discord_py_at(settings.api_url, settings.gateway_url)
        self.settings, self.desk = settings, desk
        self.handlers = NkAidCommands(desk)
        self.bot = NkAidBot(self.handlers, **options)
        self.poster = DiscordPoster(self.bot, guild_of=self.guild_of)
        ledger = DeliveryLedger(desk.store.engine, owner or f"discord@{socket.gethostname()}:{os.getpid()}")
        self.scheduler = DigestScheduler(desk, Courier(ledger), {PLATFORM: self.poster})
        self.handlers.on_change = self.scheduler.refresh  # a new subscription is scheduled at once
        self.bot.on_setup = self._start_scheduler
        self._catch_up: asyncio.Task[object] | None = None

    async def guild_of(self, channel: str) -> str | None:
        """A deleted channel's server, from its subscription (the gateway cache has forgotten it)."""
        sub = await asyncio.to_thread(self.desk.subscriptions.get, PLATFORM, channel)
        return sub.workspace if sub is not None else None

    async def _start_scheduler(self) -> None:
        # After login (REST works) and before the gateway connects; the catch-up run must not delay the connection.
        self._catch_up = asyncio.create_task(self.scheduler.start())

    async def run(self) -> None:
        try:
            async with self.bot:
                await self.bot.start(self.settings.token.get_secret_value())
        finally:
            self.scheduler.shutdown()
