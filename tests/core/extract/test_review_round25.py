"""Wording classes fixed in the twenty-fifth round (roundup pages that merge two or three of the tune part's
articles, their voices interleaved), each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


def _values(text: str, lexicon) -> dict[object, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value -> (category, status, addition, source) of every numeric claim."""
    return {row[1]: (row[0], row[2], row[3], row[4]) for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint subject of the two countries: North Korea's part of it is counted
        (
            "Seoul's spy agency expects Pyongyang and Moscow to finish moving about 9,000 soldiers to the front "
            "by spring.",
            {9000: ("troops", "planned", False, "South Korea NIS")},
        ),
        (
            "Moscow and Pyongyang have agreed on the transfer of 4,000 military engineers, Shoigu said.",
            {4000: ("troops", "planned", False, "Russia Security Council (Shoigu)")},
        ),
        # (guards: adjectives make a joint force, whose losses are no one's the beat counts; a recipient stays one)
        ("Kyiv's forces fought Russian and North Korean units near Sudzha, where the enemy lost 900 men in a day.", {}),
        (
            "The NIS said about 2,000 soldiers were sent to Russia and Pyongyang plans to send 1,000 more.",
            {
                2000: ("troops", "reported", False, "South Korea NIS"),
                1000: ("troops", "planned", True, "South Korea NIS"),
            },
        ),
    ],
)
def test_joint_subject_acts_with_north_korea(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count after 'a group/wave/batch of': the people, or the item, named before
        (
            "Ukraine's military intelligence said 2,500 North Korean soldiers reached Kursk in May. A second wave "
            "of roughly 1,200 arrived in June, the agency said.",
            {
                2500: ("troops", "reported", False, "Ukraine HUR"),
                1200: ("troops", "reported", True, "Ukraine HUR"),
            },
        ),
        (
            "Pyongyang has shipped 60 KN-23 missiles to Russia, Kyiv says. A fresh batch of 40 is due in March.",
            {
                60: ("missiles", "reported", False, "Ukrainian government"),
                40: ("missiles", "planned", True, "Ukrainian government"),
            },
        ),
        (
            "About 800 North Korean workers came to Tatarstan in April. A group of 300 followed them in May.",
            {800: ("workers", "reported", False, None), 300: ("workers", "reported", False, None)},
        ),
        # (guards: the group's own noun, and a group of people the beat does not count)
        (
            "The monitoring team, a group of 11 member countries, said Pyongyang sent 9,000 soldiers.",
            # (round 36: 'the monitoring team' is the sanctions monitor's short name)
            {9000: ("troops", "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
        ),
        (
            "North Korea sent shells to Russia. Some 40 Russian tourists flew to Wonsan in July. A second group of "
            "about 300 is booked for September.",
            {},
        ),
    ],
)
def test_group_of_a_bare_count(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Seoul's spy agency said some 7,000 soldiers had been earmarked for the Kursk front.", "planned"),
        ("Pyongyang has earmarked about 7,000 soldiers for the war, the NIS said.", "planned"),
        ("Kyiv's envoy said the North meant to dispatch 7,000 more soldiers within weeks.", "planned"),
        (
            "Its governor said the region is looking to bring in 7,000 North Korean workers for building sites.",
            "planned",
        ),
        # (guard: what was earmarked and has gone)
        ("The NIS said 7,000 soldiers had already been sent to Russia.", "reported"),
    ],
)
def test_plans_earmarked_meant_looking(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] == 7000} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's declarations to the UN: it speaks for its own supply
        (
            "Russia has filed its refined-oil returns to the UN sanctions committee. In the filing for April, "
            "Moscow declared 21,300 barrels shipped to North Korea.",
            {21300: ("other", "reported", False, "Russian government")},
        ),
        (
            "Russia supplies refined petroleum to North Korea under a UN cap. Moscow's notifications to the "
            "committee list 31,500 barrels for 2021.",
            {31500: ("other", "reported", False, "Russian government")},
        ),
        (
            "Russia supplies refined petroleum to North Korea under a UN cap. For May, a delivery of 8,400 barrels "
            "was declared by Russia.",
            {8400: ("other", "reported", False, "Russian government")},
        ),
        (
            "Russia supplies refined petroleum to North Korea under a UN cap. The committee's records show Moscow "
            "declaring deliveries of 12,700 barrels in June.",
            {12700: ("other", "reported", False, "Russian government")},
        ),
        # (guard: a declaration of something else names no speaker of the figure)
        (
            "Most of the 14,000 soldiers North Korea sent were pulled back after Russia declared the region "
            "retaken, the NIS told lawmakers.",
            {14000: ("troops", "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_declarations_to_the_un(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_a_measure_counts_no_people(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia told the UN it sent 70,000 barrels of refined petroleum to North Korea last year. Two months are "
        "missing from the committee's site, but Moscow earlier declared 9,100 barrels for March."
    )
    assert _values(text, lexicon)[9100] == ("other", "reported", False, "Russian government")


@pytest.mark.parametrize(
    "opening",
    [
        "Taken together, the full-year total comes to",
        "Put the two returns together and the total is",
        "Added up, that makes",
    ],
)
def test_the_writers_own_sum(opening: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia told the UN it sent 40,000 barrels of refined petroleum to North Korea in the first half and "
        f"30,000 in the second, Yonhap reported. {opening} 70,000 barrels."
    )
    assert _values(text, lexicon)[70000][3] is None


def test_predicted(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "A Ukrainian official who tracks the deployment predicted that up to 6,000 North Korean troops would arrive."
    assert _values(text, lexicon)[6000][3] == "Ukrainian official"
    # (guard, from the review of the round's rules: a prediction of something else names no speaker of the figure)
    text = "Moscow predicted a quick victory in Kursk, where North Korea has sent 6,000 troops."
    assert _values(text, lexicon)[6000][3] is None


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky gave a grimmer count: nearly 3,600 North Koreans, in his words, had been killed or wounded.",
        "About 3,600 North Korean soldiers, the general said, were killed or wounded near Kursk.",
    ],
)
def test_an_aside_before_the_toll(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon)[3600][0] == "casualties"


def test_assessment_published_by_points_back(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia plans to bring 9,500 North Korean labourers to its drone plants. That is the assessment released "
        "on Friday by Ukraine's Ministry of Civil Protection."
    )
    assert _values(text, lexicon)[9500] == ("workers", "planned", False, "Ukraine Ministry of Civil Protection")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards from the review of the round's rules (240 probes): where each rule must not fire
        # a joint subject that loses, masses or drills troops is a joint force, none of them North Korea's supply
        ("Russia and North Korea lost about 4,000 soldiers near Kursk in January, Ukraine said.", {}),
        ("Moscow and Pyongyang held drills involving 2,000 troops near Vladivostok, the ministry said.", {}),
        # what was earmarked, decided on or slated and then went, fought or fell was sent
        (
            "The 9,000 soldiers earmarked for the Kursk push have all been deployed, the NIS said.",
            {9000: ("troops", "reported", False, "South Korea NIS")},
        ),
        (
            "The 9,000 soldiers Pyongyang decided to send last year have already been deployed, the NIS said.",
            {9000: ("troops", "reported", False, "South Korea NIS")},
        ),
        # a colon gloss of a time, a distance or a story counts nothing
        ("North Korean troops in Russia\n- 90: days North Korean troops have been fighting in Kursk", {}),
        ("North Korean troops in Russia\n- 4: North Korean soldiers were first seen near Kursk in October", {}),
        # a declaration, a prediction or a report of something else names no speaker of the figure
        (
            "Ukraine declared 3 districts a war zone after North Korea sent 7,000 more troops to Russia.",
            {7000: ("troops", "reported", True, None)},
        ),
        (
            "The report of the Ukrainian army's advance came as North Korea sent 7,000 more troops to Russia.",
            {7000: ("troops", "reported", True, None)},
        ),
        # 'put up', 'taken up' are no sums of the writer's
        (
            "South Korea's spy agency briefed lawmakers on Thursday. Put up in barracks near Kursk, some 7,000 "
            "North Korean soldiers arrived in January.",
            {7000: ("troops", "reported", False, "South Korea NIS")},
        ),
        # what someone wants done with troops already sent is no plan to send them
        (
            "Kyiv wants the 7,000 North Korean troops sent to Kursk punished, Zelensky said.",
            {7000: ("troops", "reported", False, "Zelensky")},
        ),
        # a question that names who acts keeps the country that breaks North Korea's context
        ('North Korea\'s army fights in Kursk. "Why are Ukrainian units retreating?" About 200 were captured.', {}),
        # (from the second review) strikes that are no launches of the missiles, and interceptions, count no missiles
        (
            "Ukraine, often hit by North Korean missiles, has carried out 300 strikes on Russian refineries this year.",
            {},
        ),
        ("Ukraine shot down North Korean missiles fired by Russia on 7 occasions, its air force said.", {}),
        # the wounded sent home, and a part of those earmarked that fell far in the sentence, are no plan undone
        (
            "The 300 wounded North Korean soldiers Moscow decided to send home were flown to Pyongyang.",
            {300: ("casualties", "reported", False, None)},
        ),
        (
            "The 2,000 soldiers Pyongyang pledged to send will replace comrades who were killed, the NIS said.",
            {2000: ("troops", "planned", False, "South Korea NIS")},
        ),
        # a joint force massed, whatever else the sentence sends later
        ("Russia and North Korea have massed 50,000 troops near Kursk; Kyiv is sending its reserves.", {}),
        # Russia's own notified deliveries are Russia's
        (
            "Russia's notified deliveries of refined petroleum to North Korea totalled 50,900 barrels in 2024.",
            {50900: ("other", "reported", False, None)},
        ),
    ],
)
def test_where_the_rounds_rules_must_not_fire(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate: 'each year' ends the noun phrase (not 'pieces of each of these systems')
        (
            "Ukraine's military intelligence says deliveries now run to 1.9 million shells each year.",
            {1900000: ("ammunition", "reported", False, "Ukraine HUR")},
        ),
        # what North Korea holds is no one's supply, the list's earlier items too
        ("Analysts count 20 MiG-29s and 30 Su-25s in North Korea's air force, most of them old.", {}),
        # a bare count after a gerund of supply; 'resolved to' plans
        (
            "Seoul and Kyiv accuse Pyongyang of supplying about 4 million shells.",
            {4000000: ("ammunition", "reported", False, "South Korean and Ukrainian governments")},
        ),
        (
            "The NIS says North Korea has resolved to dispatch about 9,000 more troops to Russia.",
            {9000: ("troops", "planned", True, "South Korea NIS")},
        ),
        # a fact box's colon gloss
        (
            "BY THE NUMBERS\n- About 9,000: troops North Korea has decided to send (NIS)\n"
            "- 1,200: soldiers the NIS said had already reached Vladivostok",
            {
                9000: ("troops", "planned", False, "South Korea NIS"),
                1200: ("troops", "reported", False, "South Korea NIS"),
            },
        ),
        # missiles fired on N occasions
        (
            "Russia has fired North Korean missiles at Ukraine on at least 12 occasions, a US envoy said.",
            {12: ("missiles", "reported", False, "US envoy")},
        ),
        # a fact box's toll labels
        (
            "NIS figures, as lawmakers relayed them:\n• Dead: about 500 North Korean soldiers\n• Injured: 3,200",
            {
                500: ("casualties", "reported", False, "South Korea NIS"),
                3200: ("casualties", "reported", False, "South Korea NIS"),
            },
        ),
    ],
)
def test_rates_holdings_glosses_and_labels(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two close counts joined by 'or' are a range (not years, nor counts far apart)
        ("Seoul says Pyongyang has sent 9,000 or 11,000 soldiers to Russia.", (9000, 11000)),
        ("Russia is believed to have handed North Korea two or three nuclear submarine modules.", (2, 3)),
        ("North Korea sent 1 or 40 more howitzers, Kyiv said.", (40, None)),
    ],
)
def test_alternatives_joined_by_or(text: str, expected: tuple[int, int | None], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(text, lexicon) if c.value is not None]
    assert [(c.value, c.value_max) for c in claims][-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'has chosen to dispatch' plans; 'may be dead or wounded' estimates a toll, no plan
        (
            "Seoul's spy agency says the North has chosen to dispatch about 7,000 more troops.",
            {7000: ("troops", "planned", True, "South Korea NIS")},
        ),
        (
            "Of the 9,000 North Korean soldiers thought to have reached Russia, roughly 2,500 may be dead or wounded.",
            {9000: ("troops", "reported", False, None), 2500: ("casualties", "reported", False, None)},
        ),
        # (guards from the third review) a toll still to come is planned; holdings received are supplies
        (
            "About 1,000 North Korean soldiers may be killed in the coming offensive if they are sent, the NIS warned.",
            {1000: ("casualties", "planned", False, "South Korea NIS")},
        ),
        (
            "North Korea now has 20 Pantsir systems supplied by Russia, the NIS said.",
            {20: ("other", "reported", False, "South Korea NIS")},
        ),
        (
            "The 12,000 troops earmarked for Russia have suffered heavy losses in Kursk, Seoul said.",
            {12000: ("troops", "reported", False, "South Korean government")},
        ),
        (
            "North Korean units reporting to the Russian 8th Army have lost about 4,000 soldiers, Kyiv said.",
            {4000: ("casualties", "reported", False, "Ukrainian government")},
        ),
        # what a country holds is no supply (its troops in Russia aside)
        ("Analysts say North Korea has 35 MiG-29s, most of them unable to fly.", {}),
        (
            "North Korea has about 9,000 troops in Russia, the NIS said.",
            {9000: ("troops", "reported", False, "South Korea NIS")},
        ),
        # the next sentence names who exposed the plan
        (
            "Moscow plans to bring 6,500 North Korean workers to Alabuga. The plan was exposed by Ukraine's "
            "military intelligence.",
            {6500: ("workers", "planned", False, "Ukraine HUR")},
        ),
        # parts of a nuclear-powered submarine are know-how
        (
            "Russia is believed to have handed North Korea two nuclear submarine modules, Seoul officials said.",
            {2: ("technology_transfer", "reported", False, "South Korean government")},
        ),
    ],
)
def test_plans_tolls_and_holdings(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_the_same_count_of_a_second_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv's military intelligence says Pyongyang has sent 90 Koksan guns and as many 240mm rocket launchers."
    assert {(row[0], row[1]) for row in _rows(text, lexicon)} == {("artillery", 90), ("rocket_launchers", 90)}
    # (not 'as many as 30 launchers': a count of its own)
    text = "Kyiv says Pyongyang has sent 90 Koksan guns and as many as 30 rocket launchers."
    assert {(row[0], row[1]) for row in _rows(text, lexicon)} == {("artillery", 90), ("rocket_launchers", 30)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count moving somewhere
        (
            "The Pentagon said 8,000 North Korean soldiers were training in Russia. About 1,500 others were then "
            "moving toward Kursk, officials said.",
            {
                8000: ("troops", "reported", False, "US Department of Defense"),
                1500: ("troops", "reported", False, "US Department of Defense"),
            },
        ),
        # what builders lack is a shortfall, no one's supply
        ("The region's builders lack an estimated 3,500 workers, its minister said of North Korean hires.", {}),
    ],
)
def test_moving_and_shortfalls(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected
