"""The buttons under a briefing card (Slack block_actions, over HTTP or Socket Mode): Show history and Sources open
the details in the card's thread (or, under an answer only the asker sees, as a follow-up only they see); Chart
uploads the PNG; Share to channel posts the card for everyone."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as text
from bot.card import Button, CardRef
from bot.slack.blocks import Message, briefing_card, detail_messages, text_message
from bot.slack.poster import slack_error
from core.compose.render import briefing_title
from core.desk import Desk
from core.errors import NkAidError

log = logging.getLogger("nk_aid.slack")

Respond = Callable[..., Awaitable[Any]]


class ActionHandler:
    """One button press, start to finish; acknowledged first (Slack's 3-second deadline)."""

    def __init__(self, desk: Desk, on_answered: Callable[[str, float], None] | None = None) -> None:
        self.desk, self.on_answered = desk, on_answered

    async def handle(self, ack: Callable[[], Awaitable[None]], body: dict[str, Any], respond: Respond,
                     client: AsyncWebClient) -> None:  # fmt: skip
        await ack()
        started = asyncio.get_running_loop().time()
        action = (body.get("actions") or [{}])[0]
        action_id = str(action.get("action_id", ""))
        container = body.get("container") or {}
        channel = str((body.get("channel") or {}).get("id") or container.get("channel_id") or "")
        user = str((body.get("user") or {}).get("id") or "")
        # A card in the channel gets its details in its thread; a card only the asker sees, in a follow-up only
        # they see (an ephemeral message can have no thread).
        thread = None if container.get("is_ephemeral") else container.get("message_ts")
        request_id = uuid.uuid4().hex[:12]
        try:
            ref = CardRef.decode(str(action.get("value") or ""))
            await self._answer(action_id, ref, channel, user, thread, respond, client)
        except NkAidError as err:
            await _tell(respond, text_message(str(err)))
        except SlackApiError as err:
            await _tell(respond, text_message(text.SLACK_POST_FAILED.format(problem=slack_error(err))))
        except Exception:
            log.exception("request %s: button %s failed", request_id, action_id,
                          extra={"request_id": request_id, "platform": "slack", "action": action_id})  # fmt: skip
            await _tell(respond, text_message(text.SLACK_FAILED.format(request_id=request_id)))
        if self.on_answered is not None:
            self.on_answered(action_id, asyncio.get_running_loop().time() - started)

    async def _answer(self, action_id: str, ref: CardRef, channel: str, user: str, thread: str | None,
                      respond: Respond, client: AsyncWebClient) -> None:  # fmt: skip
        if action_id == Button.CHART:
            problem = await upload_chart(self.desk, client, ref.topic, channel, thread)
            if problem is not None:
                await _tell(respond, text_message(text.SLACK_CHART_FAILED.format(problem=problem)))
            return
        briefing = await asyncio.to_thread(self.desk.briefing, ref.topic, ref.since)
        if action_id == Button.SHARE:
            await _post(client, channel, briefing_card(briefing, shareable=False, shared_by=user))
            return
        for message in detail_messages(briefing, Button(action_id)):
            if thread is not None:
                await _post(client, channel, message, thread_ts=thread)
            else:
                await _tell(respond, message)


async def upload_chart(
    desk: Desk, client: AsyncWebClient, topic: str, channel: str, thread: str | None = None
) -> str | None:
    """Draw the topic's chart and upload it to the channel (or a thread); the problem Slack named, or None."""
    png, drawn = await asyncio.to_thread(desk.chart, topic)
    extra = {"thread_ts": thread} if thread else {}
    try:
        await client.files_upload_v2(
            channel=channel,
            file=png,
            filename=f"nk-aid-{topic.replace(' ', '-')}.png",
            title=text.CHART_TITLE.format(title=briefing_title(topic)),
            initial_comment=text.CHART_COMMENT.format(topic=topic, drawn=drawn),
            **extra,
        )
    except SlackApiError as err:
        return slack_error(err)
    return None


async def _post(client: AsyncWebClient, channel: str, message: Message, **extra: str) -> None:
    """chat.postMessage; a public channel the app is not in yet is joined first (a private one raises)."""

    async def post() -> None:
        await client.chat_postMessage(channel=channel, text=message["text"], blocks=message["blocks"],
                                      unfurl_links=False, **extra)  # fmt: skip

    try:
        await post()
    except SlackApiError as err:
        if slack_error(err) != "not_in_channel":
            raise
        await client.conversations_join(channel=channel)
        await post()


async def _tell(respond: Respond, message: Message) -> None:
    """A follow-up only the presser sees, leaving the card as it is."""
    await respond(text=message["text"], blocks=message["blocks"], response_type="ephemeral", replace_original=False)
