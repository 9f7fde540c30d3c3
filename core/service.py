"""Use cases shared by the CLI and the adapters: read inputs, extract claims, report skips and failures, and the
one write path every input takes into the store (`prepare_article`, then `ingest_article`)."""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from core.errors import InputError, NkAidError
from core.extract import extract_claims, is_on_topic
from core.ingest import iter_input_paths, read_articles
from core.ingest.files import HTML_SUFFIXES
from core.lexicon import Lexicon
from core.models import Article, Claim, Skip

if TYPE_CHECKING:  # `nk-aid extract` never needs the store (SQLAlchemy costs start-up time)
    from core.store import ArticleRevision, SqlStore, StoredArticle

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass
class ArticleResult:
    """What became of one article: its claims, or why it was skipped."""

    article: Article
    claims: list[Claim]
    skip: Skip | None = None


@dataclass
class RunSummary:
    articles: int = 0
    claims: int = 0
    new: int = 0
    duplicates: int = 0
    skipped: list[Skip] = field(default_factory=list)
    failed: list[NkAidError] = field(default_factory=list)
    set_aside: int = 0  # figures out of the storable range, logged and left out (core.store.limits)

    def line(self) -> str:
        """'12 new, 3 duplicate, 2 skipped (not English: 1; off-topic: 1), 1 failed; 40 claims'."""
        reasons: dict[str, int] = {}
        for skip in self.skipped:
            label = skip.reason.split(" (")[0].split(":")[0]
            reasons[label] = reasons.get(label, 0) + 1
        why = f" ({'; '.join(f'{k}: {v}' for k, v in reasons.items())})" if reasons else ""
        return (
            f"{self.new} new, {self.duplicates} duplicate, {len(self.skipped)} skipped{why}, "
            f"{len(self.failed)} failed; {self.claims} claims stored"
            + (f", {self.set_aside} figures out of range not stored" if self.set_aside else "")
        )


def ingest_paths(
    paths: Iterable[Path],
    lexicon: Lexicon,
    store: SqlStore | Callable[[], SqlStore],
    max_bytes: int,
    summary: RunSummary,
    on_file: Callable[[Path], None] | None = None,
    workers: int | None = None,
) -> None:
    """Extract and store every article under `paths`, one transaction per article; stops on nothing but
    an unusable store. Reading and extraction run in `workers` processes (default: one per core, up to 4)
    while this process writes, so the store is written in file order by a single writer.

    `store` may be a function that opens it: it is called once the workers have their first files, so that
    opening the store (importing SQLAlchemy, migrating a new database: 0.2-0.5 s) overlaps their work. If it
    raises, nothing was stored and the workers are stopped."""
    stored_claims = 0
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    extracted = extract_paths(paths, lexicon, max_bytes, summary, on_file, workers)
    results: Iterable[ArticleResult] = extracted
    try:
        if callable(store):
            first = next(extracted, None)  # starts the workers and hands them their first files
            store = store()
            results = chain(() if first is None else (first,), extracted)
        with store.writing():  # one connection for the batch; still one transaction per article
            for result in results:
                if result.skip is not None:
                    continue
                try:
                    stored = ingest_article(store, result, datetime.now(UTC)).stored
                except InputError as err:  # the database refused this article's values: the batch goes on
                    log.warning("not stored %s", err)
                    summary.failed.append(err)
                    continue
                assert stored is not None  # only a skipped article is not stored
                summary.set_aside += stored.set_aside
                if stored.new:
                    summary.new += 1
                    stored_claims += stored.claims
                else:
                    summary.duplicates += 1
                    log.info("duplicate %s: same as %s", result.article.origin, stored.duplicate_of)
    finally:  # also when the store fails mid-batch: the summary says what was stored before
        summary.claims = stored_claims
        if isinstance(extracted, Generator):  # stops the workers now, not when the generator is collected
            extracted.close()


@dataclass(frozen=True)
class Ingested:
    """What the write path did with one prepared article."""

    result: ArticleResult
    stored: StoredArticle | None  # None when the article was skipped
    revision: ArticleRevision | None = None  # its URL was stored before with other text: what changed


def prepare_article(article: Article, lexicon: Lexicon) -> ArticleResult:
    """An article's claims, or why it has none by design: the one relevance check (language, North Korea and
    Russia) every input passes, before extraction. Pure: it runs in worker processes too."""
    reason = skip_reason(article, lexicon)
    if reason is not None:
        return ArticleResult(article, [], Skip(source=article.origin or article.id, reason=reason))
    return ArticleResult(article, extract_claims(article, lexicon))


def ingest_article(store: SqlStore, result: ArticleResult, now: datetime, *, revise: bool = False) -> Ingested:
    """The one write path of files, URLs and feed items: store a prepared article and its claims once (same URL
    or same text: a duplicate). With `revise`, an article whose URL is stored with other text is revised in
    place (figures added and dropped recorded) instead of counted a duplicate. Raises NotStorableError when the
    database refuses its values, StoreError when the store is unusable."""
    if result.skip is not None:
        return Ingested(result, None)
    stored = store.add_article(result.article, result.claims, now)
    if stored.new or not revise or result.article.url is None:
        return Ingested(result, stored)
    existing = store.article_by_url(result.article.url)
    if existing is None:  # the same text as another article, under another URL
        return Ingested(result, stored)
    return Ingested(result, stored, store.revise_article(existing[0], result.article, result.claims, now))


def skip_reason(article: Article, lexicon: Lexicon) -> str | None:
    """Why an article yields no claims by design (not English, not about North Korea and Russia)."""
    if article.language not in (None, "en"):
        return "not English (non-English articles are skipped)"
    if not is_on_topic(article, lexicon):
        return "off-topic: does not mention both North Korea and Russia (or its war)"
    return None


@dataclass
class FileOutcome:
    """What reading and extracting one file gave: its articles' results, or why the file is unusable."""

    path: Path
    results: list[ArticleResult] = field(default_factory=list)
    error: NkAidError | None = None


def process_file(path: Path, lexicon: Lexicon, max_bytes: int) -> FileOutcome:
    """Read and extract one file; never raises (a bug costs one article, not the batch)."""
    try:
        articles = read_articles(path, max_bytes)
    except InputError as err:
        return FileOutcome(path, error=err)
    except Exception as err:  # a reader bug costs this file, never the batch (the traceback goes to the log)
        log.exception("reading failed for %s", path)
        return FileOutcome(path, error=InputError(str(path), f"internal error ({type(err).__name__})"))
    outcome = FileOutcome(path)
    for article in articles:
        try:
            outcome.results.append(prepare_article(article, lexicon))
        except Exception as err:
            log.exception("extraction failed for %s", article.origin or article.id)
            outcome.error = InputError(article.origin or article.id, f"internal error ({type(err).__name__})")
    return outcome


def extract_paths(
    paths: Iterable[Path],
    lexicon: Lexicon,
    max_bytes: int,
    summary: RunSummary,
    on_file: Callable[[Path], None] | None = None,
    workers: int = 1,
) -> Iterator[ArticleResult]:
    """Extract every article under `paths`, in order; bad files are recorded in `summary` and the batch goes on.

    With `workers` > 1 the files are read and extracted in that many processes (the caller keeps writing)."""
    for outcome in _outcomes(list(iter_input_paths(paths)), lexicon, max_bytes, workers, _as_is):
        if on_file is not None:
            on_file(outcome.path)
        _tally_file(summary, outcome.error)
        for result in outcome.results:
            _tally_article(summary, result.skip, len(result.claims))
            yield result


@dataclass(frozen=True)
class RenderedResult:
    """One article's claims as text, written by the process that extracted them (see `render_paths`)."""

    text: str
    claims: int
    skip: Skip | None = None


@dataclass(frozen=True)
class _RenderedFile:
    path: Path
    results: list[RenderedResult]
    error: NkAidError | None


def render_paths(
    paths: Iterable[Path],
    lexicon: Lexicon,
    max_bytes: int,
    summary: RunSummary,
    render: Callable[[list[Claim]], str],
    workers: int = 1,
) -> Iterator[RenderedResult]:
    """`extract_paths` for callers that only write the claims out: `render` (a module-level function, so that
    it reaches the workers) turns each article's claims into text where they were extracted. Only that text comes
    back from a worker, not the article and its claims: unpickling those pydantic models and encoding them cost the
    parent process as much as a worker's extraction of a third of the articles, on the cores the workers need."""
    finish = functools.partial(_render_file, render)
    for outcome in _outcomes(list(iter_input_paths(paths)), lexicon, max_bytes, workers, finish):
        _tally_file(summary, outcome.error)
        for result in outcome.results:
            _tally_article(summary, result.skip, result.claims)
            yield result


def _render_file(render: Callable[[list[Claim]], str], outcome: FileOutcome) -> _RenderedFile:
    rendered = [RenderedResult(render(r.claims), len(r.claims), r.skip) for r in outcome.results]
    return _RenderedFile(outcome.path, rendered, outcome.error)


def _as_is(outcome: FileOutcome) -> FileOutcome:
    return outcome


def _tally_file(summary: RunSummary, error: NkAidError | None) -> None:
    if error is not None:
        log.warning("skipped %s", error)
        summary.failed.append(error)


def _tally_article(summary: RunSummary, skip: Skip | None, claims: int) -> None:
    summary.articles += 1
    if skip is not None:
        log.info("skipped %s: %s", skip.source, skip.reason)
        summary.skipped.append(skip)
    else:
        summary.claims += claims


PARALLEL_MIN_FILES = 64  # below this, starting worker processes costs more than it saves
_BATCH_FILES = 16  # files per task: one round trip to a worker per batch, not per file
# ... or fewer when they are large: a batch of web pages (50-150 KB, 10 ms each to read) is a few pages, so the
# last batch, which one worker finishes while the others have nothing left to do, stays short
_BATCH_BYTES = 256_000
_BATCHES_AHEAD = 4  # per worker: enough queued work to keep every core busy, few enough to bound memory


def default_jobs() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _outcomes(
    files: list[Path], lexicon: Lexicon, max_bytes: int, workers: int, finish: Callable[[FileOutcome], _T]
) -> Iterator[_T]:
    """`finish` of each file's outcome, in file order; with workers, `finish` runs in them. At most
    `workers * _BATCHES_AHEAD` batches are in flight, so memory stays flat however many files there are, and a
    slow consumer holds the workers back."""
    if workers <= 1 or len(files) < PARALLEL_MIN_FILES:
        yield from (finish(process_file(path, lexicon, max_bytes)) for path in files)
        return
    if any(path.suffix.lower() in HTML_SUFFIXES for path in files):
        import trafilatura  # noqa: F401  (imported once here, the forked workers share it instead of each importing it)
    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(lexicon,))
    pending: deque[Future[list[_T]]] = deque()
    try:
        for batch in _batches(files):
            pending.append(pool.submit(_process_in_worker, batch, max_bytes, finish))
            if len(pending) >= workers * _BATCHES_AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def _batches(files: list[Path]) -> Iterator[list[Path]]:
    """Consecutive files, up to _BATCH_FILES of them or _BATCH_BYTES together."""
    batch: list[Path] = []
    size = 0
    for path in files:
        batch.append(path)
        with contextlib.suppress(OSError):  # an unreadable file: its worker reports it
            size += path.stat().st_size
        if len(batch) >= _BATCH_FILES or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_worker_lexicon: Lexicon | None = None


def _start_worker(lexicon: Lexicon) -> None:
    global _worker_lexicon
    _worker_lexicon = lexicon
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL skips all clean-up) would wait on its queue forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _process_in_worker(paths: list[Path], max_bytes: int, finish: Callable[[FileOutcome], _T]) -> list[_T]:
    assert _worker_lexicon is not None
    return [finish(process_file(path, _worker_lexicon, max_bytes)) for path in paths]
