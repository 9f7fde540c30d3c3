"""Wording classes fixed in the twenty-first round, each with sentences written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an envoy named with his title and post, before or after his name
        (
            "Russian Ambassador to North Korea Alexander Matsegora said some 5,000 North Korean builders would "
            "go to Kursk.",
            "Russian ambassador to North Korea (Matsegora)",
        ),
        (
            "The Russian envoy to Pyongyang, Alexander Matsegora, said 5,000 North Korean builders would go to Kursk.",
            "Russian ambassador to North Korea (Matsegora)",
        ),
        (
            "Georgy Zinoviev, the Russian ambassador to Seoul, denied that 3,000 North Korean troops had arrived.",
            "Russian ambassador to South Korea (Zinoviev)",
        ),
        (
            "South Korean Ambassador to Russia Lee Do-hoon said about 11,000 North Korean troops were in Russia.",
            "South Korean ambassador to Russia (Lee Do-hoon)",
        ),
        # a Western hyphenated surname is the surname; a Korean given name is not
        (
            "US Ambassador to the UN Linda Thomas-Greenfield said about 11,000 North Korean troops were in Russia.",
            "US UN representative (Thomas-Greenfield)",
        ),
        (
            "South Korea's UN ambassador Hwang Joon-kook said about 11,000 North Korean troops were in Russia.",
            "South Korea UN representative (Hwang Joon-kook)",
        ),
        # (guard: an envoy without a name, as before)
        (
            "Russia's ambassador to North Korea said 2,000 North Korean builders would go to Kursk.",
            "Russian ambassador to North Korea",
        ),
    ],
)
def test_an_envoy_named_with_his_post(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the item given by North Korea, named after it, is North Korea's figure whoever receives it
        (
            "Russia has received 1,000 workers pledged by Pyongyang for its drone plants.",
            {("workers", 1000, "reported", False, None)},
        ),
        (
            "Moscow has taken in 12,000 laborers sent by the North this year, the NIS said.",
            {("workers", 12000, "reported", False, "South Korea NIS")},
        ),
        (
            "Kursk received 3,000 troops that were dispatched by North Korea in January.",
            {("troops", 3000, "reported", False, None)},
        ),
        # (guard: another country's workers stay out)
        (
            "Russia has received 500 workers sent by Uzbekistan, while North Korea sent 1,000 troops.",
            {("troops", 1000, "reported", False, None)},
        ),
    ],
)
def test_an_item_given_by_north_korea(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the figure's troops fight is no voice of the sentence
        (
            "Some 12,000 North Korean troops were sent to help Russia push the Ukrainian army out of Kursk.",
            {("troops", 12000, "reported", False, None)},
        ),
        (
            "About 11,000 North Korean soldiers went to Russia to fight Ukraine's armed forces.",
            {("troops", 11000, "reported", False, None)},
        ),
        # (guards: a body that speaks, or a speaker after the fighting)
        (
            "The Ukrainian army said it had captured two North Korean soldiers in Kursk.",
            {("casualties", 2, "reported", False, "Ukrainian military")},
        ),
        (
            "About 3,000 North Korean soldiers were killed or wounded attacking Ukraine's forces, the NIS said.",
            {("casualties", 3000, "reported", False, "South Korea NIS")},
        ),
        # the informants a story cites are no troops
        (
            "Four people familiar with the deployment said North Korea would send about 5,000 more soldiers to Russia.",
            {("troops", 5000, "planned", True, None)},
        ),
        (
            "Two people briefed on the rotation told Bloomberg that Pyongyang had sent 3,000 more troops to Russia.",
            {("troops", 3000, "reported", True, "Bloomberg")},
        ),
        # (guard: people sent are counted)
        (
            "North Korea sent 3,000 people to Russia last month, the NIS said.",
            {("troops", 3000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_who_is_fought_and_who_informs(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("North Korea has sent Russia perhaps 15,000 troops.", "approx"),
        ("The North shipped maybe 3 million shells to Russia.", "approx"),
        ("North Korea has sent Russia possibly 12,000 troops in all.", "approx"),
        ("North Korea has sent Russia perhaps as many as 20,000 troops.", "up_to"),
    ],
)
def test_perhaps_is_about(text: str, qualifier: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [c.qualifier.value for c in _claims(text, lexicon) if c.value is not None] == [qualifier]


@pytest.mark.parametrize(
    "heading", ["Most read", "Trending now", "Latest news", "Related News", "Editor's picks", "Popular"]
)
@pytest.mark.parametrize(
    "body",
    [
        "SEOUL -- North Korea has sent about 3,000 more troops to Russia, the spy agency said on Thursday.",
        "The NIS said North Korea had sent about 3,000 more troops to Russia in a closed-door briefing to lawmakers.",
    ],
)
def test_a_short_paragraph_after_a_teaser_block_is_the_article(heading: str, body: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    """A sidebar scraped before the body ends at the first paragraph that reports speech or opens with a dateline,
    however short; the teasers under it stay out."""
    from core.ingest.clean import clean_text

    teasers = "Kim inspects a missile factory\nSeoul holds drills"
    page = f"N. Korea sends more troops to Russia\n{heading}\n{teasers}\n\n{body}\n"
    cleaned = clean_text(page)
    assert body in cleaned
    assert "Kim inspects" not in cleaned
    assert [(c.value, c.incremental) for c in _claims(cleaned, lexicon) if c.value is not None] == [(3000, True)]


def test_a_teaser_blurb_without_speech_stays_out() -> None:
    from core.ingest.clean import clean_text

    page = "The story's body, the agency said.\nMost read\nSeoul holds drills near the border\nKim visits a factory\n"
    assert "Kim visits" not in clean_text(page) and "Seoul holds" not in clean_text(page)


@pytest.mark.parametrize(
    "text",
    [
        # the sanctions monitoring team named by what it is and who set it up, its members not speaking
        "A sanctions monitoring group set up by 11 countries said North Korea had shipped at least 100 ballistic "
        "missiles to Russia.",
        "A monitoring team formed by 11 nations including the United States, Japan and South Korea said North Korea "
        "had sent at least 100 ballistic missiles to Russia.",
        "North Korea has supplied Russia with at least 100 ballistic missiles, a monitoring group set up by 11 "
        "countries including Japan, South Korea and the United States said Thursday.",
        "An 11-country sanctions monitoring group said North Korea sent at least 100 ballistic missiles to Russia.",
    ],
)
def test_the_monitoring_team_described(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == {
        ("missiles", 100, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (guards: governments that speak together, and members listed with no body before them)
        (
            "The US, South Korean and Japanese governments said in a joint statement that North Korea had sent "
            "more than 10,000 troops to Russia.",
            "US, South Korean and Japanese governments",
        ),
        (
            "North Korea has sent about 11,000 troops to Russia, including 500 officers, the NIS said.",
            "South Korea NIS",
        ),
        # an OSINT group named after what it is, however the copy writes the acronym
        (
            "The Ukrainian OSINT group Frontelligence Insight said North Korea had sent 120 Koksan guns to Russia.",
            "Frontelligence Insight",
        ),
    ],
)
def test_members_and_groups(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a casualty toll's change: the earlier figure and the new one, whatever the noun before
        (
            "North Korean casualties in Russia jumped from 3,000 in January to about 4,700 by April, the NIS said.",
            {("casualties", 3000, "reported", False, "South Korea NIS"), ("casualties", 4700, "reported", False,
                                                                          "South Korea NIS")},
        ),
        (
            "North Korean losses in Russia rose from around 3,000 to 4,700, the NIS said.",
            {("casualties", 3000, "reported", False, "South Korea NIS"), ("casualties", 4700, "reported", False,
                                                                          "South Korea NIS")},
        ),
        # 'by X to Y' after a word of change: the change (an addition) and the new total, no range
        (
            "The NIS raised its tally of North Korean soldiers in Russia by 2,000 to 13,000.",
            {("troops", 2000, "reported", True, "South Korea NIS"), ("troops", 13000, "reported", False,
                                                                     "South Korea NIS")},
        ),
        (
            "The number of North Korean workers in Russia grew by about 5,000 to 15,000 last year, the NIS said.",
            {("workers", 5000, "reported", True, "South Korea NIS"), ("workers", 15000, "reported", False,
                                                                      "South Korea NIS")},
        ),
    ],
)  # fmt: skip
def test_revised_figures(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_a_range_after_by_is_still_a_range(lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims("North Korea sent 10,000 to 12,000 troops to Russia by December, the NIS said.", lexicon)
    assert [(c.value, c.value_max) for c in claims] == [(10000, 12000)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a speaker in a relative clause of its own gives the figure in it, whoever is compared with it
        (
            "Zelensky's estimate is well above that of Seoul's spy agency, which told lawmakers that about 1,100 North "
            "Korean soldiers had been killed in Russia.",
            "South Korea NIS",
        ),
        (
            "Budanov's figures differ from those of the Pentagon, which estimated that roughly 11,000 North Korean "
            "troops had been sent to Russia.",
            "US Department of Defense",
        ),
        # (guard: a relative clause that says nothing leaves the speaker after it)
        (
            "South Korea's spy agency, which briefed lawmakers on Thursday, said about 300 North Korean soldiers had "
            "been killed in Russia.",
            "South Korea NIS",
        ),
    ],
)
def test_a_speaker_in_a_relative_clause(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _rows(text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure that one voice says has happened and another says is planned: two claims
        (
            "About 1,000 North Korean deminers have already arrived in Russia's Kursk region, the NIS said. In June, "
            "Shoigu said North Korea will send 1,000 sappers to Kursk.",
            {("troops", 1000, "reported", False, "South Korea NIS"),
             ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)")},
        ),
        (
            "Budanov said North Korea had sent about 100 KN-23 missiles to Russia. North Korea could send about 100 "
            "more KN-23 missiles this year, the NIS said.",
            {("missiles", 100, "reported", False, "Ukraine HUR (Budanov)"),
             ("missiles", 100, "planned", True, "South Korea NIS")},
        ),
        # (guards: one voice telling its plan and its outcome, two voices agreeing: one claim)
        (
            "Shoigu said North Korea would send 1,000 sappers to Kursk. The 1,000 sappers arrived in Kursk in July, "
            "Shoigu said.",
            {("troops", 1000, "planned", False, "Russia Security Council (Shoigu)")},
        ),
        (
            "North Korea has sent about 11,000 troops to Russia, the NIS said. Ukraine's HUR also put the figure at "
            "about 11,000.",
            {("troops", 11000, "reported", False, "South Korea NIS")},
        ),
    ],
)  # fmt: skip
def test_one_figure_reported_and_planned_by_two_voices(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # injuries and the acronyms counted as wounded
        (
            "North Korea has suffered 1,000 deaths and 3,000 injuries among its troops in Russia, the NIS said.",
            {("killed", 1000), ("wounded", 3000)},
        ),
        ("North Korean troops in Russia have suffered 600 KIA and 4,100 WIA, the NIS said.",
         {("killed", 600), ("wounded", 4100)}),
        # a tally's words stay with their own counts
        (
            "North Korean losses in Russia stand at 300 killed, 2,700 wounded and two captured, the NIS said.",
            {("killed", 300), ("wounded", 2700), ("captured", 2)},
        ),
        # prisoners who happen to be wounded are prisoners
        ("Ukraine has captured two injured North Korean soldiers in Russia's Kursk region, Zelensky said.",
         {("captured", 2)}),
        # (guard: injuries alone count nothing)
        (
            'North Korean troops have suffered "several hundred" casualties in Russia, ranging from minor injuries '
            "to deaths.",
            {("killed_or_wounded", None), ("killed", None)},
        ),
    ],
)  # fmt: skip
def test_casualty_words(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.subtype, c.value) for c in _claims(text, lexicon) if c.category.value == "casualties"} == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a hedge after the item's noun
        ("North Korea has sent 11,000 troops at least to Russia, the NIS said.", "at_least"),
        ("North Korea has sent 11,000 soldiers, if not more, to Russia, the Pentagon said.", "at_least"),
        ("North Korea has sent Russia 11,000 troops and possibly more, the Pentagon said.", "at_least"),
        ("North Korea has sent Russia 3,000 soldiers at most this year, the NIS said.", "up_to"),
        ("North Korea has sent 11,000 troops or thereabouts to Russia, the NIS said.", "approx"),
        ("North Korea has sent 11,000 troops, more or less, to Russia, the NIS said.", "approx"),
        # (guards: the hedge of another word)
        ("North Korea sent 11,000 troops to Russia at least twice as fast as expected, the NIS said.", "exact"),
        ("Seoul expects North Korea to send 5,000 troops or more advanced weapons to Russia.", "exact"),
    ],
)
def test_a_hedge_after_the_noun(text: str, qualifier: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [c.qualifier.value for c in _claims(text, lexicon) if c.value is not None] == [qualifier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force a toll befell, counted after it, is troops
        (
            "About 2,000 North Korean soldiers have been killed, out of some 15,000 dispatched to Russia, the NIS "
            "believes.",
            {("casualties", 2000), ("troops", 15000)},
        ),
        (
            "About 600 North Korean soldiers were killed among an estimated 13,000 dispatched to Russia, the NIS said.",
            {("casualties", 600), ("troops", 13000)},
        ),
        (
            "The 4,000 North Korean casualties come from a force of about 11,000 that Pyongyang sent to Russia, HUR "
            "said.",
            {("casualties", 4000), ("troops", 11000)},
        ),
        # (guard: a toll's whole that is itself a toll)
        (
            "Some 300 North Korean soldiers were killed, out of the 3,000 wounded in Russia, the NIS said.",
            {("casualties", 300), ("casualties", 3000)},
        ),
        # the missing of a tally
        (
            "HUR said North Korea had lost 3,000 troops in Russia, with 500 killed, 2,300 wounded and 200 missing.",
            {("casualties", 3000), ("casualties", 500), ("casualties", 2300), ("casualties", 200)},
        ),
        # (guard: 'missing' alone is no loss)
        (
            "The NIS said 3 million shells sent by North Korea to Russia were missing their fuses.",
            {("ammunition", 3000000)},
        ),
    ],
)
def test_a_toll_and_its_force(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who would not stand behind a figure did not give it
        (
            "North Korea may send as many as 30,000 troops to Russia, a figure Seoul's spy agency has not confirmed.",
            {("troops", 30000, "planned", False, None)},
        ),
        # reports of no one named are no one's, whoever spoke before
        (
            "South Korea's spy agency says North Korea sent 15,000 soldiers to Russia. There were also reports last "
            "year that Moscow promised Pyongyang MiG-29 fighters.",
            {("troops", 15000, "reported", False, "South Korea NIS"), ("vehicles", None, "planned", False, None)},
        ),
        # (guard: a speaker who tells of the reports)
        (
            "There were reports that North Korea sent 3,000 more troops to Russia, the NIS said.",
            {("troops", 3000, "reported", True, "South Korea NIS")},
        ),
    ],
)
def test_who_stands_behind_a_figure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a denier calls the reports
        (
            'Peskov said there was "no truth" in reports that North Korean soldiers were fighting in Kursk for Russia.',
            {("troops", None, "denied", False, "Kremlin (Peskov)")},
        ),
        (
            "Zakharova called reports of North Korean missiles in Russia a fabrication.",
            {("missiles", None, "denied", False, "Russia Ministry of Foreign Affairs (Zakharova)")},
        ),
        (
            "Russia has no plans to deploy North Korean troops in Ukraine, Peskov said.",
            {("troops", None, "denied", False, "Kremlin (Peskov)")},
        ),
        # ... of the reports the sentence before told
        (
            "US officials say North Korean troops are in Russia. Kremlin spokesman Dmitry Peskov called the reports "
            '"another hoax."',
            {
                ("troops", None, "reported", False, "US officials"),
                ("troops", None, "denied", False, "Kremlin (Peskov)"),
            },
        ),
        # (guard: a speaker who dismisses another's disinformation reports)
        (
            "North Korea has sent 11,000 troops to Russia, the NIS said, dismissing Moscow's disinformation.",
            {("troops", 11000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_denials_by_what_the_reports_are_called(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # North Korea the receiver of a passive
        ("Anti-aircraft missiles were shipped to Pyongyang by rail, Budanov said, as Russia repays the North for its "
         "troops.", "ru_to_nk"),
        ("North Korea has been given anti-aircraft missiles for its capital's defense by Russia, Seoul said.",
         "ru_to_nk"),
        # (guard: North Korea's missiles sent to Russia)
        ("North Korean KN-23 missiles were delivered to Russia by rail, the NIS said.", "nk_to_ru"),
    ],
)  # fmt: skip
def test_north_korea_receives_in_the_passive(text: str, direction: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.direction.value for c in _claims(text, lexicon) if c.category.value == "missiles"} == {direction}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone unnamed, not the speaker of the sentence before
        (
            "Budanov said North Korea had sent around 12,000 soldiers to Russia. Sources say a further 3,000 arrived "
            "in February.",
            {("troops", 12000, "reported", False, "Ukraine HUR (Budanov)"), ("troops", 3000, "reported", True, None)},
        ),
        (
            "The Defense Intelligence Agency estimated that North Korea shipped some 12 million shells to Russia. It "
            "is known that Russia also handed over about 20 MiG-29 fighter jets to the North.",
            {("ammunition", 12000000, "reported", False, "South Korea Defense Intelligence Agency"),
             ("vehicles", 20, "reported", False, None)},
        ),
        # (guards: sources who told an outlet, and sources a named speaker cites)
        (
            "Sources told Reuters that North Korea had sent 3,000 more troops to Russia.",
            {("troops", 3000, "reported", True, "Reuters")},
        ),
        (
            "Budanov said North Korea had sent around 12,000 soldiers to Russia. He cited sources in Moscow as saying "
            "a further 3,000 arrived in February.",
            {("troops", 12000, "reported", False, "Ukraine HUR (Budanov)"),
             ("troops", 3000, "reported", True, "Ukraine HUR (Budanov)")},
        ),
    ],
)  # fmt: skip
def test_unnamed_sources_borrow_no_speaker(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (guards from the review of the round's rules) an envoy's name set off by commas, whole for a Korean
        (
            "North Korea's ambassador to Russia, Sin Hong Chol, said 11,000 troops were in Russia.",
            "North Korean ambassador to Russia (Sin Hong Chol)",
        ),
        # a joint statement's governments speak; only a monitoring body's members do not
        (
            "A group of ten countries including Japan and South Korea said in a joint statement that North Korea had "
            "sent 11,000 troops to Russia.",
            "Japanese and South Korean governments",
        ),
        # reports told by a speaker after them, however named
        ("There were reports that North Korea sent 3,000 more troops to Russia, Ukraine's HUR said.", "Ukraine HUR"),
        ("There were reports that North Korea sent 3,000 more troops to Russia, according to Yonhap.", "Yonhap"),
        # a watchdog of disinformation is no denier
        ("A Ukrainian disinformation watchdog said about 11,000 North Korean troops are in Russia.", None),
    ],
)
def test_round21_rules_do_not_misfire(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(text, lexicon)
    assert {s for *_, s in rows} == {source}
    assert {status for _, _, status, _, _ in rows} == {"reported"}


def test_a_teaser_headline_with_a_dateline_stays_out(lexicon) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.clean import clean_text

    page = (
        "N. Korea sends more troops to Russia\nMost read\nSEOUL — 12,000 troops, 2 million shells: what the North "
        "gave\nKim inspects a factory\n\nThe spy agency said on Thursday that North Korea had sent about 3,000 more "
        "troops to Russia.\n"
    )
    cleaned = clean_text(page)
    assert "2 million shells" not in cleaned
    assert [c.value for c in _claims(cleaned, lexicon) if c.value is not None] == [3000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estimate's change, whatever the verb, and a fall
        (
            "The NIS raised its estimate of North Korean casualties in Russia from 1,100 to around 3,000.",
            {("casualties", 1100, False), ("casualties", 3000, False)},
        ),
        (
            "North Korean casualties in Russia went up from 3,000 to 4,700, the NIS said.",
            {("casualties", 3000, False), ("casualties", 4700, False)},
        ),
        (
            "The NIS revised its count of North Korean troops in Russia upwards by 500 to 1,500.",
            {("troops", 500, True), ("troops", 1500, False)},
        ),
        (
            "The JCS cut its estimate of North Korean troops in Russia by 1,000 to 10,000.",
            {("troops", 1000, False), ("troops", 10000, False)},
        ),
        # (guard: the force a toll came from)
        (
            "North Korean forces in Russia have sustained over 6,000 casualties from an estimated 11,000 personnel "
            "initially deployed, the UK said.",
            {("casualties", 6000, False), ("troops", 11000, False)},
        ),
    ],
)
def test_changes_of_an_estimate(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.incremental) for c in _claims(text, lexicon)} == expected


def test_russias_own_daily_losses_beside_north_koreas(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea sent about 12,000 soldiers to Russia, HUR said. This number includes 1,130 casualties Russian "
        "forces suffered over the past day, the General Staff added."
    )
    assert {(c.category.value, c.value) for c in _claims(text, lexicon)} == {("troops", 12000)}
    # (guard: a breakdown of North Korea's own toll, told the same way)
    text = "North Korea has suffered some 4,700 casualties in Russia, the NIS said. The figure includes 600 killed."
    assert {(c.category.value, c.value) for c in _claims(text, lexicon)} == {("casualties", 4700), ("casualties", 600)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops at war, told without a word of sending
        (
            "Ukraine's General Staff said North Korean units had begun assaults near Sudzha in Russia.",
            {("troops", None, "reported", False, "Ukraine General Staff")},
        ),
        (
            "Ukrainian officials said their forces had clashed with North Korean units in Russia's Kursk region.",
            {("troops", None, "reported", False, "Ukrainian officials")},
        ),
        (
            "Ukrainian forces engaged North Korean troops in Russia's Kursk region for the first time, Zelensky said.",
            {("troops", None, "reported", False, "Zelensky")},
        ),
        # (guard: engaged in something else)
        ("Russia and North Korea engaged in talks on troops, the NIS said.", set()),
    ],
)
def test_troops_at_war(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count not told asserts no item
        ("Russia has never disclosed how many North Korean servicemen have died in the war.", set()),
        ("The North has not said how many of its soldiers were wounded in Russia's Kursk region.", set()),
        # (guards: the item told before the count left untold, and a count told after it)
        (
            "North Korea has sent troops to Russia, the NIS said, without saying how many.",
            {("troops", None, "reported", False, "South Korea NIS")},
        ),
        (
            "Pyongyang has never disclosed its losses, but the NIS estimates about 2,000 North Korean soldiers have "
            "died in Russia.",
            {("casualties", 2000, "reported", False, "South Korea NIS")},
        ),
    ],
)
def test_a_count_left_untold(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
