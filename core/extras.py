"""The optional parts of nk-aid (pip extras) and the one-line message when a command needs one that is missing."""

from __future__ import annotations

import importlib.util
import sys

from core.errors import MissingExtraError

# Extra -> the modules it provides that nk-aid imports. pyproject.toml's [project.optional-dependencies] installs
# them; tests/test_packaging.py checks the two agree.
EXTRAS: dict[str, tuple[str, ...]] = {
    "chart": ("matplotlib",),
    "slack": ("slack_bolt", "slack_sdk", "aiohttp", "apscheduler", "prometheus_client"),
    "discord": ("discord", "aiohttp", "apscheduler", "prometheus_client"),
    "postgres": ("psycopg",),
}


def missing_modules(extra: str) -> list[str]:
    """The modules of `extra` that cannot be imported here."""
    return [name for name in EXTRAS[extra] if not _installed(name)]


def _installed(name: str) -> bool:
    if name in sys.modules:  # None there means "blocked": tests and embedders hide a package that way
        return sys.modules[name] is not None
    return importlib.util.find_spec(name) is not None


def require_extra(extra: str, feature: str) -> None:
    """Raise MissingExtraError (one line naming the install command) unless every module of `extra` is installed.

    Args:
        extra: a key of EXTRAS.
        feature: what needs it, as the user typed it ("nk-aid chart").
    """
    missing = missing_modules(extra)
    if missing:
        raise MissingExtraError(
            f"{feature} needs {', '.join(missing)}, which is not installed: pip install 'nk-aid[{extra}]'"
        )
