"""Use cases shared by the CLI and the adapters: read inputs, extract claims, report skips and failures."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from core.errors import InputError, NkAidError
from core.extract import extract_claims, is_on_topic
from core.ingest import iter_input_paths, read_articles
from core.lexicon import Lexicon
from core.models import Article, Claim, Skip
from core.store import SqlStore

log = logging.getLogger(__name__)


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
        )


def ingest_paths(
    paths: Iterable[Path],
    lexicon: Lexicon,
    store: SqlStore,
    max_bytes: int,
    summary: RunSummary,
    on_file: Callable[[Path], None] | None = None,
) -> None:
    """Extract and store every article under `paths`, one transaction per article; stops on nothing but
    an unusable store."""
    stored_claims = 0
    for result in extract_paths(paths, lexicon, max_bytes, summary, on_file):
        if result.skip is not None:
            continue
        outcome = store.add_article(result.article, result.claims, datetime.now(UTC))
        if outcome.new:
            summary.new += 1
            stored_claims += outcome.claims
        else:
            summary.duplicates += 1
            log.info("duplicate %s: same as %s", result.article.origin, outcome.duplicate_of)
    summary.claims = stored_claims


def skip_reason(article: Article, lexicon: Lexicon) -> str | None:
    """Why an article yields no claims by design (not English, not about North Korea and Russia)."""
    if article.language not in (None, "en"):
        return "not English (non-English articles are skipped)"
    if not is_on_topic(article, lexicon):
        return "off-topic: does not mention both North Korea and Russia"
    return None


def extract_paths(
    paths: Iterable[Path],
    lexicon: Lexicon,
    max_bytes: int,
    summary: RunSummary,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[ArticleResult]:
    """Extract every article under `paths`; bad files are recorded in `summary` and the batch goes on."""
    for path in iter_input_paths(paths):
        if on_file is not None:
            on_file(path)
        try:
            articles = read_articles(path, max_bytes)
        except InputError as err:
            log.warning("skipped %s", err)
            summary.failed.append(err)
            continue
        for article in articles:
            summary.articles += 1
            reason = skip_reason(article, lexicon)
            if reason is not None:
                skip = Skip(source=article.origin or article.id, reason=reason)
                log.info("skipped %s: %s", skip.source, reason)
                summary.skipped.append(skip)
                yield ArticleResult(article, [], skip)
                continue
            try:
                claims = extract_claims(article, lexicon)
            except Exception as err:  # a bug must cost one article, not the batch
                log.exception("extraction failed for %s", article.origin or article.id)
                summary.failed.append(
                    InputError(article.origin or article.id, f"internal error ({type(err).__name__})")
                )
                continue
            summary.claims += len(claims)
            yield ArticleResult(article, claims)
