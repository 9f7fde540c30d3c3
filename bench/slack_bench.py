"""Slack benchmarks against the fake Slack on 127.0.0.1: slash-command round trip, and digest fan-out.

    python bench/slack_bench.py [--claims 100000] [--repeat 200] [--channels 1000] [--rate 50]

Round trip: a synthetic store of --claims claims (bench/store_bench.py's generator) behind the real Slack runtime
(bolt on aiohttp, HTTP mode). Each command is a signed POST to /slack/events; we time the HTTP acknowledgement
(what Slack's 3,000 ms deadline applies to) and the full round trip until the fake's response_url has the answer.
Fan-out: --channels subscriptions due now, delivered by the shared courier through the real slack-sdk client, once
against an unlimited fake (our own ceiling) and once against a fake that allows --rate chat.postMessage calls a
second and answers 429 + Retry-After: 1 beyond (Slack's workspace-wide limit): the second should run at about the
API's rate, i.e. limited by it and not by us. Smoke test: --claims 2000 --repeat 20 --channels 100.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from pydantic import SecretStr

from bench.store_bench import percentile, rss_mb, synthetic_desk
from bot.delivery import Courier, Result
from bot.scheduler import DigestScheduler
from bot.slack.runtime import EVENTS_PATH, SlackRuntime
from bot.slack.settings import SlackSettings
from core.desk import Desk
from core.store.ledger import DeliveryLedger
from core.store.subscriptions import Subscription
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.slack_requests import SIGNING_SECRET, command_body, sign

DEADLINE_MS = 3000.0
TARGET_P99_MS = 50.0
COMMANDS = ["troops", "artillery", "casualties", "ammunition", "missiles", "all", "artillery 2025-06-01", "digest 7d"]


async def round_trips(desk: Desk, repeat: int) -> None:
    fake = await FakeSlack().start()
    settings = SlackSettings(bot_token=SecretStr("xoxb-bench"), signing_secret=SecretStr(SIGNING_SECRET),
                             api_url=fake.api_url)  # fmt: skip
    runtime = SlackRuntime(settings, desk, http_port=0, host="127.0.0.1")
    await runtime.start()
    url = f"http://127.0.0.1:{runtime.port}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as session:

            async def one(text: str) -> tuple[float, float]:
                body = command_body(fake, text)
                seen = len(fake.responses)
                started = time.perf_counter()
                async with session.post(url, data=body.encode(), headers=sign(body)) as response:
                    assert response.status == 200, response.status
                    acked = time.perf_counter()
                while len(fake.responses) == seen:
                    await asyncio.sleep(0.0005)
                return (acked - started) * 1000, (time.perf_counter() - started) * 1000

            for text in COMMANDS:  # warm-up: auth.test, caches, the thread pool
                for _ in range(5):
                    await one(text)
            acks: list[float] = []
            trips: list[float] = []
            for text in COMMANDS:
                samples = [await one(text) for _ in range(repeat)]
                acks += [a for a, _ in samples]
                trips += [t for _, t in samples]
                p50, p99 = percentile([t for _, t in samples], 50), percentile([t for _, t in samples], 99)
                print(f"  /nk-aid {text:<22} round trip p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")
        for name, values in (("acknowledgement", acks), ("round trip", trips)):
            p50, p99 = percentile(values, 50), percentile(values, 99)
            print(
                f"  {name:<15} ({len(values)} commands) p50 {p50:.1f} ms ({p50 / DEADLINE_MS:.4f} of the 3,000 ms "
                f"deadline)  p99 {p99:.1f} ms ({p99 / DEADLINE_MS:.4f}; target {TARGET_P99_MS:.0f} ms: "
                f"{'met' if p99 <= TARGET_P99_MS else 'NOT met'})"
            )
    finally:
        await runtime.stop()
        await fake.stop()


async def fan_out(desk: Desk, channels: int, rate: float | None) -> None:
    fake = await FakeSlack(rate_per_second=rate).start()
    try:
        settings = SlackSettings(bot_token=SecretStr("xoxb-bench"), app_token=SecretStr("xapp-bench"),
                                 api_url=fake.api_url)  # fmt: skip
        poster = SlackRuntime(settings, desk).poster
        now = datetime.now(UTC)
        due = now - timedelta(minutes=1)
        tag = f"{'unlimited' if rate is None else int(rate)}"
        for i in range(channels):
            desk.subscriptions.put(Subscription(platform="slack", workspace="T0", channel=f"C{tag}{i:05d}",
                                                at=f"{due:%H:%M}", timezone="UTC", topics=["all"],
                                                created_by="U0"))  # fmt: skip
        courier = Courier(DeliveryLedger(desk.store.engine, f"bench-{tag}"))
        scheduler = DigestScheduler(desk, courier, {"slack": poster})
        started = time.perf_counter()
        outcomes = [o for o in await scheduler.run_due(now=now) if o.channel.startswith(f"C{tag}")]
        seconds = time.perf_counter() - started
        sent = sum(o.result is Result.SENT for o in outcomes)
        limited = sum(1 for c in fake.calls_to("chat.postMessage")) - sent
        label = "no API limit" if rate is None else f"API limit {rate:g}/s"
        ratio = "" if rate is None else f"; {sent / seconds / rate:.2f}x the API's rate"
        print(
            f"  fan-out to {channels} channels, {label}: {sent} sent in {seconds:.1f} s = {sent / seconds:,.0f} "
            f"digests/s ({limited} answered 429 and retried after Retry-After{ratio})"
        )
        for sub in desk.subscriptions.all("slack"):
            desk.subscriptions.remove("slack", sub.channel)
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200, help="round trips per command")
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=50.0, help="the fake API's chat.postMessage calls per second")
    parser.add_argument("--store", type=Path, default=None, help="build the store here, or reuse it")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="nk-aid-slack-bench-") as tmp:
        desk = synthetic_desk(args.store or Path(tmp) / "store.sqlite3", args.claims)
        try:
            asyncio.run(round_trips(desk, args.repeat))
            asyncio.run(fan_out(desk, args.channels, None))
            asyncio.run(fan_out(desk, args.channels, args.rate))
        finally:
            desk.store.engine.dispose()
    print(f"  process max RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
