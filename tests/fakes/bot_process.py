"""A running `nk-aid run` process: its /healthz and /metrics, and a SIGTERM stop that returns what it logged."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import aiohttp


class Bot:
    def __init__(self, process: asyncio.subprocess.Process, health: int, log: Path) -> None:
        self.process, self.health, self.log = process, health, log

    async def get(self, path: str) -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{self.health}{path}") as r:
            return r.status, await r.text()

    async def healthy(self, timeout: float = 20) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            try:
                if (await self.get("/healthz"))[0] == 200:
                    return
            except aiohttp.ClientError:
                pass
            if self.process.returncode is not None or asyncio.get_running_loop().time() > deadline:
                raise AssertionError("nk-aid run did not become healthy")
            await asyncio.sleep(0.1)

    async def stop(self) -> str:
        """SIGTERM, wait for the exit, and return everything it logged."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(self.process.wait(), 30)
        return self.log.read_text()
