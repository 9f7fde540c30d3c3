"""Extract stage: quantified, attributed claims from one article (`extract_claims`).

The names below are loaded on first use, so a module that needs one part of the stage (the reconcile stage
reads figures with `core.extract.numbers`) does not load all of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.extract.claims import default_lexicon, extract_claims, is_on_topic

__all__ = ["default_lexicon", "extract_claims", "is_on_topic"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from core.extract import claims

        return getattr(claims, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
