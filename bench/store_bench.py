"""Store benchmark on a fresh SQLite file: briefing latency on a large store, ingest throughput end to end, memory.

    python bench/store_bench.py [--claims 100000] [--articles 2000] [--repeat 200] [--skip-brief] [--skip-ingest]

Brief: a synthetic store of --claims claims (~5 per article, values from realistic sets so most claims merge
into a few hundred findings) is built through `SqlStore.add_article`, the real write path; then
`build_briefing` is timed --repeat times per topic, in process, after a warm-up, with the start-up objects
frozen out of the garbage collector as `nk-aid run` does (bot/serve.py). Ingest: --articles distinct
.txt copies of the bundled on-topic sample articles go through `ingest_paths` (read, extract, store) into a
second fresh store. Smoke test: `python bench/store_bench.py --claims 2000 --articles 100`.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.compose.briefing import build_briefing
from core.compose.topics import Topic, resolve_topic
from core.desk import Desk
from core.models import Article, Category, Claim, Direction, Qualifier, Status
from core.runtime import build_runtime
from core.service import RunSummary, ingest_paths
from core.settings import SAMPLE_CORPUS_DIR, Settings

BRIEF_P99_TARGET_MS = 10.0
INGEST_TARGET = 300.0  # articles per second, end to end
TOPICS = ["troops", "artillery", "casualties", "ammunition", "missiles", "all"]
CLAIMS_PER_ARTICLE = 5
MAX_BYTES = 5_000_000

# (category, subtype, unit, values): the figures outlets actually repeat, so many reports share one finding.
ITEMS: list[tuple[Category, str, str | None, list[int]]] = [
    (Category.TROOPS, "troops", "troops", [1_500, 3_000, 8_000, 10_000, 11_000, 12_000, 14_000, 15_000, 25_000]),
    (Category.TROOPS, "combat engineers", "troops", [1_000, 5_000, 6_000]),
    (Category.CASUALTIES, "killed_or_wounded", "troops", [1_000, 3_000, 3_800, 4_000, 4_700, 6_000]),
    (Category.CASUALTIES, "killed", "troops", [100, 200, 300, 600, 1_000, 2_000]),
    (Category.CASUALTIES, "wounded", "troops", [1_000, 2_700, 3_500]),
    (Category.CASUALTIES, "captured", "troops", [1, 2]),
    (Category.ARTILLERY, "170mm M1989 Koksan self-propelled howitzer", "pieces", [50, 100, 120, 160, 200]),
    (Category.ARTILLERY, "artillery", "pieces", [100, 200, 240, 500]),
    (Category.ROCKET_LAUNCHERS, "240mm MRL", "units", [20, 50, 120, 200]),
    (Category.ROCKET_LAUNCHERS, "MRL", "units", [100, 200, 250]),
    (Category.MISSILES, "KN-23/KN-24 short-range ballistic missiles", "missiles", [50, 100, 148, 250]),
    (Category.MISSILES, "missiles", "missiles", [100, 250, 300]),
    (Category.AMMUNITION, "artillery shells", "shells", [1_000_000, 3_000_000, 5_000_000, 9_000_000, 12_000_000]),
    (Category.AMMUNITION, "containers", "containers", [1_000, 7_000, 13_000, 20_000, 28_000]),
    (Category.AMMUNITION, "rounds", "rounds", [1_000_000, 3_700_000, 6_700_000]),
    (Category.WORKERS, "workers", "workers", [1_000, 15_000, 50_000, 100_000]),
    (Category.OTHER, "fuel", "barrels", [1_000_000, 2_000_000]),
    (Category.OTHER, "air defense systems", "units", [1, 2, 5]),
]
AUTHORITIES = (  # as named in config/lexicon.toml
    "South Korea NIS|South Korea JCS|South Korea Ministry of National Defense|South Korea Defense Intelligence Agency|"
    "Ukraine HUR (Budanov)|Ukraine HUR|Zelensky|Ukrainian government|US Department of Defense|US INDOPACOM (Paparo)|"
    "US government|Multilateral Sanctions Monitoring Team (MSMT)|Russian government|North Korean government|ISW"
).split("|")
OUTLETS = (
    "en.yna.co.kr www.reuters.com apnews.com www.bbc.com kyivindependent.com www.nknews.org www.dailynk.com "
    "www.koreaherald.com www.ft.com www.nytimes.com edition.cnn.com"
).split()
HEDGE_WORDS: dict[Qualifier | None, str] = {None: "", Qualifier.APPROX: "about ", Qualifier.MORE_THAN: "more than "}
HEDGE_WORDS |= {Qualifier.AT_LEAST: "at least ", Qualifier.UP_TO: "up to "}
HEDGES: list[Qualifier | None] = [None, None, *HEDGE_WORDS]  # unhedged figures are the most common


def synthetic_articles(count: int, rng: random.Random) -> Iterator[tuple[Article, list[Claim]]]:
    """`count` distinct articles (text and URL), each with ~5 claims whose quotes sit at their spans."""
    start, days = date(2023, 1, 1), (date(2025, 12, 31) - date(2023, 1, 1)).days
    weights = [len(values) * (3 if c in (Category.TROOPS, Category.AMMUNITION) else 1) for c, _, _, values in ITEMS]
    for i in range(count):
        published = start + timedelta(days=rng.randrange(days + 1))
        title, article_id = f"North Korea and Russia: report {i}", f"syn-{i}"
        text = title + "\n"
        claims: list[Claim] = []
        for _ in range(CLAIMS_PER_ARTICLE):
            category, subtype, unit, values = rng.choices(ITEMS, weights)[0]
            picked = rng.choice(values)
            value: int | None = picked
            value_max = hedge = None
            if rng.random() < 0.03:
                value = unit = None
            elif rng.random() < 0.05:
                value_max = picked * 2
            else:
                hedge = rng.choice(HEDGES)
            status = Status.PLANNED if rng.random() < 0.15 else Status.REPORTED
            incremental = rng.random() < 0.1
            direction = Direction.RU_TO_NK if category is Category.OTHER else Direction.NK_TO_RU
            source = rng.choice(AUTHORITIES) if rng.random() < 0.9 else None
            if source and rng.random() < 0.2:
                source = f"{source} (via Yonhap)"
            figure = "an unknown number of" if value is None else f"{HEDGE_WORDS[hedge]}{value:,}"
            if value_max is not None:
                figure += f" to {value_max:,}"
            verb = "plans to send" if status is Status.PLANNED else ("sent another" if incremental else "has sent")
            quote = f"{source or 'Officials'} said North Korea {verb} {figure} {subtype} to Russia ({i}.{len(claims)})."
            span = (len(text), len(text) + len(quote))
            text += quote + " "
            claims.append(
                Claim(
                    category=category,
                    subtype=subtype,
                    direction=direction,
                    value=value,
                    value_max=value_max,
                    qualifier=hedge,
                    unit=unit,
                    status=status,
                    incremental=incremental,
                    period="as of October 2024" if rng.random() < 0.02 else None,
                    source=source,
                    quote=quote,
                    article=article_id,
                    span=span,
                    confidence=round(rng.uniform(0.6, 1.0), 2),
                )
            )
        url = f"https://{rng.choice(OUTLETS)}/news/{published}/nk-russia-{i}"
        yield (
            Article(id=article_id, text=text.strip(), title=title, url=url, published=published, language="en"),
            claims,
        )


def synthetic_desk(path: Path, n_claims: int) -> Desk:
    """A SQLite store of about `n_claims` synthetic claims, ingested recently (so digests have news), behind a Desk;
    a store already at `path` is reused as it is."""
    runtime = build_runtime(Settings(database_url=f"sqlite:///{path}"))
    store = runtime.store
    if store.counts()["claims"]:
        print(f"store: reusing {path} ({store.counts()['claims']:,} claims)")
        return runtime.desk
    n_articles = max(1, -(-n_claims // CLAIMS_PER_ARTICLE))
    now = datetime.now(UTC)
    started = time.perf_counter()
    for k, (article, claims) in enumerate(synthetic_articles(n_articles, random.Random(20241021))):
        store.add_article(article, claims, now - timedelta(minutes=n_articles - k))
    counts = store.counts()
    print(
        f"store: {counts['articles']:,} articles, {counts['claims']:,} claims, {counts['findings']:,} findings "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    return runtime.desk


def percentile(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1] if len(samples) > 1 else samples[0]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_brief(workdir: Path, n_claims: int, repeat: int) -> None:
    runtime = build_runtime(Settings(database_url=f"sqlite:///{workdir / 'brief.sqlite3'}"))
    store, lexicon = runtime.store, runtime.lexicon
    n_articles = max(1, -(-n_claims // CLAIMS_PER_ARTICLE))
    ingested = datetime(2025, 12, 31, tzinfo=UTC)
    started = time.perf_counter()
    for k, (article, claims) in enumerate(synthetic_articles(n_articles, random.Random(20241021))):
        store.add_article(article, claims, ingested - timedelta(minutes=n_articles - k))
    build_s = time.perf_counter() - started
    counts = store.counts()
    print(f"brief store: {counts['articles']:,} articles, {counts['claims']:,} claims, {counts['findings']:,} findings")
    print(
        f"  built through SqlStore.add_article in {build_s:.1f} s ({counts['articles'] / build_s:,.0f} articles/s, "
        f"{counts['claims'] / build_s:,.0f} claims/s)"
    )
    topics: list[Topic] = [resolve_topic(name, lexicon) for name in TOPICS]
    gc.freeze()  # as `nk-aid run` does once started: start-up objects are left out of full collections
    # The first briefing after a change reconciles every stored claim (core/reconcile); later ones reuse it until
    # an article, claim or revision is stored.
    t0 = time.perf_counter()
    build_briefing(store, topics[0])
    cold_s = time.perf_counter() - t0
    print(f"  first briefing after a change (reconciles all {counts['claims']:,} claims): {cold_s:.2f} s")
    every: list[float] = []
    for topic in topics:
        for _ in range(min(20, repeat)):
            build_briefing(store, topic)  # warm-up: SQLite page cache, SQLAlchemy statement cache
        samples = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            briefing = build_briefing(store, topic)
            samples.append((time.perf_counter() - t0) * 1000)
        every += samples
        p50, p99 = percentile(samples, 50), percentile(samples, 99)
        print(
            f"  brief {topic.name:<11} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  (target p99 {BRIEF_P99_TARGET_MS:.0f} ms: "
            f"ratio {p99 / BRIEF_P99_TARGET_MS:.2f}x; {len(briefing.headlines)} headlines, "
            f"{len(briefing.conflicts)} conflicts)"
        )
    p50, p99 = percentile(every, 50), percentile(every, 99)
    print(
        f"  brief overall     p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  (target p99 {BRIEF_P99_TARGET_MS:.0f} ms: "
        f"ratio {p99 / BRIEF_P99_TARGET_MS:.2f}x; {len(every)} calls) "
        f"-> {'met' if p99 <= BRIEF_P99_TARGET_MS else 'NOT met'}"
    )
    # Memory in a second, shorter pass: the tracer slows Python down several-fold.
    tracemalloc.start()
    for topic in topics:
        for _ in range(min(10, repeat)):
            build_briefing(store, topic)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  brief memory: {peak / 1e6:.2f} MB allocated at peak by build_briefing; process max RSS so far "
        f"{rss_mb():.0f} MB"
    )
    store.engine.dispose()


def write_corpus(target: Path, count: int) -> int:
    """`count` distinct .txt copies of the on-topic sample articles; returns how many originals were used."""
    originals = []
    for path in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
        sidecar = path.with_suffix(".json")
        if sidecar.is_file() and json.loads(sidecar.read_text(encoding="utf-8")).get("kind") == "on-topic":
            originals.append(path.read_text(encoding="utf-8"))
    number = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")  # '13,000': varied so findings differ too, not only hashes
    for i in range(count):
        text = originals[i % len(originals)]
        shift = (i // len(originals)) % 25 * 100
        if found := number.search(text):
            text = f"{text[: found.start()]}{int(found[0].replace(',', '')) + shift:,}{text[found.end() :]}"
        lines = text.split("\n")
        body = max(range(len(lines)), key=lambda n: len(lines[n]))  # the longest line is article text, not furniture
        lines[body] = f"{lines[body].rstrip()} Ref {i}."
        (target / f"{i:06d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return len(originals)


def bench_ingest(workdir: Path, n_articles: int) -> None:
    corpus = workdir / "corpus"
    corpus.mkdir()
    originals = write_corpus(corpus, n_articles)
    runtime = build_runtime(Settings(database_url=f"sqlite:///{workdir / 'ingest.sqlite3'}"))
    store, lexicon = runtime.store, runtime.lexicon
    summary = RunSummary()
    started = time.perf_counter()
    ingest_paths([corpus], lexicon, store, MAX_BYTES, summary)
    elapsed = time.perf_counter() - started
    rate = summary.articles / elapsed
    counts = store.counts()
    print(
        f"ingest: {n_articles:,} .txt files (distinct copies of {originals} on-topic sample articles) "
        f"in {elapsed:.2f} s"
    )
    print(
        f"  throughput: {rate:,.0f} articles/s end to end (read + extract + store; target {INGEST_TARGET:,.0f}: "
        f"ratio {rate / INGEST_TARGET:.2f}x) -> {'met' if rate >= INGEST_TARGET else 'NOT met'}"
    )
    print(f"  summary: {summary.line()}")
    print(
        f"  new {summary.new:,}, duplicates {summary.duplicates:,}; store holds {counts['articles']:,} articles, "
        f"{counts['claims']:,} claims, {counts['findings']:,} findings; process max RSS so far {rss_mb():.0f} MB"
    )
    store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000, help="claims in the synthetic brief store")
    parser.add_argument("--articles", type=int, default=2_000, help="article files for the ingest run")
    parser.add_argument("--repeat", type=int, default=200, help="timed build_briefing calls per topic")
    parser.add_argument("--skip-brief", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nk-aid-store-bench-") as tmp:
        if not args.skip_brief:
            bench_brief(Path(tmp), args.claims, args.repeat)
        if not args.skip_ingest:
            bench_ingest(Path(tmp), args.articles)
    print(f"peak memory: process max RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
