"""Round thirty-five, mending the null-claim rules: rebuilding sends troops only to Russia's lands, a giving ruled out
denies only a supply, a supply is doubted only when it is itself the unlikely thing, drone training at a place named
that is not North Korea's is no know-how given at home, and a third country's aid is not Russia's; sentences of our
own, asserting the whole of every claim, with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows

_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"


def _null(category: str, subtype: str, unit: str | None, source: str | None, *, status: str = "reported",
          direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, False, direction, source)


def _engineers(source: str | None, status: str = "reported") -> tuple[object, ...]:
    return _null("troops", "combat engineers", "troops", source, status=status)


# Rebuilding is troops sent only where Russia rebuilds: its regions, its border areas, Kursk (not a hospital, bridge or
# district at home, whatever Russia does in the same sentence).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean engineers are helping rebuild a hospital in Hamhung, KCNA said, while Russia's war grinds on.",
         set()),
        ("North Korean soldiers helped rebuild a bridge in Kangwon province after the floods, KCNA reported.", set()),
        ("Army engineers from the Korean People's Army will help reconstruct the Chongjin port, state media said, days "
         "after a Russian delegation left.", set()),
        ("North Korean soldiers helped rebuild a school in Wonsan as ties with Russia grow, state media said.", set()),
        # (near misses: Russia's lands rebuilt)
        ("North Korean sappers will help rebuild roads in the Kursk region, the NIS said.",
         {_engineers(_NIS, "planned")}),
        ("North Korean military engineers helped rebuild bridges in Russia's Belgorod region, Ukraine's HUR said.",
         {_engineers(_HUR)}),
        ("North Korean military builders will help rebuild Russia's border regions, the NIS said.",
         {_engineers(_NIS, "planned")}),
        ("North Korean military builders helped rebuild schools in Russian-occupied Luhansk, Ukraine's HUR said.",
         {_engineers(_HUR)}),
        ("North Korean construction workers are helping rebuild apartment blocks in occupied Mariupol, the NIS said.",
         {_null("workers", "workers", "workers", _NIS)}),
    ],
)  # fmt: skip
def test_rebuilding_sends_troops_only_to_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'will not give' or 'will not hand over' deny a supply only: not a thing given up or told, nor people held.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin won't give any details about North Korean soldiers fighting in Kursk, Dmitry Peskov said.",
         {_null("troops", "troops", "troops", "Kremlin (Peskov)")}),
        ("Ukrainian forces will not give up the salient, even as North Korean troops arrive, Syrskyi said.",
         {_null("troops", "troops", "troops", "Ukraine Armed Forces (Syrskyi)")}),
        ("Kyiv will not hand over the North Korean prisoners to Moscow, Ukraine's foreign ministry said.",
         {_null("casualties", "captured", "troops", "Ukrainian government")}),
        ("Russia will not hand over the bodies of North Korean soldiers killed in Kursk, HUR said.",
         {_null("casualties", "killed", "troops", _HUR)}),
        # (near misses: the supply itself ruled out)
        ("Russia won't give North Korea fighter jets, Peskov said.",
         {_null("vehicles", "aircraft", "aircraft", "Kremlin (Peskov)", status="denied", direction="ru_to_nk")}),
        ("Russia won't hand over nuclear submarine technology to North Korea, Peskov said.",
         {_null("technology_transfer", "technology", None, "Kremlin (Peskov)", status="denied", direction="ru_to_nk")}),
        ("North Korea will not hand over its artillery shells to Russia, KCNA said.",
         {_null("ammunition", "artillery shells", "shells", "North Korean government", status="denied")}),
    ],
)  # fmt: skip
def test_a_giving_ruled_out_denies_only_a_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def test_captives_kept_are_no_supply_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = whole_rows("Ukraine will not hand over the two captured North Korean soldiers to Russia, HUR said.", lexicon)
    assert {(r[0], r[1], r[2], r[6]) for r in rows} == {("casualties", "captured", 2, "reported")}


# 'unlikely to' doubts the supply only when the supply is the unlikely thing: stopping, halting, revealing or stalling
# while it goes on asserts it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea is unlikely to stop sending artillery shells to Russia, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        ("Pyongyang is unlikely to stop sending troops to Russia, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("North Korea is unlikely to halt its shell shipments to Russia, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        ("The Kremlin is unlikely to disclose how many North Korean soldiers it has received, the ISW said.",
         {_null("troops", "troops", "troops", "Institute for the Study of War (ISW)")}),
        ("Russia's advance is unlikely to slow while North Korean shells keep arriving, Reuters reported.",
         {_null("ammunition", "artillery shells", "shells", "Reuters")}),
        # (near misses: the supply the unlikely thing)
        ("Russia is unlikely to give North Korea its most advanced fighter jets, analysts said.", set()),
        ("Moscow is not expected to hand over nuclear submarine technology to Pyongyang, the NIS said.", set()),
        ("North Korea is unlikely to have received S-400 systems from Russia, analysts said.", set()),
    ],
)  # fmt: skip
def test_unlikely_doubts_only_the_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_DRONES = _null("drones", "drones", "drones", _NIS, direction="ru_to_nk")


# Drone use taught at a place named that is not North Korea's is the troops' training abroad, no know-how given at
# home, as in Kursk (Russia's places need no list); North Korea's own places keep it at home.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is training North Korean drone operators in the Primorsky region, the NIS said.", set()),
        ("Russian instructors are teaching North Korean soldiers to fly drones near Vladivostok, the NIS said.", set()),
        ("Russia is training North Korean drone crews in Russia's Far East, the NIS said.", set()),
        ("Russia is training North Korean drone operators at a range near Khabarovsk, the NIS said.", set()),
        ("Russia is training North Korean drone operators in Kursk, the NIS said.", set()),
        # (near misses: at home, or no place told)
        ("Russian specialists are training North Korean drone crews at a range near Wonsan, the NIS said.", {_DRONES}),
        ("Russian instructors are teaching North Korean soldiers to fly drones in North Korea, the NIS said.",
         {_DRONES}),
        ("Russia is training North Korean drone operators, the NIS said.", {_DRONES}),
        ("Russia is training North Korean drone operators in January, the NIS said.", {_DRONES}),
    ],
)  # fmt: skip
def test_drone_training_abroad_is_no_know_how(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A third country's aid or shipments are not Russia's: their items are no claim, while the sentence's own supply stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese aid to North Korea includes fuel and fertiliser, while Pyongyang arms Russia.", set()),
        ("China's aid to Pyongyang consists of food and fuel, while North Korea arms Russia.", set()),
        ("Chinese oil shipments to North Korea fell last year, even as Russia and North Korea drew closer.", set()),
        ("Iran's aid to North Korea includes oil, while Pyongyang sends shells to Russia.",
         {_null("ammunition", "artillery shells", "shells", None)}),
        # (near misses: Russia's own)
        ("Russia's aid to North Korea includes oil, the NIS said.",
         {_null("other", "fuel", "barrels", _NIS, direction="ru_to_nk")}),
        ("Russia's oil shipments to North Korea have continued, the NIS said.",
         {_null("other", "fuel", "barrels", _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_a_third_countrys_aid_is_not_russias(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A giving told never done is denied ('never gave', 'did not give'), kept from things given up or told, and from
# 'never ... before', which tells it done now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin never gave North Korea fighter jets, Peskov said.",
         {_null("vehicles", "aircraft", "aircraft", "Kremlin (Peskov)", status="denied", direction="ru_to_nk")}),
        ("Russia did not give North Korea any nuclear submarine technology, Peskov said.",
         {_null("technology_transfer", "technology", None, "Kremlin (Peskov)", status="denied", direction="ru_to_nk")}),
        # (near misses)
        ("North Korean troops never gave up their positions in Kursk, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("Moscow has not given any details on the North Korean soldiers in Kursk, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("The NIS did not give its source for the report that North Korea sent troops to Russia.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("That is new: Russia had never given the North a modern fighter jet before, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_a_giving_never_done_is_denied(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A delivery or arrival told as a noun and said to be expected or due is a plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrival of Russian fighter jets in North Korea is expected next year, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, status="planned", direction="ru_to_nk")}),
        ("Deliveries of Russian fighter jets to North Korea are expected to begin next year, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, status="planned", direction="ru_to_nk")}),
        # (near miss: the arrival confirmed)
        ("The arrival of Russian fighter jets in Pyongyang was confirmed by the NIS.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_an_expected_arrival_is_planned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
