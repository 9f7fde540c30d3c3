"""core.regex_skip: patterns opening with an assertion get the set of characters a match may start with, so that
`search` skips ahead, and every pattern still finds exactly the matches `re` finds without the set."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core  # noqa: F401  (installs the start sets, as every use of the engine does)
from core import regex_skip

# patterns of the shapes the engine writes, each with a start set worked out only past its opening
SKIPPING = [
    r"\b(?:russia|moscow|kremlin|putin)\b[^.;]{0,80}?\b(?:sen[dt]|deliver)\w*",
    r"(?<![a-z0-9])(?:no(?:rth korea(?:n)?|rway))(?![a-z0-9])",
    r"(?<!daily\s)(?<!south\s)\b(?:north\s+korea|pyongyang)\b",
    r"(?:\b(?:and|with|while|but)\s+(?:that\s+)?|\b(?:warn\w*|sa(?:y|ys|id))\s+)(?:more|further)\b",
    r"\b(?:(?:the|a)\s+)?(?P<noun>officials?|sources?)\b",
    r"\b(?:\w+ed|sent|has|have)\b",
    r"(?<!\w)(?i:[0-9]+)\s+troops",  # (case-blind where no cased letter opens it)
    r"\b(?:a|)x",  # ('a' or, the group matching nothing, 'x')
    r"^[\s\"”’'—–-]*(?::\s+)?(?:more|additional|extra)\b",
    r"\b[0-9]{1,3}(?:,[0-9]{3})+\b",
]
# patterns whose start cannot be told for sure: they are compiled as `re` compiles them
NOT_SKIPPING = [
    r"(?:\b)?",  # may match empty text
    r"\b(?:[^a-z]|b)c",  # a negated class joined to another character
    r"\b(?i:s)he",  # a cased letter, case-blind ('s', 'S' and Unicode's long s 'ſ'): left to re's case folding
    r"\b.x",  # any character
    r"\b(?i:the)\s+north\b",  # (a case-blind opening letter: left to re)
    r"(a)\b\1",  # (opens with a literal: re's own prefix, no set)
]
TEXTS = [
    "Russia has sent and Moscow delivered shells; the Kremlin said Putin sends more. North Korean troops (norway)",
    "daily north korea reports: south north korea, pyongyang's envoy; And that more, warned further, says more",
    "The officials and a source said 12,000, 1,000,000 and 3,00 troops; THE North and the north",
    "  — more troops ... : additional units, extra shells ,,, sent has have killed crossed",
    "a  x bc Bc 7c the The tHe ax x she ſhe SHE",
]


@contextmanager
def _as_in_re() -> Iterator[None]:
    """Compiling as `re` does without this module (its own start sets only)."""
    _compiler._get_charset_prefix = regex_skip._as_usual
    try:
        yield
    finally:
        regex_skip.install()


def _info_mask(pattern: str, flags: int = 0) -> int:
    """The flags of the program's INFO block, which say whether `search` gets a literal prefix or a start set."""
    code = _compiler._code(_parser.parse(pattern, flags), flags)
    assert code[0] == _constants.INFO
    return int(code[2])


def _found(compiled: re.Pattern[str], text: str) -> list[Any]:
    searches = [compiled.search(text, pos) for pos in range(len(text))]
    return [(m.span(), m.groups()) if m else None for m in [*compiled.finditer(text), *searches]]


@pytest.mark.parametrize("pattern", SKIPPING)
def test_patterns_opening_with_an_assertion_get_a_start_set(pattern: str) -> None:
    assert _info_mask(pattern) & _constants.SRE_INFO_CHARSET
    with _as_in_re():
        assert not _info_mask(pattern) & _constants.SRE_INFO_CHARSET  # (what this module adds)


@pytest.mark.parametrize("pattern", NOT_SKIPPING)
def test_no_start_set_where_it_is_not_sure(pattern: str) -> None:
    assert not _info_mask(pattern) & _constants.SRE_INFO_CHARSET


@pytest.mark.parametrize("pattern", SKIPPING + NOT_SKIPPING)
def test_the_same_matches_as_without_the_start_set(pattern: str) -> None:
    with_set = _compiler.compile(pattern, 0)
    with _as_in_re():
        usual = _compiler.compile(pattern, 0)
    for text in TEXTS:
        assert _found(with_set, text) == _found(usual, text)
        assert _found(with_set, text.lower()) == _found(usual, text.lower())


def test_installed_for_patterns_compiled_after_core_is_imported() -> None:
    assert _compiler._get_charset_prefix is regex_skip.first_characters
    re.purge()
    assert re.compile(r"\b(?:seoul|kyiv)\b").search("a seoul b").span() == (2, 7)  # type: ignore[union-attr]


# Random patterns built from the pieces the engine's patterns are made of (assertions, groups, alternations,
# repeats, classes, case-blind groups), matched on random texts with and without the start set: a wrong start
# set (a character a match may start with left out) shows as a match missing.
_ATOMS = st.sampled_from(
    ["a", "b", "A", "k", "s", "1", " ", "-", "[ab]", "[^a]", "[a-c]", r"\w", r"\d", r"\s", r"\W", ".", r"[\d,]"]
)
_ZERO_WIDTH = st.sampled_from([r"\b", r"\B", "^", "$", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", r"(?<!\w)", r"(?![a-z])"])


def _combine(parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(parts, min_size=1, max_size=3).map("".join),
        st.lists(parts, min_size=1, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        st.lists(parts, min_size=1, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
        parts.map(lambda x: f"(?:{x})" + ("*", "+", "?", "{0,2}", "{1,3}?", "+?")[len(x) % 6]),
        parts.map(lambda x: f"(?i:{x})"),
        parts.map(lambda x: f"(?>{x})"),
    )


_PATTERNS = st.tuples(st.lists(_ZERO_WIDTH, max_size=2).map("".join), st.recursive(_ATOMS, _combine, max_leaves=8))
_TEXTS = st.text(alphabet="abAkKsSſ1 -_,.\n", max_size=30)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(pattern=_PATTERNS, case_blind=st.booleans(), text=_TEXTS)
def test_random_patterns_find_the_same_matches(pattern: tuple[str, str], case_blind: bool, text: str) -> None:
    source = "".join(pattern)
    flags = re.IGNORECASE if case_blind else 0
    with_set = _compiler.compile(source, flags)
    with _as_in_re():
        usual = _compiler.compile(source, flags)
    assert _found(with_set, text) == _found(usual, text)
