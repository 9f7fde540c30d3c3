"""The Discord client: a gateway connection with only the Guilds intent and the `/nk-aid` command tree."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands

from bot.discord.buttons import parse_custom_id, press
from bot.discord.commands import NkAidCommands, build_group, error_handler

log = logging.getLogger(__name__)

# Longest rate-limit wait discord.py may sleep through inside one request; longer ones surface as
# discord.RateLimited so the shared delivery loop schedules the retry instead of blocking a job.
MAX_RATELIMIT_WAIT = 10.0


def intents() -> discord.Intents:
    """Slash commands arrive as interactions, which need no intent; Guilds keeps the channel and server cache used to
    resolve `channel:` options and find a server's system channel. No privileged intent (no Message Content)."""
    return discord.Intents(guilds=True)


class NkAidBot(discord.Client):
    def __init__(
        self, handlers: NkAidCommands, on_answered: Callable[[str, float], None] | None = None, **options: Any
    ) -> None:
        """`on_answered(command, seconds)` hears how long each completed command took (a metrics hook)."""
        options.setdefault("max_ratelimit_timeout", MAX_RATELIMIT_WAIT)
        # Article titles reach channels: no message the bot sends (answers, digests, notices) may ping anyone.
        # Text is escaped as well (core.compose.escape); this is the platform's own guarantee on top of it.
        options["allowed_mentions"] = discord.AllowedMentions.none()
        super().__init__(intents=intents(), **options)
        self.on_answered = on_answered
        self.handlers = handlers
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(build_group(handlers))
        self.tree.on_error = error_handler(handlers)  # type: ignore[method-assign]

    async def close(self) -> None:
        # discord.py's countdown to 'ready' (guild_ready_timeout) outlives close(); if it ends after the close,
        # it dispatches on a client with no loop and its task dies with AttributeError. Stop it first.
        ready = getattr(self._connection, "_ready_task", None)
        if ready is not None:
            ready.cancel()
        await super().close()

    async def on_app_command_completion(self, interaction: discord.Interaction, command: Any) -> None:
        # From the interaction's creation (its snowflake) to now; its id is the request id, as Discord logs it too.
        elapsed = (discord.utils.utcnow() - interaction.created_at).total_seconds()
        request_id = str(interaction.id)
        log.info("request %s: /nk-aid %s answered in %.0f ms", request_id, command.name, elapsed * 1000,
                 extra={"request_id": request_id, "platform": "discord", "action": command.name})  # fmt: skip
        if self.on_answered is not None:
            self.on_answered(command.name, elapsed)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A card's button (bot.discord.buttons), found by its custom_id; commands go through the tree."""
        if interaction.type is not discord.InteractionType.component or not isinstance(interaction.data, dict):
            return
        pressed = parse_custom_id(str(interaction.data.get("custom_id", "")))
        if pressed is not None:
            await press(self.handlers, interaction, *pressed)

    async def on_ready(self) -> None:
        log.info("connected to Discord as %s in %d server(s)", self.user, len(self.guilds))


# What the bot needs in a channel: read it, post digests and answers as embeds with a chart attached, and read its
# own recent messages to tell, after a crash, whether a digest already went out.
PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, embed_links=True, attach_files=True, read_message_history=True
)


def invite_url(application_id: str) -> str:
    return discord.utils.oauth_url(application_id, permissions=PERMISSIONS, scopes=("bot", "applications.commands"))
