"""Shared fixtures: a clean environment for every test, and paths to the bundled data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"
SHARED_CORPUS = REPO.parent / "shared" / "corpus"

_SCRUBBED_PREFIXES = ("NK_AID_", "SLACK_", "DISCORD_")
_SCRUBBED = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy", "NO_PROXY", "no_proxy")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's tokens, proxies or nk-aid settings, and none writes to the real user data
    folder: the store's default location (platformdirs, $XDG_DATA_HOME on Linux) and the cache folder are the test's
    own."""
    for name in list(os.environ):
        if name.startswith(_SCRUBBED_PREFIXES) or name in _SCRUBBED:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # (core/regex_cache.py's programs)
    yield


@pytest.fixture(scope="session")
def lexicon():  # type: ignore[no-untyped-def]
    from core.extract import default_lexicon

    return default_lexicon()
