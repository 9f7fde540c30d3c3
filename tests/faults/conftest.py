"""Fault tests reuse the live-source fixtures (loopback feed server, settings, SQLite + PostgreSQL stores)."""

from __future__ import annotations

import pytest

from tests.core.feeds.conftest import config_dir, server, settings, store  # noqa: F401
from tests.core.store.conftest import database_url  # noqa: F401


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
