"""Stores for the store tests: a temporary SQLite file, and PostgreSQL on 127.0.0.1 in a throwaway schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from core.extract import default_lexicon
from core.store import SqlStore, open_engine

POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_schema_url() -> Iterator[str]:
    schema = f"nkaid_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(POSTGRES_ADMIN_URL)
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as err:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 is not available ({type(err).__name__})")
    try:
        yield f"{POSTGRES_ADMIN_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from postgres_schema_url()


@pytest.fixture
def store(database_url: str) -> Iterator[SqlStore]:
    engine = open_engine(database_url)
    yield SqlStore(engine, default_lexicon())
    engine.dispose()
