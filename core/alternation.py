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
    """`alternation` of literal strings (sorted: the same pattern every run whatever the string hash, which orders a
    set; a literal's branches open with different characters, so their order does not change what matches)."""
    return alternation([re.escape(char) for char in word] for word in sorted(set(words)))


def _pattern(node: dict[str, Any]) -> str:
    branches = [atom + _pattern(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    if "" in node:  # longer continuations first, then the end here
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def by_first_letter(pattern: str) -> str:
    """One group matching `pattern`, an alternation whose alternatives each open with a plain lower-case letter,
    with the alternatives grouped under their first letter: 'sent|sold|deny' becomes '(?:s(?:ent|old)|d(?:eny))'.
    Python's `re` tries an alternation's branches one by one at every position it searches; grouped, it passes
    over all but one letter's branches at once. Each letter's alternatives keep their order, so the alternative
    that matches is the same (and so is the text it matches)."""
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(pattern):
        first, rest = alternative[:1], alternative[1:]
        if not ("a" <= first <= "z") or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative that does not open with a plain letter: {alternative!r}")
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: split at each '|' outside groups and character classes."""
    alternatives, start, depth, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # the escaped character is no syntax
        elif char == "[":
            i += 2 if pattern.startswith("[^", i) else 1
            if pattern[i] == "]":
                i += 1  # a ']' first in a class is a character of it
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    return alternatives
