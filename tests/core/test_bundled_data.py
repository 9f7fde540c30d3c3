"""Every data file the project ships is valid: the sample corpus, its gold, and the lexicon."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from core.ingest import read_articles
from core.lexicon import load_lexicon
from core.models import Category, Direction, Qualifier, Status
from core.phrases import tokens_of
from core.settings import DEFAULT_CONFIG_DIR
from tests.conftest import SAMPLE

GOLD_FILES = sorted(SAMPLE.glob("*.gold.json"))
UNITS = {
    "troops",
    "workers",
    "pieces",
    "units",
    "missiles",
    "shells",
    "rounds",
    "containers",
    "barrels",
    "aircraft",
    "systems",
    "drones",
    None,
}


def test_every_sample_article_has_its_gold_file() -> None:
    """The tables below are parametrised by the gold files: an empty or partial list must not pass unnoticed."""
    articles = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix in (".txt", ".html"))
    assert articles, f"no sample articles in {SAMPLE}"
    assert [g.name.split(".")[0] for g in GOLD_FILES] == articles


def test_the_bundled_sources_file_is_valid() -> None:
    from core.feeds import load_feed_specs

    specs = load_feed_specs(DEFAULT_CONFIG_DIR / "sources.toml")
    assert len(specs) >= 10 and len({s.name for s in specs}) == len(specs)


def test_sample_corpus_size_and_mix() -> None:
    kinds = Counter(json.loads((SAMPLE / f"{g.name.split('.')[0]}.json").read_text())["kind"] for g in GOLD_FILES)
    assert 15 <= len(GOLD_FILES) <= 30
    assert kinds["off-topic"] >= 1 and kinds["non-english"] >= 1 and kinds["on-topic"] >= 12


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_sample_article_and_gold_are_valid(gold_path: Path) -> None:
    stem = gold_path.name.split(".")[0]
    meta = json.loads((SAMPLE / f"{stem}.json").read_text(encoding="utf-8"))
    assert {"id", "url", "title", "published", "language", "kind"} <= set(meta)
    assert meta["url"] == f"https://example.org/sample/{stem}"  # reserved: a real article is never its duplicate
    article_path = next(SAMPLE / f"{stem}{ext}" for ext in (".txt", ".html") if (SAMPLE / f"{stem}{ext}").exists())
    (article,) = read_articles(article_path, 5_000_000)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if meta["kind"] != "on-topic":
        assert gold["claims"] == []
    for claim in gold["claims"]:
        assert Category(claim["category"]) and Direction(claim["direction"]) and Status(claim["status"])
        assert claim["qualifier"] is None or Qualifier(claim["qualifier"])
        assert claim["unit"] in UNITS
        assert (claim["value"] is None) <= (claim["qualifier"] is None)
        assert claim["quote"] in article.text, "quotes must be verbatim sentences of the cleaned text"


def test_lexicon_loads_and_no_alias_means_two_things() -> None:
    lexicon = load_lexicon(DEFAULT_CONFIG_DIR / "lexicon.toml")
    owners: dict[tuple[str, ...], set[str]] = {}
    for term in lexicon.spec.term:
        for alias in term.aliases:
            owners.setdefault(tokens_of(alias), set()).add(f"{term.category.value}/{term.subtype}")
    clashes = {" ".join(k): v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_sample_readme_lists_every_article() -> None:
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for gold_path in GOLD_FILES:
        assert gold_path.name.split(".")[0] in readme
