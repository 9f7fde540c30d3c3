"""Export of the store: stored claims and reconciled findings as CSV or JSON Lines, written row by row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

from core.models import Claim, Estimate
from core.reconcile.findings import Report
from core.store import SqlStore

FORMATS = ("csv", "jsonl")
WHATS = ("claims", "findings")

# A claim row: the claim as `nk-aid extract --format jsonl` prints it (the gold schema's fields, then article, span,
# confidence), then the article it came from and when that was stored.
CLAIM_FIELDS = (*Claim.model_fields, "url", "title", "outlet", "published", "ingested_at")
# A finding row: one figure across every report of it, as a briefing states it (its quoted report's hedge and
# source), and how far it is backed. `kind` says where a briefing lists it.
FINDING_FIELDS = (
    "kind",
    "series",
    "category",
    "subtype",
    "direction",
    "value",
    "value_max",
    "hedge",
    "unit",
    "status",
    "incremental",
    "reported_on",
    "as_of",
    "source",
    "authorities",
    "reports",
    "outlets",
    "quote",
    "url",
    "title",
    "outlet",
    "published",
    "sample",
    "first_ingested",
)


def claim_rows(store: SqlStore, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Every stored claim (of articles stored at or after `since`), in the order stored, streamed from the store."""
    for report in store.iter_reports(since):
        yield claim_row(report)


def claim_row(report: Report) -> dict[str, Any]:
    """A stored claim in the extract schema, plus its article's URL, title, outlet, date and when it was stored."""
    row: dict[str, Any] = report.claim.model_dump(mode="json")
    row.update(
        url=report.url,
        title=report.title,
        outlet=report.outlet,
        published=report.published.isoformat() if report.published else None,
        ingested_at=_moment(report.ingested_at),
    )
    return {name: row[name] for name in CLAIM_FIELDS}


def _moment(moment: datetime | None) -> str | None:
    """As pydantic writes a UTC moment in JSON (the findings' `first_ingested`), so both exports read alike."""
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def finding_rows(store: SqlStore, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Every reconciled finding (first stored at or after `since`), ordered by category, item and date.

    Reconciliation needs every claim at once (near-duplicate stories, conflicts), so findings are computed in
    memory (the same cached picture the briefings use); the rows are written one at a time."""
    from core.compose.briefing import reconciled, to_estimate

    findings = reconciled(store).findings
    ordered = sorted(findings, key=lambda f: (f.key.category.value, f.key.item, f.as_of or datetime.min.date()))
    for finding in ordered:
        if since is None or (finding.first_ingested is not None and finding.first_ingested >= since):
            yield finding_row(finding.kind.value, to_estimate(finding))


def finding_row(kind: str, estimate: Estimate) -> dict[str, Any]:
    data = estimate.model_dump(mode="json")
    data.update(kind=kind)
    return {name: data[name] for name in FINDING_FIELDS}


def write_rows(rows: Iterable[dict[str, Any]], fields: tuple[str, ...], fmt: str, out: TextIO) -> int:
    """Write rows as CSV (a header, then one line per row; lists joined with '; ') or JSON Lines, each row as it
    comes; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"export format {fmt!r} is not one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    columns = [c for name in fields for c in (("span_start", "span_end") if name == "span" else (name,))]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_csv_cells(row))
        count += 1
    return count


def _csv_cells(row: dict[str, Any]) -> list[str]:
    """A row's cells: empty for none, true/false as JSON writes them, a span as two columns, lists joined."""
    cells: list[str] = []
    for name, value in row.items():
        if name == "span":
            cells.extend(str(v) for v in value)
        elif value is None:
            cells.append("")
        elif isinstance(value, bool):
            cells.append("true" if value else "false")
        elif isinstance(value, list):
            cells.append(_inert("; ".join(str(v) for v in value)))
        elif isinstance(value, str):
            cells.append(_inert(value))
        else:
            cells.append(str(value))
    return cells


def _inert(text: str) -> str:
    """Text from articles never starts a spreadsheet formula: a cell that opens with = + - @ (or a tab or carriage
    return) gets a leading apostrophe, as spreadsheets themselves write literal text (OWASP's CSV injection rule)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
