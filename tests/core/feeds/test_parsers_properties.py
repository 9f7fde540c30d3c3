"""Property tests: arbitrary bytes never make the feed and page readers raise anything but a one-line InputError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InputError
from core.extract import default_lexicon
from core.feeds.feeds import looks_like_feed, parse_feed
from core.feeds.pages import decode_page, mentions_actors, visible_text

FEEDISH = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda t: f"<?xml version='1.0'?><rss><channel><item>{t}</item></channel>".encode()),
    st.text(max_size=2000).map(lambda t: f"<feed><entry><link href='{t}'/><title>{t}</title>".encode()),
)


@settings(max_examples=150, deadline=None)
@given(
    body=FEEDISH, content_type=st.sampled_from(["", "application/rss+xml; charset=utf-8", "text/xml; charset=koi8-r"])
)
def test_feeds_never_raise_anything_else(body: bytes, content_type: str) -> None:
    looks_like_feed(body, content_type)
    try:
        entries = parse_feed(body, "http://127.0.0.1/feed.xml", content_type)
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert all(entry.url for entry in entries)


@settings(max_examples=150, deadline=None)
@given(body=st.binary(max_size=3000), charset=st.sampled_from(["", "utf-8", "latin-1", "no-such-charset", "utf-16"]))
def test_pages_decode_or_raise_an_input_error(body: bytes, charset: str) -> None:
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    try:
        html = decode_page(body, "http://127.0.0.1/p", content_type, 1_000_000)
    except InputError as err:
        assert "\n" not in str(err)
        return
    mentions_actors(visible_text(html), default_lexicon())
