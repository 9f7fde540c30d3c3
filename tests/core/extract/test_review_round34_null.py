"""Round thirty-four, null-valued claims: items asserted without a figure in wording nobody tuned for (a promise of
the items, a denial by 'both countries', a supply doubted or told only in theory, items of history, rocket
artillery), sentences of our own, asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows

_NK_GOVS = "North Korean and Russian governments"


def _null(category: str, subtype: str, unit: str | None, status: str, source: str | None, *,
          added: bool = False, direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, added, direction, source)


# A promise of the items themselves (the verb, not the noun 'pledge') is a planned supply; 'more' marks an addition.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un has pledged more troops to Russia, Ukraine's HUR said.",
         {_null("troops", "troops", "troops", "planned", "Ukraine HUR", added=True)}),
        ("Pyongyang has promised Moscow additional artillery shells, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", "planned", "South Korea NIS", added=True)}),
        ("North Korea has promised Russia more drones, according to Ukrainian intelligence.",
         {_null("drones", "drones", "drones", "planned", "Ukraine HUR", added=True)}),
        ("Kim pledged full support for Russia's war in Ukraine.", set()),
        ("The deminers are part of a pledge Shoigu brought back from Pyongyang.", set()),
    ],
)  # fmt: skip
def test_a_promise_of_items_is_planned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'a charge both countries deny', 'which the two governments have denied': the two parties deny, a claim of theirs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has long accused Pyongyang of providing Russia with artillery ammunition, a charge both countries "
         "deny.",
         {_null("ammunition", "ammunition", None, "reported", "Ukrainian government"),
          _null("ammunition", "ammunition", None, "denied", _NK_GOVS)}),
        ("Washington says North Korea has shipped ballistic missiles to Russia, which the two governments have denied.",
         {_null("missiles", "missiles", "missiles", "reported", "US government"),
          _null("missiles", "missiles", "missiles", "denied", _NK_GOVS)}),
        # (no denial: the sides of a war dispute it, another's allies reject it)
        ("Seoul says Pyongyang sent drones to Russia, a charge both sides of the war dispute.",
         {_null("drones", "drones", "drones", "reported", "South Korean government")}),
        ("Kyiv says North Korea supplied Russia with rocket launchers, which Ukraine's allies also reject.",
         {_null("rocket_launchers", "MRL", "units", "reported", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_both_countries_deny(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A supply a voice doubts, holds not to have happened, or tells only in theory with no sign of it: nothing asserted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts doubt that Russia will hand over nuclear submarine technology to Kim Jong Un's regime.", set()),
        ("Western officials are sceptical that Moscow would give Pyongyang its most advanced fighter jets.", set()),
        ("Moscow is not believed to have given the North any nuclear technology, a senior Seoul official said.",
         set()),
        ("Russia could in theory give North Korea reconnaissance satellites, but there is no sign it has done so.",
         set()),
        ("Moscow could theoretically supply Pyongyang with fighter jets, though there is no indication that it has "
         "done so.", set()),
        # (asserted: no doubt, what comes after 'but', a voice's plan)
        ("There is little doubt that North Korea has sent missiles to Russia, the NIS said.",
         {_null("missiles", "missiles", "missiles", "reported", "South Korea NIS")}),
        ("North Korean troops are not thought to be fighting inside Ukraine, but they have been deployed to Kursk, "
         "the NIS said.",
         {_null("troops", "troops", "troops", "reported", "South Korea NIS")}),
        ("Russia may hand North Korea fighter jets, but there is no sign it has done so yet.",
         {_null("vehicles", "aircraft", "aircraft", "planned", None, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_a_doubted_supply_is_none(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items of history: given by the Soviet Union, or placed in the last century by their clause (not when made then).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Soviet Union supplied North Korea with MiG-29 fighters in the late 1980s.", set()),
        ("During the Cold War, the USSR provided the North with air-defence systems.", set()),
        ("Moscow sold Pyongyang tanks in 1988, and it may now send Su-35 fighters, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", "planned", "South Korea NIS", direction="ru_to_nk")}),
        ("North Korea has sent Russia artillery shells produced in the 1980s, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", "reported", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_items_of_history_are_none(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Rocket artillery is rocket launchers; 'tube and rocket artillery' names guns too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Institute for the Study of War assessed that North Korean rocket artillery is now being used against "
         "Ukrainian positions in Kursk.",
         {_null("rocket_launchers", "MRL", "units", "reported", "Institute for the Study of War (ISW)")}),
        ("North Korea is preparing a fresh deployment made up largely of tube and rocket artillery units, Budanov "
         "said.",
         {_null("artillery", "artillery", "pieces", "planned", "Ukraine HUR (Budanov)", added=True),
          _null("rocket_launchers", "MRL", "units", "planned", "Ukraine HUR (Budanov)", added=True)}),
        ("North Korea has sent Russia self-propelled guns and rocket artillery, Kyiv says.",
         {_null("artillery", "artillery", "pieces", "reported", "Ukrainian government"),
          _null("rocket_launchers", "MRL", "units", "reported", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_rocket_artillery_is_rocket_launchers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A ban on exports, records that show none, and the item set against the one sent: no supply of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions package bans the export of dual-use goods and drone components to North Korea.", set()),
        ("The bill would ban exports of drone parts to North Korea.", set()),
        ("Customs records reviewed by Reuters show no shipments of refined petroleum from Russia to North Korea since "
         "March.", set()),
        ("Satellite imagery showed no deliveries of fuel to North Korea's ports, a Seoul official said.", set()),
        ("The North supplied Russia with rocket launchers, not artillery pieces, the NIS said.",
         {_null("rocket_launchers", "MRL", "units", "reported", "South Korea NIS")}),
        ("North Korean workers, not soldiers, are being sent to Russian construction sites, Pyongyang insisted.",
         {_null("workers", "workers", "workers", "reported", "North Korean government")}),
        # (a supply told after the ban; 'not only ... but also' sends both)
        ("North Korea violated the UN ban on arms transfers by shipping missiles to Russia, the US said.",
         {_null("missiles", "missiles", "missiles", "reported", "US government")}),
        ("The North sent not only shells but also self-propelled howitzers, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", "reported", "South Korea NIS"),
          _null("artillery", "artillery", "pieces", "reported", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_banned_unseen_or_not_this_one(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items lent, and items a supply is said to include, are supplied.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has lent Moscow military engineers, according to Russian media.",
         {_null("troops", "combat engineers", "troops", "reported", "Russian media")}),
        ("North Korea's contributions, as listed by the NIS, include troops, artillery shells and 240mm rocket "
         "launchers.",
         {_null("troops", "troops", "troops", "reported", "South Korea NIS"),
          _null("ammunition", "artillery shells", "shells", "reported", "South Korea NIS"),
          _null("rocket_launchers", "MRL", "units", "reported", "South Korea NIS")}),
        ("North Korea's shipments to Russia have included artillery shells and anti-tank missiles, the JCS said.",
         {_null("ammunition", "artillery shells", "shells", "reported", "South Korea JCS"),
          _null("missiles", "missiles", "missiles", "reported", "South Korea JCS")}),
        ("North Korea lent its support to Russia's war, the NIS said.", set()),
    ],
)  # fmt: skip
def test_lent_and_included_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Anti-tank guided missiles (ATGMs, Bulsae) are missiles, as the gold has them; anti-tank guns and mines stay other.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has delivered Bulsae anti-tank guided missiles, Kyiv said.",
         {_null("missiles", "missiles", "missiles", "reported", "Ukrainian government")}),
        ("North Korea has also sent ATGMs to Russia, Kyiv said.",
         {_null("missiles", "missiles", "missiles", "reported", "Ukrainian government")}),
        ("North Korea has sent Russia anti-tank guns, the JCS said.",
         {_null("other", "anti-tank weapons", None, "reported", "South Korea JCS")}),
    ],
)  # fmt: skip
def test_anti_tank_guided_missiles_are_missiles(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Drone crews trained in North Korea by Russia are drone know-how given at home, Russia's to North Korea (crews
# trained in Russia, or help to train them told without a place, are none).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is training North Korean drone operators in Pyongyang, according to Ukrainian intelligence.",
         {_null("drones", "drones", "drones", "reported", "Ukraine HUR", direction="ru_to_nk")}),
        ("Russian instructors have been training drone pilots in North Korea, Ukrainian intelligence says.",
         {_null("drones", "drones", "drones", "reported", "Ukraine HUR", direction="ru_to_nk")}),
        ("Ukraine's HUR believes Russia has been training North Korean drone pilots at sites near Pyongyang.",
         {_null("drones", "drones", "drones", "reported", "Ukraine HUR", direction="ru_to_nk")}),
        ("Russian officers are training North Korean drone operators in Kursk, Kyiv says.", set()),
        ("North Korean drone operators trained in Russia have returned home, the NIS said.", set()),
    ],
)  # fmt: skip
def test_drone_crews_trained_in_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# The giver's own present or future negation is a denial; a wire's 'could not verify whether' asks, it asserts nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is not providing North Korea with nuclear technology, Lavrov said.",
         {_null("technology_transfer", "technology", None, "denied", "Russia Ministry of Foreign Affairs (Lavrov)",
                direction="ru_to_nk")}),
        ("Pyongyang is not sending troops to Russia, North Korea's foreign ministry said.",
         {_null("troops", "troops", "troops", "denied", "North Korean government")}),
        ("Russia will not supply North Korea with fighter jets, the Kremlin said.",
         {_null("vehicles", "aircraft", "aircraft", "denied", "Russian government", direction="ru_to_nk")}),
        ("Reuters could not independently verify whether North Korea had sent more troops.", set()),
        ("AP was unable to verify whether Russia had delivered fighter jets to North Korea.", set()),
        ("North Korea has sent troops to Russia, but Reuters could not immediately verify whether they had entered "
         "Ukraine.",
         {_null("troops", "troops", "troops", "reported", None)}),
    ],
)  # fmt: skip
def test_not_providing_and_could_not_verify(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'X accuse Y of supplying ...' in the plural present: the accusers are the source.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US officials accuse Moscow of supplying Pyongyang with air-defence systems.",
         {_null("other", "air defense systems", "systems", "reported", "US officials", direction="ru_to_nk")}),
        ("South Korean officials accuse Pyongyang of sending drones to Russia.",
         {_null("drones", "drones", "drones", "reported", "South Korean officials")}),
    ],
)  # fmt: skip
def test_plural_accusers_are_the_source(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# What North Korea seeks is to come: planned, past its describing words ('seeking advanced technologies',
# 'seeking sophisticated Russian fighter jets'); not a verb sought ('sought to hide'), nor a relative clause's seeking.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In return, North Korea is believed to be seeking advanced technologies related to reconnaissance "
         "satellites, the JCS said.",
         {_null("technology_transfer", "technology", None, "planned", "South Korea JCS", direction="ru_to_nk")}),
        ("North Korea is seeking sophisticated Russian fighter jets, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", "planned", "South Korea NIS", direction="ru_to_nk")}),
        ("Russia sought to hide the transfer of air-defence systems to North Korea, the NIS said.",
         {_null("other", "air defense systems", "systems", "reported", "South Korea NIS", direction="ru_to_nk")}),
        ("North Korea, which sought Russian help last year, has now received air-defence systems, the NIS said.",
         {_null("other", "air defense systems", "systems", "reported", "South Korea NIS", direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_what_is_sought_is_planned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items North Korea is making for Russia are a planned supply (not when the sentence says they went; not production
# lines, nor production told without Russia).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NIS said the North was believed to be producing suicide drones for Russia.",
         {_null("drones", "drones", "drones", "planned", "South Korea NIS")}),
        ("The JCS said the North was also producing self-propelled guns and multiple rocket launchers for export to "
         "Russia.",
         {_null("artillery", "artillery", "pieces", "planned", "South Korea JCS"),
          _null("rocket_launchers", "MRL", "units", "planned", "South Korea JCS")}),
        ("North Korea is manufacturing artillery shells for Russia at full capacity, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", "planned", "South Korea NIS")}),
        ("North Korea has been producing shells for Russia since 2023 and has shipped millions, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", "reported", "South Korea NIS")}),
        ("The NIS said the lines producing shells for Russia were running at full tilt.", set()),
        ("North Korea is producing drones at a new factory, the NIS said.", set()),
    ],
)  # fmt: skip
def test_items_made_for_russia_are_planned(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
