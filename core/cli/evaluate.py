"""`nk-aid eval`: extraction scored against gold files as the team's scorer does, with gates for CI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from core.cli.app import Context, cli, fail

if TYPE_CHECKING:
    from core.evaluate import GoldArticle, Prediction, Report, Tally


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
def evaluate(obj: Context, /, gold_dirs: tuple[Path, ...], show_errors: bool, fmt: str, **gates: float | None) -> None:
    """Score extraction against GOLD_DIR/*.gold.json (one or more directories), as tools/score.py does;
    --format json prints score.py's --json keys."""
    obj.load_engine()
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
        fail()


def _predictions(obj: Context, gold: GoldArticle) -> list[Prediction]:
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
