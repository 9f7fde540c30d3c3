"""`nk-aid check-config`: settings, lexicon, feeds and the store's location, checked and named."""

from __future__ import annotations

import click

from core.cli.app import Context, cli


@cli.command(name="check-config")
@click.pass_obj
def check_config(obj: Context) -> None:
    """Validate settings, the lexicon and the live sources, then say where they came from and where the store is
    (secrets and passwords are never shown)."""
    from core.feeds import load_feed_specs
    from core.settings import settings_file
    from core.store.engine import describe_url

    settings, settings_path = obj.settings, settings_file()
    lexicon = obj.lexicon
    read = f"the environment and {settings_path}" if settings_path.is_file() else "the environment (no nk-aid.toml)"
    click.echo(f"ok: settings from {read}")
    adapters = [
        name for name, token in (("slack", settings.slack_bot_token), ("discord", settings.discord_token)) if token
    ]
    click.echo(f"ok: chat adapters: {', '.join(adapters) or 'none (no SLACK_BOT_TOKEN or DISCORD_TOKEN)'}")
    click.echo(
        f"ok: {obj.settings.lexicon_path} ({len(lexicon.spec.term)} item terms, {len(lexicon.spec.source)} authorities)"
    )
    click.echo(f"ok: {obj.settings.sources_path} ({len(load_feed_specs(obj.settings.sources_path))} live sources)")
    where = (
        "NK_AID_DATABASE_URL"
        if settings.database_url is not None
        else "the user data folder; NK_AID_DATABASE_URL unset"
    )
    click.echo(f"ok: store: {describe_url(settings.store_url)} ({where})")
