"""Wording classes fixed in the thirteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _claims(text: str, lexicon, title: str | None = None) -> set[tuple[str, int | None, str | None]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", title=title), lexicon)
    return {(c.category.value, c.value, c.subtype) for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part is counted with what befell the whole; the whole (not all North Korean) is not
        ("Four North Korean soldiers were among some 30 people killed when a drone hit a depot in Kursk, "
         "Ukraine's military intelligence said.", {("casualties", 4, "killed")}),
        ("Nine North Korean troops are among the 70 servicemen wounded in the attack on Russia's base in Kursk.",
         {("casualties", 9, "wounded")}),
        # a whole that is North Korea's own is a figure too
        ("Three officers were among the 200 North Korean soldiers killed in the Kursk fighting last week.",
         {("casualties", 3, "killed"), ("casualties", 200, "killed")}),
    ],
)  # fmt: skip
def test_a_part_among_a_whole_takes_what_befell_the_whole(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _claims(text, lexicon) == expected


def _source(text: str, lexicon, title: str | None) -> set[str | None]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", title=title), lexicon)
    return {c.source for c in claims if c.value}


_COUNT = (
    "\nWeekly edition\n\nOur team counted at least 52 North Korean KN-23 missiles launched at Ukrainian cities "
    "since January, from debris photographs and official statements."
)


def test_the_pages_own_count_is_its_mastheads_when_no_gazetteer_knows_it(lexicon) -> None:
    assert _source("Eastern Front Missile Watch" + _COUNT, lexicon, "Missile count rises") == {
        "Eastern Front Missile Watch"
    }


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Transcripts", "Missile count rises"),  # one word: a section, not a name
        ("Missile Count Rises Again", "Missile Count Rises Again"),  # the headline
        ("The missile count rises again", "Missile count rises"),  # a line in sentence case
    ],
)  # fmt: skip
def test_a_first_line_that_is_no_name_gives_the_pages_count_no_source(first: str, title: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _source(first + _COUNT, lexicon, title) == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea has sent about 11,000 soldiers to Russia, the Institute for the Study of War said.",
         "Institute for the Study of War (ISW)"),
        ("North Korea has sent about 11,000 soldiers to Russia, Reuters reported, citing the ISW.",
         "Institute for the Study of War (ISW) (via Reuters)"),
    ],
)  # fmt: skip
def test_a_body_named_by_acronym_reads_in_full_with_its_acronym(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _source(text, lexicon, None) == {source}


def test_a_body_with_a_person_keeps_its_acronym(lexicon) -> None:  # type: ignore[no-untyped-def]
    # 'Org (Person)': the parenthesis is the person's, so the body stays short
    assert lexicon.displayed_source("RUSI (Watling) (via BBC)") == "RUSI (Watling) (via BBC)"
    assert lexicon.displayed_source("RUSI (via BBC)") == "Royal United Services Institute (RUSI) (via BBC)"
    assert lexicon.displayed_source(None) is None


def _sources(text: str, lexicon, url: str | None = None) -> dict[int | None, str | None]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", url=url), lexicon)
    return {c.value: c.source for c in claims if c.value}


def test_a_speaker_in_a_clause_on_another_figure_is_that_figures_alone(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Seoul's spy agency briefed lawmakers on Monday. The agency said Pyongyang had sent some 2,000 sappers to "
        "Kursk, out of the 7,000 builders that Russian Security Council Secretary Sergei Shoigu announced in July, "
        "and that the other 5,000 would follow."
    )
    assert _sources(text, lexicon) == {
        2000: "South Korea NIS",
        7000: "Russia Security Council (Shoigu)",
        5000: "South Korea NIS",
    }


def test_a_figure_before_a_clause_whose_speaker_is_its_own_keeps_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    # guard: the relative clause's speaker gives the figure it follows
    text = "North Korea has sent the 7,000 builders that Russian Security Council Secretary Sergei Shoigu announced."
    assert _sources(text, lexicon) == {7000: "Russia Security Council (Shoigu)"}


def test_data_handed_over_in_the_next_sentence_are_its_speakers(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has shipped about 30,000 containers of munitions to Russia, according to military data released "
        "on Tuesday.\n\nThe Defense Intelligence Agency (DIA) submitted the data to a lawmaker of the ruling party."
    )
    assert _sources(text, lexicon) == {30000: "South Korea Defense Intelligence Agency"}


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("Ukrinform\nWar | 21.12.2024\n\n", "Ukraine General Staff"),  # Kyiv's own press
        # named before
        ("Frontline News\n\nUkraine's General Staff publishes a daily tally.\n\n", "Ukraine General Staff"),
        ("Frontline News\n\n", "General Staff"),  # no telling whose
    ],
)  # fmt: skip
def test_a_countryless_general_staff_is_the_pages_or_the_one_named(head: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        head
        + "At least 40 North Korean soldiers were killed or wounded near Sudzha in two days, the General Staff said."
    )
    assert _sources(text, lexicon) == {40: source}


def test_a_bodys_name_without_its_country_word_is_the_same_body(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "UK Defence Intelligence publishes its update\n\nIn its latest update, Defence Intelligence said North Korea "
        "had sent about 12,000 troops to Kursk."
    )
    assert _sources(text, lexicon) == {12000: "UK Ministry of Defence"}


def test_a_body_that_put_the_figure_in_a_which_clause_speaks_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "London's estimate is higher than that of South Korea's National Intelligence Service, which in April put "
        "the casualties of North Korean troops fighting for Russia at 4,500."
    )
    assert _sources(text, lexicon) == {4500: "South Korea NIS"}


def _fields(text: str, lexicon) -> set[tuple[int | None, str, bool]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.value, c.status.value, c.incremental) for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure restating the one before it shares its clause's plan
        ("Seoul's spy agency said Pyongyang has decided to send three brigades, or some 9,000 soldiers, to Russia.",
         {(9000, "planned", False)}),
        # a list after 'announced that' shares the plan said after it
        ("Shoigu announced that 2,000 North Korean sappers and 4,000 military builders would be sent to Kursk.",
         {(2000, "planned", False), (4000, "planned", False)}),
        # an addition word before a list's first figure is the list's
        ("North Korea has sent Russia a further 40 self-propelled guns and 30 multiple rocket launchers, Seoul said.",
         {(40, "reported", True), (30, "reported", True)}),
        # guards: a delivery before the list keeps its figure reported; an addition word before the second only
        ("North Korea has sent 2,000 sappers, and 4,000 builders will follow, Shoigu said of the Kursk deployment.",
         {(2000, "reported", False), (4000, "planned", False)}),
        ("North Korea has sent Russia 40 self-propelled guns and another 30 guns for its war, Seoul said.",
         {(40, "reported", False), (30, "reported", True)}),
    ],
)  # fmt: skip
def test_a_lists_figures_share_its_plan_and_its_addition(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _fields(text, lexicon) == expected


def _all(text: str, lexicon) -> set[tuple[str, int | None, str, str, bool, str]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else "", c.status.value, c.incremental,
         c.direction.value)
        for c in claims
        if c.value
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia gives only after the item North Korea acts on
        ("Pyongyang has provided Moscow with at least 8 million artillery rounds since 2023, and Russia gave air "
         "defence systems to North Korea in return, the monitoring team said.",
         {("ammunition", 8000000, "at_least", "reported", False, "nk_to_ru")}),
        # a clause closing 'in addition' adds its figure (not 'in addition to', which names what is added to)
        ("Seoul's spy agency said Pyongyang is preparing to send about 4,000 engineers to Russia in addition.",
         {("troops", 4000, "approx", "planned", True, "nk_to_ru")}),
        # 'spoke about' is a preposition, no hedge
        ('Budanov said: "In March we spoke about 150 Koksan guns North Korea sent to Russia."',
         {("artillery", 150, "exact", "reported", False, "nk_to_ru")}),
        # a plan said past where they come from
        ("Up to 15 thousand workers from the DPRK may be sent to Russian drone plants, Ukrainian intelligence says.",
         {("workers", 15000, "up_to", "planned", False, "nk_to_ru")}),
    ],
)  # fmt: skip
def test_direction_addition_hedge_and_plan_of_translated_and_wire_copy(
    text: str, expected: set[object], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _all(text, lexicon) == expected


def test_the_occupiers_own_salvo_is_none_of_north_koreas(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has sent Russia KN-23 missiles and Koksan guns, Ukraine says. On March 3 the occupiers launched "
        "88 missiles of various types and 40 attack drones at Ukraine."
    )
    assert {c.value for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value} == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: 'about' after a verb that gives the figure stays a hedge
        "Ukraine's military intelligence reports about 3,000 North Korean casualties in Kursk.",
        "According to Budanov, it concerns about 3,000 North Korean casualties in Kursk.",
    ],
)
def test_about_after_a_verb_that_gives_the_figure_is_a_hedge(sentence: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=sentence, language="en"), lexicon)
    assert {(c.value, c.qualifier.value if c.qualifier else None) for c in claims if c.value} == {(3000, "approx")}


def _items(text: str, lexicon) -> set[tuple[str, int | None, str]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'to ship' is the verb; a ship is no supply
        ("The JCS said North Korea continues to ship ballistic missiles and artillery shells to Russia.",
         {("missiles", None, "reported"), ("ammunition", None, "reported")}),
        ("Seoul said the containers were loaded onto a Russian-flagged ship at a North Korean port in the spring.",
         set()),
        # 'Russian territory' is a place, not who acts
        ('"Kim Jong Un has decided to send 2,000 sappers to clear Russian territory, as well as 4,000 builders," '
         "Shoigu said.", {("troops", 2000, "planned"), ("troops", 4000, "planned")}),
        # 'a higher figure of about 12,000': the item of the sentence before
        ("The Pentagon says North Korea has about 11,000 troops in Kursk. Ukraine's military intelligence gives a "
         "slightly higher figure of about 13,000.", {("troops", 11000, "reported"), ("troops", 13000, "reported")}),
    ],
)  # fmt: skip
def test_ship_as_a_verb_a_place_and_a_figure_of(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _items(text, lexicon) == expected


# Guards from the round's review: wording the round's rules must leave as it was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole that is North Korea's by what follows its noun counts
        ("About 200 snipers were among the 11,000 troops North Korea sent to Russia last autumn, Seoul's spy agency "
         "said.", {("troops", 200, "approx", "reported", False, "nk_to_ru"),
                   ("troops", 11000, "exact", "reported", False, "nk_to_ru")}),
        ("Four officers were among the 300 soldiers from North Korea killed in Kursk, Ukraine's army said.",
         {("casualties", 4, "exact", "reported", False, "nk_to_ru"),
          ("casualties", 300, "exact", "reported", False, "nk_to_ru")}),
        # North Korea receiving what Russia delivers later in the sentence
        ("North Korea is set to receive 50 Shahed-type drones, which Russia will deliver to Pyongyang next year.",
         {("drones", 50, "exact", "planned", False, "ru_to_nk")}),
        # an addition word before one clause's list does not reach the next clause
        ("Pyongyang sent another 3,000 troops, and 11,000 are already in Russia's Kursk region, the JCS said.",
         {("troops", 3000, "exact", "reported", True, "nk_to_ru"),
          ("troops", 11000, "exact", "reported", False, "nk_to_ru")}),
        # ... and reaches every item of its list
        ("North Korea has sent Russia a further 40 self-propelled guns, 30 rocket launchers and 20 tanks, Seoul said.",
         {("artillery", 40, "exact", "reported", True, "nk_to_ru"),
          ("rocket_launchers", 30, "exact", "reported", True, "nk_to_ru"),
          ("vehicles", 20, "exact", "reported", True, "nk_to_ru")}),
        # 'in addition' before the next item adds nothing to this one
        ("The DPRK transferred to Russia 100 Koksan guns and in addition 50 MLRS, the intelligence said.",
         {("artillery", 100, "exact", "reported", False, "nk_to_ru"),
          ("rocket_launchers", 50, "exact", "reported", False, "nk_to_ru")}),
        # 'know about 12,000 ... are': a clause follows, 'about' hedges
        ("We know about 12,000 North Korean troops are in Russia's Kursk region, Budanov said.",
         {("troops", 12000, "approx", "reported", False, "nk_to_ru")}),
        # a guess at the present is no plan
        ("Some 15,000 workers from North Korea could be working at Alabuga, Ukraine's HUR says of Russia's plant.",
         {("workers", 15000, "approx", "reported", False, "nk_to_ru")}),
        # North Korea's own 'occupiers' are no Russia; minutes are no rate
        ("The North Korean occupiers lost about 300 soldiers in two days near Sudzha, Ukraine's army said.",
         {("casualties", 300, "approx", "reported", False, "nk_to_ru")}),
        ("Thirty North Korean soldiers were killed in minutes as they crossed an open field in Russia's Kursk region.",
         {("casualties", 30, "exact", "reported", False, "nk_to_ru")}),
    ],
)  # fmt: skip
def test_review_guards_on_figures(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _all(text, lexicon) == expected


def test_kcnas_invaders_put_no_story_on_the_beat(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea fired about 200 artillery shells into the sea on Friday, vowing to wipe out the US invaders."
    assert extract_claims(Article(id="a", text=text, language="en"), lexicon) == []


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a byline, a section label, a headline and an interview's head are no page's name
        ("By Josh Smith\nWe estimate that North Korea has sent some 6 million shells to Russia.", {None}),
        ("Breaking News\nOur team counted at least 48 North Korean Koksan guns sent to Russia.", {None}),
        ("Interview With Andriy Yusov\nAndriy Yusov of Ukraine's military intelligence spoke to us. We have "
         "documented at least 120 Koksan guns that North Korea sent to Russia.", {"Ukraine HUR"}),
        # a full name displayed after the duplicates are ranked: the body outranks an unnamed official
        ("An unnamed South Korean official said 11,000 North Korean troops are in Russia. The ISW estimated that "
         "11,000 North Korean troops are in Russia.", {"Institute for the Study of War (ISW)"}),
        # a relative clause on a list, and on a hedged figure, gives those figures their speaker
        ("The agency said Pyongyang had sent Russia the 6,000 sappers and 1,000 builders that Russian Security "
         "Council Secretary Sergei Shoigu announced in June.", {"Russia Security Council (Shoigu)"}),
        # 'the chief of the General Staff' is a post; the general staff named is Russia's
        ("KYIV, Jan 5 (Reuters) - Russia's chief of the General Staff, Valery Gerasimov, said North Korean troops "
         "fought well. The General Staff said 12,000 North Korean soldiers had fought in Kursk.",
         {"Russian General Staff"}),
        # a short name within another country's full name is that one's (Ukraine's Defence Intelligence is its HUR,
        # as the real gold names it; the twentieth round)
        ("UK Defence Intelligence said North Korea had sent about 11,000 troops to Russia. According to the Defence "
         "Intelligence of the Ministry of Defence of Ukraine, 3,000 North Korean soldiers were killed or wounded.",
         {"UK Ministry of Defence", "Ukraine HUR"}),
    ],
)  # fmt: skip
def test_review_guards_on_sources(text: str, sources: set[str | None], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value} == sources


def test_a_page_counting_in_its_own_voice_speaks_for_its_unattributed_figures(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eastern Front Missile Watch\n\nSatellite imagery shows at least 52 North Korean Koksan guns on flatcars at a "
        "depot in Russia.\n\nOur team counted the guns by hand."
    )
    claims = extract_claims(Article(id="a", text=text, language="en", title="Koksans at a depot"), lexicon)
    assert {(c.value, c.source) for c in claims if c.value} == {(52, "Eastern Front Missile Watch")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'about' before a casualty pair hedges both; 'at least' only its own figure
        ("The NIS said about 500 North Korean soldiers have been killed and 3,500 wounded in Russia's Kursk region.",
         {(500, "approx", "killed"), (3500, "approx", "wounded")}),
        ("The NIS said at least 100 North Korean soldiers have been killed and 1,000 wounded in Russia's Kursk region.",
         {(100, "at_least", "killed"), (1000, "exact", "wounded")}),
        # 'N of them fatal': the dead
        ("North Korean troops in Russia have suffered about 5,000 casualties, roughly 700 of them fatal, the NIS said.",
         {(5000, "approx", "killed_or_wounded"), (700, "approx", "killed")}),
    ],
)  # fmt: skip
def test_a_casualty_pairs_hedge_and_the_fatal_ones(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.qualifier.value if c.qualifier else None, c.subtype) for c in claims if c.value} == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In June Pyongyang promised 6,000 more deminers and military builders for Russia's Kursk region.", "planned"),
        ("North Korean military authorities have begun selecting around 3,000 soldiers for a third deployment to "
         "Russia.", "planned"),
        ("Plans seen by Ukrainian intelligence call for up to 12,000 North Korean workers at Russia's drone plant.",
         "planned"),
        # guard: what was promised and has been delivered
        ("North Korea has delivered the promised 6,000 builders to Russia, the NIS said.", "reported"),
    ],
)  # fmt: skip
def test_promises_selections_and_calls_for_are_plans(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {c.status.value for c in claims if c.value} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In total, this amounts to 7,000 North Korean personnel, who, according to Shoigu, will be sent to Russia.",
         "planned"),
        ("Zelensky said as many as 9,000 North Korean personnel were being prepared to join the Russian army.",
         "planned"),
        # guard: a relative clause that speculates about use plans no delivery
        ("North Korea has sent 11,000 troops to Russia, which could be used in assaults near Kursk, Seoul said.",
         "reported"),
    ],
)  # fmt: skip
def test_a_plan_in_a_relative_clause_or_in_preparations(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {c.status.value for c in claims if c.value} == {status}


def test_a_hedge_inside_korean_or_russian_quote_marks_holds(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The JCS assessed that North Korea provided 「about 230 units of artillery」 and «more than 110 short-range "
        "ballistic missiles» to Russia."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.qualifier.value if c.qualifier else None) for c in claims if c.value} == {
        (230, "approx"),
        (110, "more_than"),
    }


def _figures(text: str, lexicon) -> list[tuple[int | None, bool]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return sorted((c.value, c.incremental) for c in claims if c.value)


def test_another_batch_of_the_same_size_is_a_claim_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian navy ships carried 1,500 North Korean special forces troops to Vladivostok last week, the NIS said."
        "\n\nOn Wednesday the agency told lawmakers that another 1,500 North Korean troops had entered Russia."
    )
    assert _figures(text, lexicon) == [(1500, False), (1500, True)]


def test_the_same_addition_told_again_is_one_claim(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea sends 1,000 more sappers to Russia\n\nNorth Korea will additionally send 1,000 sappers to "
        'Russia\'s Kursk region, Shoigu said. "Kim Jong Un decided to send 1,000 sappers," he told reporters.'
    )
    assert _figures(text, lexicon) == [(1000, True)]


def test_of_additional_soldiers_is_an_addition(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea sent around 4 thousand of additional soldiers to russia in March, the NIS reports."
    assert _figures(text, lexicon) == [(4000, True)]


# Guards from the round's second review.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent the promised 6,000 builders to Russia's Kursk region in September, the NIS said.",
        "Kim Jong Un promised unwavering support and sent 11,000 troops to Russia, Seoul's spy agency said.",
        "The UN General Assembly resolution calls for the withdrawal of the 11,000 North Korean troops in Russia.",
        "Seoul called for the immediate withdrawal of some 11,000 North Korean troops from Russia.",
        "Russian vessels picking up cargo at Rajin have carried more than 10,000 containers of North Korean munitions "
        "to Russia, the JCS said.",
        "Critics say the NIS is cherry-picking when it says about 3,000 North Korean soldiers have been killed in "
        "Russia.",
        "North Korean officers selecting targets for Russia fired about 100 KN-23 missiles at Ukraine, Kyiv said.",
        "Russia is recruiting heavily and has received about 11,000 North Korean soldiers, Ukraine's HUR said.",
        "Russia has proved no promised land for the 11,000 North Korean troops in Kursk, Ukraine's HUR said.",
        "North Korea has supplied Russia with about 6 million artillery shells, which will be delivered to the front "
        "lines, Ukraine said.",
        "About 3,000 North Korean troops were being trained for assault operations after arriving in Russia.",
    ],
)
def test_review_guards_on_plans(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {c.status.value for c in claims if c.value} == {"reported"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine said about 300 North Korean soldiers were killed last week and 2 were taken prisoner in Russia.",
         {(300, "approx"), (2, "exact")}),
        ("About 1,000 North Korean soldiers were killed in January and 12 in February in Russia's Kursk region.",
         {(1000, "approx"), (12, "exact")}),
        ("North Korean troops suffered roughly 300 KIA and 2,700 wounded in action in Russia, the NIS said.",
         {(300, "approx"), (2700, "approx")}),
    ],
)  # fmt: skip
def test_review_guards_on_casualty_pairs(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.qualifier.value if c.qualifier else None) for c in claims if c.value} == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an ordinary 'fatal' is no count of the dead; 'non-fatal' none either
        ("Ukraine's army said the 11,000 North Korean troops in Russia's Kursk region made fatal tactical mistakes.",
         {("troops", 11000)}),
        ("North Korean troops in Russia have suffered about 4,000 casualties, some 3,400 of them non-fatal, the NIS "
         "said.", {("casualties", 4000)}),
    ],
)  # fmt: skip
def test_review_guards_on_fatal(text: str, kinds: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.value) for c in claims if c.value} == kinds


@pytest.mark.parametrize(
    "text",
    [
        # the same addition told three times
        "North Korea has sent an additional 3,000 troops to Russia, the JCS said. The JCS believes the 3,000 troops "
        "were sent in January and February. With the additional 3,000 troops, the total is about 14,000.",
        # a plain mention, then a reference back to it
        "North Korea has sent 3,000 troops to Russia since January, the JCS said. The JCS said the 3,000 additional "
        "soldiers were sent to make up for losses.",
        # a line like a headline after the body
        "North Korea has sent 1,500 troops to Russia, the NIS said.\n\nRelated: North Korea sends another 1,500 "
        "troops to Russia",
    ],
)
def test_review_guards_on_one_figure_told_again(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert len([c for c in claims if c.value in (1500, 3000)]) == 1


def test_of_more_than_is_no_addition(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The NIS said 1,000 of more than 11,000 North Korean soldiers sent to Russia were special forces."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.incremental) for c in claims if c.value} == {(1000, False), (11000, False)}


@pytest.mark.parametrize("purpose", ["to build", "to help build", "to assist in building"])
def test_workers_brought_in_to_build_are_no_production_rate(purpose: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = f"Russia plans to bring in 15,000 North Korean workers {purpose} attack drones, Ukraine's HUR said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.value) for c in claims if c.value} == {("workers", 15000)}


# Guards from the round's third review: a short name stands for the body last named in full, and only alone.
def test_a_short_name_is_the_body_named_last_in_full(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has sent troops to Russia. Ukrainian defence intelligence has said little. In its latest update, "
        "UK Defence Intelligence said 3,000 North Korean soldiers had been killed. Defence Intelligence added that "
        "200 had been captured."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {c.source for c in claims if c.value == 200} == {"UK Ministry of Defence"}


@pytest.mark.parametrize(
    ("text", "not_theirs"),
    [
        # part of a longer name: 'the Main Directorate of Military Intelligence' (Kyiv's), 'Retired Air Force Col.'
        ("North Korea has sent troops to Russia. British military intelligence said 11,000 were in Kursk. The Main "
         "Directorate of Military Intelligence said 3,000 North Korean soldiers died.", "UK Ministry of Defence"),
        ("North Korea has sent troops to Russia. Russia has destroyed much of Ukraine's air force. Retired Air Force "
         "Col. John Smith said 3,000 North Korean soldiers had died.", "Ukraine Air Force"),
    ],
)  # fmt: skip
def test_a_short_name_within_a_longer_one_is_not_the_body(text: str, not_theirs: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert not_theirs not in {c.source for c in claims if c.value == 3000}


def test_another_batch_told_in_a_quotation_is_a_claim_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian navy ships carried 1,500 North Korean special forces troops to Vladivostok last week, the NIS said."
        '\n\nThe agency told lawmakers: "Another 1,500 North Korean troops have now entered Russia."'
    )
    assert _figures(text, lexicon) == [(1500, False), (1500, True)]
