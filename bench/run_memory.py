"""Peak memory of `nk-aid run` on a 100,000-claim store, under work: commands, a digest fan-out, metrics scrapes.

    python bench/run_memory.py [--claims 100000] [--commands 200] [--channels 300] [--store FILE]

The store is bench/store_bench.py's synthetic one. `nk-aid run` is started as a real process in Socket Mode
against the fake Slack on 127.0.0.1 (tests/fakes/fake_slack.py), with --channels subscriptions due now; it then
gets --commands slash commands over the socket (every topic, digests) while /metrics is scraped. The figure is
the process's peak resident set (VmHWM from /proc), against the target of 250 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp

from bench.store_bench import synthetic_desk
from core.desk import Desk
from core.store.subscriptions import Subscription
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.net import free_port

TARGET_MB = 250.0
TEXTS = ["troops", "artillery", "casualties", "ammunition", "missiles", "all", "digest 7d", "artillery 2025-06-01"]


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc (Linux only)")


async def measure(database: Path, commands: int, channels: int) -> None:
    fake = await FakeSlack().start()
    health = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_APP_TOKEN": "xapp-bench",
           "SLACK_API_URL": fake.api_url, "NK_AID_DATABASE_URL": f"sqlite:///{database}"}  # fmt: skip
    nk_aid = str(Path(sys.executable).parent / "nk-aid")
    process = await asyncio.create_subprocess_exec(
        nk_aid, "run", "--no-sources", "--log-level", "WARNING", "--health-port", str(health), "--host", "127.0.0.1",
        env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        async with aiohttp.ClientSession() as session:
            deadline = time.monotonic() + 60
            while True:
                try:
                    async with session.get(f"http://127.0.0.1:{health}/healthz") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("nk-aid run did not become healthy")
                await asyncio.sleep(0.2)
            print(f"  started: {peak_mb(process.pid):.0f} MB peak so far")
            await fake.wait_for(lambda: len(fake.posts_total()) >= channels, timeout=300)
            print(f"  after the digest fan-out to {channels} channels: {peak_mb(process.pid):.0f} MB")
            for i in range(commands):
                seen = len(fake.responses)
                payload = {"team_id": "T0", "channel_id": "C0BENCH", "user_id": "U0", "command": "/nk-aid",
                           "text": TEXTS[i % len(TEXTS)], "response_url": fake.response_url()}  # fmt: skip
                await fake.send_envelope(payload)
                await fake.wait_for(lambda seen=seen: len(fake.responses) > seen, timeout=30)
                if i % 50 == 0:
                    async with session.get(f"http://127.0.0.1:{health}/metrics") as r:
                        await r.read()
            peak = peak_mb(process.pid)
            verdict = "met" if peak <= TARGET_MB else "NOT met"
            print(f"  after {commands} commands: peak RSS {peak:.0f} MB (target {TARGET_MB:.0f} MB: "
                  f"{peak / TARGET_MB:.2f} of it, {verdict})")  # fmt: skip
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()
        await fake.stop()


def subscribe_all(desk: Desk, channels: int) -> None:
    """Channels with a digest due a minute ago (new names each run, so a reused store has them all to deliver)."""
    due = datetime.now(UTC) - timedelta(minutes=1)
    run = f"{int(time.time()) % 100000:05d}"
    for i in range(channels):
        sub = Subscription(platform="slack", workspace="T0", channel=f"CMEM{run}{i:05d}", at=f"{due:%H:%M}",
                           timezone="UTC", topics=["all"], created_by="U0")  # fmt: skip
        desk.subscriptions.put(sub)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--channels", type=int, default=300)
    parser.add_argument("--store", type=Path, default=None, help="build the store here, or reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nk-aid-run-memory-") as tmp:
        path = args.store or Path(tmp) / "store.sqlite3"
        desk = synthetic_desk(path, args.claims)
        subscribe_all(desk, args.channels)
        desk.store.engine.dispose()
        asyncio.run(measure(path, args.commands, args.channels))


if __name__ == "__main__":
    main()
