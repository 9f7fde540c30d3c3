"""Alert keys (core.compose.alerts): a key changes exactly when what a headline or conflict says changes, and each
alert says what changed as data (a new figure, a revision with its earlier figure, a conflict)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.compose.alerts import KEY_PREFIX, Alert, alerts_of
from core.models import Briefing, Category, Conflict, Direction, Estimate, Qualifier, Series, Status

NOW = datetime(2026, 12, 4, tzinfo=UTC)


def estimate(value: int, hedge: Qualifier | None = None, day: int = 1, source: str = "South Korea NIS") -> Estimate:
    return Estimate(series="troops", category=Category.TROOPS, subtype="troops", value=value, hedge=hedge,
                    status=Status.REPORTED, incremental=False, direction=Direction.NK_TO_RU,
                    reported_on=date(2025, 3, day), as_of=date(2025, 3, day), source=source, authorities=[source],
                    reports=1, outlets=1, quote=f"{value} troops")  # fmt: skip


def briefing(*points: Estimate, conflicts: list[Conflict] | None = None) -> Briefing:
    headline = points[-1]
    history = [Series(name="troops", category=Category.TROOPS, points=list(points), headline=headline)]
    return Briefing(topic="troops", categories=[Category.TROOPS], generated_at=NOW, headlines=[headline],
                    additions=[], planned=[], history=history if len(points) > 1 else [],
                    conflicts=conflicts or [])  # fmt: skip


def keys(alerts: list[Alert]) -> set[str]:
    return {a.key for a in alerts}


CASES = {
    "same picture, same key": (briefing(estimate(11000)), briefing(estimate(11000)), False),
    "new figure": (briefing(estimate(11000)), briefing(estimate(11000), estimate(15000, day=5)), True),
    "revised hedge": (briefing(estimate(11000)), briefing(estimate(11000, Qualifier.MORE_THAN)), True),
    "another report date only": (briefing(estimate(11000)), briefing(estimate(11000, day=2)), False),
}


@pytest.mark.parametrize(("before", "after", "changed"), CASES.values(), ids=CASES.keys())
def test_a_key_changes_exactly_when_the_headline_does(before: Briefing, after: Briefing, changed: bool) -> None:
    old, new = keys(alerts_of(before, NOW)), keys(alerts_of(after, NOW))
    assert all(k.startswith(KEY_PREFIX) and len(k) <= 32 for k in old | new)  # the ledger's period column
    assert (new != old) is changed


def test_an_alert_says_what_changed_as_data() -> None:
    (first,) = alerts_of(briefing(estimate(11000)), NOW)
    assert [e.value for e in first.digest.new] == [11000] and first.digest.alert == "troops"
    (revised,) = alerts_of(briefing(estimate(11000), estimate(15000, day=5)), NOW)
    (revision,) = revised.digest.revisions
    assert (revision.before.value, revision.after.value) == (11000, 15000)
    conflict = Conflict(series="troops", a=estimate(11000, day=1), b=estimate(15000, day=3, source="Ukraine HUR"))
    headline, disagreement = alerts_of(briefing(estimate(15000, day=3), conflicts=[conflict]), NOW)
    assert disagreement.digest.conflicts == [conflict] and disagreement.key != headline.key
