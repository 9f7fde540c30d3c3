"""Main text (and title/date) of an HTML page, without navigation, scripts, asides or footers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from core.errors import MalformedInputError

# lxml gives up on pathological nesting; we refuse such pages up front with a clear reason.
_MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    author: str | None = None


def extract_html(html: str, source: str) -> HtmlArticle:
    """Reduce a page to its article text; raises MalformedInputError when nothing readable is left."""
    depth = _max_depth(html)
    if depth > _MAX_DEPTH:
        raise MalformedInputError(source, f"HTML nested {depth} levels deep (limit {_MAX_DEPTH})")
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, include_images=False, favor_precision=True
        )
        meta = trafilatura.extract_metadata(html)
    except (ValueError, RecursionError, MemoryError) as err:
        raise MalformedInputError(source, f"unreadable HTML ({type(err).__name__})") from None
    if not text or not text.strip():
        raise MalformedInputError(source, "HTML holds no readable article text")
    title = meta.title if meta is not None else None
    published = meta.date if meta is not None else None
    author = meta.author if meta is not None else None
    return HtmlArticle(text=text, title=title, published=published, author=author)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)


def _max_depth(html: str) -> int:
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if name.lower() in _VOID or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
