"""`nk-aid extract`: claims of article files, as a table, a JSON array or JSON Lines, streamed in input order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from core.cli.app import Context, cli, fail

if TYPE_CHECKING:
    from core.models import Claim
    from core.service import RunSummary


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim in the gold schema, plus article, span and confidence."""
    from core.models import GOLD_FIELDS

    data = claim.model_dump(mode="json")
    record = {name: data[name] for name in GOLD_FIELDS}
    record.update(article=claim.article, span=list(claim.span), confidence=claim.confidence)
    return record


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="text", show_default=True,
              help="json: one array; jsonl: one claim per line; text: a table (json and jsonl stream).")  # fmt: skip
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core; 1 reads in this process).")  # fmt: skip
@click.pass_obj
def extract(obj: Context, paths: tuple[Path, ...], fmt: str, jobs: int | None) -> None:
    """Extract claims from article files or directories (default: the bundled sample corpus), in input order."""
    lexicon = obj.load_engine()
    from core.service import RunSummary, default_jobs, extract_paths, render_paths
    from core.settings import SAMPLE_CORPUS_DIR

    summary = RunSummary()
    targets = list(paths) or [SAMPLE_CORPUS_DIR]
    workers, max_bytes = jobs or default_jobs(), obj.settings.max_input_bytes
    reported = [0, 0]  # failures and skips already on stderr: each is told once, as soon as it is known
    if fmt == "text":
        table: list[Claim] = []
        for result in extract_paths(targets, lexicon, max_bytes, summary, workers=workers):
            _report_new(summary, reported)
            table.extend(result.claims)
        _report_new(summary, reported)
        _print_claims_table(table)
        click.echo(
            f"{summary.articles} articles, {len(table)} claims, {len(summary.skipped)} skipped, "
            f"{len(summary.failed)} failed",
            err=True,
        )
    else:
        # JSON is written by the processes that extract (render_paths): this one only passes the text on
        render = json_lines if fmt == "jsonl" else json_array_items
        writer = _ClaimWriter(fmt)
        for rendered in render_paths(targets, lexicon, max_bytes, summary, render, workers=workers):
            _report_new(summary, reported)
            writer.write(rendered.text)
        _report_new(summary, reported)
        writer.close()
    if summary.failed:
        fail()


def json_lines(claims: list[Claim]) -> str:
    """Claims as JSON Lines, one record a line."""
    return "".join(_encode_line(claim_record(c)) + "\n" for c in claims)


def json_array_items(claims: list[Claim]) -> str:
    """Claims as items of the `--format json` array, as `json.dumps(records, ensure_ascii=False, indent=1)`
    writes them."""
    return ",\n ".join(indented_item(claim_record(c)) for c in claims)


# Made once (json.dumps makes an encoder per call when given options); without indent they run in C. Records
# are flat dicts made here, so no cycle check (it was a third of the encoding).
_encode_line = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_encode_fields = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",\n  ", ": ")).encode
_encode_list = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",\n   ", ": ")).encode


def indented_item(record: dict[str, Any]) -> str:
    """A flat record (scalars and lists of scalars) as an item of an array that `json.dumps(..., indent=1)`
    writes, byte for byte. The json module's indenting encoder is pure Python and was a tenth of a worker's time;
    this writes runs of fields with its C encoder and puts the line breaks in its separators."""
    parts: list[str] = []
    run: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, list):
            if run:
                parts.append(_encode_fields(run)[1:-1])
                run = {}
            listed = f"[\n   {_encode_list(value)[1:-1]}\n  ]" if value else "[]"
            parts.append(f"{_encode_fields(key)}: {listed}")
        else:
            run[key] = value
    if run:
        parts.append(_encode_fields(run)[1:-1])
    return "{\n  " + ",\n  ".join(parts) + "\n }" if parts else "{}"


class _ClaimWriter:
    """Writes claims as they come, so memory does not grow with the batch. The JSON array is the one
    `json.dumps(records, indent=1)` gives, item by item (byte for byte, so scripts reading it see no change)."""

    def __init__(self, fmt: str) -> None:
        self._jsonl = fmt == "jsonl"
        self._started = False

    def write(self, text: str) -> None:
        """One article's claims, as `json_lines` or `json_array_items` wrote them."""
        if not text:
            return
        if not self._jsonl:
            text = (",\n " if self._started else "[\n ") + text
        self._started = True
        click.echo(text, nl=False)

    def close(self) -> None:
        if not self._jsonl:
            click.echo("\n]" if self._started else "[]")


def _report_new(summary: RunSummary, reported: list[int]) -> None:
    for err in summary.failed[reported[0] :]:
        click.echo(f"error: {err}", err=True)
    for skip in summary.skipped[reported[1] :]:
        click.echo(f"skipped: {skip.source}: {skip.reason}", err=True)
    reported[:] = [len(summary.failed), len(summary.skipped)]


def _print_claims_table(claims: list[Claim]) -> None:
    from core.terminal import print_claims_table

    print_claims_table(claims)
