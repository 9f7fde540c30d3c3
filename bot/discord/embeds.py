"""Briefings and digests as Discord embeds, split across embeds and messages so that no limit is ever exceeded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import discord

from bot.discord import messages as text
from core.compose.digest import Digest
from core.compose.escape import escape_markdown, markdown_link, safe_url
from core.compose.render import estimate_line, figure_text, label_of, quote_of, when
from core.models import ArticleLink, Briefing, Estimate

# Discord's embed limits (Create Message docs; PROTOCOLS.md 2.4).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FOOTER_MAX = 2048
MESSAGE_TOTAL_MAX = 6000  # title + description + fields + footer + author, across all embeds of a message
EMBEDS_PER_MESSAGE = 10
COLOUR = discord.Colour(0x8B1E2D)

Page = list[discord.Embed]  # the embeds of one message


@dataclass
class _Packer:
    """Greedy line packing: fill an embed's description, then the message's budget, then start a new message."""

    title: str
    footer: str
    pages: list[list[list[str]]] = field(default_factory=lambda: [[[]]])  # message -> embed -> lines

    def reserve(self, page: int) -> int:
        # Room kept on every message for its title and footer (the title may grow by the continuation mark).
        return len(self.title) + len(text.CONTINUED) + len(self.footer) + len(text.PAGE.format(page=99, pages=99))

    def add(self, line: str) -> None:
        budget = min(DESCRIPTION_MAX, MESSAGE_TOTAL_MAX - self.reserve(0)) - 1
        line = _clip(line, budget)
        message = self.pages[-1]
        used = sum(len(x) + 1 for embed in message for x in embed)
        if used + len(line) + 1 > MESSAGE_TOTAL_MAX - self.reserve(len(self.pages)):
            self.pages.append([[line]])
        elif sum(len(x) + 1 for x in message[-1]) + len(line) + 1 > DESCRIPTION_MAX:
            if len(message) >= EMBEDS_PER_MESSAGE:
                self.pages.append([[line]])
            else:
                message.append([line])
        else:
            message[-1].append(line)

    def build(self, colour: discord.Colour = COLOUR, timestamp: datetime | None = None) -> list[Page]:
        result: list[Page] = []
        count = len(self.pages)
        for number, message in enumerate(self.pages, start=1):
            page: Page = []
            for index, lines in enumerate(message):
                embed = discord.Embed(description="\n".join(lines).strip() or None, colour=colour)
                if index == 0:
                    title = self.title + (text.CONTINUED if number > 1 else "")
                    embed.title = _clip(title, TITLE_MAX)
                if index == len(message) - 1:
                    suffix = text.PAGE.format(page=number, pages=count) if count > 1 else ""
                    embed.set_footer(text=_clip(self.footer + suffix, FOOTER_MAX))
                    embed.timestamp = timestamp
                page.append(embed)
            result.append(page)
        return result


def briefing_pages(b: Briefing) -> list[Page]:
    """A briefing as one or more messages of embeds; every estimate links to the article it came from."""
    packer = _Packer(
        _clip(text.BRIEFING_TITLE.format(topic=b.topic), TITLE_MAX), text.AS_OF.format(moment=b.generated_at)
    )
    if not (b.headlines or b.additions or b.planned or b.unquantified):
        packer.add(text.NOTHING_KNOWN)
    _section(packer, text.HEADLINES, b.headlines)
    _section(packer, text.ADDITIONS, b.additions)
    _section(packer, text.PLANNED, b.planned)
    _section(packer, text.DENIED, b.denied)
    if b.since is not None:
        heading = text.NEW_SINCE.format(since=b.since)
        if b.new:
            _section(packer, heading, b.new, with_quotes=False)
        else:
            _lines(packer, heading, [text.NOTHING_NEW])
    history = [
        f"• {_md(label_of(s.name))}: "
        + " → ".join(f"{_md(figure_text(p))} ({when(p.as_of)}, {_md(p.source or 'unattributed')})" for p in s.points)
        for s in b.history
    ]
    _lines(packer, text.HISTORY, history)
    _lines(packer, text.CONFLICTS, [f"• {_md(label_of(c.series))}: {_md(c.reason)}" for c in b.conflicts])
    if b.unquantified:
        _lines(
            packer,
            text.UNQUANTIFIED,
            ["; ".join(f"{_md(label_of(e.subtype))} ({e.status.value})" for e in b.unquantified)],
        )
    _lines(packer, text.SOURCES, [f"• {_source(s)}" for s in b.sources])
    return packer.build(timestamp=b.generated_at)


def digest_pages(d: Digest, period: str | None = None) -> list[Page]:
    """A digest as messages of embeds; the footer carries the period so a restarted poster can find its post."""
    footer = text.DIGEST_FOOTER.format(period=period) if period else text.AS_OF.format(moment=d.generated_at)
    packer = _Packer(_clip(text.DIGEST_TITLE.format(since=d.since), TITLE_MAX), footer)
    if d.empty:
        packer.add(text.NOTHING_NEW)
    revisions = [
        f"• {_md(label_of(r.series))}: {_md(figure_text(r.before))} ({when(r.before.as_of)}) → "
        f"{_md(figure_text(r.after))} ({when(r.after.as_of)}, {_md(r.after.source or 'unattributed')})" + _link(r.after)
        for r in d.revisions
    ]
    _lines(packer, text.REVISED, revisions)
    _section(packer, text.NEW_FIGURES, d.new, with_quotes=False)
    _lines(packer, text.NEW_CONFLICTS, [f"• {_md(label_of(c.series))}: {_md(c.reason)}" for c in d.conflicts])
    return packer.build(timestamp=d.generated_at)


def page_size(page: Page) -> int:
    """What Discord counts against the 6,000-character message total."""
    total = 0
    for embed in page:
        total += len(embed.title or "") + len(embed.description or "") + len(embed.footer.text or "")
        total += len(embed.author.name or "") + sum(len(f.name or "") + len(f.value or "") for f in embed.fields)
    return total


def _section(packer: _Packer, heading: str, estimates: Iterable[Estimate], with_quotes: bool = True) -> None:
    lines: list[str] = []
    for e in estimates:
        lines.append(f"• {_md(estimate_line(e))}{_link(e)}")
        if with_quotes:
            lines.append(f"> {_md(quote_of(e))}")
    _lines(packer, heading, lines)


def _lines(packer: _Packer, heading: str, lines: list[str]) -> None:
    if not lines:
        return
    packer.add("")
    packer.add(f"**{_md(heading)}**")
    for line in lines:
        packer.add(line)


def _link(e: Estimate) -> str:
    return f" ({markdown_link(e.url, text.SOURCE_LINK)})" if safe_url(e.url) else ""


def _source(s: ArticleLink) -> str:
    label = markdown_link(s.url, s.title or text.UNTITLED)
    sample = " [SAMPLE DATA]" if s.sample else ""  # a bundled demo article is never taken for a real one
    return f"{label} - {_md(s.outlet or text.UNKNOWN_OUTLET)}, {when(s.published)}{sample}"


def _md(value: str) -> str:
    return escape_markdown(value)


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
