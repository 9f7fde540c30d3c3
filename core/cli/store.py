"""`nk-aid ingest`, `brief`, `digest`, `chart` and `export`: what goes into the store and what is read back out."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from core.cli.app import Context, cli, fail, parse_since_option

if TYPE_CHECKING:
    from core.store import SqlStore


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.pass_obj
def ingest(obj: Context, targets: tuple[str, ...]) -> None:
    """Extract and store articles from files, directories or URLs (an article page or an RSS/Atom feed);
    ingesting twice adds nothing."""
    lexicon = obj.load_engine()
    from core.ingest import iter_input_paths
    from core.service import RunSummary, ingest_paths

    urls = [t for t in targets if _is_url(t)]
    paths = [Path(t) for t in targets if not _is_url(t)]
    failed = False
    if paths:
        summary = RunSummary()
        files = list(iter_input_paths(paths))
        opened: list[SqlStore] = []

        def open_store() -> SqlStore:  # opened while the workers read the first files (core/service.py)
            opened.append(obj.store)
            return opened[0]

        try:
            with _progress(len(files)) as advance:
                ingest_paths(files, lexicon, open_store, obj.settings.max_input_bytes, summary, on_file=advance)
        finally:  # also when the store fails mid-batch (exit 2): what was done before is reported
            if opened:  # else the store was unusable: its one error line is all there is to say
                for err in summary.failed:
                    click.echo(f"error: {err}", err=True)
                for skip in summary.skipped:
                    click.echo(f"skipped: {skip.source}: {skip.reason}", err=True)
                click.echo(summary.line())
        failed = bool(summary.failed)
    if urls:  # feeds bring httpx and feedparser: imported only when there are URLs
        import asyncio

        from core.feeds import ingest_urls

        runtime = obj.runtime
        polled = asyncio.run(ingest_urls(runtime.store, runtime.settings, urls, fetcher=runtime.fetcher))
        for reason in polled.failed:
            click.echo(f"error: {reason}", err=True)
        click.echo(polled.line())
        failed = failed or bool(polled.failed)
    if failed:
        fail()


def _is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _progress(total: int) -> AbstractContextManager[Callable[[Path], None]]:
    """A progress bar on stderr for long batches at a terminal; silent otherwise (core/terminal.py)."""
    from core.terminal import progress

    return progress(total)


@cli.command()
@click.argument("topic")
@click.option("--since", "since", default=None, callback=parse_since_option,
              help="Also list what is new since then: 24h, 7d, 2w or a date (YYYY-MM-DD).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.pass_obj
def brief(obj: Context, topic: str, since: datetime | None, fmt: str) -> None:
    """The current picture for TOPIC: troops, artillery, mrl, missiles, ammo, casualties, drones, tech, workers, all."""
    from core.compose.briefing import build_briefing
    from core.compose.render import render_markdown, render_text
    from core.compose.topics import resolve_topic

    briefing = build_briefing(obj.store, resolve_topic(topic, obj.lexicon), since.date() if since else None)
    if fmt == "json":
        click.echo(briefing.model_dump_json(indent=1))
    else:
        click.echo(render_markdown(briefing) if fmt == "markdown" else render_text(briefing), nl=False)


@cli.command()
@click.option("--since", "since", default="24h", show_default=True, callback=parse_since_option,
              help="24h, 7d, 2w or a date (YYYY-MM-DD).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def digest(obj: Context, since: datetime, fmt: str) -> None:
    """What changed in the period: new findings, revised estimates, new conflicts."""
    from core.compose.digest import build_digest, render_digest

    result = build_digest(obj.store, since)
    click.echo(result.model_dump_json(indent=1) if fmt == "json" else render_digest(result), nl=fmt == "json")


@cli.command()
@click.argument("topic")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The chart file; its suffix gives the format: .png, .svg or .pdf.")  # fmt: skip
@click.pass_obj
def chart(obj: Context, topic: str, output: Path) -> None:
    """Draw the estimate history of TOPIC (one panel per unit) as PNG, SVG or PDF (needs nk-aid[chart])."""
    from core.compose.briefing import build_briefing
    from core.compose.chart import FORMATS, chart_format, plan_chart, render_chart
    from core.compose.topics import resolve_topic
    from core.extras import require_extra

    fmt = chart_format(output)
    if fmt is None:
        formats = ", ".join("." + f for f in FORMATS)
        raise click.BadParameter(f"'{output}': the suffix gives the format, one of {formats}", param_hint="'-o'")
    require_extra("chart", "nk-aid chart")
    briefing = build_briefing(obj.store, resolve_topic(topic, obj.lexicon))
    plan = plan_chart(briefing)
    if not plan.panels:
        click.echo(plan.empty_message(), err=True)
        fail()
    drawn = render_chart(briefing, output, fmt)
    click.echo(f"wrote {output} ({len(plan.panels)} panels, {plan.lines} lines, {drawn} dated estimates)")


@cli.command(name="export")
@click.argument("what", type=click.Choice(["claims", "findings"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@click.option("--since", "since", default=None, callback=parse_since_option,
              help="Only what was stored since then: 24h, 7d, 2w or a date (YYYY-MM-DD).")  # fmt: skip
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="File to write (default: standard output).")  # fmt: skip
@click.pass_obj
def export_command(obj: Context, what: str, fmt: str, since: datetime | None, output: Any) -> None:
    """Write the stored claims or the reconciled findings as CSV or JSON Lines, row by row."""
    from core.export import CLAIM_FIELDS, FINDING_FIELDS, claim_rows, finding_rows, write_rows

    if what == "claims":
        write_rows(claim_rows(obj.store, since), CLAIM_FIELDS, fmt, output)
    else:
        write_rows(finding_rows(obj.store, since), FINDING_FIELDS, fmt, output)
