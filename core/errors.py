"""The exception tree of nk-aid; every message is one line that names the input.

NkAidError
├── ConfigError            a bad or missing setting or lexicon entry
├── StoreError             the store cannot be used at all (no connection, corrupt or locked database)
├── MissingExtraError      a command needs an optional part of nk-aid that is not installed (`nk-aid[chart]`)
└── InputError             an input that cannot become an article
    ├── EmptyInputError        nothing but whitespace
    ├── BinaryInputError       not text at all
    ├── InputTooLargeError     over the size cap
    ├── UnsupportedInputError  an extension or record shape we do not read
    ├── MalformedInputError    broken JSON / HTML / feed / encoding we could not repair
    ├── FetchError             a URL that could not be fetched (HTTP status, timeout, redirects, connection)
    └── NotStorableError       an article whose values the database refuses (a field too long, out of range)
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
