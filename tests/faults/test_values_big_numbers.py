"""Big numbers on SQLite and PostgreSQL, through the real poll and ingest paths: a figure over 2^31 is stored as
it is; one over 2^63, a 309-digit misprint included, is left out with a logged reason (its article and other
figures stored); no poll or ingest aborts, no source stays leased."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from core.feeds import poll_due_feeds
from core.settings import Settings
from core.store import SqlStore
from core.store.schema import ArticleRow, ClaimRow, FeedRow
from tests.fakes import articles as a
from tests.fakes.cli import NK_AID
from tests.fakes.feed_server import FeedServer

FUEL = """North Korea has supplied Russia with 2.5 billion litres of fuel since the spring, South Korea's National
Intelligence Service said on Thursday, citing satellite images of tankers at Vostochny.

Moscow and Pyongyang deny any trade that breaks United Nations sanctions."""
HUGE = """North Korea has sent Russia 20000000000000000000 artillery shells, South Korea's military said in a statement
that analysts called a misprint.

Russia denied receiving any munitions from North Korea."""
DIGITS_309 = f"""North Korea has sent Russia {"9" * 309} artillery shells, South Korea's military said.

Russia denied receiving any munitions from North Korea."""
TROOPS = a.TROOPS
OVER_63_BITS = 20_000_000_000_000_000_000


def values(store: SqlStore) -> list[int | None]:
    with store.engine.connect() as connection:
        return sorted(v for v in connection.execute(select(ClaimRow.c.value)).scalars() if v is not None)


def test_a_poll_stores_big_figures_and_sets_aside_what_no_column_holds(
    server: FeedServer, settings: Settings, store: SqlStore, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {"fuel": FUEL, "huge": HUGE, "d309": DIGITS_309, "troops": TROOPS}
    items = [a.Item(name, server.serve(f"/news/{name}", a.page(name, text))) for name, text in pages.items()]
    feed = server.serve("/feed.xml", a.rss("Feed", items), content_type="application/rss+xml")
    settings.sources_path.write_text(f'[[source]]\nname = "Feed"\nurl = "{feed}"\nevery = 60\n')
    caplog.set_level(logging.WARNING)

    summary = asyncio.run(poll_due_feeds(store, settings, owner="test"))

    assert summary.failing_feeds == []
    assert summary.new == 4  # fuel, troops, and the two misprints' articles without their figures
    assert summary.failed == []
    assert 2_500_000_000 in values(store) and OVER_63_BITS not in values(store)
    assert "figure not stored: a number of about 20 digits is out of range (limit 9,223,372,036,854,775,807)" in (
        caplog.text
    )
    assert "figure not stored: a number of about 310 digits is out of range" in caplog.text
    with store.engine.connect() as connection:
        assert connection.execute(select(FeedRow.c.lease_owner)).scalar_one() is None  # released
        assert len(connection.execute(select(ArticleRow.c.id)).all()) == 4


def test_ingest_stores_big_figures_and_sets_aside_what_no_column_holds(
    database_url: str, config_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {"fuel": FUEL, "huge": HUGE, "d309": DIGITS_309, "troops": TROOPS}.items():
        (folder / f"{name}.txt").write_text(text)
    env = {**os.environ, "NK_AID_DATABASE_URL": database_url, "NK_AID_CONFIG_DIR": str(config_dir)}

    result = subprocess.run([NK_AID, "ingest", str(folder)], env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "d309.txt: figure not stored: a number of about 310 digits is out of range" in result.stderr
    assert result.stdout.strip() == (
        "4 new, 0 duplicate, 0 skipped, 0 failed; 4 claims stored, 2 figures out of range not stored"
    )
    again = subprocess.run([NK_AID, "ingest", str(folder / "fuel.txt")], env=env, capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout.startswith("0 new, 1 duplicate")
