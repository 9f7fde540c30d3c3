"""Patterns that broke the engine during development, in the team's own words (no article text copied)."""

from __future__ import annotations

from tests.core.extract.cases_written import Case, Expect

CONTEXT = "North Korea keeps supplying Russia for its war against Ukraine. "

CASES_BUGS_CAUGHT: list[Case] = [
    Case(
        "a-share-of-a-whole-leaves-the-whole-a-count-of-troops",
        "Ukraine's military intelligence says about a third of the 12,000 North Korean soldiers sent to Russia have "
        "been killed or wounded.",
        (Expect("troops", 12_000),),
    ),
    Case(
        "preposition-after-the-item-ends-its-noun-phrase",
        "Seoul's spy agency says North Korea sent ahead about 1,500 commandos aboard Russian ships to Vladivostok.",
        (Expect("troops", 1_500, "approx"),),
    ),
    Case(
        "purpose-after-the-item-is-not-a-production-rate",
        CONTEXT + "Moscow was said to be planning to bring 25,000 North Korean workers to produce drones in Tatarstan.",
        (Expect("workers", 25_000, status="planned"),),
    ),
    Case(
        "previous-estimate-in-same-sentence",
        "North Korea has moved about 10,000 troops into Russia, the Pentagon said, revising Washington's earlier "
        "estimate of 3,000.",
        (Expect("troops", 10_000, "approx"), Expect("troops", 3_000)),
    ),
    Case(
        "active-voice-casualties",
        "Ukraine said its forces killed or wounded at least 40 North Korean soldiers near Sudzha in Russia.",
        (Expect("casualties", 40, "at_least"),),
    ),
    Case(
        "possessive-country-is-not-the-actor",
        CONTEXT + "Pyongyang has become Russia's main arsenal, providing shells and a force of 11,000 troops.",
        (Expect("troops", 11_000),),
    ),
    Case(
        "in-addition-to-marks-the-other-figure-incremental",
        CONTEXT + "Pyongyang is expected to ship 120 more KN-23 missiles this year, in addition to the 100 "
        "already delivered.",
        (Expect("missiles", 120, status="planned", incremental=True), Expect("missiles", 100)),
    ),
    Case(
        "bare-number-with-casualty-predicate",
        "Seoul's spy agency believes some 500 North Korean soldiers have died in Russia and another "
        "two-thousand-300 have been wounded.",
        (Expect("casualties", 500, "approx"), Expect("casualties", 2_300)),
    ),
    Case(
        "increase-by-then-total",
        "The NIS said the number of North Korean troops in Russia increased by roughly 2,000 last month, "
        "now totaling about 5,000.",
        (Expect("troops", 2_000, "approx", incremental=True), Expect("troops", 5_000, "approx")),
    ),
    Case(
        "partitive-casualties-of-total",
        "Western officials think about 3,500 of the 12,000 North Korean soldiers sent to Russia may have been "
        "killed or wounded.",
        (Expect("casualties", 3_500, "approx"), Expect("troops", 12_000)),
    ),
    Case(
        "earlier-estimate-measure-word",
        CONTEXT + "That is up from last autumn, when the ministry put North Korea's artillery support at "
        "\u201cmore than 100 pieces.\u201d",
        (Expect("artillery", 100, "more_than"),),
    ),
    Case(
        "capacity-is-not-a-plan",
        "North Korea has shipped more than 9,000 containers to Russia, which could carry about 4 million "
        "artillery shells, Seoul estimates.",
        (Expect("ammunition", 9_000, "more_than"), Expect("ammunition", 4_000_000, "approx")),
    ),
    Case(
        "past-possibility-is-reported",
        "South Korea's military believes North Korea may have sent as many as 200 rocket launchers to Russia.",
        (Expect("rocket_launchers", 200, "up_to"),),
    ),
    Case(
        "already-overrides-plan",
        "The NIS said Pyongyang had decided to send some 8,000 troops to Russia and had already dispatched "
        "2,000 of them.",
        (Expect("troops", 8_000, "approx", status="planned"), Expect("troops", 2_000)),
    ),
    Case(
        "holdings-in-a-list", CONTEXT + "Analysts say North Korea possesses 20 MiG-29s, 30 Su-25s and older jets.", ()
    ),
    Case(
        "ru-inventory",
        CONTEXT + "Any transfer will depend on Russia's stock, which included some 150 Su-27 jets last year.",
        (),
    ),
    Case(
        "own-losses-after-attribution",
        "Ukraine said it lost 9 soldiers in fighting with North Korean units in Russia's Kursk region.",
        (),
    ),
    Case(
        "typo-digit-grouping",
        "The NIS said about 2,000 North Korean troops were in Russia, expecting 10,0000 by December.",
        (Expect("troops", 2_000, "approx"),),
    ),
    Case(
        "headline-and-body-one-claim",
        "NORTH KOREA SENT OVER 5,000 TROOPS TO RUSSIA\nNorth Korea has sent about 5,000 troops to Russia, "
        "South Korea's military said.",
        (Expect("troops", 5_000, "approx"),),
    ),
]
