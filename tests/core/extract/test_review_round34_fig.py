"""Round thirty-four, figures and their fields: fresh wording of our own (denials told as a supply ruled out or
refused, what an air defence is for, ammunition named by its guns, a list's next entry after an item named in full,
the model named before 'N of them'), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows

_KOKSAN = "170mm M1989 Koksan self-propelled howitzer"
_KN23 = "KN-23/KN-24 short-range ballistic missiles"


def _jets(status: str, source: str | None = None) -> tuple[object, ...]:
    return ("vehicles", "aircraft", None, None, None, "aircraft", status, False, "ru_to_nk", source)


# A supply ruled out, refused or said not to come is denied; a denial itself refused ('has not ruled out', 'cannot
# rule out', 'refused to rule out') is a plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin ruled out sending MiG-29 jets to North Korea, Peskov told reporters.",
         {_jets("denied", "Kremlin (Peskov)")}),
        ("The Kremlin has ruled out handing over Su-35 fighter jets to Pyongyang, Peskov said.",
         {_jets("denied", "Kremlin (Peskov)")}),
        ("Russia refuses to send fighter jets to North Korea, the Kremlin said.",
         {_jets("denied", "Russian government")}),
        ("Moscow refused to supply North Korea with nuclear submarine technology, according to the NIS.",
         {("technology_transfer", "technology", None, None, None, None, "denied", False, "ru_to_nk",
           "South Korea NIS")}),
        ("The NIS said Russia would not transfer nuclear submarine technology to the North.",
         {("technology_transfer", "technology", None, None, None, None, "denied", False, "ru_to_nk",
           "South Korea NIS")}),
        ("North Korea will not send additional troops to Russia, its ambassador told TASS.",
         {("troops", "troops", None, None, None, "troops", "denied", True, "nk_to_ru", "TASS")}),
        ("Pyongyang won't be sending more soldiers, its envoy said.",
         {("troops", "troops", None, None, None, "troops", "denied", True, "nk_to_ru", None)}),
        ("North Korea will not supply more shells, a Russian official said.",
         {("ammunition", "artillery shells", None, None, None, "shells", "denied", True, "nk_to_ru",
           "Russian official")}),
        # (a denial refused or not given: a plan)
        ("The Kremlin has not ruled out handing over fighter jets to Pyongyang.", {_jets("planned")}),
        ("Peskov refused to rule out sending MiG-29s to North Korea.", {_jets("planned", "Kremlin (Peskov)")}),
        ("Seoul cannot rule out that North Korea will send 5,000 more troops, the NIS said.",
         {("troops", "troops", 5000, None, "exact", "troops", "planned", True, "nk_to_ru", "South Korea NIS")}),
        # (something else ruled out: the supply told beside it stands)
        ("Russia ruled out a ceasefire, while North Korea sent 3,000 more troops, the NIS said.",
         {("troops", "troops", 3000, None, "exact", "troops", "reported", True, "nk_to_ru", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_a_supply_ruled_out_or_refused_is_denied(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _air_defence(source: str | None) -> tuple[object, ...]:
    return ("other", "air defense systems", None, None, None, "systems", "reported", False, "ru_to_nk", source)


# What an air defence is to stop ('to defend against drones and missiles', 'capable of intercepting cruise missiles',
# 'to shoot down') supplies none of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pantsir systems to defend Pyongyang against drones and missiles have been supplied by Moscow, Seoul says.",
         {_air_defence("South Korean government")}),
        ("Moscow has supplied Pyongyang with Pantsir systems capable of intercepting cruise missiles, the NIS said.",
         {_air_defence("South Korea NIS")}),
        ("Russia has sent air-defence systems to North Korea to shoot down drones and ballistic missiles, the JCS "
         "said.", {_air_defence("South Korea JCS")}),
        ("Moscow shipped Pantsir batteries to Pyongyang that can shoot down cruise missiles, the JCS said.",
         {_air_defence("South Korea JCS")}),
        ("Russia has sent air-defence systems to North Korea to protect Pyongyang from US missiles and drones.",
         {_air_defence(None)}),
        # (a purpose of items sent is no threat: the items stand)
        ("North Korea has sent missiles and drones to Russia to counter Ukraine's offensive, the NIS said.",
         {("drones", "drones", None, None, None, "drones", "reported", False, "nk_to_ru", "South Korea NIS"),
          ("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_what_an_air_defence_is_for_is_no_item(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Ammunition named by the guns that fire it ('rounds of 170mm artillery', 'shells for its Koksan guns') is the
# ammunition: 'N of them' counts it, and the guns are no item of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has also sent rounds of 170mm artillery, about 100,000 of them, according to Ukraine's military "
         "intelligence.",
         {("ammunition", "rounds", 100000, None, "approx", "rounds", "reported", False, "nk_to_ru", "Ukraine HUR")}),
        ("North Korea has shipped shells for its Koksan guns, perhaps 50,000 of them, the HUR said.",
         {("ammunition", "artillery shells", 50000, None, "approx", "shells", "reported", False, "nk_to_ru",
           "Ukraine HUR")}),
        ("North Korea sent shells for Russia's 152mm howitzers, some 2 million of them, the HUR said.",
         {("ammunition", "artillery shells", 2000000, None, "approx", "shells", "reported", False, "nk_to_ru",
           "Ukraine HUR")}),
        ("North Korea sent ammunition for its Koksan guns, some 20,000 rounds, according to the HUR.",
         {("ammunition", "rounds", 20000, None, "approx", "rounds", "reported", False, "nk_to_ru", "Ukraine HUR")}),
        # (guns listed beside the shells are guns)
        ("North Korea has sent shells and Koksan howitzers, about 100 of them, the HUR said.",
         {("artillery", _KOKSAN, 100, None, "approx", "pieces", "reported", False, "nk_to_ru", "Ukraine HUR"),
          ("ammunition", "artillery shells", None, None, None, "shells", "reported", False, "nk_to_ru",
           "Ukraine HUR")}),
        ("North Korea has sent 100 Koksan guns and 20,000 rounds of ammunition.",
         {("artillery", _KOKSAN, 100, None, "exact", "pieces", "reported", False, "nk_to_ru", None),
          ("ammunition", "rounds", 20000, None, "exact", "rounds", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_ammunition_named_by_its_guns(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'N of them' after an item named with its model counts the model ('Koksan howitzers, about 100 of them').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent Koksan howitzers, about 100 of them, the HUR said.",
         {("artillery", _KOKSAN, 100, None, "approx", "pieces", "reported", False, "nk_to_ru", "Ukraine HUR")}),
        ("North Korea has sent KN-23 ballistic missiles, perhaps 60 of them.",
         {("missiles", _KN23, 60, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
        ("North Korea has sent 240mm rocket launchers, some 50 of them, the HUR said.",
         {("rocket_launchers", "240mm MRL", 50, None, "approx", "units", "reported", False, "nk_to_ru",
           "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_n_of_them_counts_the_model_named(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _tech(source: str) -> tuple[object, ...]:
    return ("technology_transfer", "technology", None, None, None, None, "reported", False, "ru_to_nk", source)


# An item named in full with its head noun ('air-defence equipment', 'electronic warfare equipment') before a list's
# next entry is its own item, not know-how ('... and military know-how'); 'missile and satellite technology' stays
# know-how.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In exchange, Moscow has provided oil, air-defence equipment and military know-how, according to the NIS.",
         {_air_defence("South Korea NIS"), _tech("South Korea NIS"),
          ("other", "fuel", None, None, None, "barrels", "reported", False, "ru_to_nk", "South Korea NIS")}),
        ("Russia provided air defence systems and space technology to North Korea, the NIS said.",
         {_air_defence("South Korea NIS"), _tech("South Korea NIS")}),
        ("Russia has provided Pyongyang with electronic warfare equipment and drone know-how, the NIS said.",
         {("other", "electronic warfare systems", None, None, None, "systems", "reported", False, "ru_to_nk",
           "South Korea NIS"),
          ("drones", "drone production lines", None, None, None, None, "reported", False, "ru_to_nk",
           "South Korea NIS")}),
        ("Russia has given North Korea missile and satellite technology, the NIS said.", {_tech("South Korea NIS")}),
    ],
)  # fmt: skip
def test_an_item_named_in_full_before_know_how(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A weight of an untracked good ('100,000 tonnes of flour') counts none of the items after the list's join ('and
# several air-defence systems'); a weight of the tracked good itself stays ('barrels of crude and refined oil').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has shipped 100,000 tonnes of flour and several air-defence systems to Pyongyang in return, South "
         "Korea's spy agency said.", {_air_defence("South Korea NIS")}),
        ("Russia sent 3,000 tonnes of rice and some MiG-29 jets to North Korea, the NIS said.",
         {_jets("reported", "South Korea NIS")}),
        ("Russia has delivered over 1 million barrels of crude and refined oil to North Korea, the NIS said.",
         {("other", "fuel", 1000000, None, "more_than", "barrels", "reported", False, "ru_to_nk", "South Korea NIS")}),
        ("North Korea shipped 5,000 tonnes of explosives and artillery shells to Russia, the NIS said.",
         {("ammunition", "ammunition", 5000, None, "exact", None, "reported", False, "nk_to_ru", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_a_weight_of_another_good(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A size to come once others arrive ('may number 15,000 once the reinforcements arrive') is a planned total, not an
# addition: 'once' ends the noun phrase, and reinforcements after a subordinator add nothing to the figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean forces in Kursk may number 15,000 once the reinforcements arrive, a senior Ukrainian official "
         "told Reuters.", {troops_row(15000, "exact", "Ukrainian official (via Reuters)", status="planned")}),
        ("North Korean troops in Russia could number 15,000 when the reinforcements arrive, Kyiv said.",
         {troops_row(15000, "exact", "Ukrainian government", status="planned")}),
        ("The contingent could reach 14,000 once fresh troops arrive, the NIS said.",
         {troops_row(14000, "exact", "South Korea NIS", status="planned")}),
        ("North Korea sent 3,000 troops once the talks ended, the NIS said.",
         {troops_row(3000, "exact", "South Korea NIS")}),
        # (reinforcements the figure counts stay an addition)
        ("Pyongyang sent 3,000 North Korean reinforcements in January, the JCS said.",
         {troops_row(3000, "exact", "South Korea JCS", incremental=True)}),
    ],
)  # fmt: skip
def test_a_size_once_others_arrive(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A new wave sized in an aside told as believed ('a fresh batch of KN-23 missiles, believed to number around 50') is
# an addition, as 'a fresh batch of 50' is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fresh batch of KN-23 ballistic missiles, believed to number around 50, reached Russia last month, "
         "Ukrainian intelligence said.",
         {("missiles", _KN23, 50, None, "approx", "missiles", "reported", True, "nk_to_ru", "Ukraine HUR")}),
        ("A second contingent of North Korean troops, thought to number 3,000, arrived in Kursk, the JCS said.",
         {troops_row(3000, "exact", "South Korea JCS", incremental=True)}),
        # (no wave: no addition)
        ("The North Korean troops, believed to number 11,000, are in Kursk, the JCS said.",
         {troops_row(11000, "exact", "South Korea JCS")}),
    ],
)  # fmt: skip
def test_a_new_wave_believed_to_number(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An 'N strong' aside after a new wave of troops ('a third batch of troops, some 1,500 strong') sizes a force sent;
# a batch with no word of a new wave stays unsized.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has sent a third batch of troops, some 1,500 strong, the NIS said.",
         {("troops", "troops", 1500, None, "approx", "troops", "reported", True, "nk_to_ru", "South Korea NIS")}),
        ("A fresh wave of North Korean soldiers, perhaps 2,000 strong, arrived in Kursk, the HUR said.",
         {("troops", "troops", 2000, None, "approx", "troops", "reported", True, "nk_to_ru", "Ukraine HUR")}),
        ("Kim inspected a batch of troops, about 500 strong, at a parade in Pyongyang.", set()),
        ("North Korean special forces, some 200,000 strong, are among the largest in the world.", set()),
    ],
)  # fmt: skip
def test_a_new_wave_n_strong(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _toll(subtype: str, value: int, qualifier: str, source: str) -> tuple[object, ...]:
    return ("casualties", subtype, value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


# A bare total after tolls of two kinds ('wounded and about 300 killed, bringing the total to 2,300') sums them:
# killed or wounded, not the last kind named; after one kind it stays that kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The JCS said 2,000 North Korean soldiers had been wounded and about 300 killed, bringing the total to 2,300.",
         {_toll("killed_or_wounded", 2300, "exact", "South Korea JCS"),
          _toll("wounded", 2000, "exact", "South Korea JCS"), _toll("killed", 300, "approx", "South Korea JCS")}),
        ("Some 300 North Korean troops were killed and 2,700 wounded, a total of 3,000, the NIS said.",
         {_toll("killed", 300, "approx", "South Korea NIS"), _toll("wounded", 2700, "approx", "South Korea NIS"),
          _toll("killed_or_wounded", 3000, "exact", "South Korea NIS")}),
        ("About 300 North Korean soldiers were killed in January, bringing the total to 1,000, Kyiv said.",
         {_toll("killed", 1000, "exact", "Ukrainian government"),
          _toll("killed", 300, "approx", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_a_total_after_two_kinds_of_toll(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A figure told as revised after the one before it ('suffered 1,100 casualties, a figure later revised to 3,000')
# counts the same item, a toll named by its noun too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul estimated that North Korea had suffered 1,100 casualties, a figure later revised to 3,000.",
         {_toll("killed_or_wounded", 1100, "exact", "South Korean government"),
          _toll("killed_or_wounded", 3000, "exact", "South Korean government")}),
        ("Kyiv said 300 North Korean soldiers were killed, a figure since raised to 600.",
         {_toll("killed", 300, "exact", "Ukrainian government"),
          _toll("killed", 600, "exact", "Ukrainian government")}),
        ("The HUR counted 60 missiles in January, a tally that was later lowered to 50.",
         {("missiles", "missiles", 60, None, "exact", "missiles", "reported", False, "nk_to_ru", "Ukraine HUR"),
          ("missiles", "missiles", 50, None, "exact", "missiles", "reported", False, "nk_to_ru", "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_a_figure_revised_after_the_one_before(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'number' as a verb past where the troops are ('North Korean troops in Kursk number 15,000') counts them, unlike a
# label ('in unit number 5').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean troops in Kursk number 15,000, a Ukrainian commander said.",
         {troops_row(15000, "exact", "Ukrainian commander")}),
        ("North Korean forces in Kursk number 12,000, the JCS said.",
         {troops_row(12000, "exact", "South Korea JCS")}),
        ("Soldiers in unit number 5 were North Korean.", set()),
    ],
)  # fmt: skip
def test_number_as_a_verb_past_a_place(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
