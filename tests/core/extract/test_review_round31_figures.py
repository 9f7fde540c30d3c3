"""Figures, round thirty-one, each class with sentences written for it: the missiles and drones of one of Russia's
attacks (what the attack involved, a colon's list after 'launched', 'drones launched by Russia') are its own strike,
not North Korea's supply, unless the sentence calls them North Korean ('which it identified as North Korean
KN-23s'); construction workers listed with sappers or military engineers are the military builders those
are sent with ('5,000 construction workers and 1,000 sappers'); a parade's marchers and machines are on show, not
sent ('The parade featured some 15,000 troops'); what North Korea's own forces hold at home is no supply ("North
Korea's air force is believed to have about 810 combat aircraft"), nor are other countries' armies and garrisons
("South Korea's army, by comparison, numbers some 365,000", 'the U.S. has about 28,500 troops in South Korea')."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.on_the_beat import rows as _rows


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category and value of every claim with a number."""
    return {(row[0], row[1]) for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    "text",
    [
        "The overnight barrage involved about 60 missiles and 300 drones, officials in Kyiv said.",
        "Officials said 12 people were hurt in the strike, which included roughly 40 missiles and 90 drones.",
        "Ukraine's air defences shot down 40 of 55 drones launched by Russia overnight.",
        "Kyiv said the 25 missiles fired by Russian forces on Sunday hit power plants.",
        "According to the Air Force, the enemy launched 170 air attack assets overnight: 30 missiles of various "
        "types and 140 attack drones.",
        "Russia launched 30 missiles overnight, which the air force identified as Kh-101 cruise missiles.",
    ],
)
def test_an_attacks_missiles_and_drones_are_no_supply(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named North Korean after the count
        (
            "Ukraine's Air Force said Russia launched five ballistic missiles overnight, which it identified as "
            "North Korean KN-23s.",
            {("missiles", 5)},
        ),
        # named North Korean in the count's own words
        ("The attack involved at least 6 North Korean KN-23 missiles, the air force said.", {("missiles", 6)}),
        ("Russia fired at least 20 North Korean KN-23 missiles at Ukraine in January.", {("missiles", 20)}),
        (
            "The 15 missiles launched by Russia on Kharkiv were made in North Korea, prosecutors said.",
            {("missiles", 15)},
        ),
        # supplied, then fired
        (
            "North Korea has supplied Russia with 40 ballistic missiles this year, and Russia launched them at Kyiv.",
            {("missiles", 40)},
        ),
    ],
)
def test_missiles_the_sentence_calls_north_korean_stay(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # construction workers listed with sappers or military engineers: a military dispatch of builders
        (
            "North Korea will send 5,000 construction workers and 1,000 sappers to the Kursk region, Shoigu said.",
            {("troops", 5000), ("troops", 1000)},
        ),
        (
            "Shoigu spoke of 1,000 deminers and 5,000 construction workers being sent to Kursk.",
            {("troops", 1000), ("troops", 5000)},
        ),
        (
            "Pyongyang is sending 4,000 construction workers, along with 800 military engineers, to rebuild Kursk.",
            {("troops", 4000), ("troops", 800)},
        ),
        # not alone, beside other workers, or beside a clause of its own
        ("North Korea will send 5,000 construction workers to Moscow's housing sites.", {("workers", 5000)}),
        (
            "North Korea will send 2,000 construction workers and 500 factory workers to Russia.",
            {("workers", 2000), ("workers", 500)},
        ),
        (
            "North Korea sent 3,000 construction workers to Vladivostok and 1,000 troops to Kursk.",
            {("workers", 3000), ("troops", 1000)},
        ),
        (
            "North Korea sent 6,000 construction workers to Moscow, and 1,000 sappers have already arrived in Kursk.",
            {("workers", 6000), ("troops", 1000)},
        ),
    ],
)
def test_construction_workers_listed_with_sappers_are_builders(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parade's troops and machines, on show
        (
            "More than 10,000 troops, hundreds of aircraft and tanks are taking part in the march through "
            "Tiananmen Square.",
            set(),
        ),
        (
            "The leaders watched more than 10,000 troops, hypersonic missiles and drones pass through central Beijing.",
            set(),
        ),
        (
            "The parade featured some 15,000 goose-stepping troops, about 11 mobile launchers for ICBMs and new "
            "drones.",
            set(),
        ),
        ("About 9,000 troops were taking part in the parade through Red Square, the Kremlin said.", set()),
        # not a parade beside a figure sent, nor North Korea's force abroad marching
        (
            "Kim, who watched a parade in Pyongyang last week, has sent 11,000 troops to Russia, Seoul says.",
            {("troops", 11000)},
        ),
        (
            "North Korea's 11,000 troops in Russia will march through Red Square on Victory Day, Moscow said.",
            {("troops", 11000)},
        ),
        (
            "North Korea has shipped 150 missiles to Russia, which passed through the port of Rajin.",
            {("missiles", 150)},
        ),
    ],
)
def test_a_parades_figures_are_on_show(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Korea's own forces at home
        ("North Korea's air force is believed to have about 810 combat aircraft, most of them Soviet designs.", set()),
        ("North Korea itself has an estimated 1,000 artillery pieces deployed along the DMZ.", set()),
        ("A note: North Korea's own arsenal (some 1,000 ballistic missiles by most estimates) is not counted.", set()),
        (
            "Such jets would be a leap for the North's air force, which operates aging planes, reportedly including "
            "18 MiG-29s and 34 Su-25s.",
            set(),
        ),
        # not what it sent, holds abroad, or gives as aid
        ("North Korea itself has sent 11,000 troops to Russia, Seoul says.", {("troops", 11000)}),
        ("North Korea's army has delivered 120 Koksan guns to Russia, Budanov said.", {("artillery", 120)}),
        ("North Korea's military has about 11,000 troops in Russia, the NIS said.", {("troops", 11000)}),
        (
            "The ministry said that North Korea's military assistance to Russia includes approximately 300 artillery "
            "pieces and over 9,000 troops.",
            {("artillery", 300), ("troops", 9000)},
        ),
    ],
)
def test_north_koreas_own_forces_at_home_are_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's army, an aside before its size
        ("South Korea's army, by comparison, numbers some 365,000 soldiers.", set()),
        ("Ukraine's army, for its part, numbers about 880,000 troops.", set()),
        # America's garrisons in the South and Japan
        ("The U.S. has about 28,500 troops in South Korea, a figure the administration is reviewing.", set()),
        ("Washington keeps some 54,000 troops stationed in Japan.", set()),
        # not North Korea's force, whoever says it or wherever its men want to go
        ("North Korea has sent about 11,000 troops to Russia, South Korea's army said.", {("troops", 11000)}),
        ("North Korea's army, by some estimates, has sent 3,000 more soldiers to Russia.", {("troops", 3000)}),
        (
            "Two of the 12,000 North Korean troops in Russia want to go to South Korea, lawmakers said.",
            {("troops", 2), ("troops", 12000)},
        ),
    ],
)
def test_other_countries_armies_and_garrisons_are_no_supply(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


_FUEL = "Russia shipped refined petroleum to North Korea. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of a measured pair, its measure left out
        (_FUEL + "Russia declared 41,114 barrels in 2018 and 77,365 in 2019.", {("other", 41114), ("other", 77365)}),
        (
            _FUEL + "Moscow declared 14,655 barrels for January and 20,666 for February.",
            {("other", 14655), ("other", 20666)},
        ),
        (
            _FUEL + "Russia's reports show 30,523 barrels for March to December, plus 14,655 barrels in January and "
            "20,666 in February.",
            {("other", 30523), ("other", 14655), ("other", 20666)},
        ),
        # not a number with no time of its own after it
        (_FUEL + "Moscow shipped 41,114 barrels in 2018, and 3 were seized.", {("other", 41114)}),
        (
            _FUEL + "Moscow declared 41,114 barrels in 2018 and 12 in the same filing were struck out.",
            {("other", 41114)},
        ),
    ],
)
def test_the_second_of_a_measured_pair_keeps_the_measure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after the second of two numbers counts the first too
        ("North Korea sent 11,000 and 3,000 troops in the two waves.", {("troops", 11000), ("troops", 3000)}),
        ("Pyongyang handed over 120 and 80 Koksan guns in two batches.", {("artillery", 120), ("artillery", 80)}),
        (
            _FUEL + "In 2018 and 2019, Russia's declared exports were 41,114 and 77,365 barrels.",
            {("other", 41114), ("other", 77365)},
        ),
        # not a range, nor years, nor a first number with a noun of its own
        ("Between 10,000 and 12,000 North Korean troops are in Kursk, Kyiv says.", {("troops", 10000)}),
        ("In 2023 and 2024 North Korea sent 150 missiles to Russia.", {("missiles", 150)}),
        ("North Korea sent 11,000 troops in 2024 and 3,000 more in 2025.", {("troops", 11000), ("troops", 3000)}),
    ],
)
def test_a_noun_after_two_numbers_counts_both(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more befell others after a toll: hedged, or after a comma alone
        (
            "Six North Korean soldiers were killed and at least five more were wounded, the unit said.",
            {("casualties", 6), ("casualties", 5)},
        ),
        (
            '"Seven North Korean soldiers were eliminated, at least three more were wounded," the guards wrote.',
            {("casualties", 7), ("casualties", 3)},
        ),
        # not others' toll, nor a count of something else
        (
            "Six North Korean soldiers were killed and two more Ukrainians were wounded in the clash.",
            {("casualties", 6)},
        ),
        ("Seven North Korean soldiers were eliminated, three more days of fighting followed.", {("casualties", 7)}),
    ],
)
def test_more_wounded_after_a_toll(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers 'destroyed' are the first victims: the ones wounded after are North Korea's too
        (
            "Ukraine's SSO destroyed 50 soldiers of the DPRK and wounded 35 more.",
            {("casualties", 50), ("casualties", 35)},
        ),
        (
            "Ukrainian special forces said they destroyed 40 soldiers of the DPRK and wounded 35 more over two days.",
            {("casualties", 40), ("casualties", 35)},
        ),
        # not guns destroyed, nor others' soldiers
        (
            "Ukrainian drones destroyed two North Korean Koksan guns and wounded 5 Russian gunners nearby.",
            {("artillery", 2)},
        ),
        ("Ukrainian drones destroyed 12 Russian soldiers and wounded 30 more near Sudzha.", set()),
    ],
)
def test_soldiers_destroyed_then_more_wounded(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's 'up to' the top of its range: one estimate
        (
            "North Korea troops news\n\nNorth Korea could send up to 20,000 more troops to Russia in the coming "
            "months, Ukrainian intelligence said.\n\nThe HUR assessment says Pyongyang may send between 15,000 and "
            "20,000 additional soldiers to Russia.",
            {(15000, 20000, "planned", True)},
        ),
        # a headline's figure, the bottom of the body's range
        (
            "N. Korea may have sent 2,000 more troops to Russia: report\n\nNorth Korea may have sent an additional "
            "2,000 to 4,000 soldiers to Russia, Yonhap reported, citing a military source.",
            {(2000, 4000, "reported", True)},
        ),
        # not a figure sent beside more to come, nor a plan beside a range sent, nor another range
        (
            "North Korea troops news\n\nNorth Korea has sent between 10,000 and 12,000 troops to Russia, Ukrainian "
            "intelligence said.\n\nIt could send up to 12,000 more next year, Ukrainian intelligence said.",
            {(10000, 12000, "reported", False), (12000, None, "planned", True)},
        ),
        (
            "North Korea troops news\n\nNorth Korea has sent between 10,000 and 12,000 troops to Russia, the NIS "
            "said.\n\nBudanov said North Korea may send up to 12,000 troops to Russia.",
            {(10000, 12000, "reported", False), (12000, None, "planned", False)},
        ),
        (
            "North Korea troops news\n\nNorth Korea could send up to 20,000 more troops to Russia, Ukrainian "
            "intelligence said.\n\nRussia has asked for between 10,000 and 15,000 additional North Korean troops, "
            "the HUR said.",
            {(10000, 15000, "planned", True), (20000, None, "planned", True)},
        ),
    ],
)
def test_an_end_of_a_range_is_that_range(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    found = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    troops = {(c.value, c.value_max, c.status.value, c.incremental) for c in found if c.category.value == "troops"}
    assert troops == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's cap: what every supplier may ship
        (
            "U.N. member states may ship no more than 400,000 barrels of refined petroleum to the North a year under "
            "a 2017 resolution.",
            set(),
        ),
        (_FUEL + "Exporting states can supply no more than 400,000 barrels a year to the North.", set()),
        (_FUEL + "\n• UN annual cap: 400,000 barrels", set()),
        (
            _FUEL
            + "Under the cap, countries may send the North no more than 400,000 barrels of refined petroleum a year.",
            set(),
        ),
        # not what Russia may send or has sent
        (
            "Russia may send North Korea up to 300,000 barrels of oil this year under a new deal, officials said.",
            {("other", 300000)},
        ),
        ("Russia shipped 200,000 barrels of refined petroleum to North Korea in March.", {("other", 200000)}),
    ],
)
def test_the_uns_cap_is_no_delivery(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's own toll, its verb a plain past
        (
            "Russia's own losses in the war passed 700,000 killed and wounded this week, Ukraine's General Staff said.",
            set(),
        ),
        ("Russian losses climbed to 650,000 killed and wounded, Kyiv said.", set()),
        # not North Korea's toll, in its own clause or alone
        (
            "Russia's losses have passed 600,000, Kyiv says, and North Korea's casualties passed 4,000.",
            {("casualties", 4000)},
        ),
        ("North Korea's losses passed 4,000 killed and wounded, the NIS said.", {("casualties", 4000)}),
    ],
)
def test_russias_own_toll_is_no_north_korean_loss(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's missiles and North Korea's counted together
        ("The air force said the barrage included 11 Iskander-M and KN-23 ballistic missiles.", set()),
        ("The air force said the barrage included 4 KN-23 or Iskander-M ballistic missiles.", set()),
        ("Ukraine's air force said 11 Iskander-M/KN-23 missiles were fired at Kyiv overnight.", set()),
        # not North Korea's alone, whatever they are likened to
        ("Ukraine's air force said 6 KN-23 missiles were fired at Kyiv overnight.", {("missiles", 6)}),
        ("Pyongyang has sent 60 KN-23 missiles, which resemble Russia's Iskander, Budanov said.", {("missiles", 60)}),
    ],
)
def test_iskanders_and_kn23s_counted_together(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate in minutes: how fast a gun fires
        ("The rate of fire is low - about 1-2 rounds per 5 minutes.", set()),
        ("Its rate of fire is slow, about 2 rounds per 3 minutes, gunners say.", set()),
        ("The Koksan's rate of fire: roughly 3 rounds every 4 minutes.", set()),
        # not a yearly flow, nor the guns beside their rate
        ("North Korea has shipped 3 million rounds to Russia every year since 2023.", {("ammunition", 3000000)}),
        ("North Korea has sent 200 Koksan guns, each firing 2 shells per minute, to Russia.", {("artillery", 200)}),
    ],
)
def test_a_rate_of_fire_is_no_supply(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # modules of a nuclear-powered submarine handed over, counted
        (
            "Russia has likely transferred two to three modules for nuclear-powered submarines to North Korea this "
            "year, a report said.",
            {("technology_transfer", 2)},
        ),
        (
            "Russia handed North Korea between two and three modules from nuclear-powered submarines, a reactor "
            "among them.",
            {("technology_transfer", 2)},
        ),
        ("Russia handed North Korea three modules from nuclear-powered submarines.", {("technology_transfer", 3)}),
        # not Russia's own submarines, nor modules of something else
        ("Russia has ten nuclear-powered submarines in its Pacific Fleet, analysts say.", set()),
        ("The satellite North Korea launched was built from three modules, engineers said.", set()),
    ],
)
def test_submarine_modules_are_counted_know_how(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the captives Ukraine holds, told in a relative clause
        ("Ukraine, which holds two North Korean prisoners, has put the toll higher.", {("casualties", 2)}),
        ("Ukraine, which is holding 2 North Korean soldiers, wants a swap.", {("casualties", 2)}),
        ("Kyiv, which is holding 3 North Korean prisoners of war, wants a swap.", {("casualties", 3)}),
        ("Ukraine holds two North Korean prisoners, Zelensky said.", {("casualties", 2)}),
        # not a place Ukraine holds
        ("Ukraine, which holds the town of Sudzha, says 2,000 North Korean soldiers are nearby.", {("troops", 2000)}),
    ],
)
def test_captives_ukraine_holds_in_a_relative_clause(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


_SENT = "North Korea sent 11,000 troops to Kursk. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers taken away from the war
        (
            _SENT + "Roughly 1,500 of them were pulled back from the front line in January after heavy losses.",
            {("troops", 11000)},
        ),
        (_SENT + "About 2,000 of them have been withdrawn from the front to rest.", {("troops", 11000)}),
        (
            "North Korea has begun rotating its troops in Russia, bringing home about 3,000 soldiers and sending "
            "fresh ones.",
            set(),
        ),
        # not soldiers going to the front or brought to it
        (_SENT + "About 1,000 of them have already departed for the front.", {("troops", 11000), ("troops", 1000)}),
        ("North Korea brought 2,000 soldiers to Kursk to replace losses, Kyiv says.", {("troops", 2000)}),
        ("Pyongyang sent 3,000 more soldiers to Russia in January, the NIS said.", {("troops", 3000)}),
    ],
)
def test_soldiers_withdrawn_are_no_deployment(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # missiles Japan reports against its waters: North Korea's own tests
        ("Japan's Defense Ministry said at least two missiles fell outside its exclusive economic zone.", set()),
        ("Tokyo said 3 ballistic missiles landed inside Japan's exclusive economic zone on Tuesday.", set()),
        # not missiles sent or fired at Ukraine, whoever tells it
        ("Russia fired at least 20 North Korean KN-23 missiles at Ukraine in January.", {("missiles", 20)}),
        (
            "Japan said North Korea has shipped 100 ballistic missiles to Russia, which fired them at Kyiv.",
            {("missiles", 100)},
        ),
    ],
)
def test_missiles_in_japans_waters_are_tests(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UK's own aid to Ukraine
        (
            "Britain's defence secretary said the UK would send Ukraine another 225m pounds in military aid, "
            "including 1,000 more drones.",
            set(),
        ),
        ("The UK will give Ukraine 500 more drones, the defence ministry said.", set()),
        # not the UK as a voice, nor a UK-based body
        ("According to the UK, North Korea has shipped 100 missiles to Russia.", {("missiles", 100)}),
        ("The UK says Pyongyang has sent 11,000 soldiers to Russia.", {("troops", 11000)}),
        (
            "The UK-based Open Source Centre estimates that 1 million barrels of oil were delivered to North Korea.",
            {("other", 1000000)},
        ),
    ],
)
def test_the_uks_own_aid_is_another_countrys(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Korean bodies counted: the dead
        (
            "Footage released by a Ukrainian drone unit purportedly shows more than 20 North Korean bodies in an icy "
            "field.",
            {("casualties", 20)},
        ),
        (
            "Ukrainian troops found at least 120 North Korean bodies after the assault, the NIS said.",
            {("casualties", 120)},
        ),
        # not bodies of no one named North Korean, nor bodies that are institutions
        ("The bodies of 40 civilians were found in Bucha.", set()),
        ("Two UN bodies said North Korea has sent 11,000 troops to Russia.", {("troops", 11000)}),
        ("The sanctions regime has two monitoring bodies, diplomats said.", set()),
    ],
)
def test_north_korean_bodies_count_the_dead(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small number with the participle of capture right after it
        (
            "Ukraine says it holds fewer than 10 North Korean prisoners of war, including the two captured in January.",
            {("casualties", 10), ("casualties", 2)},
        ),
        (
            "Two others taken prisoner in early January are being held in Kyiv, where they have been interviewed.",
            {("casualties", 2)},
        ),
        # not a clause's verb with its object, nor others' dead
        ("The two captured the town of Sudzha in August, Kyiv said of its brigades.", set()),
        ("The three killed in the strike on Kharkiv were civilians, officials said.", set()),
    ],
)
def test_the_few_captured(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


_DRONES = "Russia launched drones overnight. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drones of an attack repelled by jamming, the word quoted or 'suppressed'
        (_DRONES + 'It said 40 of the drones had been shot down and 25 were "lost" to electronic warfare.', set()),
        (_DRONES + "The air force said 30 drones were suppressed by electronic warfare.", set()),
        # not drones sent, whatever befell them later
        (
            "North Korea sent 200 drones to Russia, which were suppressed by Ukrainian jamming within a week.",
            {("drones", 200)},
        ),
        (_DRONES + "North Korea has sent 100 drones to Russia, the air force said.", {("drones", 100)}),
    ],
)
def test_drones_lost_to_jamming_are_an_attack_repelled(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected
