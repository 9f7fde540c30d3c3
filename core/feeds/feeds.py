"""RSS/Atom feeds (feedparser) into entries: link, title, summary, dates; lenient with damaged XML."""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from core.errors import MalformedInputError

log = logging.getLogger(__name__)

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed. `stamp` changes when the outlet updates the item (its updated or published time)."""

    url: str
    title: str
    summary: str
    published: date | None
    stamp: str
    author: str | None


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """RSS, Atom or RDF by media type or by the first element (many servers say text/xml or text/html)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return bool(_FEED_START.match(body[:4096]))


def parse_feed(body: bytes, url: str, content_type: str = "") -> list[FeedEntry]:
    """Entries of a feed; a damaged feed is read as far as feedparser's lenient parser gets, with a logged
    reason. Raises MalformedInputError when nothing usable is left."""
    headers = {"content-type": content_type} if content_type else {}
    parsed: Any = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    problem = _describe(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    entries = [entry for raw in parsed.entries if (entry := _entry(raw, url)) is not None]
    if not entries and problem:
        raise MalformedInputError(url, f"not a readable feed ({problem})")
    if problem:
        log.warning("%s: damaged feed read leniently, %d entries (%s)", url, len(entries), problem)
    skipped = len(parsed.entries) - len(entries)
    if skipped:
        log.info("%s: %d feed entries without a link skipped", url, skipped)
    return entries


def _entry(raw: Any, feed_url: str) -> FeedEntry | None:
    link = (raw.get("link") or "").strip()
    if not link:
        return None
    # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed with a DeprecationWarning.
    updated = dict.get(raw, "updated_parsed")
    published = dict.get(raw, "published_parsed") or updated
    stamp_source = updated or published
    return FeedEntry(
        url=urljoin(feed_url, link),
        title=_text(raw.get("title")),
        summary=_text(raw.get("summary")),
        published=_to_date(published),
        stamp=_stamp(stamp_source),
        author=raw.get("author") or None,
    )


def _text(value: object) -> str:
    return " ".join(_TAGS.sub(" ", value).split()) if isinstance(value, str) else ""


def _to_date(moment: Any) -> date | None:
    if moment is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), UTC).date()


def _stamp(moment: Any) -> str:
    if moment is None:
        return ""
    return datetime.fromtimestamp(calendar.timegm(moment), UTC).isoformat()


def _describe(err: object) -> str:
    name = type(err).__name__
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{name}: {text}" if text else name
