"""Packaging: the core install serves the CLI; each extra adds one part, and a command whose extra is missing says
in one line which extra to install."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from core.extras import BOT_RUNTIME, EXTRAS
from tests.conftest import REPO, SAMPLE

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OPTIONAL = PROJECT["optional-dependencies"]
EXTRA_MODULES = sorted({module for modules in EXTRAS.values() for module in modules})


def names(requirements: list[str]) -> set[str]:
    """Distribution names of requirement strings, normalised ('discord.py>=2.7' -> 'discord-py')."""
    return {re.sub(r"[-_.]+", "-", re.split(r"[\[<>=;~! ]", r, maxsplit=1)[0]).lower() for r in requirements}


def distribution_of(module: str) -> str:
    (dist,) = {re.sub(r"[-_.]+", "-", d).lower() for d in packages_distributions()[module]}
    return dist


def test_the_extras_are_pinned() -> None:
    assert sorted(OPTIONAL) == ["all", "chart", "dev", "discord", "postgres", "slack"]
    assert OPTIONAL["all"] == ["nk-aid[chart,postgres,slack,discord]"]
    assert OPTIONAL["dev"][0] == "nk-aid[all]"  # the README's second command and CI get everything
    assert OPTIONAL["chart"] == ["matplotlib>=3.8,<4"]
    assert OPTIONAL["postgres"] == ["psycopg[binary]>=3.1,<4"]
    for bot in ("slack", "discord"):  # each bot answers `/nk-aid chart`
        assert "nk-aid[chart]" in OPTIONAL[bot]


@pytest.mark.parametrize(("extra", "module"), [(e, m) for e, modules in EXTRAS.items() for m in modules])
def test_each_extra_installs_the_modules_its_message_names(extra: str, module: str) -> None:
    assert distribution_of(module) in names(OPTIONAL[extra])


def test_the_core_install_pulls_no_extra() -> None:
    core = names(PROJECT["dependencies"])
    assert not core & {distribution_of(m) for m in EXTRA_MODULES}
    assert "rich" not in core  # plain text and click do the CLI's table and progress bar (core/terminal.py)


# Runs the console script's entry point in a process where the extras' modules cannot be imported: what a fresh
# `pip install .` is (figures: docs/libraries.md counts the packages in a real fresh venv).
PROBE = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None
from bot.cli import main
sys.argv = ["nk-aid", *sys.argv[1:]]
main()
"""


def without(blocked: list[str], *args: str, db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(blocked=blocked), *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{db}", **env}, check=False,
    )  # fmt: skip


def test_the_core_install_runs_extract_ingest_brief_and_export(tmp_path: Path) -> None:
    db = tmp_path / "nk.sqlite3"
    for args in (["extract", "--format", "jsonl", str(SAMPLE)], ["ingest", str(SAMPLE)], ["brief", "artillery"],
                 ["export", "claims", "--format", "csv"], ["digest", "--since", "7d"]):  # fmt: skip
        result = without(EXTRA_MODULES, *args, db=db)
        assert result.returncode == 0, (args, result.stderr)
        assert "error" not in result.stderr, (args, result.stderr)


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["chart", "all", "-o", "x.png"], {},
         "error: nk-aid chart needs matplotlib, which is not installed: pip install 'nk-aid[chart]'"),
        (["run"], {}, "error: nk-aid run needs aiohttp, apscheduler, prometheus_client, which are not installed: "
                      "pip install 'nk-aid[slack]' or 'nk-aid[discord]'"),
        (["serve", "slack"], {}, "error: nk-aid serve slack needs slack_bolt, slack_sdk, aiohttp, apscheduler, "
                                 "prometheus_client, which are not installed: pip install 'nk-aid[slack]'"),
        (["discord", "sync"], {}, "error: nk-aid discord needs discord, aiohttp, apscheduler, prometheus_client, "
                                  "which are not installed: pip install 'nk-aid[discord]'"),
        (["brief", "troops"], {"NK_AID_DATABASE_URL": "postgresql+psycopg://nk:secret@127.0.0.1:9/nk"},
         "error: a PostgreSQL store (NK_AID_DATABASE_URL) needs psycopg, which is not installed: "
         "pip install 'nk-aid[postgres]'"),
    ],
)  # fmt: skip
def test_a_missing_extra_is_one_line_naming_it(tmp_path: Path, args: list[str], env: dict[str, str],
                                               message: str) -> None:  # fmt: skip
    result = without(EXTRA_MODULES, *args, db=tmp_path / "nk.sqlite3", **env)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message + "\n")


def test_run_with_a_slack_token_names_the_slack_extra(tmp_path: Path) -> None:
    blocked = [m for m in EXTRA_MODULES if m not in BOT_RUNTIME]  # the runtime is there, slack-bolt is not
    token = {"SLACK_BOT_TOKEN": "xoxb-" + "1" * 24, "SLACK_APP_TOKEN": "xapp-" + "1" * 24}
    result = without(blocked, "run", db=tmp_path / "nk.sqlite3", **token)
    assert result.returncode == 2
    assert result.stderr == (
        "error: Slack (SLACK_BOT_TOKEN is set) needs slack_bolt, slack_sdk, which are not installed: "
        "pip install 'nk-aid[slack]'\n"
    )
