"""The error tree drawn in core/errors.py is the tree the classes form: every error nk-aid raises on purpose."""

from __future__ import annotations

import inspect
import re

import core.errors as errors

_DRAWN = re.compile(r"^(?P<indent>[│├└─\s]*)(?P<name>[A-Z]\w*Error|RateLimited)\b")


def drawn_tree() -> dict[str, str | None]:
    """Each class named in the docstring's drawing, with the class drawn as its parent."""
    parents: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for line in (errors.__doc__ or "").splitlines():
        match = _DRAWN.match(line)
        if not match:
            continue
        depth = len(match["indent"])
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parents[match["name"]] = stack[-1][1] if stack else None
        stack.append((depth, match["name"]))
    return parents


def test_every_error_is_drawn_under_its_parent() -> None:
    classes = {
        name: cls
        for name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.NkAidError) and cls.__module__ == errors.__name__
    }
    drawn = drawn_tree()
    assert set(drawn) == set(classes)
    for name, parent in drawn.items():
        expected = None if classes[name] is errors.NkAidError else classes[name].__bases__[0].__name__
        assert parent == expected, name


def test_errors_raised_elsewhere_are_in_the_tree() -> None:
    from bot import delivery
    from core import commands
    from core.compose import topics

    assert commands.CommandError is errors.CommandError
    assert topics.UnknownTopicError is errors.UnknownTopicError
    assert issubclass(delivery.PermanentError, errors.NkAidError)
