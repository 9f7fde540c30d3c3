"""The one Settings class: environment over nk-aid.toml over defaults, secrets from the environment only, and one
line naming the first bad or missing setting (the variable, or the file and key), never its value."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.settings import DEFAULT_CONFIG_DIR, SETTINGS_FILE, Settings, load_settings, variable

SECRET_FIELDS = ["slack_bot_token", "slack_app_token", "slack_signing_secret", "discord_token"]
_LINE = re.compile(r"^#?\s*([a-z_]+) = (.*)$")


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A configuration folder of our own (lexicon.toml copied), named by NK_AID_CONFIG_DIR."""
    shutil.copy(DEFAULT_CONFIG_DIR / "lexicon.toml", tmp_path / "lexicon.toml")
    monkeypatch.setenv("NK_AID_CONFIG_DIR", str(tmp_path))
    return tmp_path


def write_settings(folder: Path, text: str) -> Path:
    path = folder / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_settings_file(config_dir: Path) -> None:
    settings = load_settings()
    assert settings.config_dir == config_dir
    assert (settings.database_url, settings.digest_sweep_s, settings.slack_bot_token) == (None, 60, None)
    # no URL: one store in the platform's user data folder, wherever the command runs (the tests' own folder here)
    assert settings.store_url == f"sqlite:///{os.environ['XDG_DATA_HOME']}/nk-aid/nk-aid.sqlite3"


def test_the_file_sets_values_and_the_environment_overrides_them(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_settings(config_dir, 'database_url = "sqlite:///from-file.db"\ndigest_sweep_s = 15\nlog_level = "debug"\n')
    monkeypatch.setenv("NK_AID_DIGEST_SWEEP_S", "30")
    settings = load_settings()
    assert settings.database_url == "sqlite:///from-file.db"
    assert settings.digest_sweep_s == 30
    assert settings.log_level == "DEBUG"


def test_chat_tokens_keep_their_platform_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1-abc")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-def")
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.abc.def")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api")
    settings = load_settings()
    assert settings.slack_bot_token is not None and settings.slack_bot_token.get_secret_value() == "xoxb-1-abc"
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"  # slack_sdk joins method names onto it
    assert sorted(settings.secrets()) == ["MTIz.abc.def", "xapp-1-def", "xoxb-1-abc"]
    assert "xoxb-1-abc" not in repr(settings) and "MTIz" not in str(settings.model_dump())


def test_a_bad_variable_is_named_without_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NK_AID_DIGEST_CONCURRENCY", "lots-of-them")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("bad setting NK_AID_DIGEST_CONCURRENCY: ") and "lots-of-them" not in message
    assert "\n" not in message


def test_a_bad_value_in_the_file_names_the_file_and_key(config_dir: Path) -> None:
    path = write_settings(config_dir, "delivery_lease_s = 0\n")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == f"bad setting in {path}: delivery_lease_s: Input should be greater than or equal to 1"


def test_an_unknown_key_in_the_file_is_refused(config_dir: Path) -> None:
    path = write_settings(config_dir, "digest_sweep = 15\n")  # a typo of digest_sweep_s
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == f"bad setting in {path}: unknown key 'digest_sweep'"


@pytest.mark.parametrize("field", SECRET_FIELDS)
def test_secrets_in_the_file_are_refused_without_echoing_them(config_dir: Path, field: str) -> None:
    path = write_settings(config_dir, f'{field} = "xoxb-leaked-1234"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == f"bad setting in {path}: '{field}' is a secret; set {variable(field)} instead"


def test_invalid_toml_is_one_line(config_dir: Path) -> None:
    path = write_settings(config_dir, "database_url = \n")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{path}: invalid TOML (")


def test_a_config_dir_without_lexicon_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NK_AID_CONFIG_DIR", str(tmp_path))
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == f"bad setting NK_AID_CONFIG_DIR: {tmp_path} holds no lexicon.toml"


def test_the_bundled_settings_file_lists_every_setting_but_the_secrets_and_its_folder() -> None:
    lines = (DEFAULT_CONFIG_DIR / SETTINGS_FILE).read_text(encoding="utf-8").splitlines()
    listed = [m.group(1) for line in lines if (m := _LINE.match(line))]
    expected = [name for name in Settings.model_fields if name not in SECRET_FIELDS and name != "config_dir"]
    assert sorted(listed) == sorted(expected)
    assert Settings() == load_settings()  # as shipped (all commented out) it changes nothing


def test_the_bundled_settings_file_uncommented_gives_the_defaults(config_dir: Path) -> None:
    text = (DEFAULT_CONFIG_DIR / SETTINGS_FILE).read_text(encoding="utf-8")
    uncommented = "\n".join(line[2:] if _LINE.match(line) else line for line in text.splitlines())
    write_settings(config_dir, uncommented)
    from_file = load_settings()
    (config_dir / SETTINGS_FILE).unlink()
    # database_url has no value as its default (unset: the user data folder), so the file shows an example of it
    assert from_file.database_url == "sqlite:////var/lib/nk-aid/nk-aid.sqlite3"
    assert from_file.model_copy(update={"database_url": None}) == load_settings()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SLACK_APP_TOKEN": "xapp-1-abc"}, "bad setting SLACK_BOT_TOKEN: is not set"),
        ({"SLACK_SIGNING_SECRET": "0123456789abcdef"}, "bad setting SLACK_BOT_TOKEN: is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1-abc"}, "bad setting SLACK_APP_TOKEN: is not set"),
    ],
)
def test_a_half_configured_slack_adapter_is_named(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(expected + " (")
    assert not any(value in str(caught.value) for value in env.values())


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # A blank line in .env ('SLACK_SIGNING_SECRET=') must not become an empty secret that checks nothing.
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN", "NK_AID_CONFIG_DIR"):
        monkeypatch.setenv(name, "")
    settings = load_settings()
    assert settings.secrets() == [] and settings.config_dir == DEFAULT_CONFIG_DIR


def test_an_empty_signing_secret_is_never_accepted() -> None:
    from pydantic import SecretStr, ValidationError

    from bot.slack.settings import SlackSettings

    with pytest.raises(ValidationError):
        SlackSettings(bot_token=SecretStr("xoxb-1"), signing_secret=SecretStr(""))
    with pytest.raises(ValidationError):
        Settings(slack_bot_token="xoxb-1", slack_signing_secret="")


def test_a_variable_is_named_whatever_its_case(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_settings(config_dir, 'log_level = "INFO"\n')
    monkeypatch.setenv("nk_aid_log_level", "chatty")  # pydantic-settings reads names regardless of case
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == "bad setting NK_AID_LOG_LEVEL: 'chatty' is not DEBUG, INFO, WARNING or ERROR"


def test_the_file_of_a_config_dir_given_in_code_is_the_one_named(tmp_path: Path) -> None:
    shutil.copy(DEFAULT_CONFIG_DIR / "lexicon.toml", tmp_path / "lexicon.toml")
    path = write_settings(tmp_path, "fetch_retries = -1\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir=tmp_path)
    assert str(caught.value) == f"bad setting in {path}: fetch_retries: Input should be greater than or equal to 0"


@pytest.mark.parametrize("name", ["SLACK_API_URL", "DISCORD_API_URL", "DISCORD_GATEWAY_URL"])
def test_a_bad_url_is_refused_without_echoing_it(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "ftp://user:hunter2@proxy.example")  # a URL may carry credentials
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"bad setting {name}: is not an http(s)")
    assert "hunter2" not in str(caught.value)
