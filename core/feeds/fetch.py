"""Polite, guarded HTTP fetching: timeouts and an overall deadline, conditional GET, retries with jittered backoff,
a per-host limit, a size cap, and no private addresses (core.feeds.guard)."""

from __future__ import annotations

import asyncio
import logging
import random
import zlib
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from core.errors import AddressRefusedError, FetchError, InputTooLargeError
from core.feeds.guard import guarded_transport
from core.settings import Settings

log = logging.getLogger(__name__)

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Only encodings we can decode incrementally under a cap (a gzip bomb must not be inflated whole).
_ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


@dataclass(frozen=True)
class Fetched:
    """A response worth reading: 200 with its (decoded, capped) body, or 304 Not Modified with none."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher(Protocol):
    """What polling needs of the network; HttpFetcher is the real one."""

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched: ...


class HttpFetcher:
    """httpx with the politeness rules of this project; use as `async with HttpFetcher(settings) as fetcher`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.max_bytes = settings.max_input_bytes
        self._client = httpx.AsyncClient(
            transport=guarded_transport(settings.fetch_allow_hosts),
            timeout=httpx.Timeout(settings.fetch_timeout_s),
            follow_redirects=True,
            max_redirects=settings.fetch_max_redirects,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": _ACCEPT_ENCODING},
            trust_env=False,  # a proxy from the environment would be a surprise; none is configured for this
        )
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> HttpFetcher:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._client.aclose()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url`, retrying timeouts, dropped connections and 429/5xx; raises FetchError or
        InputTooLargeError with a one-line reason."""
        headers = {"If-None-Match": etag} if etag else {}
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = self.settings.fetch_retries + 1
        for attempt in range(1, attempts + 1):
            try:
                async with self._host_slot(url):
                    return await self._within_deadline(url, headers)
            except _Retryable as err:
                if attempt == attempts:
                    suffix = f" ({attempts} attempts)" if attempts > 1 else ""
                    raise FetchError(url, f"{err}{suffix}") from None
                delay = self.settings.fetch_backoff_s * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
                log.info("retrying %s in %.2f s: %s", url, delay, err)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def _within_deadline(self, url: str, headers: dict[str, str]) -> Fetched:
        """One attempt, cut off after `fetch_deadline_s` in all: the read timeout alone never ends a server that
        sends a byte every few seconds. Not retried: a second slow drip would only double the wait."""
        deadline = self.settings.fetch_deadline_s
        try:
            async with asyncio.timeout(deadline):
                return await self._get(url, headers)
        except TimeoutError:
            raise FetchError(url, f"took over {deadline:g} s in all (stopped)") from None

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).hostname or ""
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.settings.fetch_per_host)
        return self._hosts[host]

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in _RETRY_STATUSES:
                    raise _Retryable(f"HTTP {status} {response.reason_phrase}".rstrip())
                if status >= 400:
                    raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip())
                body = b"" if status == 304 else await self._read_capped(response, url)
                return Fetched(
                    url=str(response.url),
                    status=status,
                    body=body,
                    content_type=response.headers.get("content-type", ""),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                )
        except AddressRefusedError as err:
            raise FetchError(url, str(err)) from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.settings.fetch_max_redirects} redirects") from None
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.settings.fetch_timeout_s:g} s") from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as err:
            raise _Retryable(f"connection failed ({type(err).__name__}: {err or 'no detail'})") from None
        except httpx.InvalidURL as err:
            raise FetchError(url, f"not a fetchable URL ({err})") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(url, "not an http(s) URL") from None

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        """The body, decompressed in bounded steps; stops as soon as either the wire bytes or the decoded
        bytes pass the cap, so neither an endless body nor a compression bomb gets into memory."""
        cap = self.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise InputTooLargeError(url, f"{_mb(int(declared))} declared, over the {_mb(cap)} limit")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity") and encoding not in _WBITS:
            raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")
        inflater = zlib.decompressobj(_WBITS[encoding]) if encoding in _WBITS else None
        wire, out = 0, bytearray()
        try:
            async for chunk in response.aiter_raw():
                wire += len(chunk)
                if wire > cap:
                    raise InputTooLargeError(url, f"body over the {_mb(cap)} limit (stopped reading)")
                out += inflater.decompress(chunk, cap + 1 - len(out)) if inflater else chunk
                if len(out) > cap:
                    raise InputTooLargeError(url, f"body decompresses to over the {_mb(cap)} limit (stopped)")
            if inflater is not None:
                out += inflater.flush()
        except zlib.error as err:
            raise FetchError(url, f"corrupt {encoding} body ({err})") from None
        if len(out) > cap:
            raise InputTooLargeError(url, f"body decompresses to over the {_mb(cap)} limit (stopped)")
        return bytes(out)


class _Retryable(Exception):
    """A failure worth another attempt; its message is the user-facing reason."""


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
