"""Block Kit for briefings, digests and help, built with slack_sdk's typed models (slack_sdk.models.blocks) and kept
within Slack's limits (50 blocks a message, section text 3,000 characters, header 150, context 10 elements).

A briefing is a compact card (one line per headline figure, linked to its article) with buttons; what the buttons
open (history, sources) and a digest's details are the core's sections packed into messages, split or shortened so
Slack never rejects one. Layout is chosen by section kind, never by title."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import messages as text
from bot.card import LABELS, Button, CardRef, buttons, card_of, details_of, nothing_to_show
from core.commands import USAGE
from core.compose.digest import Digest, digest_heading, digest_sections, render_digest
from core.compose.escape import escape_mrkdwn, mrkdwn_link
from core.compose.render import (
    Item,
    Section,
    SectionKind,
    figure_text,
    label_of,
    when,
)
from core.models import Briefing, Estimate

Message = dict[str, Any]  # {"text": fallback, "blocks": [block dicts]}: what chat.postMessage and respond() take

MAX_BLOCKS = 50
SECTION_CHARS = 3000
HEADER_CHARS = 150
CONTEXT_ELEMENTS = 10
CONTEXT_CHARS = 300  # per element; Slack's ceiling is higher, but a source line never needs more
FALLBACK_CHARS = 3000  # notification and screen-reader text
MAX_MESSAGES = 3  # a response_url takes 5 posts; keep room for an error
DIGEST_TOP = 5  # lines in a digest's channel summary; the thread holds the rest

ACTION_PREFIX = "nkaid_"  # every Button's action_id starts so


def briefing_card(b: Briefing, *, shareable: bool = True, shared_by: str | None = None) -> Message:
    """The compact card (bot.card): one line per headline figure (figure with its hedge, linked to its article;
    source; date), what is new when `since` was asked, and the buttons. `shareable`: offer "Share to channel" (not
    on a card that is in the channel already)."""
    card = card_of(b)
    blocks: list[Block] = [_header(card.title)]
    context = [text.AS_OF.format(moment=b.generated_at)]
    if shared_by:
        context.append(text.SHARED_BY.format(user=f"<@{shared_by}>"))
    blocks.append(_context(context))
    lines = [card_line(e) for e in card.figures] or [escape_mrkdwn(i.text) for i in card.shown.items]
    if card.shown.kind is not SectionKind.HEADLINES:
        lines.insert(0, f"*{escape_mrkdwn(card.shown.title)}*")
    blocks += [_section(chunk) for chunk in _chunks(lines, SECTION_CHARS)]
    if card.more:
        blocks.append(_context([text.MORE_FIGURES.format(count=card.more)]))
    if card.new is not None:
        blocks += _pack([card.new])
    blocks.append(_buttons(CardRef(b.topic, b.since), shareable))
    return _message(blocks[:MAX_BLOCKS], card.title)


def card_line(e: Estimate) -> str:
    """'*artillery*: <url|about 200 pieces> · South Korea MND · 1 Mar 2025'."""
    figure = mrkdwn_link(e.url, figure_text(e)) if e.value is not None else escape_mrkdwn(figure_text(e))
    source = escape_mrkdwn(e.source or text.UNATTRIBUTED)
    sample = text.SAMPLE if e.sample else ""
    return f"*{escape_mrkdwn(label_of(e.subtype))}*: {figure} · {source} · {when(e.as_of)}{sample}"


def detail_messages(b: Briefing, button: Button) -> list[Message]:
    """What a button opens (in a thread or only to the asker): the card's left-out sections, paginated."""
    heading, sections = details_of(b, button)
    if not sections:
        return [text_message(nothing_to_show(b, button))]
    return _paginate([_header(heading), *_pack(sections)], heading)


def digest_summary(d: Digest, top: int = DIGEST_TOP) -> Message:
    """A digest's channel message: the counts and its first `top` lines ("and M more"); the rest in the thread."""
    blocks: list[Block] = [_header(digest_heading(d))]
    sections = digest_sections(d)
    if d.empty:
        blocks += _pack(sections)
        return _message(blocks, render_digest(d))
    counts = text.DIGEST_SUMMARY.format(revised=len(d.revisions), new=len(d.new), conflicts=len(d.conflicts))
    blocks.append(_context([counts]))
    ranked = sorted(sections, key=lambda s: _SUMMARY_ORDER.index(s.kind))  # what changed first, then what is new
    lines = [_line(s, i) for s in ranked for i in s.items]
    blocks += [_section(chunk) for chunk in _chunks(lines[:top], SECTION_CHARS)]
    more = len(lines) - min(top, len(lines))
    if more:
        blocks.append(_context([text.MORE_ITEMS.format(count=more), text.DIGEST_DETAILS_BELOW]))
    return _message(blocks, f"{digest_heading(d)}: {counts}")


_SUMMARY_ORDER = (SectionKind.REVISED, SectionKind.NEW_CONFLICTS, SectionKind.NEW_FIGURES, SectionKind.NOTHING_NEW)


def has_details(d: Digest, top: int = DIGEST_TOP) -> bool:
    """Whether the summary leaves lines out (so the details go in its thread)."""
    return sum(len(s.items) for s in digest_sections(d)) > top and not d.empty


def digest_details(d: Digest) -> Message:
    """A digest's thread reply: every section, shortened to one message (a retry never repeats a part)."""
    return _paginate(_pack(digest_sections(d)), render_digest(d), max_messages=1)[0]


def digest_messages(d: Digest) -> list[Message]:
    """The whole digest as one message (`/nk-aid digest` answers, which have no thread)."""
    return _paginate([_header(digest_heading(d)), *_pack(digest_sections(d))], render_digest(d), max_messages=1)


def help_message(topics: list[str]) -> Message:
    body = text.SLACK_HELP.format(usage=USAGE, topics=", ".join(topics))
    return _message([_header(text.HELP_TITLE), _section(body)], text.SLACK_HELP_FALLBACK)


def text_message(message: str) -> Message:
    return {
        "text": escape_mrkdwn(_clip(message, FALLBACK_CHARS)),
        "blocks": [_section(escape_mrkdwn(message)).to_dict()],
    }


def _buttons(ref: CardRef, shareable: bool) -> ActionsBlock:
    value = ref.encode()
    elements = [ButtonElement(text=PlainTextObject(text=LABELS[button], emoji=False), action_id=button.value,
                              value=value) for button in buttons(shareable)]  # fmt: skip
    return ActionsBlock(block_id="nkaid_card", elements=elements)


def _pack(sections: list[Section]) -> list[Block]:
    """The core's sections as blocks: sources as context links, everything else as bold-titled sections."""
    blocks: list[Block] = []
    for section in sections:
        if section.kind is SectionKind.SOURCES:
            links = [f"{mrkdwn_link(i.url, _clip(i.title or text.UNTITLED, 120))} - {escape_mrkdwn(i.text)}"
                     for i in section.items]  # fmt: skip
            for start in range(0, len(links), CONTEXT_ELEMENTS):
                blocks.append(_context(links[start : start + CONTEXT_ELEMENTS]))
            continue
        lines = [f"*{escape_mrkdwn(section.title)}*"] + [_line(section, item) for item in section.items]
        blocks += [_section(chunk) for chunk in _chunks(lines, SECTION_CHARS)]
    return blocks


def _line(section: Section, item: Item) -> str:
    if item.placeholder:
        return escape_mrkdwn(item.text)
    line = f"• {escape_mrkdwn(item.text)}"
    if item.url and section.kind is not SectionKind.SOURCES:
        line += f" ({mrkdwn_link(item.url, _clip(item.title or text.SOURCE_LINK, 80))})"
    if item.quote:
        line += f'\n> _"{escape_mrkdwn(item.quote)}"_'
    return line


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
        note = _context([text.SLACK_SHORTENED.format(count=left)])
        shown[-1] = [*shown[-1][: MAX_BLOCKS - 1], note]
        pages = shown
    return [
        _message(page, fallback if i == 0 else text.SLACK_PART.format(text=_clip(fallback, 60), part=i + 1))
        for i, page in enumerate(pages)
    ]


def _message(blocks: list[Block], fallback: str) -> Message:
    # The fallback is read as mrkdwn too (notifications, screen readers): "<!channel>" in a title would notify.
    # to_dict() validates each block against Slack's limits (slack_sdk's JsonValidator): a bug fails here, not there.
    return {"text": escape_mrkdwn(_clip(fallback, FALLBACK_CHARS)), "blocks": [b.to_dict() for b in blocks]}


def _header(value: str) -> HeaderBlock:
    return HeaderBlock(text=PlainTextObject(text=_clip(value, HEADER_CHARS), emoji=False))


def _section(value: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=_clip(value, SECTION_CHARS)))


def _context(texts: list[str]) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=_clip(t, CONTEXT_CHARS)) for t in texts[:CONTEXT_ELEMENTS]])


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
