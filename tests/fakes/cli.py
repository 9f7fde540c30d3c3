"""The `nk-aid` console script, run as a user runs it: a real subprocess with the test's environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

NK_AID = shutil.which("nk-aid", path=str(Path(sys.executable).parent)) or "nk-aid"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NK_AID, *args], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}, check=False
    )
