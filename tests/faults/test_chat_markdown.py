"""Fault: `nk-aid brief --format markdown` over an article whose title and URL carry markup (issue 15, item 7): the
Markdown shows them as text and links the article whole, like the chat renderers (one escaping module for all)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from core.cli import cli
from core.lexicon import Lexicon
from tests.faults.chat_hostile import SAFE_URL, assert_safe_discord, hostile_desk


def test_markdown_briefings_escape_article_titles_and_urls(tmp_path: Path, lexicon: Lexicon) -> None:
    for _ in hostile_desk(tmp_path, lexicon):
        env = {"NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'hostile.sqlite3'}"}
        result = CliRunner().invoke(cli, ["brief", "troops", "--format", "markdown"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert_safe_discord([result.output])  # the Markdown rules: nothing unescaped, the one link is the article's
    (source,) = [line for line in result.output.splitlines() if SAFE_URL in line]
    shown = r"- \[Troops \\\*sent\\\* \\<!channel> @\u200beveryone .* \\\| > \(x\)\(https://evil\.example\)\]\("
    assert re.match(shown, source), source
