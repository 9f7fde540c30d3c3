"""Digests into Slack channels with chat.postMessage, failures classified for the shared courier.

A digest is a short summary in the channel (counts and the first few lines) with every detail in its thread, so a
channel is never flooded (the first digest after subscribing can hold dozens of figures). Each summary carries
message metadata naming its period, so after a crash or an ambiguous failure (a timeout, a
5xx) the courier can look in the channel's history before posting again.

A public channel the app is not in (not_in_channel) is joined, then posted to; a private one cannot be joined, and
the admin who subscribed it is told once, by direct message, what to do."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot import messages as text
from bot.delivery import HISTORY_LIMIT, PermanentError, RateLimited, TransientError, earliest_post
from bot.slack.blocks import digest_details, digest_summary, has_details
from core.compose.digest import Digest

log = logging.getLogger("nk_aid.slack")

EVENT_TYPE = "nk_aid_digest"
HISTORY_PAGE = 200  # messages a conversations.history call (Slack advises no more than 200)
# Web API errors that retrying cannot fix (api.slack.com/methods/chat.postMessage#errors)
PERMANENT = {
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "msg_too_long",
    "invalid_blocks",
    "no_text",
    "restricted_action",
    "restricted_action_read_only_channel",
    "restricted_action_thread_only_channel",
    "account_inactive",
    "invalid_auth",
    "not_authed",
    "token_revoked",
    "missing_scope",
    "ekm_access_denied",
    "team_access_not_granted",
    "method_not_supported_for_channel_type",  # conversations.join on a private channel or a DM
}
NOT_IN_CHANNEL_NOTICE = text.SLACK_NOT_IN_CHANNEL
SubscriberOf = Callable[[str], Awaitable[str | None]]


class NotInChannel(PermanentError):
    """Slack's not_in_channel: the app must join the channel (or be invited) first."""


def slack_error(err: SlackApiError) -> str:
    """Slack's error code ('channel_not_found'), or the HTTP status when the answer was not JSON."""
    data = err.response.data
    return str(data.get("error", "")) if isinstance(data, dict) else f"HTTP {err.response.status_code}"


def slack_reason(err: Exception) -> str:
    """'method_not_supported_for_channel_type' from 'Slack refused: method_not_supported_for_channel_type'."""
    return str(err).removeprefix("Slack refused: ")


class SlackPoster:
    platform = "slack"

    def __init__(self, client: AsyncWebClient, subscriber_of: SubscriberOf | None = None) -> None:
        self.client = client
        self.subscriber_of = subscriber_of  # the user who subscribed a channel, to tell them what went wrong
        self._told: set[str] = set()  # channels whose subscriber was told, so they hear it once, not every day

    async def post(self, channel: str, digest: Digest, period: str) -> str:
        """The summary (the ledger's message: found again by its metadata), then the details in its thread."""
        message = digest_summary(digest)
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"period": period}}
        response = await self._as_member(
            channel,
            lambda: self.client.chat_postMessage(
                channel=channel, text=message["text"], blocks=message["blocks"], metadata=metadata, unfurl_links=False
            ),
        )
        ts = str(response.get("ts"))
        if has_details(digest):
            await self._details(channel, ts, digest)
        return ts

    async def _details(self, channel: str, ts: str, digest: Digest) -> None:
        """The thread reply: once, never retried, since retrying the delivery would post the summary again."""
        details = digest_details(digest)
        try:
            await self._call(self.client.chat_postMessage(channel=channel, thread_ts=ts, text=details["text"],
                                                          blocks=details["blocks"], unfurl_links=False))  # fmt: skip
        except (PermanentError, TransientError, RateLimited) as err:
            log.warning("digest in %s posted (%s) but its thread reply failed: %s", channel, ts, err)

    async def find(self, channel: str, period: str) -> str | None:
        start = earliest_post(period)
        oldest = {"oldest": f"{start.timestamp():.6f}"} if start is not None else {}
        cursor: str | None = None
        for _ in range(HISTORY_LIMIT // HISTORY_PAGE):
            try:
                request = partial(  # binds this page's cursor: the request may be made again after a join
                    self.client.conversations_history,
                    channel=channel,
                    limit=HISTORY_PAGE,
                    include_all_metadata=True,
                    cursor=cursor,
                    **oldest,
                )
                response = await self._as_member(channel, request)
            except PermanentError as err:
                log.warning("cannot read the history of %s (%s): an interrupted digest may repeat", channel, err)
                return None
            messages: list[dict[str, Any]] = response.get("messages") or []
            for message in messages:
                metadata = message.get("metadata") or {}
                if (
                    metadata.get("event_type") == EVENT_TYPE
                    and (metadata.get("event_payload") or {}).get("period") == period
                ):
                    return str(message.get("ts"))
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not response.get("has_more") or cursor is None:
                return None
        log.warning("digest %s not among the latest %d messages of %s: it may repeat", period, HISTORY_LIMIT, channel)
        return None

    async def _as_member(
        self, channel: str, request: Callable[[], Awaitable[AsyncSlackResponse]]
    ) -> AsyncSlackResponse:
        """Make the call; on not_in_channel join the channel (public ones allow it) and make it once more."""
        try:
            return await self._call(request())
        except NotInChannel:
            pass
        try:
            await self._call(self.client.conversations_join(channel=channel))
        except PermanentError as err:
            await self._tell_subscriber(channel, slack_reason(err))
            raise PermanentError(f"Slack refused: not_in_channel, and joining failed ({slack_reason(err)})") from None
        log.info("joined Slack channel %s to post its digest there", channel)
        return await self._call(request())

    async def _tell_subscriber(self, channel: str, reason: str) -> None:
        subscriber = await self.subscriber_of(channel) if self.subscriber_of is not None else None
        if subscriber is None or channel in self._told:
            return
        self._told.add(channel)
        try:  # a user id as the channel: the app's direct messages with that user
            await self._call(
                self.client.chat_postMessage(channel=subscriber, text=NOT_IN_CHANNEL_NOTICE.format(channel=channel,
                                                                                                 reason=reason))
            )  # fmt: skip
        except (PermanentError, TransientError, RateLimited) as err:
            log.warning("could not tell %s that channel %s cannot get its digest: %s", subscriber, channel, err)

    @staticmethod
    async def _call(request: Awaitable[AsyncSlackResponse]) -> AsyncSlackResponse:
        try:
            return await request
        except SlackApiError as err:
            status, error = err.response.status_code, slack_error(err)
            if status == 429:
                raise RateLimited(float(err.response.headers.get("Retry-After", 1)), "Slack rate limit") from None
            if status >= 500 or error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout"):
                raise TransientError(f"Slack HTTP {status} {error}".strip()) from None
            if error == "not_in_channel":
                raise NotInChannel(f"Slack refused: {error}") from None
            if error in PERMANENT:
                raise PermanentError(f"Slack refused: {error}") from None
            raise TransientError(f"Slack error: {error or status}") from None
        except (TimeoutError, aiohttp.ClientError) as err:
            raise TransientError(f"no answer from Slack ({type(err).__name__})") from None
