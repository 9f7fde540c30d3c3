"""`nk-aid discord sync [--guild ID]` registers `/nk-aid`; `nk-aid discord serve` runs the bot."""

from __future__ import annotations

import asyncio
import logging

import click
import discord

from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from bot.discord.settings import DiscordSettings, point_discord_py_at
from core.desk import Desk
from core.runtime import build_runtime
from core.settings import load_settings

log = logging.getLogger(__name__)


def build_bot(settings: DiscordSettings, desk: Desk, **options: object) -> NkAidBot:
    """The client, pointed at the configured Discord (DISCORD_API_URL / DISCORD_GATEWAY_URL for proxies)."""
    point_discord_py_at(settings.api_url, settings.gateway_url)
    return NkAidBot(NkAidCommands(desk), **options)


async def sync_commands(settings: DiscordSettings, desk: Desk, guild: int | None) -> list[str]:
    """Bulk-overwrite the application's commands (globally, or in one server: instant, for testing)."""
    bot = build_bot(settings, desk)
    async with bot:
        await bot.login(settings.token.get_secret_value())  # REST only: no gateway connection is needed
        target = discord.Object(id=guild) if guild is not None else None
        if target is not None:
            bot.tree.copy_global_to(guild=target)
        synced = await bot.tree.sync(guild=target)
    return [command.name for command in synced]


@click.group("discord")
def discord_group() -> None:
    """The Discord bot (needs DISCORD_TOKEN)."""


@discord_group.command()
@click.option("--guild", type=int, default=None, help="Register in this server only (appears at once).")
def sync(guild: int | None) -> None:
    """Register /nk-aid with Discord (bulk overwrite of the application's commands)."""
    settings = load_settings()
    names = asyncio.run(sync_commands(DiscordSettings.of(settings), build_runtime(settings).desk, guild))
    where = f"server {guild}" if guild is not None else "every server (global; may take up to an hour to appear)"
    click.echo(f"registered /{', /'.join(names)} in {where}")


@discord_group.command()
def serve() -> None:
    """Answer /nk-aid and post the daily digests until stopped (Ctrl-C or SIGTERM)."""
    from bot.logs import configure
    from bot.serve import RunOptions, run

    settings = load_settings()
    configure(logging.getLevelName(settings.log_level), "text", settings.secrets())
    options = RunOptions(discord=DiscordSettings.of(settings), health_port=None, poll_sources=False)
    asyncio.run(run(build_runtime(settings), options))
