"""Wording classes fixed in the sixteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, addition flag and source of every figure."""
    return {(c.category.value, c.value, c.incremental, c.source) for c in _claims(text, lexicon) if c.value}


_DEPLOYED = "North Korea has sent about 11,000 troops to Russia, Seoul says. "


@pytest.mark.parametrize(
    "text",
    [
        # a feature's soldier: his age told with 'he is', or when he joined
        "Kim is a private from Hamhung. He is 23, he says, and was conscripted in 2019, at 18.",
        "The prisoner told reporters that she was 19 when her unit left for Russia.",
        "He enlisted in the Korean People's Army at 17.",
    ],
)  # fmt: skip
def test_an_age_is_no_count(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_DEPLOYED + text, lexicon) == {("troops", 11000, False, "South Korean government")}


def test_a_figure_after_was_is_still_a_count(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: 'was' after a noun, not a person's 'he was', gives the count)
    text = "North Korea has sent troops to Russia. The NIS said the number was 12,000."
    assert _figures(text, lexicon) == {("troops", 12000, False, "South Korea NIS")}


_SENT = "North Korea has sent troops to Russia. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # competing estimates, each voice with its own figure and the noun left out
        ("Seoul's estimate is about 11,000, and Kyiv's is 12,000.",
         {("troops", 11000, False, "South Korean government"), ("troops", 12000, False, "Ukrainian government")}),
        ("Seoul's estimate is 11,000; the HUR's is higher, at 12,000.",
         {("troops", 11000, False, "South Korean government"), ("troops", 12000, False, "Ukraine HUR")}),
        ("South Korean officials say 11,000 and Ukrainian officials say 12,000.",
         {("troops", 11000, False, "South Korean officials"), ("troops", 12000, False, "Ukrainian officials")}),
        ("The NIS says about 11,000; the Ukrainians say 12,000.",
         {("troops", 11000, False, "South Korea NIS"), ("troops", 12000, False, "Ukrainian government")}),
        ("The South Koreans estimate 11,000, while the Americans put it at 12,000.",
         {("troops", 11000, False, "South Korean government"), ("troops", 12000, False, "US government")}),
    ],
)  # fmt: skip
def test_competing_estimates_keep_their_voices(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_SENT + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards: a people acting is no voice)
        ("The Ukrainians captured two of them in January.", {("casualties", 2, False, None)}),
        ("The Russians have fired about 60 North Korean missiles at Kyiv.", {("missiles", 60, False, None)}),
    ],
)  # fmt: skip
def test_a_people_acting_is_no_voice(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_SENT + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims 'of them' are North Korea's soldiers named before, whoever killed them
        ("North Korean soldiers attacked Ukrainian positions in Kursk. In one hour we killed 30 of them.",
         {("casualties", 30, False, None)}),
        ("North Korean troops attacked in waves in Russia's Kursk region. Ukrainian forces killed about 200 of them, "
         "the SBU said.", {("casualties", 200, False, "Ukraine SBU")}),
        # (guard: what a North Korean missile killed is no one the beat counts)
        ("North Korea has sent KN-23 missiles to Russia. One of them killed 12 people in Kharkiv.", set()),
    ],
)  # fmt: skip
def test_killed_of_them_counts_the_soldiers_named_before(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def _items(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, status and addition flag of every claim."""
    return {(c.category.value, c.value, c.status.value, c.incremental) for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items of a list with commas share its plan and its 'more'
        ("Seoul's spy agency expects North Korea to ship more Koksan howitzers, KN-23 missiles and 240mm rocket "
         "launchers to Russia.",
         {("artillery", None, "planned", True), ("missiles", None, "planned", True),
          ("rocket_launchers", None, "planned", True)}),
        ("The NIS said Pyongyang will likely provide Russia with ballistic missiles, artillery ammunition and "
         "multiple rocket launchers.",
         {("missiles", None, "planned", False), ("ammunition", None, "planned", False),
          ("rocket_launchers", None, "planned", False)}),
        ("North Korea is expected to send 5,000 more troops, 100 missiles and 200,000 shells to Russia, the NIS "
         "said.",
         {("troops", 5000, "planned", True), ("missiles", 100, "planned", False),
          ("ammunition", 200000, "planned", False)}),
        # (guards: a clause of its own keeps its own status; a comparative is no 'more' of the items)
        ("North Korea may send more troops to Russia, and it has already shipped missiles, the NIS said.",
         {("troops", None, "planned", True), ("missiles", None, "reported", False)}),
        ("North Korea has sent more advanced missiles, shells and rocket launchers to Russia.",
         {("missiles", None, "reported", False), ("ammunition", None, "reported", False),
          ("rocket_launchers", None, "reported", False)}),
        ("North Korea will send 5,000 troops to Russia, Seoul said, 3,000 of them already trained.",
         {("troops", 5000, "planned", False), ("troops", 3000, "reported", False)}),
    ],
)  # fmt: skip
def test_a_list_shares_its_plan_and_its_more(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _items(text, lexicon) == expected


def _told(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, status and source of every claim."""
    return {(c.category.value, c.status.value, c.source) for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reports labelled false deny what they report, in the labeller's name
        ("North Korea's foreign ministry called reports that Pyongyang had shipped artillery shells to Moscow "
         "'a fabrication by hostile forces'.", {("ammunition", "denied", "North Korean government")}),
        ("Pyongyang branded allegations that it had sent ballistic missiles to Russia 'sheer nonsense'.",
         {("missiles", "denied", "North Korean government")}),
        ("Pyongyang labelled claims that it had shipped missiles to Russia 'absurd'.",
         {("missiles", "denied", "North Korean government")}),
        ("The Kremlin called reports that North Korean soldiers are fighting in Kursk 'another fake'.",
         {("troops", "denied", "Russian government")}),
        ('The Kremlin has called reports of North Korean shell deliveries to Russia "unfounded," officials said.',
         {("ammunition", "denied", "Russian government")}),
        # (guard: reports called credible are told, not denied)
        ("Zelensky called reports that North Korea had sent troops to Russia credible.",
         {("troops", "reported", "Zelensky")}),
    ],
)  # fmt: skip
def test_reports_labelled_false_are_denied(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a speaker cannot vouch for, or asks, asserts nothing
        "The Kremlin has never confirmed that North Korean troops are deployed in Russia's Kursk region.",
        "Pyongyang has not said whether any of its soldiers have died in Russia.",
        "Seoul said it could not verify claims that North Korean soldiers had been killed fighting for Russia.",
        "The NIS said there was no evidence so far that Russia had handed over fighter jets to the North.",
        "Budanov said he had no information about a transfer of North Korean tanks to Russia.",
        "Analysts wonder whether Russia will give North Korea Su-35 jets.",
        "Seoul is looking into whether Moscow supplied submarine technology to Pyongyang.",
        "Officials are trying to establish whether North Korea sent KN-25 launchers to Russia.",
    ],
)
def test_what_no_one_vouches_for_asserts_nothing(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _claims(text, lexicon) == []


def test_what_was_confirmed_beside_what_was_not_stays(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: the clause that confirms keeps its item)
    text = "The NIS confirmed that North Korea has sent troops to Russia, but could not verify reports of casualties."
    assert _told(text, lexicon) == {("troops", "reported", "South Korea NIS")}


def test_the_general_who_speaks_is_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told("The general said North Korea sent tanks to Russia.", lexicon) == {("vehicles", "reported", None)}


def _full(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, hedge, status and addition flag of every claim."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental)
        for c in _claims(text, lexicon)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drones shot down, jammed or 'locationally lost' are an attack repelled, not a supply
        ("Russia launched 90 Shahed drones with North Korean parts, Kyiv said. 61 of the drones were shot down and "
         "29 were lost to jamming.", set()),
        ("Air defence shot down 94 drones; 61 decoy drones were locationally lost, North Korea having supplied "
         "Russia with parts.", set()),
        # 'more ... than' compares and adds nothing
        ("North Korea has received far more oil from Russia than the 500,000 barrels a year the UN allows.",
         {("other", None, None, "reported", False)}),
        # troops trained or readied for a deployment, and a deployment planned, are a plan
        ("North Korea is training about 6,000 soldiers for deployment to Russia, the NIS said.",
         {("troops", 6000, "approx", "planned", False)}),
        ("North Korea is readying roughly 2,000 engineers to go to Kursk in Russia.",
         {("troops", 2000, "approx", "planned", False)}),
        ("Media reports say Pyongyang plans a new deployment of 8,000 soldiers to Russia.",
         {("troops", 8000, "exact", "planned", True)}),
        # a toll that has passed a figure is more than it
        ("North Korean casualties in Russia have passed 3,000, Zelensky said.",
         {("casualties", 3000, "more_than", "reported", False)}),
        # those already there are no addition, though additional troops may join them
        ("North Korea could send 20,000 additional troops to join the roughly 12,000 already in Russia.",
         {("troops", 20000, "exact", "planned", True), ("troops", 12000, "approx", "reported", False)}),
        # (guards: 'more' with no 'than' of its own adds; 'additional' right before the figure adds)
        ("Russia has sent more oil to North Korea in more than three shipments.",
         {("other", None, None, "reported", True)}),
        ("North Korea has sent an additional 3,000 troops already in Kursk, the JCS said.",
         {("troops", 3000, "exact", "reported", True)}),
    ],
)  # fmt: skip
def test_figures_hedges_plans_and_additions(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


_PENTAGON = "The Pentagon said North Korea had sent 11,000 troops to Russia. "


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a sentence that names its own evidence speaks for no one before it (a country's own statistics are its
        # government's: twenty-third round)
        ("according to Russian migration statistics.", "Russian government"),
        ("official Russian data show.", "Russian government"),
        ("according to satellite imagery.", None),
        # (guards: evidence that refers back, names the speaker's country, or whose owner is named, keeps the
        # speaker)
        ("according to the same data.", "US Department of Defense"),
        ("according to official US figures.", "US Department of Defense"),
        ("according to data from Russia's interior ministry.", "Russia Interior Ministry"),
    ],
)
def test_a_sentence_naming_its_own_evidence_borrows_no_speaker(tail: str, expected: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = _PENTAGON + "About 13,000 North Korean workers entered Russia in 2024, " + tail
    assert ("workers", 13000, False, expected) in _figures(text, lexicon)


def test_a_research_page_reads_its_own_evidence(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: on a think tank's own page, 'satellite imagery shows' is the think tank's reading)
    text = (
        "Beyond Parallel | CSIS\n\nKim Jong Un met Putin in Russia last year.\n\n"
        "Commercial satellite imagery shows about 7,000 containers shipped from North Korea to Russia since August."
    )
    assert {c.source for c in _claims(text, lexicon) if c.value == 7000} == {"CSIS Beyond Parallel"}


def test_bulleted_items_under_a_lead_are_asserted_as_the_lead_says(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "What North Korea has delivered to Russia so far, according to Ukrainian intelligence:\n\n"
        "- KN-24 ballistic missiles\n- 170mm Koksan guns\n\n"
        "What North Korea will send Russia next, per the NIS:\n\n- More troops\n"
    )
    assert _told(text, lexicon) == {
        ("missiles", "reported", "Ukraine HUR"),
        ("artillery", "reported", "Ukraine HUR"),
        ("troops", "planned", "South Korea NIS"),
    }


def test_bullets_under_a_lead_that_supplies_nothing_assert_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: a teaser list after a story on the deployment)
    text = (
        "North Korea sent troops to Russia. Other headlines:\n\n- Russia fires KN-23 missiles at Kyiv\n"
        "- Drones over Odesa\n"
    )
    assert _told(text, lexicon) == {("troops", "reported", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is filmed there, moved there or acknowledged there was sent
        ("North Korean Koksan guns have been filmed on Russian railway wagons.", {("artillery", "reported", None)}),
        ("The United States said North Korean soldiers are in Russia.", {("troops", "reported", "US government")}),
        ("North Korean troops have been moved to Russia's Kursk region.", {("troops", "reported", None)}),
        ("Russia on Saturday acknowledged the presence of North Korean troops in Kursk.",
         {("troops", "reported", "Russian government")}),
        # (guards: a presence not acknowledged, nor confirmed till later, asserts nothing; Kim at home supplies nothing)
        ("North Korea and Russia have not acknowledged the presence of North Korean troops in the war.", set()),
        ("Despite the losses, neither Moscow nor Pyongyang has officially acknowledged the presence of North Korean "
         "troops.", set()),
        ("Kim Jong Un was photographed inspecting artillery in Pyongyang, a week after returning from Russia.", set()),
    ],
)  # fmt: skip
def test_items_there_are_items_sent(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


def test_another_armys_daily_losses_are_no_support(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has sent troops to Russia, Kyiv says. Russia's losses over the past day, according to "
        "Ukraine's General Staff: 1,210 personnel, 7 tanks, 25 artillery systems and 60 drones."
    )
    assert _figures(text, lexicon) == set()
    # (guard: North Korea's soldiers among those losses are counted)
    text = "Russian losses in Kursk include about 4,000 North Korean soldiers killed or wounded, Kyiv says."
    assert _figures(text, lexicon) == {("casualties", 4000, False, "Ukrainian government")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denials by a label the press uses, and of units
        ("Kremlin spokesman Dmitry Peskov called reports of North Korean troops in Russia's Kursk region 'a canard'.",
         {("troops", "denied", "Kremlin (Peskov)")}),
        ("The Kremlin said talk of North Korean units fighting for Russia was 'another hoax'.",
         {("troops", "denied", "Russian government")}),
        # units, the Korean People's Army and the DPRK written out
        ("NATO Secretary General Mark Rutte confirmed that North Korean units had been deployed to Russia.",
         {("troops", "reported", "NATO")}),
        ("Gerasimov said units of the Korean People's Army had helped repel Ukrainian forces in Russia's Kursk region.",
         {("troops", "reported", "Russian General Staff (Gerasimov)")}),
        ("The representative of France said the Democratic People's Republic of Korea had sent troops to Russia.",
         {("troops", "reported", "French representative")}),
        ("Ukraine says DPRK troops have been sent to Russia's Kursk region.",
         {("troops", "reported", "Ukrainian government")}),
        # (guard: units that only suffered losses counted elsewhere are the victims, no deployment)
        ("Ukraine's HUR said about 300 North Korean soldiers were killed in Kursk in Russia. Army units from the DPRK "
         "suffered significant losses near Plekhovo, the HUR said.",
         {("casualties", "reported", "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_denials_units_and_the_dprk_written_out(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'killed and another N wounded': the second toll of the same soldiers
        ("The NIS said about 400 North Korean troops in Russia had been killed and another 3,600 wounded.",
         {("casualties", 400, False, "South Korea NIS"), ("casualties", 3600, False, "South Korea NIS")}),
        # soldiers fighting alongside Russia's troops are still the ones who suffer
        ("North Korean soldiers fighting alongside Russian troops have suffered roughly 3,000 casualties, Ukraine's "
         "HUR said.", {("casualties", 3000, False, "Ukraine HUR")}),
        # (guard: the toll of civilians a missile killed, and another figure of them, is no one the beat counts)
        ("North Korean KN-23 missiles fired by Russia hit Kyiv; since January 24 people have been killed and another "
         "115 injured.", set()),
    ],
)  # fmt: skip
def test_second_tolls_and_comrades_in_arms(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def _given(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, status, direction and addition flag of every claim."""
    return {
        (c.category.value, c.value, c.status.value, c.direction.value, c.incremental) for c in _claims(text, lexicon)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Korea's sending told after Russia's giving goes to Russia
        ("Russia has given North Korea Pantsir systems, the NIS said, adding that Pyongyang has sent Moscow 200 "
         "rocket launchers.",
         {("other", None, "reported", "ru_to_nk", False), ("rocket_launchers", 200, "reported", "nk_to_ru", False)}),
        ("Russia has handed North Korea air defence systems, while North Korea has shipped Russia about 9 million "
         "shells, Seoul said.",
         {("other", None, "reported", "ru_to_nk", False), ("ammunition", 9000000, "reported", "nk_to_ru", False)}),
        # what Russia hands over, passes on or helps with
        ("Ukraine's HUR says Moscow could hand North Korea MiG-29s and Su-27s.",
         {("vehicles", None, "planned", "ru_to_nk", False)}),
        ("Russia is passing missile technology to North Korea, Budanov said.",
         {("technology_transfer", None, "reported", "ru_to_nk", False)}),
        ("Western officials believe Russia could help North Korea with submarine propulsion.",
         {("technology_transfer", None, "planned", "ru_to_nk", False)}),
        # a readiness to send, and reinforcements sent
        ("Pyongyang is ready to consider sending more workers to Russia, the Russian ambassador said.",
         {("workers", None, "planned", "nk_to_ru", True)}),
        ("North Korea is open to dispatching more labourers to Russia.",
         {("workers", None, "planned", "nk_to_ru", True)}),
        ("The State Department said North Korea had sent reinforcements to Russia since January.",
         {("troops", None, "reported", "nk_to_ru", True)}),
        # (guards: North Korea's own launches are no know-how; what was sent 'open to criticism' is no plan)
        ("North Korea has conducted three satellite launches since Kim visited Russia.", set()),
        ("North Korea has sent workers to Russia, open to criticism.",
         {("workers", None, "reported", "nk_to_ru", False)}),
    ],
)  # fmt: skip
def test_who_gives_what_to_whom(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _given(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a general by rank speaks; he is no troops sent
        ("Major General Pat Ryder said North Korea has shipped Russia millions of artillery shells.",
         {("ammunition", "reported", "US Department of Defense")}),
        # what the troops were unready for, and the factory workers go to, is no drone supplied
        ("North Korean soldiers were killed in Russia's Kursk region, many ill-prepared for drone warfare.",
         {("casualties", "reported", None)}),
        ("North Korean labourers have been sent to a drone factory in Russia's Tatarstan.",
         {("workers", "reported", None)}),
        # training of the troops where they serve is no supply of drones
        ("Russian officers are training North Korean troops in the Kursk region to operate attack drones, the NIS "
         "said.", {("troops", "reported", "South Korea NIS")}),
        # (guard: drone warfare know-how shared stays)
        ("Russia is believed to be sharing drone warfare experience with North Korea.",
         {("drones", "reported", None)}),
    ],
)  # fmt: skip
def test_ranks_and_drone_words_that_supply_nothing(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


def test_defectors_resettled_are_no_troops(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent troops to Russia. More than 31,000 North Koreans have resettled in the South."
    assert _figures(text, lexicon) == set()


def test_a_transcripts_presenter_speaks_for_no_body(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "SAM LEE (PRESENTER): Good evening. The Pentagon's last public estimate was 11,000 to 12,000 North Korean "
        "troops in Russia."
    )
    assert {c.source for c in _claims(text, lexicon) if c.value} == {"US Department of Defense"}


# Guards from the review of the round's own rules (misfires found on sentences the reviewer wrote)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's losses as a reason, not a tally, leave North Korea's figures alone
        ("Despite heavy Russian losses in Kursk, North Korea has sent another 3,000 troops to Russia, Seoul said.",
         {("troops", 3000, True, "South Korean government")}),
        ("To make up for Russia's losses, Moscow has received about 11,000 troops from Pyongyang.",
         {("troops", 11000, False, None)}),
        # North Korea's troops killing others are no North Korean dead
        ("North Korean troops in Kursk surrounded Ukrainian marines and killed about 40 of them, Moscow claimed.",
         set()),
        # an estimate 'at' a figure is no age
        ("North Korean troops joined Russian forces in Kursk, with their number estimated at 11,000.",
         {("troops", 11000, False, None)}),
        # a plan does not reach figures told as sent
        ("The NIS said North Korea would likely deploy more troops after shipping 100 missiles and 200 howitzers to "
         "Russia.", {("missiles", 100, False, "South Korea NIS"), ("artillery", 200, False, "South Korea NIS")}),
        # a population is no one's estimate
        ("North Korea's population is 26 million; Russia's is 144 million. Pyongyang has sent 11,000 troops to "
         "Kursk.", {("troops", 11000, False, None)}),
        # more troops already there are still more
        ("North Korea has already sent 11,000 troops to Russia and about 3,000 more are already in Kursk, Seoul said.",
         {("troops", 11000, False, "South Korean government"), ("troops", 3000, True, "South Korean government")}),
    ],
)  # fmt: skip
def test_guards_of_the_rounds_figures(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def test_guard_a_plan_does_not_reach_a_list_told_as_sent(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Analysts expect Russia to pay North Korea with oil for the 11,000 troops, 100 missiles and 200 howitzers "
        "it has sent."
    )
    assert _items(text, lexicon) == {
        ("other", None, "planned", False),
        ("troops", 11000, "reported", False),
        ("missiles", 100, "reported", False),
        ("artillery", 200, "reported", False),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after 'but' asserts again
        ("Moscow has never confirmed that North Korean troops are in Kursk, but Seoul says North Korean troops are "
         "deployed there.", {("troops", "reported", "South Korean government")}),
        # ... as does a presence acknowledged at last
        ("Russia did not acknowledge the presence of North Korean troops until April, when Gerasimov thanked them.",
         {("troops", "reported", "Russian General Staff (Gerasimov)")}),
        # reports called speculation are denied
        ("The Kremlin called reports that North Korean soldiers were fighting in Kursk 'speculation'.",
         {("troops", "denied", "Russian government")}),
        # what is photographed at home, or a move to deepen ties, is nothing sent
        ("North Korean missiles were photographed at a military parade in Pyongyang attended by Russia's defence "
         "minister.", set()),
        ("North Korea moved to deepen military ties with Russia, and Kim inspected a drone factory.", set()),
        # a list under a lead that denies is denied; under one that says not yet, nothing
        ("What North Korea denies sending to Russia:\n\n- Ballistic missiles\n- Artillery shells\n",
         {("missiles", "denied", "North Korean government"), ("ammunition", "denied", "North Korean government")}),
        ("What North Korea has not yet sent to Russia:\n\n- Fighter jets\n- Tanks\n", set()),
        # Russia's commanders speak of Russia's troops
        ("Russian commanders said troops had retaken Sudzha, and praised North Korea's support.", set()),
    ],
)  # fmt: skip
def test_guards_of_the_rounds_null_claims(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


def test_guard_evidence_of_the_speakers_own_country_is_theirs(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zelensky said North Korea had sent 11,000 troops to Russia. About 4,000 have been killed or wounded, "
        "according to Ukrainian data."
    )
    assert {c.source for c in _claims(text, lexicon) if c.value == 4000} == {"Zelensky"}


def test_guard_more_sooner_than_expected_is_still_more(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea could send more troops to Russia sooner than expected."
    assert _items(text, lexicon) == {("troops", None, "planned", True)}


def test_a_fact_box_line_counts_what_its_gloss_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea and Russia: by the numbers\n\n"
        "3,000 — additional North Korean troops sent to Russia this year (NIS)\n\n"
        "• 2,000 — North Korean soldiers killed in Russia's war, per the NIS\n\n"
        "12 — the months since the treaty\n"
    )
    assert _figures(text, lexicon) == {
        ("troops", 3000, True, "South Korea NIS"),
        ("casualties", 2000, False, "South Korea NIS"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who 'came' in a wave named before are the soldiers of the sentence before
        ("North Korean soldiers began arriving in Russia last autumn. Officials believe about 12,000 came in the "
         "first wave.", {("troops", 12000, "approx", "reported", False)}),
        # the next batch is a plan, and more
        ("North Korea's troop rotations to Russia continue. Seoul thinks the next batch could be as big as 4,000.",
         {("troops", 4000, "up_to", "planned", True)}),
        # (guard: a next group that arrived was sent)
        ("The next group of North Korean troops, which arrived in Russia in January, numbered 3,000.",
         {("troops", 3000, "exact", "reported", False)}),
    ],
)  # fmt: skip
def test_waves_and_batches(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a job named before a person is no part of the name; the General Staff 'of Ukraine' is Ukraine's
        (
            "Analyst Park Min-ho said the real number of North Korean troops in Russia is closer to 16,000.",
            "Park Min-ho",
        ),
        ("Professor Andrei Lankov said North Korea had sent about 12,000 troops to Russia.", "Lankov"),
        ("The General Staff of Ukraine said North Korea had sent 12,000 troops to Russia.", "Ukraine General Staff"),
    ],
)
def test_names_without_their_jobs(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # 'thinks' speaks as 'believes' does
        ("Seoul thinks North Korea has sent about 11,000 troops to Russia.", "South Korean government"),
        ("South Korean officials think North Korea has sent about 11,000 troops to Russia.", "South Korean officials"),
        # (guard: a British think tank is no British voice)
        ("North Korea has shipped around 16,000 containers of munitions to Russia, according to a report of the "
         "British think tank RUSI.", "Royal United Services Institute (RUSI)"),
    ],
)  # fmt: skip
def test_thinks_speaks(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value} == {source}


def test_guard_a_new_verb_ends_a_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (a headline's second verb opens a clause of its own: the drones are no addition)
    text = 'NIS: "N. Korea to send additional troops, mass-produce drones with Russian help"'
    assert {(c.category.value, c.incremental) for c in _claims(text, lexicon)} == {("troops", True), ("drones", False)}


# Guards from the second review of the round's rules (188 probes)


@pytest.mark.parametrize(
    "text",
    [
        # a timeline's year, a story told after a dash, a span of days: no fact-box count
        "Timeline of North Korea and Russia\n\n2024 – North Korean troops deploy to Russia's Kursk region",
        "North Korea in Russia\n\n1 — North Korean troops were first spotted in Russia in October.",
        "North Korea in Russia\n\n70 — days North Korean troops spent in the Kursk region",
        # 'until' without a later change told, and 'not only ... but also', keep a doubt whole
        "There is no sign that North Korea will send more troops to Russia until at least the spring, the NIS said.",
        "South Korea could not verify reports that North Korea had sent not only troops but also ballistic missiles "
        "to Russia.",
        # North Korea's soldiers who kill, named or as 'they'
        "North Korean soldiers ambushed a Ukrainian unit in Russia's Kursk region. They killed 20 of them.",
    ],
)
def test_guards_that_assert_nothing(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _claims(text, lexicon) if c.value or c.category.value != "troops"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers we or a brigade killed are North Korea's dead, though North Korea was named before in the sentence
        ("North Korean troops stormed Ukrainian positions in Kursk in Russia, and our forces killed 30 of them, "
         "Zelensky said.", {("casualties", 30, False, "Zelensky")}),
        ("North Korean soldiers crossed into Russia's Kursk region. Marines of the 36th Brigade killed 20 of them.",
         {("casualties", 20, False, None)}),
        # troops who escaped an encirclement are still troops
        ("About 3,000 North Korean troops escaped encirclement in Russia's Kursk region, according to the HUR.",
         {("troops", 3000, False, "Ukraine HUR")}),
        # the daily tally of Russia's losses, after a word of amount
        ("North Korea has sent troops to Russia, Kyiv says. Russia's losses over the past day amounted to 1,210 "
         "personnel.", set()),
        # 'The figures come as ...' hands nothing back
        ("Some 3,000 North Korean soldiers have been killed or wounded in Russia. The figures come as Seoul's NIS "
         "prepares to brief lawmakers.", {("casualties", 3000, False, None)}),
    ],
)  # fmt: skip
def test_guards_of_the_second_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead that only mentions a denial is no denial of its list
        ("North Korea, which denies arming Moscow, has sent Russia the following, according to the NIS:\n\n"
         "- Ballistic missiles\n- Artillery shells\n",
         {("missiles", "reported", "South Korea NIS"), ("ammunition", "reported", "South Korea NIS")}),
        # helping build a drone factory is drone know-how
        ("Russia is helping North Korea build a drone factory, Ukraine's HUR said.",
         {("drones", "reported", "Ukraine HUR")}),
        # items from North Korea after a speaker are North Korea's
        ("Ukraine says troops from North Korea have been deployed to Russia's Kursk region.",
         {("troops", "reported", "Ukrainian government")}),
        ("North Korean troops have been moved to the frontlines in Russia.", {("troops", "reported", None)}),
    ],
)  # fmt: skip
def test_guards_of_the_second_review_null_claims(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _told(text, lexicon) == expected


def test_guard_more_than_previously_thought_compares(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent more troops to Russia than previously thought, Seoul said."
    assert _items(text, lexicon) == {("troops", None, "reported", False)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # 'the country's' body is that of the country named as owner before it
        ("By Kyiv's count, North Korea has sent 12,000 troops to Russia, according to the country's military "
         "intelligence agency.", "Ukraine HUR"),
        # (guard: a country named as a target is no owner: a Seoul story's spy agency)
        ("SEOUL, Sept. 4 (Yonhap) -- North Korea has sent more than 12 million shells to Russia, and Russia is "
         "firing North Korean missiles at Ukraine, the country's spy agency told lawmakers.", "South Korea NIS"),
        # a body's finding speaks
        ("Oil: the Open Source Centre's finding that Russia shipped over 1 million barrels of oil to North Korea.",
         "Open Source Centre"),
    ],
)  # fmt: skip
def test_the_countrys_body_and_findings(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon) if c.value} == {source}


def test_guard_an_infinitive_goes_on_with_the_plan(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"North Korea is also believed to be preparing to rotate or additionally dispatch troops to Russia, and to '
        'send more kamikaze drones," the JCS said.'
    )
    assert _items(text, lexicon) == {("troops", None, "planned", True), ("drones", None, "planned", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia rewards and repays: what it gives goes to North Korea
        ("Moscow will likely reward Pyongyang with space technology, British intelligence said.",
         {("technology_transfer", None, "planned", "ru_to_nk", False)}),
        ("Moscow has rewarded North Korea with S-400 air defence batteries.",
         {("other", None, "reported", "ru_to_nk", False)}),
        # losses to be made up for are told, not planned
        ("North Korea will probably send more soldiers to Russia to make up for its losses, the NIS said.",
         {("troops", None, "planned", "nk_to_ru", True), ("casualties", None, "reported", "nk_to_ru", False)}),
        # labourers who staff drone lines are workers, not drone know-how; others' aid is not North Korea's
        ("North Korean laborers have been sent to Russia to staff drone assembly lines in Alabuga.",
         {("workers", None, "reported", "nk_to_ru", False)}),
        ("The EU delivered one million rounds of ammunition to Ukraine last year; North Korea supplied Russia with at "
         "least 3 million rounds, the NIS said.", {("ammunition", 3000000, "reported", "nk_to_ru", False)}),
        ("In 1945, about 1.6 million Soviet soldiers fought the Japanese army; today North Korea sends troops to "
         "Russia.", {("troops", None, "reported", "nk_to_ru", False)}),
    ],
)  # fmt: skip
def test_rewards_losses_and_others_aid(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _given(text, lexicon) == expected


def test_a_lead_that_is_a_denial_denies_its_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Pyongyang denies sending Russia any of the following:\n\n- KN-23 missiles\n- Koksan howitzers\n"
    assert _told(text, lexicon) == {
        ("missiles", "denied", "North Korean government"),
        ("artillery", "denied", "North Korean government"),
    }


def test_a_body_that_went_further_speaks(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lithuania's military intelligence went further, assessing that Pyongyang had delivered up to 5 million "
        "artillery rounds to Russia. In Berlin, the German Foreign Office said it was concerned."
    )
    assert {c.source for c in _claims(text, lexicon) if c.value} == {"Lithuanian intelligence"}


def test_deliveries_that_continued_after_north_koreas_are_its(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has sent 12,000 soldiers to Russia. Deliveries of shells and KN-24 missiles have also continued."
    )
    assert _items(text, lexicon) == {
        ("troops", 12000, "reported", False),
        ("ammunition", None, "reported", False),
        ("missiles", None, "reported", False),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian goods North Korea receives, or placed in North Korea, are Russia's giving
        ("North Korea has received Russian fighter jets, Seoul says.",
         {("vehicles", None, "reported", "ru_to_nk", False)}),
        ("Russian air-defence systems have been deployed around Pyongyang, the NIS said, as North Korea sends troops "
         "to Russia.",
         {("other", None, "reported", "ru_to_nk", False), ("troops", None, "reported", "nk_to_ru", False)}),
        # (guards: Russia's own jets and aircraft are no goods)
        ("Russian jets bombed Kharkiv while North Korean troops advanced in Kursk.", set()),
        # (the troops ferried are sent: a claim since the eighteenth round's transport verbs; the aircraft are none)
        ("Russian aircraft ferried North Korean troops to Russia's Far East.",
         {("troops", None, "reported", "nk_to_ru", False)}),
    ],
)  # fmt: skip
def test_russian_goods_north_korea_gets(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _given(text, lexicon) == expected


def test_missiles_of_north_koreas_that_russia_fired(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent KN-23 missiles to Russia. Russia has fired 20 of them at Kharkiv."
    assert _figures(text, lexicon) == {("missiles", 20, False, None)}


# Guards from the third review of the round's rules (90 probes)


@pytest.mark.parametrize(
    "text",
    [
        # a receiving or a place not tied to the Russian item
        "Kim Jong Un got a close look at Russian Su-57 fighter jets during his visit to Russia, state media said.",
        "Russian jets were stationed near the North Korean border during Putin's visit to Pyongyang.",
        "The North has received no Russian fighter jets so far, the NIS said.",
        "Russian S-400 air defence systems have been deployed in the north of Ukraine's Kharkiv region, near where "
        "North Korean troops fight.",
        # Russia's own missiles launched 'of them'
        "North Korea has sent troops to Russia. Russia has stockpiled Iskander missiles near the border and has "
        "launched 15 of them since Monday.",
    ],
)
def test_guards_of_the_third_review(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _claims(text, lexicon) if c.category.value != "troops"] == []


def test_guard_a_country_that_went_further_acts(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea went further in March, sending 3,000 more troops to Russia, the JCS said."
    assert _figures(text, lexicon) == {("troops", 3000, True, "South Korea JCS")}
