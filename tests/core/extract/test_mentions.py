"""Items asserted without a figure give null-valued claims (sentences written by the team)."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article

# (id, text, expected (category, status) of null-valued claims)
MENTIONS = [
    # North Korea's own missile test into the sea supplies no one, with a figure or without
    (
        "test-launch-into-the-sea",
        "North Korea fired several ballistic missiles into the East Sea on Tuesday, days after a Russian delegation "
        "visited Pyongyang, Seoul's military said.",
        set(),
    ),
    # what the troops face, and items named as an action or as people around them, are no supply
    (
        "threats-and-crews",
        "North Korean soldiers in Russia are exposed to drones and artillery fire, and North Korean artillery crews "
        "have been seen near Kursk.",
        {("troops", "reported")},
    ),
    # first-person and negated denials
    (
        "never-exported",
        '"We have never exported shells to Russia," North Korea\'s defence ministry said.',
        {("ammunition", "denied")},
    ),
    (
        "received-no",
        "Kremlin spokesman Dmitry Peskov said Russia had received no shells from North Korea.",
        {("ammunition", "denied")},
    ),
    # know-how named by what it serves: a satellite programme, drone production; 'helping X with' reaches past a name
    (
        "satellite-programme",
        "Moscow is believed to be helping North Korea with its spy satellite programme, Seoul said.",
        {("technology_transfer", "reported")},
    ),
    ("drone-production", "Russia has helped North Korea with drone production, Kyiv said.", {("drones", "reported")}),
    # one claim per kind of item: two kinds of one category are two claims
    (
        "two-kinds-one-category",
        "In return Moscow gave Pyongyang air defence equipment and electronic warfare systems, the report said.",
        {("other", "reported")},
    ),
    # troops asserted by what they do or what they are honoured for
    (
        "working-in",
        "Moscow has confirmed that North Korean sappers are working in Russia's Kursk region.",
        {("troops", "reported")},
    ),
    (
        "honoured",
        "Kim Jong Un honoured the North Korean soldiers who helped liberate Russia's Kursk region.",
        {("troops", "reported")},
    ),
    # the casualties' own noun may be far from the country's name in a long sentence
    (
        "casualties-far-from-country",
        "Pyongyang admitted last spring that it had dispatched soldiers to Russia and that some had been killed.",
        {("troops", "reported"), ("casualties", "reported")},
    ),
    # declining to say is neither an assertion nor a denial
    ("declines-to-say", "Kyiv did not provide details on the North Korean reinforcements sent to Russia.", set()),
    ("not-confirmed", "Neither has confirmed that Pyongyang's troops are fighting for Russia.", set()),
    # formations are counted, not people: the troops are asserted without a number
    ("formations", "North Korea has sent two brigades of soldiers to Russia, Kyiv said.", {("troops", "reported")}),
    # the item is the last noun; the ones before it describe it
    (
        "modifier-noun",
        "The freighter carried artillery ammunition that North Korea sends to Russia, officials said.",
        {("ammunition", "reported")},
    ),
    (
        "coordinated-tech",
        "In return North Korea is getting missile and space tech from Moscow, the spy agency said.",
        {("technology_transfer", "reported")},
    ),
    # North Korea's army by its own name, and taking part as a way of being sent
    (
        "korean-peoples-army",
        "Soldiers of the Korean People's Army took part in the fighting in Russia's Kursk region, Moscow said.",
        {("troops", "reported")},
    ),
    (
        "supplied-list",
        "North Korea has also supplied Russia with missiles and artillery shells, Seoul says.",
        {("missiles", "reported"), ("ammunition", "reported")},
    ),
    (
        "ru-to-nk",
        "In return, Russia provided North Korea with air defence systems, the report said.",
        {("other", "reported")},
    ),
    (
        "know-how",
        "Russia is giving North Korea satellite know-how, Seoul's spy agency said.",
        {("technology_transfer", "reported")},
    ),
    ("drone-know-how", "Moscow has shared drone technology with North Korea.", {("drones", "reported")}),
    (
        # the troops are in Russia, and losses befell them: two items
        "losses-suffered",
        "North Korean troops in Russia's Kursk region have suffered heavy losses, Kyiv says.",
        {("casualties", "reported"), ("troops", "reported")},
    ),
    (
        # what North Korea seeks from Russia is planned, as the real gold has it ('seeks' is a plan cue)
        "seeks-tech",
        "North Korea seeks submarine tech from Russia in return, the spy agency said.",
        {("technology_transfer", "planned")},
    ),
    # the denial is of payment; the items' own relative clause says they were provided
    (
        "no-evidence-of-payment",
        "There is no evidence North Korea was paid for the missiles and shells it provided to Russia.",
        {("missiles", "reported"), ("ammunition", "reported")},
    ),
    # an item as the subject of a programme or its development is know-how, not a delivery of the item
    (
        "missile-programme",
        "Moscow has also backed North Korea's ballistic missile programme by sharing flight-test data, Seoul said.",
        {("technology_transfer", "reported")},
    ),
    (
        "development-of",
        "Russia has given North Korea technical help with its development of long-range ballistic missiles.",
        {("technology_transfer", "reported")},
    ),
    ("planned", "North Korea is expected to send more troops to Russia next month.", {("troops", "planned")}),
    (
        "denied",
        "Pyongyang and Moscow have denied that North Korean troops were sent to Russia.",
        {("troops", "denied")},
    ),
    # know-how: help to build or improve what North Korea cannot alone; Russia's own technology going to it
    (
        "help-build-submarine",
        "Moscow is thought to be helping Pyongyang build a nuclear-powered submarine, Seoul said.",
        {("technology_transfer", "reported")},
    ),
    (
        "could-help-build",
        "Russia could help North Korea build a nuclear-powered submarine, Seoul said.",
        {("technology_transfer", "planned")},
    ),
    (
        "help-improve-missiles",
        "Russian engineers have helped North Korea improve the accuracy of its ballistic missiles, Kyiv said.",
        {("technology_transfer", "reported")},
    ),
    (
        "russian-technology",
        # (sought, so planned, as what is sought 'from Moscow' is)
        "North Korea is seeking Russian technology for its spy satellites, Seoul said.",
        {("technology_transfer", "planned")},
    ),
    # casualties asserted by what befell the troops: killed, died, gave their lives; troops killed are casualties,
    # not a deployment, unless something else in the sentence sends them ('Dozens ...' is no figure)
    (
        "soldiers-were-killed",
        "Dozens of North Korean soldiers were killed in Russia's Kursk region, Kyiv said.",
        {("casualties", "reported")},
    ),
    (
        "soldiers-who-died",
        "Memorials will honour the North Korean soldiers who died fighting in Russia's Kursk region.",
        {("troops", "reported"), ("casualties", "reported")},
    ),
    (
        "gave-their-lives",
        "Putin praised the North Korean heroes who gave their lives for Russia.",
        {("casualties", "reported")},
    ),
    (
        "sent-and-killed",
        "North Korea sent soldiers to Russia and many of them were killed.",
        {("troops", "reported"), ("casualties", "reported")},
    ),
    (
        "civilians-died",
        "Hundreds of civilians died in the Kursk region after North Korean troops arrived in Russia.",
        {("troops", "reported")},
    ),
    # soldiers as the object of what befell them are casualties, not a deployment
    (
        "killed-object",
        "Kyiv said Ukrainian drones had killed dozens of North Korean soldiers near Sudzha in Russia.",
        {("casualties", "reported")},
    ),
    (
        "captured-a-soldier",
        "Ukraine's security service said it had captured a North Korean soldier in Russia's Kursk region.",
        {("casualties", "reported")},
    ),
    (
        "captured-or-killed",
        "Kyiv has said it captured or killed several North Korean troops in Russia.",
        {("casualties", "reported")},
    ),
    (
        "troops-capture-a-village",
        "North Korean troops captured a Ukrainian village for Russia, Moscow said.",
        {("troops", "reported")},
    ),
    # evidence of what was sent: found, recovered, spotted; arriving; what Russia pays with
    (
        "found-on-the-front",
        "North Korean artillery shells have been found on the front in Ukraine, Kyiv said of Russia's supplies.",
        {("ammunition", "reported")},
    ),
    (
        "recovered-debris",
        "Investigators recovered parts of North Korean ballistic missiles that Russia fired at Kharkiv.",
        {("missiles", "reported")},
    ),
    ("spotted", "North Korean troops were spotted near Russia's border with Ukraine.", {("troops", "reported")}),
    (
        "arriving",
        "North Korean construction workers are arriving in Russia's far east, Seoul said.",
        {("workers", "reported")},
    ),
    ("paying-with", "Moscow is paying Pyongyang with oil for its help, Seoul said of Russia.", {("other", "reported")}),
    # soldiers with what befell them after them are casualties
    (
        "captured-participle",
        "Kyiv said North Korean soldiers captured near Kursk were being questioned about Russia.",
        {("casualties", "reported")},
    ),
    # drone know-how is a drones claim, other know-how technology transfer
    (
        "drone-know-how-build",
        "Moscow is helping Pyongyang build attack drones, Kyiv said of Russia's aid.",
        {("drones", "reported")},
    ),
    # phrases that hold an item word but name no item
    (
        "think-tank",
        "A Washington think tank said North Korea had sent Russia artillery shells.",
        {("ammunition", "reported")},
    ),
    (
        "workers-party",
        "The Workers' Party of Korea said North Korea had sent troops to Russia.",
        {("troops", "reported")},
    ),
    (
        "cannon-fodder",
        "Russia uses the North Korean soldiers it received as cannon fodder, Kyiv said.",
        {("troops", "reported")},
    ),
    # generic words are no items; another country's troops are not North Korea's support
    ("generic", "North Korea has sent weapons and military equipment to Russia.", set()),
    (
        "others-troops",
        "North Korean engineers arrived after Ukrainian troops left the town in Russia's Kursk region.",
        {("troops", "reported")},
    ),
    ("no-verb", "North Korean missiles and Russian jets were on display at the Moscow show.", set()),
    ("question", "Will North Korea send more troops to Russia?", set()),
    # food oils are no fuel
    ("soybean-oil", "Russia now sells North Korea soybean oil and wheat, customs data show.", set()),
    # a factory of munitions and a missile's solid fuel are no item supplied; a test-fire is a test
    (
        "munitions-factory",
        "The launch came days after Kim Jong Un hosted a Russian parliamentary delegation in Pyongyang and inspected "
        "a munitions factory.",
        set(),
    ),
    (
        "solid-fuel-test-fire",
        "North Korea test-fired a new solid-fuel missile as Russia's defence minister visited Pyongyang.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in MENTIONS], ids=[row[0] for row in MENTIONS])
def test_items_without_a_figure(lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value) for c in claims if c.value is None} == expected
    assert all(c.value is None for c in claims)


def test_two_kinds_of_one_category_are_two_claims(lexicon) -> None:
    text = "In return Moscow gave Pyongyang air defence equipment and electronic warfare systems, the report said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert sorted(c.subtype for c in claims) == ["air defense systems", "electronic warfare systems"]


def test_a_generic_item_word_yields_to_a_specific_one_in_its_sentence(lexicon) -> None:
    text = "North Korea's artillery rounds are often duds, but the ammunition keeps Russia firing, Kyiv said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.subtype) for c in claims] == [("ammunition", "rounds")]


def test_drone_production_lines_are_counted_drone_know_how_from_russia(lexicon) -> None:
    text = "Russian engineers have helped North Korea set up two assembly lines that will build attack drones."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.value, c.direction.value) for c in claims] == [("drones", 2, "ru_to_nk")]


def test_new_know_how_is_no_addition(lexicon) -> None:
    text = "North Korea has received new technology from Russia, Budanov said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.incremental) for c in claims] == [("technology_transfer", False)]


def test_another_countrys_forces_named_with_a_possessive_are_no_item(lexicon) -> None:
    text = "At least 70 North Korean soldiers were killed in Russia in one day, Ukraine's special forces said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.value) for c in claims] == [("casualties", 70)]


def test_an_item_counted_with_a_figure_gets_no_null_claim(lexicon) -> None:
    text = "North Korea has sent about 11,000 troops and missiles to Russia, the NIS said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert sorted((c.category.value, c.value) for c in claims) == [("missiles", None), ("troops", 11000)]


@pytest.mark.parametrize(
    ("text", "incremental"),
    [
        ("Kim Jong Un has dispatched more troops to Russia, according to the JCS.", True),
        ("North Korea is preparing to send another contingent of troops to Russia.", True),
        ("North Korea has dispatched troops to Russia, according to the JCS.", False),
    ],
)
def test_an_item_led_by_more_is_an_addition(lexicon, text: str, incremental: bool) -> None:
    (claim,) = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert claim.value is None and claim.incremental is incremental


def test_captured_or_killed_names_both(lexicon) -> None:
    text = "Kyiv has said it captured or killed North Korean troops in Russia."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [c.subtype for c in claims] == ["captured or killed"]


def test_one_item_per_origin(lexicon) -> None:
    """The schema records an item without a figure once per source: two countries asserting it are two claims,
    two voices of one country (its spy agency, an official of it) one."""
    text = (
        "North Korea has supplied Russia with ballistic missiles, Ukraine's military intelligence said. "
        "A Ukrainian official said the ballistic missiles had been fired at Kharkiv. "
        "The White House said North Korea had delivered ballistic missiles to Russia."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.source) for c in claims] == [
        ("missiles", "Ukraine HUR"),
        ("missiles", "White House"),
    ]


def test_a_headline_restating_the_body_adds_no_claim(lexicon) -> None:
    """A headline's item without a figure ('to send more artillery') restates what the body tells of that item."""
    text = (
        "North Korea to send more artillery to Russia\nNorth Korea has shipped 130 Koksan guns to Russia, Budanov said."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.value) for c in claims] == [("artillery", 130)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused deny it after the accusation: a denial of their own, and the accuser keeps the report
        ("Seoul has accused Pyongyang of shipping rockets and drones to Russia, which Moscow denies.",
         {("ammunition", "reported", "South Korean government"), ("ammunition", "denied", "Russian government"),
          ("drones", "reported", "South Korean government"), ("drones", "denied", "Russian government")}),
        ("Kyiv says North Korea has sent Russia ballistic missiles, a claim both Pyongyang and Moscow have rejected.",
         {("missiles", "reported", "Ukrainian government"),
          ("missiles", "denied", "North Korean and Russian governments")}),
        # a denial by no country adds no claim
        ("Kyiv says North Korea has sent Russia ballistic missiles, which the report dismissed.",
         {("missiles", "reported", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_a_denial_after_the_item_is_a_claim_of_the_deniers(lexicon, text: str, expected: set[tuple[str, ...]]) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value, c.source) for c in claims} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country that voices concern or warns speaks
        ("Japan has expressed concerns that North Korea is supplying Russia with artillery shells.",
         {("ammunition", "reported", False, "Japanese government")}),
        # 'may sell' is a plan; 'new types of' a novel kind, not more of them
        ("Seoul warned that North Korea may sell Russia new types of guided missiles.",
         {("missiles", "planned", False, "South Korean government")}),
    ],
)  # fmt: skip
def test_concerns_warnings_and_sales(lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value, c.incremental, c.source) for c in claims} == expected


def test_what_pyongyang_seeks_from_moscow_is_planned_and_goes_to_north_korea(lexicon) -> None:
    text = (
        "In return, Pyongyang is seeking help from Moscow, including fighter jets and air defence missiles, Seoul says."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert {(c.category.value, c.status.value, c.direction.value) for c in claims} == {
        ("vehicles", "planned", "ru_to_nk"),
        ("missiles", "planned", "ru_to_nk"),
    }


def test_a_sentences_opening_words_are_no_officials_name(lexicon) -> None:
    text = "In September, North Korean President Kim Jong Un met Putin in Russia's Far East."
    assert "North Korea President (In September)" not in {v.name for v in lexicon.voices.officials(text, text.lower())}


def test_a_list_that_goes_on_after_a_comma_keeps_its_plan_and_drone_help_is_drones(lexicon) -> None:
    text = "Seoul says North Korea is likely to receive Russian help with air defence, as well as drone technologies."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert ("drones", "planned", "ru_to_nk") in {(c.category.value, c.status.value, c.direction.value) for c in claims}
