"""Wording classes fixed in the twenty-fourth round (the tune part retold by other outlets), each with sentences
written for it."""

from __future__ import annotations

import re

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _sources(text: str, lexicon) -> dict[object, str | None]:  # type: ignore[no-untyped-def]
    return {row[1]: row[4] for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet that cited an authority before still relays it where it is the sentence's only voice
        (
            "Russia gave Pyongyang air defence systems, KBS reported, citing the first report of the Multilateral "
            "Sanctions Monitoring Team.\n\nAccording to KBS, North Korea has shipped more than 20,000 containers "
            "of munitions since September 2023.",
            {20000: "Multilateral Sanctions Monitoring Team (MSMT) (via KBS)"},
        ),
        (
            "North Korea has sent about 3,000 more troops, Yonhap reported, citing the National Intelligence "
            "Service.\n\nThe North has also shipped some 200 long-range guns, the news agency said.",
            {3000: "South Korea NIS (via Yonhap)", 200: "South Korea NIS (via Yonhap)"},
        ),
        (
            "Moscow gave air defence systems to North Korea, Yonhap reported, citing a report by the monitoring "
            "team MSMT.\n\nMoscow handed over at least one Pantsir system, the report said, according to Yonhap.",
            {1: "Multilateral Sanctions Monitoring Team (MSMT) (via Yonhap)"},
        ),
        # (guards: an authority that spoke to the outlet, and the outlet's own sources, are no relay of later news)
        (
            "Ukraine's military intelligence told the FT that Russia had fired about 60 North Korean missiles.\n\n"
            "The FT reported last year that North Korea had also supplied at least 50 Koksan howitzers.",
            {60: "Ukraine HUR (via Financial Times)", 50: "Financial Times"},
        ),
        (
            "North Korea has sent another 3,000 soldiers, The Telegraph reported, citing its own sources in "
            "Ukrainian intelligence.\n\nAccording to the Telegraph, Pyongyang has also shipped 50 more Koksan "
            "guns.",
            {3000: "Ukraine HUR (via The Telegraph)", 50: "The Telegraph"},
        ),
        # (guard, from the review of the round's rules: the outlet's own work after it cited someone)
        (
            "Russia gave North Korea air defence systems, KBS reported, citing a report by the MSMT.\n\nIn a "
            "separate analysis of satellite imagery, KBS found 12,000 containers shipped from North Korea.",
            {12000: "KBS"},
        ),
        (
            "North Korea has sent 11,000 troops, Reuters reported, citing the NIS.\n\nReuters tallied 1,000 "
            "containers of munitions shipped from North Korea to Russia.",
            {11000: "South Korea NIS (via Reuters)", 1000: "Reuters"},
        ),
        (
            "Russia gave North Korea air defence systems, KBS reported, citing a report by the MSMT.\n\nAccording "
            "to KBS, a diplomatic source said North Korea has also sent 150 KN-23 missiles.",
            {150: "KBS"},
        ),
    ],
)
def test_outlet_still_relays_whom_it_cited(text: str, expected: dict[object, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outlets by their full names; 'the Times' on a page naming a '... Times' paper is that paper
        ("According to the NYT, Russia has received at most 50 North Korean ballistic missiles.",
         {50: "The New York Times"}),
        ("Our friends at The New York Times report on the missiles.\n\nSo far, no more than 50 North Korean "
         "ballistic missiles have reached Russia, per the Times.", {50: "The New York Times"}),
        ("North Korea has shipped 40 ballistic missiles to Russia, the WSJ reported.",
         {40: "The Wall Street Journal"}),
        # (guard: without such a paper, 'the Times' is London's)
        ("North Korea has shipped 40 ballistic missiles to Russia, the Times reported.", {40: "The Times"}),
        ("North Korea has sent 40 missiles to Russia, according to The Times of London. The New York Times could "
         "not confirm it, but the Times reported that 20 more were shipped.", {40: "The Times", 20: "The Times"}),
        # a name set off by commas with a shortened month inside its aside
        ("The Financial Times, in a Nov. 16 report, found that Pyongyang had handed Moscow nearly 50 Koksan "
         "howitzers.", {50: "Financial Times"}),
        # 'the public broadcaster', 'the South Korean news agency': the outlet named before
        ("The figure is smaller than one reported earlier by NHK. The public broadcaster said in the summer that "
         "25,000 North Korean workers were to be sent to Russia.", {25000: "NHK"}),
    ],
)  # fmt: skip
def test_outlet_names(text: str, expected: dict[object, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'plus' ends the first item's noun phrase
        (
            "North Korea had delivered close to 50 Koksan howitzers plus 20 rocket launchers to Russia.",
            {("artillery", 50, "reported", False, None), ("rocket_launchers", 20, "reported", False, None)},
        ),
        # (guard: 'N-plus' and 'N plus' before the noun stay a hedge)
        ("North Korea has sent 10,000 plus troops to Russia.", {("troops", 10000, "reported", False, None)}),
        # a country in the agent of a passive word of speech speaks; it does not act
        (
            "Pyongyang is estimated by South Korean and US intelligence to have dispatched over 10,000 troops.",
            {("troops", 10000, "reported", False, "South Korean and US intelligence")},
        ),
        (
            "Pyongyang is thought by South Korean and Western officials to have sent 12,000 soldiers.",
            {("troops", 12000, "reported", False, "South Korean and Western officials")},
        ),
        # a share after a planned figure is planned
        (
            "Shoigu said North Korea had agreed to dispatch 6,000 personnel for demining and rebuilding, 1,000 of "
            "them sappers.",
            {
                ("troops", 6000, "planned", False, "Russia Security Council (Shoigu)"),
                ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            },
        ),
        # (guard: a share of a force sent is as reported as the force)
        (
            "North Korea sent 11,000 troops last year, 3,000 of them special forces, the NIS said.",
            {("troops", 11000, "reported", False, "South Korea NIS"), ("troops", 3000, "reported", False,
                                                                         "South Korea NIS")},
        ),
    ],
)  # fmt: skip
def test_lists_agents_and_shares(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_troops_deployed_by_russia_own_their_toll(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korean soldiers deployed by Russia to Kursk took heavy losses, with 30 of them killed or wounded, "
        "Ukraine's military intelligence said."
    )
    assert ("casualties", 30, "reported", False, "Ukraine HUR") in _rows(text, lexicon)
    # (guard, from the review: Ukraine's forces facing them lose their own men)
    text = "Ukrainian forces fighting North Korean troops sent by Russia to Kursk lost 50 soldiers, Kyiv said."
    assert not any(row[0] == "casualties" for row in _rows(text, lexicon))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier batch told after an addition of the same size is a claim of its own
        (
            "A further 1,500 North Korean troops have entered Russia, the NIS said.\n\nThe NIS had said last week "
            "that 1,500 North Korean special forces soldiers were taken to Russia aboard navy ships.",
            {("troops", 1500, "reported", True, "South Korea NIS"), ("troops", 1500, "reported", False,
                                                                      "South Korea NIS")},
        ),
        # (guards: the batch referred back to, and a 'first' said of something else after the figure)
        (
            "An additional 1,500 North Korean troops have entered Russia, the NIS said.\n\nThe 1,500 soldiers "
            "arrived last week by ship, the agency said earlier.",
            {("troops", 1500, "reported", True, "South Korea NIS")},
        ),
        (
            "Another 2,000 North Korean troops have been sent to Russia, the NIS said.\n\nAround 2,000 troops "
            "were moved by rail, with the first groups expected at the front soon, the agency said.",
            {("troops", 2000, "reported", True, "South Korea NIS")},
        ),
        # (guards, from the review: the same time said of the addition, the same figure again, 'the previously
        # unreported 1,500')
        (
            "A further 1,500 North Korean troops entered Russia last week, the NIS said.\n\nLast week, 1,500 "
            "North Korean soldiers crossed the border into Russia, the agency said.",
            {("troops", 1500, "reported", True, "South Korea NIS")},
        ),
        (
            "Another 2,000 North Korean troops arrived in Russia this month, the NIS said.\n\nEarlier, the agency "
            "had put the figure at 2,000 as well.",
            {("troops", 2000, "reported", True, "South Korea NIS")},
        ),
        (
            "A further 1,500 North Korean troops have entered Russia, the NIS said.\n\nThe previously unreported "
            "1,500 soldiers were flown to Vladivostok, it said.",
            {("troops", 1500, "reported", True, "South Korea NIS")},
        ),
    ],
)  # fmt: skip
def test_earlier_batch_after_an_addition(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's outlet named with what it is: the outlet, no body of that country
        (
            "South Korea's Yonhap News Agency, citing the country's National Intelligence Service, says North Korea "
            "decided to dispatch some 12,000 troops.\n\nYonhap says roughly 1,500 special forces personnel were "
            "taken ahead of the main force to Vladivostok aboard Russian ships.",
            {12000: "South Korea NIS (via Yonhap)", 1500: "South Korea NIS (via Yonhap)"},
        ),
        # 'All told,' names no speaker
        (
            "The NIS briefed lawmakers on Wednesday.\n\nAll told, North Korean casualties so far come to 4,700, the "
            "agency said.",
            {4700: "South Korea NIS"},
        ),
        # a 'Background:' section under an item with a declared source is the writer's recap
        (
            "Source: Budanov in an interview with The War Zone\n\nDetails: In 2025 Russia is expected to receive 150 "
            "more KN-23 missiles from North Korea, the intelligence chief said.\n\nBackground:\n\nNorth Korea has "
            "sent a 12,000-strong contingent to Kursk.",
            {150: "Ukraine HUR (Budanov)", 12000: None},
        ),
        # 'it warned' after the outlet the sentence names is the outlet, no speaker of before
        (
            "The New York Times reported on the missiles.\n\nKyiv and Washington have both said that Russia first "
            "used North Korean ballistic missiles on Jan. 2.\n\nFewer than 50 of the missiles seem to have reached "
            "Russia so far, by the paper's estimate, though it warned that many more could follow.",
            {50: "The New York Times"},
        ),
    ],
)
def test_outlets_and_recaps(text: str, expected: dict[object, str | None], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zelensky said 10,000 North Korean soldiers were being readied to fight alongside Russian forces.", "planned"),
        ("Zelensky said 10,000 North Korean troops were preparing to join Russia's forces.", "planned"),
        ("Seoul said another 10,000 North Korean troops are due in Russia by December.", "planned"),
        # (guards: trained to fire, or going home, is no going to war; 'due to' is a cause)
        ("Seoul said 10,000 North Korean troops are preparing to go home from Russia.", "reported"),
        ("Kyiv said losses are due to poor training, and 10,000 North Korean troops were sent to Russia.", "reported"),
        ("Zelensky said 10,000 North Korean troops were being trained to fire Russian guns.", "reported"),
    ],
)
def test_readied_to_fight_is_planned(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] == 10000} == {status}


def test_excerpt_cut_off_after_and(lexicon) -> None:  # type: ignore[no-untyped-def]
    # an excerpt that stops right after 'and' (as scraped excerpts do) keeps its figures; it used to raise
    text = "The report puts North Korea's deliveries to Russia at some nine million rounds of artillery and"
    assert ("ammunition", 9000000, "reported", False, None) in _rows(text, lexicon)


def test_recipient_is_no_speaker_and_bulleted_headline_plans(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Key events\n- North Korea to send more than 100 additional Koksan guns, says Budanov\n\nUkraine's spy "
        "chief Kyrylo Budanov spoke on Tuesday.\n\nAccording to the general, Kim Jong Un has already handed "
        "Vladimir Putin at least 120 of the M1989 guns."
    )
    rows = _rows(text, lexicon)
    assert ("artillery", 100, "planned", True, "Ukraine HUR (Budanov)") in rows
    assert ("artillery", 120, "reported", False, "Ukraine HUR (Budanov)") in rows


def test_next_sentence_says_whose_claim(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia plans to bring 12,000 N. Korean workers to drone plant: Kyiv\n\nRussia is planning to bring 12,000 "
        "North Korean laborers to the Alabuga zone. The claim was made by Ukraine's Ministry of Civil Protection."
    )
    assert _sources(text, lexicon) == {12000: "Ukraine Ministry of Civil Protection"}


def test_n_more_after_the_same_figure_is_a_second_batch(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The NIS said 1,500 North Korean troops arrived in Russia in October. Some 1,500 more have followed since "
        "then, bringing the total to roughly 3,000, the agency said."
    )
    assert {(row[1], row[3]) for row in _rows(text, lexicon)} == {(1500, False), (1500, True), (3000, False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence says who gave the figure, past an appositive or as 'the estimate X gave'
        (
            "North of 165,000 barrels of refined oil went from Russia to North Korea in March alone. John Kirby, "
            "the White House national security spokesman, gave the figure during a briefing.",
            {165000: "White House (Kirby)"},
        ),
        (
            "Pyongyang is accused of sending troops to Russia.\n\nClose to 3,000 of them had been killed or "
            "wounded there. That was the estimate the Ukrainian leader gave last month.",
            {3000: "Zelensky"},
        ),
        # (guard, from the third review: 'gave the figure as 11,000' is a figure of the speaker's own)
        (
            "North Korea has sent 12,000 troops to Russia. Rustem Umerov, Ukraine's defence minister, gave the "
            "figure as 11,000 last month.",
            {12000: None, 11000: "Ukraine Ministry of Defense (Umerov)"},
        ),
    ],
)
def test_next_sentence_gave_the_figure(text: str, expected: dict[object, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sanctions monitors named as a watchdog, and 'the watchdog' referring back to them
        ("Russia has handed North Korea at least one Pantsir air defence system, a multinational sanctions "
         "watchdog said in its first report.", {1: "Multilateral Sanctions Monitoring Team (MSMT)"}),
        ("According to the MSMT, North Korea has shipped more than 20,000 containers of military cargo to Russia. "
         "The watchdog also estimated that Russia delivered over 1 million barrels of fuel to North Korea.",
         {20000: "Multilateral Sanctions Monitoring Team (MSMT)",
          1000000: "Multilateral Sanctions Monitoring Team (MSMT)"}),
        # (guard: 'a watchdog' named by no one is no one's)
        ("Russia has shipped about 1 million barrels of fuel to North Korea, a watchdog said.", {1000000: None}),
    ],
)  # fmt: skip
def test_watchdog(text: str, expected: dict[object, str | None], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


def test_sample_excerpts_cut_after_and_never_fail(lexicon) -> None:  # type: ignore[no-untyped-def]
    # every bundled sample text cut right after each 'and' runs through (bench/cut_excerpts.py does the wider sweep)
    from core.extract import extract_claims
    from core.models import Article
    from core.settings import SAMPLE_CORPUS_DIR

    cuts = 0
    for path in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for end in [m.end() for m in re.finditer(r"\band\b", text)]:
            extract_claims(Article(id="cut", text=text[:end]), lexicon)
            cuts += 1
    assert cuts > 50
