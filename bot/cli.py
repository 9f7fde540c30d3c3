"""The `nk-aid` console entry: the core commands plus the ones that run chat adapters (`serve`)."""

from __future__ import annotations

import asyncio

import click

from bot.discord.cli import discord_group
from bot.serve import SlackOptions, serve
from bot.slack.settings import load_slack_settings
from core.cli import _Context, cli
from core.cli import main as core_main
from core.desk import Desk


@cli.group(name="serve")
def serve_group() -> None:
    """Run a chat adapter and the daily digests until stopped (Ctrl-C or SIGTERM)."""


@serve_group.command(name="slack")
@click.option("--http", "http", is_flag=True, help="Serve /slack/events over HTTP instead of Socket Mode.")
@click.option("--port", default=3000, show_default=True, help="HTTP port (with --http).")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP address to listen on (with --http).")
@click.pass_obj
def serve_slack(obj: _Context, http: bool, port: int, host: str) -> None:
    """The Slack app: Socket Mode with SLACK_APP_TOKEN (default), or HTTP with SLACK_SIGNING_SECRET (--http).
    SLACK_BOT_TOKEN is always needed; the store is NK_AID_DATABASE_URL."""
    options = SlackOptions(load_slack_settings(), port if http else None, host)
    asyncio.run(serve(Desk(obj.store, obj.lexicon), obj.settings, options))


cli.add_command(discord_group)


def main() -> None:
    core_main()
