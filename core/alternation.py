"""Regex alternations of many words or phrases with their shared prefixes factored out (a trie): 'north
korea|north korean|norway' becomes 'no(?:rth korea(?:n)?|rway)'. Python's regex engine tries an alternation's
branches one by one at every position; sharing prefixes makes that one try per first letter, not per phrase. The
longest continuation is tried first, so the match is the one a longest-first alternation gives."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(sequences: Iterable[list[str]]) -> str:
    """One non-capturing group matching any of the sequences of regex atoms (each atom one unit: a character, a
    character class, an optional group)."""
    root: dict[str, Any] = {}
    for sequence in sequences:
        node = root
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[""] = {}  # a sequence ends here
    return "(?:" + _pattern(root) + ")"


def word_alternation(words: Iterable[str]) -> str:
    """`alternation` of literal strings."""
    return alternation([re.escape(char) for char in word] for word in set(words))


def _pattern(node: dict[str, Any]) -> str:
    branches = [atom + _pattern(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    if "" in node:  # longer continuations first, then the end here
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
