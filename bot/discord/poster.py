"""Posting digests to Discord channels for the shared delivery loop (bot.delivery), and telling a server when its
subscribed channel cannot take them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import aiohttp
import discord

from bot import messages as text
from bot.delivery import HISTORY_LIMIT, PermanentError, RateLimited, TransientError, earliest_post
from bot.discord.embeds import digest_pages, footer_of
from core.compose.digest import Digest

log = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 5.0  # a 429 with no usable Retry-After (e.g. from a proxy)

GuildOf = Callable[[str], Awaitable[str | None]]


class DiscordPoster:
    """`bot.delivery.DigestPoster` over discord.py's REST client (the one the gateway client logged in with)."""

    platform = "discord"

    def __init__(self, client: discord.Client, guild_of: GuildOf | None = None) -> None:
        self.client = client
        self.guild_of = guild_of  # finds a deleted channel's server (the cache forgets it)
        self._reported: set[tuple[str, str]] = set()

    async def post(self, channel: str, digest: Digest, period: str) -> str:
        """Post the digest (one message, or several when it is long); returns the first message's id.

        Raises RateLimited (a wait longer than discord.py sleeps through itself), TransientError (Discord or the
        network failed; retry) or PermanentError (no such channel, or no permission; retrying will not help)."""
        target = self.client.get_partial_messageable(int(channel))
        refs: list[str] = []
        try:
            for page in digest_pages(digest, period):
                refs.append(str((await target.send(embeds=page)).id))
        except discord.RateLimited as err:  # longer than the client's max_ratelimit_timeout
            raise RateLimited(err.retry_after) from err
        except discord.Forbidden as err:
            await self._refused(channel, text.MISSING_PERMISSION)
            raise PermanentError(f"discord channel {channel}: missing permission ({err.text or err.status})") from err
        except discord.NotFound as err:
            await self._refused(channel, text.UNKNOWN_CHANNEL)
            raise PermanentError(f"discord channel {channel}: unknown channel ({err.text or err.status})") from err
        except discord.HTTPException as err:
            raise _classify(channel, err) from err
        except (TimeoutError, aiohttp.ClientError, OSError) as err:
            raise TransientError(f"discord channel {channel}: {type(err).__name__}: {err}") from err
        return refs[0]

    async def find(self, channel: str, period: str) -> str | None:
        """The digest of `period` if the bot already posted it whole (its last part is there); None if not or if
        the channel's history cannot be read."""
        me = self.client.user
        if me is None:
            return None
        marker = footer_of(period)
        try:
            # From the start of the period forward (oldest first, 100 a request), however busy the channel was since.
            history = self.client.get_partial_messageable(int(channel)).history(
                limit=HISTORY_LIMIT, after=earliest_post(period)
            )
            async for message in history:
                if message.author.id == me.id and any(_is_last_part(e, marker) for e in message.embeds):
                    return str(message.id)
        except (TimeoutError, discord.HTTPException, aiohttp.ClientError, OSError) as err:
            log.info("cannot read discord channel %s to look for digest %s: %s", channel, period, err)
        return None

    async def _refused(self, channel: str, reason: str) -> None:
        """Log, and tell the server once per channel and reason (in its system channel) so an admin can fix it."""
        log.warning("digest for discord channel %s refused: %s", channel, reason)
        if (channel, reason) in self._reported:
            return
        self._reported.add((channel, reason))
        guild = await self._guild(channel)
        notice = guild.system_channel if guild is not None else None
        if notice is None or str(notice.id) == channel:
            log.warning("no system channel to report the refused digest for discord channel %s", channel)
            return
        try:
            await notice.send(text.DELIVERY_REFUSED.format(channel=channel, reason=reason))
        except discord.HTTPException as err:
            log.warning("could not report the refused digest to server %s: %s", guild, err)

    async def _guild(self, channel: str) -> discord.Guild | None:
        cached = self.client.get_channel(int(channel))
        if isinstance(cached, discord.abc.GuildChannel):
            return cached.guild
        guild_id = await self.guild_of(channel) if self.guild_of is not None else None
        return self.client.get_guild(int(guild_id)) if guild_id else None


def _classify(channel: str, err: discord.HTTPException) -> Exception:
    if err.status == 429:  # discord.py gave up (a ban-like 429 without Via, or five in a row)
        header = err.response.headers.get("Retry-After") if err.response is not None else None
        try:
            return RateLimited(float(header) if header else DEFAULT_RETRY_AFTER)
        except ValueError:
            return RateLimited(DEFAULT_RETRY_AFTER)
    if err.status >= 500:
        return TransientError(f"discord channel {channel}: Discord answered {err.status}")
    # Any other 4xx is a request Discord will never take (a bug here, or a channel it cannot hold a digest in).
    return PermanentError(f"discord channel {channel}: Discord refused the post ({err.status}: {err.text})")


def _is_last_part(embed: discord.Embed, marker: str) -> bool:
    footer = embed.footer.text or ""
    if not footer.startswith(marker):
        return False
    rest = footer[len(marker) :]
    if not rest:
        return True
    page, _, pages = rest.removeprefix(text.PAGE.split("{")[0]).partition("/")  # " · part 2/2"
    return rest.startswith(text.PAGE.split("{")[0]) and page == pages
