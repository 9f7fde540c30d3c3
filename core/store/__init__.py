"""The store: articles and their claims in SQLite (default) or PostgreSQL, migrated on open."""

from core.store.engine import open_engine
from core.store.repository import Revision, SqlStore, StoredArticle

__all__ = ["Revision", "SqlStore", "StoredArticle", "open_engine"]
