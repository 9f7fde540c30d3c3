"""The store: articles and their claims in SQLite (default) or PostgreSQL, migrated on open."""

from core.store.engine import open_engine
from core.store.repository import ArticleRevision, SqlStore, StoredArticle

__all__ = ["ArticleRevision", "SqlStore", "StoredArticle", "open_engine"]
