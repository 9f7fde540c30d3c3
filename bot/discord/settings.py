"""Discord settings from the environment, and pointing discord.py at them (proxies, the tests' fake)."""

from __future__ import annotations

import discord
import discord.gateway
import discord.http
import yarl
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigError

DEFAULT_API_URL = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"


class DiscordSettings(BaseSettings):
    """DISCORD_TOKEN (required to connect), DISCORD_API_URL and DISCORD_GATEWAY_URL (optional overrides)."""

    model_config = SettingsConfigDict(extra="ignore")

    token: SecretStr = Field(validation_alias=AliasChoices("DISCORD_TOKEN"))
    api_url: str = Field(default=DEFAULT_API_URL, validation_alias=AliasChoices("DISCORD_API_URL"))
    gateway_url: str = Field(default=DEFAULT_GATEWAY_URL, validation_alias=AliasChoices("DISCORD_GATEWAY_URL"))

    @field_validator("token")
    @classmethod
    def _real_token(cls, value: SecretStr) -> SecretStr:
        secret = value.get_secret_value().strip()
        if not secret or secret.lower() in {"changeme", "your-token-here", "xxx", "token"}:
            raise ValueError("is empty or a placeholder")
        return SecretStr(secret)

    @field_validator("api_url", "gateway_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://", "wss://", "ws://")):
            raise ValueError(f"'{value}' is not an http(s) or ws(s) URL")
        return value.rstrip("/") if value.startswith("http") else value


def load_discord_settings() -> DiscordSettings:
    """Read the settings once at start-up; ConfigError names the bad variable (never its value)."""
    from pydantic import ValidationError

    try:
        return DiscordSettings()  # type: ignore[call-arg]
    except ValidationError as err:
        first = err.errors()[0]
        names = {"token": "DISCORD_TOKEN", "api_url": "DISCORD_API_URL", "gateway_url": "DISCORD_GATEWAY_URL"}
        field = str(first["loc"][0]) if first["loc"] else "token"
        name = names.get(field, field)
        reason = "is not set" if first["type"] == "missing" else first["msg"].removeprefix("Value error, ")
        raise ConfigError(f"bad setting {name}: {reason}") from None


def point_discord_py_at(api_url: str, gateway_url: str) -> None:
    """discord.py has no public option for its addresses; these two class attributes are its seams (checked
    by tests/bot/discord/test_seams.py against the pinned version). Route.BASE also covers interaction
    callbacks and followups, which discord.py's webhook adapter builds from the same Route."""
    discord.http.Route.BASE = api_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
