"""Wording classes fixed in the eighteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim

_LEAD = "North Korea has sent troops to Russia, officials say.\n"


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category and value of every claim with a figure."""
    return {(c.category.value, c.value) for c in _claims(text, lexicon) if c.value is not None}


@pytest.mark.parametrize(
    "text",
    [
        # people counted for something else, the military words far from them
        "About 140 people packed the lecture hall on Tuesday to hear a former North Korean army officer speak.",
        "Some 300 people were evacuated from the village before the North Korean soldiers moved in from the east.",
        "About 140 people attended the lecture on the North Korean army.",
        # people who once served
        "The imagery was studied with the help of two former Japan Ground Self-Defense Force officers.",
        "Three retired US Army officers reviewed the footage of North Korean troops in Kursk.",
    ],
)
def test_people_that_are_no_deployment(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_LEAD + text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (guards: people counted where the military words are near, or as they are sent)
        ("Kyiv says the newly arrived contingent numbered about 3,000 people.", 3000),
        ("Seoul says Pyongyang is preparing a third troop deployment of up to 6,000 people.", 6000),
        ("North Korea, 6 thousand persons additional dispatch to Kursk, the ministry said.", 6000),
        ("Pyongyang sent 11,000 soldiers, many of them former border guards.", 11000),
        ("North Korea has about 11,000 troops in Russia, the NIS said.", 11000),
        ("North Korea has sent an additional 3,000 people to Russia to reinforce its troops, the NIS said.", 3000),
        ("Another 3,000 people will be sent to Russia in the coming weeks, the NIS said.", 3000),
        ("An army of 11,000 North Korean soldiers has been fighting in Kursk since October, the NIS said.", 11000),
        ("Russia has embedded about 12,000 North Korean soldiers in its army, Zelensky said.", 12000),
    ],
)
def test_people_sent_still_count(text: str, value: int, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert ("troops", value) in _figures(_LEAD + text, lexicon)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # Russia as the first object of North Korea's giving
        ("Seoul says North Korea has sent Russia air-defence systems.", "nk_to_ru"),
        ("North Korea has supplied Moscow with Pantsir systems, Kyiv claims.", "nk_to_ru"),
        # (guards: what Russia gives, and North Korea's giving with Russia's as possessor)
        ("Seoul says Russia has sent North Korea air-defence systems.", "ru_to_nk"),
        ("North Korea is protected by air-defence systems that Russia has given Pyongyang, Seoul says.", "ru_to_nk"),
    ],
)
def test_who_gives_air_defence(text: str, direction: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == {("other", direction)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's giving told with adverbs or a plan between the giver and the verb
        ("China could soon ship attack drones to Russia, officials warn, as North Korea keeps sending shells.",
         {"ammunition"}),
        ("Iran is reportedly set to send ballistic missiles to Russia; North Korea has sent troops.", {"troops"}),
        # (guard: North Korea's own plan told the same way)
        ("Seoul says North Korea will soon send drones to Russia.", {"drones"}),
    ],
)  # fmt: skip
def test_what_another_country_will_soon_send_is_no_claim(text: str, expected: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims("Officials spoke on Monday.\n" + text, lexicon)} == expected


def _casualties(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {(c.value, c.source) for c in _claims(text, lexicon) if c.category.value == "casualties"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker who gives the figure after a clause of their own speaks; the tolls after are still North Korea's
        ("North Korean troops in Russia: the toll.\nZelensky went further on Monday, putting the toll at more than "
         "3,000 killed and wounded.\nBy March, the NIS had about 300 dead and 2,700 wounded.",
         {(3000, "Zelensky"), (300, "South Korea NIS"), (2700, "South Korea NIS")}),
        ("North Korean troops in Russia: the toll.\nZelensky weighed in on Dec. 23, estimating the losses at about "
         "3,800.\nIn late March, Seoul estimated some 4,700 casualties.",
         {(3800, "Zelensky"), (4700, "South Korean government")}),
    ],
)  # fmt: skip
def test_a_toll_given_after_the_speakers_own_clause(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _casualties(text, lexicon) == expected


def test_a_country_acted_on_before_the_estimate_does_not_speak(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: the estimate is the adviser's; North Korea is what he spoke of)
    text = ("North Korea's artillery in Russia.\nIn November, South Korea's national security adviser first disclosed "
            "North Korea's artillery support to Russia, estimating the number at more than 160 pieces.")  # fmt: skip
    assert {(c.category.value, c.value) for c in _claims(text, lexicon) if c.value} == {("artillery", 160)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers held in captivity or custody are captured
        (
            "Three North Korean soldiers are being held in Ukrainian captivity, Kyiv says.",
            ("casualties", 3, "captured"),
        ),
        ("Two North Korean soldiers are now in Ukrainian custody.", ("casualties", 2, "captured")),
        # air-defence batteries are systems
        ("Russia delivered at least two Pantsir batteries to Pyongyang.", ("other", 2, "air defense systems")),
    ],
)
def test_captivity_and_batteries(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    got = {(c.category.value, c.value, c.subtype) for c in _claims(_LEAD + text, lexicon) if c.value}
    assert got == {expected}


@pytest.mark.parametrize(
    ("text", "status", "incremental"),
    [
        ("North Korea is slated to ship 100 more KN-23 missiles to Russia, the HUR said.", "planned", True),
        ("Pyongyang is scheduled to send 2,000 engineers to Kursk in May, the NIS said.", "planned", False),
        # reinforcements named after the verb, with the noun between
        ("About 2,000 North Korean soldiers were sent in March as reinforcements, the NIS said.", "reported", True),
        # (guard: those sent as the first force)
        ("About 11,000 North Korean soldiers were sent in October as the first contingent, the NIS said.",
         "reported", False),
    ],
)  # fmt: skip
def test_plans_scheduled_and_reinforcements_named_late(text: str, status: str, incremental: bool, lexicon) -> None:  # type: ignore[no-untyped-def]
    got = {(c.status.value, c.incremental) for c in _claims(_LEAD + text, lexicon) if c.value}
    assert got == {(status, incremental)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denials told as what was never or not given
        ("North Korea's foreign ministry insisted the country \"has never received a single fighter jet from Russia.\"",
         ("vehicles", "denied", "North Korean government")),
        ("Russia's foreign ministry said Moscow \"has not transferred\" submarine technology to Pyongyang.",
         ("technology_transfer", "denied", "Russia Ministry of Foreign Affairs")),
        # a denial with an adverb between the speaker and the verb
        ("The Kremlin still denies that it has received ballistic missiles from North Korea.",
         ("missiles", "denied", "Russian government")),
    ],
)  # fmt: skip
def test_denials_of_what_was_never_given(text: str, expected: tuple[object, ...], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert expected in {
        (c.category.value, c.status.value, c.source) for c in _claims("Officials spoke.\n" + text, lexicon)
    }


def test_a_body_that_gave_no_figure_denies_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korean troops are in Russia, Seoul says. The DIA did not provide an updated estimate of their number."
    assert {c.status.value for c in _claims("Officials spoke.\n" + text, lexicon)} == {"reported"}


@pytest.mark.parametrize(
    "body",
    [
        "North Korea has shipped roughly 60 more howitzers to Russia this year, according to people familiar with the "
        "matter.\n\nThe consignments also included some 40 rocket launchers, two of the people said.",
        "A person briefed on the shipments said North Korea had sent roughly 60 more howitzers to Russia.\n\n"
        "The consignments also included some 40 rocket launchers, the person said.",
    ],
)
def test_people_an_outlet_does_not_name_are_its_own_reporting(body: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="a", text="The Wall Street Journal\nWorld | Asia\n\n" + body, language="en",
                      url="https://www.wsj.example.com/world/asia/howitzers")  # fmt: skip
    got = {(c.value, c.source) for c in extract_claims(article, lexicon) if c.value}
    assert got == {(60, "The Wall Street Journal"), (40, "The Wall Street Journal")}


def test_unnamed_people_with_no_outlet_give_no_source(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: no outlet's page, no outlet named: nobody)
    text = "North Korea has shipped roughly 60 more howitzers to Russia, according to people familiar with the matter."
    assert {c.source for c in _claims("Officials spoke.\n" + text, lexicon)} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item named generally, then counted more closely by the same voice: one item, counted
        ("North Korea has sent rocket launchers to Russia, the JCS said. The JCS estimates about 70 240mm rocket "
         "launchers have been delivered.", {("rocket_launchers", 70)}),
        ("North Korea keeps shipping munitions to Russia, the NIS said. The agency estimates that some 10 million "
         "artillery shells have been sent.", {("ammunition", 10_000_000)}),
        # (guards: the munitions that containers hold; builders are not the troops; another voice's item)
        ("North Korea has shipped munitions to Russia, the NIS said. It counted more than 1,000 containers, the NIS "
         "said.", {("ammunition", None), ("ammunition", 1000)}),
        ("North Korea has sent troops to Russia, the NIS said. It also sent 1,000 deminers, the NIS said.",
         {("troops", None), ("troops", 1000)}),
        ("North Korea keeps shipping munitions to Russia, Kyiv says. The NIS estimates that some 10 million "
         "artillery shells have been sent.", {("ammunition", None), ("ammunition", 10_000_000)}),
    ],
)  # fmt: skip
def test_an_item_named_generally_then_counted(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value) for c in _claims("Officials spoke.\n" + text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a size the force may have by a time to come is a plan
        ("Budanov said the North Korean contingent could be as large as 25,000 by the autumn.", "planned"),
        # (guard: what is there now may be as large as that)
        ("Budanov said the North Korean force already in Russia could be as large as 15,000.", "reported"),
    ],
)
def test_a_size_by_a_time_to_come_is_a_plan(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims(_LEAD + text, lexicon) if c.value} == {status}


@pytest.mark.parametrize(
    ("credits", "source"),
    [
        # a line of credits names whom the page drew on, not who says each figure
        ("Sources: AP, AFP, UK MoD, Yonhap.", None),
        ("Sources: NIS briefing to the National Assembly; US Department of Defense; Ukraine's HUR.", None),
        # (guard: a news item's declared source speaks throughout)
        ("Source: Vadym Skibitskyi, deputy head of Ukraine's Defence Intelligence, in an interview with Ukrinform",
         "Ukraine HUR (Skibitskyi)"),
    ],
)  # fmt: skip
def test_a_line_of_credits_lends_no_source(credits: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (f"North Korea's help for Russia's war\nHere is what is known.\nNorth Korea has sent roughly 13,000 "
            f"soldiers to Russia.\nAbout 9 million shells have been shipped.\n{credits}")  # fmt: skip
    assert {c.source for c in _claims(text, lexicon) if c.value} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # whom the speaker cites on the figure, after it, does not speak for it
        ("Japanese Defense Minister Gen Nakatani said Russia was helping North Korea. The minister also said about 120 "
         "North Korean ballistic missiles had been fired at Ukraine, a figure he said Tokyo had confirmed with allies.",
         "Japan Ministry of Defense (Gen Nakatani)"),
        ("Ukrainian intelligence chief Kyrylo Budanov spoke on Sunday. The spy chief said about 150 North Korean "
         "ballistic missiles had reached Russia, a number he said Kyiv had verified.", "Ukraine HUR (Budanov)"),
        # (guard: a speaker after the figure who is no one's citation)
        ("About 150 North Korean ballistic missiles have reached Russia, Kyiv said.", "Ukrainian government"),
    ],
)  # fmt: skip
def test_whom_a_speaker_cites_on_the_figure_does_not_speak(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims("Officials spoke.\n" + text, lexicon) if c.value} == {source}


@pytest.mark.parametrize(
    "text",
    [
        # what the receiver seeks to get is a plan
        "Russia is seeking to acquire more KN-24 missiles from Pyongyang, Ukrainian intelligence said.",
        "Moscow wants to buy more North Korean shells, Western officials said.",
        "The white paper says North Korea may obtain from Russia technology for its missile programme.",
    ],
)
def test_what_the_receiver_seeks_to_get_is_planned(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims("Officials spoke.\n" + text, lexicon)} == {"planned"}


def test_what_the_receiver_has_bought_is_reported(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: a purchase told as done)
    text = "Russia has bought millions of shells from North Korea, Ukrainian intelligence said."
    assert {c.status.value for c in _claims("Officials spoke.\n" + text, lexicon)} == {"reported"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call not to give is no delivery
        ("Lawmakers urged Moscow to stop any transfer of fighter jets to Pyongyang.", set()),
        ("Lawmakers urged the Kremlin not to supply any air defence systems to Pyongyang.", set()),
        # (guard: a call to stop what is being done tells that it is done)
        ("Seoul urged Pyongyang to stop sending troops to Russia.", {("troops", "reported")}),
    ],
)
def test_calls_not_to_give(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims("Officials spoke.\n" + text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item in a condition is no claim
        ("Seoul would respond if Pyongyang sent more shells to Russia.", set()),
        ("Blinken warned that if North Korean troops entered the fighting in Russia, the US would respond.", set()),
        # (guard: a concession asserts)
        ("Even if North Korea has sent shells to Russia, it cannot win the war, analysts said.",
         {("ammunition", "reported")}),
    ],
)  # fmt: skip
def test_items_in_a_condition(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims("Officials spoke.\n" + text, lexicon)} == expected


# Guards from the review of this round's rules: sentences where a first version of a rule misfired.
def _rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, direction and status of every claim but the lead's troops."""
    return {
        (c.category.value, c.value, c.direction.value, c.status.value)
        for c in _claims(_LEAD + text, lexicon)
        if c.category.value != "troops" or c.value is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what North Korea gives Russia in a relative clause does not send back what it receives
        ("North Korea, which has sent Russia thousands of troops, has received air-defence systems from Moscow in "
         "return, the NIS said.", {("other", None, "ru_to_nk", "reported")}),
        # a place is no giver
        ("Russian forces in Ukraine are still supplied with artillery shells from Pyongyang, Kyiv says.",
         {("ammunition", None, "nk_to_ru", "reported")}),
        ("Russian forces in Ukraine have also been given Koksan howitzers by Pyongyang, Kyiv said.",
         {("artillery", None, "nk_to_ru", "reported")}),
        # an object before the estimate does not speak
        ("Ukrainian forces repelled North Korean assaults near Sudzha last week, estimating the enemy losses at 200.",
         {("casualties", 200, "nk_to_ru", "reported")}),
        # 'never gave up' denies nothing; a late delivery is a delivery
        ("North Korea never gave up on its alliance with Moscow and has sent more than 12,000 troops, analysts say.",
         {("troops", 12000, "nk_to_ru", "reported")}),
        ("North Korea did not deliver the second batch of 3,000 troops to Russia until February, the NIS said.",
         {("troops", 3000, "nk_to_ru", "reported")}),
    ],
)  # fmt: skip
def test_guards_from_the_review_of_the_rounds_rules(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def test_the_killed_are_not_the_killed_or_wounded(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = ("Many North Korean soldiers have been killed in Kursk, the NIS said. It estimates about 4,700 North Korean "
            "troops have been killed or wounded.")  # fmt: skip
    got = {
        (c.value, c.subtype) for c in _claims("Officials spoke.\n" + text, lexicon) if c.category.value == "casualties"
    }
    assert got == {(None, "killed"), (4700, "killed_or_wounded")}


def test_another_countrys_batteries_are_not_russias_air_defence(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv has asked for more Patriot air-defence batteries to counter the North Korean missiles Russia fires."
    assert "other" not in {c.category.value for c in _claims(_LEAD + text, lexicon)}


@pytest.mark.parametrize(
    "text",
    [
        # what is due is to come
        "A further 5,000 troops are due next month, Ukrainian intelligence said.",
        "A shipment of 100 Koksan howitzers is due later this year, Budanov said.",
    ],
)
def test_what_is_due_is_planned(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims(_LEAD + text, lexicon) if c.value} == {"planned"}


def test_said_people_familiar_with_the_matter_on_an_outlets_page(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = ("The Wall Street Journal\nWorld | Asia\n\nNorth Korea has shipped about 100 more howitzers to Russia, said "
            "people familiar with the matter.")  # fmt: skip
    article = Article(id="a", text=text, language="en", url="https://www.wsj.example.com/world/asia/howitzers")
    assert {c.source for c in extract_claims(article, lexicon)} == {"The Wall Street Journal"}


@pytest.mark.parametrize(
    ("entry", "subtype"),
    [
        # a fact box's entry labelled with what befell the people it counts
        ("- Killed or wounded: over 5,000 (NIS)", "killed_or_wounded"),
        ("- Casualties: over 5,000 (NIS)", "killed_or_wounded"),
        ("- Killed: about 1,500 (NIS)", "killed"),
    ],
)
def test_a_fact_box_entry_labelled_with_a_toll(entry: str, subtype: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    lead = "North Korea's help for Russia's war\nNorth Korean troops have fought in Kursk since late 2024."
    text = f"{lead}\n\nLosses\n{entry}"
    got = {(c.subtype, c.source) for c in _claims(text, lexicon) if c.category.value == "casualties"}
    assert got == {(subtype, "South Korea NIS")}


def test_a_number_cited_in_a_bodys_briefing_the_sentence_after(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = ("North Korea's help for Russia's war\nSeoul's spy agency said last month that about 800 North Korean "
            "soldiers had died.\nNorth Korea has sent about 15,000 containers to Russia since 2023. That number was "
            "cited in a Pentagon briefing on Thursday.")  # fmt: skip
    assert {(c.value, c.source) for c in _claims(text, lexicon)} == {
        (800, "South Korea NIS"),
        (15000, "US Department of Defense"),
    }


# Guards from the second review of this round's rules.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people sent to work are workers; people sent to study, tour or talk are no one the beat counts
        ("North Korea has sent about 15,000 people to Russia to work on construction sites, the NIS said.",
         {("workers", 15000)}),
        ("Pyongyang dispatched more than 1,000 people to Russian textile factories last year, the NIS said.",
         {("workers", 1000)}),
        ("North Korea sent 500 people to study at Russian universities last year.", set()),
        ("Pyongyang is sending a delegation of 30 people to Moscow for talks, KCNA said.", set()),
        # an outlet relaying its source keeps the source; a figure vouched for by others stays the speaker's
        ("CNN reported that Russia had received about 150 KN-23 missiles, a figure it said Ukrainian intelligence had "
         "shared with the network.", {("missiles", 150)}),
        # the noun 'transport' supplies nothing
        ("North Korea's air force still flies Soviet-era An-2 transport aircraft and MiG-29 fighters.", set()),
        # a past time is no time to come
        ("The North Korean force in Russia could be as large as 15,000 by the end of last year, the NIS said.",
         {("troops", 15000)}),
    ],
)  # fmt: skip
def test_guards_from_the_second_review(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(_LEAD + text, lexicon) == {(c, v) for c, v in expected}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what goes on in a condition is presupposed
        ("Seoul will consider arming Ukraine if North Korea continues to send ballistic missiles to Russia.",
         "reported"),
        ("Russia would struggle to sustain its offensive if it were not for North Korean shells, analysts say.",
         "reported"),
        # the anonymity formula calls for nothing
        ("A South Korean official who asked not to be named said artillery shells were still being shipped from North "
         "Korea to Russia.", "reported"),
        # a past estimate
        ("The North Korean force in Russia could be as large as 15,000 by the end of last year, the NIS said.",
         "reported"),
    ],
)  # fmt: skip
def test_status_guards_from_the_second_review(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(_LEAD + text, lexicon) if c.category.value != "troops" or c.value is not None]
    assert claims and {c.status.value for c in claims} == {status}


def test_an_outlet_relaying_a_figure_names_its_source(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = ("CNN reported that Russia had received about 150 KN-23 missiles, a figure it said Ukrainian intelligence "
            "had shared with the network.")  # fmt: skip
    assert {c.source for c in _claims(_LEAD + text, lexicon) if c.value} == {"Ukraine HUR (via CNN)"}
