"""The real discord.py client run against the fake Discord, and its command tasks waited for before it closes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord

from tests.fakes.fake_discord import BOT_TOKEN


async def drain(timeout: float = 2.0) -> None:
    """Let command handlers still finishing (the fake records a callback before it answers) end before the client
    closes its HTTP session under them."""
    pending = [t for t in asyncio.all_tasks() if t.get_name() == "CommandTree-invoker" and not t.done()]
    if pending:
        await asyncio.wait(pending, timeout=timeout)


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
