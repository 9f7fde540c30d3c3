"""A mistyped database URL is refused in one line that never shows its password, whatever the typo."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.fakes.cli import NK_AID

PASSWORD = "Zq7-s3cret@pw9"  # holds '@', as real passwords do; every piece of it must stay hidden


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (  # the ':' after the scheme forgotten: the URL does not parse at all
            f"postgresql+psycopg//nkaid:{PASSWORD}@db/nkaid",
            "error: 'postgresql+psycopg//nkaid:***@db/nkaid' is not a database URL (try sqlite:///nk-aid.sqlite3)",
        ),
        (  # no scheme
            f"nkaid:{PASSWORD}@db/nkaid",
            "error: 'nkaid:***@db/nkaid' is not a database URL (try sqlite:///nk-aid.sqlite3)",
        ),
        (  # an unescaped '@' in the password: the driver is asked to resolve a host holding part of it
            f"postgresql+psycopg://nkaid:{PASSWORD}@127.0.0.1:1/nkaid",
            "error: postgresql+psycopg://nkaid:***@127.0.0.1:1/nkaid: failed to resolve host '***@127.0.0.1': "
            "[Errno -2] Name or service not known",
        ),
        (  # a dialect that does not exist
            f"postgres://nkaid:{PASSWORD}@db/nkaid",
            "error: postgres://nkaid:***@db/nkaid: cannot use this database "
            "(Can't load plugin: sqlalchemy.dialects:postgres)",
        ),
    ],
    ids=["no-colon", "no-scheme", "at-in-password", "unknown-dialect"],
)
def test_the_cli_names_a_mistyped_database_url_without_its_password(url: str, line: str, tmp_path: Path) -> None:
    env = {**os.environ, "NK_AID_DATABASE_URL": url}
    done = subprocess.run([NK_AID, "digest"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [line]
    for piece in (PASSWORD, *PASSWORD.split("@")):
        assert piece not in done.stderr + done.stdout
