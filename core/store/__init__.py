"""The store: articles, claims and findings in SQLite (default) or PostgreSQL, migrated on open."""

from core.store.engine import open_engine
from core.store.repository import FindingDetail, FindingSummary, Revision, SqlStore, StoredArticle

__all__ = ["FindingDetail", "FindingSummary", "Revision", "SqlStore", "StoredArticle", "open_engine"]
