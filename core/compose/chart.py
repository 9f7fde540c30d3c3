"""The estimate history of a topic as a chart: one panel per unit, one line per series, hedges drawn (matplotlib).

The layout is decided first as plain data (`plan_chart`), so what a chart holds is tested without drawing it;
`render_chart` draws a plan with matplotlib, the `[chart]` extra.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from core.compose.render import briefing_title
from core.extras import require_extra
from core.models import Briefing, Category, Direction, Estimate, Qualifier

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = ("png", "svg", "pdf")

# How a hedge is drawn: a figure stated as a floor points up, a ceiling points down, "about" is hollow.
_MARKERS: dict[Qualifier | None, tuple[str, bool]] = {  # hedge -> (marker, filled)
    Qualifier.MORE_THAN: ("^", True),
    Qualifier.AT_LEAST: ("^", True),
    Qualifier.UP_TO: ("v", True),
    Qualifier.FEWER_THAN: ("v", True),
    Qualifier.APPROX: ("o", False),
    Qualifier.EXACT: ("o", True),
    None: ("o", True),
}
_HEDGE_WORDS: dict[Qualifier | None, str] = {
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.UP_TO: "up to ",
    Qualifier.FEWER_THAN: "fewer than ",
    Qualifier.APPROX: "about ",
}
_COLUMNS = 2  # small multiples: panels side by side, two to a row, when there are three or more
_PANEL_HEIGHT = 2.9  # inches, legend below the axes included
_LEGEND_WIDTH = 72  # characters of a legend line at its font size: about the width of a panel
_ABBREVIATION = re.compile(r"\(([A-Z]{2,6})\)(?P<via>\s+\(via\s[^()]*\))?$")


@dataclass(frozen=True)
class Point:
    """One dated estimate as drawn: the figure (a band up to `value_max` for a range), its hedge and source."""

    day: date
    value: int
    value_max: int | None
    hedge: Qualifier | None
    source: str
    sample: bool


@dataclass(frozen=True)
class Line:
    """One series (one item counted), oldest point first."""

    name: str
    points: list[Point]
    headline: Point = field(compare=False)  # the figure the briefing states (not always the latest by date)


@dataclass(frozen=True)
class Panel:
    """The lines that share a unit, on one axis."""

    title: str
    unit: str
    lines: list[Line]


@dataclass(frozen=True)
class ChartPlan:
    """What a chart of a briefing shows; no panels means nothing to draw (see `empty_message`)."""

    topic: str
    panels: list[Panel] = field(default_factory=list)
    undated: int = 0

    @property
    def points(self) -> int:
        return sum(len(line.points) for panel in self.panels for line in panel.lines)

    @property
    def lines(self) -> int:
        return sum(len(panel.lines) for panel in self.panels)

    def empty_message(self) -> str:
        """The one line said instead of drawing an empty axis."""
        undated = f" ({self.undated} undated)" if self.undated else ""
        return f"nothing to chart for {self.topic}: no dated estimates{undated}"


def chart_format(path: Path) -> str | None:
    """The chart format a file name asks for ('png', 'svg' or 'pdf'), or None for any other suffix."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def plan_chart(briefing: Briefing) -> ChartPlan:
    """The panels of a briefing's chart: one per unit (casualties apart from the troops sent), one line per series,
    every dated total with a value; estimates without a date are counted, not drawn."""
    series: dict[str, tuple[Estimate, list[Estimate]]] = {}
    for s in briefing.history or []:
        series[_line_name(s.headline)] = (s.headline, s.points)
    for e in briefing.headlines:
        series.setdefault(_line_name(e), (e, [e]))  # a series with one estimate is drawn as one point
    panels: dict[tuple[str, bool], list[tuple[Line, Category]]] = {}
    undated = 0
    for name, (headline, estimates) in series.items():
        points = [_point(e) for e in estimates if e.reported_on is not None and e.value is not None]
        undated += len(estimates) - len(points)
        if points:
            unit = headline.unit or headline.category.value.replace("_", " ")
            key = (unit, headline.category is Category.CASUALTIES)
            stated = _point(headline) if headline.reported_on is not None and headline.value is not None else points[-1]
            line = Line(name, sorted(points, key=lambda p: p.day), stated)
            panels.setdefault(key, []).append((line, headline.category))
    return ChartPlan(
        topic=briefing.topic,
        panels=[_panel(unit, casualties, members) for (unit, casualties), members in panels.items()],
        undated=undated,
    )


def render_chart(briefing: Briefing, path: Path | BinaryIO, fmt: str = "png") -> int:
    """Draw the briefing's chart into a file or a binary stream as `fmt` (png, svg or pdf); returns the number of
    points drawn. With nothing dated to draw, the picture says so in words (never an empty axis).
    Raises MissingExtraError without matplotlib."""
    if fmt not in FORMATS:
        raise ValueError(f"chart format {fmt!r} is not one of {', '.join(FORMATS)}")
    require_extra("chart", "nk-aid chart")
    plan = plan_chart(briefing)
    figure = draw_chart(plan)
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format=fmt, metadata=_METADATA.get(fmt))
    return plan.points


# Without a date in the file, drawing the same store twice gives the same bytes (svg and pdf stamp one by default).
_METADATA: dict[str, dict[str, Any]] = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}


def draw_chart(plan: ChartPlan) -> Figure:
    """A matplotlib figure of the plan: a grid of panels, each with its lines, hedge markers, range bands and a
    legend below it naming each line's latest figure and source. Uses the object API, not pyplot, so bot threads
    can draw at the same time."""
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    if not plan.panels:
        figure = Figure(figsize=(7, 1.2), dpi=110)
        figure.text(0.5, 0.5, plan.empty_message(), ha="center", va="center", fontsize=11)
        return figure
    columns = 1 if len(plan.panels) <= 2 else _COLUMNS
    rows = math.ceil(len(plan.panels) / columns)
    figure = Figure(figsize=(6.4 * columns, _PANEL_HEIGHT * rows + 1.0), dpi=110,
                    layout=ConstrainedLayoutEngine(h_pad=0.12, w_pad=0.12))  # fmt: skip
    grid = figure.subplots(rows, columns, squeeze=False)
    first, last = _date_range(plan)
    for index, axes in enumerate(grid.flat):
        if index < len(plan.panels):
            _draw_panel(axes, plan.panels[index], first, last)
        else:
            axes.set_axis_off()  # an odd panel count leaves one cell: no empty axis in it
    figure.suptitle(f"{briefing_title(plan.topic)} - reported estimates over time", fontsize=12)
    figure.supxlabel(_key_line(plan), fontsize=7.5, color="dimgrey")  # the layout keeps room for it
    return figure


def _draw_panel(axes: Any, panel: Panel, first: date, last: date) -> None:
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    top = max(p.value_max or p.value for line in panel.lines for p in line.points)
    for line in panel.lines:
        days = [p.day for p in line.points]
        (drawn,) = axes.plot(days, [p.value for p in line.points], linewidth=1.6, label=_legend_entry(line))
        colour = drawn.get_color()
        if any(p.value_max is not None for p in line.points):
            lows = [p.value for p in line.points]
            highs = [p.value_max or p.value for p in line.points]
            axes.fill_between(days, lows, highs, color=colour, alpha=0.18, linewidth=0)
            for p in line.points:  # a band of one day has no width: a bar shows the range
                if p.value_max is not None:
                    axes.vlines(p.day, p.value, p.value_max, colors=colour, linewidth=5, alpha=0.3)
        for p in line.points:
            marker, filled = _MARKERS[p.hedge]
            axes.plot([p.day], [p.value], marker=marker, markersize=7, linestyle="none", color=colour,
                      markerfacecolor=colour if filled else "white", markeredgewidth=1.5)  # fmt: skip
    axes.set_title(panel.title, fontsize=10, loc="left")
    axes.set_ylim(0, top * 1.18)
    axes.set_xlim(first - timedelta(days=20), last + timedelta(days=20))
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True, min_n_ticks=2))  # counts: no "0.5 systems"
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _compact(v)))
    locator = mdates.AutoDateLocator(minticks=2, maxticks=5)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.tick_params(labelsize=8)
    axes.grid(alpha=0.3)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), fontsize=7.5, frameon=False, ncols=1)


def _panel(unit: str, casualties: bool, members: list[tuple[Line, Category]]) -> Panel:
    lines = [line for line, _ in members]
    categories = {category for _, category in members}
    if casualties:
        title = f"casualties ({unit})"
    elif len(lines) == 1 and lines[0].name != unit:
        title = f"{lines[0].name} ({unit})"
    elif len(categories) == 1 and (only := categories.pop().value.replace("_", " ")) != unit:
        title = f"{only} ({unit})"
    else:
        title = unit
    return Panel(title=title, unit=unit, lines=lines)


def _point(e: Estimate) -> Point:
    assert e.reported_on is not None and e.value is not None
    return Point(e.reported_on, e.value, e.value_max, e.hedge, e.source or "unattributed", e.sample)


def _line_name(e: Estimate) -> str:
    """One line per series: its canonical item, and the direction when Russia is the giver."""
    return e.series.replace("_", " ") + (" (Russia to North Korea)" if e.direction is Direction.RU_TO_NK else "")


def _legend_entry(line: Line) -> str:
    """'troops: more than 11,000 -> 15,000 (South Korea NIS, Apr 2025)': the figure the briefing states, after the
    first one when it is also the latest."""
    stated, first = line.headline, line.points[0]
    figures = _figure(stated)
    if stated == line.points[-1] and first != stated:
        figures = f"{_figure(first)} -> {figures}"
    star = "*" if stated.sample else ""
    entry = f"{line.name}: {figures} ({_short(stated.source)}{star}, {stated.day:%b %Y})"
    # a legend wider than its panel runs into the next one (or off the page): long entries take two lines
    return textwrap.fill(entry, _LEGEND_WIDTH, subsequent_indent="  ")


def _figure(p: Point) -> str:
    if p.value_max is not None:
        return f"{p.value:,}-{p.value_max:,}"
    return _HEDGE_WORDS.get(p.hedge, "") + f"{p.value:,}"


def _short(source: str, limit: int = 44) -> str:
    """A source short enough for a legend: its own abbreviation when it gives one ('... Team (MSMT)' -> 'MSMT')."""
    if len(source) > limit and (match := _ABBREVIATION.search(source)):
        short = match[1] + (match["via"] or "")  # 'Institute for ... (ISW) (via Reuters)' -> 'ISW (via Reuters)'
        return short if len(short) <= limit else match[1]
    return source if len(source) <= limit else source[: limit - 3].rstrip() + "..."


def _compact(value: float) -> str:
    """Axis figures a reader takes in at a glance: 6M, 20k, 1.5k, 200."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.0f}"


def _date_range(plan: ChartPlan) -> tuple[date, date]:
    days = [p.day for panel in plan.panels for line in panel.lines for p in line.points]
    return min(days), max(days)


def _key_line(plan: ChartPlan) -> str:
    parts = ["▲ more than / at least", "▼ up to / fewer than", "○ about", "● exact", "shaded: a range"]
    if any(p.sample for panel in plan.panels for line in panel.lines for p in line.points):
        parts.append("* bundled sample data, not real reporting")
    if plan.undated:
        parts.append(f"{plan.undated} undated estimate(s) not shown")
    return "    ".join(parts)
