"""Wording classes fixed in the thirteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article


def _claims(text: str, lexicon, title: str | None = None) -> set[tuple[str, int | None, str | None]]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", title=title), lexicon)
    return {(c.category.value, c.value, c.subtype) for c in claims if c.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part is counted with what befell the whole; the whole (not all North Korean) is not
        ("Four North Korean soldiers were among some 30 people killed when a drone hit a depot in Kursk, "
         "Ukraine's military intelligence said.", {("casualties", 4, "killed")}),
        ("Nine North Korean troops are among the 70 servicemen wounded in the attack on Russia's base in Kursk.",
         {("casualties", 9, "wounded")}),
        # a whole that is North Korea's own is a figure too
        ("Three officers were among the 200 North Korean soldiers killed in the Kursk fighting last week.",
         {("casualties", 3, "killed"), ("casualties", 200, "killed")}),
    ],
)  # fmt: skip
def test_a_part_among_a_whole_takes_what_befell_the_whole(text: str, expected: set[object], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _claims(text, lexicon) == expected


def _source(text: str, lexicon, title: str | None) -> set[str | None]:  # type: ignore[no-untyped-def]
    claims = extract_claims(Article(id="a", text=text, language="en", title=title), lexicon)
    return {c.source for c in claims if c.value}


_COUNT = (
    "\nWeekly edition\n\nOur team counted at least 52 North Korean KN-23 missiles launched at Ukrainian cities "
    "since January, from debris photographs and official statements."
)


def test_the_pages_own_count_is_its_mastheads_when_no_gazetteer_knows_it(lexicon) -> None:
    assert _source("Eastern Front Missile Watch" + _COUNT, lexicon, "Missile count rises") == {
        "Eastern Front Missile Watch"
    }


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Transcripts", "Missile count rises"),  # one word: a section, not a name
        ("Missile Count Rises Again", "Missile Count Rises Again"),  # the headline
        ("The missile count rises again", "Missile count rises"),  # a line in sentence case
    ],
)  # fmt: skip
def test_a_first_line_that_is_no_name_gives_the_pages_count_no_source(first: str, title: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _source(first + _COUNT, lexicon, title) == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea has sent about 11,000 soldiers to Russia, the Institute for the Study of War said.",
         "Institute for the Study of War (ISW)"),
        ("North Korea has sent about 11,000 soldiers to Russia, Reuters reported, citing the ISW.",
         "Institute for the Study of War (ISW) (via Reuters)"),
    ],
)  # fmt: skip
def test_a_body_named_by_acronym_reads_in_full_with_its_acronym(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _source(text, lexicon, None) == {source}


def test_a_body_with_a_person_keeps_its_acronym(lexicon) -> None:  # type: ignore[no-untyped-def]
    # 'Org (Person)': the parenthesis is the person's, so the body stays short
    assert lexicon.displayed_source("RUSI (Watling) (via BBC)") == "RUSI (Watling) (via BBC)"
    assert lexicon.displayed_source("RUSI (via BBC)") == "Royal United Services Institute (RUSI) (via BBC)"
    assert lexicon.displayed_source(None) is None
