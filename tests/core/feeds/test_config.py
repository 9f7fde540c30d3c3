"""config/sources.toml: the bundled list is valid, and a bad entry is named in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from core.feeds import load_feed_specs, parse_interval
from core.settings import DEFAULT_CONFIG_DIR


def test_the_bundled_sources_are_valid_https_feeds_with_sane_intervals() -> None:
    sources = load_feed_specs(DEFAULT_CONFIG_DIR / "sources.toml")
    assert len(sources) >= 10
    assert all(s.url.startswith("https://") and 600 <= s.every <= 7200 for s in sources)
    assert {"NK News", "38 North", "The Kyiv Independent"} <= {s.name for s in sources}


@pytest.mark.parametrize(("text", "interval"), [(900, 900), ("900s", 900), ("15m", 900), ("2h", 7200), (" 1d ", 86400)])
def test_intervals(text: int | str, interval: int) -> None:
    assert parse_interval(text) == interval


BAD = [
    ('[[source]]\nname = "A"\nurl = "ftp://x/feed"', "source #1 ('A').url: 'ftp://x/feed' is not an http(s) URL"),
    (
        '[[source]]\nname = "A"\nurl = "https://x/f"\nevery = "10s"',
        "source #1 ('A').every: '10s' is under the 60 s minimum",
    ),
    (
        '[[source]]\nname = "A"\nurl = "https://x/f"\nevery = "often"',
        "source #1 ('A').every: 'often' is not an interval (use e.g. '15m', '2h' or seconds)",
    ),
    ('[[source]]\nname = " "\nurl = "https://x/f"', "source #1.name: name must not be blank"),
    (
        '[[source]]\nname = "A"\nurl = "https://x/f"\nkeywords = [""]',
        "source #1 ('A').keywords: keywords must not be blank",
    ),
    (
        '[[source]]\nname = "A"\nurl = "https://x/f"\ncolour = "red"',
        "source #1 ('A').colour: Extra inputs are not permitted",
    ),
    (
        '[[source]]\nname = "A"\nurl = "https://x/f"\n[[source]]\nname = "a"\nurl = "https://x/g"',
        "sources #1 and #2 are both named 'a'",
    ),
    ('[[source]]\nname = "A"', "source #1 ('A').url: Field required"),
]


@pytest.mark.parametrize(
    ("text", "message"),
    BAD,
    ids=["ftp", "too-often", "not-interval", "blank-name", "blank-keyword", "unknown-key", "same-name", "no-url"],
)
def test_a_bad_entry_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_feed_specs(path)
    expected = message if message.startswith("sources #") else f"bad source entry {message}"
    assert str(caught.value) == f"{path}: {expected}"


def test_broken_toml_and_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    assert load_feed_specs(path) == []
    path.write_text("[[source]\n")
    with pytest.raises(ConfigError, match=r"sources.toml: invalid TOML \("):
        load_feed_specs(path)
