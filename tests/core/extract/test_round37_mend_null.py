"""Round thirty-seven, mending the null-claim rules: fresh wording of our own for a purported video (told, as the
gold records it), a counterfactual 'Had X not ...' (says it happened), a look under way beside a clause of its own
('evaluating whether ... after X sent ...'), an opening condition naming an item (a condition, no claim), a main
clause that plans no supply ('will no longer send'), and a dateline with digits before 'Reports that ... are
unconfirmed', asserting category, value, hedge, status, addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows


def _row(category: str, status: str = "reported", source: str | None = None, **kw: object) -> tuple[object, ...]:
    return (category, None, None, status, kw.get("incremental", False), source)


# A video or photo said to purport to show the items tells them as reported (the gold records purported footage so),
# and a second clause with its own confirming verb is told in any case.
PURPORTED: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "A video clip purports to show North Korean soldiers drilling near Kursk, Ukraine's HUR said.",
        {_row("troops", source="Ukraine HUR")},
    ),
    (
        "A photo purports to show KN-23 fragments in Kharkiv, and Ukraine's air force confirmed that North Korean "
        "missiles struck the city.",
        {_row("missiles", source="Ukraine Air Force")},
    ),
]

# 'Had X not sent ...' says X sent; 'Had X sent ...' imagines it.
COUNTERFACTUAL: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Had North Korea not sent its soldiers, Moscow could never have recaptured Kursk, a Russian blogger wrote.",
        {_row("troops")},
    ),
    # near misses: the plain inverted condition, and 'Were X not to ...', which imagines too
    ("Had Moscow sent jets, Pyongyang's air force would look different, an analyst wrote.", set()),
    ("Were Moscow not to pay, Pyongyang would stop shipping shells, an analyst wrote.", set()),
]

# A look under way ('evaluating whether') asks only up to a clause of its own: 'after', 'because', 'but' ...
LOOK_UNDER_WAY: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Tokyo is evaluating whether to ship radars to Kyiv after North Korea sent soldiers to Russia, Kyodo said.",
        {_row("troops", source="Kyodo")},
    ),
    (
        "Berlin is reviewing whether to tighten sanctions because North Korea has supplied missiles to Russia.",
        {_row("missiles")},
    ),
    # near misses: the item inside the look itself, with a time phrase after it, stays asked
    ("Officials are reviewing whether North Korea has sent drones to Russia.", set()),
    ("Analysts are assessing whether Pyongyang has shipped shells to Russia since the summit.", set()),
]

# An opening condition's items are conditions, not claims; the main clause's plan is told; a main clause that
# says the supply will stop plans nothing.
CONDITION: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "If Moscow pays in oil, Pyongyang could dispatch more soldiers to the front, Ukraine's HUR believes.",
        {_row("troops", "planned", "Ukraine HUR", incremental=True)},
    ),
    (
        "If Moscow shares satellite technology, Pyongyang could supply more missiles to Russia, the NIS said.",
        {_row("missiles", "planned", "South Korea NIS", incremental=True)},
    ),
    (
        "If Russia hands over fighter jets, North Korea will send more troops, analysts said.",
        {_row("troops", "planned", incremental=True)},
    ),
    # near miss: a condition on something else with a plan
    (
        "If the war drags on, North Korea will likely send more artillery shells to Russia, the NIS told lawmakers.",
        {_row("ammunition", "planned", "South Korea NIS", incremental=True)},
    ),
]

# 'Reports that ... are unconfirmed' after a dateline with a date in it.
DATELINE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "BUSAN, Jan. 14 (Example News) -- Reports that Russia has handed North Korea fighter jets are unconfirmed.",
        set(),
    ),
    # near miss: the reports confirmed
    (
        "BUSAN, Jan. 14 (Example News) -- Seoul confirmed reports that Russia has handed North Korea fighter jets.",
        {_row("vehicles", source="South Korean government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURPORTED + COUNTERFACTUAL + LOOK_UNDER_WAY + CONDITION + DATELINE)
def test_round37_mend_null_claims(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A main clause that says the supply will stop or not come plans nothing (what it presupposes, a supply going on now,
# is not read yet: strict xfail below).
NO_PLAN = [
    "If the fighting ends, Pyongyang will no longer ship shells to Russia, the NIS said.",
    "If the fighting ends, Pyongyang will stop sending shells to Russia, the NIS said.",
    "If the fighting ends, Pyongyang will not send more soldiers to Russia, the NIS said.",
    "If talks fail, North Korea would never again supply missiles to Russia, the NIS said.",
]


@pytest.mark.parametrize("text", NO_PLAN)
def test_round37_no_plan_in_a_stop(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert all(row[3] != "planned" for row in hedged_rows(text, lexicon))


@pytest.mark.xfail(
    strict=True, reason="'will no longer send' presupposes a supply going on now (reported); the condition drops it"
)
def test_round37_no_longer_says_it_goes_on(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "If the fighting ends, Pyongyang will no longer ship shells to Russia, the NIS said."
    assert hedged_rows(text, lexicon) == {_row("ammunition", source="South Korea NIS")}
