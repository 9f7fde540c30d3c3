"""What makes two claims the same figure, who the authority behind a claim is, and when a claim speaks of."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from core.lexicon import Lexicon
from core.models import Claim

_VIA = re.compile(r"\s*\(via [^)]*\)\s*$")
_AS_OF = re.compile(
    r"as of (?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+(?P<year>\d{4}))?|(?P<relative>last week|last month|last year))",
    re.IGNORECASE,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}


def finding_key(claim: Claim) -> str:
    """The same figure, whatever hedge or wording each outlet used: category, item, value, status, addition.

    Hedges are deliberately not part of the key: 'about 200', '200' and 'more than 200' artillery pieces in three
    rewrites of one briefing are one figure (the finding keeps every hedge seen)."""
    parts = (
        claim.category.value,
        claim.subtype.lower(),
        claim.value,
        claim.value_max,
        claim.status.value,
        claim.incremental,
        claim.direction.value,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def authority_of(claim: Claim) -> str | None:
    """The authority behind a claim, without the outlet that relayed it."""
    return _VIA.sub("", claim.source) if claim.source else None


def authority_rank(name: str | None, lexicon: Lexicon) -> int:
    """Higher is more authoritative: agencies over governments over outlets; unattributed is 0."""
    if name is None:
        return 0
    return lexicon.source_ranks.get(name, 1)


def reference_date(claim: Claim, published: date | None) -> date | None:
    """When the figure applies: the date of an earlier estimate ('as of November 2024'), else publication."""
    match = _AS_OF.search(claim.period or "")
    if match and match["month"]:
        year = int(match["year"]) if match["year"] else (published.year if published else None)
        if year is None:
            return None
        month = _MONTHS[match["month"].lower()]
        if published and not match["year"] and (year, month) > (published.year, published.month):
            year -= 1  # 'as of November' in a February article is last November
        return date(year, month, 1)
    if match and published:
        days = {"last week": 7, "last month": 30, "last year": 365}[match["relative"].lower()]
        return published - timedelta(days=days)
    if published and "earlier" in (claim.period or "").lower():
        # 'an earlier estimate' with no date of its own: older than the article's current figure, so never its
        # headline ('up from an earlier estimate of 160')
        return published - timedelta(days=1)
    return published
