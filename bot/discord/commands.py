"""The `/nk-aid` app-command group: one subcommand per lexicon topic, plus digest, chart and the subscription commands.

Each handler turns typed options into a core call (run off the event loop) and renders the answer as embeds."""

from __future__ import annotations

import logging
import re
import zoneinfo
from collections.abc import Awaitable, Callable
from functools import lru_cache

import discord
from discord import app_commands

from bot import messages as text
from bot.card import CardRef
from bot.discord.buttons import card_view
from bot.discord.embeds import COLOUR, card_pages, digest_pages
from bot.discord.respond import DEFER_AFTER, Reply, answer, refuse
from core.commands import Action, Command, parse_clock, parse_since, parse_timezone
from core.compose.render import briefing_title
from core.compose.topics import UnknownTopicError
from core.desk import Desk
from core.errors import ConfigError, NkAidError
from core.store.subscriptions import Subscription

log = logging.getLogger(__name__)

PLATFORM = "discord"
GROUP_NAME = "nk-aid"
FIXED = ("help", "brief", "digest", "chart", "subscribe", "unsubscribe", "subscriptions")
SUBCOMMANDS_MAX = 25  # Discord's limit on options (here: subcommands) of one command
DESCRIPTION_MAX = 100
CHOICES_MAX = 25
_NAME = re.compile(r"^[-_\w]{1,32}$")

OnChange = Callable[[], Awaitable[None]]


class NotInServerError(app_commands.CheckFailure):
    """A server-only command was used in a direct message."""


def manage_server(interaction: discord.Interaction) -> bool:
    """Discord applies default member permissions to top-level commands only, and `/nk-aid` is one command, so the
    subscription subcommands check Manage Server here, on every call."""
    if interaction.guild_id is None:
        raise NotInServerError(text.NEEDS_SERVER)
    if not interaction.permissions.manage_guild:
        raise app_commands.MissingPermissions(["manage_guild"])
    return True


class NkAidCommands:
    """The handlers behind `/nk-aid`, bound to a Desk."""

    def __init__(self, desk: Desk, on_change: OnChange | None = None, defer_after: float = DEFER_AFTER) -> None:
        self.desk, self.on_change, self.defer_after = desk, on_change, defer_after

    # --- briefings, digests, charts ------------------------------------------------------------------------------
    async def help(self, interaction: discord.Interaction) -> None:
        embed = discord.Embed(
            title=text.HELP_TITLE, description=text.DISCORD_HELP.format(topics=", ".join(self.desk.topics())),
            colour=COLOUR,
        )  # fmt: skip
        await interaction.response.send_message(embed=embed, ephemeral=True)

    async def brief(self, interaction: discord.Interaction, topic: str, since: str | None, share: bool) -> None:
        """The card with its buttons (no Share button when it is shared already)."""
        moment = parse_since(since) if since else None
        await answer(
            interaction,
            lambda: self.desk.briefing(topic, moment),
            lambda b: Reply(card_pages(b), view=card_view(CardRef(b.topic, b.since), shareable=not share)),
            ephemeral=not share,
            defer_after=self.defer_after,
        )

    async def brief_any(self, interaction: discord.Interaction, topic: str, since: str | None, share: bool) -> None:
        """`/nk-aid brief topic:` (autocompleted): any topic or alias, the closest ones suggested when unknown."""
        await self.brief(interaction, self.desk.topic(topic).name, since, share)

    async def digest(self, interaction: discord.Interaction, since: str, topics: str | None, share: bool) -> None:
        moment = parse_since(since)
        names = self._topics(topics)
        await answer(
            interaction,
            lambda: self.desk.digest(moment, names),
            lambda d: Reply(digest_pages(d)),
            ephemeral=not share,
            defer_after=self.defer_after,
        )

    async def chart(self, interaction: discord.Interaction, topic: str, share: bool) -> None:
        name = self.desk.topic(topic).name
        file_name = f"nk-aid-{slug(name)}.png"

        def render(result: tuple[bytes, int]) -> Reply:
            png, drawn = result
            embed = discord.Embed(title=text.CHART_TITLE.format(title=briefing_title(name)), colour=COLOUR)
            embed.set_image(url=f"attachment://{file_name}")
            return Reply([[embed]], text.CHART_EMPTY.format(topic=name) if not drawn else None, (file_name, png))

        # Drawing takes a second or more on a cold process: defer at once rather than race the deadline.
        await answer(interaction, lambda: self.desk.chart(name), render, ephemeral=not share, defer=True)

    async def complete_topic(self, _: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        wanted = current.strip().lower()
        choices: list[app_commands.Choice[str]] = []
        for name, spec in self.desk.lexicon.spec.topics.items():
            for label in (name, *spec.aliases):
                if wanted in label.lower() and len(choices) < CHOICES_MAX:
                    shown = name if label == name else f"{label} ({name})"
                    choices.append(app_commands.Choice(name=shown[:DESCRIPTION_MAX], value=name))
        return choices

    # --- subscriptions -------------------------------------------------------------------------------------------
    async def subscribe(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel | None,
        at: str,
        timezone: str,
        topics: str | None,
        alerts: bool = False,
    ) -> None:
        target = str(channel.id) if channel is not None else str(interaction.channel_id)
        command = Command(
            action=Action.SUBSCRIBE,
            at=parse_clock(at),
            timezone=parse_timezone(timezone),
            topics=self._topics(topics),
            alerts=alerts,
        )
        guild, user = str(interaction.guild_id), str(interaction.user.id)

        def render(result: tuple[object, bool]) -> Reply:
            _, new = result
            wording = text.SUBSCRIBED if new else text.SUBSCRIPTION_REPLACED
            line = wording.format(
                channel=f"<#{target}>", at=command.at, timezone=command.timezone, topics=", ".join(command.topics)
            )
            return Reply(content=line + (text.WITH_ALERTS if command.alerts else ""))

        await answer(
            interaction,
            lambda: self.desk.subscribe(PLATFORM, guild, target, command, user),
            render,
            ephemeral=True,
            defer_after=self.defer_after,
        )
        await self._changed()

    async def unsubscribe(self, interaction: discord.Interaction, channel: discord.TextChannel | None) -> None:
        target = str(channel.id) if channel is not None else str(interaction.channel_id)
        await answer(
            interaction,
            lambda: self.desk.subscriptions.remove(PLATFORM, target),
            lambda removed: Reply(
                content=(text.UNSUBSCRIBED if removed else text.NOT_SUBSCRIBED).format(channel=f"<#{target}>")
            ),
            ephemeral=True,
            defer_after=self.defer_after,
        )
        await self._changed()

    async def subscriptions(self, interaction: discord.Interaction) -> None:
        guild = str(interaction.guild_id)

        def render(subs: list[Subscription]) -> Reply:
            if not subs:
                return Reply(content=text.NO_SUBSCRIPTIONS)
            lines = [
                text.SUBSCRIPTION_LINE.format(
                    channel=f"<#{s.channel}>", at=s.at, timezone=s.timezone, topics=", ".join(s.topics)
                )
                for s in subs
            ]
            embed = discord.Embed(title=text.SUBSCRIPTIONS_TITLE, description="\n".join(lines)[:4096], colour=COLOUR)
            return Reply([[embed]])

        await answer(
            interaction,
            lambda: self.desk.subscriptions.all(PLATFORM, guild),
            render,
            ephemeral=True,
            defer_after=self.defer_after,
        )

    def _topics(self, topics: str | None) -> list[str]:
        names: list[str] = []
        for part in (topics or "").split(","):
            if part.strip() and (name := self.desk.topic(part).name) not in names:
                names.append(name)
        return names or ["all"]

    async def _changed(self) -> None:
        if self.on_change is not None:
            await self.on_change()


def error_handler(handlers: NkAidCommands) -> Callable[[discord.Interaction, app_commands.AppCommandError],
                                                        Awaitable[None]]:  # fmt: skip
    """The tree's error handler: an unknown subcommand (a registration older than the lexicon, or a typo in a
    client that lets one through) gets the closest topic and the list."""

    async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CommandNotFound):
            await refuse(interaction, unknown_input(handlers.desk, error.name))
            return
        await on_command_error(interaction, error)

    return on_error


def unknown_input(desk: Desk, said: str) -> str:
    """'I don't know 'artilery'. Did you mean artillery? Topics: ...'."""
    topics = ", ".join(desk.topics())
    try:
        closest = [desk.topic(said).name]  # an alias ('ammo') typed as a subcommand
    except UnknownTopicError as err:
        closest = err.suggestions
    except NkAidError:
        closest = []
    if not closest:
        return text.UNKNOWN_INPUT_NO_GUESS.format(text=said, topics=topics)
    return text.UNKNOWN_INPUT.format(text=said, closest=" or ".join(closest), topics=topics)


async def on_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
    """Refusals and bad input get one line only the asker sees; anything else is logged and apologised for."""
    cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    request_id, action = str(interaction.id), _name(interaction)  # Discord's own id: the same on both sides
    fields = {"request_id": request_id, "platform": "discord", "action": action}
    refusal = _refusal(cause)
    if refusal is not None:
        message = refusal
        log.info("request %s: /nk-aid %s refused: %s", request_id, action, message, extra=fields)
    else:
        message = text.FAILED.format(request_id=request_id)
        log.error("request %s: /nk-aid %s failed", request_id, action, exc_info=cause, extra=fields)
    try:
        await refuse(interaction, message)
    except discord.HTTPException:
        log.warning("could not tell the user about an error: interaction %s", interaction.id)


def _refusal(cause: BaseException) -> str | None:
    """What to tell a user whose command was refused (bad input, missing permission); None for a failure."""
    if isinstance(cause, NkAidError):
        return str(cause)
    if isinstance(cause, app_commands.MissingPermissions):
        return text.NEEDS_MANAGE_SERVER
    if isinstance(cause, NotInServerError):
        return text.NEEDS_SERVER
    return None


def _name(interaction: discord.Interaction) -> str:
    command = interaction.command
    return command.name if command is not None else "unknown"


def slug(topic: str) -> str:
    """'rocket launchers' -> 'rocket-launchers' (command names take no spaces)."""
    return "-".join(topic.lower().split())


def build_group(handlers: NkAidCommands) -> app_commands.Group:
    """The `/nk-aid` group, one subcommand per topic in the lexicon (built at start-up, not at import)."""
    topics = handlers.desk.lexicon.spec.topics
    room = SUBCOMMANDS_MAX - len(FIXED)
    if len(topics) > room:
        raise ConfigError(text.TOO_MANY_TOPICS.format(count=len(topics), room=room))
    group = app_commands.Group(name=GROUP_NAME, description=text.GROUP_DESCRIPTION)
    for name, spec in topics.items():
        if not _NAME.match(slug(name)) or slug(name) in FIXED:
            raise ConfigError(text.BAD_TOPIC_NAME.format(name=name))
        group.add_command(_topic_command(handlers, name, list(spec.aliases)))
    for command in _fixed_commands(handlers):
        group.add_command(command)
    return group


def _topic_command(handlers: NkAidCommands, topic: str, aliases: list[str]) -> app_commands.Command:  # type: ignore[type-arg]
    @app_commands.describe(since=text.SINCE_DESCRIPTION, share=text.SHARE_DESCRIPTION)
    async def brief(interaction: discord.Interaction, since: str | None = None, share: bool = False) -> None:
        await handlers.brief(interaction, topic, since, share)

    shown = text.TOPIC_DESCRIPTION_ALIASES if aliases else text.TOPIC_DESCRIPTION
    description = shown.format(topic=topic, aliases=", ".join(aliases))
    if len(description) > DESCRIPTION_MAX:
        description = description[: DESCRIPTION_MAX - 2].rsplit(",", 1)[0] + ")"
    return app_commands.Command(name=slug(topic), description=description, callback=brief)


def _fixed_commands(h: NkAidCommands) -> list[app_commands.Command]:  # type: ignore[type-arg]
    async def help(interaction: discord.Interaction) -> None:
        await h.help(interaction)

    @app_commands.describe(topic=text.BRIEF_TOPIC_DESCRIPTION, since=text.SINCE_DESCRIPTION,
                           share=text.SHARE_DESCRIPTION)  # fmt: skip
    @app_commands.autocomplete(topic=h.complete_topic)
    async def brief(
        interaction: discord.Interaction, topic: str, since: str | None = None, share: bool = False
    ) -> None:
        await h.brief_any(interaction, topic, since, share)

    @app_commands.describe(since=text.DIGEST_SINCE_DESCRIPTION, topics=text.DIGEST_TOPICS_DESCRIPTION)
    @app_commands.describe(share=text.SHARE_DESCRIPTION)
    async def digest(
        interaction: discord.Interaction, since: str = "24h", topics: str | None = None, share: bool = False
    ) -> None:
        await h.digest(interaction, since, topics, share)

    @app_commands.describe(topic=text.CHART_TOPIC_DESCRIPTION, share=text.SHARE_DESCRIPTION)
    @app_commands.autocomplete(topic=h.complete_topic)
    async def chart(interaction: discord.Interaction, topic: str, share: bool = False) -> None:
        await h.chart(interaction, topic, share)

    @app_commands.describe(
        channel=text.SUBSCRIBE_CHANNEL_DESCRIPTION,
        time=text.SUBSCRIBE_TIME_DESCRIPTION,
        timezone=text.SUBSCRIBE_TIMEZONE_DESCRIPTION,
        topics=text.SUBSCRIBE_TOPICS_DESCRIPTION,
        alerts=text.SUBSCRIBE_ALERTS_DESCRIPTION,
    )
    @app_commands.autocomplete(timezone=complete_timezone)
    @app_commands.check(manage_server)
    async def subscribe(
        interaction: discord.Interaction,
        channel: discord.TextChannel | None = None,
        time: str = "08:00",
        timezone: str = "UTC",
        topics: str | None = None,
        alerts: bool = False,
    ) -> None:
        await h.subscribe(interaction, channel, time, timezone, topics, alerts)

    @app_commands.describe(channel=text.UNSUBSCRIBE_CHANNEL_DESCRIPTION)
    @app_commands.check(manage_server)
    async def unsubscribe(interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        await h.unsubscribe(interaction, channel)

    @app_commands.check(manage_server)
    async def subscriptions(interaction: discord.Interaction) -> None:
        await h.subscriptions(interaction)

    return [
        app_commands.Command(name="help", description=text.HELP_DESCRIPTION, callback=help),
        app_commands.Command(name="brief", description=text.BRIEF_DESCRIPTION, callback=brief),
        app_commands.Command(name="digest", description=text.DIGEST_DESCRIPTION, callback=digest),
        app_commands.Command(name="chart", description=text.CHART_DESCRIPTION, callback=chart),
        app_commands.Command(name="subscribe", description=text.SUBSCRIBE_DESCRIPTION, callback=subscribe),
        app_commands.Command(name="unsubscribe", description=text.UNSUBSCRIBE_DESCRIPTION, callback=unsubscribe),
        app_commands.Command(name="subscriptions", description=text.SUBSCRIPTIONS_DESCRIPTION, callback=subscriptions),
    ]


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


async def complete_timezone(_: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    wanted = current.strip().lower()
    found = [z for z in _zones() if wanted in z.lower()] if wanted else ["UTC", "Asia/Seoul", "Europe/Kyiv"]
    return [app_commands.Choice(name=z, value=z) for z in found[:CHOICES_MAX]]
