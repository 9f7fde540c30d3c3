"""The composition root: settings in, the wired parts of one process out (lexicon, store, desk, feeds, fetcher).

The CLI, `nk-aid run`, the tests and the benches all start here; nothing else builds a store or a desk. Parts are
built on first use, so a command that only extracts never imports SQLAlchemy (start-up time, issue 16)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from core.settings import Settings

if TYPE_CHECKING:
    from core.desk import Desk
    from core.feeds.fetch import Fetcher
    from core.lexicon import Lexicon
    from core.store import SqlStore
    from core.store.feeds import FeedStore


class Runtime:
    """One process's parts. `fetcher` is None unless one was given: pollers then open an HttpFetcher per run."""

    def __init__(self, settings: Settings, store: SqlStore | None, fetcher: Fetcher | None) -> None:
        self.settings = settings
        self.fetcher = fetcher
        self._store = store

    @cached_property
    def owner(self) -> str:
        """The lease owner id of this process. Made on first use: importing core.store costs `nk-aid extract`,
        which never opens a store, a fifth of a second of start-up (SQLAlchemy)."""
        from core.store.leases import owner_id

        return owner_id()

    @cached_property
    def lexicon(self) -> Lexicon:
        if self._store is not None:
            return self._store.lexicon
        from core.lexicon import load_lexicon

        return load_lexicon(self.settings.lexicon_path)

    @property
    def store(self) -> SqlStore:
        """The store, opened (and migrated) on first use; StoreError (one line) if it cannot be used."""
        if self._store is None:
            from core.store import SqlStore, open_engine

            url = self.settings.store_url
            engine = open_engine(url, create_folder=self.settings.database_url is None)
            self._store = SqlStore(engine, self.lexicon)
        return self._store

    @cached_property
    def desk(self) -> Desk:
        from core.desk import Desk

        return Desk(self.store, self.lexicon)

    @cached_property
    def feeds(self) -> FeedStore:
        from core.store.feeds import FeedStore

        return FeedStore(self.store.engine)

    def close(self) -> None:
        """Release the store's connections (the engine's pool)."""
        if self._store is not None:
            self._store.engine.dispose()


def build_runtime(settings: Settings, *, store: SqlStore | None = None, fetcher: Fetcher | None = None) -> Runtime:
    """Wire one process from its settings. Tests pass a `store` over a temporary file and a fake `fetcher`."""
    return Runtime(settings, store, fetcher)
