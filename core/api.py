"""The Python API: extract claims from text, open a store, ingest files into it, brief a topic.

Everything here is re-exported by `core` (`from core import extract_text, open_store, ingest_files, brief`); the
README's "Python API" section shows it at work, and a test runs that example.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from core.models import Article, Briefing, Claim

if TYPE_CHECKING:
    from core.lexicon import Lexicon
    from core.service import RunSummary
    from core.store import SqlStore


def extract_text(
    text: str, *, title: str | None = None, url: str | None = None, published: date | None = None, id: str = "text"
) -> list[Claim]:
    """The claims of one article's text, as `nk-aid extract` gives them: cleaned as a file's text is, and none for
    a text that is not English or not about North Korea and Russia (ordinary text never raises).

    Args:
        text: the article's plain text.
        title, url, published: its metadata, where known (the date anchors relative dates such as "last month").
        id: the name the claims carry as their `article`.
    """
    from core.errors import InputError
    from core.extract import extract_claims
    from core.ingest.files import build_article
    from core.service import skip_reason

    try:
        article = build_article(id, text, {"title": title, "url": url, "published": published}, id)
    except InputError:  # nothing left once page furniture is removed: no claims, as for an empty file
        return []
    if skip_reason(article, _lexicon()) is not None:
        return []
    return extract_claims(article, _lexicon())


def extract_article(article: Article) -> list[Claim]:
    """The claims of an Article you built yourself (its text already clean); no language or topic check."""
    from core.extract import extract_claims

    return extract_claims(article, _lexicon())


def open_store(url: str | None = None) -> SqlStore:
    """The store at a database URL (`sqlite:///path/nk-aid.sqlite3`, `postgresql+psycopg://...`, the latter with
    `nk-aid[postgres]`); default: the one the CLI uses (NK_AID_DATABASE_URL, config/nk-aid.toml). A new database is
    created and migrated. Raises StoreError (one line) when it cannot be used."""
    from core.runtime import build_runtime
    from core.settings import load_settings

    settings = load_settings()
    if url is not None:
        settings = settings.model_copy(update={"database_url": url})
    return build_runtime(settings).store  # the composition root wires it, as for the CLI


def ingest_files(store: SqlStore, paths: Iterable[str | Path]) -> RunSummary:
    """Extract and store the articles of files and directories, as `nk-aid ingest` does (idempotent); returns the
    summary (`summary.line()` is the CLI's line; bad files are listed in `summary.failed`, not raised)."""
    from core.service import RunSummary, ingest_paths
    from core.settings import load_settings

    summary = RunSummary()
    ingest_paths([Path(p) for p in paths], store.lexicon, store, load_settings().max_input_bytes, summary, workers=1)
    return summary


def brief(store: SqlStore, topic: str, since: date | None = None) -> Briefing:
    """The briefing of a topic (a name or alias: "artillery", "mrl", "all"); `since` adds what is new since that
    day. Render it with `core.compose.render.render_text` or read its fields (`briefing.headlines`, ...).
    Raises UnknownTopicError for a topic the lexicon does not know, naming the closest."""
    from core.compose.briefing import build_briefing
    from core.compose.topics import resolve_topic

    return build_briefing(store, resolve_topic(topic, store.lexicon), since)


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    """The lexicon the CLI reads (config/lexicon.toml, or NK_AID_CONFIG_DIR's), read once by the composition root."""
    from core.runtime import build_runtime
    from core.settings import load_settings

    return build_runtime(load_settings()).lexicon
