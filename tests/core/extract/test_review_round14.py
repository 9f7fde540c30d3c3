"""Wording classes fixed in the fourteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _nulls(text: str, lexicon) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The items asserted without a figure: category, status and direction."""
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.status.value, c.direction.value) for c in claims if c.value is None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parts of what North Korea supplies, listed in a sentence of their own
        ("North Korea has shipped large quantities of arms to Russia since last year, the monitors found. "
         "These include rocket launchers, armoured vehicles and self-propelled howitzers.",
         {("rocket_launchers", "reported", "nk_to_ru"), ("vehicles", "reported", "nk_to_ru"),
          ("artillery", "reported", "nk_to_ru")}),
        ("Pyongyang has delivered weapons to Moscow by rail. Among them were ballistic missiles, officials said.",
         {("missiles", "reported", "nk_to_ru")}),
        # ... with the status the sentence before gives the whole
        ("Seoul fears Moscow could transfer sensitive military know-how to North Korea in return. That included "
         "technologies for nuclear-powered submarines, it said.",
         {("technology_transfer", "planned", "ru_to_nk")}),
        # what Russia gives: only what flows from Russia
        ("Russia has in turn provided Pyongyang with several kinds of equipment. These include air defence systems "
         "and electronic warfare gear.",
         {("other", "reported", "ru_to_nk")}),
    ],
)  # fmt: skip
def test_a_sentence_listing_the_parts_of_a_supply_asserts_them(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _nulls(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before supplies nothing
        "North Korea held a military parade in Pyongyang on Thursday. These included rocket launchers and tanks.",
        # another country supplies
        "Kim Jong Un hosted Russia's defence minister. Poland has sent aid to Ukraine. These include armoured "
        "vehicles and rocket launchers.",
        # the list opens no sentence
        "Kim Jong Un met Russia's defence minister. The talks, observers say, covered rocket launchers.",
    ],
)
def test_a_list_after_no_supply_asserts_nothing(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _nulls(text, lexicon) == set()


def test_anti_tank_weapons_are_no_tanks(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent anti-tank weapons and 30 anti-tank grenade launchers to Russia, officials said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.value, c.subtype) for c in claims} == {("other", 30, "anti-tank weapons")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Russia sharing know-how, with no other recipient named
        ("Moscow is widely believed to be sharing satellite and submarine know-how, analysts say.", "reported"),
        ("Russia could share sensitive military technology, such as for spy satellites.", "planned"),
        # 'appeared to have'; 'related to' names no recipient
        ("Lawmakers were told that Russia appeared to have transferred technology related to a submarine reactor.",
         "reported"),
    ],
)  # fmt: skip
def test_russia_sharing_know_how_gives_it_to_north_korea(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    story = "North Korea has sent troops to Russia. " + text
    assert ("technology_transfer", status, "ru_to_nk") in _nulls(story, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Russia is sharing drone technology with Iran, officials say.",
        "Moscow has long provided military technology to India.",
        "Russia shared satellite know-how with China in the 1990s.",
    ],
)
def test_russia_sharing_with_another_gives_north_korea_nothing(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    story = "North Korea has sent troops to Russia. " + text
    assert _nulls(story, lexicon) == {("troops", "reported", "nk_to_ru")}


def _sources(text: str, lexicon) -> set[tuple[int | None, str | None]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.value, c.source) for c in claims if c.value}


def test_a_bare_defence_ministry_after_japans_minister_is_japans(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The report was presented by Defense Minister Gen Nakatani at a Cabinet meeting on Tuesday.\n\n"
        "A Defense Ministry official said North Korea has sent more than 10,000 troops to Russia."
    )
    assert _sources(text, lexicon) == {(10000, "Japan Ministry of Defense")}


def test_the_foreign_office_is_londons(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The Foreign Office said Pyongyang had also provided Russia with more than 100 ballistic missiles."
    assert _sources(text, lexicon) == {(100, "UK Foreign Office")}


def test_the_white_paper_speaks_for_whoever_issued_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Japan's defence ministry said cooperation between North Korea and Russia was a grave concern, in its "
        "annual white paper.\n\nThe white paper said North Korea had sent more than 10,000 soldiers to Russia.\n\n"
        "Defence Minister Gen Nakatani told reporters the ministry would keep watching."
    )
    assert _sources(text, lexicon) == {(10000, "Japan Ministry of Defense")}


def _figures(text: str, lexicon) -> set[tuple[str, int | None, int | None, bool]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.value_max, c.incremental) for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # estimates that ranged (past tense) from one figure to another are one range
        ("Estimates of the number of North Korean dead in Russia have ranged from 600 to 2,000.",
         {("casualties", 600, 2000, False)}),
        # those who remain are alive: troops, not the dead counted before them
        ("Some 2,000 North Korean soldiers have died in Kursk, the agency said, while roughly 9,000 remain in Russia.",
         {("casualties", 2000, None, False), ("troops", 9000, None, False)}),
        # a time word after 'more' is no noun of its own
        ("North Korea sent 11,000 soldiers to Kursk in the autumn, followed by 3,000 more early this year.",
         {("troops", 11000, None, False), ("troops", 3000, None, True)}),
        # the whole a part was counted out of: the troops sent, not more casualties
        ("Kyiv says it has killed or wounded about 4,000 North Korean troops, out of the roughly 11,000 that "
         "Pyongyang sent.",
         {("casualties", 4000, None, False), ("troops", 11000, None, False)}),
        # 'a year ago' is a time, not a rate
        ("Some 6,000 North Korean troops have been killed or wounded, up from the 4,000 casualties Kyiv counted a "
         "year ago.",
         {("casualties", 6000, None, False), ("casualties", 4000, None, False)}),
        # 'put it at': the number the sentence before names
        ("The number of North Korean soldiers sent to Russia has been revised. NATO first put it at 10,000, then at "
         "12,000.",
         {("troops", 10000, None, False), ("troops", 12000, None, False)}),
    ],
)  # fmt: skip
def test_figure_wordings_of_recaps(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change is no range
        ("Kyiv's estimate of North Korean dead rose from 600 to 2,000.",
         {("casualties", 600, None, False), ("casualties", 2000, None, False)}),
        # the dead stay dead: 'remain' of bodies is no troop count
        ("About 300 North Korean soldiers were killed in Russia last week, officials said.",
         {("casualties", 300, None, False)}),
        # 'a year' after a delivery is still a rate, and a rate is kept
        ("North Korea ships about 3 million shells a year to Russia.", {("ammunition", 3000000, None, False)}),
    ],
)  # fmt: skip
def test_figure_wordings_that_stay_as_they_were(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def _full(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text="North Korea and Russia.\n\n" + text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.incremental, c.source) for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a carrier is not who sends
        ("Seoul said 1,500 commandos had been ferried by Russian navy vessels to Vladivostok as the vanguard of a "
         "12,000-strong contingent.",
         {("troops", 1500, "reported", False, "South Korean government"),
          ("troops", 12000, "reported", False, "South Korean government")}),
        # what is asked for is not sent yet; asked of North Korea in a story on the two
        ("Japanese media reported that Moscow had requested as many as 50,000 more workers for construction.",
         {("workers", 50000, "planned", True, "Japanese media")}),
        ("Russia has requested 6,000 military builders from North Korea.",
         {("troops", 6000, "planned", False, None)}),
        # the figure something is added to is no addition
        ("North Korea may additionally send up to 10,000 soldiers if asked, on top of the roughly 11,000 already "
         "there.",
         {("troops", 10000, "planned", True, None), ("troops", 11000, "reported", False, None)}),
    ],
)  # fmt: skip
def test_requests_carriers_and_bases(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia has recruited 20,000 workers from Central Asia.",  # its own hiring, elsewhere
        "Russia wants 5,000 more soldiers for its army.",
        "North Korea's leader watched 3,000 troops arrive by Russian train in Pyongyang.",
    ],
)
def test_russias_own_hiring_is_no_request_of_north_korea(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in _full(text, lexicon) if c[0] in ("workers", "troops") and c[1] != 3000}


def test_the_command_said_refers_to_the_command_named_before(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In written testimony, US Forces Korea said Pyongyang had sent Russia about 200 artillery systems.\n\n"
        "The North also dispatched an additional 3,000 troops this year, the command said."
    )
    assert ("troops", 3000, "reported", True, "US Forces Korea") in _full(text, lexicon)


def test_under_the_command_of_refers_to_no_one(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "US Forces Korea said Pyongyang had sent Russia about 200 artillery systems. Ukraine's military "
        "intelligence said 40 more launchers had arrived.\n\n"
        "Some 3,000 North Korean soldiers now fight under the command of Russian officers."
    )
    assert ("troops", 3000, "reported", False, None) in _full(text, lexicon)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sen. Dan Sullivan said North Korea had sent 11,000 troops to Russia.", "Sullivan"),
        ("Jake Sullivan said North Korea had sent 11,000 troops to Russia.", "White House"),
        ("OSC estimates that North Korea has sent 11,000 troops to Russia.", "Open Source Centre"),
    ],
)
def test_common_surnames_name_the_gazetteers_person_only_in_full(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c[4] for c in _full(text, lexicon)} == {source}


def test_an_interviewers_question_asserts_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Asked by a senator whether Russia was supplying fighter aircraft to North Korea, the commander said he "
        "would answer in a closed session. He was asked whether North Korea had sent troops, and said it had sent "
        "missiles."
    )
    assert _nulls("North Korea and Russia. " + text, lexicon) == {("missiles", "reported", "nk_to_ru")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'N. Korean' is one word, and those 'still on guard duty' are alive
        ("NIS: About 2,000 N. Korean soldiers killed in Russia; 10,000 still on guard duty in Kursk",
         {("casualties", 2000, None, False), ("troops", 10000, None, False)}),
        # what is 'put at' each figure is said before 'at', not after it
        ("The NIS put North Korea's total dispatch to Russia at around 15,000 and its casualties at about 4,700.",
         {("troops", 15000, None, False), ("casualties", 4700, None, False)}),
        # the whole first: 'Out of the roughly 11,000 that Pyongyang sent, ...'
        ("Out of the roughly 11,000 that Pyongyang sent to Russia, about 4,000 have been killed or wounded.",
         {("troops", 11000, None, False), ("casualties", 4000, None, False)}),
        # Ukraine holds prisoners, not an arsenal
        ("Ukraine now holds three North Korean prisoners of war, all captured in Kursk.",
         {("casualties", 3, None, False)}),
        ("He is one of two North Korean soldiers held by Ukraine since January.", {("casualties", 2, None, False)}),
        # an age, a wire's version, a paragraph number, drones shot down: no figures of support
        ("UPDATE 2-North Korea denies sending troops to Russia as Seoul says 1,500 already there",
         {("troops", 1500, None, False)}),
        ("The North Korean troops in Russia, some said to be as young as 18, were marched across open fields.", set()),
        ("(ATTN: ADDS details on North Korean workers in Russia in paras 8-9)", set()),
        ("North Korean missiles hit Kyiv overnight. Air defence shot down 94 drones, the air force said.", set()),
    ],
)  # fmt: skip
def test_figure_wordings_in_the_wild(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def test_the_subtype_of_a_figure_put_at_is_what_is_put_there(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The NIS put North Korean casualties in Russia at about 4,700 and the dead at 600."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.value, c.subtype) for c in claims} == {(4700, "killed_or_wounded"), (600, "killed")}


def test_north_koreas_own_holdings_stay_holdings(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent troops to Russia. North Korea holds about 800 combat jets, most of them old."
    assert _figures(text, lexicon) == set()


_SHELLS_BEFORE = "South Korea's defence ministry reckons North Korea ships about 3 million shells a year to Russia. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British 'm' inside a quotation and with a plus
        ('In 2023 the NIS said "more than 1m" rounds had gone to Russia.', ("ammunition", 1000000, "more_than")),
        ("By last autumn the cumulative figure quoted in Seoul was 9m+.", ("ammunition", 9000000, "more_than")),
        # a figure's noun after its item; an estimate named with two words before it
        ("The 12k troop figure (NIS) is still the standard one for the first deployment.", ("troops", 12000, "exact")),
        ('The ministry\'s newest cumulative estimate, given to lawmakers, is "over 12 million".',
         ("ammunition", 12000000, "more_than")),
        # missiles made in North Korea are North Korea's, whoever fires them
        ("KYIV (APS) - Russia has fired at least 60 ballistic missiles made in North Korea at Ukraine.",
         ("missiles", 60, "at_least")),
        ("Ukraine says two of Kim's soldiers have been taken alive in Kursk.", ("casualties", 2, "exact")),
    ],
)  # fmt: skip
def test_figures_as_copy_writes_them(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=_SHELLS_BEFORE + text, language="en"), lexicon)
    assert expected in {(c.category.value, c.value, c.qualifier.value if c.qualifier else None) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "The radar has a range of 60m.",
        "Russia has fired 40 missiles made in Iran at Kyiv.",
        "One strike destroyed a depot holding an estimated 1,500 tonnes of munitions.",
    ],
)
def test_no_figures_of_support(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=_SHELLS_BEFORE + text, language="en"), lexicon)
    assert {c.value for c in claims if c.value} == {3000000}


# Guards from the round's first review: each sentence was a misfire of a rule of this round, now fixed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request governs the figure right after it, not 'requested anonymity'
        ("A source who requested anonymity said Moscow had 50,000 troops in Kursk.", set()),
        ("Russia has requested 50,000 more migrant workers this year, Tajik officials said.", set()),
        ("Russia has requested 20,000 more workers, according to reports from Seoul.",
         {("workers", 20000, "planned", True, "South Korean government")}),
        ("Russia is asking for another 10,000 workers.", {("workers", 10000, "planned", True, None)}),
        # what remains missing, in hospital or in captivity is no troop count
        ("Some 2,000 North Korean soldiers have been killed in Kursk, the NIS said, and about 300 remain missing.",
         {("casualties", 2000, "reported", False, "South Korea NIS"),
          ("casualties", 300, "reported", False, "South Korea NIS")}),
        ("Some 4,000 North Korean soldiers were wounded; around 1,000 are still in hospital in Moscow.",
         {("casualties", 4000, "reported", False, None), ("casualties", 1000, "reported", False, None)}),
        ("Some 2,000 North Korean soldiers died in Kursk, while 11,000 others stay in Russia for now.",
         {("casualties", 2000, "reported", False, None), ("troops", 11000, "reported", False, None)}),
        # the whole 'of the 60 that Pyongyang sent' is what was named before
        ("Ukraine says North Korea has supplied Russia with about 60 KN-23 missiles. Out of the 60 that Pyongyang "
         "sent, most were lost to air defences.", {("missiles", 60, "reported", False, "Ukrainian government")}),
        ("Of the 60 that Pyongyang sent, about half were lost.", set()),
        # the second figure of one 'put': what is put at it is said between them
        ("Zelensky put North Korean casualties in Kursk at 4,000 and the number of troops still fighting at 8,000.",
         {("casualties", 4000, "reported", False, "Zelensky"), ("troops", 8000, "reported", False, "Zelensky")}),
        ("The NIS put the average age of the North Korean soldiers sent to Russia at around 20.", set()),
        # a line reading 'UPDATE' alone is no version number of what follows
        ("UPDATE\n\n11,000 North Korean troops are now in Kursk, the Pentagon said.",
         {("troops", 11000, "reported", False, "US Department of Defense")}),
        # a title-case line opening with 'By' and a possessive is no byline (through the CLI's cleaning: see
        # tests/core/ingest); drones shot down are no support, North Korean missiles fired are
        ("Air defence shot down 94 drones overnight, and Russia also fired 6 North Korean KN-23 missiles.",
         {("missiles", 6, "reported", False, None)}),
        # a country's command speaks for its military
        ("The Pentagon said North Korea had sent 11,000 troops. Some 4,000 North Korean soldiers were killed, the "
         "Ukrainian high command said.",
         {("troops", 11000, "reported", False, "US Department of Defense"),
          ("casualties", 4000, "reported", False, "Ukrainian military")}),
        ("Nakatani told reporters that North Korea had sent more than 10,000 troops to Russia.",
         {("troops", 10000, "reported", False, "Japan Ministry of Defense (Nakatani)")}),
    ],
)  # fmt: skip
def test_guards_of_the_first_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was supplied with Shahed drone technology by Iran in 2022.", set()),
        ("Russia was giving up fighter jets it could no longer maintain.", set()),
        ("Russia is transferring electronic warfare systems from Syria.", set()),
        ("Russia is sending fighter jets to Pyongyang, Seoul suspects.", {("vehicles", "reported", "ru_to_nk")}),
        # a list opening with what is no item; a delivery before hands on no plan; other openings
        ("North Korea has supplied Russia with ammunition. These include concerns about Russian fighter jets going "
         "to Pyongyang.", {("ammunition", "reported", "nk_to_ru")}),
        ("North Korea has sent artillery to Russia and may send more. These include Koksan self-propelled guns.",
         {("artillery", "reported", "nk_to_ru")}),
        ("North Korea has shipped arms to Russia. The deliveries are believed to include rocket launchers.",
         {("rocket_launchers", "reported", "nk_to_ru")}),
        # the answer to a question can say yes; 'would not say whether' asks nothing of what follows it
        ("Asked whether Pyongyang has sent more ballistic missiles to Russia, Zelensky said it has sent hundreds.",
         {("missiles", "reported", "nk_to_ru")}),
        ("Officials would not say whether Russia had supplied fighter jets, but said it had delivered air-defence "
         "systems to North Korea.", {("other", "reported", "ru_to_nk")}),
    ],
)  # fmt: skip
def test_null_claim_guards_of_the_first_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _nulls("North Korea and Russia. " + text, lexicon) == expected


def test_a_month_ago_is_no_rate(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea shipped 1,000 containers to Russia a month ago, officials said."
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert claim.period is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Federal Foreign Office in Berlin said North Korea had sent more than 10,000 troops to Russia.",
         "Germany Federal Foreign Office"),
    ],
)  # fmt: skip
def test_berlins_foreign_office_is_no_londons(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c[4] for c in _full(text, lexicon)} == {source}


_NIS_BEFORE = "According to South Korea's spy agency, the North has sent roughly 13,000 soldiers to Russia.\n\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a speaker inside a contrasting clause after the figure speaks for that clause only
        ("Pyongyang has also sent more than 200 artillery pieces, while Russian planes have been flying what Seoul "
         "believes are military cargo flights.", None),
        # ... unless it is set off at the sentence's end
        ("Pyongyang has also sent more than 200 artillery pieces, while Russian planes have flown cargo flights, the "
         "defence ministry said.", "South Korea Ministry of National Defense"),
        # 'while fighting' is no contrast
        ("About 200 North Korean soldiers have been killed while fighting alongside Russian forces, a South Korean "
         "lawmaker said Monday, citing the spy agency.", "South Korea NIS"),
        # the writer's own recap under a label carries no one's word from before
        ("Background: Pyongyang is estimated to have sent around 200 artillery pieces to Russia last autumn.", None),
    ],
)  # fmt: skip
def test_speakers_of_contrasting_clauses_and_recaps(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=_NIS_BEFORE + text, language="en"), lexicon)
    assert {c.source for c in claims if c.value == 200 or c.value == 300} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country's officials, in the plural, are the officials, not the body of theirs that spoke before
        ("The SBU said two North Korean prisoners were questioned in Kyiv. Ukrainian officials say North Korea has "
         "sent around 12,000 soldiers to Russia.", "Ukrainian officials"),
        ("The NIS briefed lawmakers. About 12,000 North Korean soldiers were killed or wounded in Russia, according to "
         "South Korean officials.", "South Korean officials"),
        # ... while 'the official' is one of that body
        ("The SBU said two North Korean prisoners were questioned in Kyiv. North Korea has sent around 12,000 "
         "soldiers to Russia, the Ukrainian official said.", "Ukraine SBU"),
        # 'according to' a country names its government; a contrasting clause after the figure is another's
        ("Since then, according to Ukraine, about 12,000 of the North Korean soldiers have been killed or injured, "
         "though Seoul's figures are lower.", "Ukrainian government"),
        # (not 'according to South Korea's Yonhap news agency')
        ("The NIS said nearly 12,000 North Korean soldiers are deployed in Kursk, according to South Korea's Yonhap "
         "news agency.", "South Korea NIS (via Yonhap)"),
    ],
)  # fmt: skip
def test_plural_officials_and_countries_named_as_sources(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {c.source for c in claims if c.value == 12000} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who denies or acknowledges, after 'again' or 'long', is who says it
        ("On Thursday the Kremlin again denied that it had transferred any military technology to North Korea.",
         {("technology_transfer", "denied", "Russian government")}),
        ("Moscow and Pyongyang had long denied that North Korean troops were fighting in Russia.",
         {("troops", "denied", "Russian and North Korean governments")}),
        ("North Korea officially acknowledged its troop deployment to Russia in April.",
         {("troops", "reported", "North Korean government")}),
        # a relay through the JoongAng Daily is named in full
        ("Russia has handed over air-defence systems to North Korea, the JoongAng Daily reported, citing unnamed "
         "government sources.",
         {("other", "reported", "South Korean government sources (via Korea JoongAng Daily)")}),
    ],
)  # fmt: skip
def test_deniers_and_relays_named(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value, c.source) for c in claims} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine says it holds two North Korean prisoners of war, captured in Kursk in January.",
         {("casualties", 2, "reported", False, "Ukrainian government")}),
        ("North Korea has sent about 14,000 troops to Russia, including about 3,000 sent early this year as "
         "reinforcements.",
         {("troops", 14000, "reported", False, None), ("troops", 3000, "reported", True, None)}),
        # a force 'under arms' is its own, no support
        ("North Korea has sent troops to Russia; it has more than 1 million under arms.", set()),
    ],
)  # fmt: skip
def test_holdings_prisoners_and_reinforcements(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third or further deployment is more troops, planned when prepared
        ("The North appears to be preparing a third deployment to Russia, the JCS said.",
         {("troops", "planned", True)}),
        ("Seoul expects a second deployment of North Korean troops to Russia.", {("troops", "planned", True)}),
        # the word alone is no troops: 'a new deployment of artillery'
        ("North Korea has begun a new deployment of artillery to Russia.", {("artillery", "reported", True)}),
    ],
)  # fmt: skip
def test_another_deployment_is_more_troops(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value, c.incremental) for c in claims} == expected


def test_a_toll_past_an_aside(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korean casualties in Russia, meanwhile, are estimated to have reached around 4,000."
    assert _figures(text, lexicon) == {("casualties", 4000, None, False)}


_JAPAN_AFTER = "\n\nSeparately, Japan's defence ministry said on Friday that it was monitoring the situation closely."


# Guards from the round's second review: each was a misfire of a rule of this round, now fixed.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a speaker that closes the sentence speaks for all of it, past a contrasting clause
        ("North Korea has sent about 3,000 more troops to Russia, while the first contingent remains in Kursk, "
         "according to the NIS.", "South Korea NIS"),
        ("North Korea has sent about 3,000 more troops to Russia, while the first contingent remains in Kursk, "
         "Budanov wrote on Telegram.", "Ukraine HUR (Budanov)"),
        ("North Korea has sent about 3,000 more troops to Russia, while the first contingent remains in Kursk, said "
         "Budanov.", "Ukraine HUR (Budanov)"),
        ("North Korea has sent about 3,000 more troops to Russia, while the first contingent remains in Kursk, "
         "Yonhap reported, citing the NIS.", "South Korea NIS (via Yonhap)"),
        # 'not only ... but also', 'while deployed' are no contrasts
        ("Pyongyang has supplied Russia not only some 3,000 shells but also ballistic missiles, according to "
         "South Korea's Defense Intelligence Agency.", "South Korea Defense Intelligence Agency"),
        ("In Kursk, about 3,000 North Korean soldiers have been killed while deployed alongside Russian units, "
         "according to the NIS.", "South Korea NIS"),
        # a contrasting clause's own claim ('Kyiv says the real number is ...') is not the figure's
        ("North Korea has sent about 3,000 troops to Russia, though Kyiv says the real number is closer to 5,000.",
         None),
        # no country's word: 'North Korea watchers' (the article's one authority speaks for the rest)
        ("North Korea has sent about 3,000 troops to Russia, according to North Korea watchers.",
         "Japan Ministry of Defense"),
        # 'the Ukrainian officials' are those of the body named before
        ("The SBU said two North Korean prisoners were questioned in Kyiv. The Ukrainian officials said North Korea "
         "has sent around 3,000 soldiers to Russia.", "Ukraine SBU"),
        # 'admitted' as 'let in' is no speech
        ("Russia has admitted more than 3,000 North Korean workers this year, according to South Korean "
         "intelligence.", "South Korea NIS"),
    ],
)  # fmt: skip
def test_guards_of_the_second_review(text: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text + _JAPAN_AFTER, language="en"), lexicon)
    assert {c.source for c in claims if c.value == 3000} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukraine holding shells is no North Korean supply
        ("Ukraine says it holds some 300 North Korean artillery shells seized near Kursk as evidence.", set()),
        # 'as reinforcements' of others, across another noun phrase, adds nothing to the figure
        ("North Korea first sent 11,000 troops to Russia and later others as reinforcements.",
         {("troops", 11000, "reported", False, None)}),
    ],
)  # fmt: skip
def test_figure_guards_of_the_second_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedged range is no bare range
        ("Pyongyang intends to dispatch about 25,000 to 30,000 workers to Russia.", ("approx", "planned")),
        ("North Korea has sent between 11,000 and 12,000 troops to Russia.", (None, "reported")),
    ],
)  # fmt: skip
def test_hedged_ranges(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert (claim.qualifier.value if claim.qualifier else None, claim.status.value) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Asked about North Korean troops in Russia, the Kremlin has dismissed the reports as "another lie."',
        'A Russian lawmaker said that "not a single North Korean soldier" was fighting in Russia.',
    ],
)
def test_dismissed_reports_and_not_a_single_soldier_are_denials(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _nulls(text, lexicon) == {("troops", "denied", "nk_to_ru")}
