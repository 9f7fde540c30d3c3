"""Who holds a lease: the id naming this process in the delivery ledger and the feed leases, built once per process
by the composition root (core/runtime.py)."""

from __future__ import annotations

import os
import socket
import uuid


def owner_id() -> str:
    """Unique across replicas and restarts: host, process id and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
