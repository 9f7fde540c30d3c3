"""The `nk-aid` command line: extract, eval, ingest, brief, digest, chart, sources, explain, check-config."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from core.errors import NkAidError

if TYPE_CHECKING:  # the commands import what they use, so `--help` and `extract` start fast (issue 16)
    from core.evaluate import GoldArticle, Prediction, Report, Tally
    from core.lexicon import Lexicon
    from core.models import Claim
    from core.service import RunSummary
    from core.settings import Settings
    from core.store import SqlStore
    from core.store.feeds import FeedState, FeedStore

GOLD_FIELDS = (
    "category",
    "subtype",
    "direction",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "status",
    "incremental",
    "period",
    "source",
    "quote",
)


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim in the gold schema, plus article, span and confidence."""
    data = claim.model_dump(mode="json")
    record = {name: data[name] for name in GOLD_FIELDS}
    record.update(article=claim.article, span=list(claim.span), confidence=claim.confidence)
    return record


class _Context:
    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._lexicon: Lexicon | None = None
        self._store: SqlStore | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from core.settings import load_settings

            self._settings = load_settings()
        return self._settings

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            from core.lexicon import load_lexicon

            self._lexicon = load_lexicon(self.settings.lexicon_path)
        return self._lexicon

    @property
    def store(self) -> SqlStore:
        if self._store is None:
            from core.store import SqlStore, open_engine

            self._store = SqlStore(open_engine(self.settings.database_url), self.lexicon)
        return self._store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(package_name="nk-aid")
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    """Briefings on North Korea's military support to Russia, from news articles."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose < 2:  # trafilatura warns of every page it discards, also when our second reading finds the text
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    ctx.obj = _Context()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="text", show_default=True,
              help="json: one array; jsonl: one claim per line; text: a table (json and jsonl stream).")  # fmt: skip
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core; 1 reads in this process).")  # fmt: skip
@click.pass_obj
def extract(obj: _Context, paths: tuple[Path, ...], fmt: str, jobs: int | None) -> None:
    """Extract claims from article files or directories (default: the bundled sample corpus), in input order."""
    from core.service import RunSummary, default_jobs, extract_paths
    from core.settings import SAMPLE_CORPUS_DIR

    summary = RunSummary()
    targets = list(paths) or [SAMPLE_CORPUS_DIR]
    results = extract_paths(targets, obj.lexicon, obj.settings.max_input_bytes, summary, workers=jobs or default_jobs())
    table: list[Claim] = []
    writer = _ClaimWriter(fmt)
    reported = [0, 0]  # failures and skips already on stderr: each is told once, as soon as it is known
    for result in results:
        _report_new(summary, reported)
        if fmt == "text":
            table.extend(result.claims)
        else:
            writer.write(result.claims)
    _report_new(summary, reported)
    if fmt == "text":
        _print_claims_table(table)
        click.echo(
            f"{summary.articles} articles, {len(table)} claims, {len(summary.skipped)} skipped, "
            f"{len(summary.failed)} failed",
            err=True,
        )
    else:
        writer.close()
    if summary.failed:
        sys.exit(1)


class _ClaimWriter:
    """Writes claims as they come, so memory does not grow with the batch. The JSON array is the one
    `json.dumps(records, indent=1)` gives, item by item (byte for byte, so scripts reading it see no change)."""

    def __init__(self, fmt: str) -> None:
        self._jsonl = fmt == "jsonl"
        self._count = 0

    def write(self, claims: list[Claim]) -> None:
        if not claims:
            return
        if self._jsonl:
            text = "".join(json.dumps(claim_record(c), ensure_ascii=False) + "\n" for c in claims)
        else:
            items = [json.dumps(claim_record(c), ensure_ascii=False, indent=1).replace("\n", "\n ") for c in claims]
            text = ("[\n " if self._count == 0 else ",\n ") + ",\n ".join(items)
        self._count += len(claims)
        click.echo(text, nl=False)

    def close(self) -> None:
        if not self._jsonl:
            click.echo("[]" if self._count == 0 else "\n]")


def _report_new(summary: RunSummary, reported: list[int]) -> None:
    for err in summary.failed[reported[0] :]:
        click.echo(f"error: {err}", err=True)
    for skip in summary.skipped[reported[1] :]:
        click.echo(f"skipped: {skip.source}: {skip.reason}", err=True)
    reported[:] = [len(summary.failed), len(summary.skipped)]


def _print_claims_table(claims: list[Claim]) -> None:
    from core.terminal import print_claims_table

    print_claims_table(claims)


@cli.command(name="eval")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-f1", type=float, default=None, help="Exit 1 when quantified-claim F1 is below this.")
@click.option("--min-precision", type=float, default=None, help="Exit 1 when quantified precision is below this.")
@click.option(
    "--min-agreement",
    type=float,
    default=None,
    help="Exit 1 when qualifier or status agreement on matches is below this.",
)
@click.option(
    "--min-source-agreement", type=float, default=None, help="Exit 1 when source agreement on matches is below this."
)
@click.option(
    "--min-strict-f1",
    type=float,
    default=None,
    help="Exit 1 when strict F1 (every field and the source) is below this.",
)
@click.option(
    "--min-unquantified-f1", type=float, default=None, help="Exit 1 when unquantified-claim F1 is below this."
)
@click.option(
    "--show-errors", is_flag=True, help="List misses, spurious claims, wrong sources and wrong fields of matches."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def evaluate(obj: _Context, /, gold_dirs: tuple[Path, ...], show_errors: bool, fmt: str, **gates: float | None) -> None:
    """Score extraction against GOLD_DIR/*.gold.json (one or more directories), as tools/score.py does;
    --format json prints score.py's --json keys."""
    from core.evaluate import find_gold_articles, score

    golds = [g for d in gold_dirs for g in find_gold_articles(d)]
    if not golds:
        raise click.ClickException("no NAME.gold.json files in " + ", ".join(map(str, gold_dirs)))
    pairs = [(gold, _predictions(obj, gold)) for gold in golds]
    report = score(pairs)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=1))
    else:
        _print_report(report, show_errors)
    failures = _gate_failures(report, gates)
    for failure in failures:
        click.echo(f"FAIL: {failure}", err=True)
    if failures:
        sys.exit(1)


def _predictions(obj: _Context, gold: GoldArticle) -> list[Prediction]:
    """The claims `nk-aid extract` gives for a gold article's file (the same reading, skips and all)."""
    from core.evaluate import prediction_from_claim
    from core.service import process_file

    if gold.path is None:
        click.echo(f"warning: {gold.gold_path}: no article beside it; its claims count as missed", err=True)
        return []
    outcome = process_file(gold.path, obj.lexicon, obj.settings.max_input_bytes)
    if outcome.error is not None:
        click.echo(f"error: {outcome.error}", err=True)
    return [prediction_from_claim(c) for r in outcome.results for c in r.claims]


def _gate_failures(report: Report, gates: dict[str, float | None]) -> list[str]:
    """One line per gate the report falls below, naming the gate and the figure."""
    q = report.quantified
    figures: list[tuple[str, str, float | None]] = [
        ("min_f1", "quantified F1", q.f1),
        ("min_precision", "quantified precision", q.precision),
        ("min_agreement", "qualifier agreement", report.agreement("qualifier")),
        ("min_agreement", "status agreement", report.agreement("status")),
        ("min_source_agreement", "source agreement", report.agreement("source")),
        ("min_strict_f1", "strict F1", report.strict.f1),
        ("min_unquantified_f1", "unquantified F1", report.unquantified.f1),
    ]
    failures = []
    for gate, label, figure in figures:
        threshold = gates.get(gate)
        # no matched claims means no disagreement: the F1 gates speak for that case
        if threshold is not None and figure is not None and figure < threshold:
            option = "--" + gate.replace("_", "-")
            failures.append(f"{label} {figure:.4f} is below {option} {threshold}")
    if (gates.get("min_f1") is not None or gates.get("min_precision") is not None) and report.offtopic_claims:
        failures.append(f"{report.offtopic_claims} claims on off-topic/non-English articles (gated with --min-f1)")
    return failures


def _print_report(report: Report, show_errors: bool) -> None:
    from core.evaluate import AGREEMENT_FIELDS

    echo = click.echo
    echo(f"{report.articles} articles")
    echo(f"{'category':<20} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'f1':>6}")
    for name, t in sorted(report.by_category.items()):
        echo(_tally_row(name, t))
    q = report.quantified
    echo(_tally_row("QUANTIFIED", q) + f"  (gold {q.tp + q.fn}, predicted {q.tp + q.fp})")
    echo(_tally_row("STRICT", report.strict) + "  (category, value, every field and the source right)")
    echo(_tally_row("unquantified", report.unquantified))
    echo(f"source agreement on matches: {_rate(report.agreement('source'))}")
    echo("agreement on matches: " + ", ".join(f"{n} {_rate(report.agreement(n))}" for n in AGREEMENT_FIELDS))
    echo(f"claims on off-topic/non-English articles: {report.offtopic_claims}")
    if show_errors:
        for m in report.mismatches:
            echo(f"  {m.kind:<8} {m.article} {m.category} {m.value}: {m.quote[:150]}")
        for d in sorted(report.disagreements, key=lambda d: d.field != "source"):  # sources first: readers see them
            label = "source" if d.field == "source" else f"field {d.field}"
            echo(f"  wrong {label}: {d.article} {d.category} {d.value}: gold {d.gold!r}, got {d.got!r}")


def _tally_row(name: str, t: Tally) -> str:
    return f"{name:<20} {t.tp:>4} {t.fp:>4} {t.fn:>4} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}"


def _rate(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.3f}"


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.pass_obj
def ingest(obj: _Context, targets: tuple[str, ...]) -> None:
    """Extract and store articles from files, directories or URLs (an article page or an RSS/Atom feed);
    ingesting twice adds nothing."""
    from core.ingest import iter_input_paths
    from core.service import RunSummary, ingest_paths
    from core.sources import ingest_urls

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

        polled = asyncio.run(ingest_urls(obj.store, obj.settings, urls))
        for reason in polled.failed:
            click.echo(f"error: {reason}", err=True)
        click.echo(polled.line())
        failed = failed or bool(polled.failed)
    if failed:
        sys.exit(1)


def _is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _progress(total: int) -> AbstractContextManager[Callable[[Path], None]]:
    from core.terminal import progress

    return progress(total)


@cli.command()
@click.argument("topic")
@click.option("--since", "since", default=None, help="Also list what is new since this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.pass_obj
def brief(obj: _Context, topic: str, since: str | None, fmt: str) -> None:
    """The current picture for TOPIC: troops, artillery, mrl, missiles, ammo, casualties, drones, tech, workers, all."""
    from core.compose.briefing import build_briefing
    from core.compose.render import render_markdown, render_text
    from core.compose.topics import resolve_topic

    briefing = build_briefing(obj.store, resolve_topic(topic, obj.lexicon), _day(since) if since else None)
    if fmt == "json":
        click.echo(briefing.model_dump_json(indent=1))
    else:
        click.echo(render_markdown(briefing) if fmt == "markdown" else render_text(briefing), nl=False)


@cli.command()
@click.option("--since", "since", default="24h", show_default=True, help="24h, 7d or a date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def digest(obj: _Context, since: str, fmt: str) -> None:
    """What changed in the period: new findings, revised estimates, new conflicts."""
    from core.compose.digest import build_digest, render_digest

    result = build_digest(obj.store, _moment(since))
    click.echo(result.model_dump_json(indent=1) if fmt == "json" else render_digest(result), nl=fmt == "json")


@cli.command()
@click.argument("topic")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The chart file; its suffix gives the format: .png, .svg or .pdf.")  # fmt: skip
@click.pass_obj
def chart(obj: _Context, topic: str, output: Path) -> None:
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
        sys.exit(1)
    drawn = render_chart(briefing, output, fmt)
    click.echo(f"wrote {output} ({len(plan.panels)} panels, {plan.lines} lines, {drawn} dated estimates)")


@cli.command(name="export")
@click.argument("what", type=click.Choice(["claims", "findings"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@click.option("--since", default=None, help="Only what was stored since then: 24h, 7d, 2w or a date (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="File to write (default: standard output).")  # fmt: skip
@click.pass_obj
def export_command(obj: _Context, what: str, fmt: str, since: str | None, output: Any) -> None:
    """Write the stored claims or the reconciled findings as CSV or JSON Lines, row by row."""
    from core.commands import CommandError, parse_since
    from core.export import CLAIM_FIELDS, FINDING_FIELDS, claim_rows, finding_rows, write_rows

    try:
        moment = parse_since(since) if since else None
    except CommandError as err:
        raise click.BadParameter(str(err), param_hint="'--since'") from None
    if what == "claims":
        write_rows(claim_rows(obj.store, moment), CLAIM_FIELDS, fmt, output)
    else:
        write_rows(finding_rows(obj.store, moment), FINDING_FIELDS, fmt, output)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _moment(text: str) -> datetime:
    """'24h', '7d' or 'YYYY-MM-DD' as an aware UTC datetime."""
    now = datetime.now(UTC)
    if text[:-1].isdigit() and text[-1:] in ("h", "d"):
        amount = int(text[:-1])
        return now - (timedelta(hours=amount) if text.endswith("h") else timedelta(days=amount))
    return datetime.combine(_day(text), time.min, tzinfo=UTC)


@cli.command(name="check-config")
@click.pass_obj
def check_config(obj: _Context) -> None:
    """Validate settings and the lexicon, then say where they came from (secrets are never shown)."""
    from core.settings import settings_file
    from core.sources import load_sources

    settings, settings_path = obj.settings, settings_file()
    lexicon = obj.lexicon
    read = f"the environment and {settings_path}" if settings_path.is_file() else "the environment (no nk-aid.toml)"
    click.echo(f"ok: settings from {read}")
    adapters = [
        name for name, token in (("slack", settings.slack_bot_token), ("discord", settings.discord_token)) if token
    ]
    click.echo(f"ok: chat adapters: {', '.join(adapters) or 'none (no SLACK_BOT_TOKEN or DISCORD_TOKEN)'}")
    click.echo(
        f"ok: {obj.settings.lexicon_path} ({len(lexicon.spec.term)} item terms, {len(lexicon.spec.source)} sources)"
    )
    click.echo(f"ok: {obj.settings.sources_path} ({len(load_sources(obj.settings.sources_path))} live sources)")


@cli.group()
def sources() -> None:
    """The live sources (RSS/Atom feeds and pages) polled into the store."""


@sources.command(name="list")
@click.pass_obj
def sources_list(obj: _Context) -> None:
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
def sources_add(obj: _Context, name: str, url: str, every: str, keywords: tuple[str, ...]) -> None:
    """Add a source NAME at URL (a feed, or a page to watch); it is polled from the next poll on."""
    from pydantic import ValidationError

    from core.sources import SourceSpec

    try:
        spec = SourceSpec(name=name, url=url, every=every, keywords=keywords)
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
def sources_remove(obj: _Context, name: str) -> None:
    """Stop polling the source NAME (its articles stay in the store)."""
    if not _feeds(obj).remove(name):
        raise click.ClickException(f"no source named {name!r} (see `nk-aid sources list`)")
    click.echo(f"removed {name}")


@sources.command(name="check")
@click.pass_obj
def sources_check(obj: _Context) -> None:
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
        sys.exit(1)


@sources.command(name="poll")
@click.pass_obj
def sources_poll(obj: _Context) -> None:
    """Poll the sources that are due now (the bot does this on a schedule)."""
    import asyncio

    from core.sources import poll_due_sources

    summary = asyncio.run(poll_due_sources(obj.store, obj.settings))
    for reason in summary.failing_sources + summary.failed:
        click.echo(f"error: {reason}", err=True)
    click.echo(summary.line())


@cli.command(name="explain")
@click.argument("url")
@click.pass_obj
def explain_command(obj: _Context, url: str) -> None:
    """What happened to the article at URL: not fetched, not relevant, duplicate of another, or its claims."""
    from core.sources import explain_url

    for line in explain_url(_feeds(obj), url):
        click.echo(line)


def _feeds(obj: _Context) -> FeedStore:
    """The feed list, with config/sources.toml merged in (validated here: a bad entry stops the command)."""
    from core.sources import load_sources
    from core.store.feeds import FeedStore

    feeds = FeedStore(obj.store.engine)
    feeds.sync_config(load_sources(obj.settings.sources_path), datetime.now(UTC))
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


def main() -> None:
    """Console-script entry: an NkAidError becomes one line on stderr and exit status 2; a bug becomes one
    line too (the traceback goes to the log at -vv), exit status 3."""
    try:
        cli(standalone_mode=True)
    except NkAidError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    except Exception as err:  # never a traceback for users; the log keeps it for us
        logging.getLogger("nk_aid").debug("unexpected error", exc_info=True)
        click.echo(f"error: internal error ({type(err).__name__}: {err}); rerun with -vv for details", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
