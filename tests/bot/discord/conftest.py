"""A fake Discord on 127.0.0.1 with the real discord.py client connected to it, over a store of the sample corpus."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import discord.gateway
import discord.http
import pytest

from bot.discord.client import NkAidBot
from bot.discord.commands import NkAidCommands
from bot.discord.settings import point_discord_py_at
from core.desk import Desk
from tests.fakes.discord_tasks import running
from tests.fakes.fake_discord import FakeDiscord


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


@pytest.fixture
def handlers(desk: Desk) -> NkAidCommands:
    return NkAidCommands(desk)


@pytest.fixture
async def bot(fake: FakeDiscord, handlers: NkAidCommands) -> AsyncIterator[NkAidBot]:
    client = NkAidBot(handlers, guild_ready_timeout=0.01)
    async with running(client):
        yield client
