"""`nk-aid export claims|findings --format csv|jsonl [--since ...]` through the console script."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.export import CLAIM_FIELDS, FINDING_FIELDS
from tests.fakes.sample_store import ingest_sample, run_cli

SAMPLE_CLAIMS = 86  # `nk-aid ingest data/sample` says "86 claims stored"
EXTRACT_SCHEMA = [  # `nk-aid extract --format jsonl`: an exported claim starts with the same keys, in the same order
    "category", "subtype", "direction", "value", "value_max", "qualifier", "unit", "status", "incremental", "period",
    "source", "quote", "article", "span", "confidence",
]  # fmt: skip


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield ingest_sample(tmp_path_factory.mktemp("export"))


def export(db: Path, *args: str) -> str:
    result = run_cli(db, "export", *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_claims_as_json_lines_carry_the_extract_schema_and_their_article(sample_db: Path) -> None:
    rows = [json.loads(line) for line in export(sample_db, "claims").splitlines()]
    assert len(rows) == SAMPLE_CLAIMS
    assert all(list(row) == [*EXTRACT_SCHEMA, "url", "title", "outlet", "published", "ingested_at"] for row in rows)
    first = rows[0]
    assert (first["article"], first["url"], first["outlet"]) == ("001", "https://example.org/sample/001", "example.org")
    assert first["ingested_at"].endswith("Z") and isinstance(first["span"], list)


def test_claims_as_csv_have_a_header_and_one_line_per_claim(sample_db: Path) -> None:
    text = export(sample_db, "claims", "--format", "csv")
    header = text.splitlines()[0].split(",")
    assert header == [*EXTRACT_SCHEMA[:13], "span_start", "span_end", "confidence", *CLAIM_FIELDS[15:]]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == SAMPLE_CLAIMS
    assert {row["incremental"] for row in rows} == {"true", "false"}
    assert any(row["value"] == "" and row["qualifier"] == "" for row in rows)  # unquantified: empty cells, not None


def test_findings_in_both_formats_are_the_same_rows(sample_db: Path) -> None:
    jsonl = [json.loads(line) for line in export(sample_db, "findings", "--format", "jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(export(sample_db, "findings", "--format", "csv"))))
    assert len(jsonl) == len(rows) > 20
    assert all(list(row) == list(FINDING_FIELDS) for row in jsonl)
    assert {row["kind"] for row in jsonl} >= {"total", "addition", "planned", "unquantified"}
    totals = [r for r in jsonl if r["series"] == "troops" and r["kind"] == "total"]
    troops = [(r["value"], r["hedge"], r["reported_on"]) for r in totals]
    assert (11_000, "more_than", "2025-01-31") in troops and (15_000, "exact", "2025-04-30") in troops
    csv_authorities = next(row["authorities"] for row in rows if row["series"] == "troops")
    assert csv_authorities == "; ".join(next(r for r in jsonl if r["series"] == "troops")["authorities"])


@pytest.mark.parametrize("what", ["claims", "findings"])
@pytest.mark.parametrize(("since", "expected"), [("7d", "all"), ("2w", "all"), ("24h", "all"), ("2099-01-01", "none")])
def test_since_takes_durations_and_dates(sample_db: Path, what: str, since: str, expected: str) -> None:
    everything = export(sample_db, what, "--format", "csv").splitlines()
    lines = export(sample_db, what, "--format", "csv", "--since", since).splitlines()
    assert lines == (everything if expected == "all" else everything[:1])  # the header alone when nothing is new


def test_a_bad_since_is_one_usage_line(sample_db: Path) -> None:
    result = run_cli(sample_db, "export", "claims", "--since", "last week")
    assert result.returncode == 2
    assert "Error: Invalid value for '--since': 'last week' is not a period (24h, 7d, 2w or YYYY-MM-DD)" in (
        result.stderr
    )


def test_output_to_a_file(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = run_cli(sample_db, "export", "claims", "-o", str(out))
    assert (result.returncode, result.stdout) == (0, "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == SAMPLE_CLAIMS


def test_claims_are_streamed_from_the_store(sample_db: Path) -> None:
    """The rows come from a database cursor one at a time: the first is there before the last is read."""
    from core.export import claim_rows
    from core.lexicon import load_lexicon
    from core.settings import load_settings
    from core.store import SqlStore, open_engine

    store = SqlStore(open_engine(f"sqlite:///{sample_db}"), load_lexicon(load_settings().lexicon_path))
    rows = claim_rows(store)
    assert next(rows)["article"] == "001"
    rows.close()  # the cursor and its connection are let go


def test_article_text_never_starts_a_spreadsheet_formula(tmp_path: Path) -> None:
    """Titles and quotes come from outside: in CSV a cell opening with = + - @ is kept as literal text."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "1.txt").write_text(
        '=HYPERLINK("http://evil.example","click") North Korea sends shells\n'
        "=1+1 North Korea has sent 3,000 more troops to Russia, the NIS said on Monday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "nk.sqlite3"
    assert run_cli(db, "ingest", str(folder)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(export(db, "claims", "--format", "csv"))))
    (counted,) = [row for row in rows if row["value"] == "3000"]
    assert counted["quote"].startswith("'=1+1 North Korea")
    assert all(row["title"].startswith("'=HYPERLINK(") and row["quote"].startswith("'=") for row in rows)
    lines = [json.loads(line) for line in export(db, "claims", "--format", "jsonl").splitlines()]
    assert {line["quote"][:4] for line in lines} == {"=HYP", "=1+1"}  # JSON Lines keeps the text as it is
