"""core.compose.escape: whatever an article's title or URL holds, the escaped text cannot mention, link or format."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from core.compose.escape import escape_markdown, escape_mrkdwn, markdown_link, mrkdwn_link, safe_url

MENTION = re.compile(r"@(everyone|here|channel|group|[!&]?[0-9])", re.IGNORECASE)
# Text rich in the characters that matter, plus anything at all.
PIECES = [*"<>&|@!#*_~`[]()\\-\n :/.", "everyone", "here", "channel", "U1", "123456789012345678"]
HOSTILE = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
TEXT = st.one_of(st.text(), HOSTILE)


@given(TEXT)
def test_mrkdwn_text_holds_no_control_character_and_no_mention(text: str) -> None:
    escaped = escape_mrkdwn(text)
    assert "<" not in escaped and ">" not in escaped
    assert MENTION.search(escaped) is None
    assert re.sub(r"&(amp|lt|gt);", "", escaped).count("&") == 0  # every & is an entity Slack shows as text


@given(TEXT)
def test_markdown_text_has_every_markup_character_escaped_and_no_mention(text: str) -> None:
    escaped = escape_markdown(text)
    unescaped = re.sub(r"\\.", "", escaped, flags=re.DOTALL)  # drop every backslash pair
    assert not set("<[]*_~`|\\") & set(unescaped)
    assert MENTION.search(escaped) is None


@given(st.one_of(st.text(), st.builds(lambda tail: "https://example.org/" + tail, TEXT)), TEXT)
def test_links_point_only_at_safe_http_urls(url: str, label: str) -> None:
    target = safe_url(url)
    if target is not None:
        assert re.match(r"https?://", target, re.IGNORECASE) and not set('|<>() "`\n') & set(target)
    slack, markdown = mrkdwn_link(url, label), markdown_link(url, label)
    assert slack.count("<") == slack.count(">") == (1 if target else 0)
    assert MENTION.search(slack) is None and MENTION.search(markdown) is None


def test_known_shapes() -> None:
    assert escape_mrkdwn("<!channel> & @here") == "&lt;!channel&gt; &amp; @\u200bhere"
    assert escape_markdown("**x** <@123> - [a](b)") == "\\*\\*x\\*\\* \\<@\u200b123> - \\[a\\](b)"
    assert escape_markdown("> quote\n# head") == "\\> quote\n\\# head"
    assert safe_url("javascript:alert(1)") is None and safe_url("https://a.example/x y") == "https://a.example/x%20y"
    assert mrkdwn_link("https://a.example/?a=1&b=2|x", "t") == "<https://a.example/?a=1&amp;b=2%7Cx|t>"
    assert markdown_link("https://a.example/(1)", "[t]") == "[(t)](https://a.example/%281%29)"
    assert safe_url("https://trusted.example@evil.example/") is None
    assert safe_url("https://blog.example/@everyone") == "https://blog.example/%40everyone"
