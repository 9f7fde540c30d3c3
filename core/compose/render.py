"""The layout of a briefing (`briefing_sections`: kinds of sections, each a list of lines) and its plain-text and
Markdown renderings; the chat adapters pack the same sections into Block Kit and embeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.compose.escape import escape_markdown, markdown_link
from core.models import Briefing, Conflict, ConflictKind, Estimate, Qualifier, Status

_HEDGE_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "about ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.UP_TO: "up to ",
    Qualifier.FEWER_THAN: "fewer than ",
}
QUOTE_CHARS = 220


def figure_text(e: Estimate) -> str:
    """'about 200 pieces', '10,000-12,000 troops', 'missiles (no figure given)'."""
    if e.value is None:
        return f"{e.series} (no figure given)"
    unit = f" {e.unit}" if e.unit else ""
    extra = " more" if e.incremental else ""
    return f"{_amount(e, e.hedge)}{extra}{unit}"


def _amount(e: Estimate, hedge: Qualifier | None) -> str:
    number = f"{e.value:,}" if e.value_max is None else f"{e.value:,}-{e.value_max:,}"
    return (_HEDGE_WORDS.get(hedge, "") if hedge and e.value_max is None else "") + number


def spread_text(e: Estimate) -> str:
    """'more than 200 (2 reports), about 200 (1)' when reports word the figure differently; '' when they agree."""
    if len(e.hedges) < 2:
        return ""
    first = e.hedges[0].reports
    parts = [f"{_amount(e, e.hedges[0].hedge)} ({first} report{'s' if first != 1 else ''})"]
    parts += [f"{_amount(e, h.hedge)} ({h.reports})" for h in e.hedges[1:]]
    return "; worded " + ", ".join(parts)


def briefing_title(topic: str) -> str:
    """The one title of a topic's briefing, on every surface (text, Markdown, Slack, Discord, charts)."""
    return f"North Korea-Russia: {topic}"


def conflict_text(c: Conflict) -> str:
    """The conflict worded from its data: 'about 11,000 troops (South Korea NIS, 1 Mar 2025) vs 15,000 troops
    (Ukraine HUR, 5 Mar 2025)'."""
    pair = " vs ".join(
        f"{figure_text(e)} ({e.source or 'unattributed'}, {when(e.as_of)})" for e in sorted((c.a, c.b), key=_by_date)
    )
    return pair + _CONFLICT_WHY.get(c.kind, "")


# What each kind of conflict adds to the pair of figures (DISJOINT: the pair says it all).
_CONFLICT_WHY: dict[ConflictKind, str] = {ConflictKind.DISJOINT: ""}


def conflict_line(c: Conflict) -> str:
    """'artillery: about 200 pieces (...) vs 120 pieces (...)'."""
    return f"{label_of(c.series)}: {conflict_text(c)}"


def _by_date(e: Estimate) -> tuple[date, int]:
    return (e.reported_on or date.min, e.value or 0)


def label_of(subtype: str) -> str:
    """'killed_or_wounded' -> 'killed or wounded'."""
    return subtype.replace("_", " ")


def when(day: date | None) -> str:
    return day.strftime("%d %b %Y").lstrip("0") if day else "date unknown"


def backing(e: Estimate) -> str:
    """'4 reports, 2 independent authorities (A; B)': echoes are not corroboration."""
    reports = f"{e.reports} report{'s' if e.reports != 1 else ''}"
    if not e.authorities:
        return reports
    count = len(e.authorities)
    noun = "independent authority" if count == 1 else "independent authorities"
    return f"{reports}, {count} {noun} ({'; '.join(e.authorities)})"


def estimate_line(e: Estimate) -> str:
    status = "" if e.status is Status.REPORTED else f" [{e.status.value}]"
    direction = " (Russia to North Korea)" if e.direction.value == "ru_to_nk" else ""
    source = e.source or "unattributed"
    sample = " [SAMPLE DATA]" if e.sample else ""
    return (
        f"{label_of(e.subtype)}: {figure_text(e)}{status}{direction} - {source}, {when(e.as_of)}; "
        f"{backing(e)}{spread_text(e)}{sample}"
    )


def _from_russia(e: Estimate) -> str:
    return ", Russia to North Korea" if e.direction.value == "ru_to_nk" else ""


def quote_of(e: Estimate) -> str:
    """The quoted sentence, cut to QUOTE_CHARS around the figure it states, so the figure is always shown."""
    text = e.quote
    if len(" ".join(text.split())) <= QUOTE_CHARS:
        return " ".join(text.split())
    start, end = e.figure_span or (0, 0)
    begin = max(0, min(start - QUOTE_CHARS // 3, len(text) - QUOTE_CHARS))
    if begin > 0:
        space = text.find(" ", begin, start)  # start on a word, never after the figure
        begin = space + 1 if space != -1 else begin
    stop = begin + QUOTE_CHARS
    if stop < len(text):
        space = text.rfind(" ", max(end, begin), stop)
        stop = space if space != -1 else stop
    cut = " ".join(text[begin:stop].split())
    return ("…" if begin > 0 else "") + cut + ("…" if stop < len(text) else "")


class SectionKind(StrEnum):
    """What a section holds: adapters choose a layout by kind, never by title (titles are wording)."""

    HEADLINES = "headlines"
    ADDITIONS = "additions"
    PLANNED = "planned"
    DENIED = "denied"
    NEW_SINCE = "new_since"
    HISTORY = "history"
    CONFLICTS = "conflicts"
    UNQUANTIFIED = "unquantified"
    SOURCES = "sources"
    # digests
    REVISED = "revised"
    NEW_FIGURES = "new_figures"
    NEW_CONFLICTS = "new_conflicts"
    NOTHING_NEW = "nothing_new"


SECTION_TITLES: dict[SectionKind, str] = {
    SectionKind.HEADLINES: "Headline figures",
    SectionKind.ADDITIONS: "Additions (not summed into the totals)",
    SectionKind.PLANNED: "Planned or possible",
    SectionKind.DENIED: "Denied",
    SectionKind.NEW_SINCE: "New since {since:%Y-%m-%d}",
    SectionKind.HISTORY: "How estimates changed",
    SectionKind.CONFLICTS: "Conflicting figures",
    SectionKind.UNQUANTIFIED: "Also reported, without a figure",
    SectionKind.SOURCES: "Sources",
    SectionKind.REVISED: "Revised estimates",
    SectionKind.NEW_FIGURES: "New figures",
    SectionKind.NEW_CONFLICTS: "New conflicts",
    SectionKind.NOTHING_NEW: "Nothing new",
}
NOTHING_KNOWN = "Nothing is known on this topic yet."
NOTHING_NEW = "Nothing new."


@dataclass(frozen=True)
class Item:
    """One line of a section: its text, the sentence it came from, a link (title and URL) and, for a figure, the
    estimate itself (what a compact card shows: figure, hedge, source, date)."""

    text: str
    quote: str | None = None
    title: str | None = None
    url: str | None = None
    estimate: Estimate | None = None
    placeholder: bool = False  # "Nothing new.": a line saying there is nothing, not an entry


def nothing(text: str) -> Item:
    return Item(text, placeholder=True)


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    items: list[Item]
    since: date | None = None  # NEW_SINCE: the day its title names

    @property
    def title(self) -> str:
        return SECTION_TITLES[self.kind].format(since=self.since)


def briefing_sections(b: Briefing) -> list[Section]:
    """The briefing as titled sections of lines: what every renderer (text, Markdown, Block Kit, embeds) lays out."""
    sections: list[Section] = []

    def figures(kind: SectionKind, estimates: list[Estimate], with_quotes: bool = True) -> None:
        if estimates:
            sections.append(Section(kind, [figure_item(e, with_quotes) for e in estimates], b.since))

    if not (b.headlines or b.additions or b.planned or b.unquantified):
        sections.append(Section(SectionKind.HEADLINES, [nothing(NOTHING_KNOWN)]))
    figures(SectionKind.HEADLINES, b.headlines)
    figures(SectionKind.ADDITIONS, b.additions)
    figures(SectionKind.PLANNED, b.planned)
    figures(SectionKind.DENIED, b.denied)
    if b.since is not None:
        figures(SectionKind.NEW_SINCE, b.new, with_quotes=False)
        if not b.new:
            sections.append(Section(SectionKind.NEW_SINCE, [nothing(NOTHING_NEW)], b.since))
    if b.history:
        sections.append(Section(SectionKind.HISTORY, [Item(history_line(s.name, s.points)) for s in b.history]))
    if b.conflicts:
        sections.append(Section(SectionKind.CONFLICTS, [Item(conflict_line(c)) for c in b.conflicts]))
    if b.unquantified:
        listed = "; ".join(f"{label_of(e.series)} ({e.status.value}{_from_russia(e)})" for e in b.unquantified)
        sections.append(Section(SectionKind.UNQUANTIFIED, [Item(listed)]))
    if b.sources:
        sections.append(
            Section(
                SectionKind.SOURCES,
                [
                    Item(
                        f"{s.outlet or 'unknown outlet'}, {when(s.published)}" + (" [SAMPLE DATA]" if s.sample else ""),
                        title=s.title or "untitled",
                        url=s.url,
                    )
                    for s in b.sources
                ],
            )
        )
    return sections


def figure_item(e: Estimate, with_quote: bool = True) -> Item:
    """A figure as a line: its text, its sentence, and a link to its article."""
    return Item(estimate_line(e), quote_of(e) if with_quote else None, title=e.title, url=e.url, estimate=e)


def history_line(name: str, points: list[Estimate]) -> str:
    """'artillery: 100 pieces (1 Jan 2025, A) -> about 200 pieces (1 Mar 2025, B)'."""
    return f"{label_of(name)}: " + " -> ".join(
        f"{figure_text(p)} ({when(p.as_of)}, {p.source or 'unattributed'})" for p in points
    )


def render_text(b: Briefing) -> str:
    return _render(b, heading=lambda t: t.upper(), quote=lambda q: f'    "{q}"', link=_plain_link, escape=str)


def render_markdown(b: Briefing) -> str:
    """Markdown whose article text (titles, URLs, quotes) cannot format, link or mention: see core.compose.escape."""
    return _render(
        b,
        heading=lambda t: f"### {t}",
        quote=lambda q: f"  > {escape_markdown(q)}",
        link=lambda title, url: markdown_link(url, title or "untitled"),
        escape=escape_markdown,
    )


def _plain_link(title: str | None, url: str | None) -> str:
    return f"{title or 'untitled'}" + (f" <{url}>" if url else "")


def _render(
    b: Briefing,
    heading: Callable[[str], str],
    quote: Callable[[str], str],
    link: Callable[[str | None, str | None], str],
    escape: Callable[[str], str],
) -> str:
    lines = [heading(briefing_title(b.topic)), f"as of {b.generated_at:%Y-%m-%d %H:%M} UTC", ""]
    for section in briefing_sections(b):
        lines.append(heading(section.title))
        for item in section.items:
            text = escape(item.text)
            linked = section.kind is SectionKind.SOURCES  # figures link in chat; on paper the Sources list does
            lines.append(f"- {link(item.title, item.url)} - {text}" if linked else f"- {text}")
            if item.quote is not None:
                lines.append(quote(item.quote))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
