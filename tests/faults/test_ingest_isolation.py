"""`nk-aid ingest DIR` isolates every file: a deeply nested or wrongly typed JSON sidecar, a huge id, a number too
long to read are each a logged, counted failure with its reason; the summary line always prints; exit 1, never 3.
Two ingests of overlapping files at once, on SQLite and PostgreSQL, count duplicates instead of aborting."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path

from sqlalchemy import func, select

from core.extract import default_lexicon
from core.service import RunSummary, ingest_paths
from core.store import SqlStore, open_engine
from core.store.schema import ArticleRow
from tests.fakes import articles as a
from tests.fakes.cli import NK_AID

GOOD = a.TROOPS
DEEP = "[" * 100_000 + "]" * 100_000


def write_folder(folder: Path) -> dict[str, str]:
    """Bad inputs beside one good article; returns file name -> the reason its failure must give."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    bad = {
        "deep-sidecar.json": "JSON nested too deeply to read",
        "typed-sidecar.json": "metadata field 'url' is a JSON number, not a string",
        "list-sidecar.json": "sidecar metadata is a JSON array, not an object",
        "deep-record.json": "JSON nested too deeply to read",
        "long-number.json": "unreadable JSON (Exceeds the limit (4300 digits) for integer string conversion)",
        "huge-id.json": "id is 10,000 characters long (limit 512)",
        "typed-record.jsonl": "metadata field 'title' is a JSON object, not a string",
    }
    for stem in ("deep-sidecar", "typed-sidecar", "list-sidecar"):  # NAME.txt with a bad NAME.json beside it
        (folder / f"{stem}.txt").write_text(GOOD.replace("11,000", f"{len(stem)},000"))
    (folder / "deep-sidecar.json").write_text('{"title": ' + DEEP + "}")
    (folder / "typed-sidecar.json").write_text('{"title": "Troops", "url": 5}')
    (folder / "list-sidecar.json").write_text('["not", "an", "object"]')
    (folder / "deep-record.json").write_text(DEEP)
    (folder / "long-number.json").write_text('{"id": ' + "7" * 5000 + ', "text": "x"}')
    (folder / "huge-id.json").write_text(json.dumps({"id": "x" * 10_000, "text": GOOD.replace("11,000", "12,000")}))
    (folder / "typed-record.jsonl").write_text('{"text": "North Korea and Russia", "title": {"a": 1}}\n')
    return bad


def test_ingest_counts_every_bad_file_with_its_reason_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = write_folder(folder)
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'nk.sqlite3'}"}

    done = subprocess.run([NK_AID, "ingest", str(folder)], env=env, capture_output=True, text=True, timeout=120)

    assert done.returncode == 1, done.stderr
    errors = sorted(line for line in done.stderr.splitlines() if line.startswith("error: "))
    assert errors == sorted(f"error: {folder / name}: {reason}" for name, reason in bad.items())
    assert done.stdout.strip() == "1 new, 0 duplicate, 0 skipped, 7 failed; 1 claims stored"


def ingest_together(url: str, files: list[Path]) -> list[RunSummary]:
    """Two writers (separate engines, as two processes have) ingesting the same files in lockstep: each file is
    read by both before either stores it, so both find it new and race to insert it."""
    lexicon = default_lexicon()
    stores = [SqlStore(open_engine(url), lexicon) for _ in range(2)]
    summaries = [RunSummary(), RunSummary()]
    barrier = threading.Barrier(2, timeout=30)
    crashes: list[BaseException] = []

    def writer(index: int) -> None:
        try:
            ingest_paths(files, lexicon, stores[index], 5_000_000, summaries[index],
                         on_file=lambda _path: barrier.wait(), workers=1)  # fmt: skip
        except BaseException as err:
            crashes.append(err)
            barrier.abort()

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    with stores[0].engine.connect() as connection:
        stored = connection.execute(select(func.count(ArticleRow.c.id))).scalar_one()
    for store in stores:
        store.engine.dispose()
    assert crashes == []
    assert stored == len(files)
    return summaries


def test_two_ingests_of_the_same_files_at_once_count_duplicates(database_url: str, tmp_path: Path) -> None:
    files = []
    for i in range(12):
        path = tmp_path / f"story{i}.txt"
        path.write_text(GOOD.replace("11,000", f"{11 + i},000").replace("Tuesday", f"day {i}"))
        files.append(path)

    first, second = ingest_together(database_url, files)

    assert (first.new + second.new, first.duplicates + second.duplicates) == (12, 12)
    assert first.failed == [] and second.failed == []
