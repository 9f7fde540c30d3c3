"""`nk-aid ingest URL`, `sources list|add|remove|check|poll` and `explain` against the loopback feed server."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from core.cli import cli
from tests.fakes import articles as a
from tests.fakes.cli import NK_AID
from tests.fakes.feed_server import FeedServer


@pytest.fixture
def run(tmp_path: Path, config_dir: Path):  # type: ignore[no-untyped-def]
    env = {
        "NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'nk.sqlite3'}",
        "NK_AID_CONFIG_DIR": str(config_dir),
        "NK_AID_FETCH_TIMEOUT_S": "0.5",
        "NK_AID_FETCH_RETRIES": "0",
        "NK_AID_FETCH_ALLOW_HOSTS": "127.0.0.1",  # the loopback feed server
    }

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)

    return invoke


def test_ingest_urls_then_explain(server: FeedServer, run) -> None:  # type: ignore[no-untyped-def]
    page = server.serve("/news/troops", a.page("Troops", a.TROOPS))
    server.serve("/news/shells", a.page("Shells", a.SHELLS))
    items = [a.Item("Shells", server.url("/news/shells")), a.Item("Gone", server.url("/news/gone"))]
    feed = server.serve("/feed.xml", a.rss("Local", items), content_type="application/rss+xml")

    first = run("ingest", page, feed)
    assert first.exit_code == 1  # one item of the feed is gone
    assert f"error: {server.url('/news/gone')}: HTTP 404 Not Found" in first.stderr
    assert first.stdout.strip() == (
        "3 items: 2 new, 0 updated, 0 duplicate, 0 already seen, 0 not relevant, 0 filtered out by keywords, "
        "1 failed; 3 claims stored"
    )
    again = run("ingest", page)
    assert again.exit_code == 0 and "0 new, 0 updated, 0 duplicate, 1 already seen" in again.stdout

    explained = run("explain", page + "?utm_source=newsletter").stdout.splitlines()
    assert explained[0].startswith(f"{page}?utm_source=newsletter: stored ") and explained[0].endswith(
        ": 1 claim(s) found"
    )
    assert explained[1] == "  troops: about 11,000 troops (reported), per South Korea NIS"
    gone = run("explain", server.url("/news/gone"))
    assert gone.exit_code == 0  # seen, and failed: explain tells why
    assert gone.stdout.startswith(f"{server.url('/news/gone')}: not fetched: HTTP 404 Not Found; 1 failed attempt(s)")
    never = run("explain", server.url("/never/seen"))
    assert never.exit_code == 1
    assert never.stdout == (
        f"{server.url('/never/seen')}: not fetched: nk-aid has not seen this URL (in no polled feed, never ingested)\n"
    )


def test_sources_add_list_poll_check_remove(server: FeedServer, run, config_dir: Path) -> None:  # type: ignore[no-untyped-def]
    server.serve("/news/shells", a.page("Shells", a.SHELLS))
    feed = server.serve("/feed.xml", a.rss("Local", [a.Item("Shells", server.url("/news/shells"))]))
    (config_dir / "sources.toml").write_text(f'[[source]]\nname = "Local"\nurl = "{feed}"\nevery = "15m"\n')
    dead = server.serve("/dead.xml", "down", status=503)

    assert run("sources", "add", "Dead", dead, "--every", "5m").stdout == f"added Dead: {dead} every 5m\n"
    taken = run("sources", "add", "Dead", dead)
    assert taken.exit_code == 1 and "a source named 'Dead' exists already" in taken.stderr
    refused = run("sources", "add", "Fast", dead + "?x", "--every", "5s")
    assert refused.exit_code == 2 and "'5s' is under the 60 s minimum" in refused.stderr
    listed = run("sources", "list").stdout.splitlines()
    assert listed == [f"Dead  {dead}  every 5m  not polled yet", f"Local  {feed}  every 15m  not polled yet"]

    polled = run("sources", "poll")
    assert polled.exit_code == 1  # a source failed
    assert polled.stdout.startswith("2 sources polled (0 not modified, 1 failed); 1 items: 1 new")
    assert f"error: Dead: {dead}: HTTP 503 Service Unavailable" in polled.stderr

    check = run("sources", "check")
    assert check.exit_code == 1
    lines = check.stdout.splitlines()
    assert lines[0].startswith("failing: Dead: HTTP 503 Service Unavailable (1 failure(s) in a row; last success never")
    assert lines[1] == "2 sources: 1 ok, 1 failing, 0 not polled yet"
    assert "FAILING x1 (HTTP 503 Service Unavailable)" in run("sources", "list").stdout

    assert run("sources", "remove", "Dead").stdout == "removed Dead\n"
    assert run("sources", "check").exit_code == 0
    assert run("sources", "remove", "Dead").exit_code == 1


def test_check_config_names_a_bad_source_entry(config_dir: Path) -> None:
    (config_dir / "sources.toml").write_text('[[source]]\nname = "Bad"\nurl = "gopher://x"\n')
    done = subprocess.run(
        [NK_AID, "check-config"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NK_AID_CONFIG_DIR": str(config_dir)},
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"error: {config_dir / 'sources.toml'}: bad source entry source #1 ('Bad').url: "
        "'gopher://x' is not an http(s) URL\n"
    )
