"""Round thirty-six, who said it: fresh wording of our own (officials of the presidential office, ...), asserting
category, value, hedge, status, addition and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows

_PRESIDENTIAL = "South Korean presidential official"


def _troops(value: int | None, hedge: str | None, source: str | None, **kw: object) -> tuple[object, ...]:
    return ("troops", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


# One of the head of state's office speaks as its official ('South Korean presidential official'), not as the
# government the gazetteer knows the bare office as, whether the page gives a home country or not: 'a senior
# presidential office official', 'a presidential official' (filed from Seoul), 'a Blue House official', 'an official
# at the presidential office', and 'the official' after one of them; the office itself stays the government.
PRESIDENTIAL_OFFICIALS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea has sent about 3,000 more troops to Russia, a senior presidential office official said Monday.",
        {_troops(3000, "approx", _PRESIDENTIAL, incremental=True)},
    ),
    (
        "SEOUL -- A presidential official said on Tuesday that some 2,000 North Korean soldiers had left for Russia.",
        {_troops(2000, "approx", _PRESIDENTIAL)},
    ),
    (
        "About 1,000 North Korean soldiers were killed in two months, a senior presidential official told reporters.",
        {("casualties", 1000, "approx", "reported", False, _PRESIDENTIAL)},
    ),
    (
        "KYIV -- Some 800 North Korean soldiers were killed in May, a senior presidential official told reporters.",
        {("casualties", 800, "approx", "reported", False, "Ukrainian presidential official")},
    ),
    (
        "Roughly 1,500 North Korean troops were sent to Russia in May, a Blue House official told reporters.",
        {_troops(1500, "approx", _PRESIDENTIAL)},
    ),
    (
        "An official at the presidential office said around 4,000 North Korean troops had joined Russian units.",
        {_troops(4000, "approx", _PRESIDENTIAL)},
    ),
    (
        "Presidential office officials estimate that North Korea has deployed 12,000 troops to Russia.",
        {_troops(12000, "exact", "South Korean presidential officials")},
    ),
    (
        "A presidential office official said the North had sent 3,000 more troops to Russia in October. The JCS put "
        "the October figure at 2,500. The official said 300 North Korean soldiers had been wounded last month.",
        {
            _troops(3000, "exact", _PRESIDENTIAL, incremental=True),
            _troops(2500, "exact", "South Korea JCS"),
            ("casualties", 300, "exact", "reported", False, _PRESIDENTIAL),
        },
    ),
    # near misses: the office itself, and another country's office
    (
        "North Korea has sent about 3,000 more troops to Russia, South Korea's presidential office said Monday.",
        {_troops(3000, "approx", "South Korean government", incremental=True)},
    ),
    (
        "North Korea has sent about 3,000 more troops to Russia, Ukraine's presidential office said Monday.",
        {_troops(3000, "approx", "Ukraine Presidential Office", incremental=True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESIDENTIAL_OFFICIALS)
def test_round36_presidential_officials(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A transcript's turn labelled in plain case with a title ('Secretary General:', 'High Representative:') is the one the
# page named with that title before (not the question put to the title); an interview's answer labelled with who gives
# it ('A (JCS spokesman Lee Sung-jun): ...') names the interviewee for the unlabelled answers after it.
TURN_LABELS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Press conference by NATO Secretary General Mark Rutte\nModerator: First question, DW.\nQ: Secretary General, "
        "any numbers?\nSecretary General: Thank you. North Korea has sent well over 12,000 troops to Russia.",
        {_troops(12000, "more_than", "NATO")},
    ),
    (
        "Remarks by High Representative Kaja Kallas after the Foreign Affairs Council\nQ: What about North Korea?\n"
        "High Representative: North Korea has sent more than 11,000 soldiers to Russia.",
        {_troops(11000, "more_than", "EU (Kallas)")},
    ),
    (
        "Q: How many North Korean troops are in Russia?\nA (JCS spokesman Lee Sung-jun): We assess about 11,000 troops "
        "have been sent.\nQ: And missiles?\nA: North Korea has sent over 100 ballistic missiles to Russia so far.",
        {
            _troops(11000, "approx", "South Korea JCS (Lee Sung-jun)"),
            ("missiles", 100, "more_than", "reported", False, "South Korea JCS (Lee Sung-jun)"),
        },
    ),
    # near misses: a title the page names no one with, and the moderator
    (
        "Q: How many are there?\nSecretary General: North Korea has sent well over 12,000 troops to Russia.",
        {_troops(12000, "more_than", None)},
    ),
    (
        "Press conference by NATO Secretary General Mark Rutte\nModerator: Reports say North Korea has sent 12,000 "
        "troops to Russia.",
        {_troops(12000, "exact", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURN_LABELS)
def test_round36_turn_labels(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# The gazetteer names research bodies and the bloc's diplomatic service however the copy writes them: the Carnegie
# Endowment (for International Peace) and its members, the European External Action Service as the EU; a member
# named in full with a body the gazetteer knows, then by surname, keeps the gazetteer's name of it.
KNOWN_BODIES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ankit Panda, a senior fellow at the Carnegie Endowment for International Peace, spoke on Monday. Panda said "
        "North Korea had sent about 200 Koksan howitzers to Russia.",
        {("artillery", 200, "approx", "reported", False, "Carnegie Endowment (Panda)")},
    ),
    (
        "Michael Kofman, a senior fellow at the Carnegie Endowment, said at least 50 North Korean rocket launchers had "
        "been destroyed in Russia.",
        {("rocket_launchers", 50, "at_least", "reported", False, "Carnegie Endowment (Kofman)")},
    ),
    (
        "The Carnegie Endowment for International Peace said North Korea had sent around 200 Koksan howitzers to "
        "Russia.",
        {("artillery", 200, "approx", "reported", False, "Carnegie Endowment")},
    ),
    (
        "About 12,000 North Korean troops are in Russia, a spokesperson for the European External Action Service said.",
        {_troops(12000, "approx", "EU")},
    ),
    # near misses: a body the gazetteer does not know keeps the name the copy gives it, and one the gazetteer names
    # by an acronym keeps its name in full
    (
        "Park Ji-won, a senior fellow at the Korea Institute for Defense Analyses, spoke on Monday. Park said North "
        "Korea had sent about 200 Koksan howitzers to Russia.",
        {("artillery", 200, "approx", "reported", False, "Korea Institute for Defense Analyses (Park Ji-won)")},
    ),
    (
        "Hana Seo, a senior fellow at the Pacific Strategy Forum, spoke on Monday. Seo said North Korea had sent about "
        "200 Koksan howitzers to Russia.",
        {("artillery", 200, "approx", "reported", False, "Pacific Strategy Forum (Seo)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_BODIES)
def test_round36_known_bodies(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# Washington's Defense Intelligence Agency: named by its director, or bare on a page filed from Washington; the bare
# name stays Seoul's elsewhere, and so does Seoul's named with its country on any page.
_US_DIA = "US Defense Intelligence Agency"
_SK_DIA = "South Korea Defense Intelligence Agency"
DEFENSE_INTELLIGENCE: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Lt. Gen. Jeffrey Kruse, director of the Defense Intelligence Agency, told senators that North Korea had sent "
        "more than 11,000 troops to Russia.",
        {_troops(11000, "more_than", f"{_US_DIA} (Kruse)")},
    ),
    (
        "WASHINGTON -- The Defense Intelligence Agency said in its annual threat assessment that North Korea had sent "
        "more than 11,000 troops to Russia.",
        {_troops(11000, "more_than", _US_DIA)},
    ),
    # near misses: the bare name filed from Seoul or from nowhere, and Seoul's named with its country in Washington
    (
        "SEOUL -- The Defense Intelligence Agency said North Korea had sent more than 11,000 troops to Russia.",
        {_troops(11000, "more_than", _SK_DIA)},
    ),
    (
        "The Defense Intelligence Agency said North Korea had sent more than 11,000 troops to Russia.",
        {_troops(11000, "more_than", _SK_DIA)},
    ),
    (
        "WASHINGTON -- South Korea's Defense Intelligence Agency said North Korea had sent more than 11,000 troops to "
        "Russia.",
        {_troops(11000, "more_than", _SK_DIA)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFENSE_INTELLIGENCE)
def test_round36_defense_intelligence(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
