"""HttpFetcher against the loopback feed server: politeness rules and every way a fetch fails, with exact reasons."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from typing import Any

import pytest

from core.errors import FetchError, InputError, InputTooLargeError
from core.feeds import Fetched, HttpFetcher
from core.settings import Settings
from tests.fakes.feed_server import FeedServer


def fetch(settings: Settings, url: str, **validators: Any) -> Fetched:
    async def run() -> Fetched:
        async with HttpFetcher(settings) as fetcher:
            return await fetcher.fetch(url, **validators)

    return asyncio.run(run())


def failure(settings: Settings, url: str) -> InputError:
    with pytest.raises(InputError) as caught:
        fetch(settings, url)
    return caught.value


def test_an_honest_user_agent_and_only_decodable_encodings_are_sent(server: FeedServer, settings: Settings) -> None:
    fetched = fetch(settings, server.serve("/a", "<p>hello</p>", gzip=True))
    assert fetched.status == 200 and fetched.body == b"<p>hello</p>"
    headers = server.hits("/a")[0].headers
    assert headers["User-Agent"] == "nk-aid-tests/1 (loopback only)"
    assert headers["Accept-Encoding"] == "gzip, deflate"


def test_conditional_get_gives_304_without_a_body(server: FeedServer, settings: Settings) -> None:
    url = server.serve("/feed", "<rss/>", etag='"v1"', headers={"Last-Modified": "Tue, 03 Nov 2026 08:00:00 GMT"})
    first = fetch(settings, url)
    assert (first.etag, first.last_modified) == ('"v1"', "Tue, 03 Nov 2026 08:00:00 GMT")
    again = fetch(settings, url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    sent = server.hits("/feed")[1].headers
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Tue, 03 Nov 2026 08:00:00 GMT"


def test_404_is_not_retried(server: FeedServer, settings: Settings) -> None:
    err = failure(settings, server.url("/missing"))
    assert isinstance(err, FetchError) and err.reason == "HTTP 404 Not Found"
    assert len(server.hits("/missing")) == 1


def test_500_is_retried_then_reported(server: FeedServer, settings: Settings) -> None:
    url = server.serve("/broken", "oops", status=500)
    assert failure(settings, url).reason == "HTTP 500 Internal Server Error (2 attempts)"
    assert len(server.hits("/broken")) == 2


def test_a_slow_server_times_out(server: FeedServer, settings: Settings) -> None:
    url = server.serve("/slow", "late", delay=2.0)
    assert failure(settings, url).reason == "timed out after 0.5 s (2 attempts)"


def test_a_redirect_loop_stops_at_the_limit(server: FeedServer, settings: Settings) -> None:
    server.serve("/loop-a", redirect="/loop-b")
    server.serve("/loop-b", redirect="/loop-a")
    assert failure(settings, server.url("/loop-a")).reason == "more than 5 redirects"
    assert len(server.received) == 6


def test_redirects_are_followed_and_the_final_url_kept(server: FeedServer, settings: Settings) -> None:
    server.serve("/old", redirect="/new")
    fetched = fetch(settings, server.url("/old") if server.serve("/new", "moved here") else "")
    assert fetched.url == server.url("/new") and fetched.body == b"moved here"


def test_a_declared_oversized_body_is_refused_before_reading(server: FeedServer, settings: Settings) -> None:
    err = failure(settings, server.serve("/big", b"x" * 400_000))
    assert isinstance(err, InputTooLargeError) and err.reason == "0.4 MB declared, over the 0.3 MB limit"


def test_an_undeclared_oversized_body_stops_streaming_at_the_cap(server: FeedServer, settings: Settings) -> None:
    err = failure(settings, server.serve("/endless", b"x" * 5_000_000, chunked=True))
    assert err.reason == "body over the 0.3 MB limit (stopped reading)"


def test_a_gzip_bomb_is_stopped_while_inflating(server: FeedServer, settings: Settings) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)  # ~20 KB on the wire, 20 MB inflated
    url = server.serve("/bomb", bomb, headers={"Content-Encoding": "gzip"}, chunked=True)
    err = failure(settings, url)
    assert isinstance(err, InputTooLargeError) and err.reason == "body decompresses to over the 0.3 MB limit (stopped)"


def test_deflate_bodies_are_decoded(server: FeedServer, settings: Settings) -> None:
    url = server.serve("/deflate", zlib.compress(b"<p>deflated</p>"), headers={"Content-Encoding": "deflate"})
    assert fetch(settings, url).body == b"<p>deflated</p>"


def test_a_corrupt_gzip_body_is_reported(server: FeedServer, settings: Settings) -> None:
    url = server.serve("/corrupt", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    assert failure(settings, url).reason.startswith("corrupt gzip body (")


def test_nothing_listens_is_a_connection_failure(settings: Settings) -> None:
    err = failure(settings, "http://127.0.0.1:9/nothing")
    assert err.reason.startswith("connection failed (ConnectError") and err.reason.endswith("(2 attempts)")


def test_requests_to_one_host_stay_under_the_per_host_limit(server: FeedServer, settings: Settings) -> None:
    for i in range(8):
        server.serve(f"/p{i}", "x", delay=0.05)

    async def run() -> None:
        async with HttpFetcher(settings) as fetcher:
            await asyncio.gather(*(fetcher.fetch(server.url(f"/p{i}")) for i in range(8)))

    asyncio.run(run())
    assert server.max_active == settings.fetch_per_host == 2
