"""Live sources: feeds and pages from config/sources.toml polled politely into the store."""

from core.sources.config import SourceSpec, load_sources, parse_interval
from core.sources.explain import explain_url
from core.sources.fetch import Fetched, Fetcher, HttpFetcher
from core.sources.poll import PollSummary, ingest_urls, poll_due_sources

__all__ = [
    "Fetched",
    "Fetcher",
    "HttpFetcher",
    "PollSummary",
    "SourceSpec",
    "explain_url",
    "ingest_urls",
    "load_sources",
    "parse_interval",
    "poll_due_sources",
]
