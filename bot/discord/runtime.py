"""Running the Discord adapter: the client (commands over the gateway) and its digest poster; `bot.serve.run`
starts it next to the shared digest scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.discord.client import NkAidBot
from bot.discord.commands import PLATFORM, NkAidCommands
from bot.discord.poster import DiscordPoster
from bot.discord.settings import DiscordSettings, point_discord_py_at
from core.desk import Desk
from core.errors import ConfigError

log = logging.getLogger("nk_aid.discord")


class DiscordRuntime:
    """Same shape as the Slack runtime: `poster` for the scheduler, `start()` and `stop()`."""

    def __init__(
        self,
        settings: DiscordSettings,
        desk: Desk,
        on_subscriptions_changed: Callable[[], Awaitable[None]] | None = None,
        on_answered: Callable[[str, float], None] | None = None,
        **client_options: Any,
    ) -> None:
        point_discord_py_at(settings.api_url, settings.gateway_url)
        self.settings, self.desk = settings, desk
        self.bot = NkAidBot(NkAidCommands(desk, on_subscriptions_changed), on_answered, **client_options)
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
