"""What each command imports: `--help`, `--version`, `extract` and `brief` start without the chat SDKs,
the scheduler, the migration tool or the chart library (they cost a second and 80 MB of start-up), and the
commands that open no store without SQLAlchemy (a fifth of a second)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

HEAVY = ("slack_bolt", "slack_sdk", "discord", "alembic", "apscheduler", "matplotlib", "aiohttp", "sqlalchemy")
# Run the console script's entry point as a real process, and list the heavy packages it imported on exit.
PROBE = f"""
import atexit, sys
atexit.register(lambda: print("IMPORTED", sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r})),
                              file=sys.stderr))
from bot.cli import main
sys.argv = ["nk-aid", *sys.argv[1:]]
main()
"""


def imported(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )
    line = [line for line in result.stderr.splitlines() if line.startswith("IMPORTED ")][-1]
    return result, line.removeprefix("IMPORTED ")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--format", "jsonl", str(SAMPLE)]])
def test_light_commands_import_no_platform_nor_the_store(args: list[str]) -> None:
    result, heavy = imported(*args)
    assert result.returncode == 0, result.stderr
    assert heavy == "[]"


def test_brief_on_a_migrated_store_imports_no_platform_nor_alembic(tmp_path: Path) -> None:
    env = {"NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite3'}"}
    first, heavy = imported("ingest", str(SAMPLE), env=env)
    assert first.returncode == 0, first.stderr
    assert "alembic" in heavy  # a new database is migrated: the probe does see alembic when it is used
    result, heavy = imported("brief", "artillery", env=env)
    assert result.returncode == 0, result.stderr
    assert "North Korea" in result.stdout or "artillery" in result.stdout.lower()
    assert heavy == "['sqlalchemy']"  # the store it reads, and nothing heavier


def test_the_discord_group_still_loads_on_demand() -> None:
    result, heavy = imported("discord", "--help")
    assert result.returncode == 0, result.stderr
    assert "sync" in result.stdout and "serve" in result.stdout
    assert "discord" in heavy


def test_head_revisions_agree_with_alembic() -> None:
    """The store skips alembic when the database is at these revisions, so they must be alembic's heads."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from core.store.engine import MIGRATIONS, head_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revisions() == frozenset(ScriptDirectory.from_config(config).get_heads())


def test_brief_reads_the_store_without_the_orm(tmp_path: Path) -> None:
    """The tables are plain Core tables: sqlalchemy.orm costs `brief` 60-100 ms of start-up and nothing uses it."""
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite3'}"}
    subprocess.run([sys.executable, "-c", PROBE, "ingest", str(SAMPLE)], env=env, capture_output=True, check=True)
    report = "atexit.register(lambda: print('ORM', 'sqlalchemy.orm' in sys.modules))\n"
    probe = PROBE.replace("from bot.cli", report + "from bot.cli")
    result = subprocess.run([sys.executable, "-c", probe, "brief", "artillery"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ORM False" in result.stdout


def test_extract_and_ingest_keep_the_engines_patterns_between_runs(tmp_path: Path) -> None:
    """The first run writes the engine's compiled patterns to the user cache folder; the next runs of extract and
    ingest start from them (the file is not written again) and say exactly what a run without them says."""
    from tests.fakes.cli import run

    cache = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(cache), "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite3'}"}
    first = run("extract", "--format", "json", str(SAMPLE), env=env)
    (kept,) = (cache / "nk-aid").glob("regex-engine-*.marshal")
    written = kept.stat().st_mtime_ns
    again = run("extract", "--format", "json", str(SAMPLE), env=env)
    ingested = run("ingest", str(SAMPLE), env={**env, "XDG_CACHE_HOME": str(tmp_path / "ingest-cache")})
    assert list((tmp_path / "ingest-cache" / "nk-aid").glob("regex-engine-*.marshal"))  # ingest keeps them too
    assert first.returncode == again.returncode == ingested.returncode == 0
    assert again.stdout == first.stdout and json.loads(first.stdout)
    assert "17 new" in ingested.stdout
    assert kept.stat().st_mtime_ns == written
    unwritable = tmp_path / "not-a-folder"
    unwritable.write_text("")  # a cache "folder" that is a file: the patterns are compiled as usual
    plain = run("extract", "--format", "json", str(SAMPLE), env={**env, "XDG_CACHE_HOME": str(unwritable)})
    assert plain.returncode == 0 and plain.stdout == first.stdout
