"""Briefing topics ('artillery', 'mrl', 'ammo', ...) resolved to categories, with a helpful error."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from core.errors import UnknownTopicError
from core.lexicon import Lexicon
from core.models import Category


@dataclass(frozen=True)
class Topic:
    name: str
    categories: tuple[Category, ...]


def resolve_topic(text: str, lexicon: Lexicon) -> Topic:
    wanted = " ".join(text.lower().replace("_", " ").split())
    names: dict[str, str] = {}
    for name, spec in lexicon.spec.topics.items():
        names[name] = name
        for alias in spec.aliases:
            names.setdefault(alias, name)
    if wanted in names:
        name = names[wanted]
        return Topic(name, tuple(lexicon.spec.topics[name].categories))
    close = difflib.get_close_matches(wanted, list(names), n=2, cutoff=0.6)
    raise UnknownTopicError(text, sorted({names[c] for c in close}), list(lexicon.spec.topics))
