"""Terminal output of the CLI: the claims table of `nk-aid extract` and the progress bar of long ingests.

Plain text and click only: the core install stays small (rich and its three dependencies were four of the
packages `pip install nk-aid` pulled in for one table and one progress bar).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click

from core.models import Claim

COLUMNS = ("article", "category", "value", "qualifier", "status", "+", "subtype", "period", "source")
_WIDEST = 40  # a longer cell (a subtype, a period, a source) is cut with "..." so a row stays on one line


def print_claims_table(claims: Sequence[Claim]) -> None:
    """One row per claim, columns aligned, under a header and a rule."""
    rows = [COLUMNS, *(_row(c) for c in claims)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [_line(rows[0], widths), "  ".join("-" * w for w in widths).rstrip()]
    lines += [_line(row, widths) for row in rows[1:]]
    click.echo("\n".join(lines))


def _row(c: Claim) -> tuple[str, ...]:
    value = "-" if c.value is None else f"{c.value:,}" + (f"-{c.value_max:,}" if c.value_max else "")
    cells = (c.article, c.category.value, value, c.qualifier.value if c.qualifier else "-", c.status.value,
             "+" if c.incremental else "", c.subtype, c.period or "", c.source or "")  # fmt: skip
    return tuple(cell if len(cell) <= _WIDEST else cell[: _WIDEST - 3] + "..." for cell in cells)


def _line(row: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()


@contextmanager
def progress(total: int, label: str = "ingesting") -> Iterator[Callable[[Path], None]]:
    """A progress bar on stderr for long batches (20 files or more) at a terminal; silent otherwise."""
    if total < 20 or not sys.stderr.isatty():
        yield lambda _path: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda _path: bar.update(1)
