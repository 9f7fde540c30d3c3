"""The store of articles, claims and findings (SQLAlchemy), behind the operations the engine needs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.errors import StoreError
from core.ingest.urls import canonical_url, content_hash, outlet_of
from core.lexicon import Lexicon
from core.models import Article, Claim
from core.reconcile.keys import authority_of, authority_rank, finding_key, reference_date
from core.store.engine import explain
from core.store.schema import ArticleRow, ClaimRow, FindingAuthorityRow, FindingOutletRow, FindingRow, SourceRow


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
                for claim in claims:
                    self._add_claim(session, row, claim)
                return StoredArticle(True, row.id, len(claims))
        except DBAPIError as err:
            raise StoreError(f"{article.origin or article.id}: not stored: {explain(err)}") from None

    def _add_claim(self, session: Session, article: ArticleRow, claim: Claim) -> None:
        """Store a claim and fold it into its finding's aggregates (no rescan of the finding's other claims)."""
        key = finding_key(claim)
        finding = session.scalars(select(FindingRow).where(FindingRow.key == key)).first()
        if finding is None:
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
                headline_rank=-1,
            )
            session.add(finding)
            session.flush()
        authority = authority_of(claim)
        source_id, rank = self._source(session, authority)
        ref_date = reference_date(claim, article.published)
        row = ClaimRow(
            article_id=article.id,
            finding_id=finding.id,
            source_id=source_id,
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
            ref_date=ref_date,
        )
        session.add(row)
        session.flush()
        self._account(session, finding, row, article, source_id, rank)

    def _account(
        self,
        session: Session,
        finding: FindingRow,
        claim: ClaimRow,
        article: ArticleRow,
        source_id: int | None,
        rank: int,
    ) -> None:
        """One more report of a finding: counts, dates, hedges, and whether it becomes the representative one."""
        finding.reports += 1  # one claim per finding per article: extraction de-duplicates within an article
        if session.get(FindingOutletRow, (finding.id, article.outlet)) is None:
            session.add(FindingOutletRow(finding_id=finding.id, outlet=article.outlet))
            finding.outlets += 1
        if source_id is not None and rank > 0 and session.get(FindingAuthorityRow, (finding.id, source_id)) is None:
            session.add(FindingAuthorityRow(finding_id=finding.id, source_id=source_id))
            finding.authorities += 1
        if claim.ref_date is not None:
            finding.first_date = min(filter(None, (finding.first_date, claim.ref_date)))
            finding.last_date = max(filter(None, (finding.last_date, claim.ref_date)))
        ingested, known = as_utc(article.ingested_at), as_utc(finding.first_ingested)
        if known is None or (ingested is not None and ingested < known):
            finding.first_ingested = ingested
        if claim.qualifier and claim.qualifier not in finding.hedges.split(","):
            finding.hedges = ",".join(sorted(filter(None, [*finding.hedges.split(","), claim.qualifier])))
        # The representative report: the most authoritative source, then the latest, then the first stored.
        if (rank, claim.ref_date or date.min) > (finding.headline_rank, finding.headline_date or date.min):
            finding.headline_claim_id, finding.headline_rank, finding.headline_date = claim.id, rank, claim.ref_date

    def _source(self, session: Session, name: str | None) -> tuple[int | None, int]:
        if name is None:
            return None, 0
        source = session.scalars(select(SourceRow).where(SourceRow.name == name)).first()
        if source is None:
            source = SourceRow(name=name, rank=authority_rank(name, self.lexicon))
            session.add(source)
            session.flush()
        return source.id, source.rank

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
                select(FindingAuthorityRow.finding_id, SourceRow.name, SourceRow.rank)
                .join(SourceRow, SourceRow.id == FindingAuthorityRow.source_id)
                .where(FindingAuthorityRow.finding_id.in_(finding_ids))
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


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes even for timezone-aware columns; they were stored as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
