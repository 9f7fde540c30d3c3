"""The discord.py internals the adapter and the fake depend on. They are not public API: when an upgrade moves one,
these tests name it, instead of the bot quietly talking to the real Discord or the suite hanging."""

from __future__ import annotations

import inspect

import discord
import discord.gateway
import discord.http
import discord.state
import discord.webhook.async_
import yarl

from bot.discord.settings import point_discord_py_at
from core.settings import DEFAULT_DISCORD_API_URL as DEFAULT_API_URL
from core.settings import DEFAULT_DISCORD_GATEWAY_URL as DEFAULT_GATEWAY_URL
from tests.fakes.fake_discord import load


def test_discord_py_is_the_pinned_minor_version() -> None:
    assert discord.__version__.startswith("2.7."), f"seams checked against 2.7, found {discord.__version__}"


def test_rest_base_is_a_class_attribute_read_when_each_route_is_built(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert discord.http.Route.BASE == DEFAULT_API_URL
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    point_discord_py_at("http://127.0.0.1:1/api/v10/", DEFAULT_GATEWAY_URL)
    assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:1/api/v10/users/@me"
    # Interaction callbacks and followups go through the webhook adapter, which must use the same Route class.
    assert discord.webhook.async_.Route is discord.http.Route


def test_gateway_address_is_a_class_attribute_used_when_none_is_given(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gateway = discord.gateway.DiscordWebSocket
    assert yarl.URL(DEFAULT_GATEWAY_URL) == gateway.DEFAULT_GATEWAY
    monkeypatch.setattr(gateway, "DEFAULT_GATEWAY", gateway.DEFAULT_GATEWAY)
    point_discord_py_at(DEFAULT_API_URL, "ws://127.0.0.1:1/gw")
    assert yarl.URL("ws://127.0.0.1:1/gw") == gateway.DEFAULT_GATEWAY
    assert "gateway = gateway or cls.DEFAULT_GATEWAY" in inspect.getsource(gateway.from_client)


def test_rate_limit_and_json_rules_the_fake_relies_on() -> None:
    request = inspect.getsource(discord.http.HTTPClient.request)
    assert "response.headers.get('Via')" in request, "429 retry no longer keyed on the Via header"
    assert "data['retry_after']" in request, "429 wait no longer read from the JSON body"
    assert "max_ratelimit_timeout" in request, "long rate limits no longer surface as discord.RateLimited"
    assert "== 'application/json'" in inspect.getsource(discord.http.json_or_text)


def test_bundled_interaction_payload_parses_in_discord_py() -> None:
    client = discord.Client(intents=discord.Intents(guilds=True))
    client._connection.user = discord.ClientUser(state=client._connection, data=load("discord_users_me.json"))
    frame = load("discord_interaction_create.json")
    interaction = discord.Interaction(data=frame["d"], state=client._connection)
    assert interaction.type is discord.InteractionType.application_command
    assert interaction.data is not None and interaction.data["name"] == "nk-aid"
    assert interaction.permissions.manage_guild  # member.permissions "2147483647"


def test_bundled_rest_payloads_have_what_discord_py_reads() -> None:
    application = load("discord_application_me.json")
    assert application["team"] is None  # the docs' team members lack 'role', which 2.7 requires
    assert {"id", "name", "description", "icon", "bot_public", "bot_require_code_grant", "owner"} <= set(application)
    assert {"id", "username", "discriminator", "avatar"} <= set(load("discord_users_me.json"))
    callback = load("discord_interaction_callback_response.json")
    assert callback["interaction"]["id"] and callback["resource"]["message"]["id"]
    assert load("discord_message.json")["channel_id"]
    limited = load("discord_429.json")
    assert {"user_limit", "shared_resource_limit", "global_limit"} <= set(limited)
    assert all(isinstance(limited[k]["body"]["retry_after"], float) for k in ("user_limit", "global_limit"))


def test_the_ready_countdown_is_a_task_on_the_connection_state_that_close_leaves_running() -> None:
    # NkAidBot.close cancels it (bot/discord/client.py); if discord.py starts cancelling it itself, or moves it,
    # this names the change.
    state = inspect.getsource(discord.state.ConnectionState)
    assert "self._ready_task = asyncio.create_task(self._delay_ready())" in state
    assert "_ready_task" not in inspect.getsource(discord.Client.close)
