"""Shared by the adapter tests: the sample corpus ingested once, a Desk over a private copy of it, anyio on asyncio."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.desk import Desk
from core.runtime import build_runtime
from core.service import RunSummary, ingest_paths
from core.settings import Settings
from tests.conftest import SAMPLE
from tests.fakes.articles import NEW_GUNS
from tests.fakes.postgres import postgres_schema_url


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus ingested once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("bot") / "sample.sqlite3"
    runtime = build_runtime(Settings(database_url=f"sqlite:///{path}"))
    ingest_paths([SAMPLE], runtime.lexicon, runtime.store, 5_000_000, RunSummary(), workers=1)
    runtime.close()
    return path


@pytest.fixture
def desk(sample_db: Path, tmp_path: Path) -> Iterator[Desk]:
    """A Desk wired by the composition root (core/runtime.py) over a private copy of the sample store."""
    path = tmp_path / "store.sqlite3"
    shutil.copy(sample_db, path)
    runtime = build_runtime(Settings(database_url=f"sqlite:///{path}"))
    yield runtime.desk
    runtime.close()


@pytest.fixture
def pg_desk() -> Iterator[Desk]:
    """A Desk over PostgreSQL on 127.0.0.1 (a throwaway schema) holding the sample corpus; skipped without it."""
    for url in postgres_schema_url():
        runtime = build_runtime(Settings(database_url=url))
        ingest_paths([SAMPLE], runtime.lexicon, runtime.store, 5_000_000, RunSummary(), workers=1)
        yield runtime.desk
        runtime.close()


@pytest.fixture
def store_changed_headline(desk: Desk, tmp_path: Path) -> Callable[[], None]:
    """Ingest NEW_GUNS into the desk's store (what an alert is about)."""

    def ingest() -> None:
        folder = tmp_path / "new-guns"
        folder.mkdir()
        (folder / "901.txt").write_text(NEW_GUNS, encoding="utf-8")
        sidecar = {"id": "901", "url": "https://example.org/alert/901", "published": "2025-06-02", "language": "en"}
        (folder / "901.json").write_text(json.dumps(sidecar), encoding="utf-8")
        summary = RunSummary()
        ingest_paths([folder], desk.lexicon, desk.store, 5_000_000, summary, workers=1)
        assert summary.claims == 1

    return ingest
