"""The `/nk-aid` command grammar, shared by every chat adapter: text in, a validated `Command` out.

/nk-aid <topic> [since] [share]      e.g. "artillery", "rocket launchers 2025-01-01", "troops 7d share"
/nk-aid help | digest [since] | chart <topic>
/nk-aid subscribe HH:MM [timezone] [topics...] [alerts] | unsubscribe | subscriptions
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel

from core.compose.topics import resolve_topic
from core.errors import CommandError, UnknownTopicError
from core.lexicon import Lexicon


class Action(StrEnum):
    BRIEF = "brief"
    HELP = "help"
    DIGEST = "digest"
    CHART = "chart"
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    SUBSCRIPTIONS = "subscriptions"


class Command(BaseModel):
    action: Action
    topic: str | None = None  # canonical topic name (brief, chart)
    since: datetime | None = None  # aware UTC (brief: what is new since; digest: the period's start)
    share: bool = False  # answer in the channel instead of only to the asker
    at: str | None = None  # subscribe: HH:MM local time
    timezone: str | None = None  # subscribe: IANA zone name
    topics: list[str] = []  # subscribe: canonical topic names
    alerts: bool = False  # subscribe: also post a change of a headline estimate at once


DEFAULT_DIGEST_WINDOW = timedelta(hours=24)
_RELATIVE = re.compile(r"^(\d{1,4})([hdw])$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}

USAGE = (
    "/nk-aid <topic> [since] [share] | help | digest [since] | chart <topic> | "
    "subscribe HH:MM [timezone] [topics] [alerts] | unsubscribe | subscriptions"
)


def parse_command(text: str, lexicon: Lexicon, now: datetime | None = None) -> Command:
    """Parse what a user typed after the command name; CommandError or UnknownTopicError (one line) if it is wrong."""
    now = now or datetime.now(UTC)
    words = text.replace(",", " ").split()
    head = words[0].lower() if words else "help"
    rest = words[1:]
    if head in ("help", "-h", "--help", "?"):
        return Command(action=Action.HELP)
    if head in ("unsubscribe", "subscriptions"):
        if rest:
            raise CommandError(f"'{head}' takes no arguments (it acts on the current channel)")
        return Command(action=Action(head))
    if head == "digest":
        if len(rest) > 1:
            raise CommandError("digest takes at most one period, e.g. '/nk-aid digest 7d'")
        since = _since(rest, now, required=True)
        return Command(action=Action.DIGEST, since=since or now - DEFAULT_DIGEST_WINDOW)
    if head == "chart":
        if not rest:
            raise CommandError("chart needs a topic, e.g. '/nk-aid chart artillery'")
        return Command(action=Action.CHART, topic=resolve_topic(" ".join(rest), lexicon).name)
    if head == "subscribe":
        return _subscribe(rest, lexicon)
    share = any(w.lower() == "share" for w in words)
    words = [w for w in words if w.lower() != "share"]
    since = None
    if len(words) > 1 and (parsed := _since(words[-1:], now, required=False)) is not None:
        since, words = parsed, words[:-1]
        if words[-1].lower() == "since":
            words = words[:-1]
    return Command(action=Action.BRIEF, topic=resolve_topic(" ".join(words), lexicon).name, since=since, share=share)


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """'24h', '7d', '2w' or 'YYYY-MM-DD' as an aware UTC moment; CommandError otherwise."""
    parsed = _since([text], now or datetime.now(UTC), required=True)
    assert parsed is not None  # required=True raises instead
    return parsed


def parse_clock(text: str) -> str:
    """'7:30' or '07:30' as 'HH:MM'; CommandError otherwise."""
    match = _CLOCK.match(text)
    if not match:
        raise CommandError(f"'{text}' is not a time of day (HH:MM, 24-hour, e.g. 08:00)")
    return f"{int(match[1]):02d}:{match[2]}"


def parse_timezone(text: str) -> str:
    """An IANA time zone name ('Europe/Kyiv', 'Asia/Seoul', 'UTC'); CommandError otherwise."""
    name = "UTC" if text.upper() in ("UTC", "GMT", "Z") else text
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"'{text}' is not a time zone (use an IANA name such as Asia/Seoul or UTC)") from None
    return name


def _since(words: list[str], now: datetime, required: bool) -> datetime | None:
    if not words:
        return None
    text = words[0].lower()
    if match := _RELATIVE.match(text):
        return now - int(match[1]) * _UNITS[match[2]]
    try:
        return datetime.combine(date.fromisoformat(text), time.min, tzinfo=UTC)
    except ValueError:
        if required or len(words) > 1:
            raise CommandError(f"'{words[0]}' is not a period (24h, 7d, 2w or YYYY-MM-DD)") from None
        return None


def _subscribe(words: list[str], lexicon: Lexicon) -> Command:
    if not words:
        raise CommandError("subscribe needs a time, e.g. '/nk-aid subscribe 08:00 Asia/Seoul artillery troops'")
    at = parse_clock(words[0])
    alerts = any(w.lower() == "alerts" for w in words[1:])
    rest = [w for w in words[1:] if w.lower() != "alerts"]
    zone = "UTC"
    if rest and ("/" in rest[0] or rest[0].upper() in ("UTC", "GMT", "Z")):
        zone, rest = parse_timezone(rest[0]), rest[1:]
    return Command(action=Action.SUBSCRIBE, at=at, timezone=zone, topics=_topics(rest, lexicon), alerts=alerts)


def _topics(words: list[str], lexicon: Lexicon) -> list[str]:
    """Topic names from words, taking two-word topics ('rocket launchers') before single words."""
    topics: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        try:
            name, i = resolve_topic(pair, lexicon).name, i + 2
        except UnknownTopicError:
            name, i = resolve_topic(words[i], lexicon).name, i + 1
        if name not in topics:
            topics.append(name)
    return topics or ["all"]
