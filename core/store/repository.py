"""The store of articles, claims and findings (SQLAlchemy), behind the operations the engine needs."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from core.ingest.urls import canonical_url, content_hash, outlet_of
from core.lexicon import Lexicon
from core.models import Article, Category, Claim, Direction, Qualifier, Status
from core.reconcile.findings import Report
from core.reconcile.keys import authority_of, authority_rank, finding_key, reference_date
from core.store.limits import check_article, refusal, storable_claims
from core.store.schema import (
    ArticleRevisionRow,
    ArticleRow,
    AuthorityRow,
    ClaimRow,
    FindingRow,
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
        self._sources: dict[str, tuple[int, int]] = {}  # name -> (id, rank), filled once a transaction commits

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
                # Another process stored the same text, URL, finding or authority between our look and our
                # insert (two ingests of overlapping files): look again, and find the duplicate this time.
                if attempt == 2:
                    raise refusal(err, source, "not stored") from None
            except DBAPIError as err:
                raise refusal(err, source, "not stored") from None
        raise AssertionError("unreachable")

    def _add_article(self, article: Article, claims: Sequence[Claim], ingested_at: datetime) -> StoredArticle:
        digest, url = content_hash(article.text), canonical_url(article.url)
        stored = _StoredArticleRow(outlet_of(article.url), article.published, ingested_at)
        learned: list[tuple[str, int, int]] = []
        with self.engine.begin() as connection:
            duplicate = connection.execute(_FIND_DUPLICATE, {"digest": digest, "url": url or ""}).first()
            if duplicate is not None:
                return StoredArticle(False, duplicate.id, 0, duplicate.external_id)
            stored.id = connection.execute(
                _INSERT_ARTICLE,
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
            ).scalar_one()
            self._add_claims(connection, stored, claims, learned)
        self._sources.update({name: (source_id, rank) for name, source_id, rank in learned})
        return StoredArticle(True, stored.id, len(claims))

    def revise_article(
        self, article_id: int, article: Article, claims: Sequence[Claim], revised_at: datetime
    ) -> ArticleRevision:
        """The text at a stored article's URL changed: keep the one article row (new hash and title), add the
        figures the new text states that the old did not, and record which figures were added and dropped.
        Dropped figures keep their claims: they were reported, and the estimate history should show them."""
        digest = content_hash(article.text)
        claims = storable_claims(claims, article.origin or article.id)[0]
        learned: list[tuple[str, int, int]] = []
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(ArticleRow.content_hash, ArticleRow.outlet, ArticleRow.published).where(
                        ArticleRow.id == article_id
                    )
                ).one()
                taken = connection.execute(_FIND_DUPLICATE, {"digest": digest, "url": ""}).first()
                if row.content_hash == digest or taken is not None:  # unchanged, or now a copy of another article
                    return ArticleRevision(article_id, (), ())
                known = dict(
                    connection.execute(
                        select(FindingRow.key, FindingRow.id)
                        .join(ClaimRow, ClaimRow.finding_id == FindingRow.id)
                        .where(ClaimRow.article_id == article_id)
                    ).all()
                )
                fresh = {finding_key(claim): claim for claim in claims}
                added = [claim for key, claim in fresh.items() if key not in known]
                dropped = sorted(set(known) - set(fresh))
                stored = _StoredArticleRow(row.outlet, article.published or row.published, revised_at, article_id)
                self._add_claims(connection, stored, added, learned)
                dropped_labels = [_finding_label(connection, known[key]) for key in dropped]
                added_labels = [_claim_label(claim) for claim in added]
                connection.execute(
                    update(ArticleRow)
                    .where(ArticleRow.id == article_id)
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
            self._sources.update({name: (source_id, rank) for name, source_id, rank in learned})
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
                select(ArticleRow.id, ArticleRow.content_hash).where(ArticleRow.canonical_url == canonical)
            ).first()
        return (row.id, row.content_hash) if row is not None else None

    def _add_claims(
        self,
        connection: Connection,
        article: _StoredArticleRow,
        claims: Sequence[Claim],
        learned: list[tuple[str, int, int]],
    ) -> None:
        """Store an article's claims, each under the row of its figure (created on first sight). Nothing is
        counted or chosen here: core/reconcile decides from the stored claims."""
        if not claims:
            return
        keys = [finding_key(claim) for claim in claims]
        known = {row.key: row.id for row in connection.execute(_KNOWN_FINDINGS, {"keys": sorted(set(keys))})}
        missing = {key: claim for key, claim in zip(keys, claims, strict=True) if key not in known}
        if missing:
            created = connection.execute(_INSERT_FINDINGS, [_new_finding(key, claim) for key, claim in missing.items()])
            known.update({row.key: row.id for row in created})
        sources = [self._source(connection, authority_of(claim), learned) for claim in claims]
        connection.execute(
            _INSERT_CLAIMS,
            [
                _claim_values(claim, article, known[key], source_id)
                for key, claim, (source_id, _) in zip(keys, claims, sources, strict=True)
            ],
        )

    def _source(
        self, connection: Connection, name: str | None, learned: list[tuple[str, int, int]]
    ) -> tuple[int | None, int]:
        """The id and rank of an authority, created on first sight; remembered once committed (sources are few)."""
        if name is None:
            return None, 0
        if name in self._sources:
            return self._sources[name]
        row = connection.execute(_FIND_SOURCE, {"name": name}).first()
        if row is None:
            rank = authority_rank(name, self.lexicon)
            row = connection.execute(_INSERT_SOURCE, {"name": name, "rank": rank}).first()
        assert row is not None
        learned.append((name, row.id, row.rank))
        return row.id, row.rank

    # --- reads ---------------------------------------------------------------------------------------------

    def reports(self, categories: Iterable[str]) -> list[Report]:
        """Every stored claim of the categories with its article's metadata: what the reconcile stage reads."""
        wanted = sorted(set(categories))
        with self.engine.connect() as connection:  # rows are turned into reports as they stream in
            return [_report(row) for row in connection.execute(_REPORTS, {"categories": wanted})]

    def version(self) -> tuple[int, int, int]:
        """Changes whenever an article, a claim or a revision is stored: what a cache of reconciled claims keys on."""
        with self.engine.connect() as connection:
            row = connection.execute(_VERSION).one()
        return (row[0] or 0, row[1] or 0, row[2] or 0)

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as session:
            return {
                "articles": session.scalar(select(func.count(ArticleRow.id))) or 0,
                "claims": session.scalar(select(func.count(ClaimRow.id))) or 0,
                "findings": session.scalar(select(func.count(FindingRow.id))) or 0,
            }


def _report(row: Any) -> Report:
    # Stored claims were validated when they were extracted; rebuilding them without validation is 10x faster.
    claim = Claim.model_construct(
        category=Category(row.category),
        subtype=sys.intern(row.subtype),
        direction=Direction(row.direction),
        value=row.value,
        value_max=row.value_max,
        qualifier=Qualifier(row.qualifier) if row.qualifier else None,
        unit=_shared(row.unit),
        status=Status(row.status),
        incremental=row.incremental,
        period=_shared(row.period),
        source=_shared(row.source),
        quote=row.quote,
        article=sys.intern(row.external_id),
        span=(row.span_start, row.span_end),
        confidence=row.confidence,
    )
    return Report(
        claim=claim,
        article=sys.intern(row.canonical_url or f"sha256:{row.content_hash}"),
        url=_shared(row.url),
        title=_shared(row.title),
        outlet=sys.intern(row.outlet),
        published=row.published,
        ingested_at=as_utc(row.ingested_at),
    )


def _shared(text: str | None) -> str | None:
    """One copy of a string that recurs in many rows (an article's URL and title, a subtype, a source): a store's
    claims are read all at once, and each row would otherwise bring its own copy."""
    return None if text is None else sys.intern(text)


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes even for timezone-aware columns; they were stored as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass
class _StoredArticleRow:
    """What ingest needs of the article row it is writing."""

    outlet: str
    published: date | None
    ingested_at: datetime
    id: int = 0


def _claim_label(claim: Claim) -> str:
    qualifier = claim.qualifier.value if claim.qualifier else None
    return figure_label(
        claim.category.value, claim.subtype, claim.value, claim.value_max, claim.unit, claim.status.value, qualifier
    )


def _finding_label(connection: Connection, finding_id: int) -> str:
    row = connection.execute(_FINDING_LABEL, {"id": finding_id}).one()
    return figure_label(*row, None)


def figure_label(
    category: str,
    subtype: str,
    value: int | None,
    value_max: int | None,
    unit: str | None,
    status: str,
    qualifier: str | None,
) -> str:
    """'long-range artillery: about 200 pieces (reported)': one figure in one line, for revisions and `explain`."""
    amount = "no figure" if value is None else f"{value:,}" + (f"-{value_max:,}" if value_max is not None else "")
    hedge = {"approx": "about ", "exact": ""}.get(qualifier or "exact", f"{(qualifier or '').replace('_', ' ')} ")
    label = subtype.replace("_", " ") or category
    return f"{label}: {hedge}{amount} {unit or ''}".rstrip() + f" ({status})"


def _new_finding(key: str, claim: Claim) -> dict[str, object]:
    return {
        "key": key,
        "category": claim.category.value,
        "subtype": claim.subtype,
        "direction": claim.direction.value,
        "value": claim.value,
        "value_max": claim.value_max,
        "unit": claim.unit,
        "status": claim.status.value,
        "incremental": claim.incremental,
    }


def _claim_values(
    claim: Claim, article: _StoredArticleRow, finding_id: int, source_id: int | None
) -> dict[str, object]:
    return {
        "article_id": article.id,
        "finding_id": finding_id,
        "source_id": source_id,
        "category": claim.category.value,
        "subtype": claim.subtype,
        "direction": claim.direction.value,
        "value": claim.value,
        "value_max": claim.value_max,
        "qualifier": claim.qualifier.value if claim.qualifier else None,
        "unit": claim.unit,
        "status": claim.status.value,
        "incremental": claim.incremental,
        "period": claim.period,
        "source": claim.source,
        "quote": claim.quote,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "confidence": claim.confidence,
        "ref_date": reference_date(claim, article.published),
    }


# Ingest's statements, built once: building and coercing statement objects per article costs more than running them.
_FIND_DUPLICATE = select(ArticleRow.id, ArticleRow.external_id).where(
    or_(ArticleRow.content_hash == bindparam("digest"), ArticleRow.canonical_url == bindparam("url"))
)
_INSERT_ARTICLE = insert(ArticleRow).returning(ArticleRow.id)
_KNOWN_FINDINGS = select(FindingRow.key, FindingRow.id).where(FindingRow.key.in_(bindparam("keys", expanding=True)))
_INSERT_FINDINGS = insert(FindingRow).returning(FindingRow.key, FindingRow.id, sort_by_parameter_order=True)
_INSERT_CLAIMS = insert(ClaimRow)
_FINDING_LABEL = select(
    FindingRow.category, FindingRow.subtype, FindingRow.value, FindingRow.value_max, FindingRow.unit, FindingRow.status
).where(FindingRow.id == bindparam("id"))
_FIND_SOURCE = select(AuthorityRow.id, AuthorityRow.rank).where(AuthorityRow.name == bindparam("name"))
_INSERT_SOURCE = insert(AuthorityRow).returning(AuthorityRow.id, AuthorityRow.rank)

# The reconcile stage's read, built once for the same reason.
_CLAIM_COLUMNS = (
    "category",
    "subtype",
    "direction",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "status",
    "incremental",
    "period",
    "source",
    "quote",
    "span_start",
    "span_end",
    "confidence",
)
_VERSION = select(
    select(func.max(ArticleRow.id)).scalar_subquery(),
    select(func.max(ClaimRow.id)).scalar_subquery(),
    select(func.max(ArticleRevisionRow.id)).scalar_subquery(),
)
_REPORTS = (
    select(
        *(getattr(ClaimRow, name) for name in _CLAIM_COLUMNS),
        ArticleRow.external_id,
        ArticleRow.canonical_url,
        ArticleRow.content_hash,
        ArticleRow.url,
        ArticleRow.title,
        ArticleRow.outlet,
        ArticleRow.published,
        ArticleRow.ingested_at,
    )
    .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
    .where(ClaimRow.category.in_(bindparam("categories", expanding=True)))
    .order_by(ClaimRow.id)
)
