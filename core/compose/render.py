"""Render a Briefing as plain text or Markdown (the chat adapters render Block Kit and embeds themselves)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from core.models import Briefing, Estimate, Qualifier, Status

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
    number = f"{e.value:,}" if e.value_max is None else f"{e.value:,}-{e.value_max:,}"
    hedge = _HEDGE_WORDS.get(e.hedge, "") if e.hedge and e.value_max is None else ""
    unit = f" {e.unit}" if e.unit else ""
    extra = " more" if e.incremental else ""
    return f"{hedge}{number}{extra}{unit}"


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
    return f"{label_of(e.subtype)}: {figure_text(e)}{status}{direction} - {source}, {when(e.reported_on)}; {backing(e)}"


def quote_of(e: Estimate) -> str:
    text = " ".join(e.quote.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def render_text(b: Briefing) -> str:
    return _render(b, heading=lambda t: t.upper(), bullet="- ", quote=lambda q: f'    "{q}"', link=_plain_link)


def render_markdown(b: Briefing) -> str:
    return _render(b, heading=lambda t: f"### {t}", bullet="- ", quote=lambda q: f"  > {q}", link=_markdown_link)


def _plain_link(title: str | None, url: str | None) -> str:
    return f"{title or 'untitled'}" + (f" <{url}>" if url else "")


def _markdown_link(title: str | None, url: str | None) -> str:
    return f"[{title or 'untitled'}]({url})" if url else (title or "untitled")


def _render(
    b: Briefing,
    heading: Callable[[str], str],
    bullet: str,
    quote: Callable[[str], str],
    link: Callable[[str | None, str | None], str],
) -> str:
    lines = [heading(f"North Korea-Russia: {b.topic}"), f"as of {b.generated_at:%Y-%m-%d %H:%M} UTC", ""]

    def section(title: str, estimates: list[Estimate], with_quotes: bool = True) -> None:
        if not estimates:
            return
        lines.append(heading(title))
        for e in estimates:
            lines.append(bullet + estimate_line(e))
            if with_quotes:
                lines.append(quote(quote_of(e)))
        lines.append("")

    if not (b.headlines or b.additions or b.planned or b.unquantified):
        lines += ["Nothing is known on this topic yet.", ""]
    section("Headline figures", b.headlines)
    section("Additions (not summed into the totals)", b.additions)
    section("Planned or possible", b.planned)
    section("Denied", b.denied)
    if b.since is not None:
        if b.new:
            section(f"New since {b.since:%Y-%m-%d}", b.new, with_quotes=False)
        else:
            lines += [heading(f"New since {b.since:%Y-%m-%d}"), "Nothing new.", ""]
    if b.history:
        lines.append(heading("How estimates changed"))
        for s in b.history:
            steps = " -> ".join(
                f"{figure_text(p)} ({when(p.reported_on)}, {p.source or 'unattributed'})" for p in s.points
            )
            lines.append(f"{bullet}{label_of(s.name)}: {steps}")
        lines.append("")
    if b.conflicts:
        lines.append(heading("Conflicting figures"))
        lines += [f"{bullet}{c.series}: {c.reason}" for c in b.conflicts]
        lines.append("")
    if b.unquantified:
        lines.append(heading("Also reported, without a figure"))
        lines.append(bullet + "; ".join(f"{label_of(e.subtype)} ({e.status.value})" for e in b.unquantified))
        lines.append("")
    if b.sources:
        lines.append(heading("Sources"))
        lines += [
            f"{bullet}{link(s.title, s.url)} - {s.outlet or 'unknown outlet'}, {when(s.published)}" for s in b.sources
        ]
    return "\n".join(lines).rstrip() + "\n"
