"""nk-aid core: the platform-free engine (ingest -> extract -> reconcile -> compose).

The Python API (see the README's "Python API"):

    from core import extract_text, open_store, ingest_files, brief

Its names are imported when first used, so `import core` (and every `nk-aid` command) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from core import regex_skip

__version__ = "0.1.0"

# before any of the engine's patterns is compiled: their searches skip ahead to where a match may start
regex_skip.install()

if TYPE_CHECKING:
    from core.api import brief, extract_article, extract_text, ingest_files, open_store
    from core.compose.render import render_markdown, render_text
    from core.errors import NkAidError
    from core.models import Article, Briefing, Claim, Estimate

_API = {
    "extract_text": "core.api",
    "extract_article": "core.api",
    "open_store": "core.api",
    "ingest_files": "core.api",
    "brief": "core.api",
    "render_text": "core.compose.render",
    "render_markdown": "core.compose.render",
    "NkAidError": "core.errors",
    "Article": "core.models",
    "Briefing": "core.models",
    "Claim": "core.models",
    "Estimate": "core.models",
}
__all__ = [  # the names of _API, spelt out for linters and IDEs (a test checks the two agree)
    "Article",
    "Briefing",
    "Claim",
    "Estimate",
    "NkAidError",
    "__version__",
    "brief",
    "extract_article",
    "extract_text",
    "ingest_files",
    "open_store",
    "render_markdown",
    "render_text",
]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'core' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value
