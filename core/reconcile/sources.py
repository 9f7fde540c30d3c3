"""Who stands behind a figure: the claim schema's `source` string parsed into origin, person and relaying outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# 'South Korea NIS (via Yonhap)', 'Ukraine HUR (Budanov) (via Reuters)': the relay is always the last bracket.
_VIA = re.compile(r"\s*\(via\s+(?P<via>[^()]*)\)\s*$", re.IGNORECASE)
_PERSON = re.compile(r"^(?P<origin>.*?\S)\s*\((?P<person>[^()]+)\)\s*$")
# The country a named authority belongs to, read from the front of its normalised name ('South Korea NIS',
# 'South Korean government', 'Ukraine HUR', 'US government'), so a generic government can be folded into its own
# agency.
_COUNTRY = re.compile(r"^(south korea|north korea|ukrain|us\b|u\.s\.|russia)", re.IGNORECASE)


@dataclass(frozen=True)
class SourceParts:
    """`Org (Person) (via Outlet)` taken apart; `origin` is the authority whose figure it is."""

    origin: str
    person: str | None = None
    via: str | None = None


@lru_cache(maxsize=8192)  # sources are few and recur in every report
def parse_source(source: str | None) -> SourceParts | None:
    """'South Korea Ministry of National Defense (Shin Won-sik) (via Yonhap)' -> origin, person, via.

    The forms are `Org`, `Org (Person)`, `Person`, `Org (via Outlet)` and `Org (Person) (via Outlet)` (the claim
    schema of the team's corpus). A bare name cannot be told apart as an organisation or a person: it is the
    origin. None or a blank string is unattributed (None)."""
    text = " ".join((source or "").split())
    if not text:
        return None
    via = None
    if match := _VIA.search(text):
        via = match["via"].strip() or None
        text = text[: match.start()].strip()
    person = None
    if (match := _PERSON.match(text)) and not match["person"].strip().isupper():  # '(MSMT)' is the org's acronym
        text, person = match["origin"], match["person"].strip()
    if not text:  # '(via Reuters)' alone: the outlet is all that is known
        return SourceParts(origin=via, via=None) if via else None
    return SourceParts(origin=text, person=person, via=via)


def country_of(origin: str) -> str | None:
    """'south korea' for 'South Korea NIS' and 'South Korean government'; None when the name does not say."""
    match = _COUNTRY.match(origin.strip())
    if match is None:
        return None
    found = match[1].lower().replace("u.s.", "us")
    return "ukraine" if found == "ukrain" else found


def independent_origins(origins: dict[str, int]) -> list[str]:
    """The independent authorities among origins (name -> rank), most authoritative first.

    Outlets (rank 0) are not authorities. A generic government (rank 1: 'South Korean government', 'US government')
    is not independent of a better-ranked authority of the same country among them: 'Seoul said' in a rewrite of
    the defence ministry's briefing is the ministry again, not a second voice."""
    named = {name: rank for name, rank in origins.items() if rank > 0}
    specific = {country_of(name) for name, rank in named.items() if rank > 1} - {None}
    kept = [name for name, rank in named.items() if rank > 1 or country_of(name) not in specific]
    return sorted(kept, key=lambda name: (-named[name], name))
