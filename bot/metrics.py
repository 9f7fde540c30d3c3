"""Prometheus metrics of a running bot (`/metrics`): what it ingested, what it delivered, how fast it answered."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from bot.delivery import Outcome, Result

REGISTRY = CollectorRegistry()

ARTICLES = Gauge("nk_aid_articles", "Articles in the store", registry=REGISTRY)
CLAIMS = Gauge("nk_aid_claims", "Claims in the store", registry=REGISTRY)
FINDINGS = Gauge("nk_aid_findings", "Findings in the store", registry=REGISTRY)
INGESTED = Counter("nk_aid_articles_ingested", "Articles stored by this process's source polling", registry=REGISTRY)
DIGESTS = Counter("nk_aid_digests", "Digest delivery outcomes", ["platform", "result"], registry=REGISTRY)
COMMAND_SECONDS = Histogram(
    "nk_aid_command_seconds",
    "Time from a chat command's arrival to its answer",
    ["platform", "action"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)


def count_outcome(outcome: Outcome) -> None:
    if outcome.result in (Result.SENT, Result.FAILED, Result.REFUSED):
        DIGESTS.labels(outcome.platform, outcome.result.value).inc()


class CommandTimer:
    """The adapters' `on_answered(action, seconds)` hook, for one platform."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def __call__(self, action: str, seconds: float) -> None:
        COMMAND_SECONDS.labels(self.platform, action).observe(seconds)
