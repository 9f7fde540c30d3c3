"""Status, addition and hedge defects fixed in the thirty-second round (fields), each with sentences written for it:
a sentence with no act of its own that restates, sums or breaks down what the sentence before planned; troops
named only as those fighting whose toll is told (no dispatch asserted); help with the guidance systems of North
Korea's missiles, know-how; more to come told with a voice's 'says more are on their way', 'send hundreds more',
'more could be dispatched', 'another rotation is possible'; an outlet's relay is its source's voice for the items
without a figure; items a relative clause says were delivered past an appositive of their worth; the troops' own
drone warfare, tactics and footage, no drones supplied; the drone plants and lines workers are sent to; fighting
that 'died down'."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a breakdown or a sum of what the sentence before (or the one before it) planned is the plan's
    (
        "Moscow says Pyongyang will send 6,000 military builders and deminers to Kursk. The 6,000 personnel are made "
        "up of 1,000 deminers and 5,000 military builders, Shoigu told TASS.",
        {
            ("troops", 6000, "planned", False, "Russia Security Council (Shoigu) (via TASS)"),
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu) (via TASS)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu) (via TASS)"),
        },
    ),
    (
        "Shoigu said North Korea would dispatch 1,000 sappers and 5,000 builders to Kursk. That is 6,000 personnel "
        "in all.",
        {
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 6000, "planned", False, "Russia Security Council (Shoigu)"),
        },
    ),
    (
        "Pyongyang is expected to ship 200 more guns. Officials gave no date. The 200 guns consist of 150 Koksan "
        "howitzers and 50 older field guns.",
        {
            ("artillery", 200, "planned", True, None),
            ("artillery", 150, "planned", False, None),
            ("artillery", 50, "planned", False, None),
        },
    ),
    # ... not a sentence telling an act or a state of its own, nor another item
    (
        "Pyongyang has pledged 6,000 builders and deminers. So far 1,000 deminers of the 6,000 have arrived in Kursk.",
        {("troops", 6000, "planned", False, None), ("troops", 1000, "reported", False, None)},
    ),
    (
        "North Korea could ship 100 more KN-23 missiles, Kyiv said. Over 60 missiles were fired at Ukraine in all.",
        {
            ("missiles", 100, "planned", True, "Ukrainian government"),
            ("missiles", 60, "reported", False, "Ukrainian government"),
        },
    ),
    (
        "Kyiv expects Pyongyang to send another 240 launchers. That is the sum of the 120 launchers and 120 "
        "howitzers promised earlier.",
        {
            ("rocket_launchers", 240, "planned", True, "Ukrainian government"),
            ("rocket_launchers", 120, "planned", False, "Ukrainian government"),
            ("artillery", 120, "reported", False, "Ukrainian government"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# troops named only as those fighting whose toll is told: the toll, no dispatch
TOLLS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Seoul says North Korean soldiers fighting alongside Russian troops have suffered some 3,000 casualties.",
        {("casualties", "reported")},
    ),
    (
        "The Pentagon says North Korean forces fighting on Russia's side have been killed and wounded by the hundreds.",
        {("casualties", "reported")},
    ),
    (
        "More than 1,000 North Korean troops were killed or wounded in a week of fighting, Kirby said.",
        {("casualties", "reported")},
    ),
    # ... not troops told as sent, already there, or fighting as an act of their own
    (
        "North Korean soldiers sent to Kursk have suffered about 3,000 casualties.",
        {("casualties", "reported"), ("troops", "reported")},
    ),
    (
        "North Korean troops already inside Russia have suffered heavy losses, Kyiv said.",
        {("casualties", "reported"), ("troops", "reported")},
    ),
    (
        "North Korean troops have been fighting in Kursk and have suffered heavy losses, Kyiv said.",
        {("casualties", "reported"), ("troops", "reported")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_round32_fields_tolls(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == expected


# help with the guidance systems of North Korea's own missiles is know-how Russia gives, no missiles supplied
GUIDANCE: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Two Russian firms had helped North Korea develop guidance systems for its ballistic missiles.",
        {("technology_transfer", "ru_to_nk")},
    ),
    (
        "Russia is suspected of helping North Korea improve the guidance systems of its missiles.",
        {("technology_transfer", "ru_to_nk")},
    ),
    # ... not missiles shipped with their guidance systems
    ("North Korea shipped 50 missiles with new guidance systems to Russia.", {("missiles", "nk_to_ru")}),
    ("Pyongyang has sent Russia missiles whose guidance systems fail often.", {("missiles", "nk_to_ru")}),
]


@pytest.mark.parametrize(("text", "expected"), GUIDANCE)
def test_round32_fields_guidance(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


# more of the item counted before, to come, its noun left out: a planned addition without a figure
MORE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Pyongyang has deployed around 12,000 soldiers to Russia. Ukraine's defence intelligence says more are on "
        "their way.",
        {("troops", 12000, "reported", False, "Ukraine HUR"), ("troops", None, "planned", True, "Ukraine HUR")},
    ),
    (
        "North Korea has deployed 11,000 soldiers. An analyst said she expects Pyongyang to send hundreds more over "
        "the spring.",
        {("troops", 11000, "reported", False, None), ("troops", None, "planned", True, None)},
    ),
    (
        "North Korea has deployed 11,000 soldiers. Washington said more could be dispatched.",
        {("troops", 11000, "reported", False, None), ("troops", None, "planned", True, "US government")},
    ),
    (
        "North Korea sent 11,000 troops last autumn. The NIS says another rotation is possible.",
        {("troops", 11000, "reported", False, "South Korea NIS"), ("troops", None, "planned", True, "South Korea NIS")},
    ),
    # ... not more sent already, nor something else to be sent, nor more of another country's
    (
        "North Korea has sent 11,000 troops. Washington said more were sent in May.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "North Korea has sent 11,000 troops. Officials said the shells could be sent by rail.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "North Korea has sent 11,000 troops. Ukraine's military says more Ukrainian troops are needed.",
        {("troops", 11000, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_round32_fields_more(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# an item without a figure is dropped when the article counts it from the same voice, relayed by an outlet or not
def test_round32_fields_relayed_voice_counts(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukraine's military intelligence told CNN that North Korea has supplied 150 Koksan guns to Russia. "
        "Ukraine's military intelligence also says Pyongyang has supplied Koksan guns along with their crews."
    )
    assert {(c.category.value, c.value) for c in _claims(text, lexicon)} == {("artillery", 150)}


def test_round32_fields_another_voice_still_told(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukraine's military intelligence told CNN that North Korea has supplied 150 Koksan guns to Russia. "
        "Seoul's spy agency also says Pyongyang has supplied Koksan guns along with their crews."
    )
    assert {(c.category.value, c.value) for c in _claims(text, lexicon)} == {("artillery", 150), ("artillery", None)}


# items a relative clause says were delivered are asserted, even inside 'no evidence of payment for ...', past an
# appositive of their worth or with 'handed over'
DELIVERED_THEN: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Seoul found no sign of cash payment for the rockets and missiles the North has handed over to Moscow.",
        {("ammunition", "reported"), ("missiles", "reported")},
    ),
    (
        "There is no evidence that Kim was paid in cash for the missiles and shells, worth billions of dollars, that "
        "Pyongyang shipped to Russia.",
        {("missiles", "reported"), ("ammunition", "reported")},
    ),
    # ... not items with no delivery told, nor a worth with no relative clause after it
    ("There is no evidence that North Korea has handed over missiles to Russia.", set()),
    ("There is no sign of missiles, worth millions, in Kursk.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DELIVERED_THEN)
def test_round32_fields_delivered_then(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == expected


# the troops' own fighting with drones, and the footage that filmed it, are no drones supplied
DRONES_FOUGHT: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "North Korea has sent troops to Russia, and its units have adapted quickly to drone warfare, Kyiv says.",
        {("troops", "nk_to_ru")},
    ),
    (
        "The NIS said the North Korean soldiers sent to Russia have picked up drone tactics in Kursk.",
        {("troops", "nk_to_ru")},
    ),
    ("Ukrainian special forces released drone footage of their strikes on North Korean positions.", set()),
    # ... not drone know-how Russia gives
    ("Moscow is sharing its drone warfare experience with Pyongyang, Seoul believes.", {("drones", "ru_to_nk")}),
    ("Moscow has shared drone warfare know-how with Pyongyang.", {("drones", "ru_to_nk")}),
]


@pytest.mark.parametrize(("text", "expected"), DRONES_FOUGHT)
def test_round32_fields_drones_fought(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


# drones named as where or what the workers sent work on are no drones supplied
DRONE_WORKPLACES: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Kyiv says North Korean labourers are being sent to the Yelabuga drone factory in Tatarstan.",
        {("workers", "nk_to_ru")},
    ),
    (
        "Pyongyang has sent workers to Russian plants, among them some that make attack drones.",
        {("workers", "nk_to_ru")},
    ),
    (
        "Seoul expects Pyongyang to send more labourers to Russia to fill gaps in its construction and drone "
        "industries.",
        {("workers", "nk_to_ru")},
    ),
    # ... not drones supplied beside the workers, nor drone know-how Russia gives
    (
        "North Korea has sent workers to Russia and has also supplied attack drones.",
        {("workers", "nk_to_ru"), ("drones", "nk_to_ru")},
    ),
    (
        "Russia has helped North Korea build a drone factory, and North Korean workers trained at Alabuga.",
        {("workers", "nk_to_ru"), ("drones", "ru_to_nk")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRONE_WORKPLACES)
def test_round32_fields_drone_workplaces(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.direction.value) for c in _claims(text, lexicon)} == expected


# fighting that 'died down' or 'died away' kills no one
DIED_DOWN: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Now that the fighting around Sudzha has died down, North Korean units guard the border there, Kyiv says.",
        {("troops", "reported")},
    ),
    (
        "The clashes in Kursk largely died away in spring, and the North Korean contingent now digs trenches.",
        {("troops", "reported")},
    ),
    # ... not soldiers who died, told near a 'down' or in the fighting
    ("North Korean soldiers died down the road from Sudzha, Kyiv said.", {("casualties", "reported")}),
    ("In the fighting, dozens of North Korean soldiers died, Kyiv said.", {("casualties", "reported")}),
]


@pytest.mark.parametrize(("text", "expected"), DIED_DOWN)
def test_round32_fields_died_down(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.status.value) for c in _claims(text, lexicon)} == expected
