"""The optional parts of nk-aid (pip extras) and the one-line message when a command needs one that is missing."""

from __future__ import annotations

import importlib.util
import sys

from core.errors import MissingExtraError

# Extra -> the modules it provides that nk-aid imports. pyproject.toml's [project.optional-dependencies] installs
# them; tests/compose/test_packaging.py checks the two agree.
EXTRAS: dict[str, tuple[str, ...]] = {
    "chart": ("matplotlib",),
    "slack": ("slack_bolt", "slack_sdk", "aiohttp", "apscheduler", "prometheus_client"),
    "discord": ("discord", "aiohttp", "apscheduler", "prometheus_client"),
    "postgres": ("psycopg",),
}
# What `nk-aid run` needs whichever chat adapter it starts (health and metrics server, digest scheduler): both
# chat extras bring it.
BOT_RUNTIME = ("aiohttp", "apscheduler", "prometheus_client")


def require_extra(
    extra: str, feature: str, *, modules: tuple[str, ...] | None = None, alternatives: tuple[str, ...] = ()
) -> None:
    """Raise MissingExtraError (one line naming the install command) unless the modules are installed.

    Args:
        extra: a key of EXTRAS, the extra that installs them.
        feature: what needs them, as the user knows it ("nk-aid chart").
        modules: the modules needed (default: all of the extra's).
        alternatives: other extras that install them too.
    """
    missing = [name for name in (modules or EXTRAS[extra]) if not _installed(name)]
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        install = " or ".join(f"'nk-aid[{name}]'" for name in (extra, *alternatives))
        needs = f"{feature} needs {', '.join(missing)}, which {verb} not installed"
        raise MissingExtraError(f"{needs}: pip install {install}")


def _installed(name: str) -> bool:
    if name in sys.modules:  # None there means "blocked": tests and embedders hide a package that way
        return sys.modules[name] is not None
    return importlib.util.find_spec(name) is not None
