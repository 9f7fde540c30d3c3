"""Article text made safe for chat markup: Slack mrkdwn, Discord markdown and plain Markdown, escaped in one place.

Titles, URLs, outlets and quotes come from the articles we read, so anyone who publishes a page chooses them. A title
"<!channel>" or "@everyone", or a URL with "|" or ">" in it, must reach a channel as text: never as a mention that
notifies hundreds of people, never as a link to somewhere else or as formatting. Every renderer calls these."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# "@everyone", "@here", "@channel" (Slack), "@group", and Discord's raw "@123...", "@!123...", "@&123..." forms.
# A zero-width space after the "@" keeps the text readable and stops every client from reading a mention.
_MENTION = re.compile(r"@(?=everyone|here|channel|group|[!&]?[0-9])", re.IGNORECASE)
ZERO_WIDTH_SPACE = "\u200b"

# Discord markdown (and CommonMark) take a backslash before any ASCII punctuation as "this character, literally".
# Inline markers anywhere; "<" because it opens mentions, channels, emoji and timestamps ("<@1>", "<#1>", "<t:1>").
_MARKDOWN_INLINE = re.compile(r"([\\*_~`|\[\]<])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([>#+-])", re.MULTILINE)  # quotes, headings, lists: only at a line start

# Characters that end or split a link in one of the markups: percent-encoded in a URL (they are not valid in one).
# "@" too: a path like "/@everyone" stays a path, never text a client could read as a mention.
_URL_UNSAFE = {"|": "%7C", "<": "%3C", ">": "%3E", "(": "%28", ")": "%29", " ": "%20", '"': "%22", "`": "%60",
               "@": "%40"}  # fmt: skip
_URL_SCHEMES = {"http", "https"}


def neutralize_mentions(text: str) -> str:
    """'@everyone' -> '@\u200beveryone': shown the same, notifies no one."""
    return _MENTION.sub("@" + ZERO_WIDTH_SPACE, text)


def escape_mrkdwn(text: str) -> str:
    """Text for Slack mrkdwn: its three control characters as entities (Slack's own rule), so "<!here>" or
    "<@U123>" cannot be written, and the bare "@channel" forms neutralized."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return neutralize_mentions(escaped)


def escape_markdown(text: str) -> str:
    """Text for Discord markdown or Markdown: formatting characters backslash-escaped, mentions neutralized."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return neutralize_mentions(_MARKDOWN_LINE_START.sub(r"\1\\\2", escaped))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with the characters that would end a link percent-encoded; None for anything else (a
    "javascript:" URL or garbage is shown as text, never linked), and for a URL with a user name in it
    ("https://trusted.example@evil.example/": a link that shows one host and opens another)."""
    if not url:
        return None
    url = "".join(ch for ch in url.strip() if ch >= " " and ch != "\x7f")  # no control characters, no newlines
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" in the host
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.netloc or "@" in parts.netloc:
        return None
    return "".join(_URL_UNSAFE.get(ch, ch) for ch in url)


def mrkdwn_link(url: str | None, label: str) -> str:
    """A Slack link `<url|label>`; the label alone when the URL is not a safe http(s) URL."""
    target = safe_url(url)
    shown = escape_mrkdwn(label)
    return f"<{target.replace('&', '&amp;')}|{shown}>" if target else shown


def markdown_link(url: str | None, label: str) -> str:
    """A Markdown (and Discord masked) link `[label](url)`; the label alone when the URL is not safe."""
    target = safe_url(url)
    shown = escape_markdown(label.replace("[", "(").replace("]", ")"))  # brackets would read as nested links
    return f"[{shown}]({target})" if target else shown
