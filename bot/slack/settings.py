"""What the Slack adapter needs, taken from the one `Settings` (core/settings.py), which validated it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from core.errors import ConfigError
from core.settings import Settings


class SlackSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    bot_token: SecretStr = Field(min_length=1)
    app_token: SecretStr | None = Field(default=None, min_length=1)  # Socket Mode
    signing_secret: SecretStr | None = Field(default=None, min_length=1)  # HTTP mode: an empty one would check nothing
    api_url: str | None = None  # Web API base URL ending in '/'; None: Slack's

    @classmethod
    def of(cls, settings: Settings) -> SlackSettings:
        if settings.slack_bot_token is None:
            raise ConfigError("bad setting SLACK_BOT_TOKEN: is not set")
        return cls(
            bot_token=settings.slack_bot_token,
            app_token=settings.slack_app_token,
            signing_secret=settings.slack_signing_secret,
            api_url=settings.slack_api_url,
        )
