"""Near-duplicate articles (one story, small edits or a wire copy) grouped with MinHash, and who published each."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

# Two articles are one story when the words they state their figures with are this similar (estimated Jaccard
# of word 3-shingles): a one-character edit or a re-headlined wire copy is far above it, two outlets' own
# rewrites of one briefing far below.
STORY_SIMILARITY = 0.8
_PERMUTATIONS = 64
_WORD = re.compile(r"[a-z0-9]+")
# A wire story reposted without its own page names the agency up front: 'AP: North Korea sends ...',
# '... (AFP)', 'SEOUL, Feb 11 (Yonhap) --'.
_AGENCY = re.compile(r"(?:^|\()\s*(AP|AFP|Reuters|Yonhap)\s*(?:\)|:)")
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "AFP", "Reuters": "Reuters", "Yonhap": "Yonhap"}


def group_stories(texts: Mapping[str, str]) -> dict[str, str]:
    """Article key -> story key (the smallest article key of its story), for article keys and their text.

    The result depends only on the texts, never on their order: groups are the connected parts of the
    'similar enough' relation and each is named by its smallest key."""
    shingled = _signatures(texts)
    parent = {key: key for key in texts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    if len(shingled) > 1:
        index = MinHashLSH(threshold=STORY_SIMILARITY, num_perm=_PERMUTATIONS)
        for key in sorted(shingled):
            index.insert(key, shingled[key])
        for key in sorted(shingled):
            for other in index.query(shingled[key]):
                if other != key and shingled[key].jaccard(shingled[other]) >= STORY_SIMILARITY:
                    a, b = root(key), root(other)
                    parent[max(a, b)] = min(a, b)
    return {key: root(key) for key in texts}


# Signatures of texts seen before, so a store reconciled again after one new article hashes only that article.
# Kept as bytes (None: too short to judge), which the garbage collector never walks; bounded: past the bound it
# starts over (a signature is a pure function of its text, so forgetting is safe).
_SEEN: dict[str, bytes | None] = {}
_SEEN_MAX = 50_000


def _signatures(texts: Mapping[str, str]) -> dict[str, MinHash]:
    """Article key -> MinHash of its text's shingles, for the texts long enough to judge."""
    fresh = sorted(set(texts.values()) - _SEEN.keys())
    # One set of permutations for all (building them per MinHash costs more than hashing an article); crc32 is a
    # fast, stable 32-bit hash, which is all MinHash needs of it. Shingles are made one text at a time.
    hashed = MinHash.bulk(
        (sorted(_shingles(text)) for text in fresh), num_perm=_PERMUTATIONS, seed=1, hashfunc=zlib.crc32
    )
    if len(_SEEN) + len(fresh) > _SEEN_MAX:
        _SEEN.clear()
    _SEEN.update(
        (text, None if m.is_empty() else m.hashvalues.tobytes()) for text, m in zip(fresh, hashed, strict=True)
    )
    template = _template()
    return {
        key: MinHash(
            _PERMUTATIONS,
            seed=1,
            hashvalues=np.frombuffer(signature, dtype=template.hashvalues.dtype),
            permutations=template.permutations,
            scheme=template.scheme,
        )
        for key, text in texts.items()
        if (signature := _SEEN.get(text)) is not None
    }


@lru_cache(maxsize=1)
def _template() -> Any:
    """A MinHash of the parameters used here: its permutations and value type, made once."""
    return MinHash(_PERMUTATIONS, seed=1, hashfunc=zlib.crc32)


def _shingles(text: str) -> set[bytes]:
    """Word 3-shingles; none for texts too short to judge (fewer than 8 words), which match nothing."""
    words = _WORD.findall(text.lower())
    if len(words) < 8:
        return set()
    return {" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)}


def credited_agency(title: str | None, vias: Iterable[str | None] = ()) -> str | None:
    """The news agency a story credits ('AP: ...' in its title) or that relays its figures ('(via AFP)')."""
    if title and (match := _AGENCY.search(title)):
        return _AGENCY_NAMES[match[1]]
    for via in vias:
        if via and via.strip() in _AGENCY_NAMES:
            return _AGENCY_NAMES[via.strip()]
        if via and via.strip() == "Associated Press":
            return "Associated Press"
    return None
