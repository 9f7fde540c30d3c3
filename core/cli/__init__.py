"""The `nk-aid` command line: one module per command group, each registering its commands on `cli`.

claims.py extract; evaluate.py eval; store.py ingest, brief, digest, chart, export; feeds.py sources, explain;
config.py check-config; app.py the group, its context (the runtime), exit codes and `main`."""

from core.cli import claims, config, evaluate, feeds, store
from core.cli.app import Context, Exit, cli, main

__all__ = ["Context", "Exit", "claims", "cli", "config", "evaluate", "feeds", "main", "store"]
