"""A SQLite store holding the bundled sample corpus, ingested once through the console script for a module."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import SAMPLE
from tests.fakes.cli import NK_AID


def ingest_sample(folder: Path) -> Path:
    """Ingest data/sample into folder/nk.sqlite3 with `nk-aid ingest`; returns the database path."""
    db = folder / "nk.sqlite3"
    done = run_cli(db, "ingest", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    return db


def run_cli(db: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([NK_AID, *args], capture_output=True, text=True, timeout=120, env=env, cwd=cwd, check=False)
