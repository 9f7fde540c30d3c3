"""The HTTP endpoint Slack calls (`/slack/events`): bounded, checked requests handed to the bolt app.

Anyone on the internet can reach this URL, so before bolt sees a request it is limited in size and in time (a slow
client is cut off), and refused with a short log line when malformed or unsigned: bolt itself logs the whole body of
every badly signed request at INFO (a megabyte a request) and answers a malformed timestamp or a body that is not
UTF-8 with a 500 and a traceback."""

from __future__ import annotations

import asyncio
import logging
import re

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("nk_aid.slack")

MAX_BODY_BYTES = 64 * 1024  # a slash command is a few hundred bytes; Slack caps its text at 4,000 characters
# Seconds from connecting (or the last answer) to the end of the request headers, and again from there to the end of
# the body; Slack sends a whole request at once, and wants its answer within 3 s anyway.
REQUEST_TIMEOUT_S = 10.0
_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # Unix seconds, as Slack sends them


def events_app(
    app: AsyncApp, signing_secret: str, path: str, body_timeout: float = REQUEST_TIMEOUT_S
) -> web.Application:
    """An aiohttp application serving `path` with the bolt `app` behind the checks. (The header deadline belongs to
    the server: see SlackRuntime.start.)"""
    verifier = SignatureVerifier(signing_secret)

    async def events(request: web.Request) -> web.StreamResponse:
        try:
            async with asyncio.timeout(body_timeout):
                raw = await request.read()  # over MAX_BODY_BYTES: aiohttp answers 413 without reading on
        except TimeoutError:
            log.info("Slack endpoint: body not received within %.0f s; refused (408)", body_timeout)
            return _error(408, "request timeout")
        timestamp = request.headers.get("X-Slack-Request-Timestamp")
        if timestamp is not None and not _TIMESTAMP.fullmatch(timestamp):
            log.info("Slack endpoint: malformed request timestamp; refused (400, %d-byte body)", len(raw))
            return _error(400, "malformed request")
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            log.info("Slack endpoint: body is not UTF-8; refused (400, %d bytes)", len(raw))
            return _error(400, "malformed request")
        if timestamp is None or not verifier.is_valid(body, timestamp, request.headers.get("X-Slack-Signature", "")):
            # One short line: never the body (it could be a megabyte, or someone's message) nor the signature.
            log.info("Slack endpoint: bad or stale signature (timestamp %s, %d-byte body); refused (401)",
                     timestamp, len(raw))  # fmt: skip
            return _error(401, "invalid request")
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=request.headers)  # type: ignore[arg-type]
        return await to_aiohttp_response(await app.async_dispatch(bolt_request))

    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_post(path, events)
    return web_app


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
