"""Live sources: feeds and pages from config/sources.toml polled politely into the store."""

from core.feeds.config import FeedSpec, load_feed_specs, parse_interval
from core.feeds.explain import explain_url, knows_url
from core.feeds.fetch import Fetched, Fetcher, HttpFetcher
from core.feeds.poll import PollSummary, ingest_urls, poll_due_feeds

__all__ = [
    "FeedSpec",
    "Fetched",
    "Fetcher",
    "HttpFetcher",
    "PollSummary",
    "explain_url",
    "ingest_urls",
    "knows_url",
    "load_feed_specs",
    "parse_interval",
    "poll_due_feeds",
]
