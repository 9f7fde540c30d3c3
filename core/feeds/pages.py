"""Fetched article pages into Articles: charset, a cheap relevance check, then trafilatura's main text."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.ingest.decode import decode_text
from core.ingest.files import build_article
from core.ingest.html import extract_html
from core.ingest.urls import canonical_url
from core.lexicon import Lexicon
from core.models import Article
from core.phrases import normalise

log = logging.getLogger(__name__)

_CHARSET_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_CHARSET_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_SCRIPTS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Page:
    """An article page as stored: the Article and what trafilatura found beside the text."""

    article: Article
    author: str | None


def decode_page(body: bytes, url: str, content_type: str, max_bytes: int) -> str:
    """The page as text: the declared charset (HTTP header, then <meta>) when the bytes fit it, else sniffed.
    Servers often declare a charset their bytes do not use; that is logged, not fatal."""
    declared = _CHARSET_HEADER.search(content_type)
    meta = None if declared else _CHARSET_META.search(body[:4096])
    charset = declared[1] if declared else meta[1].decode("ascii", "replace") if meta else None
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError) as err:
            log.info("%s: declared charset %s does not fit the bytes (%s); detecting it", url, charset, err)
    return decode_text(body, url, max_bytes)


def mentions_actors(html: str, lexicon: Lexicon) -> bool:
    """The cheap relevance check before full extraction: the page names North Korea and Russia (or North
    Korea's people at Russia's war) somewhere."""
    low = normalise(html)
    return lexicon.about_both(low)


def visible_text(html: str) -> str:
    """Markup, scripts and styles removed (for the relevance check, not for extraction)."""
    return _TAGS.sub(" ", _SCRIPTS.sub(" ", html))


def read_page(html: str, url: str, fallback_title: str = "", fallback_date: date | None = None) -> Page:
    """Main text, title, date and author of a page; raises MalformedInputError when no article text is there."""
    page = extract_html(html, url)
    meta: dict[str, Any] = {"url": url, "title": page.title or fallback_title or None, "published": page.published}
    article = build_article(article_id(url), page.text, meta, url)
    if article.published is None and fallback_date is not None:
        article = article.model_copy(update={"published": fallback_date})
    return Page(article=article, author=page.author)


def article_id(url: str) -> str:
    """A web article's id: its canonical URL, or a hash of it when too long for the column."""
    canonical = canonical_url(url) or url
    return canonical if len(canonical) <= 512 else "url-" + hashlib.sha256(canonical.encode()).hexdigest()[:32]
