"""Briefings and digests as Discord embeds: the core's sections (core.compose.render) packed into embeds and
messages so that no limit is ever exceeded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import discord

from bot import messages as text
from bot.card import card_of
from core.compose.alerts import KEY_PREFIX as ALERT_KEY_PREFIX
from core.compose.digest import Digest, digest_heading, digest_sections
from core.compose.escape import escape_markdown, markdown_link, safe_url
from core.compose.render import (
    Item,
    Section,
    SectionKind,
    figure_text,
    label_of,
    when,
)
from core.models import Briefing, Estimate

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


def card_pages(b: Briefing) -> list[Page]:
    """The compact card (bot.card): one line per headline figure, linked to its article, with source and date; what
    is new when `since` was asked. The buttons under it come with the reply (bot.discord.buttons)."""
    card = card_of(b)
    packer = _Packer(_clip(card.title, TITLE_MAX), text.AS_OF.format(moment=b.generated_at))
    if card.shown.kind is not SectionKind.HEADLINES:
        packer.add(f"**{_md(card.shown.title)}**")
    for line in [card_line(e) for e in card.figures] or [_md(i.text) for i in card.shown.items]:
        packer.add(line)
    if card.more:
        packer.add(f"*{_md(text.MORE_FIGURES.format(count=card.more))}*")
    if card.new is not None:
        pack_sections(packer, [card.new])
    return packer.build(timestamp=b.generated_at)


def card_line(e: Estimate) -> str:
    """'• **artillery**: [about 200 pieces](url) · South Korea MND · 1 Mar 2025'."""
    figure = markdown_link(e.url, figure_text(e)) if e.value is not None else _md(figure_text(e))
    sample = text.SAMPLE if e.sample else ""
    return (
        f"• **{_md(label_of(e.subtype))}**: {figure} · {_md(e.source or text.UNATTRIBUTED)} · {when(e.as_of)}{sample}"
    )


def digest_pages(d: Digest, period: str | None = None) -> list[Page]:
    """A digest as messages of embeds; the footer carries the period so a restarted poster can find its post."""
    footer = footer_of(period) if period else text.AS_OF.format(moment=d.generated_at)
    packer = _Packer(_clip(digest_heading(d), TITLE_MAX), footer)
    pack_sections(packer, digest_sections(d))
    return packer.build(timestamp=d.generated_at)


def footer_of(period: str) -> str:
    """The footer that names a posted digest's (or alert's) period, so a restarted poster can find the post."""
    wording = text.ALERT_FOOTER if period.startswith(ALERT_KEY_PREFIX) else text.DIGEST_FOOTER
    return wording.format(period=period)


def section_pages(
    title: str, sections: list[Section], footer: str = "", timestamp: datetime | None = None
) -> list[Page]:
    """Sections of a briefing under a title (what a button opens), over as many embeds and messages as it takes."""
    packer = _Packer(_clip(title, TITLE_MAX), footer)
    pack_sections(packer, sections)
    return packer.build(timestamp=timestamp)


def pack_sections(packer: _Packer, sections: list[Section]) -> None:
    """The core's sections as Discord markdown: a bold title, then one line per item (figures with their quote)."""
    for section in sections:
        if all(item.placeholder for item in section.items) and section.kind is not SectionKind.NEW_SINCE:
            for item in section.items:  # "Nothing is known on this topic yet.": no title over it
                packer.add(_md(item.text))
            continue
        lines: list[str] = []
        for item in section.items:
            lines.append(_line(section, item))
            if item.quote is not None:
                lines.append(f"> {_md(item.quote)}")
        _lines(packer, section.title, lines)


def _line(section: Section, item: Item) -> str:
    if item.placeholder:
        return _md(item.text)
    if section.kind is SectionKind.SOURCES:
        return f"• {markdown_link(item.url, item.title or text.UNTITLED)} - {_md(item.text)}"
    link = f" ({markdown_link(item.url, text.SOURCE_LINK)})" if item.estimate is not None and safe_url(item.url) else ""
    return f"• {_md(item.text)}{link}"


def page_size(page: Page) -> int:
    """What Discord counts against the 6,000-character message total."""
    total = 0
    for embed in page:
        total += len(embed.title or "") + len(embed.description or "") + len(embed.footer.text or "")
        total += len(embed.author.name or "") + sum(len(f.name or "") + len(f.value or "") for f in embed.fields)
    return total


def _lines(packer: _Packer, heading: str, lines: list[str]) -> None:
    if not lines:
        return
    packer.add("")
    packer.add(f"**{_md(heading)}**")
    for line in lines:
        packer.add(line)


def _md(value: str) -> str:
    return escape_markdown(value)


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
