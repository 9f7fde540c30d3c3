"""Ingest stage: turn files (later feeds and pages) into clean Article records."""

from core.ingest.files import is_companion_file, iter_input_paths, read_articles

__all__ = ["is_companion_file", "iter_input_paths", "read_articles"]
