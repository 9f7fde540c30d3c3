"""Real-world page shapes (written for these tests, tests/core/pages/) that the HTML path once refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import MalformedInputError
from core.ingest import read_articles
from core.ingest.html import PARSER_MAX_DEPTH, extract_html, page_metadata
from tests.conftest import SAMPLE

PAGES = Path(__file__).resolve().parent / "pages"
MAX = 5_000_000

# page, a sentence of its article, its title; each was refused before (the reason is in the id)
CASES_REFUSED_BEFORE = [
    pytest.param(
        "archive_unclosed.html",
        "The choir",
        "Parish newsletter archive",
        id="1,540 unclosed p/li/td: 'HTML nested 1683 levels deep' by a tag count",
    ),
    pytest.param(
        "table_layout.html",
        "forty-two new members joining over the summer",
        "Harbour Rowing Club",
        id="table layout: 'HTML holds no readable article text' with favor_precision alone",
    ),
    pytest.param(
        "blog_latest.html",
        "I spent the weekend rebuilding the garden shed",
        "Rebuilding the shed roof",
        id="'Latest' heading over short paragraphs: 'no article text left' (taken for teasers)",
    ),
    pytest.param(
        "blog_copyright.html",
        "the hour of kneading is the only hour in the week",
        "Why I still bake on Sundays",
        id="one paragraph ending in a (c) notice: 'no article text left' (taken for a copyright line)",
    ),
]


@pytest.mark.parametrize(("name", "sentence", "title"), CASES_REFUSED_BEFORE)
def test_real_page_shapes_are_read(name: str, sentence: str, title: str) -> None:
    (article,) = read_articles(PAGES / name, MAX)
    assert sentence in article.text
    assert article.title == title


def test_the_unclosed_page_is_read_to_its_end() -> None:
    """The parser closes <p>, <li> and <td> itself: nothing of the 70 issues is cut off."""
    page = extract_html((PAGES / "archive_unclosed.html").read_text(encoding="utf-8"), "archive")
    last_paragraph = "The tea team cleaned the hall on Tuesday and the minutes are on the board by the door."
    assert page.text.count("\n") > 500
    assert last_paragraph in page.text


def test_metadata_comes_from_the_same_parse() -> None:
    page = extract_html((PAGES / "blog_latest.html").read_text(encoding="utf-8"), "blog")
    assert (page.title, page.published, page.author) == (
        "Rebuilding the shed roof",
        "2024-05-12",
        "Jane Doe",
    )


@pytest.mark.parametrize("depth", [PARSER_MAX_DEPTH - 10, PARSER_MAX_DEPTH + 10])
def test_nesting_is_judged_on_the_parsed_tree(depth: int) -> None:
    """Below the parser's limit a deep page is read; at it, libxml2 drops the rest, so the page is refused."""
    body = "<div>" * depth + "<p>The deep sentence of this page is here.</p>" + "</div>" * depth
    html = f"<html><body>{body}<p>A closing sentence after the deep part.</p></body></html>"
    if depth < PARSER_MAX_DEPTH:
        assert "The deep sentence" in extract_html(html, "deep.html").text
    else:
        with pytest.raises(MalformedInputError, match="nested 256 or more levels deep"):
            extract_html(html, "deep.html")


@pytest.mark.parametrize("path", [*sorted(PAGES.glob("*.html")), SAMPLE / "009.html"], ids=lambda p: p.name)
def test_page_metadata_is_what_trafilatura_gives(path: Path) -> None:
    """`page_metadata` runs only trafilatura's title, date and declared-author steps: the same answers."""
    import trafilatura

    tree = trafilatura.load_html(path.read_text(encoding="utf-8"))
    full = trafilatura.extract_metadata(tree, extensive=False)
    title, published, author = page_metadata(tree)
    assert (title, published) == (full.title, full.date)
    assert author is None or author == full.author


_TAGS = ["<p>", "</p>", "<li>", "<td>", "<div>", "</div>", "<table>", "<br>", "<h1>", "</h1>", "<script>", "</script>"]
_WORDS = ["North Korea sent 3,000 troops to Russia.", "Latest", "© 2024", "&amp;", "<!--", "-->", "\n", " "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TAGS + _WORDS) | st.text(max_size=20), max_size=60))
def test_any_markup_is_read_or_refused_with_a_reason(parts: list[str]) -> None:
    html = "<html><body>" + "".join(parts) + "</body></html>"
    try:
        page = extract_html(html, "page.html")
    except MalformedInputError as err:
        assert str(err).startswith("page.html: ") and "\n" not in str(err)
    else:
        assert page.text.strip()
