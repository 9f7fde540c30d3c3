"""Round thirty-four, mend of the null-valued claims: the round's rules narrowed where a reviewer found them worse
(the reviewer's sentences and variants of our own), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows


def _null(category: str, subtype: str, status: str, direction: str, source: str | None) -> tuple[object, ...]:
    unit = {"ammunition": "shells", "technology_transfer": None, "other": "barrels"}.get(category, subtype)
    return (category, subtype, None, None, None, unit, status, False, direction, source)


_BOTH = "North Korean and Russian governments"


# A doubt that few or no one hold asserts the supply ('Few doubt that ...', 'No one seriously doubts that ...'); a
# doubt held ('Analysts doubt that ...', 'A few analysts doubt ...') still asserts nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Few doubt that North Korea has sent shells to Russia, a Seoul official said.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "South Korean government")}),
        ("Few analysts doubt that Pyongyang has shipped artillery shells to Moscow, Reuters reported.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Reuters")}),
        ("No one seriously doubts that North Korea has supplied missiles to Russia, the NIS said.",
         {_null("missiles", "missiles", "reported", "nk_to_ru", "South Korea NIS")}),
        ("No one doubts that North Korean troops have fought in Kursk, the NIS said.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korea NIS")}),
        ("Nobody doubts that North Korean soldiers are fighting in Kursk, the JCS said.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korea JCS")}),
        ("A few analysts doubt that North Korea has sent missiles to Russia.", set()),
        ("Analysts doubt that Russia will hand over submarine technology to Pyongyang.", set()),
    ],
)  # fmt: skip
def test_a_doubt_few_hold_asserts(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A ban's cause told after it ('after reports', 'amid reports') is a supply of its own; the banned items stay none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan banned the export of machine tools to Russia after reports North Korea had sent missiles, Kyodo said.",
         {_null("missiles", "missiles", "reported", "nk_to_ru", "Kyodo")}),
        ("The EU banned the sale of drone parts to Russia amid reports that North Korea had shipped shells, AFP said.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "AFP")}),
        ("The package bans the export of drone components to North Korea.", set()),
    ],
)  # fmt: skip
def test_a_bans_cause_is_told(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'lent his name', 'lent her voice' are idioms, no item lent; lent engineers are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A North Korean general lent his name to the new unit, KCNA said.", set()),
        ("Kim Yo Jong lent her voice to the campaign, KCNA said.", set()),
        ("Pyongyang has lent Moscow military engineers, the HUR said.",
         {("troops", "combat engineers", None, None, None, "troops", "reported", False, "nk_to_ru", "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_a_name_lent_is_an_idiom(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# What was sought and received is reported; what is sought stays planned.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang sought and received Russian help with satellite launches, the JCS said.",
         {_null("technology_transfer", "technology", "reported", "ru_to_nk", "South Korea JCS")}),
        ("Pyongyang sought and received Russian help with its satellite programme last year, the JCS said. The North "
         "is now seeking Russian nuclear submarine technology, it said.",
         {_null("technology_transfer", "technology", "reported", "ru_to_nk", "South Korea JCS"),
          _null("technology_transfer", "technology", "planned", "ru_to_nk", "South Korea JCS")}),
        ("North Korea has sought and obtained Russian help with its missile guidance, the NIS said.",
         {_null("technology_transfer", "technology", "reported", "ru_to_nk", "South Korea NIS")}),
        ("North Korea is seeking Russian help with its nuclear submarines, the NIS said.",
         {_null("technology_transfer", "technology", "planned", "ru_to_nk", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_sought_and_received_is_reported(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A giver's negation is no denial where a kind of the same item sent is set against it ('not sending its elite troops;
# it is sending conscripts'), nor where its object is its own forces supplied with the item ('is not providing its
# soldiers with enough shells'); a plain negation, or one set against an item of another kind, still denies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea is not sending its elite troops; it is sending conscripts, the NIS said.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korea NIS")}),
        ("North Korea is not sending its elite troops but conscripts, the NIS said.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korea NIS")}),
        ("Russia is not providing its soldiers with enough shells, so North Korea has sent millions, the HUR said.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Ukraine HUR")}),
        ("Moscow is not supplying its frontline units with enough ammunition, so North Korea has shipped millions of "
         "shells, the HUR said.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Ukraine HUR")}),
        ("Moscow has been sending North Korean shells to its units near Pokrovsk, the HUR said.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Ukraine HUR")}),
        ("North Korea has sent troops to its ally Russia, the NIS said.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korea NIS")}),
        # (Russia's own troops, ruled out for North Korea, go that way: ru_to_nk, as round 35 reads the schema)
        ("Russia is not sending troops to North Korea; it is sending oil, the NIS said.",
         {_null("troops", "troops", "denied", "ru_to_nk", "South Korea NIS"),
          _null("other", "fuel", "reported", "ru_to_nk", "South Korea NIS")}),
        ("Russia is not providing North Korea with nuclear technology, Lavrov said.",
         {_null("technology_transfer", "technology", "denied", "ru_to_nk",
                "Russia Ministry of Foreign Affairs (Lavrov)")}),
        ("The NIS said Russia was not providing fighter jets to North Korea.",
         {_null("vehicles", "aircraft", "denied", "ru_to_nk", "South Korea NIS")}),
        ("Ukraine's HUR said Pyongyang had sent shells. It said North Korea was not sending fighter pilots.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Ukraine HUR"),
          _null("troops", "troops", "denied", "nk_to_ru", "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_a_giver_negation_set_against_a_kind_sent(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Drone crews Russia trains at a base near or outside Pyongyang are drone know-how given at home, as in Pyongyang.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The HUR said Russian instructors had been training North Korean drone operators at a base near Pyongyang "
         "since March.",
         {_null("drones", "drones", "reported", "ru_to_nk", "Ukraine HUR")}),
        ("Russian instructors are training North Korean drone crews at a camp outside Pyongyang, the HUR said.",
         {_null("drones", "drones", "reported", "ru_to_nk", "Ukraine HUR")}),
        ("Russian officers are training North Korean drone operators at a base in Kursk.", set()),
    ],
)  # fmt: skip
def test_drone_crews_trained_at_a_base_near_pyongyang(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A denial sentence by both parties, named together ('Both countries', 'The two governments': no count), is the two
# governments'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea says North Korean troops are fighting in Kursk. Both countries deny it.",
         {_null("troops", "troops", "reported", "nk_to_ru", "South Korean government"),
          _null("troops", "troops", "denied", "nk_to_ru", _BOTH)}),
        ("Seoul says North Korea sent shells to Russia. Both sides rejected the claims.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "South Korean government"),
          _null("ammunition", "artillery shells", "denied", "nk_to_ru", _BOTH)}),
        ("Seoul says North Korea sent shells to Russia. The two governments have denied this.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "South Korean government"),
          _null("ammunition", "artillery shells", "denied", "nk_to_ru", _BOTH)}),
        ("Kyiv says Pyongyang has shipped shells to Moscow. The two countries deny it.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "Ukrainian government"),
          _null("ammunition", "artillery shells", "denied", "nk_to_ru", _BOTH)}),
        ("The two countries signed a treaty in June, and North Korea has since sent 11,000 troops.",
         {("troops", "troops", 11000, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
        ("The NIS said North Korea had sent shells to Russia. Both analysts dismissed the claims.",
         {_null("ammunition", "artillery shells", "reported", "nk_to_ru", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_both_countries_deny_it(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Both wrong at the start and in the round, mended where cheap: what is sought 'as well as' another item is sought
# too; a bare grenade launcher is an anti-tank weapon, no rocket artillery; a live blog's time stamp opens a denial
# sentence; a negation in scare quotes ("it is 'not sending' troops") still denies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea's NIS said Pyongyang was seeking Russian nuclear submarine and reconnaissance satellite "
         "technology as well as MiG-29 fighters.",
         {_null("technology_transfer", "technology", "planned", "ru_to_nk", "South Korea NIS"),
          _null("vehicles", "aircraft", "planned", "ru_to_nk", "South Korea NIS")}),
        ("Pyongyang is seeking MiG-29 jets as well as air-defence systems from Moscow, the JCS said.",
         {_null("vehicles", "aircraft", "planned", "ru_to_nk", "South Korea JCS"),
          ("other", "air defense systems", None, None, None, "systems", "planned", False, "ru_to_nk",
           "South Korea JCS")}),
        ("Pyongyang has sent grenade launchers and antitank guided missiles to Russia, the NIS said.",
         {("other", "anti-tank weapons", None, None, None, None, "reported", False, "nk_to_ru", "South Korea NIS"),
          _null("missiles", "missiles", "reported", "nk_to_ru", "South Korea NIS")}),
        ("Ukraine's foreign minister accused North Korea of supplying Russia with anti-tank guided missiles.\n\n"
         "09:30: North Korea denies it.",
         {_null("missiles", "missiles", "reported", "nk_to_ru", "Ukraine Ministry of Foreign Affairs"),
          _null("missiles", "missiles", "denied", "nk_to_ru", "North Korean government")}),
        ("Pyongyang's foreign ministry said North Korea 'will not transfer' missiles to any country, and that it is "
         "'not sending' troops abroad.",
         {_null("missiles", "missiles", "denied", "nk_to_ru", "North Korean government"),
          _null("troops", "troops", "denied", "nk_to_ru", "North Korean government")}),
        ('KCNA said the North was "not sending" soldiers to Russia.',
         {_null("troops", "troops", "denied", "nk_to_ru", "North Korean government")}),
    ],
)  # fmt: skip
def test_both_wrong_mended(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Russia's own forces it supplies items to are no troops sent (the direction of its own ammunition there is left
# open: only the troops are asserted here).
@pytest.mark.parametrize(
    "text",
    [
        "Russia is not providing enough ammunition to its troops, so it turned to North Korea for shells, the HUR said",
        "Moscow is not supplying enough drones to its soldiers in Kursk, so it buys them from Pyongyang, Kyiv said.",
    ],
)
def test_russias_own_forces_supplied_are_no_troops(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not any(row[0] == "troops" for row in whole_rows(text, lexicon))
