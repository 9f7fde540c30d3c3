"""Wording classes fixed in the twenty-sixth round (roundup pages of a third pass: captions, fact boxes and
tables with their sources, dated notes, quotations handed to their speaker afterwards, interviews that cite a
report), each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows


def _values(text: str, lexicon) -> dict[object, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value -> (category, status, addition, source) of every numeric claim."""
    return {row[1]: (row[0], row[2], row[3], row[4]) for row in _rows(text, lexicon) if row[1] is not None}


MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
CSIS = "Center for Strategic and International Studies (CSIS)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the team', 'the monitors' refer back to the body whose name holds the noun, past another research body
        (
            "The Multilateral Sanctions Monitoring Team counted 18,000 containers sent to Russia. Weeks later the "
            "Center for Strategic and International Studies found fresh rail traffic at the border. On manpower, "
            "the team said Pyongyang sent about 9,000 troops in 2024.",
            {
                18000: ("ammunition", "reported", False, MSMT),
                9000: ("troops", "reported", False, MSMT),
            },
        ),
        (
            "The Multilateral Sanctions Monitoring Team listed 7,000 North Korean workers in Russia. The Center for "
            "Strategic and International Studies tracked ships at Rajin. The monitors said 2,000 more troops went.",
            {
                7000: ("workers", "reported", False, MSMT),
                2000: ("troops", "reported", True, MSMT),
            },
        ),
        # (guard: a noun no name holds still refers back to the nearest research body)
        (
            "The Multilateral Sanctions Monitoring Team counted 18,000 containers. The Center for Strategic and "
            "International Studies found rail traffic at the border. The researchers said 40 trains had crossed "
            "carrying 600 containers of shells.",
            {
                18000: ("ammunition", "reported", False, MSMT),
                600: ("ammunition", "reported", False, CSIS),
            },
        ),
    ],
)
def test_the_team_is_the_body_so_named(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_a_publisher_in_the_authors_whose_clause_is_no_speaker(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Multilateral Sanctions Monitoring Team, whose findings Japan's foreign ministry published on Friday, "
        "counted more than 16,000 containers of munitions shipped to Russia."
    )
    assert _values(text, lexicon) == {16000: ("ammunition", "reported", False, MSMT)}
    # (guard: a ministry that speaks in such a clause is still its own speaker)
    text = "Japan's foreign ministry, whose officials briefed reporters, said 16,000 containers were shipped to Russia."
    assert _values(text, lexicon)[16000][3] != MSMT


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Moscow plans to bring 9,000 North Korean workers to its drone plants. That is the claim of Ukraine's "
            "Ministry of Civil Protection.",
            "Ukraine Ministry of Civil Protection",
        ),
        (
            "Pyongyang has sent 4,000 more soldiers to Kursk. That was the account of Ukraine's military intelligence.",
            "Ukraine HUR",
        ),
    ],
)
def test_that_is_the_claim_of(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[4] for row in _rows(text, lexicon) if row[1] is not None} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people brought to where drones are made are workers
        (
            "The aggressor plans to bring 9,000 citizens of the DPRK to the Alabuga zone, Ukraine's Ministry of "
            "Civil Protection said.",
            {9000: ("workers", "planned", False, "Ukraine Ministry of Civil Protection")},
        ),
        (
            "Russia intends to bring 7,000 North Koreans to the special economic zone to raise drone output, "
            "Kyiv says.",
            {7000: ("workers", "planned", False, "Ukrainian government")},
        ),
        # (guards: people brought with no word of work are no one the beat counts; fighters stay troops)
        ("We know they plan to bring up to 9,000 people by the end of the year, Budanov said.", {}),
        ("Russia plans to bring 2,000 people to Kursk next month, the NIS said.", {}),
    ],
)
def test_people_brought_to_a_drone_plant(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia wants 3,000 North Korean workers for its construction sites, Budanov said.", "planned"),
        ("Moscow wants 4,000 workers from North Korea, Budanov said.", "planned"),
        # (guard: wanting something for troops already sent plans nothing)
        ("Budanov said Kim wants recognition for the 11,000 troops he sent.", "reported"),
    ],
)
def test_wanted_for_a_purpose_is_a_plan(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] is not None} == {status}


def test_a_dated_note_is_no_speaker(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "UPDATE (4 March 2025): South Korea's National Intelligence Service now estimates that 1,800 North Korean "
        "soldiers have been killed. The agency also believes Pyongyang is preparing to send 5,000 more soldiers."
    )
    assert _values(text, lexicon) == {
        1800: ("casualties", "reported", False, "South Korea NIS"),
        5000: ("troops", "planned", True, "South Korea NIS"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact box's line with its source in brackets at the end
        (
            "KEY NUMBERS\n- 1,000 containers of munitions shipped by October 2023 [US government]\n"
            "- 2,600 troops earmarked for Kursk (Ukrainian government)",
            {
                1000: ("ammunition", "reported", False, "US government"),
                2600: ("troops", "planned", False, "Ukrainian government"),
            },
        ),
        # (guard: a place in brackets is no source)
        (
            "The NIS says North Korea sent 3,000 troops to Russia (Kursk).",
            {3000: ("troops", "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_a_bracketed_source_ends_a_line(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_sources_lines_and_numbered_labels_assert_no_figure(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Claim 2: "North Korea sent more than 10,000 soldiers"\nKyiv says North Korea sent more than 10,000 '
        "soldiers.\n\nSources: HUR for all figures except the 2,600 (NIS) and the 3 million, which is Seoul's."
    )
    assert _values(text, lexicon) == {10000: ("troops", "reported", False, "Ukrainian government")}
    # (guard: a count after a word that labels nothing stays a count)
    assert 40 in _values("The NIS said 40 soldiers were captured: the first prisoners.", lexicon)


def test_a_quotation_handed_to_its_speaker_after_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Pyongyang has decided to send two thousand sappers to Russia to clear mines, and four thousand '
        "military builders.\n\n"
        '"Their courage will be remembered."\n\n'
        "Those were the words of Sergei Shoigu, secretary of Russia's Security Council, after his talks in Pyongyang."
    )
    assert {row[4] for row in _rows(text, lexicon) if row[1] is not None} == {"Russia Security Council (Shoigu)"}


def test_an_interview_answer_citing_the_team(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Our guest is a fellow at the Center for Strategic and International Studies.\n\n"
        "Q: The Multilateral Sanctions Monitoring Team has published its report. What stood out?\n"
        "A: The team says more than 15,000 containers went to Russia. It estimates the shells at about eight "
        "million.\n\n"
        "Q: And the rail traffic?\n"
        "A: We counted 30 trains carrying 500 containers of shells in one month."
    )
    assert _values(text, lexicon) == {
        15000: ("ammunition", "reported", False, MSMT),
        8000000: ("ammunition", "reported", False, MSMT),
        500: ("ammunition", "reported", False, CSIS),
    }


def test_a_korean_party_member_relays_the_briefing(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The National Intelligence Service briefed the intelligence committee on Tuesday. Lee Min-jae of the "
        "People Power Party said afterwards that the North had sent 2,500 more troops."
    )
    assert _values(text, lexicon) == {2500: ("troops", "reported", True, "South Korea NIS")}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said his intelligence showed 9,000 North Korean soldiers being readied to join Russia's army.",
        "Their expectation is that around 9,000 troops will have been deployed by March, the NIS said.",
        "The NIS told lawmakers that Pyongyang's goal is to have 9,000 troops in Russia by March.",
        "In Kursk Oblast alone some 9,000 North Korean workers are expected for road repairs, Budanov said.",
        "A Russian region is looking for 9,000 North Koreans to staff its construction sites, Budanov said.",
        "- 9,000: North Korean construction workers a Russian region plans to hire (Ukrainian government)",
    ],
)
def test_plans_told_in_more_ways(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] == 9000} == {"planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the building trade hires; it makes no arms
        (
            "A Russian region intends to hire 3,000 North Koreans on building projects, Budanov said.",
            {3000: ("workers", "planned", False, "Ukraine HUR (Budanov)")},
        ),
        # a shortfall put at a figure counts no one sent
        ("Budanov put the shortfall in Russia's building industry at an estimated 4,500 workers.", {}),
        # (guard: North Korea building arms is still its own production, not supply)
        ("North Korea is building 40 new missile launchers, the NIS said.", {}),
    ],
)
def test_the_building_trade_and_its_shortfall(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


def test_an_embedded_post_is_its_accounts(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agency has just posted this on its channel:\n\n"
        "Defence Intelligence of Ukraine ✓\n\n"
        '"In two days of fighting near Sudzha the DPRK units lost no fewer than 40 soldiers killed or wounded."\n\n'
        "We have asked Moscow for comment."
    )
    assert _values(text, lexicon) == {40: ("casualties", "reported", False, "Ukraine HUR")}


def test_a_report_another_wrote_is_its_authors(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Multilateral Sanctions Monitoring Team has given the fullest account yet. Its first report, released "
        "on 29 May by Japan's foreign ministry, covers arms. It counts more than 16,000 containers of munitions "
        "sent to Russia."
    )
    assert _values(text, lexicon) == {16000: ("ammunition", "reported", False, MSMT)}


def test_its_assessment_set_off_by_an_aside(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "South Korea's National Intelligence Service briefed lawmakers on Wednesday. Its first public assessment, "
        "issued last Friday, had put the number of troops to be sent at some 9,000."
    )
    assert {row[4] for row in _rows(text, lexicon) if row[1] == 9000} == {"South Korea NIS"}


def test_a_bare_figure_called_a_casualty_figure(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The NIS said the North had shipped 9 million shells to Russia. Update: an earlier version gave the "
        "January estimate of about 3,500 as the latest casualty figure."
    )
    assert _values(text, lexicon)[3500][0] == "casualties"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the second review: where this round's rules must not fire)
        (
            "Ukrainian units are looking for the bodies of 200 North Korean soldiers killed near Sudzha, HUR said.",
            {200: ("casualties", "reported", False, "Ukraine HUR")},
        ),
        (
            "As many as 3,000 more North Korean soldiers may have been sent to Russia already, the JCS said.",
            {3000: ("troops", "reported", True, "South Korea JCS")},
        ),
        (
            "Moscow hired some 3,100 North Koreans on military contracts to fight in Kursk, HUR said.",
            {3100: ("troops", "reported", False, "Ukraine HUR")},
        ),
        (
            "Russia's ammunition shortfall was largely offset by North Korean shipments, estimated at 6 million "
            "shells, Budanov said.",
            {6000000: ("ammunition", "reported", False, "Ukraine HUR (Budanov)")},
        ),
        (
            "The NIS briefed lawmakers on Monday. Senator Jane Roe of the Democratic Party said at least 12,000 "
            "North Korean soldiers were fighting for Russia.",
            {12000: ("troops", "reported", False, "Democratic Party")},
        ),
        (
            "Russia has fired 20 North Korean KN-23 missiles at Ukrainian cities. Prosecutors gave an estimate of "
            "about 40 as the latest casualty count from those strikes.",
            None,  # (a civilian toll: no casualty of North Korean troops)
        ),
    ],
)
def test_where_the_later_rules_must_not_fire(
    text: str, expected: dict[object, tuple[object, ...]] | None, lexicon
) -> None:  # type: ignore[no-untyped-def]
    values = _values(text, lexicon)
    if expected is None:
        assert all(row[0] != "casualties" for row in values.values())
    else:
        assert values == expected


def test_a_countrys_filings_named_by_its(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "That is far below what Russia shipped before the pandemic. According to its reports to the world body, "
        "it exported 230,000 barrels of refined petroleum to North Korea in 2018."
    )
    assert _values(text, lexicon) == {230000: ("other", "reported", False, "Russian government")}


@pytest.mark.parametrize(
    "text",
    [
        "Last summer NHK said a plan was in place to dispatch 9,000 North Koreans to Tatarstan to make drones.",
        '"We were shown credible intelligence: about 9,000 troops will have gone by December," the NIS said.',
        "- Deployment of about 9,000 troops to be complete by December (NIS)",
        "- 9,000 further soldiers and engineers planned (NIS)",
    ],
)
def test_plans_in_fact_boxes_and_notes(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[2] for row in _rows(text, lexicon) if row[1] == 9000} == {"planned"}


def test_on_top_of_a_figure_is_an_addition(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea will ship 120 KN-23 missiles to Russia next year, on top of the 100 it handed over this "
        "year, Budanov said."
    )
    values = _values(text, lexicon)
    assert values[120][2] is True and values[100][2] is False
    # (guard: 'on top of that' adds a matter, not a figure)
    text = "North Korea sent 9,000 troops to Russia, the NIS said. On top of that, it shipped artillery shells."
    assert _values(text, lexicon)[9000][2] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker who set out the figures the next paragraph opens with
        (
            "John Roe, the White House spokesman, laid out the figures at a briefing on Friday.\n\n"
            "In April alone, more than 120,000 barrels of refined oil went from Russia to North Korea.",
            {120000: ("other", "reported", False, "White House")},
        ),
        # footage handed to whoever released it
        (
            "Footage shows the bodies of more than 30 North Korean soldiers near Sudzha. It was released by Ukraine's "
            "military intelligence.",
            {30: ("casualties", "reported", False, "Ukraine HUR")},
        ),
        # a count promised in the passive, past an aside; a goal to be in place by a date
        (
            "Another 5,000 personnel for demining work, 800 of them sappers, were promised by Kim Jong Un, "
            "Shoigu said.",
            {
                5000: ("troops", "planned", True, "Russia Security Council (Shoigu)"),
                800: ("troops", "planned", False, "Russia Security Council (Shoigu)"),
            },
        ),
        (
            "Around 9,000 troops in all should be in place by December, the NIS said.",
            {9000: ("troops", "planned", False, "South Korea NIS")},
        ),
    ],
)
def test_leads_pointers_and_promises(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the third review)
        (
            "South Korea's NIS briefed lawmakers on Tuesday. According to its reports, North Korea has sent about "
            "3,100 more troops to Russia.",
            {3100: ("troops", "reported", True, "South Korea NIS")},
        ),
        (
            "About 3,200 North Korean soldiers were offered Russian citizenship after fighting in Kursk, the NIS said.",
            {3200: ("troops", "reported", False, "South Korea NIS")},
        ),
        (
            "About 5 million shells were promised and delivered in 2024, the JCS said.",
            {5000000: ("ammunition", "reported", False, "South Korea JCS")},
        ),
        (
            "About 1,500 North Korean troops hit near Sudzha at dawn, retaking two villages, the HUR said.",
            {1500: ("troops", "reported", False, "Ukraine HUR")},
        ),
        (
            "NIS director Cho Tae-yong laid out the figures to lawmakers on Wednesday.\n\nIndependent analysts, "
            "however, believe about 15,000 North Korean soldiers are in Russia.",
            {15000: ("troops", "reported", False, None)},
        ),
        (
            "Some 11,000 North Korean troops are in Kursk. It was released by South Korean media on Tuesday that "
            "one of them defected.",
            {11000: ("troops", "reported", False, None)},
        ),
        (
            "North Korean and Russian missiles are alike, the NIS said. 20 of each other's designs were compared.",
            {},
        ),
    ],
)
def test_where_the_last_rules_must_not_fire(text: str, expected: dict[object, tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected
