"""Wording classes fixed in the eleventh round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _casualties(text: str, lexicon) -> set[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.value, c.subtype) for c in claims if c.category.value == "casualties"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv said three North Korean soldiers were killed and two captured in Russia's Kursk region on Friday.",
        "Kyiv said three North Korean soldiers were killed and two were captured in Russia's Kursk region on Friday.",
        "Kyiv said three North Korean soldiers were killed, while two were taken prisoner in Russia's Kursk region.",
    ],
)
def test_a_small_number_between_two_fates_counts_people(sentence: str, lexicon) -> None:
    # the second figure's noun is the first's, and its fate is said right after it
    assert _casualties(sentence, lexicon) == {(3, "killed"), (2, "captured")}


def test_a_small_number_of_something_else_after_a_fate_counts_nothing(lexicon) -> None:
    text = "Kyiv said three North Korean soldiers were killed and two villages were captured in Russia's Kursk region."
    assert _casualties(text, lexicon) == {(3, "killed")}


def _sources(text: str, lexicon) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {c.source for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to Seoul and Kyiv, North Korea has sent about 11,000 troops to Russia.",
         "South Korean and Ukrainian governments"),
        ("North Korea has sent about 11,000 troops to Russia, according to Washington and Seoul.",
         "US and South Korean governments"),
        ("Citing Kyiv and Washington, the paper said North Korea has sent about 11,000 troops to Russia.",
         "Ukrainian and US governments"),
    ],
)  # fmt: skip
def test_capitals_listed_after_according_to_speak_together(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Japan's Public Security Intelligence Agency said North Korea had sent about 11,000 troops to Russia.",
         "Japan Public Security Intelligence Agency"),
        ("Germany's Federal Intelligence Service estimates North Korea has sent about 11,000 troops to Russia.",
         "Germany Federal Intelligence Service"),
        ("Latvia's Constitution Protection Bureau said North Korea had sent about 11,000 troops to Russia.",
         "Latvia Constitution Protection Bureau"),
        # a body the gazetteer knows by the short name in brackets after its full name keeps the gazetteer's name
        ("Ukraine's Main Military Intelligence Directorate (GUR) said North Korea had sent about 11,000 troops "
         "to Russia.", "Ukraine HUR"),
    ],
)  # fmt: skip
def test_a_countrys_body_named_before_its_body_word_is_named_country_first(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea has sent about 3,000 more troops to Russia, the military said.",
        "North Korea has sent about 3,000 more troops to Russia, according to the military.",
        "North Korea has sent about 3,000 more troops to Russia, lawmakers said after being briefed by the military.",
    ],
)
def test_the_military_named_without_a_country_is_the_datelines(sentence: str, lexicon) -> None:
    assert _sources(f"SEOUL, Nov. 5 (Yonhap) -- {sentence}", lexicon) == {"South Korea JCS"}
    assert _sources(sentence, lexicon) == {None}  # filed from nowhere said: no one's


def _claims(text: str, lexicon) -> set[tuple[str, int | None, str | None]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.source) for c in claims}


def test_an_article_on_north_korea_and_the_war_is_on_the_beat_without_naming_russia(lexicon) -> None:
    text = "Ukrainian forces killed 30 North Korean soldiers near Sudzha last week, Ukraine's military said."
    assert ("casualties", 30, "Ukrainian military") in _claims(text, lexicon)
    assert _claims("North Korea fired 30 artillery rounds into the sea, Seoul's military said.", lexicon) == set()


def test_items_another_country_is_asked_to_send_are_no_support(lexicon) -> None:
    text = (
        "North Korea has sent troops to Russia. The lawmaker said Ukraine wants South Korea to send artillery shells "
        "and air defence systems, and that he had met two captured North Korean soldiers."
    )
    # (the two prisoners he met are North Korea's casualties, as 'two captured North Korean soldiers' says)
    assert {(category, value) for category, value, _ in _claims(text, lexicon)} == {("troops", None), ("casualties", 2)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("SEOUL -- Lee Jong-seok, the director of the National Intelligence Service, told lawmakers that about 2,000 "
         "North Korean soldiers had died in Russia. The spy chief added that Pyongyang was recruiting about 1,000 "
         "more sappers.", "South Korea NIS"),
        ("Kyrylo Budanov, head of Ukraine's military intelligence, told the BBC that about 2,000 North Korean "
         "soldiers had died in Russia. The spy chief added that Pyongyang was recruiting about 1,000 more sappers.",
         "Ukraine HUR (Budanov) (via BBC)"),
    ],
)  # fmt: skip
def test_the_spy_chief_is_the_head_of_the_intelligence_service_named_before(text: str, source: str, lexicon) -> None:
    assert ("troops", 1000, source) in _claims(text, lexicon)


def test_intelligence_without_a_country_is_the_datelines_service(lexicon) -> None:
    sentence = "North Korea has sent about 3,000 more troops to Russia, according to intelligence estimates."
    assert _sources(f"SEOUL, Nov. 5 (Yonhap) -- {sentence}", lexicon) == {"South Korea NIS"}


@pytest.mark.parametrize(
    "second",
    [
        "He put the number of dead at 1,500, citing his own conversations with Ukrainian officers.",
        "He added, citing his own sources in Ukraine, that 1,500 had died.",
        "Opposition lawmaker Kim Byung-kee put the number of dead at 1,500, citing his own sources.",
    ],
)
def test_a_lawmakers_own_figure_is_his_not_the_briefings(second: str, lexicon) -> None:
    text = (
        "SEOUL - The National Intelligence Service told lawmakers on Friday that about 300 North Korean soldiers "
        "had been killed in Russia.\n\nOpposition lawmaker Kim Byung-kee said the agency's figure was too low. "
        f"{second}"
    )
    claims = _claims(text, lexicon)
    assert ("casualties", 300, "South Korea NIS") in claims
    assert ("casualties", 1500, "Kim Byung-kee") in claims


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("North Korea has shipped about 12 million shells to Russia, the NIS estimates, and some 200 long-range "
         "guns, according to the JCS.", ("ammunition", 12_000_000, "South Korea NIS"),
         ("artillery", 200, "South Korea JCS")),
        ("North Korea has sent Russia about 6 million artillery shells (according to Ukraine's military "
         "intelligence) and at least 100 ballistic missiles (according to the Pentagon).",
         ("ammunition", 6_000_000, "Ukraine HUR"), ("missiles", 100, "US Department of Defense")),
    ],
)  # fmt: skip
def test_each_figure_takes_the_speaker_set_off_after_it(sentence: str, first: tuple, second: tuple, lexicon) -> None:
    assert {first, second} <= _claims(sentence, lexicon)


def test_one_speaker_after_two_figures_speaks_for_both(lexicon) -> None:
    text = "North Korea has shipped about 12 million shells and some 200 long-range guns to Russia, the JCS said."
    assert {source for _, _, source in _claims(text, lexicon)} == {"South Korea JCS"}


@pytest.mark.parametrize(
    ("dateline", "source"),
    [("LONDON - ", "UK Ministry of Defence"), ("TOKYO - ", "Japan Ministry of Defense"),
     ("SEOUL - ", "South Korea Ministry of National Defense"), ("", "South Korea Ministry of National Defense")],
)  # fmt: skip
def test_a_bare_defence_ministry_is_the_one_of_the_country_the_story_is_filed_from(
    dateline: str, source: str, lexicon
) -> None:
    text = f"{dateline}The Ministry of Defence said about 3,800 North Korean soldiers had been killed in Russia."
    assert _sources(text, lexicon) == {source}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("NK News counted about 4,000 containers of North Korean shells shipped to Russia.", "NK News"),
        ("The Financial Times identified more than 400 North Korean-made shells fired by Russia.", "Financial Times"),
        ("Analysts at the open-source group Oryx have documented 30 North Korean rocket launchers in Russian service.",
         "Oryx"),
    ],
)  # fmt: skip
def test_a_count_of_ones_own_is_the_counters(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


def test_us_after_told_is_the_pronoun_not_the_country(lexicon) -> None:
    text = (
        "A spokesman for Ukraine's Special Operations Forces told us the unit had counted about 200 North Korean dead "
        "in Russia's Kursk region."
    )
    assert _sources(text, lexicon) == {"Ukraine Special Operations Forces"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Kirby said the approximately 1,200 casualties reported by South Korea were probably an undercount of North "
         "Korean losses in Russia.", "South Korean government"),
        ("Kirby said the 11,000 North Korean troops estimated by Seoul to be in Russia were only a first wave.",
         "South Korean government"),
        # an agent of no word of speech is no speaker
        ("Kirby said 11,000 North Korean troops sent to Russia were attacked by Ukraine.", "White House (Kirby)"),
        # a body placed in a capital, with the capital as an agent after it
        ("The defence ministry in Kyiv said North Korea had sent 11,000 troops to Russia, a figure cited by Seoul.",
         "Ukraine Ministry of Defense"),
    ],
)  # fmt: skip
def test_a_figure_reported_by_someone_is_theirs(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("Gen. Kim Myung-soo, chairman of the Joint Chiefs of Staff, told lawmakers on Thursday that North Korea had "
         "sent more troops to Russia.", "South Korea JCS"),
        ("Gen. Christopher Cavoli, the top US commander in Europe, told senators that North Korea had sent more troops "
         "to Russia.", "Cavoli"),
    ],
)  # fmt: skip
def test_the_general_said_is_the_general_named_before(first: str, source: str, lexicon) -> None:
    text = f"{first}\n\nAbout 12,000 North Korean soldiers are now in Russia, the general said."
    assert ("troops", 12000, source) in _claims(text, lexicon)


def test_the_general_said_with_no_general_before_is_no_ones(lexicon) -> None:
    text = (
        "Kim Jong Un visited a munitions factory on Monday, state media said.\n\n"
        "About 12,000 North Korean soldiers are now in Russia, the general said."
    )
    assert ("troops", 12000, None) in _claims(text, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korean soldiers have been attacking in waves of 20 to 30 men in Russia's Kursk region.",
        "Each brigade of North Korean soldiers in Russia has about 2,000 to 3,000 men.",
        "North Korea shipped munitions to Russia in containers; each container weighs roughly 20 tonnes when full.",
    ],
)
def test_the_size_of_a_wave_a_brigade_or_a_container_is_no_supply(sentence: str, lexicon) -> None:
    assert {value for _, value, _ in _claims(sentence, lexicon)} <= {None}


def test_a_total_beside_the_size_of_its_units_is_kept(lexicon) -> None:
    text = "North Korea sent 11,000 troops to Russia, and each brigade has about 2,000 soldiers."
    assert {value for _, value, _ in _claims(text, lexicon)} == {11000}


@pytest.mark.parametrize(
    ("second", "figure"),
    [
        ("More than 12,000 are already there, the agency said.", ("troops", 12000)),
        ("The agency said Pyongyang had already sent over 13,000.", ("troops", 13000)),
        ("So far it has sent roughly 15,000, the agency said.", ("troops", 15000)),
    ],
)
def test_a_figure_without_its_noun_counts_the_item_named_before(second: str, figure: tuple, lexicon) -> None:
    text = f"North Korea could send up to 25,000 more troops to Russia, the NIS said. {second}"
    assert {(category, value) for category, value, _ in _claims(text, lexicon)} == {("troops", 25000), figure}


def test_a_bare_figure_sent_counts_shells_after_shells(lexicon) -> None:
    text = "North Korea has shipped artillery shells to Russia. The NIS said Pyongyang had shipped 3 million so far."
    assert ("ammunition", 3_000_000, "South Korea NIS") in _claims(text, lexicon)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The number of North Korean soldiers in Russia is now north of 20,000, a Seoul official said.", "more_than"),
        ("The better part of 10,000 North Korean soldiers are now fighting in Russia's Kursk region.", "approx"),
        ("Give or take 1,000 North Korean soldiers have been killed in Russia's Kursk region.", "approx"),
    ],
)
def test_idiomatic_hedges(sentence: str, qualifier: str, lexicon) -> None:
    claims = extract_claims(Article(id="a", text=sentence, language="en"), lexicon)
    assert [c.qualifier.value for c in claims if c.value] == [qualifier]


def _statuses(text: str, lexicon) -> dict[int | None, str]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {c.value: c.status.value for c in claims}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("North Korea could send up to 30,000 more soldiers to Russia to reinforce its existing force of about "
         "11,000, CNN reported.", 11000),
        ("Russia has asked North Korea for more KN-23 missiles after firing about 60 of them at Ukraine.", 60),
        ("North Korea will send more troops to Russia to replace the 3,000 killed in Kursk.", 3000),
    ],
)  # fmt: skip
def test_what_is_there_when_more_is_planned_is_reported(sentence: str, value: int, lexicon) -> None:
    assert _statuses(sentence, lexicon)[value] == "reported"


def test_the_plan_itself_stays_planned(lexicon) -> None:
    text = (
        "North Korea could send up to 30,000 more soldiers to Russia to reinforce its existing force of about 11,000."
    )
    assert _statuses(text, lexicon)[30000] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "In return for its shells, North Korea has received oil from Russia.",
        "North Korea has received oil from Russia in return for its shells.",
    ],
)
def test_what_is_paid_for_goes_the_other_way_wherever_the_phrase_stands(sentence: str, lexicon) -> None:
    claims = extract_claims(Article(id="a", text=sentence, language="en"), lexicon)
    assert {(c.category.value, c.direction.value) for c in claims} == {
        ("ammunition", "nk_to_ru"),
        ("other", "ru_to_nk"),
    }


def test_killing_one_soldier_is_a_casualty_count_an_anecdote_about_one_is_not(lexicon) -> None:
    raid = "Ukrainian special forces killed one North Korean soldier and captured two in Russia's Kursk region."
    assert _casualties(raid, lexicon) == {(1, "killed"), (2, "captured")}
    assert _casualties("One North Korean soldier shouted at the drone in Russia's Kursk region.", lexicon) == set()


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Ukrainian side says about 4,000 North Korean soldiers in Russia have been killed or wounded.",
         "Ukrainian government"),
        ("The Russian side confirmed that 11,000 North Korean soldiers are in Russia.", "Russian government"),
        ("Seoul and Kyiv agree that North Korea has sent about 11,000 soldiers to Russia.",
         "South Korean and Ukrainian governments"),
        # a side fought on is no speaker
        ("North Korean soldiers fought on the Russian side near Kursk, and 11,000 were sent, Kyiv said.",
         "Ukrainian government"),
    ],
)  # fmt: skip
def test_a_countrys_side_speaks_for_its_government(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The MIVD said North Korea had sent about 1,500 troops to Russia.", "MIVD"),
        # a source at a body is no word of the body's
        ("North Korea has sent about 1,500 troops to Russia, a diplomatic source at the UN told TASS.", "TASS"),
    ],
)
def test_a_body_named_by_its_acronym_speaks(sentence: str, source: str, lexicon) -> None:
    assert _sources(sentence, lexicon) == {source}


@pytest.mark.parametrize(
    ("introduction", "source"),
    [
        ("Ahn Chan-il, a defector who heads the World Institute for North Korea Studies, keeps in touch with contacts "
         "along the border. We asked him about the drone plant at Alabuga in Russia.",
         "World Institute for North Korea Studies (Ahn Chan-il)"),
        ("VILNIUS - Col. Mindaugas Stankus has led Lithuania's military intelligence since 2023. He answered our "
         "questions about Russia in writing.", "Stankus"),
    ],
)  # fmt: skip
def test_an_interviewee_introduced_in_prose_answers(introduction: str, source: str, lexicon) -> None:
    text = (
        f"A conversation on North Korea and Russia\n\n{introduction}\n\n"
        "Q: How many North Koreans work there?\nA: My contacts say about 1,500 workers were sent there this spring."
    )
    assert ("workers", 1500, source) in _claims(text, lexicon)


def test_a_bodys_possessive_country_is_named_as_bodies_are(lexicon) -> None:
    text = "Estonia's Military Intelligence Centre said North Korea had shipped about 3 million shells to Russia."
    assert _sources(text, lexicon) == {"Estonia Military Intelligence Centre"}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Videos show at least 12 of the 170 mm guns North Korea sent to Russia, loaded on flatcars.", 12),
        ("Russia has received around 100 of the 170mm guns from North Korea since November.", 100),
    ],
)
def test_a_share_of_guns_named_by_calibre_counts_guns(sentence: str, value: int, lexicon) -> None:
    assert ("artillery", value) in {(category, v) for category, v, _ in _claims(sentence, lexicon)}


def test_a_day_after_is_no_rate(lexicon) -> None:
    text = (
        "The briefing came a day after the Pentagon said that roughly 11,000 North Korean troops were now in the "
        "Kursk region of Russia."
    )
    assert ("troops", 11000, "US Department of Defense") in _claims(text, lexicon)
    assert _claims("North Korean factories make 10,000 shells a day for Russia's war.", lexicon) == set()


@pytest.mark.parametrize(
    ("second", "figure"),
    [
        ("In March, Kyiv said about 4,000.", ("casualties", 4000, "Ukrainian government")),
        ("Seoul's Joint Chiefs of Staff put them at about 1,100.", ("casualties", 1100, "South Korea JCS")),
    ],
)
def test_a_bare_figure_someone_gives_counts_the_casualties_before(second: str, figure: tuple, lexicon) -> None:
    text = f"Zelensky said in January that about 3,000 North Korean soldiers were killed or wounded in Russia. {second}"
    assert figure in _claims(text, lexicon)


@pytest.mark.parametrize(
    "opening", ["By the count of Seoul's JCS", "By the JCS's count", "In the reckoning of the JCS"]
)
def test_by_the_count_of_names_the_speaker_before_the_figure(opening: str, lexicon) -> None:
    text = (
        f"{opening}, more than 28,000 containers of North Korean munitions have reached Russia, and the NIS "
        "estimates that 12,000 North Korean troops were sent."
    )
    claims = _claims(text, lexicon)
    assert ("ammunition", 28000, "South Korea JCS") in claims
    assert ("troops", 12000, "South Korea NIS") in claims


def test_european_officials_speak_as_such(lexicon) -> None:
    text = "North Korea has sent 3,000 more troops to Russia, Reuters reports, citing two European officials."
    assert _sources(text, lexicon) == {"European officials (via Reuters)"}
    assert _sources("The European Union said North Korea has sent 3,000 more troops to Russia.", lexicon) == {"EU"}


def test_a_masthead_ministry_of_defence_is_the_country_its_own_lines_name(lexicon) -> None:
    update = (
        "Ministry of Defence\n@DefenceHQ\nLatest Defence Intelligence update on the situation in Ukraine - 3 March "
        "2025.\n\nNorth Korean forces in Russia have highly likely suffered over 6,000 casualties."
    )
    assert _sources(update, lexicon) == {"UK Ministry of Defence"}
    bare = "Ministry of Defence\nPress release\n\nNorth Korean forces in Russia have suffered over 6,000 casualties."
    assert _sources(bare, lexicon) == {"South Korea Ministry of National Defense"}  # the gazetteer's bare name


def test_sloppy_thousands_resolutions_and_copyright_years(lexicon) -> None:
    assert {v for _, v, _ in _claims("North Korea have sent more than 10, 000 troops to Russia.", lexicon)} == {10000}
    resolutions = "North Korea sent workers to Russia, in violation of UN Security Council resolutions 2375 and 2397."
    assert {v for _, v, _ in _claims(resolutions, lexicon)} == {None}
    caption = "North Korea sent troops to Russia.\n\nImage (c) 2024 Maxar Technologies."
    assert {v for _, v, _ in _claims(caption, lexicon)} == {None}


@pytest.mark.parametrize("forces", ["Ukraine's special forces", "Ukraine's Special Operations Forces"])
def test_special_forces_are_one_body_however_the_copy_names_it(forces: str, lexicon) -> None:
    text = f"{forces} said they had killed 21 North Korean soldiers in Russia's Kursk region."
    assert _sources(text, lexicon) == {"Ukraine Special Operations Forces"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Prosecutor General Andriy Kostin said Russia had fired about 60 North Korean missiles at Ukraine.",
         "Ukraine Prosecutor General's Office (Kostin)"),
        ("Russia had fired about 60 North Korean missiles at Ukraine, the Prosecutor General said.",
         "Ukraine Prosecutor General's Office"),
    ],
)  # fmt: skip
def test_ukraines_prosecutor_general_speaks_for_the_office(text: str, source: str, lexicon) -> None:
    assert _sources(text, lexicon) == {source}


@pytest.mark.parametrize(
    ("sentence", "value", "status"),
    [
        ("North Korea has sent 1,500 troops to Russia in the first stage of a deployment that could eventually "
         "involve about 12,000 soldiers.", 12000, "planned"),
        ("About 1,000 of the 6,000 military engineers Pyongyang pledged to send to Russia are already in Kursk.",
         6000, "planned"),
        ("About 1,000 of the 6,000 military engineers Pyongyang pledged to send to Russia are already in Kursk.",
         1000, "reported"),
        ("The 11,000 troops North Korea agreed to send to Russia have been deployed to Kursk.", 11000, "reported"),
    ],
)  # fmt: skip
def test_what_a_deployment_may_come_to_or_was_pledged_is_planned(
    sentence: str, value: int, status: str, lexicon
) -> None:
    assert _statuses(sentence, lexicon)[value] == status


def test_the_earlier_figure_given_by_another_is_theirs_the_new_one_is_the_speakers(lexicon) -> None:
    text = (
        "The JCS estimated that North Korean casualties in Russia had reached about 4,000, up from the 3,000 figure "
        "given by the country's spy agency in January."
    )
    claims = _claims(text, lexicon)
    assert ("casualties", 4000, "South Korea JCS") in claims
    assert ("casualties", 3000, "South Korea NIS") in claims


def test_a_figure_given_by_a_ministry_is_the_ministrys(lexicon) -> None:
    text = (
        "The think tank's count is lower than the figure given by the South Korean defence ministry, which said the "
        "North had shipped roughly 13,000 containers of munitions to Russia."
    )
    assert _sources(text, lexicon) == {"South Korea Ministry of National Defense"}


# --- guards from the round's code review: sentences where the round's rules must not fire


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired 30 artillery rounds into the sea on Monday. Separately, Seoul said it might send 100 "
        "howitzers to Ukraine.",
        "North Korea has 12,000 artillery pieces near the border, and South Korea sent 500,000 shells to Ukraine.",
    ],
)
def test_a_korea_story_that_names_ukraine_in_passing_is_off_the_beat(text: str, lexicon) -> None:
    assert not lexicon.about_both(text.lower())


def test_a_war_story_naming_north_koreas_arms_is_on_the_beat(lexicon) -> None:
    assert lexicon.about_both("ukrainian investigators said debris in kharkiv came from a north korean kn-23 missile.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv has provided evidence that North Korea shipped artillery shells and ballistic missiles to Russia.",
        "South Korea will not send weapons to Ukraine, even though North Korea has shipped artillery shells and "
        "ballistic missiles to Russia.",
    ],
)
def test_another_countrys_giving_stops_where_north_korea_is_named(sentence: str, lexicon) -> None:
    assert {category for category, _, _ in _claims(sentence, lexicon)} >= {"ammunition", "missiles"}


@pytest.mark.parametrize(
    ("sentence", "value", "status"),
    [
        ("Moscow denied that its current contingent of about 11,000 North Korean soldiers was fighting in Russia's "
         "Kursk region.", 11000, "denied"),
        ("North Korea plans to double its current pledge of 10,000 troops to Russia, the NIS said.", 10000, "planned"),
    ],
)  # fmt: skip
def test_what_is_there_yields_to_a_denial_and_to_a_pledge(sentence: str, value: int, status: str, lexicon) -> None:
    assert _statuses(sentence, lexicon)[value] == status


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Seoul weighs its response as North Korea sends 3,000 more troops to Russia.", {3000}),
        ("North Korea has sent about 11,000 troops to Russia in waves since October, the NIS said.", {11000}),
        ("Russia was firing about 10,000 North Korean shells a day earlier this year, Ukraine's military said.", set()),
        ("North Korea sent Russia (a) 11,000 troops, (b) 200 long-range guns and (c) 250 ballistic missiles.",
         {11000, 200, 250}),
    ],
)  # fmt: skip
def test_cues_and_copyright_marks_keep_to_their_own_cases(sentence: str, values: set, lexicon) -> None:
    assert {v for _, v, _ in _claims(sentence, lexicon) if v} == values


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("SEOUL (Reuters) - Ukraine's intelligence agency said North Korea had sent more troops to Russia. Ukrainian "
         "forces have captured about 20 North Korean soldiers so far, according to the military.", "Ukraine HUR"),
        ("The count of Ukrainian military dead is secret, but about 4,000 North Korean soldiers have died in "
         "Russia's Kursk region.", None),
        ("Leaked Russian military documents show about 12,000 North Korean troops are in Russia.", None),
        ("Kirby said 3,000 North Korean troops were killed in battles reported by Russia as victories.",
         "White House (Kirby)"),
        # (the DPRK speaking is North Korea's government, as the real gold has it: no body of its own)
        ("North Korea has sent troops to Russia. The DPRK said 11,000 troops went to Russia.",
         "North Korean government"),
        ("Soldiers on the Ukrainian side say about 4,000 North Korean troops have been killed in Russia's Kursk "
         "region.", None),
        ("The European Defence Agency said 11,000 North Korean troops went to Russia.", "European Defence Agency"),
        ("Jane's Defence Centre estimates 11,000 North Korean troops went to Russia.", "Jane's Defence Centre"),
    ],
)  # fmt: skip
def test_the_rounds_attribution_rules_keep_to_their_own_cases(text: str, source: str | None, lexicon) -> None:
    assert source in {s for _, v, s in _claims(text, lexicon) if v}
