"""Round thirty-four mend, figures and their fields: what 'ruled out' rules out (a supply, not a withdrawal of those
there), reinforcements that the troops sent answered (an addition) against a total once they come (none), and a
denial's reach past 'unless'/'until', asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows


# 'ruled out' denies a supply ('ruled out sending', 'ruled out any transfer of', 'ruled out that North Korea will send
# another 5,000'), not the withdrawal or return of those there, whose figure stands as told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul has ruled out that the 11,000 North Korean troops in Russia will be withdrawn soon, the NIS said.",
         {troops_row(11000, "exact", "South Korea NIS")}),
        ("Officials in Seoul ruled out a quick withdrawal of the 11,000 North Korean troops in Kursk.",
         {troops_row(11000, "exact", None)}),
        ("The JCS ruled out any pullback of the 12,000 North Korean soldiers stationed in Kursk before the spring.",
         {troops_row(12000, "exact", "South Korea JCS")}),
        ("Kyiv has ruled out that the 3,000 North Korean troops sent to Kursk last month will leave before summer, "
         "HUR said.", {troops_row(3000, "exact", "Ukraine HUR")}),
        ("Moscow has ruled out withdrawing the roughly 11,000 North Korean soldiers from Kursk, a Kremlin source told "
         "TASS.", {troops_row(11000, "approx", "Russian government (via TASS)")}),
        ("It has ruled out the possibility that North Korea's roughly 11,000 troops in Russia will return home, the "
         "NIS said.", {troops_row(11000, "approx", "South Korea NIS")}),
        ("Kyiv has ruled out the possibility of a withdrawal of the 12,000 North Korean soldiers in Kursk, HUR said.",
         {troops_row(12000, "exact", "Ukraine HUR")}),
        # (a supply ruled out stays denied)
        ("The NIS ruled out the possibility that North Korea would send 5,000 more troops.",
         {troops_row(5000, "exact", "South Korea NIS", status="denied", incremental=True)}),
        ("Seoul has ruled out that North Korea will send another 5,000 troops, the NIS said.",
         {troops_row(5000, "exact", "South Korea NIS", status="denied", incremental=True)}),
        ("The NIS ruled out any further transfer of 5,000 troops by the North this year.",
         {troops_row(5000, "exact", "South Korea NIS", status="denied", incremental=True)}),
        ("The Kremlin ruled out 10,000 more North Korean troops for now, Peskov said.",
         {troops_row(10000, "exact", "Kremlin (Peskov)", status="denied", incremental=True)}),
        ("Pyongyang has ruled out sending 2,000 more workers to Russia, its embassy said.",
         {("workers", "workers", 2000, None, "exact", "workers", "denied", True, "nk_to_ru", None)}),
        ("The Kremlin ruled out sending MiG-29 jets to North Korea, Peskov told reporters.",
         {("vehicles", "aircraft", None, None, None, "aircraft", "denied", False, "ru_to_nk", "Kremlin (Peskov)")}),
    ],
)  # fmt: skip
def test_ruled_out_denies_a_supply_not_a_withdrawal(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Troops sent when, after or if reinforcements were needed are an addition; a total a verb heads, its size once
# reinforcements come ('may number 15,000 once the reinforcements arrive'), is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea dispatched 1,500 troops when reinforcements were needed in Kursk, according to the NIS.",
         {troops_row(1500, "exact", "South Korea NIS", incremental=True)}),
        ("North Korea sent 3,000 troops after reinforcements were requested by Moscow, the NIS said.",
         {troops_row(3000, "exact", "South Korea NIS", incremental=True)}),
        ("Pyongyang dispatched about 2,000 soldiers after reinforcements were sought by Moscow, HUR said.",
         {troops_row(2000, "approx", "Ukraine HUR", incremental=True)}),
        ("Kim agreed to send 5,000 troops if reinforcements were needed, the NIS said.",
         {troops_row(5000, "exact", "South Korea NIS", status="planned", incremental=True)}),
        # (a total once they come)
        ("North Korean forces in Russia could number 25,000 once the reinforcements arrive, HUR said.",
         {troops_row(25000, "exact", "Ukraine HUR", status="planned")}),
        ("The contingent may grow to 20,000 when reinforcements arrive, the NIS said.",
         {troops_row(20000, "exact", "South Korea NIS", status="planned")}),
        ("North Korean forces would reach about 30,000 if the reinforcements arrived, a Ukrainian official said.",
         {troops_row(30000, "approx", "Ukrainian official", status="planned")}),
        ("The force in Kursk now numbers about 14,000 after reinforcements arrived, the JCS said.",
         {troops_row(14000, "approx", "South Korea JCS")}),
    ],
)  # fmt: skip
def test_reinforcements_the_troops_answered(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A denial's reach stops at its condition: the other party's deed after 'unless'/'until' is not denied.
@pytest.mark.parametrize(
    ("text", "denied_row"),
    [
        ("Russia will not transfer submarine technology unless North Korea sends more troops, a Russian analyst said.",
         ("technology_transfer", "technology", None, None, None, None, "denied", False, "ru_to_nk", None)),
        ("Moscow will not supply fighter jets until Pyongyang sends 10,000 more troops, the analyst said.",
         ("vehicles", "aircraft", None, None, None, "aircraft", "denied", False, "ru_to_nk", None)),
    ],
)  # fmt: skip
def test_a_denial_stops_at_its_condition(text: str, denied_row: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    found = whole_rows(text, lexicon)
    assert denied_row in found
    assert not [row for row in found if row[0] == "troops" and row[6] == "denied"]


# A fresh wave's size told as an 'N strong' aside past where it went ('a fresh wave of soldiers to Russia, some 3,000
# strong', 'a fresh contingent to Kursk, 3,000 strong') is its troops, an addition; so is 'a new wave' sized so, and a
# fresh shipment's size ('believed to number about 1 million').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, Dec 3 (Reuters) - North Korea has sent a fresh wave of soldiers to Russia, some 3,000 strong, South "
         "Korea's Joint Chiefs of Staff said on Tuesday.",
         {troops_row(3000, "approx", "South Korea JCS", incremental=True)}),
        ("North Korea sent a fresh contingent to Kursk, 3,000 strong, the NIS said.",
         {troops_row(3000, "exact", "South Korea NIS", incremental=True)}),
        ("Pyongyang is preparing a new batch of troops for the Kursk front, perhaps 3,000 strong, HUR said.",
         {troops_row(3000, "approx", "Ukraine HUR", status="planned", incremental=True)}),
        ("A new wave of North Korean troops, 4,000 strong, has crossed into Russia, according to Ukrainian "
         "intelligence.", {troops_row(4000, "exact", "Ukraine HUR", incremental=True)}),
        ("A new batch of North Korean workers, numbering about 2,000, arrived in Vladivostok, Yonhap reported.",
         {("workers", "workers", 2000, None, "approx", "workers", "reported", True, "nk_to_ru", "Yonhap")}),
        ("A fresh shipment of North Korean shells, believed to number about 1 million, arrived in Russia last month, "
         "HUR said.", {("ammunition", "artillery shells", 1000000, None, "approx", "shells", "reported", True,
                        "nk_to_ru", "Ukraine HUR")}),
        # (a force whose predicate ranks its arrival)
        ("North Korean special forces, some 3,000 strong, were the first to arrive, the NIS said.",
         {troops_row(3000, "approx", "South Korea NIS")}),
        ("North Korean troops, about 1,000 strong, were among the last to be sent to Kursk, HUR said.",
         {troops_row(1000, "approx", "Ukraine HUR")}),
        ("North Korean special forces, some 200,000 strong, are the first to be trained in drone warfare.", set()),
        # (not a wave of something else, nor an army's size)
        ("North Korean special forces, some 200,000 strong, are among the largest in the world.", set()),
    ],
)  # fmt: skip
def test_a_fresh_wave_sized_past_where_it_went(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def test_a_wave_of_drones_sized_is_not_troops(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "A new wave of Ukrainian drones, 1,000 strong, struck Russian airfields as North Korean troops arrived."
    assert not [row for row in whole_rows(text, lexicon) if row[2] == 1000]
