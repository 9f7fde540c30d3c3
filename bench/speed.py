"""Where users feel speed, in one run on the same input: `nk-aid extract` as a whole process with 1 job and
with the default jobs, the engine in-process, a bare regex pass (the floor), peak memory, `nk-aid --help`
start-up, `nk-aid brief` on the sample store, a 5 MB article, HTML pages through nk-aid beside trafilatura alone,
and `nk-aid ingest` into fresh SQLite and PostgreSQL stores.

    python bench/speed.py [--articles 2040] [--big 10000] [--pages 300] [--rounds 3] [--postgres URL]
                          [--only startup,brief,extract,engine,ingest,long,big,html]

Input is generated (bench/corpus.py): the bundled sample's articles varied to --articles files, --big files for
the memory figure, and --pages web pages of common shapes. Whole-process runs are real `nk-aid` processes,
started from the project's bytecode (compiled first, as an install has it) and, after the first round, from the
patterns the last run kept (core/regex_cache.py); each figure is the best of --rounds (a shared VM's neighbours
only ever slow a run down) with the spread shown.
Memory is sampled from /proc every 20 ms in one more run of each (not timed): the main process's RSS, and the
proportional set size (PSS) of the main process and its workers together, which counts pages the forked workers
share once.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_articles, write_pages
from core.extract import default_lexicon, extract_claims
from core.ingest import iter_input_paths, read_articles
from core.service import default_jobs, prepare_article
from core.settings import SAMPLE_CORPUS_DIR

NK_AID = str(Path(sys.executable).parent / "nk-aid")
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MAX_BYTES = 5_000_000
# The floor: one pass of a regex finding numbers and the words a claim needs, over each article.
_FLOOR = re.compile(r"\d[\d,.]*|north kore\w*|russia\w*|troops|shells|missiles|artillery", re.IGNORECASE)


class Sampler(threading.Thread):
    """Peak RSS of a process, and peak PSS of it and its children, sampled until it exits."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.main_rss_kb, self.tree_pss_kb, self.done = pid, 0, 0, False

    def run(self) -> None:
        while not self.done:
            pids = _tree(self.pid)
            self.main_rss_kb = max(self.main_rss_kb, _field(f"/proc/{self.pid}/status", "VmRSS:"))
            self.tree_pss_kb = max(self.tree_pss_kb, sum(_field(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids))
            time.sleep(0.02)


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [pid, *(p for child in children for p in _tree(int(child)))]


def _field(path: str, name: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_process(args: list[str]) -> tuple[float, int, int]:
    """Seconds, peak main RSS (KB) and peak PSS of the process tree (KB) of one real process."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = Sampler(process.pid)
    sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - started
    sampler.done = True
    sampler.join()
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited {code}")
    return elapsed, sampler.main_rss_kb, sampler.tree_pss_kb


def best(rounds: int, args: list[str]) -> tuple[float, float, int, int]:
    """Best and worst seconds over the timed rounds, and the peak memory of one more, sampled, run (reading
    /proc/PID/smaps_rollup takes the process's memory lock and slows it down, so timed runs are not sampled)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    _, rss, pss = run_process(args)
    return min(times), max(times), rss, pss


def startup(rounds: int) -> None:
    # Timed and measured from a small wrapper process: a child forked from this one would start out with
    # this process's memory in its RSS.
    probe = (
        "import resource, subprocess, sys, time\n"
        "times = []\n"
        "for _ in range(int(sys.argv[2])):\n"
        "    started = time.perf_counter()\n"
        "    subprocess.run([sys.argv[1], '--help'], stdout=subprocess.DEVNULL, check=True)\n"
        "    times.append(time.perf_counter() - started)\n"
        "print(min(times), sorted(times)[len(times) // 2], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, NK_AID, str(max(rounds, 5))], capture_output=True, text=True)
    fastest, median, rss_kb = out.stdout.split()
    rss_mb = int(rss_kb) / 1024
    print(f"nk-aid --help: best {float(fastest):.3f} s, median {float(median):.3f} s; max RSS {rss_mb:.0f} MB "
          "(target < 0.3 s and < 40 MB)")  # fmt: skip


def brief(store: Path, rounds: int) -> None:
    """`nk-aid brief artillery` on the bundled sample, ingested into a new SQLite store."""
    env = {**os.environ, "NK_AID_DATABASE_URL": f"sqlite:///{store}"}
    subprocess.run([NK_AID, "ingest", str(SAMPLE_CORPUS_DIR)], env=env, capture_output=True, check=True)
    times = []
    for _ in range(max(rounds, 5)):
        started = time.perf_counter()
        subprocess.run([NK_AID, "brief", "artillery"], env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    print(f"nk-aid brief artillery on the sample store: best {min(times):.2f} s, median "
          f"{sorted(times)[len(times) // 2]:.2f} s (target < 0.6 s)")  # fmt: skip


def whole_process(corpus: Path, files: int, rounds: int, jobs: int) -> None:
    for label, job_args in (("1 job", ["--jobs", "1"]), (f"{jobs} jobs (default)", [])):
        fast, slow, rss, pss = best(rounds, [NK_AID, "extract", "--format", "json", *job_args, str(corpus)])
        print(f"nk-aid extract --format json, {label}: {files / fast:,.0f} articles/s best, {files / slow:,.0f} "
              f"worst ({fast:.2f}-{slow:.2f} s for {files} files); peak RSS {rss / 1024:.0f} MB main, "
              f"{pss / 1024:.0f} MB PSS all processes")  # fmt: skip


def in_process(corpus: Path, rounds: int) -> float:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, like one worker
    articles = [a for p in iter_input_paths([corpus]) for a in read_articles(p, MAX_BYTES)]
    lexicon = default_lexicon()
    engine, floor = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        for article in articles:
            extract_claims(article, lexicon)
        engine.append(len(articles) / (time.perf_counter() - started))
        started = time.perf_counter()
        for article in articles:
            _FLOOR.findall(article.text)
        floor.append(len(articles) / (time.perf_counter() - started))
    print(f"in-process extract_claims, one core: {max(engine):,.0f} articles/s best ({min(engine):,.0f} worst)")
    print(f"regex floor, one core: {max(floor):,.0f} articles/s best: the engine is {max(floor) / max(engine):.0f}x "
          f"slower than one bare regex pass")  # fmt: skip
    os.sched_setaffinity(0, set(range(os.cpu_count() or 1))) if hasattr(os, "sched_setaffinity") else None
    return max(engine)


def big_article(corpus: Path) -> None:
    lexicon = default_lexicon()
    articles = [a for p in sorted(iter_input_paths([corpus]))[:40] for a in read_articles(p, MAX_BYTES)]
    base = "\n".join(a.text for a in articles)
    figures = []
    for megabytes in (0.5, 1, 2, 5):
        text = "\n".join([base] * (int(megabytes * 1e6 / len(base)) + 1))
        started = time.perf_counter()
        extract_claims(articles[0].model_copy(update={"text": text}), lexicon)
        figures.append(f"{len(text) / 1e6:.1f} MB {time.perf_counter() - started:.2f} s")
    print("one long article: " + ", ".join(figures) + " (linear: seconds per MB stay level)")


def html_pages(pages: Path, count: int, rounds: int) -> None:
    """nk-aid beside trafilatura alone, with its defaults and with the settings nk-aid uses (precise, no comments
    or tables), in alternating rounds so that a busy spell on the VM hits all three alike."""
    alone = (
        "import sys, pathlib, trafilatura\n"
        "options = dict(favor_precision=True, include_comments=False, include_tables=False) if sys.argv[2] else {}\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.html')):\n"
        "    trafilatura.extract(p.read_text(encoding='utf-8'), **options)\n"
    )
    runs: list[tuple[float, float, float]] = []
    for _ in range(max(rounds, 3)):
        defaults = best(1, [sys.executable, "-c", alone, str(pages), ""])[0]
        precise = best(1, [sys.executable, "-c", alone, str(pages), "precise"])[0]
        ours = best(1, [NK_AID, "extract", "--format", "json", "--jobs", "1", str(pages)])[0]
        runs.append((defaults, precise, ours))
    defaults, precise, ours = (min(r[i] for r in runs) for i in range(3))
    median = sorted(r[2] / r[0] for r in runs)[len(runs) // 2]
    median_precise = sorted(r[2] / r[1] for r in runs)[len(runs) // 2]
    default_s, _, rss, _ = best(rounds, [NK_AID, "extract", "--format", "json", str(pages)])
    sizes = [p.stat().st_size for p in pages.glob("*.html")]
    print(
        f"HTML, {count} generated pages (mean {sum(sizes) / len(sizes) / 1000:.0f} KB), whole process, best of "
        f"{len(runs)} alternating rounds:"
    )
    print(f"  trafilatura.extract alone, defaults: {defaults:.2f} s ({count / defaults:.0f} pages/s)")
    print(f"  trafilatura.extract alone, nk-aid's settings: {precise:.2f} s ({count / precise:.0f} pages/s)")
    print(
        f"  nk-aid extract --jobs 1: {ours:.2f} s ({count / ours:.0f} pages/s): {ours / defaults:.2f}x the "
        f"defaults (median pair {median:.2f}x), {ours / precise:.2f}x the same settings (median pair "
        f"{median_precise:.2f}x); target <= 1.2x"
    )
    print(f"  nk-aid extract, default jobs: {default_s:.2f} s ({count / default_s:.0f} pages/s, peak RSS "
          f"{rss / 1024:.0f} MB main)")  # fmt: skip


def html_costs(pages: Path, empty: Path) -> None:
    """Where nk-aid's time on the pages goes beyond trafilatura's: each step once over all pages in this process
    (one core), and the start-up of both processes."""
    import trafilatura

    from core.ingest.html import _text, page_metadata

    paths = sorted(pages.glob("*.html"))
    lexicon = default_lexicon()
    html = [p.read_text(encoding="utf-8") for p in paths]
    steps: dict[str, float] = {}

    def timed(name: str, step: Callable[[], object]) -> object:
        started = time.perf_counter()
        result = step()
        steps[name] = time.perf_counter() - started
        return result

    trafilatura.extract(html[0])  # its first call sets up what later ones reuse
    timed("trafilatura.extract, defaults", lambda: [trafilatura.extract(h) for h in html])
    trees = timed("parse (load_html)", lambda: [trafilatura.load_html(h) for h in html])
    assert isinstance(trees, list)
    precise = timed("text, precise", lambda: [_text(t, precise=True) for t in trees])
    assert isinstance(precise, list)
    missed = [t for t, text in zip(trees, precise, strict=True) if text is None]
    timed(f"text, default setting on the {len(missed)} pages the precise one finds nothing in",
          lambda: [_text(t, precise=False) for t in missed])  # fmt: skip
    timed("title, date, author", lambda: [page_metadata(t) for t in trees])
    articles = timed("read_articles (all of the above, cleaning, language)",
                     lambda: [a for p in paths for a in read_articles(p, MAX_BYTES)])  # fmt: skip
    assert isinstance(articles, list)
    timed("relevance check and claims", lambda: [prepare_article(a, lexicon) for a in articles])
    empty.mkdir(exist_ok=True)
    runs = [best(3, args)[0] for args in ([NK_AID, "extract", "--format", "json", str(empty)],
                                          [sys.executable, "-c", "import trafilatura"])]  # fmt: skip
    print(f"  in-process, one core, {len(paths)} pages: " + "; ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
    print(f"  start-up: nk-aid extract on no files {runs[0]:.2f} s, python importing trafilatura {runs[1]:.2f} s "
          "(nk-aid imports trafilatura too when it reads HTML)")  # fmt: skip


def ingest(corpus: Path, count: int, rounds: int, postgres_url: str, tmp: Path) -> None:
    """Whole-process `nk-aid ingest` of the generated articles into a fresh store each round (read, extract,
    store, one transaction per article), on SQLite and, when it answers, on PostgreSQL (a fresh schema)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    def timed(url: str) -> float:
        started = time.perf_counter()
        env = {**os.environ, "NK_AID_DATABASE_URL": url}
        subprocess.run([NK_AID, "ingest", str(corpus)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)  # fmt: skip
        return time.perf_counter() - started

    sqlite = [timed(f"sqlite:///{tmp / f'ingest-{n}.sqlite3'}") for n in range(rounds)]
    print(f"nk-aid ingest, {count} articles into a fresh SQLite store: {count / min(sqlite):,.0f} articles/s "
          f"(best of {rounds}; worst {count / max(sqlite):,.0f}; target >= 800)")  # fmt: skip
    try:
        admin = create_engine(postgres_url)
        with admin.connect():
            pass
    except OperationalError:
        print("nk-aid ingest into PostgreSQL: skipped (no server at --postgres)")
        return
    times = []
    for n in range(rounds):
        schema = f"nkaid_bench_{os.getpid()}_{n}"
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            times.append(timed(f"{postgres_url}?options=-csearch_path%3D{schema}"))
        finally:
            with admin.begin() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
    print(f"nk-aid ingest, {count} articles into a fresh PostgreSQL schema: {count / min(times):,.0f} articles/s "
          f"(best of {rounds}; worst {count / max(times):,.0f}; target >= 400)")  # fmt: skip


PARTS = ("startup", "brief", "extract", "engine", "ingest", "long", "big", "html")


def compile_bytecode() -> None:
    """Whole-process runs start as an installed copy does, from the project's bytecode: pip and the Dockerfile
    compile it at install time, an editable install on its first run, but not where PYTHONDONTWRITEBYTECODE is set
    (as on the team's machines), where every process would otherwise compile the project's source again."""
    root = Path(__file__).resolve().parent.parent
    for package in ("core", "bot"):
        compileall.compile_dir(root / package, quiet=1)
    print("project bytecode compiled (as an install has it)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2040)
    parser.add_argument("--big", type=int, default=10_000, help="files for the memory figure (0: skip)")
    parser.add_argument("--pages", type=int, default=300, help="generated web pages (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", default=POSTGRES_URL, help="server for the PostgreSQL ingest figure")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts to run (of {','.join(PARTS)})")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    if unknown := parts - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    jobs = default_jobs()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; default jobs {jobs}")
    compile_bytecode()
    if "startup" in parts:
        startup(args.rounds)
    with tempfile.TemporaryDirectory(prefix="nk-aid-speed-") as tmp:
        if "brief" in parts:
            brief(Path(tmp) / "store.sqlite3", args.rounds)
        corpus = Path(tmp) / "articles"
        write_articles(corpus, args.articles)
        if "extract" in parts:
            whole_process(corpus, args.articles, args.rounds, jobs)
        if "engine" in parts:
            in_process(corpus, args.rounds)
        if "ingest" in parts:
            ingest(corpus, args.articles, args.rounds, args.postgres, Path(tmp))
        if "long" in parts:
            big_article(corpus)
        if args.big and "big" in parts:
            big = Path(tmp) / "big"
            write_articles(big, args.big)
            seconds, _, rss, pss = best(1, [NK_AID, "extract", "--format", "json", str(big)])
            print(
                f"nk-aid extract over {args.big} files, default jobs: {args.big / seconds:,.0f} articles/s, "
                f"peak RSS {rss / 1024:.0f} MB main, {pss / 1024:.0f} MB PSS all processes (target < 150 MB)"
            )
        if args.pages and "html" in parts:
            pages = Path(tmp) / "pages"
            write_pages(pages, args.pages)
            html_pages(pages, args.pages, args.rounds)
            html_costs(pages, Path(tmp) / "empty")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
