"""Wording classes fixed in the twentieth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country's UN envoy with 'UN' before the title is its envoy to the UN
        (
            "Ukraine's UN ambassador told the Security Council that North Korea had shipped some 2 million shells.",
            "Ukrainian ambassador to the UN",
        ),
        (
            "South Korea's UN envoy said about 11,000 North Korean troops were in Russia.",
            "South Korea UN representative",
        ),
        # (guards: the title after the country, as before)
        (
            "Ukraine's ambassador to the UN said North Korea had shipped some 2 million shells to Russia.",
            "Ukrainian ambassador to the UN",
        ),
        (
            "The US ambassador to the UN said about 11,000 North Korean troops were in Russia.",
            "US ambassador to the UN",
        ),
    ],
)
def test_un_envoy_before_the_title(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more of the item just counted, still to come, the noun left out
        (
            "North Korea has sent 12,000 troops to Russia. US officials warn thousands more could follow.",
            ("troops", None, "planned", True, "US officials"),
        ),
        (
            "North Korea has sent about 11,000 troops to Russia, the NIS said. More could follow, the agency added.",
            ("troops", None, "planned", True, "South Korea NIS"),
        ),
        (
            'North Korea has sent about 11,000 troops to Russia, the NIS said. "We expect more to come," it said.',
            ("troops", None, "planned", True, "South Korea NIS"),
        ),
        (
            "Pyongyang has delivered 60 Koksan howitzers to Russia so far. There will be more, Budanov said.",
            ("artillery", None, "planned", True, "Ukraine HUR (Budanov)"),
        ),
    ],
)
def test_more_to_come_without_its_noun(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _rows(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # (guards: more losses, more fighting, or doubt are no plan)
        "North Korea has sent about 11,000 troops to Russia. The losses are heavy and more are expected soon.",
        "Pyongyang has delivered 60 Koksan howitzers to Russia. There will be more fighting in Kursk, Budanov said.",
        "North Korea has sent about 11,000 troops to Russia, the NIS said. It is unclear whether more will follow.",
    ],
)
def test_no_plan_of_more(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not any(status == "planned" for _, _, status, *_ in _rows(text, lexicon))


def test_warn_is_a_word_of_speech(lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("Western officials warn that North Korea could send 5,000 more troops to Russia.", lexicon)
    assert rows == {("troops", 5000, "planned", True, "Western officials")}


def test_a_speaker_of_a_later_clause_is_not_the_figure_before(lexicon) -> None:  # type: ignore[no-untyped-def]
    # '..., and X warn ...', '..., while X said ...': the figure before the clause is not X's
    text = "North Korea has sent 12,000 troops to Russia, and Western officials warn thousands more could follow."
    assert _rows(text, lexicon) == {
        ("troops", 12000, "reported", False, None),
        ("troops", None, "planned", True, "Western officials"),
    }
    text = "North Korea has sent 12,000 troops to Russia, while the NIS said on Monday that 1,000 had been killed."
    assert {(cat, v, s) for cat, v, _, _, s in _rows(text, lexicon)} == {
        ("troops", 12000, None),
        ("casualties", 1000, "South Korea NIS"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a speaker closing the sentence speaks for all of it, after a quotation too)
        "North Korea has sent 12,000 troops to Russia, and thousands more could follow, the NIS said.",
        '"About 6,000 North Korean troops remain in Kursk, while 1,000 clear mines," a NIS spokesperson said.',
        '"North Korea has sent 6,000 troops to Russia, though the pace has slowed," a NIS official said.',
    ],
)
def test_a_closing_speaker_speaks_for_the_whole(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {"South Korea NIS"}


def test_evidence_of_troops_in_russia(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "US Defense Secretary Lloyd Austin said there was evidence of North Korean troops in Russia."
    assert {(cat, v, s) for cat, v, s, *_ in _rows(text, lexicon)} == {("troops", None, "reported")}
    # (guard: no evidence asserts nothing)
    assert not _rows("Austin said there was no evidence of North Korean troops in Russia.", lexicon)


def test_one_who_only_denies_is_no_sole_source(lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = _rows('North Korea has supplied shells to Russia. Peskov dismissed the reports as "fake".', lexicon)
    assert ("ammunition", None, "reported", False, None) in rows
    assert ("ammunition", None, "denied", False, "Kremlin (Peskov)") in rows


@pytest.mark.parametrize(
    "text",
    [
        # what would be deployed or would go, and what was pledged by another, is still to come
        "The 1,000 North Korean deminers pledged by Pyongyang would be deployed to Russia's Kursk region in phases.",
        "Russia's ambassador said 2,000 North Korean builders would go to Russia's Kursk region.",
        "A source in HUR said that Moscow may ask Pyongyang for as many as 30,000 more soldiers.",
    ],
)
def test_still_to_come(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {status for _, v, status, *_ in _rows(text, lexicon) if v is not None} == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        # (guards: what has come)
        "The 1,000 North Korean deminers pledged by Pyongyang have already arrived in Kursk.",
        "The NIS said the last of the 5,000 builders pledged by Pyongyang last June had now arrived in Russia.",
        "Some 11,000 North Korean troops went to Russia last year.",
    ],
)
def test_already_come(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {status for _, v, status, *_ in _rows(text, lexicon) if v is not None} == {"reported"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # taken prisoner, in translated copy's word order too
        ("Ukrainian paratroopers took prisoner three North Korean soldiers near Sudzha, the SSO said.", 3),
        ("Ukraine says it has taken prisoner two North Korean soldiers in Kursk.", 2),
    ],
)
def test_taken_prisoner(text: str, value: int, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(text, lexicon) if c.value is not None]
    assert [(c.category.value, c.subtype, c.value) for c in claims] == [("casualties", "captured", value)]


def test_near_a_figure_is_about(lexicon) -> None:  # type: ignore[no-untyped-def]
    (claim,) = _claims("Ukraine says North Korean losses near 6,000 in Russia.", lexicon)
    assert (claim.value, claim.qualifier and claim.qualifier.value) == (6000, "approx")
    # (guard: a place near)
    (claim,) = _claims("About 3,000 North Korean troops were deployed near 3 villages in Kursk.", lexicon)
    assert claim.value == 3000


@pytest.mark.parametrize(
    "text",
    [
        "Russia supplied 2 million barrels of oil products to North Korea.",
        "The Russian side supplied to the DPRK over two million barrels of oil products, the Open Source Centre said.",
        "Russia shipped some 2,000,000 barrels of refined petroleum products to North Korea.",
    ],
)
def test_oil_products_are_fuel(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(text, lexicon) if c.value is not None]
    assert [(c.subtype, c.value, c.direction.value) for c in claims] == [("fuel", 2_000_000, "ru_to_nk")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an aside between the country and its verb
        (
            "Ukraine, meanwhile, says three North Korean soldiers were captured in Russia's Kursk region.",
            "Ukrainian government",
        ),
        (
            "Seoul, for its part, estimates that about 11,000 North Korean troops are in Russia.",
            "South Korean government",
        ),
        # HUR's full name in translated copy, not the ministry it ends with
        (
            "The Main Directorate of Intelligence of the Ministry of Defence of Ukraine reported that around 3,000 "
            "North Korean servicemen arrived in Kursk.",
            "Ukraine HUR",
        ),
        (
            "Defence Intelligence of the Ministry of Defence of Ukraine said North Korea sent 100 guns to Russia.",
            "Ukraine HUR",
        ),
        # (guard: the ministry itself)
        ("The Ministry of Defence of Ukraine said North Korea sent 100 guns to Russia.", "Ukraine Ministry of Defense"),
    ],
)
def test_who_speaks(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the outlet says whom it drew on in the next sentence
        (
            "Some 300 more North Korean troops reached Kursk in May, Yonhap said. The agency cited lawmakers briefed "
            "by the National Intelligence Service.",
            "South Korea NIS (via Yonhap)",
        ),
        (
            "North Korea could ship up to 50 more KN-23 missiles to Russia this year, according to NHK. The "
            "broadcaster said it had obtained a Japanese defense ministry assessment.",
            "Japan Ministry of Defense (via NHK)",
        ),
        # (guard: a next sentence that cites no one)
        ("North Korea has sent 300 more troops to Russia, Yonhap reported. The troops are in Kursk.", "Yonhap"),
    ],
)
def test_relay_finished_next(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v is not None} == {source}


@pytest.mark.parametrize(
    "text",
    [
        # teaser lines in the forms of forums, blogs and portals are other stories
        "You might also like » 12,000 North Korean workers headed to Russian drone plant",
        "Tags: 12,000 troops, KN-23, Koksan",
        'Similar threads: "Koksan spotted in Kursk - 50 of them?"',
        "Recommended for you | 3,000 North Korean casualties in Kursk",
    ],
)
def test_teaser_lines_of_other_forms(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.clean import clean_text

    body = "North Korea has sent about 11,000 troops to Russia, the NIS said.\n"
    cleaned = clean_text(body + text + "\n")
    assert {c.value for c in _claims(cleaned, lexicon)} == {11000}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reports called or described as lies, unquoted too
        (
            "Kremlin spokesman Dmitry Peskov called reports of North Korean troops in Russia fake news.",
            ("troops", None, "denied", False, "Kremlin (Peskov)"),
        ),
        (
            "Peskov described the reports of North Korean soldiers in Kursk as a fake.",
            ("troops", None, "denied", False, "Kremlin (Peskov)"),
        ),
        # troops that have entered combat are there
        (
            "The Pentagon said North Korean soldiers had entered combat in Kursk.",
            ("troops", None, "reported", False, "US Department of Defense"),
        ),
        # 'will likely send more'
        (
            "The NIS said North Korea has sent 100 ballistic missiles to Russia and will likely send more.",
            ("missiles", None, "planned", True, "South Korea NIS"),
        ),
        # the item again as an addition still to come, beside the item sent
        (
            "The JCS said Pyongyang had already supplied KN-23 missiles to Russia and could provide additional "
            "missiles in the coming months.",
            ("missiles", None, "planned", True, "South Korea JCS"),
        ),
    ],
)
def test_items_without_a_figure(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _rows(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # no report, no combat entered yet, and no entry told as a time: nothing asserted
        "There are no confirmed reports of North Korean soldiers being captured in Russia.",
        "Seoul says there are no reports that North Korea sent more troops to Russia this month.",
        '"North Korean troops have not yet entered the battle," US officials said of Russia.',
    ],
)
def test_nothing_asserted(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not _rows(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a batch still negotiated, of no size told; talks to send
        (
            "Budanov said Russia and North Korea are negotiating one more batch of KN-23 missiles.",
            {("missiles", None, "planned", True, "Ukraine HUR (Budanov)")},
        ),
        (
            "North Korea is in talks to send 3,000 troops to Russia, the NIS said.",
            {("troops", 3000, "planned", False, "South Korea NIS")},
        ),
        # (guard: talks that came before a dispatch)
        (
            "North Korea has sent 3,000 troops to Russia after talks on the deployment, the NIS said.",
            {("troops", 3000, "reported", False, "South Korea NIS")},
        ),
        # the soldiers who fell are the dead; who died fighting were there too
        (
            "Kim Jong Un laid flowers at a memorial to the North Korean soldiers who fell in Russia's Kursk region.",
            {("casualties", None, "reported", False, None)},
        ),
        (
            "We will always honour the North Korean soldiers who gave their lives for Russia, Putin said.",
            {("casualties", None, "reported", False, "Putin")},
        ),
    ],
)
def test_batches_talks_and_the_fallen(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # who comments on a figure in an appositive did not give it
        "North Korea could send 100,000 troops to Russia, a figure the NIS called unlikely.",
        "About 20,000 containers have crossed from North Korea into Russia since 2023, according to railway data, a "
        "flow that Seoul's spy agency says includes mostly shells.",
        "More than 5,000 North Korean laborers arrived in Russia last year, customs records show, a trend the US "
        "State Department calls a sanctions violation.",
    ],
)
def test_a_comment_is_no_source(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v is not None} == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (guards: a speaker before the comment keeps the figure)
        (
            "The NIS said North Korea has sent 11,000 troops to Russia, a figure the Pentagon disputed.",
            "South Korea NIS",
        ),
        (
            "North Korea has sent 11,000 troops to Russia, the NIS said, a figure the Pentagon disputed.",
            "South Korea NIS",
        ),
        # a deputy ambassador is an envoy
        ("North Korea sent 300 soldiers to Russia, the US deputy ambassador told the council.", "US ambassador"),
        # an unnamed source of its own is no one named before
        (
            "CNN, citing Ukrainian intelligence, said North Korea could send 25,000 more soldiers to Russia. A "
            "government source familiar with intelligence matters said it had sent around 15,000 troops in total.",
            None,
        ),
    ],
)
def test_the_figure_keeps_its_speaker(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = [row for row in _rows(text, lexicon) if row[1] in (11000, 300, 15000)]
    assert [s for *_, s in rows] == [source]


def test_an_attack_tally_is_no_supply(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia used a North Korean KN-23 missile against Kyiv, Zelensky said. According to the Air Force, the enemy "
        "launched 40 missiles, including 6 Iskander-M/KN-23, and 120 drones."
    )
    assert not [row for row in _rows(text, lexicon) if row[1] is not None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (guards: North Korea's missiles that Russia fired stay claims)
        ("Russia has fired about 60 North Korean ballistic missiles at Ukraine, Kyiv said.", 60),
        ("Russia has fired about 50 ballistic missiles made in North Korea at Ukraine, Kyiv said.", 50),
        ("North Korea has sent KN-23 missiles to Russia. Russia has fired 20 of them at Kharkiv.", 20),
    ],
)
def test_north_koreas_missiles_fired(text: str, value: int, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert value in {v for _, v, *_ in _rows(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # machine English's 'named the reports ... rumors' denies
        (
            'The deputy foreign minister of the DPRK named the reports about sending of troops to Russia "groundless '
            'rumors".',
            ("troops", None, "denied", False, None),
        ),
        (
            "Putin praised the heroism of the North Korean soldiers in Kursk.",
            ("troops", None, "reported", False, "Putin"),
        ),
    ],
)
def test_denials_and_praise(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _rows(text, lexicon)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an ambassador posted to a country speaks as that ambassador
        (
            "Russia's ambassador to North Korea said 2,000 North Korean builders would go to Kursk.",
            "Russian ambassador to North Korea",
        ),
        (
            "Alexander Matsegora, Russia's ambassador to Pyongyang, said 2,000 North Korean builders had arrived.",
            "Russian ambassador to North Korea (Matsegora)",
        ),
        (
            "Russia's ambassador to Pyongyang, Alexander Matsegora, told RIA Novosti that 2,000 North Korean "
            "builders would go to Kursk.",
            "Russian ambassador to North Korea (Matsegora) (via RIA Novosti)",
        ),
    ],
)
def test_an_ambassador_at_a_post(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # out of action, killed or wounded: casualties
        (
            "Some 1,500 North Korean soldiers sent to Russia are now out of action, killed or wounded, the NIS said.",
            {("casualties", 1500, "reported", False, "South Korea NIS")},
        ),
        # (guard: sent to replace those out of action)
        (
            "North Korea sent 2,000 soldiers to Russia to replace those out of action.",
            {("troops", 2000, "reported", False, None)},
        ),
        # a small number of the taken prisoner, in a clause of its own
        (
            "Zelensky said more than 4,000 North Korean soldiers had been killed or wounded in Russia, and that two "
            "were taken prisoner.",
            {("casualties", 4000, "reported", False, "Zelensky"), ("casualties", 2, "reported", False, "Zelensky")},
        ),
        # the soldiers who fell, counted
        (
            "The 101 North Korean soldiers who fell in Russia were honoured in Pyongyang.",
            {("casualties", 101, "reported", False, None)},
        ),
    ],
)
def test_casualty_wordings(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # misfires of this round's rules, mended: more of another country's, warnings against, little evidence,
        # an addition not to come, soldiers who fell ill or into captivity, a speaker named as a body of forces
        "North Korea has sent about 11,000 troops to Russia, the NIS said. Iran will likely send more, officials said.",
        "North Korea has sent 100 guns to Russia. Ukraine has received 31 Abrams tanks, and more could follow.",
        "The US and its allies warn Pyongyang against sending more troops to Russia.",
        "Seoul warns Pyongyang not to send more troops to Russia.",
        "There is little evidence of North Korean troops in Russia, analysts said.",
        "Ukraine has yet to find evidence of North Korean troops in Russia.",
        "The JCS said Pyongyang had supplied KN-23 missiles to Russia but could not provide additional missiles.",
        "In the attack Russia used 6 North Korean KN-23 missiles, the air force said.",
    ],
)
def test_misfires_mended(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(text, lexicon)
    assert not any(status == "planned" for _, _, status, *_ in rows)
    assert not any(cat in ("troops", "casualties") and v is None for cat, v, *_ in rows)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # more deniers and commenters that give no figure
        ("North Korea has sent 12,000 troops to Russia, a deployment the NIS described as unprecedented.", None),
        ("North Korea has sent 12,000 troops to Russia, something the Kremlin denies.", None),
        # another country's intelligence directorate is not Ukraine's
        (
            "The Main Directorate of Intelligence of the Ministry of Defence of Russia said North Korea sent 100 guns.",
            "Russia Ministry of Defense",
        ),
        (
            "The Chief Directorate of Intelligence of the Ministry of Defence of Ukraine said North Korea sent 100 "
            "guns to Russia.",
            "Ukraine HUR",
        ),
    ],
)
def test_sources_after_the_misfire_review(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for _, v, *_, s in _rows(text, lexicon) if v is not None} == {source}


def test_who_fell_ill_are_not_the_dead(lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("North Korean soldiers who fell ill in Russia were sent home.", lexicon)
    assert not any(cat == "casualties" for cat, *_ in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of its own after ', and X said' or a semicolon: its speaker is not the figure's before
        (
            "North Korea has sent 12,000 troops to Russia, and the NIS said it expects more.",
            {("troops", 12000, "reported", False, None), ("troops", None, "planned", True, "South Korea NIS")},
        ),
        (
            "North Korea has sent 12,000 troops to Russia; the NIS said 1,000 more could go.",
            {("troops", 12000, "reported", False, None), ("troops", 1000, "planned", True, "South Korea NIS")},
        ),
        # 'expects more', 'warn of more to come'
        (
            "North Korea has sent 12,000 troops to Russia. The NIS expects more.",
            {("troops", 12000, "reported", False, None), ("troops", None, "planned", True, "South Korea NIS")},
        ),
        # (guard: a speaker that closes the sentence)
        (
            "North Korea has sent 12,000 troops to Russia, and the NIS said on Monday.",
            {("troops", 12000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_clauses_of_their_own(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_the_intelligence_officer_after_a_quotation(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vadym Skibitskyi, deputy head of Ukraine's military intelligence, said North Korea had sent about 4 million "
        'shells to Russia.\n\n"Russia keeps receiving North Korean missiles. We expect new shipments this summer," the '
        "intelligence officer added."
    )
    assert ("missiles", None, "reported", False, "Ukraine HUR (Skibitskyi)") in _rows(text, lexicon)


def test_an_address_by_the_president(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Address by the President of Ukraine\n\nI held a meeting with our intelligence today. We have data that North "
        "Korea has handed over another 50 Koksan guns to Russia."
    )
    assert {s for *_, s in _rows(text, lexicon)} == {"Zelensky"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a batch still to come, its item left out: more of the item just counted
        (
            "North Korea has shipped about 20,000 containers of munitions to Russia, the NIS said. Further deliveries "
            "are expected.",
            ("ammunition", None, "planned", True, "South Korea NIS"),
        ),
        (
            "North Korea has sent 3,000 troops to Russia. A second group would be transported soon, the JCS said.",
            ("troops", None, "planned", True, "South Korea JCS"),
        ),
        (
            "North Korea has sent 3,000 troops to Russia, and a new consignment is on its way.",
            ("troops", None, "planned", True, None),
        ),
    ],
)
def test_a_batch_to_come(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _rows(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a batch that went, a batch not expected)
        "North Korea has sent 3,000 troops to Russia. A second group was transported in December.",
        "North Korea has sent 3,000 troops to Russia. Further deliveries are not expected, the JCS said.",
    ],
)
def test_no_batch_to_come(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not any(status == "planned" for _, _, status, *_ in _rows(text, lexicon))


def test_bracketed_teaser_labels(lexicon) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.clean import clean_text

    text = clean_text(
        "North Korea has sent about 11,000 troops to Russia, the NIS said.\n[Most Viewed] N. Korea sent 3,000 more "
        "troops to Russia: NIS\n[Related articles] 12,000 North Korean workers headed to Russian drone plant\n"
    )
    assert {c.value for c in _claims(text, lexicon)} == {11000}


@pytest.mark.parametrize(
    "text",
    [
        # mends after the third misfire review: an addition not to come beside a count, warnings and cautions
        # against, another country's more, a hope that came to nothing
        "North Korea had supplied 100 missiles to Russia but could not provide additional missiles, the JCS said.",
        "South Korea warned against North Korea sending troops to Russia.",
        "Officials warned North Korea against deploying troops to Russia.",
        "Seoul cautioned North Korea against sending more troops to Russia.",
        "North Korea has sent 11,000 troops to Russia. Russia has hired 3,000 Cuban fighters, and more could follow.",
        "North Korea has sent 11,000 troops to Russia. The NIS expected more, but none came.",
    ],
)
def test_misfires_mended_late(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not [row for row in _rows(text, lexicon) if row[1] is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim laid flowers for the North Korean soldiers who fell in Russia's Kursk region.", {"casualties"}),
        # (guard: who fell in love are no dead)
        ("North Korean soldiers who fell in love with Russian women were sent to Russia's Kursk region.", {"troops"}),
    ],
)
def test_who_fell(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {cat for cat, *_ in _rows(text, lexicon)} == expected


def test_a_bracketed_teaser_heading(lexicon) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.clean import clean_text

    text = clean_text(
        "North Korea has sent about 11,000 troops to Russia, the NIS said.\n[Most Viewed]\nN. Korea sent 3,000 more "
        "troops to Russia: NIS\n"
    )
    assert {c.value for c in _claims(text, lexicon)} == {11000}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's help with reconnaissance satellites is know-how (not North Korea's own launch)
        (
            "Russia will help North Korea build reconnaissance satellites, Putin said.",
            {("technology_transfer", None, "planned", False, "Putin")},
        ),
        ("North Korea launched a reconnaissance satellite on Tuesday, weeks after Kim met Putin in Russia.", set()),
        # a denial of the reports the sentence before told, 'reports of the deployment' and 'groundless' too
        (
            'Reports say North Korean soldiers are in Russia. Pyongyang called the reports "groundless."',
            {("troops", None, "reported", False, None), ("troops", None, "denied", False, "North Korean government")},
        ),
        (
            'Reports say North Korean soldiers are in Russia. The Kremlin called reports of the deployment "fake."',
            {("troops", None, "reported", False, None), ("troops", None, "denied", False, "Russian government")},
        ),
        # (guards: reports called credible; the denier's ally)
        (
            "Reports say North Korean soldiers are in Russia. Seoul called the reports credible.",
            {("troops", None, "reported", False, None)},
        ),
    ],
)
def test_satellites_and_denials_told_before(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker who rejects another's denial reports the figure
        (
            "The NIS said North Korea has sent 12,000 troops to Russia, rejecting Pyongyang's claim that the reports "
            "are groundless rumors.",
            ("troops", 12000, "reported", False, "South Korea NIS"),
        ),
        # (guard: the reports called groundless by the accused)
        (
            "Reports that North Korea sent 12,000 troops to Russia are groundless, Pyongyang said.",
            ("troops", 12000, "denied", False, "North Korean government"),
        ),
        # a share of North Korea's force out of action: the force counted, the losses without a figure
        (
            "Half of North Korea's 11,000 troops in Russia are out of action, the NIS said.",
            ("troops", 11000, "reported", False, "South Korea NIS"),
        ),
    ],
)
def test_older_misfires_mended(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in _rows(text, lexicon)
