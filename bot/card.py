"""The briefing card both chat platforms show: which of the core's sections sit on the card, which buttons sit under
it, and which sections each button opens. Slack (bot/slack/blocks.py) and Discord (bot/discord/embeds.py) only pack
them; the wording is in bot/messages.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot import messages as text
from core.compose.render import Section, SectionKind, briefing_sections, briefing_title
from core.models import Briefing, Estimate

CARD_FIGURES = 8  # headline figures on a card; the rest are a click away

# What a card shows, the first present: briefing_sections always yields one (HEADLINES says when nothing is known).
CARD_KINDS = (SectionKind.HEADLINES, SectionKind.ADDITIONS, SectionKind.PLANNED, SectionKind.UNQUANTIFIED)


class Button(StrEnum):
    """The buttons under a card, in the order shown (the value is Slack's action_id and Discord's custom_id stem)."""

    HISTORY = "nkaid_history"
    SOURCES = "nkaid_sources"
    CHART = "nkaid_chart"
    SHARE = "nkaid_share"


LABELS = {
    Button.HISTORY: text.BUTTON_HISTORY,
    Button.SOURCES: text.BUTTON_SOURCES,
    Button.CHART: text.BUTTON_CHART,
    Button.SHARE: text.BUTTON_SHARE,
}

# "Show history" opens everything a card leaves out but the sources: history, conflicts, additions, plans, denials.
DETAIL_KINDS = {
    Button.HISTORY: (
        SectionKind.HISTORY,
        SectionKind.CONFLICTS,
        SectionKind.ADDITIONS,
        SectionKind.PLANNED,
        SectionKind.DENIED,
        SectionKind.UNQUANTIFIED,
    ),
    Button.SOURCES: (SectionKind.SOURCES,),
}


def buttons(shareable: bool) -> list[Button]:
    """The card's buttons; no Share on a card already in the channel."""
    return [b for b in Button if shareable or b is not Button.SHARE]


@dataclass(frozen=True)
class CardRef:
    """What a button carries back: the topic and the `since` day of the card it sits under."""

    topic: str
    since: date | None = None

    def encode(self) -> str:
        """Slack's button value (JSON)."""
        return json.dumps({"topic": self.topic, "since": self.since.isoformat() if self.since else None})

    @staticmethod
    def decode(value: str) -> CardRef:
        data = json.loads(value)
        since = data.get("since")
        return CardRef(str(data["topic"]), date.fromisoformat(since) if since else None)


@dataclass(frozen=True)
class Card:
    """A briefing as a card: its title, the section on it (figures capped at CARD_FIGURES), what was left out."""

    title: str
    shown: Section
    figures: list[Estimate]  # the shown section's figures, at most CARD_FIGURES
    more: int  # figures left off the card
    new: Section | None  # NEW_SINCE, when `since` was asked


def card_of(b: Briefing) -> Card:
    sections = {s.kind: s for s in briefing_sections(b)}
    shown = next(sections[k] for k in CARD_KINDS if k in sections)
    figures = [i.estimate for i in shown.items if i.estimate is not None]
    return Card(
        briefing_title(b.topic),
        shown,
        figures[:CARD_FIGURES],
        max(0, len(figures) - CARD_FIGURES),
        sections.get(SectionKind.NEW_SINCE),
    )


def details_of(b: Briefing, button: Button) -> tuple[str, list[Section]]:
    """What a button opens: its title and sections, in the button's order (history before additions)."""
    kinds = DETAIL_KINDS[button]
    sections = sorted((s for s in briefing_sections(b) if s.kind in kinds), key=lambda s: kinds.index(s.kind))
    wording = text.SOURCES_TITLE if button is Button.SOURCES else text.HISTORY_TITLE
    return wording.format(title=briefing_title(b.topic)), sections


def nothing_to_show(b: Briefing, button: Button) -> str:
    return (text.NO_SOURCES if button is Button.SOURCES else text.NO_HISTORY).format(topic=b.topic)
