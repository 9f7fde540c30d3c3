"""A fake Discord on 127.0.0.1: REST under /api/v10 and a gateway websocket, recording what the bot sends.

The real discord.py client talks to it through its two seams (`discord.http.Route.BASE`,
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`). Payload shapes follow ../shared/protocol (copied to
payloads/), which were checked against discord.py 2.7.1.
"""

from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

PAYLOADS = Path(__file__).resolve().parent / "payloads"
APP_ID = "775799577604522054"
GUILD_ID = "290926798626357999"
CHANNEL_ID = "645027906669510667"
SYSTEM_CHANNEL_ID = "645027906669510600"
BOT_TOKEN = "fake-bot-token"  # what the fake accepts; anything else is 401 like the real API
DISCORD_EPOCH_MS = 1420070400000


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
    return data


def snowflake() -> str:
    """An id minted from now, as Discord does: discord.py derives an interaction's expiry from it."""
    snowflake.counter = (getattr(snowflake, "counter", 0) + 1) % 4096  # type: ignore[attr-defined]
    return str(((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | snowflake.counter)  # type: ignore[attr-defined]


@dataclass
class Received:
    """One REST request as the fake received it."""

    method: str
    path: str
    query: dict[str, str]
    body: Any  # JSON body, or the multipart `payload_json`
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.perf_counter)


@dataclass
class Scripted:
    """A canned reply for the next request to a path (429s, 403s, 404s)."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class FakeDiscord:
    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.gateway_frames: list[dict[str, Any]] = []  # client -> server, every connection
        self.connections: list[str] = []  # the path of every gateway connection
        self.heartbeat_interval_ms = 41250
        self.session_id = "fake-session-1"
        self.scripted: dict[str, list[Scripted]] = {}  # path -> replies used first-in first-out
        self.channel_messages: dict[str, list[dict[str, Any]]] = {}
        self.created: dict[str, dict[str, Any]] = {}  # interaction id -> the message its callback created
        self._events: list[dict[str, Any]] = []  # every dispatch sent, for RESUME replay
        self._seq = 0
        self._ws: web.WebSocketResponse | None = None
        self._ws_ready = asyncio.Event()
        self._request_seen = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle -------------------------------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gw", self._gateway)
        app.router.add_get("/resume", self._gateway)  # READY's resume_gateway_url: where a client must come back
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gw"

    # --- what tests drive --------------------------------------------------------------------------------------
    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH; while the client is away (or not yet identified) it is only kept, and replayed when the
        client RESUMEs, as Discord does."""
        frame = self._event(event, data)
        if self._ws is not None and not self._ws.closed and self._ws_ready.is_set():
            await self._ws.send_str(json.dumps(frame))
        return int(frame["s"])

    def _event(self, event: str, data: dict[str, Any]) -> dict[str, Any]:
        self._seq += 1
        frame = {"op": 0, "s": self._seq, "t": event, "d": data}
        self._events.append(frame)
        return frame

    async def interact(self, options: list[dict[str, Any]], *, permissions: str = "2147483647", **extra: Any) -> str:
        """Dispatch an INTERACTION_CREATE for `/nk-aid ...` (shape: payloads/discord_interaction_create.json)."""
        d = copy.deepcopy(load("discord_interaction_create.json")["d"])
        d["id"], d["token"] = snowflake(), f"token-{snowflake()}"
        d["data"] = {"id": "771825006014889984", "name": "nk-aid", "type": 1, "options": options}
        if resolved := extra.pop("data_resolved", None):
            d["data"]["resolved"] = resolved
        d["member"]["permissions"] = permissions
        d.update(extra)
        d = {key: value for key, value in d.items() if value is not None}  # None: leave the field out
        await self.dispatch("INTERACTION_CREATE", d)
        return str(d["id"])

    async def press(self, message: dict[str, Any], custom_id: str, **extra: Any) -> str:
        """Dispatch the MESSAGE_COMPONENT interaction (type 3) Discord sends when a member presses the button
        `custom_id` of `message` (as the fake recorded it): `data` names the button (component_type 2), `message` is
        the message it sits on (DDOCS interactions/receiving-and-responding, "Interaction Object")."""
        buttons = [c for row in message.get("components") or [] for c in row.get("components", [])]
        assert any(b.get("custom_id") == custom_id for b in buttons), f"no button {custom_id} on that message"
        d = copy.deepcopy(load("discord_interaction_create.json")["d"])
        d["id"], d["token"], d["type"] = snowflake(), f"token-{snowflake()}", 3
        d["data"] = {"custom_id": custom_id, "component_type": 2}
        d["message"] = message
        d.update(extra)
        await self.dispatch("INTERACTION_CREATE", d)
        return str(d["id"])

    def sent(self, interaction_id: str) -> dict[str, Any]:
        """The message an interaction's callback created, as the fake answered it (to press its buttons)."""
        return self.created[interaction_id]

    async def drop(self, code: int = 4000) -> None:
        """Close the gateway connection the way Discord does on its side (a resumable close code)."""
        ws, self._ws = self._ws, None
        self._ws_ready.clear()
        if ws is not None:
            await ws.close(code=code, message=b"fake drop")

    async def connected(self, timeout: float = 5.0) -> None:
        await asyncio.wait_for(self._ws_ready.wait(), timeout)

    def script(self, path: str, *replies: Scripted) -> None:
        self.scripted.setdefault(path, []).extend(replies)

    async def wait_for(self, match: Callable[[Received], bool], timeout: float = 5.0) -> Received:
        """The first recorded request that matches (waiting for it if needed)."""
        async with self._request_seen:
            await asyncio.wait_for(self._request_seen.wait_for(lambda: any(map(match, self.requests))), timeout)
        return next(r for r in self.requests if match(r))

    async def callback(self, interaction_id: str, timeout: float = 5.0) -> Received:
        return await self.wait_for(lambda r: r.path.startswith(f"/interactions/{interaction_id}/"), timeout)

    def frames(self, op: int) -> list[dict[str, Any]]:
        return [f for f in self.gateway_frames if f.get("op") == op]

    # --- gateway -------------------------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connections.append(request.path)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}))
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            frame = json.loads(message.data)
            self.gateway_frames.append(frame)
            op = frame["op"]
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                await self._identify(ws, frame["d"])
            elif op == 6:
                await self._resume(ws, frame["d"])
        return ws

    async def _identify(self, ws: web.WebSocketResponse, d: dict[str, Any]) -> None:
        if d.get("token") != BOT_TOKEN:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        user = load("discord_users_me.json") | {"id": APP_ID, "username": "nk-aid", "bot": True}
        ready = {
            "v": 10,
            "user": user,
            "guilds": [{"id": GUILD_ID, "unavailable": True}],
            "session_id": self.session_id,
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/resume",
            "application": {"id": APP_ID, "flags": 0},
        }
        for frame in (self._event("READY", ready), self._event("GUILD_CREATE", guild_payload())):
            await ws.send_str(json.dumps(frame))
        self._ws_ready.set()

    async def _resume(self, ws: web.WebSocketResponse, d: dict[str, Any]) -> None:
        if d.get("token") != BOT_TOKEN or d.get("session_id") != self.session_id:
            await ws.send_str(json.dumps({"op": 9, "d": False}))
            return
        for frame in self._events:
            if frame["s"] > (d.get("seq") or 0):
                await ws.send_str(json.dumps(frame))
        await ws.send_str(json.dumps(self._event("RESUMED", {})))
        self._ws_ready.set()

    # --- REST ------------------------------------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        async with self._request_seen:
            self.requests.append(Received(request.method, path, dict(request.query), body, files))
            self._request_seen.notify_all()
        if request.headers.get("Authorization") != f"Bot {BOT_TOKEN}" and not path.startswith(
            ("/interactions/", "/webhooks/")
        ):
            return _json({"message": "401: Unauthorized", "code": 0}, 401)
        if queue := self.scripted.get(path):
            reply = queue.pop(0)
            return _json(reply.body, reply.status, reply.headers)
        return self._route(request.method, path, body, files, dict(request.query))

    def _route(
        self, method: str, path: str, body: Any, files: dict[str, bytes], query: dict[str, str] | None = None
    ) -> web.Response:
        query = query or {}
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            return _json(load("discord_users_me.json") | {"id": APP_ID, "username": "nk-aid", "bot": True})
        if path == "/oauth2/applications/@me":
            return _json(load("discord_application_me.json"))
        if parts[0] == "applications" and method == "PUT":  # bulk overwrite: echo with ids, as Discord does
            return _json([c | {"id": snowflake(), "application_id": APP_ID, "version": snowflake()} for c in body])
        if parts[0] == "interactions":  # POST /interactions/{id}/{token}/callback?with_response=1
            reply = load("discord_interaction_callback_response.json")
            reply["interaction"]["id"] = parts[1]
            reply["resource"]["type"] = body["type"]
            reply["resource"]["message"] = self._message(CHANNEL_ID, body.get("data") or {}, files)
            self.created[parts[1]] = reply["resource"]["message"]
            return _json(reply)
        if parts[0] == "webhooks":  # followups and edits of the original response
            return _json(self._message(CHANNEL_ID, body or {}, files))
        if parts[0] == "channels" and parts[2:] == ["messages"]:
            if method == "GET":
                return _json(self._history(parts[1], query))
            message = self._message(parts[1], body or {}, files)
            self.channel_messages.setdefault(parts[1], []).append(message)
            return _json(message)
        return _json({"message": "404: Not Found", "code": 0}, 404)

    def _history(self, channel: str, query: dict[str, str]) -> list[dict[str, Any]]:
        """GET /channels/{id}/messages as Discord answers it: `limit` 1-100 (default 50) messages before `before`,
        after `after` (the ones right after it) or around `around`, always newest first."""
        limit = max(1, min(100, int(query.get("limit", 50))))
        messages = sorted(self.channel_messages.get(channel, []), key=lambda m: int(m["id"]))  # oldest first
        if "after" in query:
            chosen = [m for m in messages if int(m["id"]) > int(query["after"])][:limit]
        elif "around" in query:
            middle = next((i for i, m in enumerate(messages) if int(m["id"]) >= int(query["around"])), len(messages))
            start = max(0, middle - limit // 2)
            chosen = messages[start : start + limit]
        else:
            before = int(query.get("before", 1 << 63))
            chosen = [m for m in messages if int(m["id"]) < before][-limit:]
        return list(reversed(chosen))

    def chatter(self, channel: str, count: int) -> None:
        """`count` messages from a member (not the bot) in `channel`: a busy channel."""
        for number in range(count):
            message = self._message(channel, {"content": f"chatter {number}"}, {})
            message["author"] = {"id": "300000000000000001", "username": "member", "discriminator": "0",
                                 "avatar": None}  # fmt: skip
            self.channel_messages.setdefault(channel, []).append(message)

    def _message(self, channel: str, body: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = load("discord_message.json")
        message.update(id=snowflake(), channel_id=channel, content=body.get("content") or "", reactions=[])
        message["embeds"] = body.get("embeds") or []
        message["components"] = body.get("components") or []  # action rows of buttons, kept as sent
        message["flags"] = body.get("flags") or 0
        message["author"] = {"id": APP_ID, "username": "nk-aid", "discriminator": "0", "avatar": None, "bot": True}
        message["attachments"] = [
            {"id": snowflake(), "filename": name, "size": len(data), "url": f"https://cdn.invalid/{name}"}
            for name, data in files.items()
        ]
        return message


def guild_payload() -> dict[str, Any]:
    """GUILD_CREATE for the test server: one text channel, a system channel, and the @everyone role."""
    channel = {"type": 0, "position": 0, "permission_overwrites": [], "parent_id": None, "nsfw": False}
    return {
        "id": GUILD_ID,
        "name": "OSINT test server",
        "owner_id": "53908232506183680",
        "icon": None,
        "unavailable": False,
        "member_count": 2,
        "roles": [{"id": GUILD_ID, "name": "@everyone", "permissions": "117760", "position": 0, "color": 0}],
        "channels": [
            channel | {"id": CHANNEL_ID, "name": "general"},
            channel | {"id": SYSTEM_CHANNEL_ID, "name": "announcements", "position": 1},
        ],
        "system_channel_id": SYSTEM_CHANNEL_ID,
        "members": [],
        "threads": [],
        "emojis": [],
        "stickers": [],
        "features": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": False,
        "preferred_locale": "en-US",
    }


async def _read_body(request: web.Request) -> tuple[Any, dict[str, bytes]]:
    if request.content_type.startswith("multipart/"):
        body: Any = None
        files: dict[str, bytes] = {}
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            data = await part.read()  # type: ignore[union-attr]
            if part.name == "payload_json":  # type: ignore[union-attr]
                body = json.loads(data)
            else:
                files[part.filename or part.name or "file"] = bytes(data)  # type: ignore[union-attr]
        return body, files
    raw = await request.read()
    return (json.loads(raw) if raw else None), {}


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly 'application/json': discord.py leaves the body a str when a charset follows (PROTOCOLS.md 2.5).
    response = web.Response(status=status, body=json.dumps(body).encode(), headers=headers or {})
    response.headers["Content-Type"] = "application/json"
    return response
