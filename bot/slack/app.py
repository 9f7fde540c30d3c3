"""The Slack app (slack-bolt, async): `/nk-aid ...` parsed by the core grammar, answered by the core Desk, rendered
as Block Kit (a briefing is a card with buttons, handled in bot.slack.actions). Every listener acknowledges first
(Slack's 3-second deadline) and answers through response_url."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as text
from bot.slack.actions import ActionHandler, upload_chart
from bot.slack.blocks import ACTION_PREFIX, Message, briefing_card, digest_messages, help_message, text_message
from bot.slack.poster import slack_error
from core.commands import Action, Command
from core.desk import Desk
from core.errors import NkAidError

log = logging.getLogger("nk_aid.slack")

COMMAND = "/nk-aid"
Respond = Callable[..., Awaitable[Any]]


class CommandHandler:
    """One slash command, start to finish; `on_subscriptions_changed` lets the scheduler pick up a change now."""

    def __init__(
        self,
        desk: Desk,
        on_subscriptions_changed: Callable[[], Awaitable[None]] | None = None,
        on_answered: Callable[[str, float], None] | None = None,
    ) -> None:
        self.desk = desk
        self.on_subscriptions_changed = on_subscriptions_changed
        self.on_answered = on_answered  # (action, seconds): a metrics hook

    async def handle(self, ack: Callable[[], Awaitable[None]], command: dict[str, Any], respond: Respond,
                       client: AsyncWebClient) -> None:  # fmt: skip
        await ack()  # first, always: everything below may take longer than Slack waits
        started = time.perf_counter()
        request_id = uuid.uuid4().hex[:12]  # Slack gives slash commands no id of their own
        action = "error"
        try:
            parsed = self.desk.parse(command.get("text") or "")
            action = parsed.action.value
            await self._answer(parsed, command, respond, client)
        except NkAidError as err:  # a bad command or topic: say what to type instead
            await _send(respond, text_message(str(err)), shared=False)
        except Exception:
            log.exception("request %s: /nk-aid %r failed", request_id, command.get("text"),
                          extra={"request_id": request_id, "platform": "slack", "action": action})  # fmt: skip
            await _send(respond, text_message(text.SLACK_FAILED.format(request_id=request_id)), False)
        elapsed = time.perf_counter() - started
        log.info("request %s: /nk-aid %s answered in %.0f ms", request_id, action, elapsed * 1000,
                 extra={"request_id": request_id, "platform": "slack", "action": action})  # fmt: skip
        if self.on_answered is not None:
            self.on_answered(action, elapsed)

    async def _answer(self, cmd: Command, command: dict[str, Any], respond: Respond, client: AsyncWebClient) -> None:
        channel, user, team = command.get("channel_id", ""), command.get("user_id", ""), command.get("team_id", "")
        if cmd.action is Action.HELP:
            await _send(respond, help_message(self.desk.topics()), shared=False)
        elif cmd.action is Action.BRIEF:
            assert cmd.topic is not None
            briefing = await asyncio.to_thread(self.desk.briefing, cmd.topic, cmd.since)
            await _send(respond, briefing_card(briefing, shareable=not cmd.share), cmd.share)
        elif cmd.action is Action.DIGEST:
            assert cmd.since is not None
            digest = await asyncio.to_thread(self.desk.digest, cmd.since)
            await _send(respond, digest_messages(digest)[0], cmd.share)
        elif cmd.action is Action.CHART:
            await self._chart(cmd, channel, respond, client)
        elif cmd.action is Action.SUBSCRIPTIONS:
            sub = await asyncio.to_thread(self.desk.subscriptions.get, "slack", channel)
            said = text.SLACK_SUBSCRIPTION.format(describe=sub.describe()) if sub else text.SLACK_NO_SUBSCRIPTION
            await _send(respond, text_message(said), shared=False)
        elif not await _is_admin(client, user):
            await _send(respond, text_message(text.SLACK_NEEDS_ADMIN), shared=False)
        elif cmd.action is Action.SUBSCRIBE:
            sub, new = await asyncio.to_thread(self.desk.subscribe, "slack", team, channel, cmd, user)
            await self._changed()
            wording = text.SLACK_SUBSCRIBED if new else text.SLACK_RESUBSCRIBED
            await _send(respond, text_message(wording.format(describe=sub.describe())), shared=False)
        elif cmd.action is Action.UNSUBSCRIBE:
            removed = await asyncio.to_thread(self.desk.subscriptions.remove, "slack", channel)
            await self._changed()
            said = text.SLACK_UNSUBSCRIBED if removed else text.SLACK_NOT_SUBSCRIBED
            await _send(respond, text_message(said), shared=False)

    async def _chart(self, cmd: Command, channel: str, respond: Respond, client: AsyncWebClient) -> None:
        assert cmd.topic is not None
        problem = await upload_chart(self.desk, client, cmd.topic, channel)
        if problem is not None:
            await _send(respond, text_message(text.SLACK_CHART_FAILED.format(problem=problem)), shared=False)

    async def _changed(self) -> None:
        if self.on_subscriptions_changed is not None:
            await self.on_subscriptions_changed()


async def _send(respond: Respond, message: Message, shared: bool) -> None:
    await respond(text=message["text"], blocks=message["blocks"], response_type="in_channel" if shared else "ephemeral")


async def _is_admin(client: AsyncWebClient, user: str) -> bool:
    """Workspace admins and owners, as users.info says (never a claim in the request itself)."""
    try:
        info = (await client.users_info(user=user)).get("user") or {}
    except SlackApiError as err:
        log.warning("users.info for %s failed (%s): refusing the subscription change", user, slack_error(err))
        return False
    return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))


def build_app(
    client: AsyncWebClient, signing_secret: str | None, handler: CommandHandler, actions: ActionHandler
) -> AsyncApp:
    """The bolt app: the slash command and the card's buttons (block_actions). Without a signing secret (Socket
    Mode) requests are not signature-checked, since they arrive over the app's own authenticated websocket."""
    if signing_secret == "":
        raise ValueError("an empty signing secret would let any request through")
    app = AsyncApp(
        client=client,
        signing_secret=signing_secret,
        request_verification_enabled=signing_secret is not None,
        process_before_response=False,
    )
    app.command(COMMAND)(handler.handle)
    app.action(re.compile(f"^{ACTION_PREFIX}"))(actions.handle)
    return app
