"""A fake Slack on 127.0.0.1 for the real slack-sdk and slack-bolt clients: the Web API under /api/, response_url
hooks, the file-upload URL and a Socket Mode websocket. It records every call and can answer 429, 500 or slowly.

Shapes follow ../shared/protocol (auth.test, chat.postMessage, 429 with Retry-After, Socket Mode hello/envelopes).
Button presses (`block_actions`) are built as Slack sends them (docs.slack.dev/reference/interaction-payloads/
block_actions-payload; bolt-python's tests/scenario_tests/test_block_actions.py): the pressed button's own
action_id, block_id, text and value, the container (the message, and whether it is ephemeral), the channel, the
user and a response_url. A thread reply (chat.postMessage with thread_ts) is kept apart from the channel's history,
as conversations.history does not list replies."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    auth: str


@dataclass
class Failure:
    status: int  # 429, 500, or 200 with an error body
    error: str = ""
    retry_after: int = 1
    post_anyway: bool = False  # the message goes out but the answer says otherwise (a 500 after the write)


@dataclass
class FakeSlack:
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    delay: float = 0.0  # seconds before every Web API answer
    rate_per_second: float | None = None  # chat.postMessage over this answers 429 (workspace-wide limit)
    calls: list[Call] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)  # bodies POSTed to response_url
    history: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)
    replies: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # Channels the bot is not in: posting (without chat:write.public) and reading history answer not_in_channel
    # until conversations.join, which a public channel allows and a private one refuses.
    outside: set[str] = field(default_factory=set)
    private: set[str] = field(default_factory=set)
    _failures: dict[tuple[str, str | None], list[Failure]] = field(default_factory=dict)
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _window: list[float] = field(default_factory=list)
    _last_ts: float = 0.0
    _runner: web.AppRunner | None = None
    port: int = 0

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/commands/{uuid.uuid4().hex}"

    def fail(self, method: str, *failures: Failure, channel: str | None = None) -> None:
        """Answer the next calls of `method` (for `channel`, or any) with these failures, in order."""
        self._failures.setdefault((method, channel), []).extend(failures)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posts(self, channel: str) -> list[dict[str, Any]]:
        return [m for m in self.history[channel] if m.get("bot_id")]

    def chatter(self, channel: str, count: int) -> None:
        """`count` messages from a member (not the bot) in `channel`: a busy channel."""
        for number in range(count):
            self.history[channel].append({"type": "message", "user": "U0MEMBER", "text": f"chatter {number}",
                                          "ts": self._ts()})  # fmt: skip

    def _ts(self) -> str:
        """A message timestamp, unique and increasing within a channel as Slack's are."""
        self._last_ts = max(time.time(), self._last_ts + 0.000001)
        return f"{self._last_ts:.6f}"

    def posts_total(self) -> list[dict[str, Any]]:
        return [m for channel in list(self.history) for m in self.posts(channel)]

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)  # GET for users.info and friends
        app.router.add_post("/commands/{hook}", self._response_url)
        app.router.add_post("/upload/{file}", self._upload)
        app.router.add_get("/link/", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(self, predicate: Any, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("the fake Slack did not see what the test waited for")
            await asyncio.sleep(0.01)

    # --- interactivity ----------------------------------------------------------------------------------------------
    def block_actions(
        self,
        message: dict[str, Any],
        action_id: str,
        *,
        channel: str = "C0BRIEF",
        user: str = "U0MEMBER",
        ephemeral: bool = False,
    ) -> dict[str, Any]:
        """The block_actions payload Slack sends when `user` presses the button `action_id` of `message` (a posted
        message, or a response_url answer when `ephemeral`)."""
        block, button = next(
            (b, e)
            for b in message["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e.get("action_id") == action_id
        )
        ts = message.get("ts") or self._ts()  # an ephemeral message has a ts of its own too
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user, "username": "analyst", "name": "analyst", "team_id": "T0NKAID"},
            "api_app_id": "A0NKAID",
            "token": "deprecated-verification-token",
            "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": ephemeral},
            "trigger_id": "2222.3333.efgh",
            "team": {"id": "T0NKAID", "domain": "nkaid-test"},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": channel, "name": "nk-watch"},
            "state": {"values": {}},
            "response_url": self.response_url(),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": block.get("block_id", "b0"),
                    "text": button["text"],
                    "value": button.get("value", ""),
                    "type": "button",
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        if not ephemeral:  # Slack includes the message itself only when it is a real channel message
            payload["message"] = {"type": "message", "bot_id": "B0NKAID", "text": message.get("text", ""),
                                  "blocks": message["blocks"], "ts": ts}  # fmt: skip
        return payload

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return self.replies[(channel, ts)]

    # --- Socket Mode ------------------------------------------------------------------------------------------
    async def send_envelope(self, payload: dict[str, Any], kind: str = "slash_commands") -> str:
        envelope_id = str(uuid.uuid4())
        message = {"envelope_id": envelope_id, "type": kind, "payload": payload, "accepts_response_payload": True}
        await self._sockets[-1].send_str(json.dumps(message))
        return envelope_id

    async def disconnect_sockets(self) -> None:
        for ws in list(self._sockets):
            await ws.send_str(json.dumps({"type": "disconnect", "reason": "refresh_requested"}))

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": len(self._sockets),
                                      "connection_info": {"app_id": "A0NKAID"}}))  # fmt: skip
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
        self._sockets.remove(ws)
        return ws

    # --- HTTP --------------------------------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        body = json.loads(raw or b"{}") if request.content_type == "application/json" else dict(parse_qsl(raw.decode()))
        body.update(request.query)
        self.calls.append(Call(method, body, request.headers.get("Authorization", "")))
        if self.delay:
            await asyncio.sleep(self.delay)
        channel = body.get("channel")
        queued = self._failures.get((method, channel)) or self._failures.get((method, None))
        if queued:
            failure = queued.pop(0)
            if failure.post_anyway:
                self._post(body)
            return self._failure(failure)
        if method == "chat.postMessage" and self.rate_per_second is not None and not self._within_rate():
            return self._failure(Failure(429))
        if method in ("chat.postMessage", "conversations.history") and channel in self.outside:
            return web.json_response({"ok": False, "error": "not_in_channel"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        answer = handler(body) if handler else {"ok": True}
        return web.json_response(answer)

    def _failure(self, failure: Failure) -> web.Response:
        headers = {"Retry-After": str(failure.retry_after)} if failure.status == 429 else {}
        error = failure.error or ("ratelimited" if failure.status == 429 else "internal_error")
        return web.json_response({"ok": False, "error": error}, status=failure.status, headers=headers)

    def _within_rate(self) -> bool:
        now = time.monotonic()
        self._window = [t for t in self._window if now - t < 1.0]
        if self.rate_per_second is not None and len(self._window) >= self.rate_per_second:
            return False
        self._window.append(now)
        return True

    def _auth_test(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": "https://nkaid-test.slack.com/", "team": "nk-aid test", "user": "nkaid",
                "team_id": "T0NKAID", "user_id": "U0BOT", "bot_id": "B0NKAID"}  # fmt: skip

    def _users_info(self, body: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(body.get("user", ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": {"id": body["user"], **user}}

    def _chat_postMessage(self, body: dict[str, Any]) -> dict[str, Any]:
        message = self._post(body)
        return {"ok": True, "channel": body["channel"], "ts": message["ts"], "message": message}

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        blocks = body.get("blocks")
        metadata = body.get("metadata")
        message = {
            "type": "message",
            "bot_id": "B0NKAID",
            "text": body.get("text", ""),
            "blocks": json.loads(blocks) if isinstance(blocks, str) else blocks,
            "metadata": json.loads(metadata) if isinstance(metadata, str) else metadata,
            "ts": self._ts(),
        }
        if body.get("thread_ts"):  # a reply: in its thread (conversations.replies), not the channel's history
            message["thread_ts"] = body["thread_ts"]
            self.replies[(body["channel"], body["thread_ts"])].append(message)
        else:
            self.history[body["channel"]].append(message)
        return message

    def _conversations_history(self, body: dict[str, Any]) -> dict[str, Any]:
        """Newest first, `limit` at a time (default 100, at most 999), between `oldest` and `latest` (exclusive
        unless `inclusive`), continued with the opaque `cursor` of response_metadata.next_cursor."""
        limit = max(1, min(999, int(body.get("limit", 100))))
        inclusive = str(body.get("inclusive", "")).lower() in ("1", "true")
        oldest, latest = float(body.get("oldest", 0)), float(body.get("latest") or "inf")

        def within(message: dict[str, Any]) -> bool:
            ts = float(message["ts"])
            return (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)

        messages = [m for m in reversed(self.history.get(body.get("channel", ""), [])) if within(m)]
        start = int(base64.b64decode(body["cursor"]).decode().removeprefix("offset:")) if body.get("cursor") else 0
        page, more = messages[start : start + limit], start + limit < len(messages)
        cursor = base64.b64encode(f"offset:{start + limit}".encode()).decode() if more else ""
        return {"ok": True, "messages": page, "has_more": more, "response_metadata": {"next_cursor": cursor}}

    def _conversations_join(self, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel", "")
        if channel in self.private:  # a bot cannot join a private channel: it must be invited
            return {"ok": False, "error": "method_not_supported_for_channel_type"}
        self.outside.discard(channel)
        return {"ok": True, "channel": {"id": channel, "is_channel": True, "is_member": True}}

    def _apps_connections_open(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?ticket={uuid.uuid4().hex}&app_id=A0NKAID"}

    def _files_getUploadURLExternal(self, body: dict[str, Any]) -> dict[str, Any]:
        file_id = "F" + uuid.uuid4().hex[:10].upper()
        return {"ok": True, "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}", "file_id": file_id}

    def _files_completeUploadExternal(self, body: dict[str, Any]) -> dict[str, Any]:
        files = body.get("files")
        files = json.loads(files) if isinstance(files, str) else files or []
        channel = body.get("channel_id") or body.get("channel")
        if channel:
            message = {"type": "message", "bot_id": "B0NKAID", "files": files, "ts": self._ts(),
                       "text": body.get("initial_comment", "")}  # fmt: skip
            if body.get("thread_ts"):
                self.replies[(channel, body["thread_ts"])].append({**message, "thread_ts": body["thread_ts"]})
            else:
                self.history[channel].append(message)
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files]}

    async def _upload(self, request: web.Request) -> web.Response:
        self.uploads[request.match_info["file"]] = await request.read()
        return web.Response(text="OK - uploaded")

    async def _response_url(self, request: web.Request) -> web.Response:
        self.responses.append(await request.json())
        return web.Response(text="ok")
