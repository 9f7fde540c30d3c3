"""Main text (and title/date) of an HTML page, without navigation, scripts, asides or footers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import MalformedInputError

# libxml2 stops building the tree at this depth and silently drops the rest of the page, so a page that
# reaches it is refused rather than read in part. Depth is that of the parsed tree: HTML lets <p>, <li> and
# <td> stay open, and the parser closes them, so counting tags in the source overstates it.
PARSER_MAX_DEPTH = 256


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    author: str | None = None


def extract_html(html: str, source: str) -> HtmlArticle:
    """Reduce a page to its article text; raises MalformedInputError when nothing readable is left.

    The page is parsed once; text and metadata come from the same tree. The precise setting (no
    comments, no boilerplate) is tried first, and the default one when it finds nothing."""
    import trafilatura  # 0.15 s to import: only commands that read HTML pay it

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            raise MalformedInputError(source, "HTML holds no readable article text")
        depth = tree_depth(tree)
        if depth >= PARSER_MAX_DEPTH:
            reason = f"HTML nested {PARSER_MAX_DEPTH} or more levels deep (the parser drops what lies deeper)"
            raise MalformedInputError(source, reason)
        page = _read(tree, precise=True) or _read(tree, precise=False)
    except (ValueError, RecursionError, MemoryError) as err:
        raise MalformedInputError(source, f"unreadable HTML ({type(err).__name__})") from None
    if page is None:
        raise MalformedInputError(source, "HTML holds no readable article text")
    return page


def _read(tree: Any, precise: bool) -> HtmlArticle | None:
    """Text and metadata of a parsed page, or None when trafilatura finds no text."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=precise,
        with_metadata=True,
    )
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        return None
    return HtmlArticle(text=document.text, title=document.title, published=document.date, author=document.author)


def tree_depth(tree: Any) -> int:
    """Depth of the deepest element under `tree` (the root counts 1)."""
    from lxml import etree  # type: ignore[import-untyped]

    depth = deepest = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)
