"""Discord settings (a view of the one `Settings`), and pointing discord.py at them (proxies, the tests' fake)."""

from __future__ import annotations

import discord
import discord.gateway
import discord.http
import yarl
from pydantic import BaseModel, ConfigDict, SecretStr

from core.errors import ConfigError
from core.settings import DEFAULT_DISCORD_API_URL, DEFAULT_DISCORD_GATEWAY_URL, Settings


class DiscordSettings(BaseModel):
    """What the Discord adapter needs, taken from the one `Settings` (core/settings.py), which validated it."""

    model_config = ConfigDict(frozen=True)

    token: SecretStr
    api_url: str = DEFAULT_DISCORD_API_URL
    gateway_url: str = DEFAULT_DISCORD_GATEWAY_URL

    @classmethod
    def of(cls, settings: Settings) -> DiscordSettings:
        if settings.discord_token is None:
            raise ConfigError("bad setting DISCORD_TOKEN: is not set")
        return cls(token=settings.discord_token, api_url=settings.discord_api_url,
                   gateway_url=settings.discord_gateway_url)  # fmt: skip


def point_discord_py_at(api_url: str, gateway_url: str) -> None:
    """discord.py has no public option for its addresses; these two class attributes are its seams (checked
    by tests/bot/discord/test_seams.py against the pinned version). Route.BASE also covers interaction
    callbacks and followups, which discord.py's webhook adapter builds from the same Route."""
    discord.http.Route.BASE = api_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
