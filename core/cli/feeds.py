"""`nk-aid sources ...` and `nk-aid explain`: the live feeds, their health, a poll now, and what became of a URL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from core.cli.app import Context, cli, fail

if TYPE_CHECKING:
    from core.store.feeds import FeedState, FeedStore


@cli.group()
def sources() -> None:
    """The live sources (RSS/Atom feeds and pages) polled into the store."""


@sources.command(name="list")
@click.pass_obj
def sources_list(obj: Context) -> None:
    """Every source with its interval, keywords and health."""
    feeds = _feeds(obj)
    for feed in feeds.feeds():
        keywords = f" keywords: {', '.join(feed.keywords)}" if feed.keywords else ""
        click.echo(f"{feed.name}  {feed.url}  every {_duration(feed.every_s)}  {_health(feed)}{keywords}")


@sources.command(name="add")
@click.argument("name")
@click.argument("url")
@click.option("--every", default="30m", show_default=True, help="Poll interval: 15m, 2h, 1d or seconds.")
@click.option("--keyword", "keywords", multiple=True, help="Fetch only entries mentioning one of these (repeatable).")
@click.pass_obj
def sources_add(obj: Context, name: str, url: str, every: str, keywords: tuple[str, ...]) -> None:
    """Add a source NAME at URL (a feed, or a page to watch); it is polled from the next poll on."""
    from pydantic import ValidationError

    from core.feeds import FeedSpec

    try:
        spec = FeedSpec(name=name, url=url, every=every, keywords=keywords)
    except ValidationError as err:
        first = err.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        raise click.BadParameter(message, param_hint=str(first["loc"][0])) from None
    if not _feeds(obj).add(spec.name, spec.url, spec.every, spec.keywords, datetime.now(UTC)):
        raise click.ClickException(f"a source named {spec.name!r} exists already")
    click.echo(f"added {spec.name}: {spec.url} every {_duration(spec.every)}")


@sources.command(name="remove")
@click.argument("name")
@click.pass_obj
def sources_remove(obj: Context, name: str) -> None:
    """Stop polling the source NAME (its articles stay in the store)."""
    if not _feeds(obj).remove(name):
        raise click.ClickException(f"no source named {name!r} (see `nk-aid sources list`)")
    click.echo(f"removed {name}")


@sources.command(name="check")
@click.pass_obj
def sources_check(obj: Context) -> None:
    """Report failing sources (backed off: each failure in a row doubles the wait); exit 1 if any fails."""
    feeds = _feeds(obj).feeds()
    failing = [feed for feed in feeds if feed.failures]
    for feed in failing:
        click.echo(
            f"failing: {feed.name}: {feed.last_error} ({feed.failures} failure(s) in a row; "
            f"last success {_when(feed.last_ok_at)}; next try {_when(feed.next_poll_at)})"
        )
    never = sum(1 for feed in feeds if feed.last_polled_at is None)
    click.echo(
        f"{len(feeds)} sources: {len(feeds) - len(failing) - never} ok, {len(failing)} failing, {never} not polled yet"
    )
    if failing:
        fail()


@sources.command(name="poll")
@click.pass_obj
def sources_poll(obj: Context) -> None:
    """Poll the sources that are due now (the bot does this on a schedule); exit 1 if a source or an item failed."""
    import asyncio

    from core.feeds import poll_due_feeds

    runtime = obj.runtime
    summary = asyncio.run(poll_due_feeds(runtime.store, runtime.settings, fetcher=runtime.fetcher, owner=runtime.owner))
    for reason in summary.failing_feeds + summary.failed:
        click.echo(f"error: {reason}", err=True)
    click.echo(summary.line())
    if summary.failing_feeds or summary.failed:
        fail()


@cli.command(name="explain")
@click.argument("url")
@click.pass_obj
def explain_command(obj: Context, url: str) -> None:
    """What happened to the article at URL: not fetched, not relevant, duplicate of another, or its claims;
    exit 1 if nk-aid has never seen it."""
    from core.feeds import explain_url, knows_url

    feeds = _feeds(obj)
    for line in explain_url(feeds, url):
        click.echo(line)
    if not knows_url(feeds, url):
        fail()


def _feeds(obj: Context) -> FeedStore:
    """The feed list, with config/sources.toml merged in (validated here: a bad entry stops the command)."""
    from core.feeds import load_feed_specs

    feeds = obj.runtime.feeds
    feeds.sync_config(load_feed_specs(obj.settings.sources_path), datetime.now(UTC))
    return feeds


def _health(feed: FeedState) -> str:
    if feed.failures:
        return f"FAILING x{feed.failures} ({feed.last_error}); next try {_when(feed.next_poll_at)}"
    if feed.last_polled_at is None:
        return "not polled yet"
    return f"ok, polled {_when(feed.last_polled_at)}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment is not None else "never"


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
