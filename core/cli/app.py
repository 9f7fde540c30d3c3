"""The `nk-aid` group, its context (the runtime, built on first use), exit codes, and the console entry."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

import click

from core.errors import NkAidError

if TYPE_CHECKING:  # the commands import what they use, so `--help` and `extract` start fast (issue 16)
    from core.lexicon import Lexicon
    from core.runtime import Runtime
    from core.settings import Settings
    from core.store import SqlStore

# The CLI reports these modules' per-input warnings itself, as one `error:` or `skipped:` line each; left at
# WARNING they would print every failure twice (issue 17). -v shows them again.
_REPORTED_BY_THE_CLI = ("core.service", "core.feeds.poll")


class Exit(IntEnum):
    """Exit statuses scripts can rely on (README, "Exit codes")."""

    OK = 0
    FAILED = 1  # the command ran, but an input failed, a gate failed, a source fails or a URL is unknown
    UNUSABLE = 2  # the command could not run: bad usage, a bad setting or config file, an unusable store
    INTERNAL = 3  # a bug in nk-aid (the traceback is in the log at -vv)


class Context:
    """What the commands share: the runtime (core/runtime.py), built on first use from the settings."""

    def __init__(self) -> None:
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            from core.runtime import build_runtime
            from core.settings import load_settings

            self._runtime = build_runtime(load_settings())
        return self._runtime

    @property
    def settings(self) -> Settings:
        return self.runtime.settings

    @property
    def lexicon(self) -> Lexicon:
        return self.runtime.lexicon

    def load_engine(self) -> Lexicon:
        """The lexicon, with the engine imported: their ~1,150 patterns built from the programs the previous run kept
        (core/regex_cache.py), so a command that extracts starts without compiling them."""
        from core.regex_cache import kept_programs

        with kept_programs("engine"):
            import core.service  # noqa: F401  (the engine: its patterns compile as it is imported)

            return self.lexicon

    @property
    def store(self) -> SqlStore:
        return self.runtime.store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(package_name="nk-aid")
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    """Briefings on North Korea's military support to Russia, from news articles."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    root = logging.getLogger()
    if not root.handlers:  # as logging.basicConfig: a host that configured logging (pytest) keeps its own
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        if verbose == 0:
            handler.addFilter(_told_by_the_cli)
        root.addHandler(handler)
        root.setLevel(level)
    if verbose < 2:  # trafilatura warns of every page it discards, also when our second reading finds the text
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    ctx.obj = Context()


def _told_by_the_cli(record: logging.LogRecord) -> bool:
    """False for the per-input warnings the commands print themselves as `error:` lines."""
    return record.levelno >= logging.ERROR or not record.name.startswith(_REPORTED_BY_THE_CLI)


def parse_since_option(_ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """A click callback: '24h', '7d', '2w' or 'YYYY-MM-DD' read by the chat grammar's parser (one parser only)."""
    if value is None:
        return None
    from core.commands import parse_since
    from core.errors import CommandError

    try:
        return parse_since(value)
    except CommandError as err:
        raise click.BadParameter(str(err), param=param) from None


def fail(status: Exit = Exit.FAILED) -> None:
    """End the command with `status` after its lines were printed."""
    sys.exit(int(status))


def main() -> None:
    """Console-script entry: an NkAidError becomes one line on stderr and exit status 2; a bug becomes one
    line too (the traceback goes to the log at -vv), exit status 3."""
    try:
        cli(standalone_mode=True)
    except NkAidError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(int(Exit.UNUSABLE))
    except Exception as err:  # never a traceback for users; the log keeps it for us
        logging.getLogger("nk_aid").debug("unexpected error", exc_info=True)
        click.echo(f"error: internal error ({type(err).__name__}: {err}); rerun with -vv for details", err=True)
        sys.exit(int(Exit.INTERNAL))
