"""Discord settings (the DISCORD_* part of the one Settings) and `nk-aid discord sync` against the fake Discord."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.discord.cli import discord_group
from bot.discord.settings import DiscordSettings
from core.desk import Desk
from core.errors import ConfigError
from core.settings import load_settings
from tests.fakes.fake_discord import APP_ID, BOT_TOKEN, GUILD_ID, FakeDiscord


def test_missing_token_names_the_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        DiscordSettings.of(load_settings())
    assert str(caught.value) == "bad setting DISCORD_TOKEN: is not set"


@pytest.mark.parametrize("placeholder", ["changeme", "your-discord-bot-token"])  # the second is example.env's
def test_placeholder_token_is_refused_without_echoing_it(monkeypatch: pytest.MonkeyPatch, placeholder: str) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", placeholder)
    with pytest.raises(ConfigError) as caught:
        DiscordSettings.of(load_settings())
    assert str(caught.value) == "bad setting DISCORD_TOKEN: is empty or a placeholder"


def test_token_is_kept_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.secret.value")
    settings = DiscordSettings.of(load_settings())
    assert "secret" not in repr(settings) and "secret" not in str(settings.model_dump())
    assert settings.token.get_secret_value() == "MTIz.secret.value"


def test_bad_api_url_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.secret.value")
    monkeypatch.setenv("DISCORD_API_URL", "discord.com/api")
    with pytest.raises(ConfigError) as caught:
        DiscordSettings.of(load_settings())
    assert str(caught.value) == "bad setting DISCORD_API_URL: is not an http(s) or ws(s) URL"


@pytest.mark.anyio
async def test_sync_bulk_overwrites_the_guild_commands(
    fake: FakeDiscord, desk: Desk, sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("DISCORD_API_URL", fake.api_url)
    monkeypatch.setenv("NK_AID_DATABASE_URL", f"sqlite:///{sample_db}")
    # The command runs its own event loop (asyncio.run), so it runs in a thread while the fake serves on this one.
    result = await asyncio.to_thread(CliRunner().invoke, discord_group, ["sync", "--guild", GUILD_ID])
    assert result.exit_code == 0, result.output
    assert result.output == f"registered /nk-aid in server {GUILD_ID}\n"
    put = await fake.wait_for(lambda r: r.method == "PUT")
    assert put.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    (command,) = put.body
    assert command["name"] == "nk-aid" and command["type"] == 1
    names = [option["name"] for option in command["options"]]
    assert names[:3] == ["troops", "artillery", "rocket-launchers"] and names[-5:] == [
        "digest",
        "chart",
        "subscribe",
        "unsubscribe",
        "subscriptions",
    ]
    assert len(names) <= 25 and all(option["type"] == 1 for option in command["options"])  # SUB_COMMAND
    assert len(json.dumps(command)) <= 8000  # Discord's limit on one command, all text included
    chart = next(option for option in command["options"] if option["name"] == "chart")
    assert chart["options"][0] | {"description": ""} == {
        "name": "topic",
        "description": "",
        "type": 3,
        "required": True,
        "autocomplete": True,
    }
