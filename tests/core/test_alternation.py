"""Prefix-shared alternations match what a plain longest-first alternation matches."""

import re

import pytest

from core.alternation import alternation, word_alternation

WORDS = ["north korea", "north korean", "norway", "nor", "us", "u.s.", "ukraine", "ukrainian", "uk", "kim's"]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@pytest.mark.parametrize(
    "text",
    ["north korean troops", "north korea's army", "norway and nor", "the u.s. and us", "ukrainian uk ukraine",
     "kim's men", "nothing here", "north koreans"],
)  # fmt: skip
def test_word_alternation_matches_as_longest_first(text: str) -> None:
    bounded = r"\b{}\b"
    shared = re.compile(bounded.format(word_alternation(WORDS)))
    plain = re.compile(bounded.format(_plain(WORDS)))
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_shared_prefixes_are_factored_out() -> None:
    pattern = word_alternation(["north korea", "north korean"])
    assert pattern.count("north") == 1
    assert re.fullmatch(pattern, "north korean") and re.fullmatch(pattern, "north korea")
    assert not re.fullmatch(pattern, "north")


def test_atoms_keep_their_meaning() -> None:
    pattern = re.compile(alternation([["a", r"[-\s]?", "b"], ["a", "c"]]))
    assert [bool(pattern.fullmatch(t)) for t in ("ab", "a b", "a-b", "ac", "a c")] == [True, True, True, True, False]
