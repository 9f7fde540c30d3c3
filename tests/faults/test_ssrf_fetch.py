"""Server-side request forgery: loopback, private, link-local, metadata and reserved addresses are refused by
default, after name resolution and on every redirect hop, unless their host is allowed by name. Wire tests stay on
loopback (127.0.0.0/8, ::1); the other ranges are judged by the same function in a table."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from core.errors import FetchError
from core.feeds import HttpFetcher, poll_due_feeds
from core.feeds.guard import GuardedBackend, refusal
from core.settings import Settings
from core.store import SqlStore
from core.store.feeds import FeedStore
from tests.fakes import articles as a
from tests.fakes.feed_server import FeedServer

pytestmark = pytest.mark.anyio
HINT = "(not fetched; allow a host with NK_AID_FETCH_ALLOW_HOSTS)"


@pytest.fixture
def guarded(settings: Settings) -> Settings:
    """The shipped default: no host allowed."""
    return settings.model_copy(update={"fetch_allow_hosts": ()})


async def fetch(settings: Settings, url: str) -> str:
    async with HttpFetcher(settings) as fetcher:
        try:
            fetched = await fetcher.fetch(url)
        except FetchError as err:
            return err.reason
    return f"fetched {fetched.status}"


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "refused: 127.0.0.1 is a loopback address"),
        ("127.0.0.2", "refused: 127.0.0.2 is a loopback address"),
        ("[::1]", "refused: ::1 is a loopback address"),
        ("[::ffff:127.0.0.1]", "refused: ::ffff:127.0.0.1 is a loopback address"),
        ("0.0.0.0", "refused: 0.0.0.0 is a private address"),
        ("localhost", r"refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address"),
    ],
)
async def test_loopback_is_refused_before_any_request(
    server: FeedServer, guarded: Settings, host: str, reason: str
) -> None:
    server.serve("/secret", "internal admin page")
    got = await fetch(guarded, f"http://{host}:{server.port}/secret")
    assert re.fullmatch(f"{reason} {re.escape(HINT)}", got), got
    assert server.hits("/secret") == []


async def test_a_redirect_hop_to_a_refused_host_is_refused(server: FeedServer, settings: Settings) -> None:
    # 127.0.0.1 is allowed by name (as the tests allow it); the hop's host, localhost, is not, and resolves to
    # loopback: judged on the address the hop would connect to, not on the first URL.
    start = server.serve("/start", redirect=f"http://localhost:{server.port}/secret")
    server.serve("/secret", "internal admin page")
    got = await fetch(settings, start)
    loopback = r"refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address "
    assert re.fullmatch(loopback + re.escape(HINT), got), got
    assert len(server.hits("/start")) == 1 and server.hits("/secret") == []


async def test_a_host_allowed_by_name_is_fetched(server: FeedServer, guarded: Settings) -> None:
    server.serve("/feed", "<p>ok</p>")
    allowed = guarded.model_copy(update={"fetch_allow_hosts": ("localhost",)})
    assert await fetch(allowed, f"http://localhost:{server.port}/feed") == "fetched 200"
    assert await fetch(guarded, f"http://localhost:{server.port}/feed") != "fetched 200"


def test_allowed_hosts_come_from_a_comma_separated_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NK_AID_FETCH_ALLOW_HOSTS", "feeds.intranet, 10.0.0.5,[::1]")
    assert Settings().fetch_allow_hosts == ("feeds.intranet", "10.0.0.5", "::1")
    monkeypatch.delenv("NK_AID_FETCH_ALLOW_HOSTS")
    assert Settings().fetch_allow_hosts == ()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("169.254.169.254", "a link-local address (where cloud metadata services answer)"),
        ("fe80::1%eth0", "a link-local address (where cloud metadata services answer)"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("fd00:ec2::254", "a private address"),  # AWS's IPv6 metadata address
        ("100.64.0.1", "a non-public address"),  # carrier-grade NAT
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a private address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_every_non_public_range_is_refused(address: str, kind: str | None) -> None:
    assert refusal(address) == kind


def test_the_guard_is_wired_into_httpx_through_its_transport_pool() -> None:
    # The seam: httpx takes no network backend, so guarded_transport replaces the transport's `_pool` (httpx
    # internal). If httpx renames it, the guard would silently be bypassed: this test and the wire tests say so.
    from core.feeds.guard import guarded_transport

    transport = guarded_transport(())
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    assert isinstance(transport._pool._network_backend, GuardedBackend)


async def test_a_poll_fetches_no_item_at_a_refused_address_and_stores_the_rest(
    server: FeedServer, settings: Settings, store: SqlStore
) -> None:
    good = server.serve("/news/troops", a.page("Troops", a.TROOPS))
    server.serve("/admin", a.page("Troops again", a.SHELLS))
    port = server.port
    items = [a.Item("Troops", good)] + [
        a.Item(f"Trap {host}", f"http://{host}:{port}/admin") for host in ("localhost", "[::1]", "127.0.0.2")
    ]
    feed = server.serve("/feed.xml", a.rss("Feed", items), content_type="application/rss+xml")
    settings.sources_path.write_text(f'[[source]]\nname = "Feed"\nurl = "{feed}"\nevery = 60\n')

    summary = await poll_due_feeds(store, settings, owner="test")

    assert (summary.new, len(summary.failed)) == (1, 3)
    assert all(": refused: " in reason for reason in summary.failed)
    assert server.hits("/admin") == []
    explained = FeedStore(store.engine).item(f"http://127.0.0.2:{port}/admin")
    assert explained is not None and explained.status == "failed"
    assert explained.reason == f"refused: 127.0.0.2 is a loopback address {HINT}"


def test_ssrf_checks_run_on_every_connection_not_once_per_client(server: FeedServer, guarded: Settings) -> None:
    # A client that fetched an allowed host keeps no door open for another host on the same address.
    server.serve("/ok", "<p>ok</p>")
    allowed = guarded.model_copy(update={"fetch_allow_hosts": ("127.0.0.1",)})

    async def both() -> tuple[str, str]:
        async with HttpFetcher(allowed) as fetcher:
            first = (await fetcher.fetch(server.url("/ok"))).status
            try:
                await fetcher.fetch(f"http://127.0.0.3:{server.port}/ok")
                second = "fetched"
            except FetchError as err:
                second = err.reason
        return str(first), second

    first, second = asyncio.run(both())
    assert first == "200" and second.startswith("refused: 127.0.0.3 is a loopback address")
