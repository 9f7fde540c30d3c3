"""`nk-aid ingest`, `brief`, `digest` and `chart`: what goes into the store and what is read back out."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import click

from core.cli.app import Context, cli, fail, parse_since_option


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.pass_obj
def ingest(obj: Context, targets: tuple[str, ...]) -> None:
    """Extract and store articles from files, directories or URLs (an article page or an RSS/Atom feed);
    ingesting twice adds nothing."""
    from core.feeds import ingest_urls
    from core.ingest import iter_input_paths
    from core.service import RunSummary, ingest_paths

    urls = [t for t in targets if _is_url(t)]
    paths = [Path(t) for t in targets if not _is_url(t)]
    failed = False
    if paths:
        summary = RunSummary()
        files = list(iter_input_paths(paths))
        store = obj.store  # an unusable store stops here, before anything is read
        try:
            with _progress(len(files)) as advance:
                ingest_paths(files, obj.lexicon, store, obj.settings.max_input_bytes, summary, on_file=advance)
        finally:  # also when the store fails mid-batch (exit 2): what was done before is reported
            for err in summary.failed:
                click.echo(f"error: {err}", err=True)
            for skip in summary.skipped:
                click.echo(f"skipped: {skip.source}: {skip.reason}", err=True)
            click.echo(summary.line())
        failed = bool(summary.failed)
    if urls:
        import asyncio

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


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A progress bar on stderr for long batches at a terminal; silent otherwise."""
    if total < 20 or not sys.stderr.isatty():
        yield lambda _path: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("ingesting", total=total)
        yield lambda _path: progress.advance(task)


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
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PNG file")
@click.pass_obj
def chart(obj: Context, topic: str, output: Path) -> None:
    """Draw the estimate history of TOPIC as a PNG chart."""
    from core.compose.briefing import build_briefing
    from core.compose.chart import render_chart
    from core.compose.topics import resolve_topic

    drawn = render_chart(build_briefing(obj.store, resolve_topic(topic, obj.lexicon)), output)
    click.echo(f"wrote {output} ({drawn} dated estimates)")
