"""The exception tree of nk-aid, in one place; every message is one line that names the input.

NkAidError
├── ConfigError            a bad or missing setting, lexicon or sources.toml entry
├── StoreError             the store cannot be used at all (no connection, corrupt or locked database, no folder)
├── MissingExtraError      a command needs an optional part of nk-aid that is not installed (`nk-aid[chart]`)
├── CommandError           a chat command or CLI option the grammar cannot take (core/commands.py)
├── UnknownTopicError      a topic nk-aid does not know; carries the closest ones and the list
├── AddressRefusedError    a connection the fetch guard refused (private address); fetch turns it into FetchError
├── InputError             an input that cannot become an article
│   ├── EmptyInputError        nothing but whitespace
│   ├── BinaryInputError       not text at all
│   ├── InputTooLargeError     over the size cap
│   ├── UnsupportedInputError  an extension or record shape we do not read
│   ├── MalformedInputError    broken JSON / HTML / feed / encoding we could not repair
│   ├── FetchError             a URL that could not be fetched (HTTP status, timeout, redirects, connection)
│   └── NotStorableError       an article whose values the database refuses (a field too long, out of range)
└── DeliveryError          a chat post that did not go through (bot/delivery.py retries or gives up)
    ├── RateLimited            the platform said "slow down" (429): retry after `retry_after` seconds
    ├── TransientError         a timeout, a dropped connection or a 5xx: retry; the post may have gone through
    └── PermanentError         the channel is gone or the bot may not post there: never retried
"""

from __future__ import annotations


class NkAidError(Exception):
    """Base of every error nk-aid raises on purpose."""


class ConfigError(NkAidError):
    """A setting or lexicon entry is missing or invalid."""


class StoreError(NkAidError):
    """The store cannot be used; the message names the database and says why."""


class MissingExtraError(NkAidError):
    """A feature needs a package of one of nk-aid's extras; the message names the pip command that installs it."""


class CommandError(NkAidError):
    """A command the grammar cannot take; the message says what to type instead."""


class UnknownTopicError(NkAidError):
    """The topic is not one nk-aid knows; carries the closest topics and the list."""

    def __init__(self, topic: str, suggestions: list[str], known: list[str]) -> None:
        self.topic, self.suggestions, self.known = topic, suggestions, known
        hint = f"did you mean {' or '.join(suggestions)}? " if suggestions else ""
        super().__init__(f"unknown topic '{topic}': {hint}topics: {', '.join(known)}")


class AddressRefusedError(NkAidError):
    """A connection the guard refused; its message is the one-line reason (the fetcher adds the URL)."""


class InputError(NkAidError):
    """An input could not be turned into an article.

    Args:
        source: the file name, URL or record id the error is about.
        reason: one line saying what is wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:  # picklable across worker processes
        return type(self), (self.source, self.reason)


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured cap."""


class UnsupportedInputError(InputError):
    """The input's type or shape is not one nk-aid reads."""


class MalformedInputError(InputError):
    """The input is damaged beyond repair (bad JSON, undecodable bytes, ...)."""


class FetchError(InputError):
    """A URL could not be fetched: an HTTP error status, a timeout, too many redirects, no connection."""


class NotStorableError(InputError):
    """The database refused one article's values (too long for a column, out of its range): that article is not
    stored, the batch or poll goes on."""


class DeliveryError(NkAidError):
    """A post that did not go through; the message is the reason logged and kept in the ledger."""


class RateLimited(DeliveryError):
    """The platform said 'slow down' (HTTP 429): nothing was posted; retry after `retry_after` seconds."""

    def __init__(self, retry_after: float, reason: str = "rate limited") -> None:
        super().__init__(f"{reason} (retry after {retry_after:g} s)")
        self.retry_after = retry_after


class TransientError(DeliveryError):
    """A timeout, a dropped connection or a 5xx: worth retrying, and the post may have gone through."""


class PermanentError(DeliveryError):
    """The channel is gone or the bot may not post there: retrying cannot help."""
