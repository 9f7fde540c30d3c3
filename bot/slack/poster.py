"""Digests into Slack channels with chat.postMessage, failures classified for the shared courier.

Each digest carries message metadata naming its period, so after a crash or an ambiguous failure (a timeout, a
5xx) the courier can look in the channel's history before posting again."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.delivery import PermanentError, RateLimited, TransientError
from bot.slack.blocks import digest_messages
from core.compose.digest import Digest

log = logging.getLogger("nk_aid.slack")

EVENT_TYPE = "nk_aid_digest"
HISTORY_LOOKBACK = 50  # messages; a digest is found among the channel's latest messages or not at all
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
}


def slack_error(err: SlackApiError) -> str:
    """Slack's error code ('channel_not_found'), or the HTTP status when the answer was not JSON."""
    data = err.response.data
    return str(data.get("error", "")) if isinstance(data, dict) else f"HTTP {err.response.status_code}"


class SlackPoster:
    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def post(self, channel: str, digest: Digest, period: str) -> str:
        message = digest_messages(digest)[0]
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"period": period}}
        response = await self._call(
            self.client.chat_postMessage(
                channel=channel, text=message["text"], blocks=message["blocks"], metadata=metadata, unfurl_links=False
            )
        )
        return str(response.get("ts"))

    async def find(self, channel: str, period: str) -> str | None:
        try:
            response = await self._call(
                self.client.conversations_history(channel=channel, limit=HISTORY_LOOKBACK, include_all_metadata=True)
            )
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
        return None

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
            if error in PERMANENT:
                raise PermanentError(f"Slack refused: {error}") from None
            raise TransientError(f"Slack error: {error or status}") from None
        except (TimeoutError, aiohttp.ClientError) as err:
            raise TransientError(f"no answer from Slack ({type(err).__name__})") from None
