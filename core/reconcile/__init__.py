"""Reconcile stage: claims of many articles in; findings, series, history and conflicts out (pure: no store, no text).

The store persists claims and articles, compose renders what this stage decides."""

from core.models import ConflictKind
from core.reconcile.findings import FigureKey, Finding, Kind, Report
from core.reconcile.sources import SourceParts, parse_source
from core.reconcile.stage import Disagreement, Reconciled, Series, reconcile

__all__ = [
    "ConflictKind",
    "Disagreement",
    "FigureKey",
    "Finding",
    "Kind",
    "Reconciled",
    "Report",
    "Series",
    "SourceParts",
    "parse_source",
    "reconcile",
]
