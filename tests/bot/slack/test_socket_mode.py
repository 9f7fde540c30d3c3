"""Socket Mode against a fake Slack websocket: hello, a slash-command envelope acknowledged by id, the answer
through response_url, and a reconnect after Slack asks the app to disconnect."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.slack.runtime import SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from tests.fakes.fake_slack import FakeSlack

pytestmark = pytest.mark.anyio


def payload(fake: FakeSlack, text: str) -> dict[str, str]:
    return {"team_id": "T0NKAID", "channel_id": "C0SOCK", "user_id": "U0MEMBER", "command": "/nk-aid",
            "text": text, "api_app_id": "A0NKAID", "response_url": fake.response_url(),
            "trigger_id": "1.2.x"}  # fmt: skip


async def test_socket_mode_commands_are_acknowledged_and_answered(fake: FakeSlack, desk: Desk) -> None:
    settings = SlackSettings(bot_token=SecretStr("xoxb-test"), app_token=SecretStr("xapp-1-test"), api_url=fake.api_url)
    runtime = SlackRuntime(settings, desk)
    await runtime.start()
    try:
        opened = fake.calls_to("apps.connections.open")
        assert len(opened) == 1 and opened[0].auth == "Bearer xapp-1-test"  # the app-level token, not the bot's
        envelope = await fake.send_envelope(payload(fake, "troops"))
        await fake.wait_for(lambda: fake.responses and fake.socket_acks)
        assert fake.socket_acks[0]["envelope_id"] == envelope
        assert fake.responses[0]["blocks"][0]["text"]["text"] == "North Korea-Russia: troops"

        await fake.disconnect_sockets()
        await fake.wait_for(lambda: len(fake.calls_to("apps.connections.open")) == 2, timeout=10)
        await fake.wait_for(lambda: len(fake._sockets) == 1, timeout=10)
        await fake.send_envelope(payload(fake, "help"))
        await fake.wait_for(lambda: len(fake.responses) == 2, timeout=10)
        assert fake.responses[1]["text"] == "nk-aid help"
    finally:
        await runtime.stop()
