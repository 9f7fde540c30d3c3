"""Figures, round thirty-three, second wave: each class with sentences written for it (the reviewers' own wording
is not copied), with near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows


def _troops(value: int, qualifier: str | None, source: str | None = None) -> tuple[object, ...]:
    return ("troops", "troops", value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


# A sent force's size told as 'N strong' after a hedge, or in an aside right after the force.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The North Korean force deployed to Russia was roughly 12,000 strong.", {_troops(12000, "approx")}),
        ("The North Korean expeditionary force in Kursk is now some 9,000 strong.", {_troops(9000, "approx")}),
        ("The deployed North Korean units are now about 14,000 strong, the JCS said.",
         {_troops(14000, "approx", "South Korea JCS")}),
        ("North Korean troops, some 3,000 strong, reached Kursk in January.", {_troops(3000, "approx")}),
        ("The North Korean units, about 2,000-strong, were pulled back from the line.", {_troops(2000, "approx")}),
    ],
)  # fmt: skip
def test_a_sent_force_n_strong_after_a_hedge(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean special forces corps is about 200,000 strong.",
        "The North Korean army, 1.2 million strong, is one of the largest in the world.",
        "Russian and North Korean troops, some 50,000 strong, attacked near Sudzha.",
        "The combined Russian-North Korean force in Kursk was roughly 60,000 strong.",
    ],
)
def test_an_army_or_a_joint_force_n_strong_counts_no_troops_sent(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c for c in whole_rows(text, lexicon) if c[2] is not None} == set()


# A journey there and back is no round of ammunition.
@pytest.mark.parametrize(
    "text",
    [
        "Over the past year, North Korean freighters have made dozens of round trips between Rajin and Dunai.",
        "The cargo ships made several round-trip voyages between Najin and Vostochny last month.",
    ],
)
def test_round_trips_are_no_rounds(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent millions of rounds to Russia.",
         {("ammunition", "rounds", None, None, None, "rounds", "reported", False, "nk_to_ru", None)}),
        ("Dozens of North Korean tankers made 38 round trips to the Russian port of Vostochny.",
         {("other", "fuel", 38, None, "exact", None, "reported", False, "ru_to_nk", None)}),
    ],
)  # fmt: skip
def test_rounds_and_the_tankers_own_trips_stay(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_ROUNDS = ("ammunition", "rounds", None, None, None, "rounds", "reported", False, "nk_to_ru", None)


# 'rounds of artillery' without a number are rounds, as with one: what the artillery fires.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent millions of rounds of artillery to Russia.", {_ROUNDS}),
        ("Pyongyang has handed Moscow hundreds of thousands of rounds of artillery since the summer.", {_ROUNDS}),
        ("North Korea sent dozens of pieces of artillery to Russia.",
         {("artillery", "artillery", None, None, None, "pieces", "reported", False, "nk_to_ru", None)}),
        ("North Korea sent dozens of rounds of ballistic missiles to Russia.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_rounds_of_artillery_without_a_number_are_rounds(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _toll(subtype: str, value: int, source: str | None = None) -> tuple[object, ...]:
    return ("casualties", subtype, value, None, "more_than", "troops", "reported", False, "nk_to_ru", source)


# A toll named 'killed and wounded' before a long subject counts both, not only the wounded.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of killed and wounded North Korean soldiers in Kursk has now surpassed 4,000, Zelensky said.",
         {_toll("killed_or_wounded", 4000, "Zelensky")}),
        ("The tally of dead and injured North Korean troops in Kursk has now topped 3,500.",
         {_toll("killed_or_wounded", 3500)}),
        ("The number of wounded North Korean soldiers in Kursk has now surpassed 2,000.", {_toll("wounded", 2000)}),
        ("The number of North Korean soldiers killed in Kursk has surpassed 1,000.", {_toll("killed", 1000)}),
    ],
)  # fmt: skip
def test_killed_and_wounded_before_a_long_subject(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A figure in a question's clause ('unclear if', 'asked whether') is asked, not told.
@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether Pyongyang has sent another 3,000 troops to Kursk.",
        "Reporters asked if North Korea had delivered about 200 howitzers to Russia.",
        "It remains uncertain whether the North shipped 4 million shells last year, the panel said.",
    ],
)
def test_a_figure_a_question_asks_is_no_claim(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is unclear whether the 11,000 troops North Korea sent have seen combat.",
         {("troops", "troops", 11000, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
        ("North Korea shipped 6 million shells, but it is unclear whether Russia has fired them.",
         {("ammunition", "artillery shells", 6000000, None, "exact", "shells", "reported", False, "nk_to_ru", None)}),
        ("It is unclear whether North Korea has sent more troops since the 11,000 it deployed last year.",
         {("troops", "troops", 11000, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_a_figure_the_question_takes_as_told_stays(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A delivery said to be unseen or ruled out asserts nothing.
@pytest.mark.parametrize(
    "text",
    [
        "US officials have not seen any deliveries of MiG-29 jets to North Korea.",
        "Seoul has ruled out a sale of Su-35 fighters to the North.",
        "No delivery of Su-35 fighters to the North has yet been observed, the ministry said.",
    ],
)
def test_an_unseen_or_ruled_out_delivery_is_no_claim(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul detected the transfer of fighter jets to Pyongyang.",
         {("vehicles", "aircraft", None, None, None, "aircraft", "reported", False, "ru_to_nk", None)}),
        ("There has been no let-up in shipments of shells from North Korea to Russia.",
         {("ammunition", "artillery shells", None, None, None, "shells", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_a_delivery_seen_stays(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def test_a_denial_of_deliveries_stays_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "There are no deliveries of North Korean shells to our forces, the ministry said."
    assert ("ammunition", "denied") in {(c[0], c[6]) for c in whole_rows(text, lexicon)}


# Missiles fired in tests or drills are no supply, whoever fires them.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched 8 cruise missiles during drills on Tuesday.",
        "Pyongyang fired some 15 short-range missiles last year as part of weapons tests, Seoul said.",
        "Russia fired about 20 ballistic missiles this year in tests.",
    ],
)
def test_missiles_fired_in_tests_are_no_supply(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has fired about 50 North Korean missiles at Ukraine.",
         {("missiles", "missiles", 50, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
        ("North Korea has sent Russia about 100 ballistic missiles, which Russia has fired at Ukrainian cities.",
         {("missiles", "missiles", 100, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_missiles_fired_at_ukraine_stay(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _workers(value: int, qualifier: str) -> tuple[object, ...]:
    return ("workers", "workers", value, None, qualifier, "workers", "reported", False, "nk_to_ru", None)


# A maker's output, counted, is production, not supply.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent 2,000 workers to Yelabuga, a plant with a production capacity of up to 6,000 Shahed "
         "drones a year.", {_workers(2000, "exact")}),
        ("Pyongyang has sent over 800 labourers to a Tatarstan plant, a centre for drone output of roughly 4,000 "
         "Geran drones a year.", {_workers(800, "more_than")}),
        ("Russia is helping North Korea set up drone production lines.",
         {("drones", "drone production lines", None, None, None, None, "reported", False, "ru_to_nk", None)}),
        ("North Korea sent Russia 5,500 drones.",
         {("drones", "drones", 5500, None, "exact", "drones", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_a_counted_output_is_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Drones as what hit troops or what they are shielded from are no drones supplied.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean units have lost hundreds of soldiers to Ukrainian drones, the HUR said.",
         {("casualties", "killed_or_wounded", None, None, None, "troops", "reported", False, "nk_to_ru",
           "Ukraine HUR")}),
        ("Russia sent North Korea air defence systems to defend against drones and missiles.",
         {("other", "air defense systems", None, None, None, "systems", "reported", False, "ru_to_nk", None)}),
        ("Russia has supplied North Korea with attack drones.",
         {("drones", "drones", None, None, None, "drones", "reported", False, "ru_to_nk", None)}),
    ],
)  # fmt: skip
def test_drones_lost_to_or_defended_against(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _added(status: str, incremental: bool, source: str | None, subtype: str = "troops") -> tuple[object, ...]:
    return ("troops", subtype, None, None, None, "troops", status, incremental, "nk_to_ru", source)


# An addition word before a quoted figure still adds: 'a further "several thousand" soldiers'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky said North Korea could send a further 'several thousand' troops.",
         {_added("planned", True, "Zelensky")}),
        ("Kyiv says fresh North Korean units, \"several thousand men\", have reached Kursk.",
         {_added("reported", True, "Ukrainian government")}),
        ("North Korea sent \"several thousand\" soldiers to Kursk.", {_added("reported", False, None)}),
    ],
)  # fmt: skip
def test_an_addition_before_a_quoted_figure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An addition word in a clause of its own before a toll adds nothing to the toll.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea seems to have sent additional troops to Kursk, while some 2,000 have been killed or wounded.",
         {_added("reported", True, None),
          ("casualties", "killed_or_wounded", 2000, None, "approx", "troops", "reported", False, "nk_to_ru", None)}),
        ("Pyongyang sent extra soldiers in January, whereas roughly 1,200 have been wounded.",
         {_added("reported", True, None),
          ("casualties", "wounded", 1200, None, "approx", "troops", "reported", False, "nk_to_ru", None)}),
        ("North Korea sent additional troops, some 3,000, to Kursk.",
         {("troops", "troops", 3000, None, "approx", "troops", "reported", True, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_an_addition_in_a_clause_of_its_own(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_AIR_DEFENCE = ("other", "air defense systems", None, None, None, "systems", "reported", False, "ru_to_nk", None)


def _fuel(value: int, qualifier: str) -> tuple[object, ...]:
    return ("other", "fuel", value, None, qualifier, "barrels", "reported", False, "ru_to_nk", None)


# Barrels of oil then 'and' another item: the barrels count the oil, the other item is its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has supplied North Korea with some 600,000 barrels of crude oil and Pantsir systems.",
         {_fuel(600000, "approx"), _AIR_DEFENCE}),
        ("Russia shipped North Korea over 800,000 barrels of oil and Pantsir air-defence systems this year.",
         {_fuel(800000, "more_than"), _AIR_DEFENCE}),
        ("Russia has delivered over 1 million barrels of crude and refined oil into North Korea.",
         {_fuel(1000000, "more_than")}),
    ],
)  # fmt: skip
def test_barrels_of_oil_and_another_item(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _engineers(value: int, status: str, subtype: str = "combat engineers") -> tuple[object, ...]:
    return ("troops", subtype, value, None, "exact", "troops", status, False, "nk_to_ru", None)


# A split of a planned whole, its verb said once: the second share is planned too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang will dispatch 4,000 engineers to Kursk. Of them, 1,500 will be sappers and 2,500 road builders.",
         {_engineers(4000, "planned"), _engineers(1500, "planned"), _engineers(2500, "planned")}),
        ("North Korea will send 6,000 troops to Kursk. Of those, 1,000 will be deminers and 5,000 military builders.",
         {_engineers(6000, "planned", "troops"), _engineers(1000, "planned", "troops"), _engineers(5000, "planned")}),
        ("North Korea sent 6,000 troops. Of those, 1,000 were deminers and 5,000 military builders.",
         {_engineers(6000, "reported", "troops"), _engineers(1000, "reported", "troops"),
          _engineers(5000, "reported")}),
    ],
)  # fmt: skip
def test_a_split_of_a_planned_whole(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_DEPLOYED = ("troops", "troops", None, None, None, "troops", "reported", False, "nk_to_ru", None)
_NK_LOSSES = ("casualties", "killed_or_wounded", None, None, None, "troops", "reported", False, "nk_to_ru", None)


# Another side's own losses are no North Korean casualties.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian army has suffered mounting casualties since North Korean soldiers joined the fight.",
         {_DEPLOYED}),
        ("Kyiv's units took heavy losses near Sudzha, and Russia has also suffered heavy casualties there.", set()),
        ("Russia had taken heavy losses in Kursk before North Korean troops arrived.", {_DEPLOYED}),
        ("North Korean troops sent to fight for Russia have sustained heavy losses in the Kursk region.",
         {_DEPLOYED, _NK_LOSSES}),
        ("North Korean troops in Russia suffered heavy losses.", {_DEPLOYED, _NK_LOSSES}),
    ],
)  # fmt: skip
def test_another_sides_own_losses(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _dead(source: str) -> tuple[object, ...]:
    return ("casualties", "killed", None, None, None, "troops", "reported", False, "nk_to_ru", source)


# North Korea's deaths hidden are deaths told, as its hidden losses are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin is concealing the deaths of North Korean troops, Ukraine's intelligence says.",
         {_dead("Ukraine HUR")}),
        ("Zelensky accused Moscow of hiding the deaths of North Korean soldiers.", {_dead("Zelensky")}),
        ("Zelensky accused Moscow of hiding North Korean losses.",
         {("casualties", "killed_or_wounded", None, None, None, "troops", "reported", False, "nk_to_ru", "Zelensky")}),
    ],
)  # fmt: skip
def test_hidden_north_korean_deaths(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Help to 'mass produce' drones (two words, as to 'mass-produce') is drone know-how given.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow will help Pyongyang mass produce Geran attack drones.",
         {("drones", "drones", None, None, None, "drones", "planned", False, "ru_to_nk", None)}),
        ("Russia has agreed to help North Korea mass produce Shahed drones, the NIS said.",
         {("drones", "drones", None, None, None, "drones", "planned", False, "ru_to_nk", "South Korea NIS")}),
        ("Russia is helping North Korea to mass-produce Shahed-type drones.",
         {("drones", "drones", None, None, None, "drones", "reported", False, "ru_to_nk", None)}),
    ],
)  # fmt: skip
def test_help_to_mass_produce_drones(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
