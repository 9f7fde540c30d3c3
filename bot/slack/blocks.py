"""Block Kit for briefings, digests and help, within Slack's limits (50 blocks a message, section text 3,000
characters, header 150, context 10 elements): long answers are split into several messages, and past
`MAX_MESSAGES` shortened with a note, so Slack never rejects one."""

from __future__ import annotations

from typing import Any

from core.commands import USAGE
from core.compose.digest import Digest, digest_heading, digest_sections, render_digest
from core.compose.escape import escape_mrkdwn, mrkdwn_link
from core.compose.render import Item, Section, briefing_sections, render_text
from core.models import Briefing

Block = dict[str, Any]
Message = dict[str, Any]  # {"text": fallback, "blocks": [...]}

MAX_BLOCKS = 50
SECTION_CHARS = 3000
HEADER_CHARS = 150
CONTEXT_ELEMENTS = 10
CONTEXT_CHARS = 300  # per element; Slack's ceiling is higher, but a source line never needs more
FALLBACK_CHARS = 3000  # notification and screen-reader text
MAX_MESSAGES = 3  # a response_url takes 5 posts; keep room for an error


def briefing_messages(b: Briefing) -> list[Message]:
    blocks = [_header(f"North Korea-Russia: {b.topic}"), _context([f"as of {b.generated_at:%Y-%m-%d %H:%M} UTC"])]
    blocks += _sections(briefing_sections(b))
    return _paginate(blocks, render_text(b))


def digest_messages(d: Digest) -> list[Message]:
    blocks = [_header(digest_heading(d)), *_sections(digest_sections(d))]
    return _paginate(blocks, render_digest(d), max_messages=1)  # one message: a retry never repeats a part


def help_message(topics: list[str]) -> Message:
    text = (
        f"*Usage:* `{USAGE}`\n"
        f"*Topics:* {', '.join(topics)}\n"
        "*since:* 24h, 7d, 2w or a date (YYYY-MM-DD). Answers are visible only to you; add `share` to post them "
        "in the channel. `chart` posts the PNG in the channel. Subscribing needs a workspace admin or owner."
    )
    return {
        "text": "nk-aid help",
        "blocks": [_header("nk-aid: briefings on North Korea's aid to Russia"), _section(text)],
    }


def text_message(text: str) -> Message:
    return {"text": escape_mrkdwn(_clip(text, FALLBACK_CHARS)), "blocks": [_section(escape_mrkdwn(text))]}


def _sections(sections: list[Section]) -> list[Block]:
    blocks: list[Block] = []
    for section in sections:
        if section.title == "Sources":
            links = [f"{mrkdwn_link(i.url, _clip(i.title or 'untitled', 120))} - {escape_mrkdwn(i.text)}"
                     for i in section.items]  # fmt: skip
            for start in range(0, len(links), CONTEXT_ELEMENTS):
                blocks.append(_context(links[start : start + CONTEXT_ELEMENTS]))
            continue
        lines = [f"*{escape_mrkdwn(section.title)}*"] + [_line(item) for item in section.items]
        blocks += [_section(chunk) for chunk in _chunks(lines, SECTION_CHARS)]
    return blocks


def _line(item: Item) -> str:
    text = f"• {escape_mrkdwn(item.text)}"
    if item.url:
        text += f" ({mrkdwn_link(item.url, _clip(item.title or 'source', 80))})"
    if item.quote:
        text += f'\n> _"{escape_mrkdwn(item.quote)}"_'
    return text


def _chunks(lines: list[str], limit: int) -> list[str]:
    """Join lines into texts of at most `limit` characters, breaking only between lines (a longer line is clipped)."""
    chunks: list[str] = []
    current = ""
    for line in (_clip(line, limit) for line in lines):
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def _paginate(blocks: list[Block], fallback: str, max_messages: int = MAX_MESSAGES) -> list[Message]:
    pages = [blocks[start : start + MAX_BLOCKS] for start in range(0, len(blocks), MAX_BLOCKS)]
    if len(pages) > max_messages:
        shown = pages[:max_messages]
        left = len(blocks) - sum(len(page) for page in shown) + 1
        note = _context([f"Shortened: {left} more blocks not shown. `nk-aid brief` prints the whole briefing."])
        shown[-1] = [*shown[-1][: MAX_BLOCKS - 1], note]
        pages = shown
    # The fallback is read as mrkdwn too (notifications, screen readers): "<!channel>" in a title would notify.
    text = escape_mrkdwn(_clip(fallback, FALLBACK_CHARS))
    return [{"text": text if i == 0 else f"{escape_mrkdwn(_clip(fallback, 60))} (part {i + 1})", "blocks": page}
            for i, page in enumerate(pages)]  # fmt: skip


def _header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": _clip(text, HEADER_CHARS), "emoji": False}}


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, SECTION_CHARS)}}


def _context(texts: list[str]) -> Block:
    elements = [{"type": "mrkdwn", "text": _clip(t, CONTEXT_CHARS)} for t in texts[:CONTEXT_ELEMENTS]]
    return {"type": "context", "elements": elements}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
