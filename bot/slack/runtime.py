"""The Slack side of a running bot: the bolt app over HTTP (`/slack/events`) or Socket Mode, and the poster the
digest scheduler uses."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.actions import ActionHandler
from bot.slack.app import CommandHandler, build_app
from bot.slack.endpoint import REQUEST_TIMEOUT_S, events_app
from bot.slack.poster import SlackPoster
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.errors import ConfigError

log = logging.getLogger("nk_aid.slack")

EVENTS_PATH = "/slack/events"
API_TIMEOUT_S = 10


class SlackRuntime:
    def __init__(
        self,
        settings: SlackSettings,
        desk: Desk,
        http_port: int | None = None,
        host: str = "0.0.0.0",
        on_subscriptions_changed: Callable[[], Awaitable[None]] | None = None,
        on_answered: Callable[[str, float], None] | None = None,
        request_timeout: float = REQUEST_TIMEOUT_S,
    ) -> None:
        """`http_port` set: serve HTTP (needs SLACK_SIGNING_SECRET); otherwise Socket Mode (needs SLACK_APP_TOKEN).
        `request_timeout`: seconds a client gets to send its request headers, and again its body (slow clients are
        cut off)."""
        if http_port is not None and settings.signing_secret is None:
            raise ConfigError("bad setting SLACK_SIGNING_SECRET: is not set (HTTP mode verifies every request with it)")
        if http_port is None and settings.app_token is None:
            raise ConfigError(
                "bad setting SLACK_APP_TOKEN: is not set (Socket Mode needs it; or use --http with a signing secret)"
            )
        self.settings, self.http_port, self.host = settings, http_port, host
        token = settings.bot_token.get_secret_value()
        base = {"base_url": settings.api_url} if settings.api_url else {}
        self.client = AsyncWebClient(token=token, timeout=API_TIMEOUT_S, **base)
        # Digest posts are retried by the courier only, which first looks for an earlier post: no library retries.
        self.desk = desk
        self.poster = SlackPoster(
            AsyncWebClient(token=token, timeout=API_TIMEOUT_S, retry_handlers=[], **base), self.subscriber_of
        )
        self.secret = None  # Socket Mode: events arrive over the app's own authenticated websocket
        if http_port is not None:
            assert settings.signing_secret is not None  # checked above
            self.secret = settings.signing_secret.get_secret_value()
        self.request_timeout = request_timeout
        handler = CommandHandler(desk, on_subscriptions_changed, on_answered)
        self.app = build_app(self.client, self.secret, handler, ActionHandler(desk, on_answered))
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self.port: int | None = None

    async def start(self) -> None:
        if self.http_port is not None:
            assert self.secret is not None
            # aiohttp closes a connection whose next request is not whole by its keep-alive deadline, counted from
            # the connection (or the last answer): that deadline is the header-read timeout.
            self._runner = web.AppRunner(
                events_app(self.app, self.secret, EVENTS_PATH, self.request_timeout),
                access_log=None,
                keepalive_timeout=self.request_timeout,
            )
            await self._runner.setup()
            site = web.TCPSite(self._runner, self.host, self.http_port)
            await site.start()
            self.port = self._runner.addresses[0][1]
            log.info("Slack: listening on http://%s:%d%s", self.host, self.port, EVENTS_PATH)
        else:
            assert self.settings.app_token is not None
            self._socket = AsyncSocketModeHandler(self.app, self.settings.app_token.get_secret_value())
            await self._socket.connect_async()
            log.info("Slack: connected over Socket Mode")

    async def subscriber_of(self, channel: str) -> str | None:
        """Who subscribed `channel` to the digest (told when it cannot be posted there)."""
        sub = await asyncio.to_thread(self.desk.subscriptions.get, "slack", channel)
        return sub.created_by if sub is not None else None

    def connected(self) -> bool:
        if self._runner is not None:
            return True
        client = self._socket.client if self._socket is not None else None
        return (
            client is not None
            and not client.closed
            and client.current_session is not None
            and (not client.current_session.closed)
        )

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._socket is not None:
            await self._socket.close_async()
