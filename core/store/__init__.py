"""The store: articles, claims and findings in SQLite (default) or PostgreSQL, migrated on open."""

from core.store.engine import open_engine
from core.store.repository import FindingView, SqlStore, StoredArticle

__all__ = ["FindingView", "SqlStore", "StoredArticle", "open_engine"]
