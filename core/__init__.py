"""nk-aid core: the platform-free engine (ingest -> extract -> reconcile -> compose)."""

__version__ = "0.1.0"
