"""The list of live sources (config/sources.toml): validated entries with name, URL, poll interval and keywords."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.errors import ConfigError
from core.lexicon import compile_words
from core.phrases import normalise
from core.tomlfile import read_toml

MIN_INTERVAL_S = 60  # polling a feed more often than once a minute is impolite and never needed
_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: object) -> int:
    """Seconds from 900, "900s", "15m", "2h" or "1d"; ValueError otherwise or under a minute."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{value!r} is not an interval (use e.g. '15m', '2h' or seconds)")
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not an interval (use e.g. '15m', '2h' or seconds)")
    seconds = int(match[1]) * _SECONDS[match[2] or "s"]
    if seconds < MIN_INTERVAL_S:
        raise ValueError(f"{value!r} is under the {MIN_INTERVAL_S} s minimum")
    return seconds


class FeedSpec(BaseModel):
    """One live source: a feed (RSS/Atom) or a single page polled for changes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=120)
    url: str = Field(max_length=2048)
    every: int = Field(default=1800, description="poll interval in seconds ('30m' in the file)")
    keywords: tuple[str, ...] = Field(
        default=(), description="if set, a feed entry must mention one of these (title or summary) to be fetched"
    )

    @field_validator("name")
    @classmethod
    def _strip_name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("name must not be blank")
        return value.strip()

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^/\s]+", value.strip()):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value.strip()

    @field_validator("every", mode="before")
    @classmethod
    def _interval(cls, value: object) -> int:
        return parse_interval(value)

    @field_validator("keywords")
    @classmethod
    def _no_blank_keywords(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not word.strip() for word in value):
            raise ValueError("keywords must not be blank")
        return tuple(word.strip() for word in value)

    def matches(self, text: str) -> bool:
        """Whether `text` passes the keyword pre-filter (always, when the source has no keywords)."""
        return not self.keywords or bool(_keyword_re(self.keywords).search(normalise(text)))


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: list[FeedSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> SourcesFile:
        first_seen: dict[str, int] = {}
        for number, spec in enumerate(self.source, 1):
            for key, what in ((spec.name.lower(), f"named {spec.name!r}"), (spec.url, f"with the URL {spec.url!r}")):
                if key in first_seen:
                    raise ValueError(f"sources #{first_seen[key]} and #{number} are both {what}")
                first_seen[key] = number
        return self


@lru_cache(maxsize=256)
def _keyword_re(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return compile_words(keywords)


def load_feed_specs(path: Path) -> list[FeedSpec]:
    """The sources in `path` (none if the file is absent); ConfigError naming the file and the bad entry."""
    if not path.exists():
        return []
    raw = read_toml(path, "sources")
    try:
        return SourcesFile.model_validate(raw).source
    except ValidationError as err:
        first = err.errors()[0]
        loc = first["loc"]
        where = ".".join(str(part) for part in loc)
        if len(loc) >= 2 and loc[0] == "source" and isinstance(loc[1], int) and loc[1] < len(raw.get("source", [])):
            entry = raw["source"][loc[1]]
            name = str(entry.get("name") or "").strip() if isinstance(entry, dict) else ""
            where = f"source #{loc[1] + 1}" + (f" ({name!r})" if name else "") + "".join(f".{p}" for p in loc[2:])
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{path}: bad source entry {where}: {message}" if where else f"{path}: {message}") from None
