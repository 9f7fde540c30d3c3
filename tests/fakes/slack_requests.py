"""Requests as Slack sends them: signed slash-command bodies, the settings that point the app at the fake Slack, and
a POST to the app's /slack/events that times the answer."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

import aiohttp
from pydantic import SecretStr

from bot.slack.runtime import EVENTS_PATH, SlackRuntime
from bot.slack.settings import SlackSettings
from tests.fakes.fake_slack import FakeSlack

SIGNING_SECRET = "nkaid-test-signing-secret"
ADMIN, MEMBER = "U0ADMIN", "U0MEMBER"


def sign(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature over the raw body (PROTOCOLS.md 1.1)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    mac = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={mac}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def command_body(fake: FakeSlack, text: str, user: str = MEMBER, channel: str = "C0BRIEF") -> str:
    return urlencode({
        "token": "deprecated-verification-token",
        "team_id": "T0NKAID",
        "team_domain": "nkaid-test",
        "channel_id": channel,
        "channel_name": "nk-watch",
        "user_id": user,
        "user_name": "analyst",
        "command": "/nk-aid",
        "text": text,
        "response_url": fake.response_url(),
        "trigger_id": "1111.2222.abcd",
        "api_app_id": "A0NKAID",
        "is_enterprise_install": "false",
    })  # fmt: skip


def settings_for(fake: FakeSlack, **extra: str) -> SlackSettings:
    return SlackSettings(
        bot_token=SecretStr("xoxb-test-bot-token"),
        signing_secret=SecretStr(SIGNING_SECRET),
        api_url=fake.api_url,
        **{k: SecretStr(v) for k, v in extra.items()},
    )


async def post_command(runtime: SlackRuntime, body: str, headers: dict[str, str]) -> tuple[int, str, float]:
    """POST to /slack/events; the status, the body and the seconds until Slack would have had its answer."""
    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{runtime.port}{EVENTS_PATH}"
        async with session.post(url, data=body.encode(), headers=headers) as response:
            return response.status, await response.text(), time.perf_counter() - started


def action_body(payload: dict[str, Any]) -> str:
    """A block_actions request body as Slack POSTs it: form-encoded, the payload JSON in one `payload` field."""
    return urlencode({"payload": json.dumps(payload)})
