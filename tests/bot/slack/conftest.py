"""A fake Slack on 127.0.0.1 and the real Slack runtime (bolt on aiohttp, slack-sdk clients) pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.slack.runtime import SlackRuntime
from core.desk import Desk
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.slack_requests import ADMIN, MEMBER, settings_for


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack(users={ADMIN: {"is_admin": True}, MEMBER: {"is_admin": False, "is_owner": False}}).start()
    yield server
    await server.stop()


@pytest.fixture
async def http_app(fake: FakeSlack, desk: Desk) -> AsyncIterator[SlackRuntime]:
    runtime = SlackRuntime(settings_for(fake), desk, http_port=0, host="127.0.0.1")
    await runtime.start()
    yield runtime
    await runtime.stop()
