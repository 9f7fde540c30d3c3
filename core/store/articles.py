"""The store of articles (SQLAlchemy): each article stored once (same URL or same text), revised in place when its
text changes; its claims are filed by core/store/findings.py. `SqlStore` is the store the engine is given."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, or_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from core.ingest.urls import canonical_url, content_hash, outlet_of
from core.lexicon import Lexicon
from core.models import Article, Claim
from core.reconcile.findings import Report
from core.reconcile.keys import finding_key
from core.store.findings import (
    KnownRows,
    Learned,
    StoredArticleRow,
    add_claims,
    article_findings,
    claim_label,
    count_rows,
    finding_label,
    iter_reports,
    read_reports,
    read_version,
)
from core.store.limits import check_article, refusal, storable_claims
from core.store.schema import (
    ArticleRevisionRow,
    ArticleRow,
)


@dataclass(frozen=True)
class ArticleRevision:
    """What changed when an article's text changed: figures added and dropped, as short labels."""

    article_id: int
    added: tuple[str, ...]
    dropped: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.dropped)


@dataclass(frozen=True)
class StoredArticle:
    """What became of one article in the store."""

    new: bool
    article_id: int
    claims: int
    duplicate_of: str | None = None
    set_aside: int = 0  # figures out of the storable range (core.store.limits), logged and left out


class SqlStore:
    """Articles, claims and findings in SQLite or PostgreSQL. Every method is one transaction."""

    def __init__(self, engine: Engine, lexicon: Lexicon) -> None:
        self.engine = engine
        self.lexicon = lexicon
        self._known = KnownRows(lexicon)
        self._insert_article = _insert_article_statement(engine.dialect.name)
        self._held = threading.local()  # the connection a thread holds inside `writing()`

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Within, this thread writes every article on one connection, each still in its own transaction. A
        connection taken from the pool per article costs a ping and a reset (two round trips on PostgreSQL)."""
        if getattr(self._held, "connection", None) is not None:
            yield
            return
        with self.engine.connect() as connection:
            self._held.connection = connection
            try:
                yield
            finally:
                self._held.connection = None

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        held: Connection | None = getattr(self._held, "connection", None)
        if held is None:
            with self.engine.begin() as connection:
                yield connection
        else:
            with held.begin():
                yield held

    def add_article(self, article: Article, claims: Sequence[Claim], ingested_at: datetime) -> StoredArticle:
        """Store an article and its claims in one transaction, unless the same URL or text is stored already.
        Raises NotStorableError when the database refuses this article's values, StoreError when it is unusable.

        Ingest's hot path: prebuilt Core statements on one connection (no ORM unit of work)."""
        check_article(article)
        source = article.origin or article.id
        kept, set_aside = storable_claims(claims, source)
        for attempt in (1, 2):
            try:
                stored = self._add_article(article, kept, ingested_at)
                return replace(stored, set_aside=set_aside)
            except IntegrityError as err:
                # Another process stored the same finding or authority between our look and our insert (two
                # ingests of overlapping files): look again, and find it this time.
                self._known.forget()
                if attempt == 2:
                    raise refusal(err, source, "not stored") from None
            except DBAPIError as err:
                raise refusal(err, source, "not stored") from None
        raise AssertionError("unreachable")

    def _add_article(self, article: Article, claims: Sequence[Claim], ingested_at: datetime) -> StoredArticle:
        digest, url = content_hash(article.text), canonical_url(article.url)
        stored = StoredArticleRow(outlet_of(article.url), article.published, ingested_at)
        learned = Learned()
        with self._transaction() as connection:
            # One statement both looks for the same text or URL and inserts: a duplicate inserts nothing.
            inserted = connection.execute(
                self._insert_article,
                {
                    "content_hash": digest,
                    "canonical_url": url,
                    "external_id": article.id,
                    "title": article.title,
                    "url": article.url,
                    "outlet": stored.outlet,
                    "published": article.published,
                    "origin": article.origin,
                    "ingested_at": ingested_at,
                },
            ).scalar()
            if inserted is None:
                duplicate = connection.execute(_FIND_DUPLICATE, {"digest": digest, "url": url or ""}).first()
                assert duplicate is not None  # the row it conflicted with is committed; articles are never deleted
                return StoredArticle(False, duplicate.id, 0, duplicate.external_id)
            stored.id = inserted
            add_claims(connection, stored, claims, self._known, learned)
        self._known.learn(learned)
        return StoredArticle(True, stored.id, len(claims))

    def revise_article(
        self, article_id: int, article: Article, claims: Sequence[Claim], revised_at: datetime
    ) -> ArticleRevision:
        """The text at a stored article's URL changed: keep the one article row (new hash and title), add the
        figures the new text states that the old did not, and record which figures were added and dropped.
        Dropped figures keep their claims: they were reported, and the estimate history should show them."""
        digest = content_hash(article.text)
        claims = storable_claims(claims, article.origin or article.id)[0]
        learned = Learned()
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(ArticleRow.c.content_hash, ArticleRow.c.outlet, ArticleRow.c.published).where(
                        ArticleRow.c.id == article_id
                    )
                ).one()
                taken = connection.execute(_FIND_DUPLICATE, {"digest": digest, "url": ""}).first()
                if row.content_hash == digest or taken is not None:  # unchanged, or now a copy of another article
                    return ArticleRevision(article_id, (), ())
                known = article_findings(connection, article_id)
                fresh = {finding_key(claim): claim for claim in claims}
                added = [claim for key, claim in fresh.items() if key not in known]
                dropped = sorted(set(known) - set(fresh))
                stored = StoredArticleRow(row.outlet, article.published or row.published, revised_at, article_id)
                add_claims(connection, stored, added, self._known, learned)
                dropped_labels = [finding_label(connection, known[key]) for key in dropped]
                added_labels = [claim_label(claim) for claim in added]
                connection.execute(
                    update(ArticleRow)
                    .where(ArticleRow.c.id == article_id)
                    .values(content_hash=digest, title=article.title)
                )
                connection.execute(
                    insert(ArticleRevisionRow).values(
                        article_id=article_id,
                        revised_at=revised_at,
                        old_hash=row.content_hash,
                        new_hash=digest,
                        added="\n".join(added_labels),
                        dropped="\n".join(dropped_labels),
                    )
                )
            self._known.learn(learned)
            return ArticleRevision(article_id, tuple(added_labels), tuple(dropped_labels))
        except IntegrityError:  # another process took the new text first: this one is a copy of it now
            return ArticleRevision(article_id, (), ())
        except DBAPIError as err:
            raise refusal(err, article.origin or article.id, "revision not stored") from None

    def article_by_url(self, url: str) -> tuple[int, str] | None:
        """(id, content hash) of the article stored under this URL's canonical form."""
        canonical = canonical_url(url)
        if canonical is None:
            return None
        with self.engine.connect() as connection:
            row = connection.execute(
                select(ArticleRow.c.id, ArticleRow.c.content_hash).where(ArticleRow.c.canonical_url == canonical)
            ).first()
        return (row.id, row.content_hash) if row is not None else None

    # --- the reconcile stage's reads (core/store/findings.py) ------------------------------------------------

    def reports(self, categories: Iterable[str]) -> list[Report]:
        """Every stored claim of the categories with its article's metadata."""
        return read_reports(self.engine, categories)

    def iter_reports(self, since: datetime | None = None) -> Iterator[Report]:
        """Every stored claim with its article's metadata, streamed (core/store/findings.py: iter_reports)."""
        return iter_reports(self.engine, since)

    def version(self) -> tuple[int, int, int]:
        """Changes whenever an article, a claim or a revision is stored."""
        return read_version(self.engine)

    def counts(self) -> dict[str, int]:
        return count_rows(self.engine)


# Ingest's statements, built once: building and coercing statement objects per article costs more than running them.
_FIND_DUPLICATE = select(ArticleRow.c.id, ArticleRow.c.external_id).where(
    or_(ArticleRow.c.content_hash == bindparam("digest"), ArticleRow.c.canonical_url == bindparam("url"))
)


def _insert_article_statement(dialect: str) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: the article's id, or no row when the same text or URL is
    stored (SQLite and PostgreSQL spell it alike; each dialect has its own construct)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(ArticleRow).on_conflict_do_nothing().returning(ArticleRow.c.id)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(ArticleRow).on_conflict_do_nothing().returning(ArticleRow.c.id)
