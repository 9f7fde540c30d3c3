"""Stores for the store tests: a temporary SQLite file, and PostgreSQL on 127.0.0.1 in a throwaway schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.runtime import build_runtime
from core.settings import Settings
from core.store import SqlStore
from tests.fakes.postgres import postgres_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from postgres_schema_url()


@pytest.fixture
def store(database_url: str) -> Iterator[SqlStore]:
    """The store as the composition root wires it (core/runtime.py)."""
    runtime = build_runtime(Settings(database_url=database_url))
    yield runtime.store
    runtime.close()
