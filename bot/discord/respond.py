"""Answering an interaction within Discord's 3-second deadline: the work runs off the event loop, and the bot
defers (callback type 5) only when the work is not done in time, so quick answers arrive in one callback (type 4)."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import discord

from bot.discord.embeds import Page

T = TypeVar("T")

# Discord invalidates the token 3 s after the interaction was created; the gateway hop and the callback's own
# round trip eat into that, so defer well before it.
DEFER_AFTER = 1.5


@dataclass
class Reply:
    """What to send: messages of embeds (the first answers the interaction, the rest follow up) and a file."""

    pages: list[Page] = field(default_factory=list)
    content: str | None = None
    file: tuple[str, bytes] | None = None  # (file name, data), attached to the first message
    view: discord.ui.View | None = None  # buttons under the first message


async def answer(
    interaction: discord.Interaction,
    work: Callable[[], T],
    render: Callable[[T], Reply],
    *,
    ephemeral: bool = False,
    defer: bool = False,
    defer_after: float = DEFER_AFTER,
) -> None:
    """Run `work` and `render` in a thread and send the reply; defers first when `defer` is set (work known to be
    slow) or when the work is still running after `defer_after` seconds. Errors propagate to the tree's handler."""
    # Rendering embeds runs in the thread too: the event loop stays free for heartbeats and other interactions.
    task = asyncio.ensure_future(asyncio.to_thread(lambda: render(work())))
    if defer:
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    else:
        done, _ = await asyncio.wait({task}, timeout=defer_after)
        if not done:
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    await send(interaction, await task, ephemeral=ephemeral)


async def send(interaction: discord.Interaction, reply: Reply, *, ephemeral: bool = False) -> None:
    pages: list[Page] = reply.pages or [[]]
    for number, page in enumerate(pages):
        kwargs: dict[str, object] = {"embeds": page, "ephemeral": ephemeral}
        if number == 0:
            if reply.content:
                kwargs["content"] = reply.content
            if reply.file is not None:
                name, data = reply.file
                kwargs["file"] = discord.File(io.BytesIO(data), filename=name)
            if reply.view is not None:
                kwargs["view"] = reply.view
        if not interaction.response.is_done():
            await interaction.response.send_message(**kwargs)  # type: ignore[arg-type]
        else:
            await interaction.followup.send(**kwargs)  # type: ignore[arg-type]
    if reply.view is not None:
        reply.view.stop()  # presses are routed by custom_id (bot.discord.buttons): discord.py need not keep the view


async def refuse(interaction: discord.Interaction, message: str) -> None:
    """A one-line refusal only the asker sees, whether or not the interaction was already answered or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True)
    else:
        await interaction.response.send_message(message, ephemeral=True)
