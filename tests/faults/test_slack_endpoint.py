"""Fault: hostile HTTP requests at the Slack endpoint (issue 15, item 5), over loopback against the real runtime
(bolt behind aiohttp, as `nk-aid serve slack --http` runs it): badly signed megabytes, bodies that are not UTF-8,
malformed timestamps, and clients that send their request a byte at a time."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from bot.slack.runtime import EVENTS_PATH, SlackRuntime
from core.desk import Desk
from core.lexicon import Lexicon
from core.runtime import build_runtime
from core.settings import Settings
from tests.bot.slack.conftest import fake  # noqa: F401 (fixture)
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.net import free_port
from tests.fakes.slack_requests import SIGNING_SECRET, command_body, settings_for, sign

pytestmark = pytest.mark.anyio

NK_AID = str(Path(sys.executable).parent / "nk-aid")
CUT_OFF_S = 1.0  # the runtime's request timeout in these tests


@pytest.fixture
def desk(tmp_path: Path, lexicon: Lexicon) -> Iterator[Desk]:
    runtime = build_runtime(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
    yield runtime.desk
    runtime.close()


@pytest.fixture
async def runtime(
    fake: FakeSlack,  # noqa: F811
    desk: Desk,
    caplog: pytest.LogCaptureFixture,
) -> AsyncIterator[SlackRuntime]:
    caplog.set_level(logging.DEBUG)  # an operator running with -vv; bolt's loggers copy the level when built
    slack = SlackRuntime(settings_for(fake), desk, http_port=0, host="127.0.0.1", request_timeout=CUT_OFF_S)
    await slack.start()
    yield slack
    await slack.stop()


def signed(raw: bytes, timestamp: str | None = None) -> dict[str, str]:
    """Slack's v0 signature over raw bytes (PROTOCOLS.md 1.1), whatever they decode to."""
    ts = timestamp or str(int(time.time()))
    mac = hmac.new(SIGNING_SECRET.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={mac}",
            "Content-Type": "application/x-www-form-urlencoded"}  # fmt: skip


async def post(runtime: SlackRuntime, raw: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{runtime.port}{EVENTS_PATH}"
        async with session.post(url, data=raw, headers=headers) as response:
            return response.status, await response.text()


def logged_bytes(caplog: pytest.LogCaptureFixture) -> int:
    return sum(len(record.getMessage()) for record in caplog.records)


@pytest.mark.parametrize(("size", "status"), [(60_000, 401), (1_000_000, 413)])
async def test_a_badly_signed_big_request_is_refused_with_one_short_log_line(
    runtime: SlackRuntime, caplog: pytest.LogCaptureFixture, size: int, status: int
) -> None:
    raw = b"text=" + b"x" * size
    headers = signed(raw) | {"X-Slack-Signature": "v0=" + "0" * 64}
    for _ in range(3):
        assert (await post(runtime, raw, headers))[0] == status
    assert logged_bytes(caplog) < 3 * 300, f"{logged_bytes(caplog)} bytes logged for three refused requests"


@pytest.mark.parametrize(
    "case", ["latin-1 body, signed", "latin-1 body, unsigned", "timestamp not a number", "timestamp of 40 digits"]
)
async def test_malformed_requests_get_400_without_a_traceback(
    fake: FakeSlack,  # noqa: F811
    runtime: SlackRuntime,
    caplog: pytest.LogCaptureFixture,
    case: str,
) -> None:
    text = command_body(fake, "help")
    raw, headers = {
        "latin-1 body, signed": (text.encode() + b"&x=caf\xe9", signed(text.encode() + b"&x=caf\xe9")),
        "latin-1 body, unsigned": (b"text=caf\xe9", {"Content-Type": "application/x-www-form-urlencoded"}),
        "timestamp not a number": (text.encode(), sign(text) | {"X-Slack-Request-Timestamp": "now"}),
        "timestamp of 40 digits": (text.encode(), sign(text) | {"X-Slack-Request-Timestamp": "9" * 40}),
    }[case]
    status, body = await post(runtime, raw, headers)
    assert (status, body) == (400, '{"error": "malformed request"}')
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert fake.responses == []  # nothing was answered: no listener ran


async def test_a_client_sending_its_headers_a_byte_at_a_time_is_cut_off(runtime: SlackRuntime) -> None:
    assert runtime.port is not None
    reader, writer = await asyncio.open_connection("127.0.0.1", runtime.port)
    started = time.monotonic()
    writer.write(f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
    closed = False
    while time.monotonic() - started < 10 * CUT_OFF_S:
        try:
            writer.write(b"X")  # one byte of a header line, every 100 ms: never a whole request
            await writer.drain()
            closed = await asyncio.wait_for(reader.read(1024), 0.1) == b""
        except TimeoutError:
            continue
        except ConnectionError:
            closed = True
        if closed:
            break
    elapsed = time.monotonic() - started
    writer.close()
    assert closed, f"still connected after {elapsed:.1f} s"
    assert CUT_OFF_S * 0.9 <= elapsed <= CUT_OFF_S + 1.5


async def test_a_client_sending_its_body_a_byte_at_a_time_is_answered_408(runtime: SlackRuntime) -> None:
    assert runtime.port is not None
    reader, writer = await asyncio.open_connection("127.0.0.1", runtime.port)
    started = time.monotonic()
    headers = f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n\r\n"
    writer.write(headers.encode())
    answer = b""
    while time.monotonic() - started < 10 * CUT_OFF_S and not answer:
        writer.write(b"x")
        await writer.drain()
        try:
            answer = await asyncio.wait_for(reader.read(1024), 0.1)
        except TimeoutError:
            continue
    elapsed = time.monotonic() - started
    writer.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
    assert CUT_OFF_S * 0.9 <= elapsed <= CUT_OFF_S + 1.5


async def test_nk_aid_serve_slack_http_refuses_hostile_requests_and_logs_little(
    fake: FakeSlack,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The real process an operator starts, at DEBUG: a badly signed big body and a malformed one, then a good one."""
    port, log = free_port(), tmp_path / "stderr.log"
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": fake.api_url, "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'nk.sqlite3'}",
           "NK_AID_LOG_LEVEL": "DEBUG"}  # fmt: skip
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            NK_AID, "serve", "slack", "--http", "--port", str(port), "--host", "127.0.0.1",
            env=env, stdout=asyncio.subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(300):  # up to 30 s to start
                try:
                    async with session.post(url, data=b"") as response:
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            logged_before = log.stat().st_size
            statuses = []
            big = b"text=" + b"x" * 60_000
            bad_time = command_body(fake, "help").encode()
            good = command_body(fake, "help")
            for raw, headers in [
                (big, signed(big) | {"X-Slack-Signature": "v0=" + "0" * 64}),
                (bad_time, signed(bad_time) | {"X-Slack-Request-Timestamp": "yesterday"}),
                (b"text=caf\xe9", signed(b"text=caf\xe9")),
                (good.encode(), sign(good)),
            ]:
                async with session.post(url, data=raw, headers=headers) as response:
                    statuses.append(response.status)
        await fake.wait_for(lambda: fake.responses, timeout=15)  # the good request was answered
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert statuses == [401, 400, 400, 200]
    text = log.read_text()
    assert "Traceback" not in text
    assert log.stat().st_size - logged_before < 4_000, text[-4_000:]  # three refusals and one answer, at DEBUG
