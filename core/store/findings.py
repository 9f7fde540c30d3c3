"""Findings in the store: each claim written under the row of its figure (the finding key) and its authority, and
the reconcile stage's read of every stored claim. Nothing is counted or chosen here: core/reconcile decides."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select

from core.lexicon import Lexicon
from core.models import GOLD_FIELDS, Category, Claim, Direction, Qualifier, Status
from core.reconcile.findings import Report
from core.reconcile.keys import authority_of, authority_rank, finding_key, reference_date
from core.store.schema import ArticleRevisionRow, ArticleRow, AuthorityRow, ClaimRow, FindingRow


@dataclass
class StoredArticleRow:
    """What writing claims needs of the article row they belong to."""

    outlet: str
    published: date | None
    ingested_at: datetime
    id: int = 0


class KnownRows:
    """Ids of the rows claims point to, authorities (with their rank) and findings, created on first sight and
    remembered once committed. Both tables only grow and stay small (619 findings for 100,000 claims), so an
    article whose figures and authorities were seen before is stored without looking any of them up."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._authorities: dict[str, tuple[int, int]] = {}  # name -> (id, rank)
        self._findings: dict[str, int] = {}  # finding key -> id

    def learn(self, learned: Learned) -> None:
        """Remember what a committed transaction created or looked up."""
        self._authorities.update({name: (row_id, rank) for name, row_id, rank in learned.authorities})
        self._findings.update(learned.findings)

    def forget(self) -> None:
        """After a refused write: a remembered row may be gone (a store rebuilt under a running process)."""
        self._authorities.clear()
        self._findings.clear()

    def authority(self, connection: Connection, name: str | None, learned: Learned) -> tuple[int | None, int]:
        """The id and rank of an authority, created on first sight (remembered by `learn` once committed)."""
        if name is None:
            return None, 0
        known = self._authorities.get(name)  # .get: another thread may `forget` between a look and a read
        if known is not None:
            return known
        row = connection.execute(_FIND_AUTHORITY, {"name": name}).first()
        if row is None:
            rank = authority_rank(name, self.lexicon)
            row = connection.execute(_INSERT_AUTHORITY, {"name": name, "rank": rank}).first()
        assert row is not None
        learned.authorities.append((name, row.id, row.rank))
        return row.id, row.rank

    def findings(
        self, connection: Connection, keys: Sequence[str], claims: Sequence[Claim], learned: Learned
    ) -> dict[str, int]:
        """The ids of the findings the claims are filed under (by their keys), created on first sight."""
        remembered = ((key, self._findings.get(key)) for key in keys)
        ids = {key: finding_id for key, finding_id in remembered if finding_id is not None}
        if len(ids) == len(set(keys)):
            return ids
        unseen = sorted(set(keys) - set(ids))
        found = {row.key: row.id for row in connection.execute(_KNOWN_FINDINGS, {"keys": unseen})}
        missing = {key: claim for key, claim in zip(keys, claims, strict=True) if key not in ids and key not in found}
        if missing:
            created = connection.execute(_INSERT_FINDINGS, [_new_finding(key, claim) for key, claim in missing.items()])
            found.update({row.key: row.id for row in created})
        learned.findings.update(found)
        return ids | found


@dataclass
class Learned:
    """Rows one transaction created or looked up, remembered (KnownRows.learn) once it commits."""

    authorities: list[tuple[str, int, int]] = field(default_factory=list)  # (name, id, rank)
    findings: dict[str, int] = field(default_factory=dict)  # key -> id


def add_claims(
    connection: Connection, article: StoredArticleRow, claims: Sequence[Claim], known: KnownRows, learned: Learned
) -> None:
    """Store an article's claims, each under the row of its figure (created on first sight). Nothing is
    counted or chosen here: core/reconcile decides from the stored claims."""
    if not claims:
        return
    keys = [finding_key(claim) for claim in claims]
    finding_ids = known.findings(connection, keys, claims, learned)
    rows = []
    for key, claim in zip(keys, claims, strict=True):
        source_id = known.authority(connection, authority_of(claim), learned)[0]
        rows.append(_claim_values(claim, article, finding_ids[key], source_id))
    connection.execute(_INSERT_CLAIMS, rows)


def article_findings(connection: Connection, article_id: int) -> dict[str, int]:
    """The finding keys (and ids) an article's stored claims are filed under."""
    return dict(
        connection.execute(
            select(FindingRow.c.key, FindingRow.c.id)
            .join(ClaimRow, ClaimRow.c.finding_id == FindingRow.c.id)
            .where(ClaimRow.c.article_id == article_id)
        ).all()
    )


def read_reports(engine: Engine, categories: Iterable[str]) -> list[Report]:
    """Every stored claim of the categories with its article's metadata: what the reconcile stage reads."""
    wanted = sorted(set(categories))
    with engine.connect() as connection:  # rows are turned into reports as they stream in
        return [_report(row) for row in connection.execute(_REPORTS, {"categories": wanted})]


def iter_reports(engine: Engine, since: datetime | None = None) -> Iterator[Report]:
    """Every stored claim with its article's metadata, in the order stored, streamed from the database (memory
    stays flat); with `since` (aware), only the claims of articles stored at or after it."""
    query = _ALL_REPORTS if since is None else _ALL_REPORTS.where(ArticleRow.c.ingested_at >= since)
    with engine.connect() as connection:
        for row in connection.execution_options(yield_per=500).execute(query):
            yield _report(row)


def read_version(engine: Engine) -> tuple[int, int, int]:
    """Changes whenever an article, a claim or a revision is stored: what a cache of reconciled claims keys on."""
    with engine.connect() as connection:
        row = connection.execute(_VERSION).one()
    return (row[0] or 0, row[1] or 0, row[2] or 0)


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        row = connection.execute(_COUNTS).one()
    return {"articles": row[0], "claims": row[1], "findings": row[2]}


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


def claim_label(claim: Claim) -> str:
    qualifier = claim.qualifier.value if claim.qualifier else None
    return figure_label(
        claim.category.value, claim.subtype, claim.value, claim.value_max, claim.unit, claim.status.value, qualifier
    )


def finding_label(connection: Connection, finding_id: int) -> str:
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


def _claim_values(claim: Claim, article: StoredArticleRow, finding_id: int, source_id: int | None) -> dict[str, object]:
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


# Statements built once: building and coercing statement objects per article costs more than running them.
_KNOWN_FINDINGS = select(FindingRow.c.key, FindingRow.c.id).where(
    FindingRow.c.key.in_(bindparam("keys", expanding=True))
)
_INSERT_FINDINGS = insert(FindingRow).returning(FindingRow.c.key, FindingRow.c.id, sort_by_parameter_order=True)
_INSERT_CLAIMS = insert(ClaimRow)
_FINDING_LABEL = select(
    FindingRow.c.category,
    FindingRow.c.subtype,
    FindingRow.c.value,
    FindingRow.c.value_max,
    FindingRow.c.unit,
    FindingRow.c.status,
).where(FindingRow.c.id == bindparam("id"))
_FIND_AUTHORITY = select(AuthorityRow.c.id, AuthorityRow.c.rank).where(AuthorityRow.c.name == bindparam("name"))
_INSERT_AUTHORITY = insert(AuthorityRow).returning(AuthorityRow.c.id, AuthorityRow.c.rank)

# The reconcile stage's read, built once for the same reason.
_CLAIM_COLUMNS = (*GOLD_FIELDS, "span_start", "span_end", "confidence")
_COUNTS = select(
    select(func.count(ArticleRow.c.id)).scalar_subquery(),
    select(func.count(ClaimRow.c.id)).scalar_subquery(),
    select(func.count(FindingRow.c.id)).scalar_subquery(),
)
_VERSION = select(
    select(func.max(ArticleRow.c.id)).scalar_subquery(),
    select(func.max(ClaimRow.c.id)).scalar_subquery(),
    select(func.max(ArticleRevisionRow.c.id)).scalar_subquery(),
)
_ALL_REPORTS = (
    select(
        *(ClaimRow.c[name] for name in _CLAIM_COLUMNS),
        ArticleRow.c.external_id,
        ArticleRow.c.canonical_url,
        ArticleRow.c.content_hash,
        ArticleRow.c.url,
        ArticleRow.c.title,
        ArticleRow.c.outlet,
        ArticleRow.c.published,
        ArticleRow.c.ingested_at,
    )
    .join(ArticleRow, ArticleRow.c.id == ClaimRow.c.article_id)
    .order_by(ClaimRow.c.id)
)
_REPORTS = _ALL_REPORTS.where(ClaimRow.c.category.in_(bindparam("categories", expanding=True)))
