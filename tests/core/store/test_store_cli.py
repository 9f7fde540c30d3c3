"""ingest, brief, digest and chart through the console script, and a store that fails the way users meet it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.fakes.cli import NK_AID


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([NK_AID, *args], capture_output=True, text=True, timeout=120, env=env, check=False)


def test_ingest_then_brief_digest_and_chart(tmp_path: Path) -> None:
    db = tmp_path / "nk.sqlite3"
    first = run(db, "ingest", str(SAMPLE))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("17 new, 0 duplicate, 3 skipped (")
    assert run(db, "ingest", str(SAMPLE)).stdout.startswith("0 new, 17 duplicate")

    text = run(db, "brief", "artillery").stdout
    assert "HEADLINE FIGURES" in text and "long-range artillery: more than 200 pieces" in text
    assert "worded more than 200 (1 report), 200 (1)" in text  # the hedge of the quoted report, and the spread
    assert "HOW ESTIMATES CHANGED" in text and "more than 160 pieces" in text
    markdown = run(db, "brief", "mrl", "--format", "markdown").stdout
    assert markdown.startswith("### North Korea-Russia: rocket launchers") and "  > " in markdown
    briefing = json.loads(run(db, "brief", "troops", "--format", "json", "--since", "2025-01-01").stdout)
    assert briefing["topic"] == "troops" and briefing["headlines"] and briefing["additions"]
    assert all(h["quote"] and h["status"] == "reported" for h in briefing["headlines"])

    assert "Nothing new." not in run(db, "digest", "--since", "1h").stdout
    assert run(db, "digest", "--since", "2099-01-01").stdout.endswith("Nothing new.\n")

    png = tmp_path / "artillery.png"
    result = run(db, "chart", "artillery", "-o", str(png))
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_unknown_topic_suggests_the_closest(tmp_path: Path) -> None:
    result = run(tmp_path / "nk.sqlite3", "brief", "artilery")
    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown topic 'artilery': did you mean artillery? topics: troops,")


def test_a_corrupt_database_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "nk.sqlite3"
    db.write_bytes(b"this is not a database at all " * 100)
    result = run(db, "brief", "troops")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert (
        result.stderr.strip()
        == f"error: sqlite:///{db}: not a readable SQLite database (corrupt, or another kind of file)"
    )


def test_a_locked_database_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "nk.sqlite3"
    assert run(db, "ingest", str(SAMPLE / "001.txt")).returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run(db, "ingest", str(SAMPLE / "002.txt"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "database is locked by another process" in result.stderr


def _distinct_copies(target: Path, count: int) -> None:
    """`count` on-topic articles, each a sample article with a first line that makes it unique."""
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(SAMPLE.glob("*.txt"))
        if json.loads(p.with_suffix(".json").read_text())["kind"] == "on-topic"
    ]
    for i in range(count):
        (target / f"a{i:04d}.txt").write_text(f"Archive copy {i}\n" + texts[i % len(texts)], encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_ingest_killed_mid_batch_leaves_whole_articles_and_resumes(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "nk.sqlite3"
    corpus.mkdir()
    _distinct_copies(corpus, 400)
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{db}"}
    process = subprocess.Popen(
        [NK_AID, "ingest", str(corpus)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _articles(db) < 20:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    stored = _articles(db)
    assert 20 <= stored < 400, "the kill must land mid-batch"
    assert _articles_without_claims(db) == 0  # one transaction per article: no half-stored article

    resumed = run(db, "ingest", str(corpus))
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"{400 - stored} new, {stored} duplicate")
    assert _articles(db) == 400 and _articles_without_claims(db) == 0


def test_an_unusable_store_stops_a_large_ingest_with_one_line(tmp_path: Path) -> None:
    """The store opens while the workers read the first files; when it cannot be opened, its error is all the
    run says (no summary of files read), and the run ends at once."""
    corpus, db = tmp_path / "corpus", tmp_path / "missing" / "nk.sqlite3"
    corpus.mkdir()
    _distinct_copies(corpus, 200)
    result = run(db, "ingest", str(corpus))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: sqlite:///{db}: the folder {db.parent} does not exist (create it, or set NK_AID_DATABASE_URL)"
    ]


def _articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # tables not created yet


def _articles_without_claims(db: Path) -> int:
    with sqlite3.connect(db, timeout=5) as connection:
        query = "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
        return int(connection.execute(query).fetchone()[0])


def test_sample_data_is_marked_and_never_hides_the_real_article(tmp_path: Path) -> None:
    db, real = tmp_path / "nk.sqlite3", tmp_path / "real"
    assert run(db, "ingest", str(SAMPLE)).returncode == 0
    real.mkdir()
    # the report that sample 009 paraphrases, arriving later under its own address (text written for this test)
    (real / "budanov.txt").write_text(
        "Budanov: more North Korean artillery for Russia\n"
        "Ukraine's military intelligence chief Kyrylo Budanov said North Korea had sent Russia 120 Koksan guns.",
        encoding="utf-8",
    )
    (real / "budanov.json").write_text(
        json.dumps(
            {
                "url": "https://kyivindependent.com/north-korea-to-send-artillery-units-150-ballistic-missiles-to-aid-russias-war-budanov-says/",
                "published": "2025-01-23",
            }
        ),
        encoding="utf-8",
    )
    assert run(db, "ingest", str(real)).stdout.startswith("1 new, 0 duplicate")

    text = run(db, "brief", "artillery").stdout
    (sample_line,) = [line for line in text.splitlines() if "long-range artillery: more than 200 pieces" in line]
    assert sample_line.endswith("[SAMPLE DATA]")
    briefing = json.loads(run(db, "brief", "artillery", "--format", "json").stdout)
    by_url = {s["url"]: s["sample"] for s in briefing["sources"]}
    assert by_url["https://example.org/sample/011"] is True or by_url["https://example.org/sample/012"] is True
    assert not any(flag for url, flag in by_url.items() if not url.startswith("https://example.org/"))


def test_near_copies_of_one_article_are_one_report(tmp_path: Path) -> None:
    db, corpus = tmp_path / "nk.sqlite3", tmp_path / "copies"
    corpus.mkdir()
    story = (
        "North Korea has sent about 3,000 additional troops to Russia in January and February, South Korea's Joint "
        "Chiefs of Staff said on Thursday in an assessment of the deployment shared with reporters in Seoul."
    )
    for i in range(12):  # one story, edited by a character or a word per copy
        (corpus / f"c{i:02d}.txt").write_text(
            f"Seoul: more troops for Russia\n{story.replace('Thursday', 'Thursday' + ',' * (i % 3))} Copy {i}.",
            encoding="utf-8",
        )
    assert run(db, "ingest", str(corpus)).stdout.startswith("12 new, 0 duplicate")
    briefing = json.loads(run(db, "brief", "troops", "--format", "json").stdout)
    (addition,) = briefing["additions"]
    assert addition["value"] == 3000 and addition["reports"] == 1


def test_brief_json_carries_what_an_audit_needs_and_the_doc_names_it(tmp_path: Path) -> None:
    db = tmp_path / "nk.sqlite3"
    assert run(db, "ingest", str(SAMPLE)).returncode == 0
    briefing = json.loads(run(db, "brief", "all", "--format", "json").stdout)
    shown = [*briefing["headlines"], *briefing["additions"], *briefing["planned"]]
    needed = {"value", "value_max", "hedge", "hedges", "status", "incremental", "origin", "via", "person"}
    needed |= {"source", "url", "title", "published", "as_of", "quote", "figure_span", "sample"}
    assert shown and all(needed <= set(e) for e in shown)
    for e in shown:
        if e["source"]:
            assert e["source"].startswith(e["origin"]) and (e["via"] is None or f"(via {e['via']})" in e["source"])
        start, end = e["figure_span"] or (0, 0)
        assert e["value"] is None or (e["figure_span"] is not None and e["quote"][start:end].strip())
    doc = (Path(__file__).resolve().parents[3] / "docs" / "briefing-json.md").read_text(encoding="utf-8")
    assert all(f"`{field}`" in doc for field in {*shown[0]} - {"subtype", "category", "url", "title", "outlet"})
