"""Wording classes fixed in the fifteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, addition flag and source of every figure."""
    return {(c.category.value, c.value, c.incremental, c.source) for c in _claims(text, lexicon) if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # newsletters and posts write the North as 'NK'
        ("NK troops in Russia: ~12k, per the NIS briefing.", {("troops", 12000, False, "South Korea NIS")}),
        ("Russia has fired about 60 NK missiles at Ukrainian cities since January.", {("missiles", 60, False, None)}),
    ],
)  # fmt: skip
def test_nk_names_north_korea(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list entry with a label of its own adds to its own item, whatever the entry before counted
        ("THE NUMBERS\n- North Korean troops in Russia: about 12,000, per the NIS.\n"
         "- Shells: another 1.5 million rounds since January, the NIS reckons.",
         {("troops", 12000, False, "South Korea NIS"), ("ammunition", 1500000, True, "South Korea NIS")}),
        ("Key figures:\n• Koksan guns: 200 sent by North Korea to Russia, per Kyiv.\n"
         "• MRLs: another 120 in recent months, per Kyiv.",
         {("artillery", 200, False, "Ukrainian government"),
          ("rocket_launchers", 120, True, "Ukrainian government")}),
    ],
)  # fmt: skip
def test_a_labelled_list_entry_adds_to_its_own_item(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures(text, lexicon) == expected


def test_another_after_a_count_of_something_else_is_still_a_second_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: without a label, 'another 90' right after 150 guns counts one more item, no addition)
    text = "North Korea has sent 150 Koksan guns to Russia. It has also sent another 90 rocket launchers."
    assert _figures(text, lexicon) == {("artillery", 150, False, None), ("rocket_launchers", 90, False, None)}


@pytest.mark.parametrize(
    "label", ["Zelensky", "President Volodymyr Zelensky", "ZELENSKY"]
)  # fmt: skip
def test_a_person_labelling_a_turn_speaks_and_does_not_act(label: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interviewer: When did North Korean soldiers first arrive in Russia?\n"
        f"{label}: Last summer. By September we were sure.\n"
        "Interviewer: How many North Korean soldiers are there?\n"
        f"{label}: 11,000 came first, last autumn. Then about 3,000 more in January, to fill the holes."
    )
    assert _figures(text, lexicon) == {("troops", 11000, False, "Zelensky"), ("troops", 3000, True, "Zelensky")}


def _denials(text: str, lexicon) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(c.category.value, c.source) for c in _claims(text, lexicon) if c.status.value == "denied"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused deny what the sentence before told, each item once
        ("The White House said North Korea has sent 11,000 troops and KN-23 missiles to Russia. However, North Korea "
         "denied this.", {("troops", "North Korean government"), ("missiles", "North Korean government")}),
        ("Seoul says North Korea has sent soldiers to Russia. Moscow called the claims \"blatant lies\".",
         {("troops", "Russian government")}),
        ("The spy agency said the North shipped artillery shells to Russia. Pyongyang and Moscow have both rejected "
         "the accusations.", {("ammunition", "North Korean and Russian governments")}),
        ("Seoul says North Korea has sent soldiers to Russia. The Kremlin's spokesman Dmitry Peskov has repeatedly "
         "dismissed such reports.", {("troops", "Kremlin (Peskov)")}),
        # what the containers hold is what is denied
        ("Officials said North Korea had delivered 1,000 containers of munitions to Russia.\n\nThe DPRK has "
         "repeatedly rejected such allegations.", {("ammunition", "North Korean government")}),
    ],
)  # fmt: skip
def test_a_denial_refers_to_what_the_sentence_before_told(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _denials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (guards) someone other than the accused rejects something; the sentence before told nothing; a denial
        # of something else
        "Seoul says North Korea has sent soldiers to Russia. Kyiv rejected the accusations.",
        "North Korea held a parade on Sunday. Moscow denied the reports.",
        "Seoul says North Korea has sent soldiers to Russia. Moscow denied that it was preparing a new offensive.",
    ],
)
def test_no_denial_without_the_accused_denying_what_was_told(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _denials(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's U.N. ambassador told the Security Council that reports of a troop deployment to Russia were "
        '"groundless rumours".',
        'Pyongyang\'s envoy said claims that North Korean soldiers are fighting in Kursk were "absurd fabrications".',
        "Russia's foreign ministry dismissed media reports that Moscow plans to give MiG-29 jets to Pyongyang.",
    ],
)
def test_reports_called_lies_or_dismissed_are_denied(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims(text, lexicon)} == {"denied"}


def test_reports_not_denied_stay_reported(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "The Kremlin has not denied media reports that North Korean troops are in Kursk."
    assert {c.status.value for c in _claims(text, lexicon)} == {"reported"}


def _rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, hedge, status and addition flag of every claim."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental)
        for c in _claims(text, lexicon)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'can' with a delivery verb plans
        ("North Korea can send more soldiers to Russia if asked, Zelensky said.",
         {("troops", None, None, "planned", True)}),
        # a headline's 'North Korea to send' after a live blog's label
        ("War in Ukraine live: North Korea to send 6,000 military engineers to Kursk",
         {("troops", 6000, "exact", "planned", False)}),
        # what was pledged, told in a relative clause without 'to send'
        ("The spy agency said 1,000 deminers had arrived in Russia, part of the 6,000 engineers Pyongyang pledged in "
         "June.", {("troops", 1000, "exact", "reported", False), ("troops", 6000, "exact", "planned", False)}),
        # present-tense casualty verbs of Ukrainian headlines
        ("Special forces eliminate 21 North Korean soldiers in Russia's Kursk region",
         {("casualties", 21, "exact", "reported", False)}),
        # 'higher than' is a hedge
        ("Kyiv told reporters the North Korean death toll in Russia was significantly higher than 600.",
         {("casualties", 600, "more_than", "reported", False)}),
        # 'more' reaches the next item of its list
        ("North Korea also shipped more ballistic missiles and self-propelled guns to Russia, the JCS said.",
         {("missiles", None, None, "reported", True), ("artillery", None, None, "reported", True)}),
    ],
)  # fmt: skip
def test_plans_casualties_hedges_and_additions(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards) 'can' without a delivery verb plans nothing; 'more than' is no addition
        ("North Korea can produce about 3 million shells a year, and has sent 1 million to Russia.",
         {("ammunition", 1000000, "exact", "reported", False)}),
        ("North Korea shipped more than 100 ballistic missiles and 50 guns to Russia, the JCS said.",
         {("missiles", 100, "more_than", "reported", False), ("artillery", 50, "exact", "reported", False)}),
    ],
)  # fmt: skip
def test_plans_and_additions_keep_to_their_cases(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def _sources(text: str, lexicon) -> dict[object, str | None]:  # type: ignore[no-untyped-def]
    return {c.value: c.source for c in _claims(text, lexicon) if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'its' body is that of the country named before it, passing over the two the support flows between
        ("Ukraine's estimate is higher: 12,000 North Korean troops in Russia, according to its military "
         "intelligence.", {12000: "Ukraine HUR"}),
        ("Ukraine says North Korea has sent 12,000 troops, citing its military intelligence.", {12000: "Ukraine HUR"}),
        ("Seoul put the number at 11,000 North Korean troops in Russia, citing its spy agency.",
         {11000: "South Korea NIS"}),
        ("Tokyo says North Korea has sent 300 missiles to Russia, according to its defence ministry.",
         {300: "Japan Ministry of Defense"}),
    ],
)  # fmt: skip
def test_its_body_is_the_body_of_the_country_named_before(text: str, expected: dict[object, str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, lexicon) == expected


def test_its_body_after_only_the_parties_is_no_one_without_a_body_in_the_gazetteer(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (guard: after North Korea and Russia alone, 'its military' is Russia's, which the gazetteer gives no body)
    text = "The report says North Korea sent 12,000 troops to Russia, according to its authors' count of its military."
    assert _sources(text, lexicon) == {12000: None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a worry or suspicion voiced is the voice's
        ("Western officials also fear that Russia could help the North with its nuclear submarine programme.",
         {("technology_transfer", "Western officials")}),
        ("South Korean officials have long suspected Moscow of transferring missile technology to Pyongyang.",
         {("technology_transfer", "South Korean officials")}),
        ("Kyiv suspects North Korea has sent 100 more missiles to Russia.", {("missiles", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_a_fear_or_suspicion_is_its_voices(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.source) for c in _claims(text, lexicon)} == expected


def _values(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Value, upper bound, hedge and status of every figure."""
    return {
        (c.value, c.value_max, c.qualifier.value if c.qualifier else None, c.status.value)
        for c in _claims(text, lexicon)
        if c.value
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every part listed after 'including' has the whole's status
        ("Pyongyang will dispatch 6,000 more personnel to Russia, including 1,000 deminers and 5,000 military "
         "builders, Shoigu said.",
         {(6000, None, "exact", "planned"), (1000, None, "exact", "planned"), (5000, None, "exact", "planned")}),
        # a range whose upper end is hedged: one claim
        ("Estimates of the KN-23 missiles North Korea transferred to Russia range from about 100 to as many as 250.",
         {(100, 250, "approx", "reported")}),
        ("North Korea has sent between 10,000 and up to 12,000 troops to Russia.", {(10000, 12000, None, "reported")}),
    ],
)  # fmt: skip
def test_list_parts_and_hedged_ranges(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards) a change stays two figures, hedged or not; a part said in a clause of its own keeps its status
        ("North Korea's troop presence in Russia rose from about 11,000 to as many as 14,000 this year.",
         {(11000, None, "approx", "reported"), (14000, None, "up_to", "reported")}),
        ("The NIS revised its estimate of North Korean soldiers sent to Russia from 10,000 to 12,000.",
         {(10000, None, "exact", "reported"), (12000, None, "exact", "reported")}),
        ("North Korea sent 6,000 personnel to Russia, including 1,000 deminers, and will send 5,000 builders.",
         {(6000, None, "exact", "reported"), (1000, None, "exact", "reported"), (5000, None, "exact", "planned")}),
    ],
)  # fmt: skip
def test_changes_and_own_clauses_keep_their_figures(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _values(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'administration officials' in a story on this beat are Washington's
        ("About 10,000 North Korean troops are in Russia, one senior administration official said.",
         {(10000, "US official")}),
        ("About 10,000 North Korean troops are in Russia, senior administration officials said.",
         {(10000, "US officials")}),
        # (guards) a named leader's administration, a city's, a Russian presidential one
        ("About 10,000 North Korean troops are in Russia, a Yoon administration official said.", {(10000, None)}),
        ("About 10,000 North Korean troops are in Russia, Kursk city administration officials said.", {(10000, None)}),
        # (guard) a Russian presidential administration's official is Russia's
        ("About 10,000 North Korean troops are in Russia, a Russian presidential administration official said.",
         {(10000, "Russian official")}),
        # 'put it' refers to the count before, whatever hedge follows
        ("South Korea's spy agency has put the number of North Korean troops in Russia at 11,000. Ukrainian "
         "officials have put it as high as 15,000.", {(11000, "South Korea NIS"), (15000, "Ukrainian officials")}),
    ],
)  # fmt: skip
def test_administration_officials_and_put_it(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.source) for c in _claims(text, lexicon) if c.value} == expected


def test_figures_called_a_fabrication_are_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kremlin spokesman Dmitry Peskov called the figures about thousands of killed North Korean soldiers in "
        'Russia "a fabrication".\nKyiv called the reports of 12,000 North Korean troops in Russia credible.'
    )
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == {
        ("casualties", "denied"),
        ("troops", "reported"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in 'systems' or 'units' after a sentence naming launchers counts the launchers
        ("North Korea has also sent Russia 240mm multiple rocket launchers. HUR counts about 150 systems.",
         {("rocket_launchers", 150)}),
        ("North Korea has also sent Russia Koksan self-propelled guns. HUR counts about 150 units.",
         {("artillery", 150)}),
        # (guard) shells are counted in no such word
        ("North Korea has also sent Russia artillery shells. HUR counts about 150 systems.", set()),
    ],
)  # fmt: skip
def test_a_weapon_count_in_a_generic_word_counts_the_weapon_before(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after a preposition is no speaker (the group is: the twenty-first round names it by its members)
        ("North Korea has shipped at least 9 million rounds of ammunition to Russia, a group of 11 countries "
         "monitoring sanctions on Pyongyang said Thursday.", "Multilateral Sanctions Monitoring Team (MSMT)"),
        ("North Korea has sent 11,000 troops to Russia, experts on Moscow said.", None),
        # a time between the speaker and the verb
        ("Moscow has not confirmed the deployment. The Kremlin last year dismissed reports of North Korean soldiers in "
         'Russia as "another fake".', "Russian government"),
        ("North Korea has sent 11,000 troops to Russia, the NIS last month said.", "South Korea NIS"),
    ],
)  # fmt: skip
def test_who_speaks_past_prepositions_and_times(text: str, expected: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opening before the toll's verb
        ('Zelensky said that the number of North Korean troops killed and wounded in Russia "already exceeds '
         '3,000."', {("casualties", 3000, "more_than")}),
        # what befalls others in an 'as' clause is not the figure's
        ("North Korea to send 6,000 more personnel to Russia as death toll hits 2,000",
         {("troops", 6000, "exact"), ("casualties", 2000, "exact")}),
        # (guard) 'as many as' is a hedge, not a clause
        ("North Korea has lost as many as 4,000 soldiers killed and wounded in Russia.",
         {("casualties", 4000, "up_to")}),
    ],
)  # fmt: skip
def test_tolls_past_a_quotation_mark_and_before_an_as_clause(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(text, lexicon)
    assert {(c.category.value, c.value, c.qualifier.value if c.qualifier else None) for c in claims} == expected


# Guards from the round's review of its own rules: each sentence misfired on a first version of a rule.
@pytest.mark.parametrize(
    "text",
    [
        "Seoul's spy agency says North Korea has sent 11,000 troops to Russia. The Kremlin declined to confirm or deny "
        "the reports.",
        "Seoul's spy agency says North Korea has sent 11,000 troops to Russia. The Kremlin neither confirmed nor "
        "denied the reports.",
        "Seoul's spy agency says North Korea has sent 11,000 troops to Russia. Moscow has never denied this.",
        "North Korea has shipped 5 million shells to Russia. Russian military bloggers long dismissed the reports.",
        "North Korea has shipped 5 million shells to Russia. Analysts who study Russia have rejected the claims.",
        "The 11,000 North Korean troops in Russia were given fake Russian identity documents, Kyiv said.",
        "The deployment of 11,000 North Korean troops to Russia was a propaganda win for Kim Jong Un.",
        "Zelensky called the reports of 12,000 North Korean troops in Russia a sign that Moscow's propaganda failed.",
    ],
)
def test_no_denial_where_none_is_made(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "denied" not in {c.status.value for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fear is reported by someone else
        ("Pyongyang fears that some of the 11,000 troops it sent to Russia will defect, the NIS told lawmakers.",
         {(11000, "South Korea NIS", False, "reported")}),
        ("Russia fears that the 11,000 North Korean troops could desert, Ukraine's HUR said.",
         {(11000, "Ukraine HUR", False, "reported")}),
        # 'the DPRK' as the object of a preposition is no speaker
        ("The UN Panel of Experts on the DPRK said North Korea shipped 5 million shells to Russia.",
         {(5000000, "UN Panel of Experts", False, "reported")}),
        # what was promised and is delivered is reported
        ("North Korea has delivered all 5 million shells it promised last year to Russia, the NIS said.",
         {(5000000, "South Korea NIS", False, "reported")}),
        # a part said after the list of parts keeps its own status
        ("Shoigu said Pyongyang will send 6,000 builders and deminers to Russia, including 1,000 sappers, in addition "
         "to the 11,000 troops it sent last year.",
         {(6000, "Russia Security Council (Shoigu)", True, "planned"),
          (1000, "Russia Security Council (Shoigu)", True, "planned"),
          (11000, "Russia Security Council (Shoigu)", False, "reported")}),
        # 'another' after a label that opens no list entry is still a second item
        ("North Korea has sent 150 Koksan guns to Russia. UPDATE: It has also sent another 90 rocket launchers.",
         {(150, None, False, "reported"), (90, None, False, "reported")}),
        # a speaker's 'our soldiers' are his own country's
        ("Seoul says 11,000 North Korean troops are in Russia.\nPutin: 2,000 of our soldiers were killed in Kursk.",
         {(11000, "South Korean government", False, "reported")}),
        # 'no higher than' caps
        ("The North Korean toll in Kursk is no higher than 1,000 killed, Seoul says of the war in Russia.",
         {(1000, "South Korean government", False, "reported")}),
    ],
)  # fmt: skip
def test_the_rounds_rules_keep_to_their_cases(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.source, c.incremental, c.status.value) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia has sent 50 tanks to its forces in Kursk, Daily NK reported.",
        "North Korea has sent more advanced missiles and rocket launchers to Russia, Kyiv says.",
    ],
)
def test_outlets_and_comparatives_add_nothing(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    # no North Korean tanks from an outlet's name; 'more advanced' compares, and the launchers are no addition
    claims = _claims(text, lexicon)
    assert not any(c.category.value in ("vehicles", "rocket_launchers") and c.incremental for c in claims)
    assert not any(c.category.value == "vehicles" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker set off by commas after the accused's post (the dotted 'U.N. envoy' named as the bare one is,
        # since round 33)
        ('Seoul says North Korea has sent soldiers to Russia. Russia\'s U.N. envoy, Vassily Nebenzia, called the '
         'claims "blatant lies."', {("troops", "Russia UN representative (Nebenzia)")}),
        # one accused denies what the other denied before
        ('The Kremlin has repeatedly denied receiving North Korean munitions, calling the reports "Western '
         'propaganda." Pyongyang has also rejected the accusations.',
         {("ammunition", "Russian government"), ("ammunition", "North Korean government")}),
    ],
)  # fmt: skip
def test_denials_past_an_appositive_and_after_a_denial(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _denials(text, lexicon) == expected


def test_a_range_sent_to_a_place_unless_a_change(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv sources claimed that the DPRK sent to Russia from 10 to 12 thousand military."
    assert _values(text, lexicon) == {(10000, 12000, None, "reported")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more of what was sent, to come, after sentences on North Korea's support
        ("North Korea has sent troops to Russia. The ministry also warned that additional supplies of troops, weapons, "
         "and munitions could follow.", {("troops", "reported", False), ("troops", "planned", True),
                                          ("ammunition", "planned", True)}),
        ("North Korea has sent troops to Russia. Officials expect further shipments of shells and missiles to follow.",
         {("troops", "reported", False), ("ammunition", "planned", True), ("missiles", "planned", True)}),
        # (guards) another country's shipments, or another country named
        ("North Korea has sent shells to Russia. Washington has promised additional shipments of artillery shells to "
         "Kyiv.", {("ammunition", "reported", False)}),
        ("North Korea has sent shells to Russia. Germany says further deliveries of air defence systems will follow.",
         {("ammunition", "reported", False)}),
    ],
)  # fmt: skip
def test_further_supplies_after_north_koreas(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value, c.incremental) for c in _claims(text, lexicon)} == expected


def test_an_unnamed_defence_official_is_spelt_as_sources_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has sent 200 guns to Russia, a U.S. defence official said."
    assert {c.source for c in _claims(text, lexicon)} == {"US defense official"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reinforcements as the subject of their number
        ("North Korea has sent troops to Russia. The NIS told lawmakers that the reinforcements numbered over 3,000.",
         {(3000, "more_than", True)}),
        # 'another' troops after a count of containers adds troops (a second item only within one kind of thing)
        ("The NIS said North Korea had sent more than 13,000 containers to Russia. It said the North was preparing "
         "to send another 6,000 troops.", {(13000, "more_than", False), (6000, "exact", True)}),
        # a toll 'approaching' its figure
        ("North Korea has sent troops to Russia. Lawmakers said the number of wounded North Korean soldiers is "
         '"approaching 1,000".', {(1000, "approx", False)}),
    ],
)  # fmt: skip
def test_additions_by_subject_and_kind_and_tolls_approaching(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(text, lexicon) if c.value]
    assert {(c.value, c.qualifier.value if c.qualifier else None, c.incremental) for c in claims} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that 'may be as high as' its figure; a figure in single quotation marks after 'lost'
        ("North Korean casualties in Russia may be as high as 5,000, the UK said.",
         {("casualties", 5000, "up_to", "reported")}),
        ("North Korea lost 'about 2,000' soldiers in Kursk in Russia, Budanov said.",
         {("casualties", 2000, "approx", "reported")}),
        # promised to a recipient named
        ("The NIS said Moscow has promised Pyongyang MiG-29 fighter jets.", {("vehicles", None, None, "planned")}),
        ("Pyongyang has promised Moscow 6,000 more workers, Seoul said.", {("workers", 6000, "exact", "planned")}),
        # an open question asserts nothing after it, only before it
        ("It is unclear whether Russia has transferred satellite technology to North Korea.", set()),
        ("North Korea could send more troops to Russia, though it was unclear whether they would fight in Ukraine.",
         {("troops", None, None, "planned")}),
    ],
)  # fmt: skip
def test_tolls_promises_and_open_questions(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(text, lexicon)
    got = {(c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value) for c in claims}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 12,000 North Korean soldiers are in Russia, according to the estimates of South Korea and the US.",
         {"South Korean and US governments"}),
        ("About 12,000 North Korean soldiers are in Russia, according to the estimates of Ukraine.",
         {"Ukrainian government"}),
        # (guard) estimates of a country not given as the figure's
        ("About 12,000 North Korean soldiers are in Russia, but the estimates of Ukraine differ.", {None}),
    ],
)  # fmt: skip
def test_according_to_the_estimates_of_countries(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.source for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 North Korean soldiers have died in Russia. Two have been captured by Ukraine.",
         {("killed", 300), ("captured", 2)}),
        # (guard) what befalls missiles is no casualty
        ("North Korea sent missiles to Russia. Two were shot down over Kyiv.", set()),
    ],
)  # fmt: skip
def test_a_word_number_opening_what_befell_people(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.subtype, c.value) for c in _claims(text, lexicon) if c.value} == expected


# Guards from the round's second review of its own rules (330 probes).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'latest' after other words, and reinforcements inside a total, make no addition
        ("North Korea has sent troops to Russia. The NIS said in its latest briefing that North Korean troops in "
         "Russia number about 11,000.", {(11000, False, "reported")}),
        ("North Korean troops in Russia including reinforcements number about 14,000, Seoul said.",
         {(14000, False, "reported")}),
        # 'another' across kinds in the past is one more item
        ("North Korea has sent 5 million shells to Russia. Another 11,000 soldiers were deployed to Kursk last "
         "autumn.", {(5000000, False, "reported"), (11000, False, "reported")}),
        # a change named by other verbs stays two figures
        ("South Korea's NIS upped the number of North Korean troops sent to Russia from 11,000 to 13,000.",
         {(11000, False, "reported"), (13000, False, "reported")}),
        # a projection is no toll
        ("North Korean losses in Kursk in Russia could be 10,000 by summer if the fighting continues, Kyiv warned.",
         set()),
    ],
)  # fmt: skip
def test_second_review_figures(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.value, c.incremental, c.status.value) for c in _claims(text, lexicon) if c.value} == expected


@pytest.mark.parametrize(
    "text",
    [
        # others' aid said without a country
        "North Korea has shipped missiles to Russia. The Pentagon announced additional shipments of artillery shells "
        "and HIMARS rockets on Friday.",
        "North Korea has shipped missiles to Russia. Western allies have pledged further deliveries of artillery "
        "shells, which could arrive soon.",
        # an ally or an expert set off after the accused
        "Seoul says North Korea has sent soldiers to Russia. Russia's ally, Belarus, has also dismissed the reports.",
        "Seoul says North Korea has sent soldiers to Russia. Russia expert, Fiona Hill, dismissed such claims.",
    ],
)
def test_second_review_no_new_claims(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    # only the first sentence's claim
    assert len([c for c in _claims(text, lexicon) if c.status.value != "reported" or c.incremental]) == 0


def test_an_open_question_leaves_a_later_clause_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "While it is unclear whether Pyongyang has sent combat troops, it has clearly shipped artillery shells to "
        "Russia, Kyiv says."
    )
    assert {c.category.value for c in _claims(text, lexicon)} == {"ammunition"}


def test_a_spokesperson_for_a_capital_speaks_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Asked about it, a spokesperson for Moscow said 11,000 North Korean workers were in Russia legally."
    assert {c.source for c in _claims(text, lexicon)} == {"Russian government"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia helping North Korea's own production gives it the help
        ("Russia also helped North Korea's drone production and trained its operators, the monitoring group said.",
         {("drones", None, "ru_to_nk")}),
        # the army of North Korea acts
        ("The army of North Korea has lost around 6,000 people in the Kursk region in Russia, of whom about 1,500 "
         "were killed, the HUR said.", {("casualties", 6000, "nk_to_ru"), ("casualties", 1500, "nk_to_ru")}),
        # (guard) Russia helping another country
        ("North Korea has sent troops to Russia. Russia helped Syria's army with air defence systems.",
         {("troops", None, "nk_to_ru")}),
    ],
)  # fmt: skip
def test_russia_helping_and_the_army_of_north_korea(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.direction.value) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a countryless General Staff relayed by a country's own press is that country's
        ("As Ukrinform reported, in January the General Staff stated that about 4,000 North Korean servicemen had "
         "been killed or wounded in Russia.", {("casualties", 4000, False, "Ukraine General Staff (via Ukrinform)")}),
        # soldiers 'destroyed' are killed
        ("Ukrainian forces destroyed up to 200 North Korean soldiers in one day near Plekhovo in Russia, Kyiv said.",
         {("casualties", 200, False, "Ukrainian government")}),
        # 'additionally' reaches the next item of its list
        ("The North has additionally supplied ballistic missiles and 170 mm self-propelled guns to Russia, the NIS "
         "said.", {("missiles", None, True, "South Korea NIS"), ("artillery", None, True, "South Korea NIS")}),
    ],
)  # fmt: skip
def test_relayed_general_staff_destroyed_soldiers_and_additionally(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value, c.incremental, c.source) for c in _claims(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's declining in a contrasting clause that names no item does not take the items back
        ("North Korea has sent troops to Russia, but the NIS did not provide details.", {("troops", "reported")}),
        ("Seoul's defense ministry said Russia may provide North Korea with technology related to reconnaissance "
         "satellites in return, but it has not confirmed any transfer.", {("technology_transfer", "planned")}),
        # (guards) ... one that names the item does; a question being watched asserts nothing
        ("Putin thanked Kim Jong Un for North Korea's support in Russia, though the Kremlin has not confirmed the "
         "troop presence.", set()),
        ("South Korea's military said it was closely monitoring whether the North would send more troops to Russia.",
         set()),
    ],
)  # fmt: skip
def test_declining_in_a_clause_of_its_own(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == expected


def test_a_second_speakers_clause_after_and(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Defense Ministry has estimated that the North sent an additional 3,000 troops to Russia early this year, "
        "and the NIS told lawmakers that casualties had reached 4,700."
    )
    assert {(c.value, c.source) for c in _claims(text, lexicon)} == {
        (3000, "South Korea Ministry of National Defense"),
        (4700, "South Korea NIS"),
    }
