"""Runtime settings: one pydantic-settings class for the whole process, validated once at start.

Every setting is read, highest priority first, from keyword arguments (tests), the environment
(`NK_AID_<FIELD>`; the chat tokens keep the names their platforms' own tools use: `SLACK_BOT_TOKEN`, ...),
then `nk-aid.toml` in the configuration folder (`<field> = value`), then the default. Secrets are accepted
from the environment only, never from a file that might be committed. `load_settings` turns the first bad or
missing setting into one line naming it (the variable, or the file and key), never showing a token or a URL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from core.errors import ConfigError
from core.tomlfile import read_toml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_DIR = REPO_ROOT / "config"
SAMPLE_CORPUS_DIR = REPO_ROOT / "data" / "sample"
SETTINGS_FILE = "nk-aid.toml"
ENV_PREFIX = "NK_AID_"
APP_NAME = "nk-aid"
STORE_FILE = "nk-aid.sqlite3"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"  # slack_sdk's own default
DEFAULT_DISCORD_API_URL = "https://discord.com/api/v10"
DEFAULT_DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"
_TOKEN_PREFIXES = {"slack_bot_token": ("xoxb-", "a bot token"), "slack_app_token": ("xapp-", "an app-level token")}
_PLACEHOLDERS = frozenset({"changeme", "xxx", "token"})  # and anything holding "your-"


class Settings(BaseSettings):
    """Everything a run can be told from outside. `variable(field)` gives a field's environment name."""

    # An empty variable (a blank line in .env) means "not set", never an empty secret or folder.
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, extra="ignore", populate_by_name=True, env_ignore_empty=True
    )

    config_dir: Path = Field(default=DEFAULT_CONFIG_DIR, description="folder holding lexicon.toml")
    max_input_bytes: int = Field(default=5_000_000, gt=0, description="larger inputs are refused")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL: sqlite:///PATH or postgresql+psycopg://...; unset: nk-aid.sqlite3 in the "
        "platform's user data folder (see store_url)",
    )
    log_level: str = Field(
        default="INFO", description="log level of nk-aid run and serve (DEBUG, INFO, WARNING, ERROR)"
    )
    # Live sources (config/sources.toml): how politely and how patiently to fetch.
    user_agent: str = Field(
        default="nk-aid/0.1 (news briefing bot; polls public RSS/Atom feeds)",
        min_length=8,
        description="sent with every request; say who you are",
    )
    fetch_timeout_s: float = Field(default=15.0, gt=0, description="connect/read timeout of one request")
    fetch_retries: int = Field(default=2, ge=0, description="retries after a timeout, connection error or 5xx")
    fetch_backoff_s: float = Field(default=1.0, ge=0, description="first retry delay; doubles per retry, jittered")
    fetch_per_host: int = Field(default=2, ge=1, description="concurrent requests to one host")
    fetch_max_redirects: int = Field(default=5, ge=0)
    fetch_allow_hosts: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="hosts (names or addresses, comma-separated) fetched even though they resolve to a private, "
        "loopback, link-local or reserved address; every other such address is refused",
    )
    fetch_deadline_s: float = Field(
        default=60.0, gt=0, description="longest one request may take in all, body included (slow drip cut off)"
    )
    poll_deadline_s: float = Field(
        default=300.0, gt=0, le=540, description="longest one source's poll may take, its items included"
    )
    feed_max_items: int = Field(default=50, ge=1, description="items of one feed looked at per poll (the first)")
    source_max_backoff_s: int = Field(default=86_400, gt=0, description="longest delay of a failing source")
    # Digests: a delivery claimed by a process that then dies is taken over after the lease; the sweep retries
    # failed and taken-over deliveries of the day.
    delivery_lease_s: int = Field(default=300, ge=1, description="how long a claimed digest delivery is held")
    digest_sweep_s: int = Field(default=60, ge=1, description="how often due, failed or abandoned digests are retried")
    source_check_s: int = Field(default=60, ge=1, description="how often `nk-aid run` looks for sources due a poll")
    digest_concurrency: int = Field(default=32, ge=1, description="digests posted at the same time")
    # Chat adapters (bot/): an adapter starts when its token is set. Secrets: environment only.
    slack_bot_token: SecretStr | None = Field(
        default=None, min_length=1, validation_alias=AliasChoices("SLACK_BOT_TOKEN")
    )
    slack_app_token: SecretStr | None = Field(
        default=None, min_length=1, validation_alias=AliasChoices("SLACK_APP_TOKEN")
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None, min_length=1, validation_alias=AliasChoices("SLACK_SIGNING_SECRET")
    )
    slack_api_url: str = Field(default=DEFAULT_SLACK_API_URL, validation_alias=AliasChoices("SLACK_API_URL"))
    discord_token: SecretStr | None = Field(default=None, min_length=1, validation_alias=AliasChoices("DISCORD_TOKEN"))
    discord_api_url: str = Field(default=DEFAULT_DISCORD_API_URL, validation_alias=AliasChoices("DISCORD_API_URL"))
    discord_gateway_url: str = Field(
        default=DEFAULT_DISCORD_GATEWAY_URL, validation_alias=AliasChoices("DISCORD_GATEWAY_URL")
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        overrides = getattr(init_settings, "init_kwargs", {})
        return init_settings, env_settings, SettingsFile(settings_cls, settings_file(overrides))

    @field_validator("config_dir")
    @classmethod
    def _config_dir_exists(cls, value: Path) -> Path:
        if not (value / "lexicon.toml").is_file():
            raise ValueError(f"{value} holds no lexicon.toml")
        return value

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _host_list(cls, value: object) -> object:
        """'feeds.internal, 10.0.0.5' from the environment; a list in nk-aid.toml. Names compare lower-cased."""
        items = value.split(",") if isinstance(value, str) else value
        if isinstance(items, (list, tuple)):
            return tuple(str(item).strip().lower().strip("[]") for item in items if str(item).strip())
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError(f"'{value}' is not DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @field_validator("slack_bot_token", "slack_app_token", "slack_signing_secret", "discord_token")
    @classmethod
    def _real_secret(cls, value: SecretStr | None) -> SecretStr | None:
        """No placeholder left from config/example.env ('xoxb-your-bot-token'), and no stray blanks."""
        if value is None:
            return None
        secret = value.get_secret_value().strip()
        if not secret or secret.lower() in _PLACEHOLDERS or "your-" in secret.lower():
            raise ValueError("is empty or a placeholder")
        return SecretStr(secret)

    @field_validator(*_TOKEN_PREFIXES)
    @classmethod
    def _token_kind(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        prefix, kind = _TOKEN_PREFIXES[info.field_name or ""]
        if value is not None and not value.get_secret_value().startswith(prefix):
            raise ValueError(f"must be {kind} ({prefix}...)")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _slack_api_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("is not an http(s) URL")  # the value is not echoed: a URL may hold credentials
        return value if value.endswith("/") else value + "/"  # slack_sdk joins method names with urljoin

    @field_validator("discord_api_url", "discord_gateway_url")
    @classmethod
    def _discord_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://", "wss://", "ws://")):
            raise ValueError("is not an http(s) or ws(s) URL")
        return value.rstrip("/") if value.startswith("http") else value

    @property
    def store_url(self) -> str:
        """The store's URL: NK_AID_DATABASE_URL when set, else a SQLite file in the platform's user data folder
        (the same store wherever the command is run from)."""
        if self.database_url is not None:
            return self.database_url
        return f"sqlite:///{default_store_path()}"

    @property
    def lexicon_path(self) -> Path:
        return self.config_dir / "lexicon.toml"

    @property
    def sources_path(self) -> Path:
        return self.config_dir / "sources.toml"

    def secrets(self) -> list[str]:
        """The secret values that are set, for log redaction."""
        return [value.get_secret_value() for name in SECRET_FIELDS if (value := getattr(self, name)) is not None]


def default_store_path() -> Path:
    """nk-aid.sqlite3 in the platform's user data folder (~/.local/share/nk-aid on Linux, or $XDG_DATA_HOME/nk-aid)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / STORE_FILE


def variable(field_name: str) -> str:
    """The environment variable of a field: its own name for the chat tokens, else NK_AID_<FIELD>."""
    alias = Settings.model_fields[field_name].validation_alias
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return f"{ENV_PREFIX}{field_name}".upper()


def _is_secret(field: FieldInfo) -> bool:
    return "SecretStr" in repr(field.annotation)


SECRET_FIELDS = tuple(name for name, field in Settings.model_fields.items() if _is_secret(field))


def settings_file(overrides: Mapping[str, Any] | None = None) -> Path:
    """nk-aid.toml in the configuration folder named by the keyword arguments or NK_AID_CONFIG_DIR."""
    folder = (overrides or {}).get("config_dir") or _environment(variable("config_dir")) or DEFAULT_CONFIG_DIR
    return Path(folder) / SETTINGS_FILE


def _environment(name: str) -> str | None:
    """A variable's non-empty value, its name matched regardless of case (as pydantic-settings reads them)."""
    return next((value for key, value in os.environ.items() if key.upper() == name and value), None)


class SettingsFile(PydanticBaseSettingsSource):
    """`<field> = value` lines of nk-aid.toml (optional). Unknown keys and secrets are refused, with the file
    and key named: a typo should not pass silently, and a token in a file is a token in git."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path) -> None:
        super().__init__(settings_cls)
        self.path = path
        self.values = read_settings_file(path)
        fields = settings_cls.model_fields
        for key in self.values:
            if key not in fields:
                raise ConfigError(f"bad setting in {path}: unknown key '{key}'")
            if _is_secret(fields[key]):
                raise ConfigError(f"bad setting in {path}: '{key}' is a secret; set {variable(key)} instead")
            if key == "config_dir":
                raise ConfigError(f"bad setting in {path}: 'config_dir' cannot be set here; set NK_AID_CONFIG_DIR")

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.values)


def read_settings_file(path: Path) -> dict[str, Any]:
    """The file's settings, or none when there is no file; ConfigError when it cannot be read."""
    try:
        if not path.is_file():
            return {}
    except OSError as err:
        raise ConfigError(f"{path}: cannot read settings ({err.strerror})") from None
    return read_toml(path, "settings")


def load_settings(**overrides: Any) -> Settings:
    """Build the settings once at start-up; ConfigError names the first bad setting (see the module's doc)."""
    try:
        settings = Settings(**overrides)
    except ValidationError as err:
        first = err.errors()[0]
        raise ConfigError(_describe(first["loc"], first["type"], first["msg"], overrides)) from None
    _check_slack(settings)
    return settings


def _check_slack(settings: Settings) -> None:
    """The Slack adapter needs its bot token and a way to hear commands: Socket Mode or HTTP."""
    if settings.slack_bot_token is None:
        if settings.slack_app_token is not None or settings.slack_signing_secret is not None:
            raise ConfigError("bad setting SLACK_BOT_TOKEN: is not set (the Slack adapter needs it with the others)")
    elif settings.slack_app_token is None and settings.slack_signing_secret is None:
        raise ConfigError(
            "bad setting SLACK_APP_TOKEN: is not set (set it for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode)"
        )


def _describe(loc: tuple[int | str, ...], kind: str, message: str, overrides: dict[str, Any]) -> str:
    key = str(loc[0]) if loc else ""
    field_name = next(
        (name for name in Settings.model_fields if name == key or variable(name) == key),
        key,
    )
    problem = "is not set" if kind == "missing" else message.removeprefix("Value error, ")
    if field_name not in Settings.model_fields:
        return f"bad setting {key}: {problem}"
    name = variable(field_name)
    if field_name not in overrides and _environment(name) is None:
        path = settings_file(overrides)
        if field_name in read_settings_file(path):
            return f"bad setting in {path}: {field_name}: {problem}"
    return f"bad setting {name}: {problem}"
