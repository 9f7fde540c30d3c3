"""Runtime settings: one pydantic-settings class, read from NK_AID_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_DIR = REPO_ROOT / "config"
SAMPLE_CORPUS_DIR = REPO_ROOT / "data" / "sample"


class Settings(BaseSettings):
    """Everything a run can be told from outside; names are NK_AID_<FIELD>."""

    model_config = SettingsConfigDict(env_prefix="NK_AID_", extra="ignore")

    config_dir: Path = Field(default=DEFAULT_CONFIG_DIR, description="folder holding lexicon.toml")
    max_input_bytes: int = Field(default=5_000_000, gt=0, description="larger inputs are refused")
    database_url: str = Field(
        default="sqlite:///nk-aid.sqlite3",
        description="SQLAlchemy URL: sqlite:///PATH (default, in the current folder) or postgresql+psycopg://...",
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
    source_max_backoff_s: int = Field(default=86_400, gt=0, description="longest delay of a failing source")
    # Digests: a delivery claimed by a process that then dies is taken over after the lease; the sweep retries
    # failed and taken-over deliveries of the day.
    delivery_lease_s: int = Field(default=300, ge=1, description="how long a claimed digest delivery is held")
    digest_sweep_s: int = Field(default=60, ge=1, description="how often due, failed or abandoned digests are retried")
    source_check_s: int = Field(default=60, ge=1, description="how often `nk-aid run` looks for sources due a poll")
    digest_concurrency: int = Field(default=32, ge=1, description="digests posted at the same time")

    @field_validator("config_dir")
    @classmethod
    def _config_dir_exists(cls, value: Path) -> Path:
        if not (value / "lexicon.toml").is_file():
            raise ValueError(f"NK_AID_CONFIG_DIR={value} holds no lexicon.toml")
        return value

    @property
    def lexicon_path(self) -> Path:
        return self.config_dir / "lexicon.toml"

    @property
    def sources_path(self) -> Path:
        return self.config_dir / "sources.toml"


def load_settings() -> Settings:
    """Build the settings once at start-up; raises ConfigError naming the bad variable."""
    from pydantic import ValidationError

    from core.errors import ConfigError

    try:
        return Settings()
    except ValidationError as err:
        first = err.errors()[0]
        name = "NK_AID_" + "_".join(str(part) for part in first["loc"]).upper()
        raise ConfigError(f"bad setting {name}: {first['msg']}") from None
