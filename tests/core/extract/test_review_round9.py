"""Sentences a reviewer wrote against the ninth round's rules: each pins a misfire that was fixed."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.case_types import claim_keys

_claims = claim_keys


def test_a_quotation_going_on_after_he_said_is_still_his(lexicon) -> None:
    text = (
        "Kyiv and Moscow\n"
        "North Korea and Russia signed a defence pact in June 2024.\n"
        "Ukraine's foreign minister Andrii Sybiha spoke to the BBC in Brussels on Monday.\n"
        '"Pyongyang is now Moscow\'s arsenal," he said. "They have sent at least 14,000 soldiers."'
    )
    expected = ("troops", 14000, "reported", "Ukraine Ministry of Foreign Affairs (Sybiha) (via BBC)")
    assert expected in _claims(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # the items a denial names as parts of what it denies are denied too
        "Pyongyang and Moscow deny that North Korea has armed Russia, including with ballistic missiles and "
        "artillery shells.",
        "North Korea and Russia have both denied the arms transfers, which include ballistic missiles and artillery "
        "shells.",
    ],
)
def test_the_parts_of_a_denied_whole_are_denied(lexicon, text: str) -> None:
    statuses = {category: status for category, _, status, _ in _claims(text, lexicon)}
    assert statuses == {"missiles": "denied", "ammunition": "denied"}


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 North Korean reinforcements have reached the Kursk front, the JCS said.",
        "Pyongyang has sent reinforcements numbering about 2,500 to Kursk, the JCS said.",
    ],
)
def test_reinforcements_are_an_addition(lexicon, text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.incremental) for c in claims if c.value] == [(2500, True)]


def test_troops_and_reinforcements_are_no_addition(lexicon) -> None:
    text = "North Korea has 12,000 troops and reinforcements in Russia, the JCS said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.incremental) for c in claims if c.value] == [(12000, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 45,000 Russian and North Korean soldiers are massing near Kursk, Ukraine's General Staff said.",
        "Kyiv says a force of 45,000 North Korean and Russian troops is poised to attack in Kursk.",
    ],
)
def test_a_joint_force_is_no_north_korean_figure(lexicon, text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [c.value for c in claims if c.value] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'It' and 'They' opening a sentence after sentences about North Korea are North Korea
        (
            "Seoul's spy agency said Pyongyang is under strain. It has lost some 3,500 soldiers in Kursk, the NIS "
            "said.",
            {("casualties", 3500, "reported", "South Korea NIS")},
        ),
        (
            "Pyongyang has sent some 12,000 troops to Russia, the NIS said. It has also shipped ballistic missiles, "
            "the agency said.",
            {("troops", 12000, "reported", "South Korea NIS"), ("missiles", None, "reported", "South Korea NIS")},
        ),
        # not after another country: Ukraine's own losses are no North Korean figure
        (
            "North Korea sent troops to Russia last year. Ukraine's army said it is holding the line. It has lost "
            "some 3,500 soldiers there, the army said.",
            {("troops", None, "reported", None)},
        ),
    ],
)
def test_a_pronoun_subject_after_north_korea_is_north_korea(lexicon, text: str, expected: set[object]) -> None:
    assert _claims(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean soldier was captured by Ukrainian paratroopers in Kursk, the SBU said.",
        "A North Korean soldier has been captured near Kursk, Ukraine's special forces said.",
    ],
)
def test_soldiers_captured_in_the_passive_are_casualties(lexicon, text: str) -> None:
    assert {category for category, *_ in _claims(text, lexicon)} == {"casualties"}


def _items(text: str, lexicon) -> set[tuple[str, str, str]]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.direction.value, c.status.value) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is given in return goes the other way, with a status of its own
        (
            "Moscow shipped fuel to Pyongyang in return for artillery shells, the sanctions monitors said.",
            {("other", "ru_to_nk", "reported"), ("ammunition", "nk_to_ru", "reported")},
        ),
        (
            "Pyongyang has shipped ballistic missiles to Russia in exchange for refined oil, the NIS said.",
            {("missiles", "nk_to_ru", "reported"), ("other", "ru_to_nk", "reported")},
        ),
        (
            "Pyongyang is getting refined oil in exchange for the artillery shells it ships to Russia, Seoul said.",
            {("other", "ru_to_nk", "reported"), ("ammunition", "nk_to_ru", "reported")},
        ),
        (
            "Russia is set to give North Korea air defence systems in return for its soldiers, the NIS said.",
            {("other", "ru_to_nk", "planned"), ("troops", "nk_to_ru", "reported")},
        ),
        # a phrase put first ends where the sentence's own clause begins
        (
            "In exchange for its soldiers, North Korea has received drones from Russia, the NIS said.",
            {("drones", "ru_to_nk", "reported"), ("troops", "nk_to_ru", "reported")},
        ),
    ],
)
def test_what_is_given_in_return_goes_the_other_way(lexicon, text: str, expected: set[object]) -> None:
    assert _items(text, lexicon) == expected


def _figures(text: str, lexicon) -> list[tuple[object, ...]]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return [(c.category.value, c.value, c.value_max) for c in claims if c.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll whose figure comes after 'has risen to' counts the toll, not the troops it is among
        (
            "The death toll among North Korean soldiers deployed to Russia has climbed to about 1,800, the NIS said.",
            [("casualties", 1800, None)],
        ),
        # 'from X to Y' after a delivery verb or 'anywhere' is a range; after a change it is the new figure
        ("Pyongyang has sent anywhere from 9,000 to 12,000 troops to Russia, the JCS said.", [("troops", 9000, 12000)]),
        ("North Korea has deployed from 9,000 to 12,000 troops to Russia, the JCS said.", [("troops", 9000, 12000)]),
        (
            "The JCS raised its count of North Korean troops in Russia from 9,000 to 12,000.",
            [("troops", 9000, None), ("troops", 12000, None)],
        ),
    ],
)
def test_tolls_and_ranges(lexicon, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the monitoring team by its common name, the EU's officials by the Union's full name
        (
            "North Korea has shipped 9 million shells to Russia, according to a report by the sanctions monitoring "
            "team.",
            "Multilateral Sanctions Monitoring Team (MSMT)",
        ),
        ("European Union officials said North Korea had sent 11,000 troops to Russia.", "EU officials"),
        # an outlet that verified footage itself reports what it shows
        (
            "CNN has verified footage showing at least 30 North Korean soldiers captured in Russia's Kursk region.",
            "CNN",
        ),
    ],
)
def test_more_names_of_who_said_it(lexicon, text: str, source: str) -> None:
    assert {s for *_, s in _claims(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Some 2,500 North Korean soldiers are being readied for deployment to Russia, the JCS said.", "planned"),
        # prepared for deployment inside Russia: there already
        ("Some 2,500 North Korean soldiers are being prepared for deployment inside Russia, the JCS said.", "reported"),
        ("Pyongyang could soon start shipping Russia 2,500 more rockets, the JCS said.", "planned"),
    ],
)
def test_being_readied_and_starting_to_ship_are_plans(lexicon, text: str, status: str) -> None:
    assert {s for _, value, s, _ in _claims(text, lexicon) if value == 2500} == {status}


def test_an_earlier_estimate_after_up_from_counts_the_same_item(lexicon) -> None:
    text = (
        "Seoul's spy agency now puts North Korean casualties in Russia at 4,700, up from a previous estimate of 3,100."
    )
    assert _figures(text, lexicon) == [("casualties", 4700, None), ("casualties", 3100, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said no North Korean soldiers were fighting in Ukraine.",
            {("troops", None, "denied", "Kremlin (Peskov)")},
        ),
        # 'no doubt' denies nothing
        (
            "There is no doubt North Korea sent ballistic missiles to Russia, Kyiv said.",
            {("missiles", None, "reported", "Ukrainian government")},
        ),
    ],
)
def test_no_before_an_item_denies_it(lexicon, text: str, expected: set[object]) -> None:
    assert _claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Moscow has helped Pyongyang set up assembly lines for Geran-type attack drones, Ukraine's HUR said.",
            "reported",
        ),
        ("Moscow is set to help Pyongyang mass-produce attack drones, the NIS said.", "planned"),
    ],
)
def test_help_to_make_drones_is_drone_know_how_for_north_korea(lexicon, text: str, status: str) -> None:
    assert _items(text, lexicon) == {("drones", "ru_to_nk", status)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'It' after a sentence about Russia is Russia: its own losses are no North Korean figure
        (
            "North Korea has sent troops to Russia. Russia, meanwhile, has struggled to recruit. It has lost more than "
            "700,000 soldiers since 2022.",
            {("troops", None, "reported", None)},
        ),
        # soldiers 'captured on camera' are filmed, not taken
        (
            "A North Korean soldier was captured on camera firing at a Ukrainian drone near Kursk.",
            {("troops", None, "reported", None)},
        ),
        # 'no North Korean troops were killed' says who died, not that none were sent
        (
            "No North Korean troops were killed in the strike on Russia's Kursk region, Kyiv said.",
            {
                ("casualties", None, "reported", "Ukrainian government"),
                ("troops", None, "reported", "Ukrainian government"),
            },
        ),
        # the UN's own monitors, not the multilateral team
        (
            "The U.N. sanctions monitoring team said North Korea shipped 9 million shells to Russia.",
            {("ammunition", 9000000, "reported", "UN Panel of Experts")},
        ),
    ],
)
def test_the_reviews_second_pass(lexicon, text: str, expected: set[object]) -> None:
    assert _claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In exchange for oil, Pyongyang ships artillery shells to Moscow.",
            {("other", "ru_to_nk", "reported"), ("ammunition", "nk_to_ru", "reported")},
        ),
        # the phrase holds its own delivery, whose items go its way (what is sought is planned, round 34)
        (
            "Pyongyang is seeking space technology in return for supplying Russia with artillery shells.",
            {("technology_transfer", "ru_to_nk", "planned"), ("ammunition", "nk_to_ru", "reported")},
        ),
    ],
)
def test_a_phrase_in_return_ends_at_its_clause(lexicon, text: str, expected: set[object]) -> None:
    assert _items(text, lexicon) == expected


def test_estimates_that_range_from_x_to_y_are_a_range(lexicon) -> None:
    text = "Estimates of the North Korean force in Russia range from 10,000 to 12,000 troops."
    assert _figures(text, lexicon) == [("troops", 10000, 12000)]


def test_a_tolls_figure_is_not_the_weapon_that_caused_it(lexicon) -> None:
    text = (
        "Russia has fired North Korean missiles at Ukraine for a year.\n"
        "The death toll from a North Korean-made missile strike on Kharkiv has risen to 14, officials said."
    )
    assert _figures(text, lexicon) == []
