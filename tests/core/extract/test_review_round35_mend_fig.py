"""Round thirty-five, mending the figures round: what the review found worse than the start (a weapons plant that
supplies Russia or is upgraded, a part of a planned whole with a deed of its own, 'as replacements for' a role,
kit North Korean troops work, 'N of them' that counts what no term names) and a few cheap classes beside them,
with wording of our own, asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows

_HUR = "Ukraine HUR"
_NIS = "South Korea NIS"
_JCS = "South Korea JCS"
_ISW = "Institute for the Study of War (ISW)"


def _know_how(source: str) -> tuple[object, ...]:
    return ("technology_transfer", "technology", None, None, None, None, "reported", False, "ru_to_nk", source)


# A weapons plant that works to supply Russia tells the supply, and one Russia helps upgrade tells know-how; one that
# people are sent to work at (or only named at work) is a workplace, no supply of the item its name holds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang's artillery shell plants are running day and night to supply Moscow, the NIS said.",
         {("ammunition", "artillery shells", None, None, None, "shells", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea's missile plants are working in three shifts to supply Russia, the JCS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", _JCS)}),
        ("Moscow has helped North Korea upgrade its missile plants, the JCS said.", {_know_how(_JCS)}),
        ("Russian specialists are helping Pyongyang modernise its missile factories, the NIS said.",
         {_know_how(_NIS)}),
        # (near-misses: people who work at the plant, or a plant only at work)
        ("Some 1,000 North Korean labourers were sent to work at Russian missile plants, HUR said.",
         {("workers", "workers", 1000, None, "approx", "workers", "reported", False, "nk_to_ru", _HUR)}),
        ("North Korea has sent workers to Russian shell factories, the NIS said.",
         {("workers", "workers", None, None, None, "workers", "reported", False, "nk_to_ru", _NIS)}),
        ("Pyongyang's shell factories are busy, and it has shipped missiles to Russia, the NIS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", _NIS)}),
    ],
)  # fmt: skip
def test_a_plant_that_supplies_or_is_upgraded(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_PLANNED_4000 = ("workers", "workers", 4000, None, "exact", "workers", "planned", False, "nk_to_ru", _NIS)


# A part of a planned whole told past the speaker's words is planned only with no deed of its own; one that left,
# was sent or was trained is told as done.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea will dispatch 4,000 labourers to Russia, the NIS said, adding that 1,500 of them departed last "
         "week.",
         {_PLANNED_4000, ("workers", "workers", 1500, None, "exact", "workers", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea will dispatch 4,000 labourers to Russia, the NIS said, adding that 1,500 of them left in May.",
         {_PLANNED_4000, ("workers", "workers", 1500, None, "exact", "workers", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea will send 5,000 troops, the JCS said, adding that 1,000 of them were sent in December.",
         {troops_row(5000, "exact", _JCS, status="planned"), troops_row(1000, "exact", _JCS)}),
        ("North Korea will send 5,000 troops, the NIS said, adding that 1,000 of them have been trained in Russia.",
         {troops_row(5000, "exact", _NIS, status="planned"), troops_row(1000, "exact", _NIS)}),
        # (near-misses: a part that only is something stays planned, said on by 'noting' or 'who added' too)
        ("North Korea will send 5,000 troops, the NIS said, adding that 1,000 of them are sappers.",
         {troops_row(5000, "exact", _NIS, status="planned"), troops_row(1000, "exact", _NIS, status="planned")}),
        ("North Korea will send 5,000 troops, the NIS said, noting that about 1,000 of them would be engineers.",
         {troops_row(5000, "exact", _NIS, status="planned"), troops_row(1000, "approx", _NIS, status="planned")}),
        ("North Korea will send 5,000 troops, said NIS director Kim Min-su, who added that 1,000 of them are "
         "special forces.",
         {troops_row(5000, "exact", _NIS, status="planned"), troops_row(1000, "exact", _NIS, status="planned")}),
    ],
)  # fmt: skip
def test_a_part_with_a_deed_of_its_own(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Soldiers used 'as replacements for' units fill a role, no addition; soldiers sent or arrived as replacements (or
# replacement troops, or to replace losses) are one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean soldiers were used as replacements for Russian units in Kursk, ISW said.",
         {troops_row(None, None, _ISW)}),
        ("North Korean troops were deployed as replacements for depleted Russian battalions, ISW said.",
         {troops_row(None, None, _ISW)}),
        ("Some 1,200 North Korean soldiers arrived as replacement troops in Kursk, HUR said.",
         {troops_row(1200, "approx", _HUR, incremental=True)}),
        ("North Korea sent 3,000 more soldiers to Russia as replacements, the JCS said.",
         {troops_row(3000, "exact", _JCS, incremental=True)}),
        ("About 2,000 North Korean troops could be sent to the front as replacements, the NIS said.",
         {troops_row(2000, "approx", _NIS, status="planned", incremental=True)}),
        ("North Korea sent 2,500 soldiers to Kursk in February to replace battlefield losses, the JCS said.",
         {troops_row(2500, "exact", _JCS, incremental=True)}),
    ],
)  # fmt: skip
def test_replacements_as_role_or_addition(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_AIR_DEFENCE = ("other", "air defense systems", None, None, None, "systems", "reported", False, "ru_to_nk", _NIS)


# Kit North Korean troops operate, man or fire is their use, no air defence given; Russia's supply of it stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean soldiers were spotted manning anti-aircraft guns in the Kursk region, ISW said.",
         {troops_row(None, None, _ISW)}),
        ("North Korean troops have been operating anti-aircraft artillery near Kursk, HUR said.",
         {troops_row(None, None, _HUR)}),
        ("North Korean gunners are firing Russian anti-aircraft guns at Ukrainian drones, HUR said.",
         {troops_row(None, None, _HUR)}),
        # (near-misses: Russia's supply, and crews that are not North Korea's)
        ("Russia has supplied anti-aircraft guns to North Korea, the NIS said.", {_AIR_DEFENCE}),
        ("Russian crews are operating air-defence systems in Pyongyang, the NIS said.", {_AIR_DEFENCE}),
    ],
)  # fmt: skip
def test_kit_troops_work_is_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A hedged 'N of them' counts the items named right before it (a place they went between at most), not what another
# part of the sentence names past a semicolon, nor what no term names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean troops in Russia toured several drone plants; Kim inspected at least six of them, KCNA said.",
         set()),
        ("North Korean troops arrived in several waves; at least three of them reached Kursk by December, HUR said.",
         {troops_row(None, None, _HUR)}),
        # (near-misses: the items, then their count)
        ("North Korea has sent air-defence systems to Russia, at least five of them, HUR said.",
         {("other", "air defense systems", 5, None, "at_least", "systems", "reported", False, "nk_to_ru", _HUR)}),
        ("North Korea has sent Koksan guns to Russia, perhaps four of them, the HUR said.",
         {("artillery", "170mm M1989 Koksan self-propelled howitzer", 4, None, "approx", "pieces", "reported", False,
           "nk_to_ru", _HUR)}),
    ],
)  # fmt: skip
def test_a_hedged_few_of_them_in_its_own_part(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An intent disowned ('does not plan to', 'has no intention of stationing') denies; one that keeps troops in place
# ('does not plan to withdraw its 11,000') does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang does not plan to send troops to Ukraine, KCNA said.",
         {troops_row(None, None, "North Korean government", status="denied")}),
        ("North Korea has no intention of stationing soldiers in Russia, the NIS said.",
         {troops_row(None, None, _NIS, status="denied")}),
        ("North Korea does not plan to withdraw its 11,000 troops from Kursk, the NIS said.",
         {troops_row(11000, "exact", _NIS)}),
    ],
)  # fmt: skip
def test_an_intent_disowned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A count set after its items (a comma or a dash between, at most where they go before it) is told as its items are:
# planned with a plan, an addition with 'more'; people sent to a plant are what it counts, not the plant's item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea will send more troops to Russia, perhaps 6,000, the NIS said.",
         {troops_row(6000, "approx", _NIS, status="planned", incremental=True)}),
        ("North Korea will supply drones to Russia's army - as many as 5,000, the NIS said.",
         {("drones", "drones", 5000, None, "up_to", "drones", "planned", False, "nk_to_ru", _NIS)}),
        ("Pyongyang will send labourers to Russia's drone plants - as many as 8,000, the NIS said.",
         {("workers", "workers", 8000, None, "up_to", "workers", "planned", False, "nk_to_ru", _NIS)}),
        # (near-misses: a count told as done, and one with a verb of its own)
        ("North Korea has sent shells to Russia, perhaps 3 million, the NIS said.",
         {("ammunition", "artillery shells", 3000000, None, "approx", "shells", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea will send more troops, and 11,000 are already in Russia, the NIS said.",
         {troops_row(11000, "exact", _NIS), troops_row(None, None, _NIS, status="planned", incremental=True)}),
    ],
)  # fmt: skip
def test_a_count_set_after_its_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# North Korean troops at their combat work (shooting down drones, manning or training on guns somewhere) are there;
# the guns they work are no supply. Others' shooting near them asserts nothing new.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean soldiers downed two Ukrainian drones near Kursk, the NIS said.",
         {troops_row(None, None, _NIS)}),
        ("North Korean soldiers shot down Ukrainian drones with anti-aircraft guns in Kursk, the NIS said.",
         {troops_row(None, None, _NIS)}),
        ("North Korean gunners manned anti-aircraft guns around Kursk, HUR said.", {troops_row(None, None, _HUR)}),
        ("North Korean troops trained on anti-aircraft guns in Russia's Kursk region, the NIS said.",
         {troops_row(None, None, _NIS)}),
        # (near-misses: the shooters are not North Korea's)
        ("Russian soldiers shot down drones near the positions of North Korean troops in Kursk, TASS said.", set()),
    ],
)  # fmt: skip
def test_troops_at_their_combat_work(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _russias_troops(status: str, source: str | None) -> tuple[object, ...]:
    return ("troops", "troops", None, None, None, "troops", status, False, "ru_to_nk", source)


# Russia's own troops said (not) to be in North Korea ('its troops were in North Korea') go from Russia.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's defence ministry denied that its troops were in North Korea.",
         {_russias_troops("denied", "Russia Ministry of Defense")}),
        # (near-miss: North Korea's own troops)
        ("North Korea denied that its troops were in Russia, KCNA said.",
         {troops_row(None, None, "North Korean government", status="denied")}),
    ],
)  # fmt: skip
def test_russias_own_troops_in_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A deployment's size told after it counts troops with where it is between too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea's deployment in Russia now numbers more than 12,000, the JCS said.",
         {troops_row(12000, "more_than", _JCS)}),
        ("Pyongyang's deployment to Russia numbers about 14,000, the NIS said.", {troops_row(14000, "approx", _NIS)}),
        # (near-miss: a deployment of missiles is no troops count)
        ("North Korea's deployment of missiles to Russia has continued, the NIS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", _NIS)}),
    ],
)  # fmt: skip
def test_a_deployments_size_where_it_is(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
