"""A real HTTP server on 127.0.0.1 (aiohttp, in its own thread) that serves programmed feeds and pages and
records every request it receives."""

from __future__ import annotations

import asyncio
import gzip
import threading
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)
    redirect: str | None = None  # a Location to send with 302
    etag: str | None = None  # answers 304 to a matching If-None-Match
    chunked: bool = False  # no Content-Length: the body streams in 64 KiB chunks
    gzip: bool = False  # Content-Encoding: gzip
    drip: float = 0.0  # seconds between single bytes of the body (a slow-drip server), for at most drip_for s
    drip_for: float = 30.0


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.received: list[Received] = []
        self.active = 0
        self.max_active = 0  # most requests in flight at once (the per-host limit shows here)
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes | str = b"", **options: Any) -> str:
        """Program `path` and return its URL."""
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)
        return self.url(path)

    def hits(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]

    def start(self) -> None:
        started = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(started,), daemon=True)
        self._thread.start()
        started.wait(5)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _run(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        started.set()
        self._loop.run_forever()

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.received.append(Received(request.path_qs, dict(request.headers)))
        route = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="no such page")
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            if route.delay:
                await asyncio.sleep(route.delay)
            return await self._answer(request, route)
        finally:
            self.active -= 1

    async def _answer(self, request: web.Request, route: Route) -> web.StreamResponse:
        if route.redirect is not None:
            raise web.HTTPFound(route.redirect)
        headers = dict(route.headers)
        if route.etag is not None:
            headers["ETag"] = route.etag
            if request.headers.get("If-None-Match") == route.etag:
                return web.Response(status=304, headers=headers)
        body = gzip.compress(route.body) if route.gzip else route.body
        if route.gzip:
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = route.content_type
        if route.drip:
            return await self._drip(request, route, headers, body)
        if not route.chunked:
            return web.Response(status=route.status, body=body, headers=headers)
        response = web.StreamResponse(status=route.status, headers=headers)
        response.enable_chunked_encoding()
        await response.prepare(request)
        try:
            for start in range(0, len(body), 65536):
                await response.write(body[start : start + 65536])
        except (ConnectionResetError, RuntimeError):
            pass  # the client stopped reading (size cap): that is the point
        return response

    async def _drip(
        self, request: web.Request, route: Route, headers: dict[str, str], body: bytes
    ) -> web.StreamResponse:
        """One byte every `drip` seconds: never idle long enough for a read timeout, never done."""
        response = web.StreamResponse(status=route.status, headers=headers)
        response.enable_chunked_encoding()
        await response.prepare(request)
        loop = asyncio.get_running_loop()
        ends = loop.time() + route.drip_for
        try:
            for index in range(len(body)):
                if loop.time() > ends:
                    break
                await response.write(body[index : index + 1])
                await asyncio.sleep(route.drip)
        except (ConnectionResetError, RuntimeError):
            pass  # the client gave up: that is the point
        return response
