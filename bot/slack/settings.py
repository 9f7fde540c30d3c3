"""Slack settings from the environment (the names Slack's own tools use); secrets stay SecretStr, never printed."""

from __future__ import annotations

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigError


class SlackSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SLACK_", extra="ignore")

    bot_token: SecretStr = Field(description="xoxb-... bot token for the Web API")
    app_token: SecretStr | None = Field(default=None, description="xapp-... app-level token (Socket Mode)")
    signing_secret: SecretStr | None = Field(default=None, description="verifies HTTP requests from Slack")
    api_url: str | None = Field(default=None, description="Web API base URL (proxies, tests); default Slack's")

    @field_validator("bot_token")
    @classmethod
    def _bot_token(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().startswith("xoxb-"):
            raise ValueError("must be a bot token (xoxb-...)")
        return value

    @field_validator("app_token")
    @classmethod
    def _app_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError("must be an app-level token (xapp-...)")
        return value

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value.endswith("/") else value + "/"  # slack_sdk joins method names with urljoin


def load_slack_settings() -> SlackSettings:
    """The settings, or ConfigError naming the first bad or missing variable (never its value)."""
    try:
        return SlackSettings()  # type: ignore[call-arg]  # bot_token comes from the environment
    except ValidationError as err:
        first = err.errors()[0]
        name = "SLACK_" + "_".join(str(part) for part in first["loc"]).upper()
        problem = "is not set" if first["type"] == "missing" else first["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{name} {problem}") from None
