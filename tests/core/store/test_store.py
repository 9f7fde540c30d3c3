"""The store on SQLite and PostgreSQL: idempotent ingest, findings that merge echoes, briefings built from them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.compose.briefing import build_briefing
from core.compose.digest import build_digest
from core.compose.render import conflict_text
from core.compose.topics import resolve_topic
from core.extract import default_lexicon, extract_claims
from core.models import Article, Status
from core.service import RunSummary, ingest_paths
from core.store import SqlStore
from core.store.schema import metadata
from tests.conftest import SAMPLE

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _store_article(
    store: SqlStore, ident: str, text: str, url: str | None = None, published: date | None = None, at: datetime = NOW
) -> int:
    article = Article(id=ident, text=text, url=url, published=published, language="en")
    return store.add_article(article, extract_claims(article), at).claims


def test_schema_matches_the_migrations(store: SqlStore) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_ingesting_the_sample_twice_adds_nothing(store: SqlStore) -> None:
    first, second = RunSummary(), RunSummary()
    ingest_paths([SAMPLE], store.lexicon, store, 5_000_000, first)
    counts = store.counts()
    ingest_paths([SAMPLE], store.lexicon, store, 5_000_000, second)
    assert first.new == 17 and first.duplicates == 0 and len(first.skipped) == 3
    assert second.new == 0 and second.duplicates == 17
    assert store.counts() == counts and counts["claims"] > 40


def test_a_republished_copy_and_a_tracking_url_are_duplicates(store: SqlStore) -> None:
    text = "North Korea has sent about 3,000 more troops to Russia, South Korea's Joint Chiefs of Staff said."
    assert _store_article(store, "a", text, "https://news.example/story?id=7&utm_source=x") == 1
    again = Article(id="b", text=text.upper().replace(" ", "  "), language="en")
    tracked = Article(
        id="c", text="Different wording, same page.", url="https://www.news.example/story/?id=7#top", language="en"
    )
    assert not store.add_article(again, [], NOW).new
    assert not store.add_article(tracked, [], NOW).new
    assert store.counts()["articles"] == 1


def test_echoes_are_not_corroboration(store: SqlStore) -> None:
    briefing_rewrites = [
        "Seoul's defence ministry said North Korea has provided Russia with some 200 long-range artillery pieces.",
        "North Korea handed Russia about 200 long-range artillery pieces, according to South Korea's defence ministry.",
        "South Korea's defence ministry says Pyongyang gave Moscow 200 long-range artillery pieces.",
    ]
    for i, text in enumerate(briefing_rewrites):
        _store_article(store, f"echo{i}", text, f"https://outlet{i}.example/a", date(2025, 2, 11))
    _store_article(
        store,
        "nis",
        "The NIS told lawmakers that North Korea had sent Russia some 200 long-range artillery pieces.",
        "https://other.example/nis",
        date(2025, 2, 12),
    )
    (finding,) = [h for h in build_briefing(store, resolve_topic("artillery", store.lexicon)).headlines]
    assert (finding.value, finding.reports, finding.outlets) == (200, 4, 4)
    assert finding.authorities == ["South Korea Ministry of National Defense", "South Korea NIS"]


def test_briefing_history_additions_plans_and_conflicts(store: SqlStore) -> None:
    lexicon = default_lexicon()
    _store_article(
        store,
        "nov",
        "South Korea's national security adviser said North Korea had sent Russia more "
        "than 160 long-range artillery pieces.",
        "https://a.example/1",
        date(2024, 11, 20),
    )
    _store_article(
        store,
        "feb",
        "North Korea has sent Russia about 200 long-range artillery pieces, South Korea's defence ministry said.",
        "https://b.example/2",
        date(2025, 2, 11),
    )
    _store_article(
        store,
        "add",
        "North Korea sent about 3,000 additional troops to Russia in January and February, "
        "South Korea's Joint Chiefs of Staff said.",
        "https://c.example/3",
        date(2025, 3, 27),
    )
    _store_article(
        store,
        "base",
        "North Korea has deployed around 11,000 troops to Russia, the NIS said.",
        "https://d.example/4",
        date(2025, 3, 5),
    )
    _store_article(
        store,
        "plan",
        "Ukraine's military intelligence said North Korea is expected to send 150 KN-23 missiles to Russia this year.",
        "https://e.example/5",
        date(2025, 1, 23),
    )
    _store_article(
        store,
        "hi",
        "Ukraine's military intelligence said North Korea has deployed 15,000 troops to Russia.",
        "https://f.example/6",
        date(2025, 3, 1),
    )

    artillery = build_briefing(store, resolve_topic("guns", lexicon), now=NOW)
    (series,) = artillery.history
    assert [(p.value, p.hedge.value if p.hedge else None) for p in series.points] == [
        (160, "more_than"),
        (200, "approx"),
    ]
    assert artillery.headlines[0].value == 200
    assert artillery.headlines[0].source == "South Korea Ministry of National Defense"
    assert "about 200" in artillery.headlines[0].quote

    troops = build_briefing(store, resolve_topic("troops", lexicon), since=date(2025, 3, 4), now=NOW)
    assert [(a.value, a.incremental) for a in troops.additions] == [(3000, True)]
    assert 3000 not in [h.value for h in troops.headlines]  # additions are never folded into totals
    (conflict,) = troops.conflicts  # a lower total four days after a higher one, from another authority
    assert {conflict.a.value, conflict.b.value} == {11000, 15000} and conflict.kind == "disjoint"
    assert conflict_text(conflict) == (  # data in the briefing, worded at render time
        "15,000 troops (Ukraine HUR, 1 Mar 2025) vs about 11,000 troops (South Korea NIS, 5 Mar 2025)"
    )
    assert sorted(e.value for e in troops.new if e.value) == [3000, 11000]

    missiles = build_briefing(store, resolve_topic("missiles", lexicon), now=NOW)
    assert [(p.value, p.status) for p in missiles.planned] == [(150, Status.PLANNED)]
    assert missiles.headlines == []


def test_digest_reports_what_was_ingested_in_the_period(store: SqlStore) -> None:
    earlier = datetime(2026, 11, 1, tzinfo=UTC)
    _store_article(
        store,
        "old",
        "North Korea has deployed around 11,000 troops to Russia, the NIS said.",
        "https://a.example/1",
        date(2025, 1, 10),
        at=earlier,
    )
    assert build_digest(store, datetime(2026, 11, 20, tzinfo=UTC), now=NOW).empty
    _store_article(
        store,
        "new",
        "North Korea has deployed some 14,000 troops to Russia, the NIS said.",
        "https://a.example/2",
        date(2025, 4, 30),
    )
    digest = build_digest(store, datetime(2026, 11, 20, tzinfo=UTC), now=NOW)
    assert [e.value for e in digest.new] == [14000]
    assert [(r.before.value, r.after.value) for r in digest.revisions] == [(11000, 14000)]


def test_store_file_lands_where_the_url_says(tmp_path: Path) -> None:
    from core.store import open_engine

    (tmp_path / "deep" / "dir").mkdir(parents=True)
    url = f"sqlite:///{tmp_path / 'deep' / 'dir' / 'nk.sqlite3'}"
    open_engine(url).dispose()
    assert (tmp_path / "deep" / "dir" / "nk.sqlite3").is_file()


def test_a_sqlite_path_in_a_missing_folder_is_an_error_not_a_new_folder(tmp_path: Path) -> None:
    from core.errors import StoreError
    from core.store import open_engine

    folder = tmp_path / "no" / "such"
    url = f"sqlite:///{folder / 'nk.sqlite3'}"
    with pytest.raises(StoreError) as raised:
        open_engine(url)
    assert str(raised.value) == f"{url}: the folder {folder} does not exist (create it, or set NK_AID_DATABASE_URL)"
    assert not (tmp_path / "no").exists()


def test_a_briefing_sees_what_was_stored_after_the_last_one(store: SqlStore) -> None:
    troops = resolve_topic("troops", store.lexicon)
    text = "North Korea has deployed around 11,000 troops to Russia, the NIS said."
    _store_article(store, "old", text, "https://a.example/1", date(2025, 1, 10))
    assert [h.value for h in build_briefing(store, troops, now=NOW).headlines] == [11000]
    assert build_briefing(store, troops, now=NOW).headlines[0].value == 11000  # laid out once, reused
    _store_article(store, "new", text.replace("11,000", "14,000"), "https://a.example/2", date(2025, 4, 30))
    assert [h.value for h in build_briefing(store, troops, now=NOW).headlines] == [14000]


def test_desk_refresh_reconciles_what_was_just_stored(store: SqlStore) -> None:
    from core.runtime import build_runtime
    from core.settings import Settings

    desk = build_runtime(Settings(), store=store).desk
    assert desk.refresh() == 0
    _store_article(store, "a", "North Korea has sent 3,000 more troops to Russia, the NIS said.", "https://a.example/1")
    assert desk.refresh() == 1  # what `nk-aid run` does after a poll that stored something
    assert [a.value for a in desk.briefing("troops").additions] == [3000]
