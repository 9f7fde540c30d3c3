"""The engine's work counted rather than timed: function calls and regex pattern calls (search, match, finditer,
fullmatch, ...) that `extract_claims` makes over the 600 articles `bench/corpus.py` generates, under cProfile.
Counts do not depend on how busy the machine is, so two checkouts compare exactly where timings on a shared VM
cannot: run it in each (each with its own virtual environment) and compare. It runs under a fixed string-hash seed
(PYTHONHASHSEED=0, re-executing itself if need be): the order in which `any(w in text for w in a_set)` tries a set's
words follows the hash, and with a random seed the same code's count varied by about 10,000 calls from run to run.

    python bench/engine_calls.py [--articles 600]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_articles
from core.extract import default_lexicon, extract_claims
from core.ingest import read_articles

MAX_BYTES = 5_000_000


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    lexicon = default_lexicon()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(Path(folder), args.articles)
        articles = [article for path in paths for article in read_articles(path, MAX_BYTES)]
    for article in articles[:20]:
        extract_claims(article, lexicon)  # (warm: compiled patterns and caches, as in a long run)
    profile = cProfile.Profile()
    profile.enable()
    for article in articles:
        extract_claims(article, lexicon)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    calls = sum(row[1] for row in stats.values())
    regex = sum(row[1] for key, row in stats.items() if "re.Pattern" in key[2])
    print(f"{len(articles)} articles: {calls:,} function calls, {regex:,} regex pattern calls")


if __name__ == "__main__":
    main()
