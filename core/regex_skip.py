"""Skipping ahead in `re.search` for patterns that open with an assertion (`\\b(?:russia|moscow)`, `(?<!\\w)...`).

`re` gives a pattern a set of characters every match must start with ('r', 'm', ...) only when the pattern opens
with a literal, a class or an alternation of literals; `search` then jumps from one such character to the next in
C and tries the whole pattern only there. A pattern that opens with `\\b` or a lookaround gets no set, so `search`
tries the whole pattern at every position of the text: most of the engine's patterns open so, and their searches
took most of its regex time. `install()` teaches `re`'s compiler to look past zero-width openings (`\\b`, `^`,
lookarounds), into groups, alternations and repeats of at least one, for the first character a match consumes.

The set only tells `search` where a match may start: the whole pattern, its assertions included, is still tried
at each such position, so every match is the one `re` finds without it (a match always consumes its first
character at its start, and a pattern that can match empty text gets no set, as in `re` itself). Patterns compiled
before `install()` are unchanged. Python 3.11-3.13 (`re._compiler`); elsewhere `install()` does nothing.
"""

from __future__ import annotations

from typing import Any

try:
    from re import _compiler, _constants  # type: ignore[attr-defined]

    _LOOK_PAST = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})
    _REPEATS = frozenset({_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT})
    # flags a group may turn on or off without changing what its classes mean (case is checked where it matters)
    _PLAIN_FLAGS = _constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_MULTILINE | _constants.SRE_FLAG_DOTALL
    _PLAIN_FLAGS |= _constants.SRE_FLAG_VERBOSE
    _as_usual = _compiler._get_charset_prefix
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _compiler = None

_Set = list[tuple[Any, Any]]


def install() -> None:
    """From now on, patterns compiled in this process get the set of their first characters where `re` finds none.
    (Idempotent.)"""
    if _compiler is not None:
        _compiler._get_charset_prefix = first_characters


def first_characters(pattern: Any, flags: int) -> _Set | None:
    """`re`'s own set where it finds one, else the set this module works out (None: unknown)."""
    return _as_usual(pattern, flags) or _first(pattern.data, flags)


def _first(items: Any, flags: int) -> _Set | None:
    """The characters a match of `items` (a parsed sequence) may start with, as a charset in `re`'s parsed form;
    None when that is not known for sure or when the sequence may match empty text."""
    found, nullable = _first_of_sequence(items, flags)
    if found is None or nullable or not found:
        return None
    if len(found) > 1 and any(part and part[0][0] is _constants.NEGATE for part in found):
        return None  # (a negated class cannot be joined to others)
    return [item for part in found for item in part]


# What a parsed item may start with: the sets (each a charset, for the several ways it may start) and whether it may
# match empty text, so that what follows it may start the match as well. Sets None: not known.
_Start = tuple[list[_Set] | None, bool]


def _first_of_sequence(items: Any, flags: int) -> _Start:
    found: list[_Set] = []
    for op, av in items:
        sets, nullable = _first_of_item(op, av, flags)
        if sets is None:
            return None, False
        found += sets
        if not nullable:
            return found, False
    return found, True


def _first_of_item(op: Any, av: Any, flags: int) -> _Start:
    c = _constants
    if op in _LOOK_PAST:
        return [], True  # (zero-width: the match is tried whole at each position, so they are still checked)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~_PLAIN_FLAGS:
            return None, False
        return _first_of_sequence(sub.data, _compiler._combine_flags(flags, add_flags, del_flags))
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av.data, flags)
    if op in _REPEATS:
        low, high, body = av
        if high == 0:
            return [], True
        sets, nullable = _first_of_sequence(body.data, flags)
        return sets, nullable or low == 0
    if op is c.BRANCH:
        found: list[_Set] = []
        any_nullable = False
        for alternative in av[1]:
            sets, nullable = _first_of_sequence(alternative.data, flags)
            if sets is None:
                return None, False
            found += sets
            any_nullable = any_nullable or nullable
        return found, any_nullable
    if flags & c.SRE_FLAG_IGNORECASE and flags & c.SRE_FLAG_LOCALE:
        return None, False
    iscased = _compiler._get_iscased(flags)
    if op is c.LITERAL:
        return (None, False) if iscased and iscased(av) else ([[(op, av)]], False)
    if op is c.IN:
        if iscased:
            for kind, value in av:
                if kind is c.LITERAL and iscased(value):
                    return None, False
                if kind is c.RANGE and (value[1] > 0xFFFF or any(map(iscased, range(value[0], value[1] + 1)))):
                    return None, False
        return [list(av)], False
    return None, False  # (any character, a back-reference, a conditional: not worked out)
