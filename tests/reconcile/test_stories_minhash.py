"""The MinHash of core/reconcile/stories.py (numpy alone) agrees with datasketch's, which it replaced: the same
signatures and the same stories on the bundled and the team's articles and on near-copies of them."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from core.ingest import iter_input_paths, read_articles
from core.reconcile import stories
from tests.conftest import SAMPLE, SHARED_CORPUS

datasketch = pytest.importorskip("datasketch")  # a dev dependency only, for this comparison


def article_texts() -> dict[str, str]:
    folders = [SAMPLE, *(p for p in sorted(SHARED_CORPUS.glob("*")) if p.is_dir())]
    texts = {}
    for path in iter_input_paths([f for f in folders if f.is_dir()]):
        for article in read_articles(Path(path), 5_000_000):
            texts[str(path)] = article.text
    return texts


def near_copies(texts: dict[str, str], seed: int = 7) -> dict[str, str]:
    """Each text with one word dropped, a sentence cut or a new ending: pairs on both sides of the threshold."""
    rng = random.Random(seed)
    out = dict(texts)
    for key, text in list(texts.items())[:60]:
        words = text.split()
        if len(words) < 20:
            continue
        cut = rng.randrange(len(words))
        out[key + "#drop"] = " ".join(words[:cut] + words[cut + 1 :])
        out[key + "#half"] = " ".join(words[: len(words) * rng.choice([6, 7, 8, 9]) // 10])
        out[key + "#tail"] = text + " " + " ".join(rng.sample(words, min(len(words), 25)))
    return out


def datasketch_groups(texts: dict[str, str]) -> dict[str, str]:
    """group_stories as it was written on datasketch (MinHash.bulk and MinHashLSH)."""
    keys = sorted(texts)
    shingles = {k: sorted(stories._shingles(texts[k])) for k in keys}
    hashed = dict(zip(keys, datasketch.MinHash.bulk([shingles[k] for k in keys], num_perm=64, seed=1,
                                                    hashfunc=zlib.crc32), strict=True))  # fmt: skip
    signed = {k: m for k, m in hashed.items() if not m.is_empty()}
    parent = {k: k for k in texts}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    index = datasketch.MinHashLSH(threshold=stories.STORY_SIMILARITY, num_perm=64)
    for k in sorted(signed):
        index.insert(k, signed[k])
    for k in sorted(signed):
        for other in index.query(signed[k]):
            if other != k and signed[k].jaccard(signed[other]) >= stories.STORY_SIMILARITY:
                a, b = root(k), root(other)
                parent[max(a, b)] = min(a, b)
    return {k: root(k) for k in texts}


def test_the_bands_are_datasketchs() -> None:
    lsh = datasketch.MinHashLSH(threshold=stories.STORY_SIMILARITY, num_perm=64)
    assert tuple(lsh.hashranges) == stories._BANDS


def test_signatures_are_datasketchs() -> None:
    for text in list(article_texts().values())[:40]:
        shingles = stories._shingles(text)
        if not shingles:
            continue
        reference = datasketch.MinHash(64, seed=1, hashfunc=zlib.crc32)
        reference.update_batch(sorted(shingles))
        assert stories.signature(shingles).tolist() == reference.hashvalues.tolist()


def test_the_stories_are_datasketchs() -> None:
    texts = near_copies(article_texts())
    ours = stories.group_stories(texts)
    assert ours == datasketch_groups(texts)
    assert len(set(ours.values())) < len(texts)  # the near-copies did make stories of more than one article
