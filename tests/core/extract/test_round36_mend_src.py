"""Round thirty-six, who said it, mended after review: a member of a research body the gazetteer knows, named in full
with it in the sentence where they speak ('Ankit Panda of the Carnegie Endowment for International Peace said'),
keeps the person, as the member of a body it does not know does; asserting category, value, hedge, status, addition
and source of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows


def _troops(value: int | None, hedge: str | None, source: str | None, **kw: object) -> tuple[object, ...]:
    return ("troops", value, hedge, kw.get("status", "reported"), kw.get("incremental", False), source)


# 'Person of the Body said', 'said Person of the Body': the body with its member; near misses: the body alone, a
# report of it, one who has left it.
KNOWN_BODY_MEMBER: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ankit Panda of the Carnegie Endowment for International Peace said North Korea could send 10,000 more "
        "soldiers to Russia.",
        {_troops(10000, "exact", "Carnegie Endowment (Panda)", status="planned", incremental=True)},
    ),
    (
        "Some 4,000 more North Korean soldiers have gone to Russia since March, said Ankit Panda of the Carnegie "
        "Endowment.",
        {_troops(4000, "approx", "Carnegie Endowment (Panda)", incremental=True)},
    ),
    (
        "Ankit Panda at the Carnegie Endowment told reporters about 2,500 North Korean troops had rotated home.",
        {_troops(2500, "approx", "Carnegie Endowment (Panda)")},
    ),
    (
        "The Carnegie Endowment said North Korea had sent about 12,000 soldiers to Russia.",
        {_troops(12000, "approx", "Carnegie Endowment")},
    ),
    (
        "A report by the Carnegie Endowment said North Korea had sent about 12,000 soldiers to Russia.",
        {_troops(12000, "approx", "Carnegie Endowment")},
    ),
    (
        "Ankit Panda, formerly of the Carnegie Endowment, said North Korea had sent about 12,000 soldiers to Russia.",
        {_troops(12000, "approx", "Panda")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_BODY_MEMBER, ids=range(len(KNOWN_BODY_MEMBER)))
def test_round36_mend_member_of_known_body(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A transcript's plain-case title label ('Secretary General:') is the one the page named with that title before,
# its words hyphened there ('NATO Secretary-General Mark Rutte') or not; a question put to the title names no one.
TITLE_LABEL_HYPHENED: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Opening remarks by NATO Secretary-General Mark Rutte at a press conference in Brussels.\n"
        "Q: How many soldiers has Pyongyang sent?\n"
        "Secretary General: We believe some 10,000 North Korean troops are in Russia.",
        {_troops(10000, "approx", "NATO")},
    ),
    (
        "Joint press point with NATO Secretary General Mark Rutte in The Hague.\n"
        "Q: Is the figure still growing?\n"
        "Secretary General: Our estimate is that about 12,000 North Korean troops are there now.",
        {_troops(12000, "approx", "NATO")},
    ),
    (
        "Opening remarks at a press conference in Brussels.\n"
        "Q: Secretary-General, how many North Korean troops are in Russia?\n"
        "A journalist said some 10,000 North Korean troops were in Russia.",
        {_troops(10000, "approx", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_LABEL_HYPHENED, ids=range(len(TITLE_LABEL_HYPHENED)))
def test_round36_mend_title_label_hyphened(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# One of the head of state's office named with the country's adjective or the city it sits in speaks as
# '<Country> presidential official(s)', as one named with the office does; near misses: a government official, the
# Kremlin's administration (a country's official), and the office itself.
PRESIDENTIAL_BY_COUNTRY: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "A Ukrainian presidential official said North Korea had sent about 150 ballistic missiles to Russia.",
        {("missiles", 150, "approx", "reported", False, "Ukrainian presidential official")},
    ),
    (
        "Some 3,000 more North Korean troops have arrived, a senior presidential official in Kyiv told reporters.",
        {_troops(3000, "approx", "Ukrainian presidential official", incremental=True)},
    ),
    (
        "A presidential office official in Seoul said about 11,000 North Korean soldiers were in Russia.",
        {_troops(11000, "approx", "South Korean presidential official")},
    ),
    (
        "South Korean presidential officials said about 11,000 North Korean soldiers were in Russia.",
        {_troops(11000, "approx", "South Korean presidential officials")},
    ),
    (
        "A Ukrainian government official said North Korea had sent about 150 ballistic missiles to Russia.",
        {("missiles", 150, "approx", "reported", False, "Ukrainian government official")},
    ),
    (
        "A Russian presidential administration official said about 11,000 North Korean soldiers were in Russia.",
        {_troops(11000, "approx", "Russian official")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESIDENTIAL_BY_COUNTRY, ids=range(len(PRESIDENTIAL_BY_COUNTRY)))
def test_round36_mend_presidential_official_by_country(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected


# A member of a body the gazetteer names by an acronym, named with the acronym as the copy writes it ('Victor Cha of
# CSIS'), speaks as 'CSIS (Cha)' there and by surname later; near misses: the body spelled out (its full name kept,
# as for a member of the Korea Institute for Defense Analyses), and the body alone.
ACRONYM_BODY_MEMBER: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Victor Cha of CSIS said North Korea had sent about 11,000 soldiers to Russia.",
        {_troops(11000, "approx", "CSIS (Cha)")},
    ),
    (
        "Victor Cha of CSIS said the deployment kept growing. Cha said some 12,000 North Korean troops were in Kursk.",
        {_troops(12000, "approx", "CSIS (Cha)")},
    ),
    (
        "Joseph Dempsey of IISS said the launchers were seen in Kursk. Dempsey said at least 20 North Korean 240mm "
        "launchers had been delivered to Russia.",
        {("rocket_launchers", 20, "at_least", "reported", False, "IISS (Dempsey)")},
    ),
    (
        "Victor Cha of the Center for Strategic and International Studies said North Korea had sent about 11,000 "
        "soldiers to Russia.",
        {_troops(11000, "approx", "Center for Strategic and International Studies (CSIS)")},
    ),
    (
        "CSIS said North Korea had sent about 11,000 soldiers to Russia.",
        {_troops(11000, "approx", "Center for Strategic and International Studies (CSIS)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_BODY_MEMBER, ids=range(len(ACRONYM_BODY_MEMBER)))
def test_round36_mend_member_of_acronym_body(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
