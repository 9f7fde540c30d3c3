"""The buttons under a Discord briefing card (message components), mirroring Slack's: Show history, Sources, Chart,
Share to channel.

A press reaches the bot as a MESSAGE_COMPONENT interaction and is routed by its custom_id alone
(`NkAidBot.on_interaction`), so a card posted before a restart still works. discord.py keeps every View it sends in
memory until the view times out (never, for a card in the channel), so a sent view is stopped at once: the buttons
stay on the message, and nothing accumulates in the process."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import discord

from bot import messages as text
from bot.card import LABELS, Button, CardRef, buttons, details_of, nothing_to_show
from bot.discord.embeds import card_pages, section_pages
from bot.discord.respond import Reply, answer, refuse
from core.errors import NkAidError
from core.models import Briefing

if TYPE_CHECKING:
    from bot.discord.commands import NkAidCommands

CUSTOM_ID_MAX = 100  # Discord's limit on a component's custom_id
# "nkaid_history:rocket launchers:2025-01-01" (the since part may be empty)
_CUSTOM_ID = re.compile(r"(?P<button>nkaid_[a-z]+):(?P<topic>[^:]{1,60}):(?P<since>\d{4}-\d{2}-\d{2})?")


def custom_id(button: Button, ref: CardRef) -> str:
    return f"{button.value}:{ref.topic[:60]}:{ref.since.isoformat() if ref.since else ''}"


def parse_custom_id(value: str) -> tuple[Button, CardRef] | None:
    """The button and card a custom_id names; None for a component that is not ours (or from an older version)."""
    match = _CUSTOM_ID.fullmatch(value)
    if match is None or match["button"] not in {b.value for b in Button}:
        return None
    since = date.fromisoformat(match["since"]) if match["since"] else None
    return Button(match["button"]), CardRef(match["topic"], since)


def card_view(ref: CardRef, *, shareable: bool = True) -> discord.ui.View:
    """A row of buttons for a card; stop() it once sent (see the module docstring)."""
    view = discord.ui.View(timeout=None)
    for button in buttons(shareable):
        view.add_item(
            discord.ui.Button(
                label=LABELS[button],
                custom_id=custom_id(button, ref),
                style=discord.ButtonStyle.primary if button is Button.SHARE else discord.ButtonStyle.secondary,
            )
        )
    return view


async def press(handlers: NkAidCommands, interaction: discord.Interaction, button: Button, ref: CardRef) -> None:
    """A card's button: history and sources only to the presser, the chart likewise, Share to the channel."""
    desk = handlers.desk
    try:
        if button is Button.CHART:
            await handlers.chart(interaction, ref.topic, share=False)
            return
        if button is Button.SHARE:
            shared_by = text.SHARED_BY.format(user=f"<@{interaction.user.id}>")

            def shared(b: Briefing) -> Reply:
                return Reply(card_pages(b), shared_by, view=card_view(ref, shareable=False))

            await answer(interaction, lambda: desk.briefing(ref.topic, ref.since), shared,
                         defer_after=handlers.defer_after)  # fmt: skip
            return

        def details(b: Briefing) -> Reply:
            title, sections = details_of(b, button)
            if not sections:
                return Reply(content=nothing_to_show(b, button))
            return Reply(section_pages(title, sections, text.AS_OF.format(moment=b.generated_at)))

        await answer(interaction, lambda: desk.briefing(ref.topic, ref.since), details, ephemeral=True,
                     defer_after=handlers.defer_after)  # fmt: skip
    except NkAidError as err:  # a card from before the topic was renamed: say so, as for a command
        await refuse(interaction, str(err))
