"""Reading the project's TOML configuration files with one-line errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from core.errors import ConfigError


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The parsed file; ConfigError ('PATH: cannot read WHAT (...)' or 'PATH: invalid TOML (...)') otherwise."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read {what} ({err.strerror})") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML ({err})") from None
