"""config/slack-manifest.yml creates an app that can do everything the code asks of Slack."""

from __future__ import annotations

import re

import yaml

from bot.slack.app import COMMAND
from tests.conftest import REPO

MANIFEST = REPO / "config" / "slack-manifest.yml"
# Web API methods the code calls -> the bot scope each needs (api.slack.com/methods/<method>)
NEEDED = {
    "chat.postMessage": "chat:write",
    "files.getUploadURLExternal": "files:write",
    "users.info": "users:read",
    "conversations.history": "channels:history",
    "conversations.join": "channels:join",
}


def test_manifest_declares_the_command_socket_mode_and_every_scope_used() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == COMMAND and re.fullmatch(r"/.{1,31}", command["command"])
    assert 1 <= len(command["description"]) <= 2000 and len(command["usage_hint"]) <= 1000
    assert "url" not in command and manifest["settings"]["socket_mode_enabled"] is True
    # The card's buttons need interactivity; under Socket Mode it takes no request_url (it arrives on the socket).
    assert manifest["settings"]["interactivity"] == {"is_enabled": True}
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", *NEEDED.values()} <= scopes
    used = set(re.findall(r"client\.(\w+)\(", "".join(p.read_text() for p in (REPO / "bot" / "slack").glob("*.py"))))
    calls = {name.replace("_", ".", 1) for name in used}
    assert calls - {"files.upload_v2"} <= set(NEEDED), "a Web API method the manifest has no scope for"
