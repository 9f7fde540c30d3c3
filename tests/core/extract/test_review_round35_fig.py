"""Round thirty-five, figures and their fields: fresh wording of our own (a speaker's own figure after a denial of
another's it rejects, Russia's own troops for North Korea, rockets named by their launchers, the guns and kit that
fire at aircraft), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows

_HUR = "Ukraine HUR"
_NIS = "South Korea NIS"


# A speaker who rejects another's claim (or denial) and then says a figure of its own tells that figure as it tells
# it; a denier who goes on after its own denial ('denied ... and said the reports were lies') still denies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's intelligence agency rejected Moscow's claim that North Korean troops had never seen combat and "
         "said about 14,000 had been sent to Kursk.",
         {troops_row(14000, "approx", _HUR)}),
        ("Zelensky dismissed the Kremlin's assertion that the reports were fake and said 12,000 North Korean soldiers "
         "had arrived.",
         {troops_row(12000, "exact", "Zelensky")}),
        ("The NIS disputed claims by Pyongyang that no soldiers had left and said some 11,000 North Korean troops were "
         "in Russia.",
         {troops_row(11000, "approx", _NIS)}),
        ("Seoul rejected Pyongyang's denial and said North Korea would send another 5,000 troops.",
         {troops_row(5000, "exact", "South Korean government", status="planned", incremental=True)}),
        # (the denier going on: still a denial)
        ("North Korea denied sending 10,000 troops to Russia and said the reports were lies.",
         {troops_row(10000, "exact", "North Korean government", status="denied")}),
        ("Russia dismissed the reports and said the figure of 10,000 North Korean soldiers was a fabrication.",
         {troops_row(10000, "exact", "Russian government", status="denied")}),
        ("Pyongyang denied the reports and said it had sent no troops to Russia.",
         {troops_row(None, None, "North Korean government", status="denied")}),
    ],
)  # fmt: skip
def test_a_figure_said_after_rejecting_anothers_claim(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _russian_troops(status: str, source: str | None) -> tuple[object, ...]:
    return ("troops", "troops", None, None, None, "troops", status, False, "ru_to_nk", source)


# Russia's own troops sent (or not) to North Korea, to the peninsula or to defend the North go from Russia; an intent
# disowned ('does not intend to', 'has no intention of') is a denial, but not of troops it keeps where they are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has no plans to send troops to the Korean Peninsula, Peskov told reporters.",
         {_russian_troops("denied", "Kremlin (Peskov)")}),
        ("Russia does not intend to send its soldiers to North Korea, Lavrov said.",
         {_russian_troops("denied", "Russia Ministry of Foreign Affairs (Lavrov)")}),
        ("Russia has no intention of deploying troops in Pyongyang, Peskov said.",
         {_russian_troops("denied", "Kremlin (Peskov)")}),
        ("Russia could send troops to North Korea under the treaty, the NIS said.",
         {_russian_troops("planned", _NIS)}),
        ("Putin said Russia would send its soldiers to defend North Korea if it were attacked.",
         {_russian_troops("planned", "Putin")}),
        # (North Korea's troops, sent or kept in Russia: from North Korea)
        ("Moscow said Pyongyang will send 5,000 troops to Russia.",
         {troops_row(5000, "exact", "Russian government", status="planned")}),
        ("North Korea has no plans to send more troops to Russia, the NIS said.",
         {troops_row(None, None, _NIS, status="denied", incremental=True)}),
        ("North Korea is not planning to send soldiers to Russia, its envoy said.",
         {troops_row(None, None, None, status="denied")}),
        ("North Korea has no plans to withdraw its 11,000 troops from Russia, the NIS said.",
         {troops_row(11000, "exact", _NIS)}),
        ("Pyongyang has no plans to bring home the 11,000 troops it sent to Russia, the NIS said.",
         {troops_row(11000, "exact", _NIS)}),
    ],
)  # fmt: skip
def test_russian_troops_for_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _rockets(value: int | None, qualifier: str | None, source: str | None) -> tuple[object, ...]:
    return ("ammunition", "ammunition", value, None, qualifier, None, "reported", False, "nk_to_ru", source)


# Rockets named by the launchers that fire them ('rockets for its 240mm launchers, perhaps 10,000 of them') are the
# ammunition, as shells named by their guns are; launchers counted themselves stay launchers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang also shipped rockets for its 240mm launchers, perhaps 10,000 of them, the HUR said.",
         {_rockets(10000, "approx", _HUR)}),
        ("North Korea sent rockets for its multiple rocket launchers, about 5,000 of them, the NIS said.",
         {_rockets(5000, "approx", _NIS)}),
        ("North Korea has sent rockets for the M1991 launchers to Russia, the NIS said.",
         {_rockets(None, None, _NIS)}),
        # (the launchers counted: launchers)
        ("North Korea sent rocket launchers, perhaps 100 of them, the NIS said.",
         {("rocket_launchers", "MRL", 100, None, "approx", "units", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea sent 120 240mm rocket launchers and rockets for them, the NIS said.",
         {("rocket_launchers", "240mm MRL", 120, None, "exact", "units", "reported", False, "nk_to_ru", _NIS),
          _rockets(None, None, _NIS)}),
    ],
)  # fmt: skip
def test_rockets_named_by_their_launchers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _air_defence(value: int | None, qualifier: str | None, source: str | None) -> tuple[object, ...]:
    return ("other", "air defense systems", value, None, qualifier, "systems", "reported", False, "ru_to_nk", source)


# What fires at aircraft ('anti-aircraft equipment', 'anti-aircraft guns', 'antiaircraft artillery') is air defence,
# not the aircraft nor the guns its last word names; anti-aircraft missiles stay missiles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has handed North Korea anti-aircraft equipment to guard Pyongyang, the HUR said.",
         {_air_defence(None, None, _HUR)}),
        ("Russia has supplied North Korea with anti-aircraft guns and radar, the HUR said.",
         {_air_defence(None, None, _HUR)}),
        ("Russia sent 20 anti-aircraft guns to North Korea, the NIS said.", {_air_defence(20, "exact", _NIS)}),
        ("Moscow delivered antiaircraft artillery to Pyongyang, Seoul's spy agency said.",
         {_air_defence(None, None, _NIS)}),
        # (the missiles and a warplane: as before)
        ("Russia has sent anti-aircraft missiles to North Korea, the NIS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "ru_to_nk", _NIS)}),
        ("Russia has sent fighter aircraft to North Korea, the NIS said.",
         {("vehicles", "aircraft", None, None, None, "aircraft", "reported", False, "ru_to_nk", _NIS)}),
    ],
)  # fmt: skip
def test_anti_aircraft_kit_is_air_defence(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# What Russia deploys or dispatches to North Korea is given to it, counted or not ('Russia has deployed two Pantsir
# systems to Pyongyang'); North Korea's troops Russia deploys elsewhere stay North Korea's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has deployed two Pantsir air-defence systems to Pyongyang, the HUR said.",
         {_air_defence(2, "exact", _HUR)}),
        ("Russia has deployed at least one Pantsir system to North Korea, Budanov said.",
         {("other", "air defense systems", 1, None, "at_least", "systems", "reported", False, "ru_to_nk",
           "Ukraine HUR (Budanov)")}),
        ("Moscow dispatched about 10 air-defence systems to North Korea, the NIS said.",
         {_air_defence(10, "approx", _NIS)}),
        # (North Korea's troops, deployed by Russia elsewhere)
        ("Russia has deployed 11,000 North Korean troops to Kursk, the NIS said.", {troops_row(11000, "exact", _NIS)}),
    ],
)  # fmt: skip
def test_what_russia_deploys_to_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A total a participle sums ('bringing the total to', 'raising its contingent to') is done or to come as the addition
# it sums is; a part of a planned whole told with no act of its own ('1,000 of them are sappers') is planned too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea will send 3,000 more troops, bringing the total to about 14,000, the NIS said.",
         {troops_row(3000, "exact", _NIS, status="planned", incremental=True),
          troops_row(14000, "approx", _NIS, status="planned")}),
        ("Pyongyang is preparing to send 6,000 more soldiers, bringing its total deployment to roughly 17,000, the NIS "
         "said.",
         {troops_row(6000, "exact", _NIS, status="planned", incremental=True),
          troops_row(17000, "approx", _NIS, status="planned")}),
        ("Pyongyang could dispatch a further 10,000 soldiers, taking its contingent in Russia to 25,000, the HUR said.",
         {troops_row(10000, "exact", _HUR, status="planned", incremental=True),
          troops_row(25000, "exact", _HUR, status="planned")}),
        ("North Korea will send 3,000 more troops to Russia, the NIS said. About 1,000 of them are sappers.",
         {troops_row(3000, "exact", _NIS, status="planned", incremental=True),
          troops_row(1000, "approx", _NIS, status="planned")}),
        # (the addition done, or a part with an act of its own: reported)
        ("North Korea sent 3,000 more troops, bringing the total to about 14,000, the NIS said.",
         {troops_row(3000, "exact", _NIS, incremental=True), troops_row(14000, "approx", _NIS)}),
        ("North Korea has sent another 3,000 troops, the NIS said, bringing the total to about 14,000.",
         {troops_row(3000, "exact", _NIS, incremental=True), troops_row(14000, "approx", _NIS)}),
        ("North Korea will send 3,000 more troops to Russia, the NIS said. So far 1,000 of them have arrived.",
         {troops_row(3000, "exact", _NIS, status="planned", incremental=True), troops_row(1000, "exact", _NIS)}),
        ("North Korea has sent 3,000 more troops to Russia, the NIS said. About 1,000 of them are sappers.",
         {troops_row(3000, "exact", _NIS, incremental=True), troops_row(1000, "approx", _NIS)}),
    ],
)  # fmt: skip
def test_a_total_or_part_of_a_plan_is_planned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A deployment's size told after it ('the deployment now numbers north of 12,000') counts troops; the deployment of
# an item counts that item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deployment now numbers north of 12,000, the NIS said.", {troops_row(12000, "more_than", _NIS)}),
        ("North Korea's deployment stands at about 12,000, the NIS said.", {troops_row(12000, "approx", _NIS)}),
        ("North Korea's deployment has grown to 14,000, the NIS said.", {troops_row(14000, "exact", _NIS)}),
        ("The deployment of missiles numbers about 100, the HUR said.",
         {("missiles", "missiles", 100, None, "approx", "missiles", "reported", False, "nk_to_ru", _HUR)}),
    ],
)  # fmt: skip
def test_a_deployments_size(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _toll(
    subtype: str, value: int | None, qualifier: str | None, status: str, source: str | None
) -> tuple[object, ...]:
    return ("casualties", subtype, value, None, qualifier, "troops", status, False, "nk_to_ru", source)


# A denial of what befell North Korea's soldiers denies the toll, not their sending ('Russia denied that North Korean
# soldiers had been killed'); a denial of their being there or sent still denies the troops.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia denied that North Korean soldiers had been killed in Kursk.",
         {_toll("killed", None, None, "denied", "Russian government")}),
        ("Moscow dismissed reports that North Korean troops had suffered heavy losses.",
         {_toll("killed_or_wounded", None, None, "denied", "Russian government")}),
        # (their presence or sending denied: troops)
        ("Russia denied that North Korean soldiers were fighting in Kursk.",
         {troops_row(None, None, "Russian government", status="denied")}),
        ("North Korea denied reports that its soldiers had been sent to Russia and killed.",
         {troops_row(None, None, "North Korean government", status="denied"),
          _toll("killed", None, None, "denied", "North Korean government")}),
    ],
)  # fmt: skip
def test_a_denied_toll_is_no_denied_deployment(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# North Korea's own losses told back in what it says or denies ('North Korea denied reports that it had lost 4,000
# soldiers') are North Korea's; another's losses ('Ukraine denied that it had lost 500') stay no claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea denied reports that it had lost 4,000 soldiers in Kursk.",
         {_toll("killed_or_wounded", 4000, "exact", "denied", "North Korean government")}),
        ("SEOUL, Dec. 1 (Yonhap) -- North Korea denied that its army had lost 4,000 soldiers.",
         {_toll("killed_or_wounded", 4000, "exact", "denied", "North Korean government")}),
        ("Pyongyang's foreign ministry rejected claims that it had lost about 1,000 troops.",
         {_toll("killed_or_wounded", 1000, "approx", "denied", "North Korean government")}),
        ("Ukraine denied that it had lost 500 soldiers in Kursk.", set()),
        ("North Korea's ally Russia denied that it had lost 4,000 soldiers.", set()),
        ("North Korea said Ukraine had lost 500 soldiers in Kursk.", set()),
    ],
)  # fmt: skip
def test_north_koreas_own_losses_told_back(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Soldiers sent as replacements are an addition, as reinforcements are; so is a fact box's gloss that names them after
# its colon ('3,000: reinforcements sent in early 2025'); a total that rose 'as replacements arrived' is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Up to 1,500 North Korean soldiers could be sent to the front as replacements, the NIS warned.",
         {troops_row(1500, "up_to", _NIS, status="planned", incremental=True)}),
        ("Pyongyang has brought in some 2,000 North Korean soldiers as replacements, the HUR said.",
         {troops_row(2000, "approx", _HUR, incremental=True)}),
        ("KEY FIGURES\n11,000: North Korean troops sent to Russia in 2024 (NIS)\n3,000: reinforcements sent in early "
         "2025 (JCS)",
         {troops_row(11000, "exact", _NIS), troops_row(3000, "exact", "South Korea JCS", incremental=True)}),
        # (a total that grew as they came)
        ("North Korea's force in Kursk has grown to about 14,000 as replacements arrived, the HUR said.",
         {troops_row(14000, "approx", _HUR)}),
        ("The North Korean contingent grew to 14,000 as reinforcements arrived, the HUR said.",
         {troops_row(14000, "exact", _HUR)}),
    ],
)  # fmt: skip
def test_replacements_are_an_addition(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# People named by where they work or what they tend ('workers for Russia's drone factories') are what a bare figure
# after them counts, not the drones or missiles that name their workplace.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent workers for Russia's drone factories - as many as 12,000, the NIS said.",
         {("workers", "workers", 12000, None, "up_to", "workers", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea sent labourers for Russia's drone plants, about 5,000 of them, the NIS said.",
         {("workers", "workers", 5000, None, "approx", "workers", "reported", False, "nk_to_ru", _NIS)}),
        # (a count of the drones themselves)
        ("North Korea sent drones for Russia's army, about 300 of them, the HUR said.",
         {("drones", "drones", 300, None, "approx", "drones", "reported", False, "nk_to_ru", _HUR)}),
    ],
)  # fmt: skip
def test_people_named_by_their_workplace(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A hedged small number in words counts the items its sentence named before it ('air-defence systems, at least five
# of them'); 'one of them' and an unhedged 'two of them' stay no count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has supplied air-defence systems to North Korea, at least five of them, Budanov said.",
         {("other", "air defense systems", 5, None, "at_least", "systems", "reported", False, "ru_to_nk",
           "Ukraine HUR (Budanov)")}),
        ("North Korea has sent Koksan guns to Russia, perhaps three of them, the HUR said.",
         {("artillery", "170mm M1989 Koksan self-propelled howitzer", 3, None, "approx", "pieces", "reported", False,
           "nk_to_ru", _HUR)}),
        ("North Korea has sent Koksan guns to Russia, two of them damaged, the HUR said.",
         {("artillery", "artillery", None, None, None, "pieces", "reported", False, "nk_to_ru", _HUR)}),
    ],
)  # fmt: skip
def test_a_hedged_few_of_them(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A missile, shell or gun plant is a workplace, no supply of the item its name holds ('engineers for its missile
# plants', 'its shell factories are working flat out'), unless it works to supply Russia; the item sent beside it
# stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent engineers for its missile plants in Russia, the HUR said.",
         {("troops", "combat engineers", None, None, None, "troops", "reported", False, "nk_to_ru", _HUR)}),
        # (a plant working to supply Russia tells the supply: mend-fig)
        ("North Korea's missile factories are working around the clock to supply Russia, the NIS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False, "nk_to_ru", _NIS)}),
        ("North Korea's shell factories are working flat out, and it has sent missiles to Russia, the NIS said.",
         {("missiles", "missiles", None, None, None, "missiles", "reported", False,
           "nk_to_ru", _NIS)}),
    ],
)  # fmt: skip
def test_a_weapons_plant_is_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A part of a planned whole told past the speaker's words ('..., the NIS said, adding that 1,000 of them are sappers')
# is planned as its whole is; one told as arrived stays reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim has agreed to send around 3,000 troops, the NIS said, adding that 1,000 of them are sappers.",
         {troops_row(3000, "approx", _NIS, status="planned"), troops_row(1000, "exact", _NIS, status="planned")}),
        ("North Korea has sent around 3,000 troops, the NIS said, adding that 1,000 of them are sappers.",
         {troops_row(3000, "approx", _NIS), troops_row(1000, "exact", _NIS)}),
        ("Kim has agreed to send around 3,000 troops, the NIS said, adding that 1,000 of them have already arrived.",
         {troops_row(3000, "approx", _NIS, status="planned"), troops_row(1000, "exact", _NIS)}),
    ],
)  # fmt: skip
def test_a_part_of_a_plan_past_the_speakers_words(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
