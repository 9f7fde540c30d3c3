"""A fake Discord on 127.0.0.1 with the real discord.py client connected to it, over a store of the sample corpus."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord
import discord.gateway
import discord.http
import pytest

from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from bot.discord.settings import point_discord_py_at
from core.desk import Desk
from tests.fakes.fake_discord import BOT_TOKEN, FakeDiscord


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    # monkeypatch records the real addresses so they are restored; the adapter's own function then points them.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )
    point_discord_py_at(server.api_url, server.gateway_url)
    yield server
    await server.stop()


@contextlib.asynccontextmanager
async def running(bot: discord.Client) -> AsyncIterator[discord.Client]:
    task = asyncio.create_task(bot.start(BOT_TOKEN))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        yield bot
    finally:
        await drain()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def drain(timeout: float = 2.0) -> None:
    """Let command handlers still finishing (the fake records a callback before it answers) end before the client
    closes its HTTP session under them."""
    pending = [t for t in asyncio.all_tasks() if t.get_name() == "CommandTree-invoker" and not t.done()]
    if pending:
        await asyncio.wait(pending, timeout=timeout)


@pytest.fixture
def handlers(desk: Desk) -> NkAidCommands:
    return NkAidCommands(desk)


@pytest.fixture
async def bot(fake: FakeDiscord, handlers: NkAidCommands) -> AsyncIterator[NkAidBot]:
    client = NkAidBot(handlers, guild_ready_timeout=0.01)
    async with running(client):
        yield client
