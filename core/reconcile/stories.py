"""Near-duplicate articles (one story, small edits or a wire copy) grouped with MinHash, and who published each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rensa import RMinHash, RMinHashLSH

# Two articles are one story when the words they state their figures with are this similar (estimated Jaccard
# of word 3-shingles): a one-character edit or a re-headlined wire copy is far above it, two outlets' own
# rewrites of one briefing far below.
STORY_SIMILARITY = 0.8
_PERMUTATIONS = 64
_BANDS = 16  # 4 rows a band: a pair at 0.8 is a candidate with probability 0.9998; candidates are then verified
_WORD = re.compile(r"[a-z0-9]+")
# A wire story reposted without its own page names the agency up front: 'AP: North Korea sends ...',
# '... (AFP)', 'SEOUL, Feb 11 (Yonhap) --'.
_AGENCY = re.compile(r"(?:^|\()\s*(AP|AFP|Reuters|Yonhap)\s*(?:\)|:)")
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "AFP", "Reuters": "Reuters", "Yonhap": "Yonhap"}


def group_stories(texts: Mapping[str, str]) -> dict[str, str]:
    """Article key -> story key (the smallest article key of its story), for article keys and their text.

    The result depends only on the texts, never on their order: groups are the connected parts of the
    'similar enough' relation and each is named by its smallest key."""
    signatures = _signatures(texts)
    parent = {key: key for key in texts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    if len(signatures) > 1:
        keys = sorted(signatures)
        index = RMinHashLSH(threshold=STORY_SIMILARITY, num_perm=_PERMUTATIONS, num_bands=_BANDS)
        for number, key in enumerate(keys):
            index.insert(number, signatures[key])
        for key in keys:
            for number in index.query(signatures[key]):
                other = keys[number]
                if other != key and signatures[key].jaccard(signatures[other]) >= STORY_SIMILARITY:
                    a, b = root(key), root(other)
                    parent[max(a, b)] = min(a, b)
    return {key: root(key) for key in texts}


# Signatures of texts seen before, so a store reconciled again after one new article hashes only that article
# (None: too short to judge). Bounded: past the bound it starts over (a signature is a pure function of its
# text, so forgetting is safe).
_SEEN: dict[str, RMinHash | None] = {}
_SEEN_MAX = 50_000


def _signatures(texts: Mapping[str, str]) -> dict[str, RMinHash]:
    """Article key -> MinHash of its text's shingles, for the texts long enough to judge."""
    fresh = set(texts.values()) - _SEEN.keys()
    if len(_SEEN) + len(fresh) > _SEEN_MAX:
        _SEEN.clear()
    for text in fresh:
        _SEEN[text] = _signature(text)
    return {key: signature for key, text in texts.items() if (signature := _SEEN.get(text)) is not None}


def _signature(text: str) -> RMinHash | None:
    """MinHash of the text's word 3-shingles; none for texts too short to judge (fewer than 8 words)."""
    words = _WORD.findall(text.lower())
    if len(words) < 8:
        return None
    signature = RMinHash(num_perm=_PERMUTATIONS, seed=1)
    signature.update([" ".join(words[i : i + 3]) for i in range(len(words) - 2)])
    return signature


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
