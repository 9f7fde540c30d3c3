"""Server-side request forgery guard: fetching never connects to a private, loopback, link-local or reserved address
unless its host is allowed by name (`fetch_allow_hosts`).

The check sits where the socket is opened (httpcore's network backend), so it judges the address actually connected
to, after name resolution, on every connection: each redirect hop, and a name that resolves to 127.0.0.1 or is
re-pointed between two requests (DNS rebinding) as much as a literal `http://169.254.169.254/`."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

import anyio
import httpcore
import httpx

from core.errors import AddressRefusedError

_KINDS = (  # first match names the address; `not is_global` catches what is left (shared, benchmarking, ...)
    ("is_loopback", "a loopback address"),
    ("is_link_local", "a link-local address (where cloud metadata services answer)"),
    ("is_private", "a private address"),
    ("is_multicast", "a multicast address"),
    ("is_unspecified", "an unspecified address"),
    ("is_reserved", "a reserved address"),
)


def refusal(address: str) -> str | None:
    """Why connecting to this IP address is refused, or None when it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ('fe80::1%eth0') is not part of the address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for attribute, kind in _KINDS:
        if getattr(ip, attribute):
            return kind
    return None if ip.is_global else "a non-public address"


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's AnyIO backend, resolving each host itself and connecting only to addresses `refusal` accepts."""

    def __init__(self, allowed_hosts: Iterable[str]) -> None:
        self.allowed = frozenset(host.lower() for host in allowed_hosts)
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if host.lower() in self.allowed:
            return await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        addresses = await _resolve(host, port, timeout)
        for address in addresses:  # every address the name has: one private address is enough to refuse it
            if (kind := refusal(address)) is not None:
                named = f"{host} resolves to {address}," if address != host else f"{host} is"
                raise AddressRefusedError(
                    f"refused: {named} {kind} (not fetched; allow a host with NK_AID_FETCH_ALLOW_HOSTS)"
                )
        failure: httpcore.ConnectError | None = None
        for address in addresses:  # connect to the checked address itself, never to the name again
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as err:
                failure = err
        raise failure or httpcore.ConnectError(f"{host} has no address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefusedError("refused: Unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    try:
        with anyio.fail_after(timeout):
            found = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except TimeoutError:
        raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
    except OSError as err:  # the name does not resolve: a connection failure like any other
        raise httpcore.ConnectError(f"cannot resolve {host} ({err})") from None
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def guarded_transport(allowed_hosts: Iterable[str]) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go through GuardedBackend (no proxy: a proxy would connect for us)."""
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    # httpx takes no network backend, httpcore's pool does: the pool is replaced by one using the guard.
    # tests/faults/test_ssrf_fetch.py fails if this seam (httpx's `_pool`) goes away.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(allowed_hosts),
    )
    return transport
