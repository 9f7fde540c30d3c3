"""`nk-aid explain URL`: what became of an article URL (not fetched, not relevant, duplicate of X, claims found)."""

from __future__ import annotations

from datetime import datetime

from core.ingest.urls import canonical_url
from core.store.feeds import ArticleRef, FeedStore, ItemState

MAX_CLAIM_LINES = 20


def knows_url(feeds: FeedStore, url: str) -> bool:
    """Whether nk-aid has seen this URL at all (a feed item or a stored article); `explain` exits 1 when not."""
    return canonical_url(url) is not None and (feeds.item(url) is not None or feeds.article_by_url(url) is not None)


def explain_url(feeds: FeedStore, url: str) -> list[str]:
    """Lines for a person: the verdict first, then the figures found and the changes recorded."""
    canonical = canonical_url(url)
    if canonical is None:
        return [f"{url}: not an http(s) URL"]
    item = feeds.item(url)
    article = feeds.article_by_url(url)
    if item is None and article is None:
        return [f"{url}: not fetched: nk-aid has not seen this URL (in no polled feed, never ingested)"]
    if item is None or item.status == "stored":
        assert article is not None or item is not None
        return _stored(feeds, url, item, article)
    where = f" (from {item.feed})" if item.feed else ""
    if item.status == "not_fetched":
        return [f"{url}: not fetched: {item.reason}; seen {_day(item.first_seen)}{where}"]
    if item.status == "failed":
        return [
            f"{url}: not fetched: {item.reason}; {item.attempts} failed attempt(s), the last {_day(item.last_checked)}"
            f"{where}"
        ]
    if item.status == "not_relevant":
        return [f"{url}: not relevant: {item.reason}; checked {_day(item.last_checked)}{where}"]
    if item.status == "duplicate":
        original = feeds.article(item.duplicate_of) if item.duplicate_of is not None else None
        return [f"{url}: duplicate of {_name(original)}: the same text, stored {_stored_day(original)}{where}"]
    return [f"{url}: {item.status}: {item.reason or ''}".rstrip(": ")]


def _stored(feeds: FeedStore, url: str, item: ItemState | None, article: ArticleRef | None) -> list[str]:
    article_id = (
        item.article_id if item is not None and item.article_id is not None else article.id if article else None
    )
    if article_id is None:
        return [f"{url}: stored, but its article was since deleted"]
    article = article or feeds.article(article_id)
    labels = feeds.claim_labels(article_id)
    where = f" from {item.feed}" if item is not None and item.feed else ""
    origin = "" if item is not None or article is None or not article.origin else f" (read from {article.origin})"
    found = f"{len(labels)} claim(s) found" if labels else "no claims found (no figure of North Korea-Russia support)"
    lines = [f"{url}: stored {_stored_day(article)}{where}{origin}: {found}"]
    lines += [f"  {label}" for label in labels[:MAX_CLAIM_LINES]]
    if len(labels) > MAX_CLAIM_LINES:
        lines.append(f"  ... and {len(labels) - MAX_CLAIM_LINES} more")
    for at, added, dropped in feeds.revisions(article_id):
        lines.append(f"  text changed {_day(at)}: {len(added)} figure(s) added, {len(dropped)} no longer stated")
        lines += [f"    + {label}" for label in added] + [f"    - {label}" for label in dropped]
    if item is not None and item.reason:
        lines.append(f"  note: {item.reason}")
    return lines


def _name(article: ArticleRef | None) -> str:
    if article is None:
        return "an article since deleted"
    title = f" ({article.title})" if article.title else ""
    return f"{article.url or article.origin or f'article {article.id}'}{title}"


def _stored_day(article: ArticleRef | None) -> str:
    return _day(article.ingested_at) if article is not None else "earlier"


def _day(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"
