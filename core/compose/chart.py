"""The estimate history of a topic as a PNG chart (matplotlib, headless), one series per item."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from core.models import Briefing, Direction, Estimate


def _line_name(e: Estimate) -> str:
    """One line per series: its canonical item, and the direction when Russia is the giver."""
    return e.series.replace("_", " ") + (" (Russia to North Korea)" if e.direction is Direction.RU_TO_NK else "")


def render_chart(briefing: Briefing, path: Path | BinaryIO) -> int:
    """Draw every dated reported total of the briefing as PNG into a file or a binary stream; returns the number of
    points drawn. Uses matplotlib's object API, not pyplot, so bot threads can draw at the same time."""
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    series: dict[str, list[Estimate]] = {}
    for s in briefing.history or []:
        series[_line_name(s.headline)] = s.points
    for e in briefing.headlines:
        series.setdefault(_line_name(e), [e])  # a series with one estimate is drawn as one point
    figure = Figure(figsize=(9, 5), dpi=110)
    axes = figure.subplots()
    drawn = undated = 0
    for name, points in series.items():
        dated = [(p.reported_on, p.value, p) for p in points if p.reported_on is not None and p.value is not None]
        undated += len(points) - len(dated)
        if not dated:
            continue
        xs, ys = [day for day, _, _ in dated], [value for _, value, _ in dated]
        line = axes.plot(xs, ys, marker="o", label=name)[0]  # type: ignore[arg-type]
        for day, value, estimate in dated:
            if estimate.value_max is not None:
                axes.vlines(day, value, estimate.value_max, colors=line.get_color(), alpha=0.5)  # type: ignore[arg-type]
            label = (estimate.source or "unattributed") + (" [sample]" if estimate.sample else "")
            axes.annotate(
                label, (day, value), textcoords="offset points", xytext=(4, 6), fontsize=7, color=line.get_color()
            )
        drawn += len(dated)
    axes.set_title(f"North Korea-Russia: {briefing.topic} - reported estimates over time")
    axes.set_ylabel("reported figure")
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))  # type: ignore[no-untyped-call]
    axes.grid(alpha=0.3)
    if drawn:
        axes.legend(fontsize=8, loc="upper left")
    else:
        axes.text(0.5, 0.5, "no dated estimates yet", ha="center", va="center", transform=axes.transAxes)
    if undated:
        figure.text(0.99, 0.01, f"{undated} undated estimate(s) not shown", ha="right", fontsize=7, color="grey")
    figure.autofmt_xdate()
    figure.tight_layout()
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
    return drawn
