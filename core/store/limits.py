"""What the database can hold: figures beyond 64 bits are set aside, a value it refuses costs one article."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

from sqlalchemy.exc import DataError, DBAPIError

from core.errors import NkAidError, NotStorableError, StoreError
from core.models import Article, Claim
from core.store.engine import explain

log = logging.getLogger(__name__)

FIGURE_MAX = 2**63 - 1  # a BIGINT; no count of anything sent to Russia comes near (the world has 8e9 people)


# Column sizes of articles (core/store/schema.py): checked here so SQLite, which does not enforce them, refuses
# what PostgreSQL would.
_ARTICLE_LIMITS = {"id": 512, "url": 2048}


def check_article(article: Article) -> None:
    """NotStorableError when a field of the article is longer than its column (a 10,000-character id)."""
    for name, limit in _ARTICLE_LIMITS.items():
        value = getattr(article, name)
        if value is not None and len(value) > limit:
            raise NotStorableError(
                article.origin or article.id[:80], f"{name} is {len(value):,} characters long (limit {limit:,})"
            )


def storable_claims(claims: Sequence[Claim], source: str) -> tuple[list[Claim], int]:
    """The claims whose figures fit a 64-bit integer, and how many were set aside (each logged with its reason).

    A figure beyond that is a misreading or a hoax ("99999...999 shells"), never a report worth a briefing: the
    claim is left out rather than clamped to a number nobody wrote; the article and its other figures are stored."""
    kept: list[Claim] = []
    for claim in claims:
        over = next((v for v in (claim.value, claim.value_max) if v is not None and abs(v) > FIGURE_MAX), None)
        if over is None:
            kept.append(claim)
            continue
        digits = int(over.bit_length() * math.log10(2)) + 1  # str() refuses ints over 4,300 digits
        log.warning("%s: figure not stored: a number of about %d digits is out of range (limit %s) in %r",
                    source, digits, f"{FIGURE_MAX:,}", claim.quote[:120])  # fmt: skip
    return kept, len(claims) - len(kept)


def refusal(err: DBAPIError, source: str, what: str) -> NkAidError:
    """A driver error as ours: the database refusing this article's values costs this article (NotStorableError);
    anything else means the store cannot be used (StoreError)."""
    if isinstance(err, DataError):
        return NotStorableError(source, f"{what}: {explain(err)}")
    return StoreError(f"{source}: {what}: {explain(err)}")
