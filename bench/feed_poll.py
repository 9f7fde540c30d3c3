"""Live-source benchmark: poll feeds listing 1,000 article pages on a local server, fetch and extract every page,
store it in a fresh SQLite file; prints items/s with the per-host limit on (one host, so at most
NK_AID_FETCH_PER_HOST requests in flight).

    python bench/feed_poll.py [--feeds 10] [--items 100] [--per-host 2]

The server (aiohttp, tests/fakes/feed_server.py) runs in a separate process so it does not share this one's
interpreter lock. Every page is a distinct on-topic article (the test fixtures' texts, numbered), so each item
goes through the whole path: conditional GET, size cap, charset, relevance check, trafilatura, extraction, store.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.feeds import poll_due_feeds
from core.runtime import build_runtime
from core.settings import DEFAULT_CONFIG_DIR, Settings
from tests.fakes import articles as a
from tests.fakes.feed_server import FeedServer

TEXTS = [a.TROOPS, a.ARTILLERY_V1, a.SHELLS, a.LAUNCHERS, a.MISSILES]


def serve(feeds: int, items: int, ready: multiprocessing.Queue[int], stop: multiprocessing.Event) -> None:  # type: ignore[type-arg]
    server = FeedServer()
    server.start()
    for f in range(feeds):
        entries = []
        for i in range(items):
            n = f * items + i
            text = TEXTS[n % len(TEXTS)] + f"\n\nThis is report number {n} in the series, filed from desk {f}."
            path = f"/f{f}/story-{i}"
            server.serve(path, a.page(f"Report {n}", text), etag=f'"{n}"')
            entries.append(a.Item(f"Report {n}: North Korea and Russia", server.url(path), "North Korea, Russia"))
        server.serve(f"/f{f}.xml", a.rss(f"Desk {f}", entries), content_type="application/rss+xml")
    ready.put(server.port)
    stop.wait()
    server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--items", type=int, default=100, help="items per feed")
    parser.add_argument("--per-host", type=int, default=2)
    args = parser.parse_args()

    ready: multiprocessing.Queue[int] = multiprocessing.Queue()
    stop = multiprocessing.Event()
    child = multiprocessing.Process(target=serve, args=(args.feeds, args.items, ready, stop), daemon=True)
    child.start()
    port = ready.get(timeout=120)
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config"
        config.mkdir()
        (config / "lexicon.toml").write_text((DEFAULT_CONFIG_DIR / "lexicon.toml").read_text())
        sources = "".join(
            f'[[source]]\nname = "desk {f}"\nurl = "http://127.0.0.1:{port}/f{f}.xml"\nevery = "15m"\n\n'
            for f in range(args.feeds)
        )
        (config / "sources.toml").write_text(sources)
        settings = Settings(
            config_dir=config,
            fetch_per_host=args.per_host,
            max_input_bytes=5_000_000,
            fetch_allow_hosts=("127.0.0.1",),  # the loopback feed server
            feed_max_items=max(args.items, 1),
            database_url=f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
        )
        runtime = build_runtime(settings)
        started = time.perf_counter()
        summary = asyncio.run(poll_due_feeds(runtime.store, settings, datetime.now(UTC), owner=runtime.owner))
        elapsed = time.perf_counter() - started
        runtime.close()
    stop.set()
    child.join(10)
    print(summary.line())
    print(
        f"{summary.entries} items in {elapsed:.1f} s: {summary.entries / elapsed:.0f} items/s "
        f"(per-host limit {args.per_host}, one host)"
    )


if __name__ == "__main__":
    main()
