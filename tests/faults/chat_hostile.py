"""An article whose title and URL try to mention everyone and break links, ingested through the real write path,
and the checks that what a chat platform received shows it as text (issue 15, item 7)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.desk import Desk
from core.lexicon import Lexicon
from core.runtime import build_runtime
from core.service import RunSummary, ingest_paths
from core.settings import Settings

HOSTILE_TITLE = (
    "Troops *sent* <!channel> @everyone @here <@U0ADMIN> <@123456789012345678> & | > [x](https://evil.example)"
)
HOSTILE_URL = "https://news.example/a|<!here>>x?y=1&z=(2)"
HOSTILE_TEXT = (
    "North Korea has sent about 12,000 troops to Russia, South Korea's National Intelligence Service said on Friday. "
    "The troops are training in Russia's far east before moving to the front, the agency said."
)
# What the URL becomes: the characters that would end or split a link percent-encoded.
SAFE_URL = "https://news.example/a%7C%3C!here%3E%3Ex?y=1&z=%282%29"
SINCE = datetime(2000, 1, 1, tzinfo=UTC)


def hostile_desk(directory: Path, lexicon: Lexicon) -> Iterator[Desk]:
    """A store holding one hostile article (and its claims), written by the ingest everyone uses."""
    article = directory / "hostile.json"
    record = {"id": "hostile-1", "title": HOSTILE_TITLE, "url": HOSTILE_URL, "published": "2024-10-18"}
    article.write_text(json.dumps({**record, "text": HOSTILE_TEXT}), encoding="utf-8")
    runtime = build_runtime(Settings(database_url=f"sqlite:///{directory / 'hostile.sqlite3'}"))
    summary = RunSummary()
    ingest_paths([article], runtime.lexicon, runtime.store, 5_000_000, summary, workers=1)
    desk = runtime.desk
    assert desk.digest(SINCE).new, "the hostile article yielded no figure: the test would prove nothing"
    yield desk
    runtime.close()


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON body (block texts, embed descriptions, fallbacks)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


MENTION_WORDS = re.compile(r"@(everyone|here|channel)", re.IGNORECASE)


def assert_no_mention(texts: list[str]) -> None:
    joined = "\n".join(texts)
    assert MENTION_WORDS.search(joined) is None, "a bare @everyone/@here/@channel reached the platform"


def assert_safe_mrkdwn(texts: list[str]) -> None:
    """Slack mrkdwn: the only "<...>" sequences are our links to the safe URL; no "<!...>" or "<@...>" at all."""
    assert_no_mention(texts)
    joined = "\n".join(texts)
    assert "<!" not in joined and "<@" not in joined
    for target in re.findall(r"<([^>]*)>", joined):
        url, bar, _label = target.partition("|")
        assert bar and url.replace("&amp;", "&") == SAFE_URL, f"a link Slack would follow elsewhere: <{target}>"
    assert f"<{SAFE_URL}|Troops *sent* &lt;!channel&gt; @\u200beveryone" in joined.replace("&amp;", "&")


def assert_safe_discord(texts: list[str]) -> None:
    """Discord markdown: no unescaped "<", no masked link but ours, the URL kept whole."""
    assert_no_mention(texts)
    joined = "\n".join(texts)
    assert re.search(r"(?<!\\)<", joined) is None, "an unescaped '<' could open a mention, channel or emoji"
    for _label, url in re.findall(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)", joined):
        assert url == SAFE_URL, f"a masked link to somewhere else: {url}"
    assert f"]({SAFE_URL})" in joined  # the article is still linked, whole
