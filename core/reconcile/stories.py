"""Near-duplicate articles (one story, small edits or a wire copy) grouped with MinHash and LSH banding (numpy), and
who published each."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np
import numpy.typing as npt

# Two articles are one story when the words they state their figures with are this similar (estimated Jaccard
# of word 3-shingles): a one-character edit or a re-headlined wire copy is far above it, two outlets' own
# rewrites of one briefing far below.
STORY_SIMILARITY = 0.8
_PERMUTATIONS = 64
# Candidate pairs share one band of 11 signature values (5 bands): the banding datasketch's MinHashLSH chooses for
# 0.8 and 64 permutations (equal false-positive and false-negative weights). Every candidate is then checked
# against STORY_SIMILARITY, so the bands decide only which pairs are looked at.
_BANDS = tuple((i * 11, (i + 1) * 11) for i in range(5))
_WORD = re.compile(r"[a-z0-9]+")
# A wire story reposted without its own page names the agency up front: 'AP: North Korea sends ...',
# '... (AFP)', 'SEOUL, Feb 11 (Yonhap) --'.
_AGENCY = re.compile(r"(?:^|\()\s*(AP|AFP|Reuters|Yonhap)\s*(?:\)|:)")
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "AFP", "Reuters": "Reuters", "Yonhap": "Yonhap"}

Signature = npt.NDArray[np.uint32]


def group_stories(texts: Mapping[str, str]) -> dict[str, str]:
    """Article key -> story key (the smallest article key of its story), for article keys and their text.

    The result depends only on the texts, never on their order: groups are the connected parts of the
    'similar enough' relation and each is named by its smallest key."""
    signed = _signatures(texts)
    parent = {key: key for key in texts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    buckets: dict[tuple[int, bytes], list[str]] = {}
    for key in sorted(signed):
        for band, (start, end) in enumerate(_BANDS):
            buckets.setdefault((band, signed[key][start:end].tobytes()), []).append(key)
    for members in buckets.values():
        for i, key in enumerate(members):
            for other in members[i + 1 :]:
                if similarity(signed[key], signed[other]) >= STORY_SIMILARITY:
                    a, b = root(key), root(other)
                    parent[max(a, b)] = min(a, b)
    return {key: root(key) for key in texts}


def similarity(a: Signature, b: Signature) -> float:
    """The Jaccard similarity of two texts' shingles, estimated from their signatures."""
    return float(np.count_nonzero(a == b)) / _PERMUTATIONS


# Signatures of texts seen before, so a store reconciled again after one new article hashes only that article.
# Kept as bytes (None: too short to judge), which the garbage collector never walks; bounded: past the bound it
# starts over (a signature is a pure function of its text, so forgetting is safe).
_SEEN: dict[str, bytes | None] = {}
_SEEN_MAX = 50_000


def _signatures(texts: Mapping[str, str]) -> dict[str, Signature]:
    """Article key -> MinHash signature of its text's shingles, for the texts long enough to judge."""
    fresh = set(texts.values()) - _SEEN.keys()
    if len(_SEEN) + len(fresh) > _SEEN_MAX:
        _SEEN.clear()
    for text in fresh:
        shingles = _shingles(text)
        _SEEN[text] = signature(shingles).tobytes() if shingles else None
    return {
        key: np.frombuffer(packed, dtype=np.uint32)
        for key, text in texts.items()
        if (packed := _SEEN.get(text)) is not None
    }


def signature(shingles: set[bytes]) -> Signature:
    """The MinHash of a non-empty set of shingles: for each of 64 permutations, the least permuted hash.

    The hashes are datasketch's "affine32" scheme (datasketch 2 `MinHash(64, seed=1, hashfunc=zlib.crc32)`, which
    this replaces; a test checks they agree): crc32, a fast and stable 32-bit hash, mixed once with MurmurHash3's
    finaliser, then h -> a*h + b modulo 2^32 with odd a, in unsigned 32-bit arithmetic (the wraparound is the
    modulo). numpy alone does it: datasketch also brought scipy (113 MB) to the core install."""
    hashed = np.fromiter((zlib.crc32(s) for s in shingles), dtype=np.uint32, count=len(shingles))
    a, b = _permutations()
    return np.asarray((_fmix32(hashed)[:, np.newaxis] * a + b).min(axis=0), dtype=np.uint32)


@lru_cache(maxsize=1)
def _permutations() -> tuple[Signature, Signature]:
    """The 64 (a, b) pairs, drawn as datasketch draws them for seed 1."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, _PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, _PERMUTATIONS, dtype=np.uint32)
    return a, b


def _fmix32(h: Signature) -> Signature:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


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
