"""The `nk-aid` console entry: the core commands plus the ones that run the bot (`run`, `serve slack`, `discord`)."""

from __future__ import annotations

import importlib
import logging

import click

from core.cli import Context, cli
from core.cli import main as core_main

# Each command imports its platform when it runs: discord.py, slack-bolt, aiohttp and the scheduler cost a
# second of start-up that `nk-aid --help` or `nk-aid extract` should never pay (issue 16).


@cli.command(name="run")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), default=None,
              help="Default: NK_AID_LOG_LEVEL, else INFO.")  # fmt: skip
@click.option("--health-port", default=8080, show_default=True, help="/healthz and /metrics (0: any free port).")
@click.option("--slack-port", default=3000, show_default=True, help="Slack HTTP mode: port of /slack/events.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Address the HTTP servers listen on.")
@click.option("--no-sources", is_flag=True, help="Do not poll config/sources.toml.")
@click.pass_obj
def run_command(obj: Context, log_format: str, log_level: str | None, health_port: int, slack_port: int, host: str,
                no_sources: bool) -> None:  # fmt: skip
    """Run the bot: every chat adapter whose token is set (Slack: SLACK_BOT_TOKEN with SLACK_APP_TOKEN for
    Socket Mode or SLACK_SIGNING_SECRET for HTTP; Discord: DISCORD_TOKEN), the daily digests, source polling,
    and /healthz + /metrics. Settings are checked first; a bad one stops the start with one line naming it."""
    import asyncio

    from core.extras import BOT_RUNTIME, require_extra

    require_extra("slack", "nk-aid run", modules=BOT_RUNTIME, alternatives=("discord",))
    settings = obj.settings
    if settings.slack_bot_token is not None:
        require_extra("slack", "Slack (SLACK_BOT_TOKEN is set)")
    if settings.discord_token is not None:
        require_extra("discord", "Discord (DISCORD_TOKEN is set)")

    from bot.logs import configure
    from bot.serve import RunOptions, SlackOptions, run
    from bot.slack.settings import SlackSettings

    configure(_level(log_level or settings.log_level), log_format, settings.secrets())
    options = RunOptions(health_port=health_port, health_host=host, poll_sources=not no_sources)
    if settings.slack_bot_token is not None:
        slack = SlackSettings.of(settings)
        options.slack = SlackOptions(slack, None if slack.app_token else slack_port, host)
    if settings.discord_token is not None:
        from bot.discord.settings import DiscordSettings

        options.discord = DiscordSettings.of(settings)
    asyncio.run(run(obj.runtime, options))


@cli.group(name="serve")
def serve_group() -> None:
    """Run one chat adapter and its daily digests until stopped (Ctrl-C or SIGTERM); `nk-aid run` runs them all."""


@serve_group.command(name="slack")
@click.option("--http", "http", is_flag=True, help="Serve /slack/events over HTTP instead of Socket Mode.")
@click.option("--port", default=3000, show_default=True, help="HTTP port (with --http).")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP address to listen on (with --http).")
@click.pass_obj
def serve_slack(obj: Context, http: bool, port: int, host: str) -> None:
    """The Slack app: Socket Mode with SLACK_APP_TOKEN (default), or HTTP with SLACK_SIGNING_SECRET (--http).
    SLACK_BOT_TOKEN is always needed; the store is NK_AID_DATABASE_URL."""
    import asyncio

    from core.extras import require_extra

    require_extra("slack", "nk-aid serve slack")

    from bot.logs import configure
    from bot.serve import RunOptions, SlackOptions, run
    from bot.slack.settings import SlackSettings

    configure(_level(obj.settings.log_level), "text", obj.settings.secrets())
    slack = SlackOptions(SlackSettings.of(obj.settings), port if http else None, host)  # the runtime checks the mode
    options = RunOptions(slack=slack, health_port=None, poll_sources=False)
    asyncio.run(run(obj.runtime, options))


def _level(name: str) -> int:
    level = logging.getLevelName(name.upper())
    assert isinstance(level, int), name  # Settings and click both allow only the four names
    return level


class _LazyGroup(click.Group):
    """A command group whose module is imported only when the group is used: its help line is given here,
    so `nk-aid --help` can list it without importing it. The target group's own callback is not run (the
    Discord group has none)."""

    def __init__(self, name: str, target: str, short_help: str, extra: str) -> None:
        super().__init__(name, short_help=short_help)
        self._target = target
        self._extra = extra

    def _group(self) -> click.Group:
        from core.extras import require_extra

        require_extra(self._extra, f"nk-aid {self.name}")
        module, attribute = self._target.split(":")
        group = getattr(importlib.import_module(module), attribute)
        assert isinstance(group, click.Group), self._target
        return group

    def list_commands(self, ctx: click.Context) -> list[str]:
        return self._group().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._group().get_command(ctx, cmd_name)

    def get_help(self, ctx: click.Context) -> str:
        return self._group().get_help(ctx)


cli.add_command(
    _LazyGroup("discord", "bot.discord.cli:discord_group", "The Discord bot (needs DISCORD_TOKEN).", "discord")
)


def main() -> None:
    core_main()
