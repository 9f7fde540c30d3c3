"""A phrase index: find known multi-word phrases in text, longest match first.

A regex built as a trie of the phrases' first words finds candidates in C; Python only checks the
following words of multi-word phrases. This is an order of magnitude faster than one alternation of
hundreds of aliases (Python's `re` tries every alternative at every position), and it picks the longest
alias across all entries rather than the first listed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_TOKEN_BODY = r"[a-z0-9]+(?:[.'][a-z0-9]+)*"
_TOKEN = re.compile(_TOKEN_BODY)
# between a phrase's words: spaces, hyphens, a plural's apostrophe ("the Workers' Party") and '&' ('Commonwealth &
# Development Office')
_JOIN_CHARS = " \t\n-‐‑–'’&"


# Ukrainian and Russian outlets' calque of 'citing' ('з посиланням на'): read as 'citing', padded before it so every
# character keeps its position ('referring to' is left: 'Kirby said, referring to Pyongyang, ...' names a topic)
_CITING_CALQUE = re.compile(r"\bwith\s+(?:a\s+)?reference\s+to\b")


def normalise(text: str) -> str:
    """Lower-case with typographic apostrophes made plain, keeping every character's position."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a few letters ('İ') grow when lower-cased; keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    if "reference to" in lowered:
        lowered = _CITING_CALQUE.sub(lambda m: " " * (len(m.group()) - 6) + "citing", lowered)
    return lowered


def has_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of `words` is a substring of `text`: the cheap first look before a pattern that needs one. (As
    `any(w in text for w in words)`, in the same order, without a generator step per word.)"""
    return any(map(text.__contains__, words))


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


@dataclass(frozen=True)
class Tokens:
    """Word tokens of lower-cased text: scan once, then look up several indexes in the same tokens."""

    low: str
    matches: list[re.Match[str]]
    words: list[str]
    starts: list[int]

    def between(self, start: int, end: int) -> tuple[int, int]:
        """Indexes of the tokens that start inside text[start:end]."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)


def tokenize(lowered: str, start: int = 0, end: int | None = None) -> Tokens:
    """The words of lowered[start:end], with positions in the whole of `lowered`."""
    matches = list(_TOKEN.finditer(lowered, start, len(lowered) if end is None else end))
    # (each token's word and start read by map in C, not by a loop of Python calls: every sentence is tokenized)
    return Tokens(lowered, matches, list(map(re.Match.group, matches)), list(map(re.Match.start, matches)))


class PhraseIndex(Generic[T]):
    """Maps phrases (and, optionally, their plurals, or their possessives only) to values; `find` scans text left
    to right."""

    def __init__(self, entries: Iterable[tuple[str, T]], plurals: bool = True, possessives: bool = False) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        seen: set[tuple[str, ...]] = set()
        for phrase, value in entries:
            base = tokens_of(phrase)
            if not base:
                raise ValueError(f"phrase {phrase!r} has no words")
            variants = [base]
            if plurals:
                variants += [(*base[:-1], base[-1] + suffix) for suffix in ("s", "es", "'s")]
            elif possessives and not base[-1].endswith("'s"):
                variants.append((*base[:-1], base[-1] + "'s"))  # "Budanov's estimate", "the Pentagon's"
            for variant in variants:
                if variant not in seen:  # the first entry listing a phrase owns it
                    seen.add(variant)
                    self._by_first.setdefault(variant[0], []).append((variant, value))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)
        # The same candidates by first and second word, longest first, and each first word's one-word phrase: a
        # multi-word phrase is tried only when the next word is its second (most words start several phrases).
        self._by_second: dict[str, dict[str, list[tuple[tuple[str, ...], T]]]] = {}
        self._single: dict[str, T] = {}
        for first, candidates in self._by_first.items():
            for words, value in candidates:
                if len(words) == 1:
                    self._single[first] = value
                else:
                    self._by_second.setdefault(first, {}).setdefault(words[1], []).append((words, value))
        # For first words that only start longer phrases ('the ministry'), the set of possible second words:
        # most occurrences of 'the' are then dismissed with one lookup.
        self._seconds: dict[str, frozenset[str]] = {
            first: frozenset(words[1] for words, _ in candidates)
            for first, candidates in self._by_first.items()
            if all(len(words) > 1 for words, _ in candidates)
        }

    def find(self, text: str, tokens: Tokens | None = None) -> list[PhraseMatch[T]]:
        """Matches in `text`, left to right, never overlapping."""
        toks = tokenize(normalise(text)) if tokens is None else tokens
        return find_many([self], text, toks)[0]

    def _longest_at(self, toks: Tokens, i: int, first: str) -> tuple[int, T] | None:
        """The longest phrase starting at token i (whose word is `first`), as (its number of words, its value)."""
        words, matches, low = toks.words, toks.matches, toks.low
        following = self._by_second.get(first)
        phrases = following.get(words[i + 1]) if following is not None and i + 1 < len(words) else None
        if phrases is not None and _joined(low, words, matches, i + 1):
            count = len(words)
            for phrase, value in phrases:
                n = len(phrase)
                if i + n > count:
                    continue
                for k in range(2, n):
                    if words[i + k] != phrase[k] or not _joined(low, words, matches, i + k):  # the cheap test first
                        break
                else:
                    return n, value
        if first in self._single:
            return 1, self._single[first]
        return None


def _joined(low: str, words: list[str], matches: list[re.Match[str]], k: int) -> bool:
    """Whether token k goes on from token k - 1 within one phrase: only spaces, dashes or an apostrophe between."""
    gap = low[matches[k - 1].end() : matches[k].start()]
    if gap.startswith(".") and "." in words[k - 1]:
        gap = gap[1:]  # the full stop of an abbreviation: 'u.s. defense department'
    return len(gap) <= 3 and not gap.strip(_JOIN_CHARS)


def find_many(
    indexes: list[PhraseIndex[Any]],
    text: str,
    tokens: Tokens,
    first: int = 0,
    stop: int | None = None,
    starters: frozenset[str] | None = None,
) -> list[list[PhraseMatch[Any]]]:
    """Every index's matches in tokens[first:stop]. Only tokens that can start some phrase are visited, and a
    multi-word phrase is tried only when the next word can continue it ('the ministry', not every 'the')."""
    results: list[list[PhraseMatch[Any]]] = [[] for _ in indexes]
    words, matches = tokens.words, tokens.matches
    end = len(words) if stop is None else stop
    starters = starters if starters is not None else starting_words(indexes)
    candidates = [i for i in range(first, end) if words[i] in starters]
    for k, index in enumerate(indexes):
        by_first, seconds, found, resume = index._by_first, index._seconds, results[k], -1
        for i in candidates:
            word = words[i]
            # (membership tests, not dict.get: this loop runs for every candidate word of every index)
            if i < resume or word not in by_first:
                continue
            if word in seconds and (i + 1 >= end or words[i + 1] not in seconds[word]):
                continue
            hit = index._longest_at(tokens, i, word)
            if hit is not None:
                width, value = hit
                span_start, span_end = matches[i].start(), matches[i + width - 1].end()
                found.append(PhraseMatch(span_start, span_end, value, text[span_start:span_end]))
                resume = i + width
    return results


def starting_words(indexes: list[PhraseIndex[Any]]) -> frozenset[str]:
    """Words that can start a phrase of any of the indexes (compute once, pass to find_many)."""
    return frozenset().union(*(index._by_first for index in indexes))
