"""Extraction throughput on one core: a corpus replicated to >= N articles, articles/s and peak memory.

    python bench/extract_throughput.py [CORPUS_DIR ...] [--articles 10000] [--rounds 5]

Defaults to ../shared/corpus/dev when it exists, else the bundled sample corpus. Articles are loaded and
cleaned once (ingest is measured by the store benchmark); the timed loop is `extract_claims` alone, over all
the articles, --rounds times. A shared VM's neighbours only ever slow a round down, so the best round is the
engine's speed and the median what a busy machine gives; both are printed, with every round.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.extract import default_lexicon, extract_claims
from core.ingest import iter_input_paths, read_articles
from core.settings import REPO_ROOT, SAMPLE_CORPUS_DIR

TARGET = 1000.0  # articles per second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    shared_dev = REPO_ROOT.parent / "shared" / "corpus" / "dev"
    corpus = args.corpus or [shared_dev if shared_dev.is_dir() else SAMPLE_CORPUS_DIR]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    base = [a for p in iter_input_paths(corpus) for a in read_articles(p, 5_000_000)]
    articles = [
        base[i % len(base)].model_copy(update={"id": f"{base[i % len(base)].id}-{i}"}) for i in range(args.articles)
    ]
    lexicon = default_lexicon()
    extract_claims(articles[0], lexicon)  # warm regex caches
    rates, claims, elapsed = [], 0, 0.0
    for _ in range(args.rounds):
        started = time.perf_counter()
        claims = sum(len(extract_claims(a, lexicon)) for a in articles)
        elapsed = time.perf_counter() - started
        rates.append(len(articles) / elapsed)
    # Peak memory in a second, shorter pass: the tracer slows Python down several-fold.
    tracemalloc.start()
    for article in articles[:1000]:
        extract_claims(article, lexicon)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best, median = max(rates), statistics.median(rates)
    mean_chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"corpus: {', '.join(map(str, corpus))} ({len(base)} distinct articles, mean {mean_chars:.0f} chars)")
    print(f"extracted {len(articles)} articles, {claims} claims per round, {args.rounds} rounds on one core")
    print(f"rounds: {', '.join(f'{r:,.0f}' for r in rates)} articles/s")
    print(
        f"throughput: best {best:,.0f}, median {median:,.0f} articles/s (target {TARGET:,.0f}: "
        f"ratio {best / TARGET:.2f}x best, {median / TARGET:.2f}x median)"
    )
    print(
        f"peak memory: {peak / 1e6:.2f} MB allocated by extraction itself; process max RSS {rss_mb:.0f} MB "
        f"(holding all {len(articles)} articles)"
    )


if __name__ == "__main__":
    main()
