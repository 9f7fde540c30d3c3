"""Fixtures for live sources: the local feed server, settings with short timeouts, a store on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.runtime import build_runtime
from core.settings import DEFAULT_CONFIG_DIR, Settings
from core.store import SqlStore
from tests.core.store.conftest import database_url  # noqa: F401  (the SQLite + PostgreSQL parametrised fixture)
from tests.fakes.feed_server import FeedServer

TIMEOUT_S = 0.5


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer()
    feed_server.start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A config folder with the bundled lexicon and an empty sources list (tests write their own)."""
    folder = tmp_path / "config"
    folder.mkdir()
    shutil.copy(DEFAULT_CONFIG_DIR / "lexicon.toml", folder / "lexicon.toml")
    (folder / "sources.toml").write_text("")
    return folder


@pytest.fixture
def settings(config_dir: Path) -> Settings:
    return Settings(
        config_dir=config_dir,
        fetch_timeout_s=TIMEOUT_S,
        fetch_retries=1,
        fetch_backoff_s=0.01,
        max_input_bytes=300_000,
        user_agent="nk-aid-tests/1 (loopback only)",
        fetch_allow_hosts=("127.0.0.1",),  # the loopback feed server; every other private address is refused
    )


@pytest.fixture
def store(database_url: str, settings: Settings) -> Iterator[SqlStore]:  # noqa: F811
    """The store as the composition root wires it, with these settings and the database of `database_url`."""
    runtime = build_runtime(settings.model_copy(update={"database_url": database_url}))
    yield runtime.store
    runtime.close()
