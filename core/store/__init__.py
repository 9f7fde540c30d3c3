"""The store: articles and their claims in SQLite (default) or PostgreSQL, migrated on open."""

from core.store.articles import ArticleRevision, SqlStore, StoredArticle
from core.store.engine import open_engine

__all__ = ["ArticleRevision", "SqlStore", "StoredArticle", "open_engine"]
