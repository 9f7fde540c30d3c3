"""Main text (and title/date) of an HTML page, without navigation, scripts, asides or footers."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any

from core.errors import MalformedInputError

log = logging.getLogger(__name__)

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
    comments, no boilerplate) is tried first, and the default one when it finds nothing. The date is
    the one the page's markup states (meta tags, JSON-LD, <time>): htmldate's extensive search through the
    whole page costs more than reading the text, and its guesses come from copyright lines and teasers.
    Title, date and author come from trafilatura's metadata steps for exactly these (see `page_metadata`)."""
    import trafilatura  # 0.15 s to import: only commands that read HTML pay it

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            raise MalformedInputError(source, "HTML holds no readable article text")
        if reaches_parser_limit(tree):
            reason = f"HTML nested {PARSER_MAX_DEPTH} or more levels deep (the parser drops what lies deeper)"
            raise MalformedInputError(source, reason)
        text = _text(tree, precise=True) or _text(tree, precise=False)
        if text is None:
            raise MalformedInputError(source, "HTML holds no readable article text")
        title, published, author = page_metadata(tree)
    except (ValueError, RecursionError, MemoryError) as err:
        raise MalformedInputError(source, f"unreadable HTML ({type(err).__name__})") from None
    return HtmlArticle(text=text, title=title, published=published, author=author)


def page_metadata(tree: Any) -> tuple[str | None, str | None, str | None]:
    """Title, date (YYYY-MM-DD) and author of a parsed page: trafilatura's `extract_metadata` steps for
    these three, without its sitename, categories, tags, licence and body-text author search, which we do not
    use and which cost as much as reading the article itself on pages with large menus (bench/speed.py).
    The author is the one the page's meta tags or JSON-LD declare."""
    from htmldate import find_date
    from trafilatura import metadata
    from trafilatura.settings import set_date_params

    found = metadata.examine_meta(tree)
    if found.author and " " not in found.author:  # trafilatura's own rule: a one-word author is a handle
        found.author = None
    try:
        found = metadata.extract_meta_json(tree, found)
    except Exception:  # as trafilatura does: its JSON-LD reader has bugs; the meta tags stand
        log.debug("unreadable JSON-LD metadata", exc_info=True)
    found.title = found.title or metadata.extract_title(tree)
    found.url = found.url or metadata.extract_url(tree)
    found.date = find_date(tree, **{**set_date_params(False), "url": found.url})
    found.clean_and_trim()
    return found.title, found.date, found.author


def _text(tree: Any, precise: bool) -> str | None:
    """The article text of a parsed page (trafilatura copies the tree), or None when it finds none."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=precise,
    )
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        return None
    return str(document.text)


def reaches_parser_limit(tree: Any) -> bool:
    """Whether an element sits PARSER_MAX_DEPTH levels down (the root is level 1). One XPath of that many
    child steps: lxml walks the tree level by level in C, 6x faster than a Python walk over every element."""
    return bool(_deepest_probe()(tree))


@functools.cache
def _deepest_probe() -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    return etree.XPath("boolean(/" + "/".join(["*"] * PARSER_MAX_DEPTH) + ")")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)
