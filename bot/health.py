"""`/healthz` and Prometheus `/metrics` for a running bot (a small aiohttp server of its own)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from bot.metrics import ARTICLES, CLAIMS, FINDINGS, REGISTRY
from core.store import SqlStore

log = logging.getLogger("nk_aid.health")


class HealthServer:
    def __init__(self, store: SqlStore, adapters: Callable[[], dict[str, bool]], host: str, port: int) -> None:
        """`adapters` says, when asked, whether each started adapter is connected."""
        self.store, self.adapters, self.host, self.port = store, adapters, host, port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]
        log.info("health and metrics on http://%s:%d/healthz and /metrics", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _healthz(self, _request: web.Request) -> web.Response:
        """200 when the store answers and every started adapter is connected; 503 with the reason otherwise."""
        problems = []
        try:
            await asyncio.wait_for(asyncio.to_thread(self._ping), timeout=5)
        except Exception as err:
            problems.append(f"database: {type(err).__name__}")
        adapters = self.adapters()
        problems += [f"{name}: not connected" for name, up in adapters.items() if not up]
        body = {"status": "ok" if not problems else "unhealthy", "adapters": adapters, "problems": problems}
        return web.json_response(body, status=200 if not problems else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        try:
            counts = await asyncio.to_thread(self.store.counts)
            ARTICLES.set(counts["articles"])
            CLAIMS.set(counts["claims"])
            FINDINGS.set(counts["findings"])
        except Exception as err:  # metrics still answer; the store gauges keep their last value
            log.warning("metrics: cannot count the store (%s)", err)
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    def _ping(self) -> None:
        with self.store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
