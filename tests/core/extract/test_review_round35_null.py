"""Round thirty-five, null-valued claims: items told by a noun of their own (Russia's oil shipments, its aid that
includes oil, a consignment that reached Russian depots), drone use taught at home by Russians, sentences of our own,
asserting the whole of every claim; with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"
_CSIS = "Center for Strategic and International Studies (CSIS)"


def _null(category: str, subtype: str, unit: str | None, source: str | None, *, status: str = "reported",
          added: bool = False, direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, added, direction, source)


def _fuel(source: str) -> tuple[object, ...]:
    return _null("other", "fuel", "barrels", source, direction="ru_to_nk")


# Russia's supply told as a noun, the item before it and the recipient after it ("Russia's oil shipments to North
# Korea"), or as an aid whose items are listed ("Russia's aid to Pyongyang includes oil"); a speaker's 'according to'
# sends nothing elsewhere.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's oil shipments to North Korea have continued despite sanctions, the MSMT said.", {_fuel(_MSMT)}),
        ("Moscow's jet fuel exports to the DPRK have doubled, South Korea's spy agency said.", {_fuel(_NIS)}),
        ("Russian oil deliveries to Pyongyang have continued, according to the MSMT.", {_fuel(_MSMT)}),
        ("Russia's deliveries of refined petroleum to Pyongyang rose sharply last year, according to the MSMT.",
         {_fuel(_MSMT)}),
        ("Russia's aid to Pyongyang includes oil and air-defence equipment, the NIS said.",
         {_fuel(_NIS), _null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk")}),
        ("Russia's military aid to North Korea included fighter jets, Ukraine's HUR said.",
         {_null("vehicles", "aircraft", "aircraft", _HUR, direction="ru_to_nk")}),
        ("North Korea's aid to Russia includes artillery shells, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        # (another recipient, no aid to either, a share told elsewhere)
        ("Russia's arms exports to India fell last year, the NIS said.", set()),
        ("Russia's deliveries of refined petroleum to Syria rose sharply last year, according to the MSMT, as "
         "Pyongyang watched.", set()),
        ("Humanitarian aid to North Korea includes rice and flour, the UN said.", set()),
    ],
)  # fmt: skip
def test_a_supply_told_as_a_noun(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items told to have reached Russia, its units or the front: an arrival, as 'arrived in Russia' is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A consignment of North Korean artillery shells reached Russian depots in Bryansk last week, Budanov said.",
         {_null("ammunition", "artillery shells", "shells", "Ukraine HUR (Budanov)")}),
        ("North Korean howitzers have reached the front in Donetsk, Ukraine's HUR said.",
         {_null("artillery", "artillery", "pieces", _HUR)}),
        ("North Korean troops reached Kursk in October, the NIS said.", {_null("troops", "troops", "troops", _NIS)}),
        # (a figure reached, another's forces reaching a border)
        ("North Korea's trade with Russia reached a record in 2024, the ministry said.", set()),
        ("Ukrainian forces reached the border as North Korea's envoy met Lavrov, the General Staff said.", set()),
    ],
)  # fmt: skip
def test_items_that_reached_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Drone use taught to North Koreans at home by Russians is drone know-how (the schema's drones, from Russia), and
# the soldiers taught are no troops sent; taught in Kursk, or with no Russian teaching, it is no supply.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean soldiers are being taught to fly drones by Russian instructors in North Korea, Ukraine's HUR "
         "said.",
         {_null("drones", "drones", "drones", _HUR, direction="ru_to_nk")}),
        ("Russian instructors are teaching North Korean soldiers to operate drones at a base near Pyongyang, the NIS "
         "said.",
         {_null("drones", "drones", "drones", _NIS, direction="ru_to_nk")}),
        ("Russia has sent instructors to North Korea to train its troops in the use of drones, the NIS said.",
         {_null("drones", "drones", "drones", _NIS, direction="ru_to_nk")}),
        ("Russian officers are training North Korean troops in Kursk to operate drones, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("North Korean soldiers trained to fly drones in North Korea have been sent to Kursk, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("Russian instructors were teaching the North Korean soldiers to fly drones, the NIS said.", set()),
    ],
)  # fmt: skip
def test_drone_use_taught_at_home(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items found where the war is, the items named between: 'found North Korean troops among Russian units'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Special Operations Forces said they had found North Korean troops among Russian units in Kursk.",
         {_null("troops", "troops", "troops", "Ukraine Special Operations Forces")}),
        ("Ukrainian investigators found North Korean shells in Kharkiv, the prosecutor general's office said.",
         {_null("ammunition", "artillery shells", "shells", "Ukraine Prosecutor General's Office")}),
        # (none found; a finding about the soldiers, no place)
        ("Ukrainian soldiers found no North Korean troops in Kursk, the General Staff said.", set()),
        ("The NIS found North Korean soldiers lacking in drone skills, lawmakers said.", set()),
    ],
)  # fmt: skip
def test_items_found_there(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Rockets for launchers name the rockets: the launchers only say which (as shells for guns do); launchers listed
# beside the rockets are sent too.
_ROCKETS = _null("ammunition", "ammunition", None, _HUR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments of North Korean rockets for multiple rocket launchers have increased since the summer, Ukraine's "
         "HUR said.", {_ROCKETS}),
        ("North Korea has sent rockets for its 240mm launchers to Russia, Ukraine's HUR said.", {_ROCKETS}),
        ("North Korea has sent rockets and 240mm launchers to Russia, Ukraine's HUR said.",
         {_ROCKETS, _null("rocket_launchers", "MRL", "units", _HUR)}),
    ],
)  # fmt: skip
def test_rockets_for_launchers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# North Korea's own items go to Russia though Russia gives North Korea something later in the sentence; Russia's
# items placed in North Korea stay Russia's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean missiles fired by Russia at Ukraine have become more accurate, Ukrainian officials say, "
         "suggesting Moscow has shared data with Pyongyang.",
         {_null("missiles", "missiles", "missiles", "Ukrainian officials")}),
        ("Russian air-defence systems have been deployed around Pyongyang, suggesting Moscow has delivered them to "
         "North Korea, the NIS said.",
         {_null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_north_koreas_own_items_go_to_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A supply told unlikely or not expected asserts nothing (a clause of its own after it still does); 'likely' plans.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is unlikely to hand over its most advanced fighter jets to North Korea, analysts at RUSI said.",
         set()),
        ("Moscow is unlikely to send North Korea nuclear submarine technology, the NIS said.", set()),
        ("North Korea is not expected to send more troops to Russia this year, the NIS said.", set()),
        ("While Russia is unlikely to hand over fighter jets, it has sent air-defence systems to North Korea, the NIS "
         "said.",
         {_null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk")}),
        ("North Korea is likely to send more troops to Russia, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, status="planned", added=True)}),
    ],
)  # fmt: skip
def test_a_supply_told_unlikely(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Engineers or builders who help rebuild the Kursk region are troops sent (the schema's military builders).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean engineers will help rebuild infrastructure in the Kursk region, Shoigu said after meeting Kim "
         "Jong Un.",
         {_null("troops", "combat engineers", "troops", "Russia Security Council (Shoigu)", status="planned")}),
        ("North Korean builders helped rebuild the Kursk region's bridges, TASS reported.",
         {_null("troops", "combat engineers", "troops", "TASS")}),
        ("Russia will help North Korea rebuild its flood-hit towns, the Kremlin said.", set()),
    ],
)  # fmt: skip
def test_builders_who_help_rebuild(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# The items promised before, told as come ('The promised shells have arrived'): a delivery of North Korea's, beside
# the promise's plan; an aid that 'consists of' items lists them as 'includes' does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea pledged to send shells to Russia, the NIS said. The promised shells have arrived, it said.",
         {_null("ammunition", "artillery shells", "shells", _NIS, status="planned"),
          _null("ammunition", "artillery shells", "shells", _NIS)}),
        ("North Korea pledged more troops to Russia in June. The promised soldiers have now arrived, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, status="planned", added=True),
          _null("troops", "troops", "troops", _NIS)}),
        ("Russia's aid to Pyongyang consists of oil and food, the NIS said.", {_fuel(_NIS)}),
        # (a promise of no item)
        ("North Korea pledged more troops to Russia in June. The promised visit has not happened, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, status="planned", added=True)}),
    ],
)  # fmt: skip
def test_the_promised_items_have_arrived(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items promised to Russia's leader are planned as items promised to Russia are; items sent him are sent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un has promised Putin more artillery shells, according to Ukraine's military intelligence.",
         {_null("ammunition", "artillery shells", "shells", _HUR, status="planned", added=True)}),
        ("North Korea has promised Vladimir Putin more troops, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, status="planned", added=True)}),
        ("Kim Jong Un has sent Putin more artillery shells, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS, added=True)}),
    ],
)  # fmt: skip
def test_items_promised_to_putin(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# North Koreans named afresh as taught drone use by Russia, with no place in Russia told, are taught at home: drone
# know-how; those sent before ('those North Korean soldiers'), or trained in Kursk, are the troops' training there.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is training North Korean drone operators, South Korea's National Intelligence Service said on "
         "Wednesday.",
         {_null("drones", "drones", "drones", _NIS, direction="ru_to_nk")}),
        ("Russia plans to train North Korean military personnel in operating Shahed-type drones, South Korea's "
         "Defense Intelligence Agency said.",
         {_null("drones", "drones", "drones", "South Korea Defense Intelligence Agency", status="planned",
                direction="ru_to_nk")}),
        ("Russia is training North Korean drone operators deployed to Kursk, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("Russian officers are now teaching those North Korean soldiers how to use drones, a lawmaker said after the "
         "NIS briefing.", set()),
        ("Russia has been training North Korean soldiers in artillery, drones and infantry tactics, Blinken said.",
         set()),
        ("Pyongyang is training North Korean drone operators, the NIS said, as Russia watches.", set()),
    ],
)  # fmt: skip
def test_north_koreans_taught_drone_use_afresh(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Russia's items told by their arrival in North Korea ('The arrival of Russian air defence systems in Pyongyang'):
# Russia's supply, as their being deployed there is; not elsewhere, nor where the arrival is not confirmed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrival of Russian air defence systems in Pyongyang was confirmed by South Korea's spy agency.",
         {_null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk")}),
        ("The delivery of Russian fighter jets to North Korea has not been confirmed, the NIS said.", set()),
        ("The deployment of Russian air defence systems in Ukraine was confirmed, as North Korea sent shells.",
         {_null("ammunition", "artillery shells", "shells", None)}),
    ],
)  # fmt: skip
def test_the_arrival_of_russian_items_in_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Russia's giving denied, the recipient left out, with what it did send after 'but': both told, each with its status.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NIS said Russia had not delivered fighter jets, but had sent air-defence equipment.",
         {_null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk"),
          _null("vehicles", "aircraft", "aircraft", _NIS, status="denied", direction="ru_to_nk")}),
        ("Russia has not delivered fighter jets, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, status="denied", direction="ru_to_nk")}),
        # (what could not have been, no denial of a supply)
        ("Russia could not have given the jets without Kim asking, analysts said.", set()),
    ],
)  # fmt: skip
def test_russias_giving_denied_beside_what_it_sent(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items shown where the war is ('footage appears to show North Korean soldiers advancing through snow in Kursk'), as
# items filmed there are; not items shown at home, nor a finding shown.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian drone footage appears to show North Korean soldiers advancing through snow in Kursk, the SSO said.",
         {_null("troops", "troops", "troops", "Ukraine Special Operations Forces")}),
        ("The video shows North Korean soldiers marching in Pyongyang, KCNA said, as Russia watched.", set()),
        ("Polls show North Korea's standing in Russia has risen, a survey found.", set()),
    ],
)  # fmt: skip
def test_items_shown_there(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A giving ruled out ('will not give', "won't hand over") is denied, as 'will not provide' is; 'will give' plans.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow will not give Pyongyang nuclear weapons technology, Lavrov said on Friday.",
         {_null("technology_transfer", "technology", None, "Russia Ministry of Foreign Affairs (Lavrov)",
                status="denied", direction="ru_to_nk")}),
        ("Russia won't hand over fighter jets to North Korea, Peskov said.",
         {_null("vehicles", "aircraft", "aircraft", "Kremlin (Peskov)", status="denied", direction="ru_to_nk")}),
        ("Russia will give North Korea air defence systems, the NIS said.",
         {_null("other", "air defense systems", "systems", _NIS, status="planned", direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_a_giving_ruled_out(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A ship carrying North Korea's cargo ('a Russian vessel believed to be carrying North Korean munitions') tells the
# cargo sent, as one transporting it does; not what a missile is capable of carrying.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian vessel believed to be carrying North Korean munitions docked at Vostochny, satellite images show, "
         "according to the Open Source Centre.",
         {_null("ammunition", "ammunition", None, "Open Source Centre")}),
        ("North Korean missiles capable of carrying nuclear warheads worry Seoul, as Russia watches.", set()),
    ],
)  # fmt: skip
def test_a_ship_carrying_north_korean_cargo(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An item listed before a know-how that names no item is an entry of its own ('food, oil and military technology');
# items sharing a know-how's head ('missile and submarine technology') are that know-how.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang is thought to be receiving food, oil and military technology from Moscow, CSIS said.",
         {_fuel(_CSIS), _null("technology_transfer", "technology", None, _CSIS, direction="ru_to_nk")}),
        ("Russia is giving North Korea missile and submarine technology, the NIS said.",
         {_null("technology_transfer", "technology", None, _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_an_item_before_know_how_of_no_item(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
