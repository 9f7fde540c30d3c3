"""The page's own voice in the thirtieth round, each case with sentences written for it: 'by our reckoning', 'our
running tally', 'we arrive at' as the page's own count under its masthead; a page's own count set beside another
body's figure it is compared with. Pinned too, from the review that dropped the rest of that commit: a site's
address names no speaker over the one a sentence points back to, a headline ending in 'Lab' or a section's crumbs
are no masthead, and a national 'our' ('our intelligence estimates') is no page's voice."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.lexicon import Lexicon
from core.models import Article


def _rows(text: str, lexicon: Lexicon, url: str | None = None) -> set[tuple[object, ...]]:
    """Category, value, status and source of every claim of a page (its first line is its masthead)."""
    claims = extract_claims(Article(id="a", text=text, url=url, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.source) for c in claims}


OWN_VOICE_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the page's own count in the new wordings, under a masthead the gazetteer knows
    (
        "The Economist\n\nBy our reckoning about 14,000 North Korean soldiers have now served in Russia.",
        {("troops", 14000, "reported", "The Economist")},
    ),
    (
        "RUSI\n\nOur running tally puts North Korean shell deliveries to Russia at about 11 million rounds.",
        {("ammunition", 11000000, "reported", "Royal United Services Institute (RUSI)")},
    ),
    (
        "RUSI\n\nCounting the stacks at the port, we arrive at about 2,000 containers of North Korean munitions "
        "shipped to Russia.",
        {("ammunition", 2000, "reported", "Royal United Services Institute (RUSI)")},
    ),
    # a national 'our' is no page's voice ('our intelligence estimates' in a Seoul editorial)
    (
        "The Korea Herald\n\nOur intelligence estimates that about 2,000 North Korean soldiers have been killed in "
        "Russia.",
        {("casualties", 2000, "reported", None)},
    ),
    # a quotation's first person is its speaker's
    (
        "The Economist\n\nUkraine's spy chief Kyrylo Budanov said: \"By our reckoning about 14,000 North Korean "
        'soldiers have served in Russia."',
        {("troops", 14000, "reported", "Ukraine HUR (Budanov)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_VOICE_CASES)
def test_the_pages_own_voice(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


NO_MASTHEAD_CASES: list[tuple[str, str | None]] = [
    # a site's address names no speaker, least of all over the one the sentence points back to
    (
        "Seoul's spy agency briefed lawmakers on Monday.\n\nWe assess that about 2,000 North Korean soldiers have "
        "been killed in Russia, the agency said.",
        "https://www.ft.com/content/abc",
    ),
    # a headline ending in 'Lab' is no research body's name, nor are a section's crumbs
    (
        "Inside Russia's North Korean Drone Lab\n\nWe estimate about 1,000 North Korean workers were sent to Russia.",
        None,
    ),
    ("Korea Chair | Commentary\n\nBy our count, about 14,000 North Korean soldiers have served in Russia.", None),
]


@pytest.mark.parametrize(("text", "url"), NO_MASTHEAD_CASES)
def test_no_name_taken_for_a_masthead(text: str, url: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    sources = {row[3] for row in _rows(text, lexicon, url)}
    assert sources <= {None, "South Korea NIS"}


COMPARED_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the page's own count beside another body's figure it is compared with: each its own
    (
        "Our own tally of imagery identifies roughly 160 North Korean Koksan guns in Russia, well above the 100 cited "
        "by Ukrainian intelligence.",
        {
            ("artillery", 160, "reported", "Royal United Services Institute (RUSI)"),
            ("artillery", 100, "reported", "Ukraine HUR"),
        },
    ),
    # a body that speaks on the figure itself still does
    (
        "We note that the NIS estimated 4,500 North Korean soldiers were killed or wounded in Russia.",
        {("casualties", 4500, "reported", "South Korea NIS")},
    ),
    # ... as does one the page's review found speaking ('based on intercepts, Ukrainian intelligence estimates')
    (
        "Our review found that, based on intercepted communications, Ukrainian intelligence estimates about 300 "
        "North Korean soldiers were killed in Russia.",
        {("casualties", 300, "reported", "Ukraine HUR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_a_pages_own_count_beside_another_bodys(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows("RUSI\n\n" + text, lexicon) == expected
