"""The store of articles, claims and findings (SQLAlchemy), behind the operations the engine needs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, distinct, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.errors import StoreError
from core.ingest.urls import canonical_url, content_hash, outlet_of
from core.lexicon import Lexicon
from core.models import Article, Claim
from core.reconcile.keys import authority_of, authority_rank, finding_key, reference_date
from core.store.engine import explain
from core.store.schema import ArticleRow, ClaimRow, FindingRow, SourceRow


@dataclass(frozen=True)
class StoredArticle:
    """What became of one article in the store."""

    new: bool
    article_id: int
    claims: int
    duplicate_of: str | None = None


@dataclass(frozen=True)
class FindingView:
    """A finding with the claim and article that represent it (its most authoritative, latest report)."""

    finding: FindingRow
    claim: ClaimRow
    article: ArticleRow
    authority_rank: int


class SqlStore:
    """Articles, claims and findings in SQLite or PostgreSQL. Every method is one transaction."""

    def __init__(self, engine: Engine, lexicon: Lexicon) -> None:
        self.engine = engine
        self.lexicon = lexicon

    def add_article(self, article: Article, claims: Sequence[Claim], ingested_at: datetime) -> StoredArticle:
        """Store an article and its claims in one transaction, unless the same URL or text is stored already."""
        digest, url = content_hash(article.text), canonical_url(article.url)
        try:
            with Session(self.engine) as session, session.begin():
                same = ArticleRow.content_hash == digest
                if url is not None:
                    same = or_(same, ArticleRow.canonical_url == url)
                duplicate = session.execute(select(ArticleRow.id, ArticleRow.external_id).where(same)).first()
                if duplicate is not None:
                    return StoredArticle(False, duplicate.id, 0, duplicate.external_id)
                row = ArticleRow(
                    content_hash=digest,
                    canonical_url=url,
                    external_id=article.id,
                    title=article.title,
                    url=article.url,
                    outlet=outlet_of(article.url),
                    published=article.published,
                    origin=article.origin,
                    ingested_at=ingested_at,
                )
                session.add(row)
                session.flush()
                touched = {self._add_claim(session, row, claim) for claim in claims}
                session.flush()
                for finding_id in touched:
                    self._refresh_finding(session, finding_id)
                return StoredArticle(True, row.id, len(claims))
        except DBAPIError as err:
            raise StoreError(f"{article.origin or article.id}: not stored: {explain(err)}") from None

    def _add_claim(self, session: Session, article: ArticleRow, claim: Claim) -> int:
        key = finding_key(claim)
        finding_id = session.scalar(select(FindingRow.id).where(FindingRow.key == key))
        if finding_id is None:
            finding = FindingRow(
                key=key,
                category=claim.category.value,
                subtype=claim.subtype,
                direction=claim.direction.value,
                value=claim.value,
                value_max=claim.value_max,
                unit=claim.unit,
                status=claim.status.value,
                incremental=claim.incremental,
                hedges="",
                reports=0,
                outlets=0,
                authorities=0,
            )
            session.add(finding)
            session.flush()
            finding_id = finding.id
        authority = authority_of(claim)
        session.add(
            ClaimRow(
                article_id=article.id,
                finding_id=finding_id,
                source_id=self._source_id(session, authority),
                category=claim.category.value,
                subtype=claim.subtype,
                direction=claim.direction.value,
                value=claim.value,
                value_max=claim.value_max,
                qualifier=claim.qualifier.value if claim.qualifier else None,
                unit=claim.unit,
                status=claim.status.value,
                incremental=claim.incremental,
                period=claim.period,
                source=claim.source,
                quote=claim.quote,
                span_start=claim.span[0],
                span_end=claim.span[1],
                confidence=claim.confidence,
                ref_date=reference_date(claim, article.published),
            )
        )
        return finding_id

    def _source_id(self, session: Session, name: str | None) -> int | None:
        if name is None:
            return None
        source_id = session.scalar(select(SourceRow.id).where(SourceRow.name == name))
        if source_id is None:
            source = SourceRow(name=name, rank=authority_rank(name, self.lexicon))
            session.add(source)
            session.flush()
            source_id = source.id
        return source_id

    def _refresh_finding(self, session: Session, finding_id: int) -> None:
        """Recount a finding from its claims: reports, outlets, independent authorities, dates, headline."""
        counts = session.execute(
            select(
                func.count(distinct(ClaimRow.article_id)),
                func.count(distinct(ArticleRow.outlet)),
                func.count(distinct(SourceRow.id)).filter(SourceRow.rank > 0),
                func.min(ClaimRow.ref_date),
                func.max(ClaimRow.ref_date),
                func.min(ArticleRow.ingested_at),
            )
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .outerjoin(SourceRow, SourceRow.id == ClaimRow.source_id)
            .where(ClaimRow.finding_id == finding_id)
        ).one()
        headline = session.scalar(
            select(ClaimRow.id)
            .outerjoin(SourceRow, SourceRow.id == ClaimRow.source_id)
            .where(ClaimRow.finding_id == finding_id)
            .order_by(func.coalesce(SourceRow.rank, 0).desc(), ClaimRow.ref_date.desc().nulls_last(), ClaimRow.id)
            .limit(1)
        )
        hedges = session.scalars(
            select(ClaimRow.qualifier)
            .where(ClaimRow.finding_id == finding_id, ClaimRow.qualifier.is_not(None))
            .distinct()
        ).all()
        finding = session.get_one(FindingRow, finding_id)
        finding.reports, finding.outlets, finding.authorities = counts[0], counts[1], counts[2]
        finding.first_date, finding.last_date, finding.first_ingested = counts[3], counts[4], counts[5]
        finding.headline_claim_id = headline
        finding.hedges = ",".join(sorted(h for h in hedges if h))

    # --- reads ---------------------------------------------------------------------------------------------

    def findings(self, categories: Iterable[str], ingested_since: datetime | None = None) -> list[FindingView]:
        """Findings of the categories, each with its representative claim and article."""
        query = (
            select(FindingRow, ClaimRow, ArticleRow, func.coalesce(SourceRow.rank, 0))
            .join(ClaimRow, ClaimRow.id == FindingRow.headline_claim_id)
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .outerjoin(SourceRow, SourceRow.id == ClaimRow.source_id)
            .where(FindingRow.category.in_(list(categories)))
        )
        if ingested_since is not None:
            query = query.where(FindingRow.first_ingested >= ingested_since)
        with Session(self.engine) as session:
            return [FindingView(f, c, a, rank) for f, c, a, rank in session.execute(query).all()]

    def authorities(self, finding_ids: Sequence[int]) -> dict[int, list[str]]:
        """The distinct authorities behind each finding, most authoritative first."""
        if not finding_ids:
            return {}
        with Session(self.engine) as session:
            rows = session.execute(
                select(ClaimRow.finding_id, SourceRow.name, SourceRow.rank)
                .join(SourceRow, SourceRow.id == ClaimRow.source_id)
                .where(ClaimRow.finding_id.in_(finding_ids), SourceRow.rank > 0)
                .distinct()
            ).all()
        found: dict[int, list[tuple[int, str]]] = {}
        for finding_id, name, rank in rows:
            found.setdefault(finding_id, []).append((rank, name))
        return {fid: [name for _, name in sorted(names, key=lambda r: (-r[0], r[1]))] for fid, names in found.items()}

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as session:
            return {
                "articles": session.scalar(select(func.count(ArticleRow.id))) or 0,
                "claims": session.scalar(select(func.count(ClaimRow.id))) or 0,
                "findings": session.scalar(select(func.count(FindingRow.id))) or 0,
            }

    def latest_ingest(self) -> datetime | None:
        with Session(self.engine) as session:
            return session.scalar(select(func.max(ArticleRow.ingested_at)))

    def earliest_published(self) -> date | None:
        with Session(self.engine) as session:
            return session.scalar(select(func.min(ArticleRow.published)))
