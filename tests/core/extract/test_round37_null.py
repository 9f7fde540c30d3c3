"""Round thirty-seven, items without a figure: fresh wording of our own for what is imagined, asked, rated or set
aside (no claim), for what is promised but not given yet (planned), and for presence said or denied in an existential
clause, asserting category, value, hedge, status, addition and source of every claim."""

from __future__ import annotations

import pytest

from core.ingest.clean import clean_text
from tests.core.extract.on_the_beat import claims, hedged_rows


def _row(category: str, status: str = "reported", source: str | None = None, **kw: object) -> tuple[object, ...]:
    return (category, None, None, status, kw.get("incremental", False), source)


# A supply imagined, not told: a sentence opening on a supposition or an inverted condition asserts nothing; a
# plain sentence after it still does.
SUPPOSED: list[tuple[str, set[tuple[object, ...]]]] = [
    ("Suppose North Korea shipped its newest hypersonic missiles to Russia.", set()),
    ("Imagine Moscow handing Pyongyang its S-400 systems next year.", set()),
    ("Were Russia to share satellite technology, North Korea's targeting would improve, a researcher wrote.", set()),
    ("Should Pyongyang ship more shells to Russia, Seoul would answer with sanctions.", set()),
    ("What if North Korea sends another corps to Kursk?", set()),
    # near misses: an ordinary sentence, and 'Suppose' only later in the text
    (
        "Russia has shipped Pantsir systems to North Korea, Ukraine's military intelligence said.",
        {_row("other", source="Ukraine HUR")},
    ),
    (
        "North Korea has supplied Russia with artillery shells, the NIS said. Suppose it stops: the war would change.",
        {_row("ammunition", source="South Korea NIS")},
    ),
]

# A leading condition on something else, naming no item, and a main clause that plans a supply: the plan is told.
CONDITION_ON_SOMETHING_ELSE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "If the war drags on, North Korea will likely send more artillery shells to Russia, the NIS told lawmakers.",
        {_row("ammunition", "planned", "South Korea NIS", incremental=True)},
    ),
    (
        "If talks fail, Pyongyang could ship more ballistic missiles to Russia, a South Korean official said.",
        {_row("missiles", "planned", "South Korean official", incremental=True)},
    ),
    # near misses: the supply in the condition itself, and a main clause that plans no supply
    ("If North Korea sends more troops to Russia, Seoul will respond, the minister said.", set()),
    ("If the fighting winds down, Moscow's appetite for North Korean soldiers and shells may fade.", set()),
]

# A look still under way ('continue to assess whether'), a reported claim still unconfirmed after a dateline, a
# fact-check's rated 'Claim:' line: nothing asserted.
NOT_TOLD: list[tuple[str, set[tuple[object, ...]]]] = [
    ("Allies will continue to assess whether Russia is transferring military technology to North Korea.", set()),
    ("Officials are reviewing whether North Korea has sent drones to Russia.", set()),
    (
        "TOKYO (Example Press) -- Reports that Russia will give North Korea submarine reactors are unconfirmed, "
        "Japan's chief cabinet secretary said.",
        set(),
    ),
    ("FACT CHECK\nClaim: North Korea sent hypersonic missiles to Russia.\nVerdict: False", set()),
    ("Rated claim: Pyongyang gave Moscow fighter jets.\nVerdict — False", set()),
    ("Claim — North Korean troops are fighting in Zaporizhzhia.\nVerdict — Unproven", set()),
    # (a purported video is told as reported, as the gold records it: test_round37_mend_null)
    ("A viral video purports to show North Korean tanks on a Russian train.", {_row("vehicles")}),
    # near misses: a claim that is told, the review of something already said, and a confirmed report
    (
        "Officials are reviewing the route, but North Korea has sent drones to Russia, the NIS said.",
        {_row("drones", source="South Korea NIS")},
    ),
    (
        "Seoul confirmed reports that Russia has given North Korea Pantsir systems.",
        {_row("other", source="South Korean government")},
    ),
]

# 'not X but Y': the item set aside is no supply; 'not only X but also Y' tells both.
NOT_BUT: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The most telling item Russia has given North Korea is not a missile but air-defence systems, Ukrainian "
        "intelligence said.",
        {_row("other", source="Ukraine HUR")},
    ),
    (
        "North Korea sent Russia not only missiles but also shells, the NIS said.",
        {_row("missiles", source="South Korea NIS"), _row("ammunition", source="South Korea NIS")},
    ),
]

# Air-defence model names before the unit word are the systems themselves: 'S-300 systems', 'S-400 batteries'.
AIR_DEFENCE_MODELS: list[tuple[str, set[tuple[object, ...]]]] = [
    ("Russia never gave North Korea S-300 systems, the Kremlin said.", {_row("other", "denied", "Russian government")}),
    ("Russia has delivered S-400 batteries to North Korea, Ukraine's HUR said.", {_row("other", source="Ukraine HUR")}),
]

# A promised item not handed over yet is still to come (planned); without a promise told, no plan is read.
PROMISED_NOT_YET: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russia has not yet delivered the air-defence systems it promised Pyongyang, a South Korean official said.",
        {_row("other", "planned", "South Korean official")},
    ),
    ("Russia has not yet delivered the promised fighter jets to North Korea.", {_row("vehicles", "planned")}),
    ("Moscow is yet to send the S-400 systems it pledged to North Korea.", {_row("other", "planned")}),
    # near miss: delivered after all
    (
        "Russia has now delivered the fighter jets it promised North Korea, a US official said.",
        {_row("vehicles", source="US official")},
    ),
]

# Presence said, or denied, in an existential clause: 'there are North Korean troops in Kursk', 'there were no
# North Korean soldiers in Russia'.
THERE_ARE: list[tuple[str, set[tuple[object, ...]]]] = [
    ("There are North Korean soldiers in Kursk, Zelensky said.", {_row("troops", source="Zelensky")}),
    (
        "There are no North Korean soldiers in Russia, Lavrov said.",
        {_row("troops", "denied", "Russia Ministry of Foreign Affairs (Lavrov)")},
    ),
    # near miss: another country's soldiers
    ("There are Russian soldiers in Kursk, Zelensky said.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SUPPOSED + CONDITION_ON_SOMETHING_ELSE + NOT_TOLD + NOT_BUT + AIR_DEFENCE_MODELS + PROMISED_NOT_YET + THERE_ARE,
)
def test_round37_null_claims(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


def test_round37_promised_jets_go_to_north_korea(lexicon) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims("Russia has not yet delivered the promised fighter jets to North Korea.", lexicon)
    assert claim.direction.value == "ru_to_nk"


def test_round37_most_read_line_is_a_teaser() -> None:
    # a 'Most read:' line names another story, its figures no claim ('Read also:' was already one)
    cleaned = clean_text(
        "Russia has supplied North Korea with drones, a US official said.\nMost read: Five shells hit Kherson"
    )
    assert "Kherson" not in cleaned
    assert "drones" in cleaned


def _directed(text: str, lexicon) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(c.category.value, c.status.value, c.direction.value) for c in claims(text, lexicon)}


# Russia selling to North Korea gives it; North Korea making things with Russia's help gets know-how from Russia,
# unless what it makes so is sent on to Russia.
DIRECTIONS: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Moscow sold T-90 tanks to Pyongyang, analysts said.", {("vehicles", "reported", "ru_to_nk")}),
    ("Some analysts say Moscow might one day sell T-90 tanks to Pyongyang.", {("vehicles", "planned", "ru_to_nk")}),
    (
        "North Korea plans to build a drone factory with Russian assistance, Ukraine's HUR said.",
        {("drones", "planned", "ru_to_nk")},
    ),
    # near misses: North Korea selling, and drones made with Russian help that go to Russia
    ("North Korea sold artillery shells to Russia, Ukraine's HUR said.", {("ammunition", "reported", "nk_to_ru")}),
    (
        "North Korea may ship some of the attack drones it is mass-producing with Russian help to Russia, Seoul's "
        "military said.",
        {("drones", "planned", "nk_to_ru")},
    ),
    (
        "Ukraine says Pyongyang is now supplying Russia with its own copies of Shahed-type drones, assembled with "
        "Russian help.",
        {("drones", "reported", "nk_to_ru")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTIONS)
def test_round37_null_directions(text: str, expected: set[tuple[str, str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _directed(text, lexicon) == expected


# Denial of receiving or using what the sentence before told: 'Moscow denies using them'; not a denial of a use of
# them told further ('denies using them against civilians').
DENIED_USE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv says Russia fired North Korean missiles at the capital overnight. Moscow denies using them.",
        {_row("missiles", source="Ukrainian government"), _row("missiles", "denied", "Russian government")},
    ),
    (
        "Ukraine says North Korea sent missiles to Russia. Moscow denied ever receiving them.",
        {_row("missiles", source="Ukrainian government"), _row("missiles", "denied", "Russian government")},
    ),
    (
        "Ukraine says North Korea sent missiles to Russia. Moscow denies using them against civilians.",
        {_row("missiles", source="Ukrainian government")},
    ),
]

# Troops still there: 'remain in the Kursk region', 'have stayed on in Russia' (not how long they would stay).
STILL_THERE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukraine's military intelligence says North Korean soldiers remain in the Kursk region.",
        {_row("troops", source="Ukraine HUR")},
    ),
    (
        "North Korean troops have stayed on in Russia, a Ukrainian intelligence official said.",
        {_row("troops", source="Ukraine HUR")},
    ),
    ("Peskov declined to say how long the North Korean engineers would stay in Russia.", set()),
    ("Some North Korean soldiers went home; others would remain in the Kursk region, the paper said.", set()),
    ("Kim's envoy remained in Moscow for talks on North Korean workers.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_USE + STILL_THERE)
def test_round37_null_denials_and_presence(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A modal over a delivery told as going on plans it, the item right after ('could keep supplying missiles'); not what
# 'can keep supplying' presumes, nor an item further on ('will keep sending shells as long as Moscow pays with oil').
GOES_ON: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Unless sanctions bite, Pyongyang could keep supplying missiles to Russia, a US official warned.",
        {_row("missiles", "planned", "US official")},
    ),
    (
        "North Korea will keep sending shells to Russia as long as Moscow pays with oil, Zelensky said.",
        {_row("ammunition", "planned", "Zelensky"), _row("other", source="Zelensky")},
    ),
    ("The question is whether Pyongyang can keep supplying ammunition to Russia.", {_row("ammunition")}),
    ("North Korea has kept sending shells to Russia, the NIS said.", {_row("ammunition", source="South Korea NIS")}),
]

# Russia's goods with North Korea the destination right after: 'Russian oil to the DPRK', 'Russian tankers delivered
# oil to North Korea', and what North Korea buys of Russia's; not deliveries said to be none.
RUSSIAN_GOODS_TO_NORTH_KOREA: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russian tankers delivered oil to North Korea throughout the year, a UN panel said.",
        {_row("other", source="UN Panel of Experts")},
    ),
    (
        "The vessel carried North Korean munitions to Russia and Russian oil to the DPRK, the UK said.",
        {_row("ammunition", source="UK government"), _row("other", source="UK government")},
    ),
    ("North Korea buys Russian oil, a UN panel said.", {_row("other", source="UN Panel of Experts")}),
    ("He said there were no confirmed deliveries of Russian combat aircraft to the North so far.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON + RUSSIAN_GOODS_TO_NORTH_KOREA)
def test_round37_null_plans_and_russian_goods(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


def test_round37_present_sending_outranks_earlier_giving(lexicon) -> None:  # type: ignore[no-untyped-def]
    # North Korea's sending told in the present after Russia's giving: the shells still go to Russia
    text = "Russia gave North Korea air-defence systems, and the North ships shells to Russia, the NIS said."
    assert ("ammunition", "reported", "nk_to_ru") in _directed(text, lexicon)
