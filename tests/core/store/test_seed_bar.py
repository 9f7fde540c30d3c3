"""The issue's bar on the team's seed articles (../shared/corpus; skipped where it is absent, as in a user's clone)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.compose.briefing import build_briefing
from core.compose.render import quote_of
from core.compose.topics import resolve_topic
from core.models import Briefing
from core.runtime import build_runtime
from core.service import RunSummary, ingest_paths
from core.settings import Settings
from core.store import SqlStore
from tests.conftest import SHARED_CORPUS

pytestmark = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not beside this clone")
NOW = datetime(2026, 11, 21, tzinfo=UTC)


def _brief(store: SqlStore, topic: str) -> Briefing:
    return build_briefing(store, resolve_topic(topic, store.lexicon), now=NOW)


def _check_seed_bar(store: SqlStore) -> None:
    artillery = _brief(store, "artillery")
    (guns,) = [h for h in artillery.headlines if h.value == 200]
    assert guns.reports >= 4 and guns.origin == "South Korea Ministry of National Defense"  # relayed or not
    assert guns.authorities == ["South Korea Ministry of National Defense"]  # 'Seoul' is not a second authority
    assert guns.hedge in {h.hedge for h in guns.hedges} and len(guns.hedges) == 3  # 200, about 200, more than 200
    assert guns.quote[slice(*(guns.figure_span or (0, 0)))] == "200"
    (history,) = [s for s in artillery.history if s.headline.value == 200]
    assert (160, "more_than") in [(p.value, p.hedge.value if p.hedge else None) for p in history.points]
    (mrl,) = [h for h in artillery.headlines if h.category.value == "rocket_launchers" and h.value == 220]
    assert mrl.origin == "South Korea JCS" and mrl.hedge is not None and mrl.hedge.value == "approx"
    assert "220" in quote_of(mrl)  # the figure is inside the shown part of a long sentence

    troops = _brief(store, "troops")
    shown = {h.value for h in troops.headlines} | {p.value for s in troops.history for p in s.points}
    assert 11000 in shown  # the headline once later figures arrive, in the history after that
    (addition,) = [a for a in troops.additions if a.value == 3000]
    assert "South Korea JCS" in addition.authorities and 3000 not in {h.value for h in troops.headlines}

    casualties = {(h.subtype, h.value) for s in _brief(store, "casualties").history for h in s.points}
    casualties |= {(h.subtype, h.value) for h in _brief(store, "casualties").headlines}
    assert {("killed", 300), ("wounded", 2700), ("killed_or_wounded", 4000)} <= casualties


def test_seed_bar_holds_and_dev_changes_nothing_that_was_right(tmp_path: Path) -> None:
    store = build_runtime(Settings(database_url=f"sqlite:///{tmp_path / 'bar.sqlite3'}")).store
    ingest_paths([SHARED_CORPUS / "seeds"], store.lexicon, store, 5_000_000, RunSummary())
    _check_seed_bar(store)
    (troops,) = [h for h in _brief(store, "troops").headlines if h.series == "troops"]
    assert (troops.value, troops.hedge and troops.hedge.value) == (11000, "approx")  # as four of five reports say
    (guns,) = [h for h in _brief(store, "artillery").headlines if h.value == 200]
    assert guns.reports == 4
    (addition,) = [a for a in _brief(store, "troops").additions if a.value == 3000]
    assert addition.hedge is not None and addition.hedge.value == "approx"
    killed_or_wounded = {(h.value, h.hedge and h.hedge.value) for h in _brief(store, "casualties").headlines}
    assert (4000, "approx") in killed_or_wounded
    ingest_paths([SHARED_CORPUS / "dev"], store.lexicon, store, 5_000_000, RunSummary())
    _check_seed_bar(store)
