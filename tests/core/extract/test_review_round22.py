"""Wording classes fixed in the twenty-second round, each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the country' of the outlets that cite it is that outlet's country
        (
            "Ukrainian media, citing the country's military intelligence, said Pyongyang had shipped 120 artillery "
            "pieces to Russia.",
            {("artillery", 120, "reported", False, "Ukraine HUR")},
        ),
        (
            "South Korean news outlets, citing the country's spy agency, said 2,000 more North Korean soldiers had "
            "left for Russia.",
            {("troops", 2000, "reported", True, "South Korea NIS")},
        ),
    ],
)
def test_the_country_of_the_outlets_citing(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 'military' as a plural noun right after a number (translated copy), whatever follows it
        ("Pyongyang moved 12 thousand military to the Kursk area of Russia, the HUR reported.", 12000),
        ("North Korea has dispatched about 2,500 more military to Russia, according to the JCS.", 2500),
        ("North Korea sent 1,300 military and 70 howitzers to Russia.", 1300),
        ("The DPRK transferred 9,000 military into Russia, which are being trained.", 9000),
    ],
)
def test_military_as_a_plural_noun_after_a_number(text: str, value: int, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert value in {v for _, v, *_ in _rows(text, lexicon)}


@pytest.mark.parametrize(
    "text",
    [
        # (guard: 'military' before a noun of its own is that noun)
        "Moscow handed 4 military satellites' worth of know-how to North Korea and Pyongyang sent shells to Russia.",
    ],
)
def test_military_before_its_noun_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert 4 not in {v for _, v, *_ in _rows(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # North Korea's whole army is no force sent
        (
            "North Korea, which has some 1.3 million troops, has sent about 12,000 of them to Russia, the NIS said.",
            {12000},
        ),
        (
            "The DPRK army numbers roughly 1.2 million servicemen, and Pyongyang sent 11,000 of them to Russia, "
            "Seoul said.",
            {11000},
        ),
        ("North Korea, with an army of 1.28 million soldiers, has deployed 10,000 troops to Russia.", {10000}),
        ("Pyongyang's 1.2 million-strong military has sent 11,000 troops to Russia.", {11000}),
        # (guards: troops somewhere, a force sent, troops to be sent)
        ("North Korea has 11,000 troops in Russia, the NIS said.", {11000}),
        ("An army of 11,000 North Korean soldiers has been fighting in Kursk for Russia, the NIS said.", {11000}),
        ("An 11,000-strong North Korean contingent is fighting in Russia's Kursk region.", {11000}),
        ("North Korea has sent troops to Russia. It has 3,000 more soldiers ready to go, the NIS said.", {3000, None}),
        ("Russia, which has 11,000 North Korean troops, denies using them.", {11000}),
    ],
)
def test_north_koreas_own_army_is_no_force_sent(text: str, values: set[int | None], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {v for _, v, *_ in _rows(text, lexicon)} == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # another country's own men ('of its soldiers' after Ukraine or Russia) are no North Korean casualties
        (
            "Ukraine said 700 of its soldiers were wounded fighting North Korean troops that Pyongyang sent to Russia.",
            set(),
        ),
        ("Russia said 300 of its troops died in battles alongside North Korean units sent by Pyongyang.", set()),
        # (guard: North Korea's own)
        ("North Korea has lost 4,000 of its soldiers in Russia's Kursk region, the NIS said.", {4000}),
        ("Pyongyang sent 11,000 troops to Russia; about 1,000 of its soldiers were killed, Seoul said.", {11000, 1000}),
    ],
)
def test_another_armys_own_men_are_no_casualties(text: str, values: set[int], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {v for _, v, *_ in _rows(text, lexicon) if v is not None} == values


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Ukrainian outlets' calque of 'citing': 'with reference to'
        (
            "Pyongyang has handed Russia about 180 artillery systems, Ukrinform reports with reference to the HUR.",
            "Ukraine HUR (via Ukrinform)",
        ),
        (
            "With reference to the Main Intelligence Directorate, RBC-Ukraine writes that North Korea has shipped "
            "about 180 artillery systems to Russia.",
            "Ukraine HUR (via RBC-Ukraine)",
        ),
        # (guard: 'referring to' names a topic)
        (
            "Budanov, referring to Moscow, said 12,000 North Korean troops were in Kursk.",
            "Ukraine HUR (Budanov)",
        ),
        (
            "North Korea has shipped about 180 artillery systems to Russia.\n"
            "Source: Ukrinform with reference to the HUR",
            "Ukraine HUR",
        ),
    ],
)
def test_citing_calques(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # reports called lies by a pronoun, unquoted
        ("Peskov, referring to reports that North Korea sent 12,000 troops to Russia, called them fake.", "denied"),
        ("Asked about reports that Pyongyang shipped 60 missiles to Russia, Peskov called it a fabrication.", "denied"),
        # (guard: reports called something else)
        (
            "Reports that North Korea sent 12,000 troops to Russia surfaced in October; Kyiv called them credible.",
            "reported",
        ),
    ],
)
def test_reports_called_lies_by_a_pronoun(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {st for _, v, st, *_ in _rows(text, lexicon) if v} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reports the main clause's subject denies are denied, in the denier's voice
        (
            'Asked about reports that Pyongyang sent 12,000 troops to Russia, Peskov dismissed them as "another fake".',
            ("denied", "Kremlin (Peskov)"),
        ),
        (
            "Asked about reports that Pyongyang sent 12,000 troops to Russia, Kremlin spokesman Dmitry Peskov "
            "denied them.",
            ("denied", "Kremlin (Peskov)"),
        ),
        (
            "When reports emerged that North Korea had sent 12,000 troops to Russia, Moscow called them a fabrication.",
            ("denied", "Russian government"),
        ),
    ],
)
def test_reports_the_main_clause_denies(text: str, expected: tuple[str, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(st, s) for _, v, st, _, s in _rows(text, lexicon) if v} == {expected}


def test_reports_not_denied_stay_reported(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Asked about reports that North Korea has sent 12,000 soldiers to Russia, Putin did not deny them."
    assert {st for _, v, st, *_ in _rows(text, lexicon) if v} == {"reported"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's 'further' adds nothing; a supply's still does
        (
            "The MSMT further estimated that about 11,000 North Korean soldiers had been sent to Russia.",
            {("troops", 11000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
        ),
        (
            "North Korea further sent 3,000 troops to Russia in January, the NIS said.",
            {("troops", 3000, "reported", True, "South Korea NIS")},
        ),
        # a reason of its own after the figure is no toll: 'after his troops suffered losses'
        (
            "Kim Jong Un is preparing to ship another 2,000 soldiers to Russia after his troops suffered heavy "
            "losses, the NIS said.",
            {("troops", 2000, "planned", True, "South Korea NIS")},
        ),
        # 'there' closes the noun phrase: troops there are troops
        (
            "North Korea has shipped 20,000 containers to Russia and deployed around 11,000 soldiers there.",
            {("ammunition", 20000, "reported", False, None), ("troops", 11000, "reported", False, None)},
        ),
    ],
)
def test_additions_tolls_and_places(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row for row in _rows(text, lexicon) if row[1] is not None} == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a group named by what it is, with its acronym
        (
            "The Conflict Intelligence Team (CIT) said North Korea had sent about 100 Koksan guns to Russia.",
            "Conflict Intelligence Team (CIT)",
        ),
        (
            "According to the Open Source Research Group (OSRG), North Korea had sent about 100 Koksan guns to Russia.",
            "Open Source Research Group (OSRG)",
        ),
        # (guard: a group that only acts)
        ("The Wagner Group fought alongside 11,000 North Korean troops sent to Russia.", None),
    ],
)
def test_a_group_by_what_it_is(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        # a range's end lends its scale to a decimal start
        ("North Korea ships about 1.5-2 million shells a year to Russia, the HUR said.", 1_500_000, 2_000_000),
        ("North Korea ships between 2.5 and 3 million shells a year to Russia.", 2_500_000, 3_000_000),
        # a calibre after a number in words is no part of it
        ("North Korea has sent up to four million 152-mm shells to Russia.", 4_000_000, None),
        ("North Korea has sent some three million 122 mm rounds to Russia.", 3_000_000, None),
        # (guard: digits that go on a number in words)
        ("North Korea sent four-thousand-100 troops to Russia.", 4100, None),
    ],
)
def test_number_shapes(text: str, value: int, value_max: int | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.value_max) for c in _claims(text, lexicon) if c.value] == [(value, value_max)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a UN meeting record's speaker, the country in brackets
        (
            "JOONKOOK HWANG (Republic of Korea) said that North Korea had dispatched around 11,000 troops to Russia.",
            "South Korea UN representative (Hwang)",
        ),
        (
            "Robert Wood (United States) said that the Democratic People's Republic of Korea had sent some 10,000 "
            "soldiers to Russia.",
            "US UN representative (Wood)",
        ),
        (
            "Vassily Nebenzia (Russian Federation) rejected claims that 10,000 North Korean troops were in Russia.",
            "Russia UN representative (Nebenzia)",
        ),
        (
            "Sergiy Kyslytsya (Ukraine) said 12,000 North Korean soldiers were fighting for Russia.",
            "Ukraine UN representative (Kyslytsya)",
        ),
        # (guard: brackets that name no country)
        ("The group (which includes Japan) said North Korea sent 12,000 soldiers to Russia.", None),
    ],
)
def test_a_un_meeting_records_speaker(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calibres joined before their head noun, after a number
        ("Pyongyang handed over up to 6 million 152-mm and 122-mm shells to Russia.", (6_000_000, "shells")),
        ("Pyongyang handed over up to six million 152mm and 122mm shells to Russia.", (6_000_000, "shells")),
        # (guard: after the head noun they do not replace it)
        (
            "Pyongyang sent 4.2 million rounds of 122 mm and 152 mm artillery ammunition to Russia.",
            (4_200_000, "rounds"),
        ),
    ],
)
def test_calibres_joined_before_the_noun(text: str, expected: tuple[int, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.unit) for c in _claims(text, lexicon) if c.value] == [expected]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an aside after a figure ends its clause: the cap it names is not the figure's
        (
            "Russia delivered about 1.2 million barrels of oil to North Korea last year — far above the UN cap of "
            "500,000 barrels.",
            {1_200_000},
        ),
        (
            "Russia shipped some 900,000 barrels of oil to North Korea (well over the UN limit of 500,000 barrels).",
            {900_000},
        ),
        # Russia's own oil, delivered to or received by North Korea
        ("Some 2.5 million barrels of Russian oil were delivered to North Korea, the MSMT said.", {2_500_000}),
        ("North Korea received some 2.5 million barrels of Russian oil, the MSMT said.", {2_500_000}),
        # what one container holds is no shipment
        (
            "A container can hold roughly 400 to 500 152mm shells, and North Korea has shipped 20,000 containers "
            "to Russia.",
            {20_000},
        ),
        (
            "The 13,000 containers could hold more than 6 million shells, the NIS said of North Korea's shipments "
            "to Russia.",
            {13_000, 6_000_000},
        ),
        # another army's size, or a whole force's
        (
            "Russia's army in Ukraine numbers about 600,000 troops, while North Korea sent around 11,000 to Russia.",
            {11_000},
        ),
        (
            "North Korea's special operations forces are estimated at 200,000, and it has sent 11,000 troops to "
            "Russia.",
            {11_000},
        ),
        # (guard: a force sent, sized the same way)
        ("North Korean special forces in Russia are estimated at 3,000, the NIS said.", {3_000}),
        ("The North Korean contingent in Russia numbers about 11,000, the NIS said.", {11_000}),
    ],
)
def test_figures_that_are_not_support(text: str, values: set[int], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {v for _, v, *_ in _rows(text, lexicon) if v is not None} == values


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the writer's own sum borrows no voice
        (
            "The NIS said North Korea had sent 11,000 troops to Russia last year. A further 3,000 followed in "
            "January. That takes the total to about 14,000.",
            14000,
            None,
        ),
        (
            "Budanov said North Korea had sent 11,000 troops to Russia. A further 3,000 followed, which brings the "
            "total to roughly 14,000.",
            14000,
            None,
        ),
        # (guard: a sum a speaker gives)
        (
            "The NIS said North Korea had sent 11,000 troops to Russia. That takes the total, the agency said, to "
            "about 14,000.",
            14000,
            "South Korea NIS",
        ),
        # an outlet's own documents are its finding
        (
            "The HUR said Russia got 11,000 North Korean troops. According to documents obtained by NHK, North Korea "
            "has shipped 2,000 containers to Russia.",
            2000,
            "NHK",
        ),
        # (guard: a body's documents an outlet has seen stay the body's)
        (
            "The HUR said Russia got 11,000 North Korean troops. The agency's documents, seen by Reuters, show North "
            "Korea has shipped 2,000 containers to Russia.",
            2000,
            "Ukraine HUR (via Reuters)",
        ),
        # where a think tank is, is no country's voice
        ("According to a think tank in Washington, North Korea has shipped 2,000 containers to Russia.", 2000, None),
        # (guard: officials there are that country's)
        ("Officials in Seoul said North Korea has sent 11,000 troops to Russia.", 11000, "South Korean officials"),
    ],
)
def test_sums_documents_and_places(text: str, value: int, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v == value} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what Russia shares with North Korea, or supplies so that it can make something, goes to North Korea
        (
            "Moscow is supplying blueprints so that North Korea can mass-produce Geran drones, the NIS said.",
            {("drones", "ru_to_nk")},
        ),
        (
            "Russia has shared combat data and know-how on drone warfare with North Korea, the NIS said.",
            {("drones", "ru_to_nk")},
        ),
        (
            "Russia shares drone and missile technologies with North Korea.",
            {("drones", "ru_to_nk"), ("technology_transfer", "ru_to_nk")},
        ),
        # (guard: a border shared)
        (
            "Russia, which shares a border with North Korea, has received millions of North Korean shells.",
            {("ammunition", "nk_to_ru")},
        ),
        # items that flowed or went to Russia
        (
            "Missiles and rocket launchers have flowed to Russia from North Korea, the NIS said.",
            {("missiles", "nk_to_ru"), ("rocket_launchers", "nk_to_ru")},
        ),
        # (guards: what the beat does not count; people who go)
        ("Money flowed to Russia from North Korea.", set()),
        ("A North Korean delegation went to Russia to discuss shells.", set()),
        # (guard: what North Korea shares goes to Russia)
        ("North Korea shared drone warfare know-how with Russia.", {("drones", "nk_to_ru")}),
        (
            "Russia supplied oil so that North Korea could keep shipping shells.",
            {("other", "ru_to_nk"), ("ammunition", "nk_to_ru")},
        ),
    ],
)
def test_what_goes_where(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


def test_reports_said_to_have_nothing_to_do_with_reality(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Asked about reports that Moscow had sent fighter jets to North Korea, Peskov said they "have nothing to '
        'do with reality".'
    )
    assert {(c.category.value, c.status.value, c.source) for c in _claims(text, lexicon)} == {
        ("vehicles", "denied", "Kremlin (Peskov)")
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a person named before and referred back to by title, paragraphs later
        (
            "Ukrainian Ambassador to Japan Serhiy Korsunsky spoke at a forum in Tokyo on Tuesday about North Korea "
            "and Russia.\n\nHe described the war in detail and thanked Japan for its help.\n\nNorth Korea has shipped "
            "more than 20,000 containers of ammunition to Russia, the ambassador said.",
            "Ukrainian ambassador to Japan (Korsunsky)",
        ),
        (
            "White House national security adviser Jake Sullivan briefed reporters on North Korea and Russia on "
            "Monday.\n\nHe spoke for about an hour on several topics.\n\nThe adviser said about 10,000 North Korean "
            "soldiers were now in Russia.",
            "White House",
        ),
        (
            "Defense Secretary Lloyd Austin met his South Korean counterpart in Seoul on Monday to discuss North Korea "
            "and Russia.\n\nThe two men spoke about deterrence.\n\nThe secretary said about 3,000 more North Korean "
            "soldiers had been sent to Russia.",
            "US Department of Defense",
        ),
    ],
)
def test_a_title_refers_back_to_its_person(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more of an item made ready for Russia is a plan, and an addition
        (
            "The NIS said North Korea is readying more kamikaze drones for Russia.",
            {("drones", None, "planned", True, "South Korea NIS")},
        ),
        (
            "North Korea is preparing for Russia a new batch of Hwasong-11 missiles, the HUR said.",
            {("missiles", None, "planned", True, "Ukraine HUR")},
        ),
        # (guard: what Russia readies for others)
        ("Russia is readying new sanctions against North Korea's partners.", set()),
    ],
)
def test_items_made_ready_for_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards from the review of the round's own rules
        # a whole army's size still counts as the whole its parts are of
        ("Special forces are estimated at 200,000, and 1,500 were sent to Russia by North Korea.", {1500}),
        # reports not denied: declined, neither ... nor, stopped short of
        ("Reports that North Korea sent 11,000 troops to Russia spread; Moscow declined to deny them.", {"reported"}),
        (
            "Reports that North Korea sent 11,000 troops to Russia spread; Moscow neither confirmed nor denied them.",
            {"reported"},
        ),
        (
            "Reports that North Korea sent 11,000 troops to Russia spread; Moscow stopped short of calling them fake.",
            {"reported"},
        ),
        # 'nothing to do with reality' said of something else
        (
            "Kirby said 11,000 North Korean troops are in Kursk and that Moscow's denials \"have nothing to do with "
            'reality".',
            {"reported"},
        ),
    ],
)
def test_guards_from_the_rules_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = [row for row in _rows(text, lexicon) if row[1] is not None]
    got = {row[1] for row in rows} if all(isinstance(e, int) for e in expected) else {row[2] for row in rows}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (guards: a capital in brackets is no UN record; a title refers back only to one who holds such a post)
        ("Yoon Suk Yeol (Seoul) said North Korea sent 11,000 troops to Russia.", None),
        (
            "Budanov spoke on Monday.\nThe weather was cold.\nThe ambassador said North Korea sent 11,000 troops to "
            "Russia.",
            None,
        ),
        # a quoted sum is the speaker's
        (
            '"Another 3,000 North Korean troops have arrived in Russia," Budanov said. "That takes the total to '
            'about 14,000 troops."',
            "Ukraine HUR (Budanov)",
        ),
        # a known person keeps the body the gazetteer knows
        (
            "SHIN WON-SIK (Republic of Korea) said North Korea sent 11,000 troops to Russia.",
            "South Korea Ministry of National Defense (Shin Won-sik)",
        ),
    ],
)
def test_source_guards_from_the_rules_review(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v in (11000, 14000)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Korea's own launches and drills are no supply
        (
            "It is the North's first ballistic missile launch in two months. It comes as Pyongyang courts Moscow.",
            set(),
        ),
        (
            "Kim Jong Un supervised a joint strike drill to test the counterattack capabilities of the North's forces "
            "and called for the mass production of launchers.",
            set(),
        ),
        # (guards: a drill where the war is; Russia's launches of North Korea's missiles)
        ("North Korea has sent 11,000 troops to Russia for a joint drill in Kursk.", {"troops"}),
        ("Russia's missile launches at Kyiv used North Korean KN-23 missiles, Ukraine said.", {"missiles"}),
    ],
)
def test_north_koreas_own_launches_and_drills(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet that cited or quoted someone, in a relative clause, relays them
        (
            "North Korea has sent 1,000 more troops to Russia, Kyodo News, which cited a Ukrainian official, reported.",
            {("troops", 1000, "reported", True, "Ukrainian official (via Kyodo)")},
        ),
        # an outlet's own desk speaks for it
        (
            "BBC Verify found that North Korea shipped 20,000 containers to Russia.",
            {("ammunition", 20000, "reported", False, "BBC")},
        ),
        # the presidential office by its old name
        (
            "North Korea has sent 1,000 more troops to Russia, Cheong Wa Dae said.",
            {("troops", 1000, "reported", True, "South Korean government")},
        ),
        # plans: 'is going to', 'agreed on the dispatch of'
        (
            "North Korea is going to send 6,000 more troops to Russia, the NIS said.",
            {("troops", 6000, "planned", True, "South Korea NIS")},
        ),
        (
            "North Korea agreed on the dispatch of 6,000 builders to Russia, Shoigu said.",
            {("troops", 6000, "planned", False, "Russia Security Council (Shoigu)")},
        ),
        # (guard: 'going to' of something else)
        (
            "The war in Ukraine is going to last, and North Korea has sent 11,000 troops to Russia.",
            {("troops", 11000, "reported", False, None)},
        ),
    ],
)
def test_relays_desks_and_plans(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_a_range_after_send_from(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea may send from 25,000 to 30,000 troops to Russia, the HUR said."
    assert [(c.value, c.value_max, c.status.value) for c in _claims(text, lexicon)] == [(25000, 30000, "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers sent for a production are workers, not a production rate
        (
            "North Korea has sent Russia 5,000 workers for the production of Shahed drones, the SBU said.",
            {("workers", 5000, "reported", False, "Ukraine SBU")},
        ),
        # soldiers being made ready to go are a plan
        (
            '"We are talking about an additional 5,000 North Korean soldiers who are being prepared for sending to '
            'Russia," the SBU said.',
            {("troops", 5000, "planned", True, "Ukraine SBU")},
        ),
        (
            "Some 3,000 North Korean troops are being readied for deployment to Russia, the NIS said.",
            {("troops", 3000, "planned", False, "South Korea NIS")},
        ),
        # (guard: soldiers sent, now trained there)
        (
            "North Korea sent 11,000 soldiers who are being trained in Russia's Far East, the NIS said.",
            {("troops", 11000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_workers_for_a_production_and_troops_made_ready(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's second voice opens a clause of its own: one voice's denial is not the other's figure
        (
            "Kremlin Denies North Korean Troops in Russia as Seoul Says 3,000 Have Arrived",
            {("troops", 3000, "reported", False, "South Korean government")},
        ),
        # the sanctions monitors described by what they do
        (
            "North Korea has shipped some 200 long-range guns to Russia, an 11-nation group monitoring UN sanctions "
            "said.",
            {("artillery", 200, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
        ),
    ],
)
def test_headline_voices_and_described_monitors(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row for row in _rows(text, lexicon) if row[1] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report someone would not confirm is its outlet's
        (
            "The JCS spokesman declined to confirm a Kyodo News report that North Korea had sent 5,000 more troops to "
            "Russia.",
            {("troops", 5000, "reported", True, "Kyodo")},
        ),
        (
            "The defense ministry said it could not confirm a report by Japan's Asahi Shimbun that North Korea is "
            "preparing to send some 1,500 more troops to Russia.",
            {("troops", 1500, "planned", True, "Asahi Shimbun")},
        ),
        # (guard: reports of no one)
        (
            "The JCS declined to confirm reports that North Korea had sent 5,000 more troops to Russia.",
            {("troops", 5000, "reported", True, None)},
        ),
        # further deployments are troops to come
        (
            "Pyongyang is expected to make further deployments to Russia to replace troops killed in Kursk, Seoul's "
            "spy agency said.",
            {
                ("troops", None, "planned", True, "South Korea NIS"),
                ("casualties", None, "reported", False, "South Korea NIS"),
            },
        ),
        # what Russia supplies for North Korea's own things goes to North Korea
        (
            "The JCS said Russia had supplied engines for North Korea's drones.",
            {("drones", None, "reported", False, "South Korea JCS")},
        ),
    ],
)
def test_unconfirmed_reports_deployments_and_supplies_for(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_supplies_for_north_koreas_own_things_go_there(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The JCS said Russia had supplied engines for North Korea's drones."
    assert {c.direction.value for c in _claims(text, lexicon)} == {"ru_to_nk"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what workers are sent to make is no drone supply
        (
            "Several thousand North Koreans had been sent to Russia's Alabuga plant to assemble Shahed-type drones, "
            "the NIS said.",
            {"workers"},
        ),
        (
            "Up to 12,000 North Korean workers could be sent to Russia's Alabuga plant to assemble Shahed drones, NHK "
            "reported.",
            {"workers"},
        ),
        # (guard: Russia helping North Korea build them is drone know-how)
        ("Russia is helping North Korea to build Shahed-type drones, the NIS said.", {"drones"}),
    ],
)
def test_what_workers_make_is_no_supply(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what troops lack, face or turn to is no item supplied
        (
            "North Korean troops suffered heavy losses because of their inexperience with drones, the UK Ministry of "
            "Defence said.",
            {"casualties"},
        ),
        (
            "About 1,200 North Korean soldiers have been killed or wounded since March, as their units shifted from "
            "frontal assaults to drone and artillery roles.",
            {"casualties"},
        ),
        # (guard: drones sent)
        ("North Korea has sent attack drones to Russia, the NIS said.", {"drones"}),
    ],
)
def test_what_troops_lack_or_face_is_no_supply(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards from the second review of the round's rules
        # a launch or drill beside what is supplied leaves the supply alone
        (
            "North Korean troops, fresh from a joint drill, have been deployed to Russia, the NIS said.",
            {("troops", "reported")},
        ),
        (
            "The North's first missile launch in two months came as it shipped more KN-23 missiles to Russia.",
            {("missiles", "reported")},
        ),
        # plan words only where they govern a sending
        ("Analysts agreed on the figure of 11,000 troops sent by North Korea to Russia.", {("troops", "reported")}),
        ("Seoul is going to protest after North Korea sent 11,000 troops to Russia.", {("troops", "reported")}),
        ("Russia readies a push with 12,000 North Korean troops.", {("troops", "reported")}),
        ("Food is being prepared for the 11,000 North Korean soldiers in Russia.", {("troops", "reported")}),
        # a deployment of something else is that something
        ("The NIS expects further deployment of North Korean workers to Russia.", {("workers", "planned")}),
        # Russia's people sent to make drones in North Korea bring know-how
        ("Russia is sharing its combat experience with drones with North Korea.", {("drones", "reported")}),
    ],
)
def test_guards_from_the_second_rules_review(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unconfirmed report's outlet has only the report's figures; the confirmer's own stay its own
        (
            "The NIS declined to confirm a Yonhap report that 1,000 North Korean troops arrived in Russia but said 300 "
            "were killed.",
            {(1000, "Yonhap"), (300, "South Korea NIS")},
        ),
        # a group monitoring something else is not the sanctions monitors
        ("An 11-nation group monitoring the armistice said North Korea sent 1,000 troops to Russia.", {(1000, None)}),
    ],
)
def test_source_guards_from_the_second_rules_review(text: str, expected: set[tuple[int, str | None]], lexicon) -> None:  # type: ignore[no-untyped-def]
    # (whom the voice is relayed through aside: the scorer drops '(via Outlet)' too)
    assert {(c.value, c.source and c.source.split(" (via ")[0]) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a transcript's label by honorific or title and surname names the one source whose person bears it
        (
            "MS. SINGH: We assess that about 10,000 North Korean soldiers have been sent to Russia.",
            "US Department of Defense",
        ),
        (
            "SECRETARY AUSTIN: We assess that about 10,000 North Korean soldiers have been sent to Russia.",
            "US Department of Defense",
        ),
        # (guards: a surname many bear, and a label that is no person)
        ("KIM: We assess that about 10,000 North Korean soldiers have been sent to Russia.", None),
        ("UPDATE: About 10,000 North Korean soldiers have been sent to Russia.", None),
    ],
)
def test_a_transcript_label_by_surname(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v} == {source}
