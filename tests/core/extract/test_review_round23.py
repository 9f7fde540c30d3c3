"""Wording classes fixed in the twenty-third round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.lexicon import on_outlets_site
from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


def _tolls(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {(c.subtype, c.value, c.source) for c in _claims(text, lexicon) if c.category.value == "casualties"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one number told by two voices as two different losses is two tolls
        (
            "Seoul's spy agency said about 2,000 North Korean soldiers had been wounded in Kursk. Zelensky said "
            "more than 2,000 North Korean soldiers had been killed or wounded last week.",
            {("wounded", 2000, "South Korea NIS"), ("killed_or_wounded", 2000, "Zelensky")},
        ),
        (
            "The Pentagon said 800 North Korean troops had been killed. Ukraine's HUR put the number of North "
            "Korean soldiers killed or wounded at 800 in a single week.",
            {("killed", 800, "US Department of Defense"), ("killed_or_wounded", 800, "Ukraine HUR")},
        ),
        # (guard: one voice naming its toll twice, or a toll named by no one, stays one claim)
        (
            "About 3,000 North Korean soldiers have been killed or wounded, the NIS said. The 3,000 casualties "
            "include the dead, the agency said.",
            {("killed_or_wounded", 3000, "South Korea NIS")},
        ),
    ],
)
def test_one_number_two_voices_two_tolls(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan after the figure with a verb of moving: 'could eventually rotate through Russia'
        (
            "Budanov said as many as 50,000 North Korean troops could eventually rotate through Russia.",
            {("troops", 50000, "planned", False, "Ukraine HUR (Budanov)")},
        ),
        (
            "Up to 5,000 more North Korean soldiers may deploy to the Kursk region, the NIS said.",
            {("troops", 5000, "planned", True, "South Korea NIS")},
        ),
        # a headline's infinitive after 'NK', and 'agrees to'
        (
            "NK to send 6,000 military builders, deminers to Kursk: Shoigu",
            {("troops", 6000, "planned", False, "Russia Security Council (Shoigu)")},
        ),
        (
            "Kim agrees to send 2,000 more workers to Russian factories, the NIS says.",
            {("workers", 2000, "planned", True, "South Korea NIS")},
        ),
        # reports the subject dismisses before them are denied, in the denier's voice
        (
            "The defence ministry dismissed a Japanese media report that North Korea had sent 30,000 troops to "
            "Russia as groundless.",
            {("troops", 30000, "denied", False, "South Korea Ministry of National Defense")},
        ),
        (
            "Peskov rejected claims that North Korea had shipped 500 howitzers to Russia.",
            {("artillery", 500, "denied", False, "Kremlin (Peskov)")},
        ),
        # (guard: a figure in a later clause with a voice of its own is that voice's, as it says it)
        (
            "The Kremlin has dismissed reports that North Korean soldiers are in Russia as fake, even as Ukraine's "
            "military intelligence said about 12,000 of them were training there.",
            {("troops", 12000, "reported", False, "Ukraine HUR")},
        ),
    ],
)
def test_plans_and_dismissed_reports(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {r for r in _rows(text, lexicon) if r[1] is not None} == expected


def _sources_on(url: str, text: str, lexicon) -> set[str | None]:  # type: ignore[no-untyped-def]
    from core.extract import extract_claims
    from core.models import Article

    article = Article(id="a", url=url, text="North Korea and Russia\n" + text, language="en")
    return {c.source for c in extract_claims(article, lexicon) if c.value is not None}


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        # on the outlet's own page, what someone told it is its own reporting: no relay
        (
            "https://edition.cnn.example.com/2024/11/02/world/shells",
            "A Western official, who spoke to CNN on condition of anonymity, said 3 million North Korean shells "
            "had been shipped to Russia.",
            {"Western official"},
        ),
        (
            "https://www.reuters.example.com/world/asia/shells",
            "A Western official told Reuters that 3 million North Korean shells had been shipped to Russia.",
            {"Western official"},
        ),
        # (guard: on another outlet's page it is a relay)
        (
            "https://www.koreaherald.example.com/view/123",
            "A Western official told Reuters that 3 million North Korean shells had been shipped to Russia.",
            {"Western official (via Reuters)"},
        ),
    ],
)
def test_no_relay_on_the_outlets_own_page(url: str, text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources_on(url, text, lexicon) == expected


@pytest.mark.parametrize(
    ("url", "outlet", "expected"),
    [
        ("https://edition.cnn.com/x", "CNN", True),
        ("https://www.reuters.com/world/x", "Reuters", True),
        ("https://www.theguardian.com/world/x", "The Guardian", True),
        ("https://www.japantimes.co.jp/news/x", "AP", False),
        ("https://www.koreaherald.com/x", "Reuters", False),
        (None, "CNN", False),
    ],
)
def test_on_outlets_site(url: str | None, outlet: str, expected: bool) -> None:
    assert on_outlets_site(url, outlet) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the diplomat' refers back to the diplomat who spoke before
        (
            "North Korea has sent some 3,000 more troops to Russia, said a senior European diplomat. The diplomat, "
            "who asked not to be named, said about 1,500 of them were already in Kursk.",
            {
                ("troops", 3000, "reported", True, "European diplomat"),
                ("troops", 1500, "reported", False, "European diplomat"),
            },
        ),
        # 'put ... at' with a longer noun phrase between
        (
            "U.S. officials put North Korean casualties in Russia at roughly 5,000, including about 1,000 killed.",
            {
                ("casualties", 5000, "reported", False, "US officials"),
                ("casualties", 1000, "reported", False, "US officials"),
            },
        ),
    ],
)
def test_referred_back_and_put_at(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {r for r in _rows(text, lexicon) if r[1] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what Ukraine's backers send it is no support between North Korea and Russia
        ("Germany said it would send Ukraine 2,000 more drones and 100 artillery pieces.", set()),
        ("The Netherlands pledged 500 drones to Ukraine, its defence minister said.", set()),
        ("The Czech-led initiative delivered about 1.5 million shells to Ukraine last year.", set()),
        # (guards: North Korea's supply used against Ukraine, and troops, stay)
        (
            "North Korea has sent 5 million shells to Russia for use against Ukraine.",
            {("ammunition", 5000000, "reported", False, None)},
        ),
        ("Russia fired 60 North Korean missiles at Ukraine.", {("missiles", 60, "reported", False, None)}),
    ],
)
def test_what_ukraine_is_sent(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {r for r in _rows(text, lexicon) if r[1] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of a force named at length, whose people are the toll's, not a deployment asserted
        (
            "Casualties among the North Korean forces dispatched to Russia have exceeded 4,000, the JCS said.",
            {("casualties", 4000, "reported", False, "South Korea JCS")},
        ),
        (
            "Losses of the North Korean contingent sent to the Kursk front have passed 6,000, the NIS said.",
            {("casualties", 6000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_toll_among_a_force_named_at_length(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country's own data or statistics, with no speaker of that country before: its government's
        ("According to Russian customs data, more than 8,000 North Korean workers entered Russia last year.",
         "Russian government"),
        ("Russian official statistics show that more than 13,000 North Korean workers entered Russia in 2024.",
         "Russian government"),
        # (guards: the speaker before keeps their country's data; a country elsewhere in the clause is no owner)
        ("Zelensky spoke on Monday. According to Ukrainian data, 3,000 North Korean soldiers have been killed.",
         "Zelensky"),
        ("Russia sent more than a million barrels of oil to North Korea, satellite images suggest.", None),
    ],
)  # fmt: skip
def test_a_countrys_own_data(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value is not None} == {source}


def _interview(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interview whose answers open with a dash under a question: the interviewee's
        (
            _interview(
                "Budanov: Pyongyang keeps Russia's guns firing",
                "Kyrylo Budanov, head of Ukraine's military intelligence, spoke to NV about North Korea.",
                "How many North Korean soldiers are in Russia now?",
                "— About 11,000 North Korean soldiers are in the Kursk region. About 3,000 of them have been "
                "killed or wounded.",
            ),
            {("troops", 11000, "Ukraine HUR (Budanov)"), ("casualties", 3000, "Ukraine HUR (Budanov)")},
        ),
        # (guard: a dash that follows no question is no answer: the sentence's own voice, or none)
        (
            _interview(
                "Kyrylo Budanov, head of Ukraine's military intelligence, spoke in Kyiv on Monday.",
                "— About 11,000 North Korean soldiers are in the Kursk region, the NIS said.",
            ),
            {("troops", 11000, "South Korea NIS")},
        ),
    ],
)
def test_dash_answers_of_an_interview(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.source) for c in _claims(text, lexicon) if c.value is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what North Korea received that is Russia's goes to North Korea
        ("North Korea has received Russian drones, the NIS said.", {("drones", "ru_to_nk")}),
        ("Pyongyang received Russian military technologies and drones, the NIS says.",
         {("technology_transfer", "ru_to_nk"), ("drones", "ru_to_nk")}),
        # (guard: a payment received says nothing of an item)
        ("North Korea has received Russian cash for the shells it sent, the NIS said.", {("ammunition", "nk_to_ru")}),
    ],
)  # fmt: skip
def test_what_north_korea_received_that_is_russian(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # help with satellite or space launches is know-how
        ("Russia had helped North Korea with its satellite launches, the NIS said.", {"technology_transfer"}),
        ("Moscow gave Pyongyang technical advice on satellite launches, the report says.", {"technology_transfer"}),
        # (guard: a launch itself is no help: 'its satellite launch failed')
        ("North Korea's satellite launch failed in May, and it has sent shells to Russia.", {"ammunition"}),
    ],
)
def test_help_with_satellite_launches(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every item of a new batch's own list is an addition
        ("Budanov said North Korea had handed Russia a fresh batch of about 40 Koksan guns and 24 rocket launchers.",
         {("artillery", 40, True), ("rocket_launchers", 24, True)}),
        ("A new shipment of 2 million shells and 100 missiles arrived in Russia, the NIS said.",
         {("ammunition", 2000000, True), ("missiles", 100, True)}),
        # (guards: a first batch adds nothing; a clause after the batch is its own)
        ("The first batch of 3,000 troops and 100 guns arrived in Russia, the NIS said.",
         {("troops", 3000, False), ("artillery", 100, False)}),
        ("Budanov said Pyongyang would deliver another batch of KN-23 missiles, and that as many as 100,000 North "
         "Korean troops could rotate through Russia.", {("troops", 100000, False)}),
    ],
)  # fmt: skip
def test_a_new_batch_list(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.incremental) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause saying the items could be sent is a plan
        ("Pyongyang is producing attack drones, which it could export to Russia, officials said.",
         {("drones", None, "planned")}),
        ("North Korea is training 5,000 soldiers, who could be sent to Russia, the NIS said.",
         {("troops", 5000, "planned")}),
        # (guard: those who were sent were sent)
        ("North Korea sent 5,000 soldiers, who were deployed to Kursk, the NIS said.", {("troops", 5000, "reported")}),
    ],
)  # fmt: skip
def test_relative_clause_plans(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.status.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addition word before a list adds its later items too, though another figure counts their kind
        ("Moscow is also set to receive additional 170 mm Koksan guns and 240 mm multiple rocket launchers, Budanov "
         "said, adding that North Korea had provided 120 of each.",
         {("rocket_launchers", None, True)}),
        # (guard: 'more than' is a hedge, no addition)
        ("North Korea has sent more than 10,000 troops and rocket launchers to Russia.",
         {("rocket_launchers", None, False)}),
    ],
)  # fmt: skip
def test_addition_before_a_list(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.incremental) for c in _claims(text, lexicon) if c.value is None} == expected


def test_additionally_adds_every_item_of_its_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The JCS noted that North Korea has additionally provided Russia with 240mm rocket launchers and 170mm guns."
    assert {(c.category.value, c.incremental) for c in _claims(text, lexicon)} == {
        ("rocket_launchers", True),
        ("artillery", True),
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country speaking past a relative clause of its own
        ("South Korea, which monitors the North's rail and sea traffic, has said the North has shipped more than "
         "13,000 containers to Russia.", "South Korean government"),
        ("Ukraine, which has recovered debris from dozens of strikes, says Russia has fired at least 60 North Korean "
         "missiles.", "Ukrainian government"),
        # (guard: a relative clause about the giver names no speaker)
        ("North Korea, which denies sending troops, has about 12,000 soldiers in Russia, the NIS said.",
         "South Korea NIS"),
    ],
)  # fmt: skip
def test_a_country_speaking_past_a_relative_clause(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value is not None} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain negation of the delivery in reported speech or the present is a denial
        ("Zakharova said that Moscow had not transferred any missile technologies to Pyongyang.",
         {("technology_transfer", "denied", "Russia Ministry of Foreign Affairs (Zakharova)")}),
        ('"Russia does not transfer military technology to the DPRK," Deputy Foreign Minister Andrei Rudenko said.',
         {("technology_transfer", "denied", "Russia Ministry of Foreign Affairs (Rudenko)")}),
    ],
)  # fmt: skip
def test_plain_negations_deny(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value, c.source) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a next sentence telling where the figures came from gives their speaker
        ("Some 2,000 more North Korean troops arrived in Kursk in March. Both figures were provided by the Joint "
         "Chiefs of Staff in a written reply to lawmakers.", "South Korea JCS"),
        ("North Korean casualties in Kursk now number about 4,000. The figure was drawn from intercepted radio "
         "traffic, Ukraine's military intelligence said.", "Ukraine HUR"),
    ],
)  # fmt: skip
def test_where_the_figures_came_from(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value is not None} == {source}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # (guards: 'agrees to' plans only a delivery; North Korea's past delivery after a plan word is reported)
        ("Zelensky agrees to swap two captured soldiers after Pyongyang sent 12,000 troops.", "reported"),
        ("South Korea agrees to share intelligence showing North Korea sent 10,000 troops.", "reported"),
        ("Kim agreed to send 6,000 builders to Kursk, Shoigu said.", "planned"),
    ],
)
def test_agreeing_plans_only_a_delivery(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims(text, lexicon) if c.value is not None} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the rule review: the denier is the clause's subject, no country named before a colon; a
        # figure the denier cites from someone else is theirs)
        ("North Korea and Russia: The ministry refuted the claim that only 3,000 troops had been sent, saying the true "
         "number was 11,000.", {(3000, "denied", None), (11000, "reported", None)}),
        ("The defence ministry dismissed a Japanese media report that North Korea had sent 30,000 troops to Russia as "
         "groundless, citing U.S. intelligence that 11,000 were there.",
         {(30000, "denied", "South Korea Ministry of National Defense"), (11000, "reported", "US intelligence")}),
    ],
)  # fmt: skip
def test_the_denier_is_the_clauses_subject(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.status.value, c.source) for c in _claims(text, lexicon) if c.value is not None} == expected


def test_another_after_a_toll_adds(lexicon) -> None:  # type: ignore[no-untyped-def]
    # a toll before 'another N troops' is no second item of a list: the troops are more troops (from the rule review)
    text = (
        "Casualties among the North Korean forces dispatched to Russia have exceeded 4,000, and another 3,000 troops "
        "have been sent as reinforcements, the NIS said."
    )
    assert {(c.category.value, c.value, c.incremental) for c in _claims(text, lexicon) if c.value} == {
        ("casualties", 4000, False),
        ("troops", 3000, True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the rule review: a batch's list ends where its clause does)
        ("North Korea sent a new batch of about 3,000 troops, after sending 11,000 troops and 120 Koksan guns last "
         "year, the NIS said.", {(3000, True), (11000, False), (120, False)}),
        ("North Korea has sent a fresh batch of 40 Koksan guns, bringing the total to about 160 guns and 120 rocket "
         "launchers.", {(40, True), (160, False), (120, False)}),
    ],
)  # fmt: skip
def test_a_batch_list_ends_with_its_clause(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.incremental) for c in _claims(text, lexicon) if c.value} == expected


def test_what_russia_asks_for_is_no_russian_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has received Russian requests for attack drones, the NIS said."
    assert {c.direction.value for c in _claims(text, lexicon)} == {"nk_to_ru"}


def test_the_monitors_described_as_multinational(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has shipped at least 9 million rounds to Russia, a multinational sanctions monitoring group said "
        "on Thursday, in its first report since replacing a UN panel of experts."
    )
    assert {c.source for c in _claims(text, lexicon)} == {"Multilateral Sanctions Monitoring Team (MSMT)"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an outlet that quotes someone as saying relays them
        ("Some 12,000 North Korean troops are in Russia, Kyodo quotes a Japanese government source as saying.",
         "Japanese government source (via Kyodo)"),
        ("The NIS was quoted by Yonhap as saying 10,000 North Korean troops are in Russia.",
         "South Korea NIS (via Yonhap)"),
    ],
)  # fmt: skip
def test_quotes_as_saying(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # replacements are troops sent on top of those there
        ("North Korea has sent about 1,500 replacements to Kursk, the NIS said.", {("troops", 1500, True)}),
        ('Pyongyang had sent "up to 1,500" replacements, the NIS said.', {("troops", 1500, True)}),
        # (guard: a replacement part is no soldier)
        ("North Korea has shipped 1,000 replacement barrels for Russian howitzers, the NIS said.", set()),
    ],
)
def test_replacements_are_troops(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.incremental) for c in _claims(text, lexicon) if c.value} == expected


def test_more_such_adds(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "It is possible that soon more such guns will be shipped from North Korea to Russia."
    assert {(c.category.value, c.status.value, c.incremental) for c in _claims(text, lexicon)} == {
        ("artillery", "planned", True)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # technology for making drones is drone know-how: a drones claim only
        ("The NIS said Russia has transferred technology for the mass production of Shahed-type attack drones to the "
         "North.", {("drones", "ru_to_nk")}),
        ("The sources said Russia has been providing North Korea with know-how to mass-produce drones.",
         {("drones", "ru_to_nk")}),
        # (guards: know-how for drones among other things, or for other things too, stays know-how)
        ("Russia has shared know-how on drones and air defence with North Korea.",
         {("technology_transfer", "ru_to_nk"), ("drones", "ru_to_nk")}),
        ("Russia has transferred missile technology and drones to North Korea, the NIS said.",
         {("technology_transfer", "ru_to_nk"), ("drones", "ru_to_nk")}),
    ],
)  # fmt: skip
def test_technology_for_making_drones(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle right after the figure says what kind the items are, no production
        ("North Korea has also sent around 50 domestically produced 170mm howitzers and 20 rocket launchers to Russia, "
         "the JCS said.", {("artillery", 50), ("rocket_launchers", 20)}),
        ("North Korea has sent 50 newly built howitzers to Russia, the JCS said.", {("artillery", 50)}),
        # (guard: production told stays out)
        ("North Korea produced 2 million shells last year and sent many to Russia.", set()),
        # a one- or two-digit number alone in brackets is a footnote marker or an enumerator
        ("ISW assessed that North Korea had sent at least 11,000 troops to Russia (1).", {("troops", 11000)}),
        ("North Korea sent soldiers to Russia: (1) 11,000 troops in 2024 and (2) 3,000 more in 2025.",
         {("troops", 11000), ("troops", 3000)}),
    ],
)  # fmt: skip
def test_kinds_and_footnotes(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the second rule review: a count in brackets after its items is a count; 'agreed to' a
        # deployment or a step-up is still a plan)
        ("North Korea has supplied KN-23 missiles (50) and M1991 launchers (20) to Russia.",
         {("missiles", 50, "reported"), ("rocket_launchers", 20, "reported")}),
        ("Kim agreed to the deployment of 3,000 more troops, the NIS said.", {("troops", 3000, "planned")}),
        ("Kim agreed to step up shell shipments with an extra 1 million rounds, the NIS said.",
         {("ammunition", 1000000, "planned")}),
    ],
)  # fmt: skip
def test_second_review_guards(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.status.value) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    "text",
    [
        # (guards, left by the round's rules and mended after its last reviews: help not given; replacements of
        # things)
        "Russia did not help North Korea with its satellite launch, the Kremlin said.",
        "Russia needs replacements for the howitzers North Korea sent, the NIS said.",
    ],
)
def test_no_help_and_no_troops(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not {c.category.value for c in _claims(text, lexicon)} & {"technology_transfer", "troops"}
