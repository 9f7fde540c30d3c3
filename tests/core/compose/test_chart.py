"""`nk-aid chart`: one panel per unit, one line per series, hedges drawn, the format from the suffix, and one line
instead of an empty axis."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from core.compose.chart import chart_format, draw_chart, plan_chart, render_chart
from core.models import Briefing, Category, Direction, Estimate, Qualifier, Series, Status
from tests.fakes.sample_store import ingest_sample, run_cli


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield ingest_sample(tmp_path_factory.mktemp("chart"))


def estimate(series: str, value: int, day: date | None, *, unit: str = "troops", hedge: Qualifier | None = None,
             value_max: int | None = None, category: Category = Category.TROOPS) -> Estimate:  # fmt: skip
    return Estimate(
        series=series, category=category, subtype=series, value=value, value_max=value_max, hedge=hedge, unit=unit,
        status=Status.REPORTED, incremental=False, direction=Direction.NK_TO_RU, reported_on=day,
        source="South Korea NIS", authorities=["South Korea NIS"], reports=1, outlets=1, quote="...",
    )  # fmt: skip


def briefing(headlines: list[Estimate], history: list[Series] | None = None) -> Briefing:
    return Briefing(
        topic="all", categories=list(Category), generated_at=datetime(2026, 1, 1, tzinfo=UTC), headlines=headlines,
        additions=[], planned=[], history=history or [],
    )  # fmt: skip


TROOPS_EARLY = estimate("troops", 11_000, date(2024, 11, 1), hedge=Qualifier.MORE_THAN)
TROOPS = estimate("troops", 15_000, date(2025, 4, 30))
KILLED = estimate("killed", 600, date(2025, 4, 30), category=Category.CASUALTIES, value_max=700)
SHELLS = estimate("artillery shells", 6_000_000, date(2024, 8, 28), unit="shells", category=Category.AMMUNITION,
                  hedge=Qualifier.UP_TO)  # fmt: skip
MISSILES_UNDATED = estimate("missiles", 148, None, unit="missiles", category=Category.MISSILES)
HISTORY = [Series(name="troops", category=Category.TROOPS, points=[TROOPS_EARLY, TROOPS], headline=TROOPS)]
ALL = briefing([TROOPS, KILLED, SHELLS, MISSILES_UNDATED], HISTORY)


def test_one_panel_per_unit_and_one_line_per_series() -> None:
    plan = plan_chart(ALL)
    # casualties are counted in troops too, but a reader must not read them as troops sent: a panel of their own
    assert [p.title for p in plan.panels] == ["troops", "casualties (troops)", "artillery shells (shells)"]
    assert [[line.name for line in p.lines] for p in plan.panels] == [["troops"], ["killed"], ["artillery shells"]]
    assert [len(line.points) for p in plan.panels for line in p.lines] == [2, 1, 1]
    assert (plan.points, plan.undated) == (4, 1)  # the undated missiles are counted, never drawn at "Jan 1970"


def test_the_figure_has_one_axis_per_panel_hedge_markers_and_range_bands() -> None:
    figure = draw_chart(plan_chart(ALL))
    shown = [axes for axes in figure.axes if axes.axison]
    titles = [axes.get_title(loc="left") for axes in shown]
    assert titles == ["troops", "casualties (troops)", "artillery shells (shells)"]
    assert len(figure.axes) == 4  # a 2x2 grid: the fourth cell is switched off, not an empty axis
    troops, killed, shells = shown
    assert [line.get_marker() for line in troops.get_lines()[1:]] == ["^", "o"]  # "more than" points up
    assert shells.get_lines()[1].get_marker() == "v"  # "up to" points down
    assert killed.collections, "a range is drawn as a band"
    (entry,) = troops.get_legend().get_texts()
    assert entry.get_text() == "troops: more than 11,000 -> 15,000 (South Korea NIS, Apr 2025)"


def test_nothing_dated_is_a_sentence_not_an_empty_axis() -> None:
    plan = plan_chart(briefing([MISSILES_UNDATED]))
    assert plan.panels == [] and plan.empty_message() == "nothing to chart for all: no dated estimates (1 undated)"
    buffer = io.BytesIO()
    assert render_chart(briefing([MISSILES_UNDATED]), buffer) == 0  # the bots still get a picture: the sentence
    assert buffer.getvalue()[:4] == b"\x89PNG"
    assert draw_chart(plan).axes == []


@pytest.mark.parametrize(
    ("name", "expected"), [("a.png", "png"), ("b.SVG", "svg"), ("c.pdf", "pdf"), ("d.jpg", None), ("e", None)]
)
def test_the_format_comes_from_the_suffix(name: str, expected: str | None) -> None:
    assert chart_format(Path(name)) == expected


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<?xml"), (".pdf", b"%PDF-")])
def test_chart_command_writes_the_format_its_suffix_names(sample_db: Path, tmp_path: Path, suffix: str,
                                                         magic: bytes) -> None:  # fmt: skip
    out = tmp_path / f"all{suffix}"
    result = run_cli(sample_db, "chart", "all", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(magic)
    assert result.stdout.startswith(f"wrote {out} (9 panels, 13 lines, 19 dated estimates)")
    if suffix == ".svg":
        assert b"<svg" in out.read_bytes()[:1000]


def test_chart_command_refuses_an_unknown_suffix(sample_db: Path, tmp_path: Path) -> None:
    result = run_cli(sample_db, "chart", "all", "-o", str(tmp_path / "all.jpg"))
    assert result.returncode == 2
    wanted = f"Invalid value for '-o': '{tmp_path / 'all.jpg'}': the suffix gives the format, one of .png, .svg, .pdf"
    assert wanted in result.stderr
    assert not (tmp_path / "all.jpg").exists()


def test_chart_command_with_nothing_dated_says_so_in_one_line(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "missiles.png"
    result = run_cli(sample_db, "chart", "missiles", "-o", str(out))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "nothing to chart for missiles: no dated estimates (1 undated)\n"
    assert not out.exists()


def test_chart_without_matplotlib_names_the_extra(sample_db: Path, tmp_path: Path) -> None:
    code = "import sys; sys.modules['matplotlib'] = None; from bot.cli import main; main()"
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{sample_db}"}
    result = subprocess.run(
        [sys.executable, "-c", code, "chart", "all", "-o", str(tmp_path / "all.png")],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "error: nk-aid chart needs matplotlib, which is not installed: pip install 'nk-aid[chart]'\n"
    )


def test_no_legend_or_title_runs_into_another_panel() -> None:
    """Long series names and sources on many panels: every legend, title and axis stays apart from the others
    and inside the picture (the old chart put the legend over the data and its point labels over each other)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    long_source = "Multilateral Sanctions Monitoring Team on North Korea-Russia cooperation (MSMT)"
    many = [
        estimate(f"series {i} with a rather long descriptive name", 100 * (i + 1), date(2025, 1 + i % 12, 1),
                 unit=f"unit{i // 2}", hedge=Qualifier.MORE_THAN).model_copy(update={"source": long_source})
        for i in range(10)
    ]  # fmt: skip
    figure = draw_chart(plan_chart(briefing(many)))
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    boxes = []
    for axes in figure.axes:
        if axes.axison:
            boxes.append(("axes", axes.get_window_extent(renderer)))
            boxes.append(("legend", axes.get_legend().get_window_extent(renderer)))
            boxes.append(("title", axes.title.get_window_extent(renderer)))
    assert len(boxes) == 15  # 5 units -> 5 panels
    page = figure.bbox
    for i, (kind, box) in enumerate(boxes):
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, kind
        for other_kind, other in boxes[i + 1 :]:
            assert not box.overlaps(other), (kind, other_kind)


def test_a_long_source_shows_in_a_legend_by_its_acronym_and_its_relay() -> None:
    relayed = estimate("troops", 12000, date(2025, 4, 1)).model_copy(
        update={"source": "Institute for the Study of War (ISW) (via Reuters)"}
    )
    (axes,) = [axes for axes in draw_chart(plan_chart(briefing([relayed]))).axes if axes.axison]
    (entry,) = axes.get_legend().get_texts()
    assert entry.get_text() == "troops: 12,000 (ISW (via Reuters), Apr 2025)"
