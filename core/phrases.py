"""A phrase index: find known multi-word phrases in text, longest match first.

A regex built as a trie of the phrases' first words finds candidates in C; Python only checks the
following words of multi-word phrases. This is an order of magnitude faster than one alternation of
hundreds of aliases (Python's `re` tries every alternative at every position), and it picks the longest
alias across all entries rather than the first listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_TOKEN_BODY = r"[a-z0-9]+(?:[.'][a-z0-9]+)*"
_TOKEN = re.compile(_TOKEN_BODY)
_JOIN_CHARS = " \t\n-‐‑–"


def normalise(text: str) -> str:
    """Lower-case with typographic apostrophes made plain, keeping every character's position."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a few letters ('İ') grow when lower-cased; keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    return lowered


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def starts_token(low: str, i: int) -> bool:
    """True when position i of lower-cased text begins a word (not inside 'u.s' or 'korea's')."""
    if i == 0:
        return True
    before = low[i - 1]
    if before in _WORD_CHARS:
        return False
    return not (before in ".'" and i > 1 and low[i - 2] in _WORD_CHARS)


def tokens_of(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(normalise(phrase)))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, shaped as a trie so matching is linear in the word length."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    value: T
    text: str


def tokenize(lowered: str) -> list[re.Match[str]]:
    """Word tokens of lower-cased text; scan once, then look up several indexes in the same tokens."""
    return list(_TOKEN.finditer(lowered))


class PhraseIndex(Generic[T]):
    """Maps phrases (and, optionally, their plurals) to values; `find` scans text left to right."""

    def __init__(self, entries: Iterable[tuple[str, T]], plurals: bool = True) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        seen: set[tuple[str, ...]] = set()
        for phrase, value in entries:
            base = tokens_of(phrase)
            if not base:
                raise ValueError(f"phrase {phrase!r} has no words")
            variants = [base]
            if plurals:
                variants += [(*base[:-1], base[-1] + suffix) for suffix in ("s", "es", "'s")]
            for variant in variants:
                if variant not in seen:  # the first entry listing a phrase owns it
                    seen.add(variant)
                    self._by_first.setdefault(variant[0], []).append((variant, value))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)
        # For first words that only start longer phrases ('the ministry'), the set of possible second words:
        # most occurrences of 'the' are then dismissed with one lookup.
        self._seconds: dict[str, frozenset[str]] = {
            first: frozenset(words[1] for words, _ in candidates)
            for first, candidates in self._by_first.items()
            if all(len(words) > 1 for words, _ in candidates)
        }

    def find(
        self, text: str, lowered: str | None = None, tokens: list[re.Match[str]] | None = None
    ) -> list[PhraseMatch[T]]:
        """Matches in `text`, left to right, never overlapping. Pass `normalise(text)` and its `tokenize`
        result when you have them."""
        low = normalise(text) if lowered is None else lowered
        toks = tokenize(low) if tokens is None else tokens
        by_first, seconds = self._by_first, self._seconds
        found: list[PhraseMatch[T]] = []
        i, count = 0, len(toks)
        while i < count:
            word = toks[i].group()
            candidates = by_first.get(word)
            if candidates and word in seconds and (i + 1 == count or toks[i + 1].group() not in seconds[word]):
                candidates = None
            hit = self._longest_at(low, toks, i, candidates) if candidates else None
            if hit is None:
                i += 1
                continue
            width, value = hit
            start, end = toks[i].start(), toks[i + width - 1].end()
            found.append(PhraseMatch(start, end, value, text[start:end]))
            i += width
        return found

    @staticmethod
    def _longest_at(
        low: str, toks: list[re.Match[str]], i: int, candidates: list[tuple[tuple[str, ...], T]]
    ) -> tuple[int, T] | None:
        for words, value in candidates:
            n = len(words)
            if n == 1:
                return 1, value
            if i + n > len(toks):
                continue
            for k in range(1, n):
                gap = low[toks[i + k - 1].end() : toks[i + k].start()]
                if toks[i + k].group() != words[k] or len(gap) > 3 or gap.strip(_JOIN_CHARS):
                    break
            else:
                return n, value
        return None
