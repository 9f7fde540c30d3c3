"""The page's own voice in the thirtieth round, each case with sentences written for it: 'by our reckoning', 'our
running tally', 'we arrive at'; the publisher a page's site names ('economist.com', 'rusi.org'); a masthead before
its section crumbs or named after its city; a page's own count set beside another body's figure."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.lexicon import Lexicon
from core.models import Article


def _rows(text: str, lexicon: Lexicon, url: str | None = None) -> set[tuple[object, ...]]:
    """Category, value, status and source of every claim of a page (its first line is its masthead)."""
    claims = extract_claims(Article(id="a", text=text, url=url, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.source) for c in claims}


_STORY = "North Korea and Russia: the count so far\n\n"

URL_CASES: list[tuple[str, str, set[tuple[object, ...]]]] = [
    # an outlet's site by its name, where no masthead names it: 'by our reckoning' is the paper's
    (
        "https://www.economist.com/asia/2025/05/01/kims-army",
        "By our reckoning about 14,000 North Korean soldiers have now served in Russia.",
        {("troops", 14000, "reported", "The Economist")},
    ),
    # ... a short name of an outlet ('ft' is the Financial Times)
    (
        "https://www.ft.com/content/abc",
        "We estimate that North Korea has shipped about 7,000 containers of munitions to Russia.",
        {("ammunition", 7000, "reported", "Financial Times")},
    ),
    # a research body whose short name is a label of the host
    (
        "https://rusi.example.org/commentary/kim-guns",
        "Our own tally of imagery finds about 180 Koksan guns in Russian service.",
        {("artillery", 180, "reported", "Royal United Services Institute (RUSI)")},
    ),
    # ... its longest name there ('beyondparallel', not 'csis')
    (
        "https://beyondparallel.csis.example.org/rajin",
        "We estimate that about 2,400 containers left the port in the summer.",
        {("ammunition", 2400, "reported", "CSIS Beyond Parallel")},
    ),
    # a host that only holds a name is no page of it ('nytimes' is not The Times)
    (
        "https://www.nytimes.com/2025/05/01/world/asia/kim.html",
        "We estimate that about 2,400 containers left the port in the summer.",
        {("ammunition", 2400, "reported", None)},
    ),
    # a first person in quotation marks is the speaker's, whatever the site
    (
        "https://www.economist.com/asia/2025/05/01/kims-army",
        "Ukraine's spy chief Kyrylo Budanov said: \"By our reckoning about 14,000 North Korean soldiers have "
        'served in Russia."',
        {("troops", 14000, "reported", "Ukraine HUR (Budanov)")},
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), URL_CASES)
def test_the_site_names_whose_own_voice_it_is(url: str, text: str, expected: set[tuple[object, ...]], lexicon) -> None:
    assert _rows(_STORY + text, lexicon, url) == expected


def test_a_transcript_on_an_outlets_site_speaks_as_whoever_has_the_floor(lexicon) -> None:
    text = "\n\n".join(
        [
            "Press briefing on North Korea and Russia",
            "MR. DOE: Thanks. Let me start with the arms trade between Pyongyang and Moscow.",
            "We assess that North Korea has sent about 1,500 more soldiers to Russia.",
        ]
    )
    assert _rows(text, lexicon, "https://www.economist.com/briefings/1") == {("troops", 1500, "reported", None)}


MASTHEAD_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a research body's name set before its section crumbs, its last word 'Lab'
    (
        "Northgate Open Source Lab › Notes › Korea\n\nWe have verified imagery of at least 90 North Korean soldiers "
        "killed in Kursk.",
        {("casualties", 90, "reported", "Northgate Open Source Lab")},
    ),
    # a body named 'Institute for ...' alone on the line
    (
        "Harrow Institute for Korean Studies\n\nBased on the stacks, we estimate that roughly 1,700 containers of "
        "munitions were shipped from North Korea to Russia in the summer.",
        {("ammunition", 1700, "reported", "Harrow Institute for Korean Studies")},
    ),
    # a newsletter named after a city, in capitals: a masthead, as its name is written
    (
        "OSLO DISPATCH\n\nOur own tally of job notices found at least 2,200 North Korean workers hired in Russia "
        "this year.",
        {("workers", 2200, "reported", "Oslo Dispatch")},
    ),
    # a name the gazetteer does not know before crumbs: for a sentence in the page's own voice only
    (
        "Korea Harbour Monitor | Analysis | Shipping\n\nOur running tally of shipping records puts North Korean "
        "shell deliveries to Russia at about 11 million rounds.",
        {("ammunition", 11000000, "reported", "Korea Harbour Monitor")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MASTHEAD_CASES)
def test_a_masthead_names_whose_own_voice_it_is(text: str, expected: set[tuple[object, ...]], lexicon) -> None:
    assert _rows(text, lexicon) == expected


COMPARED_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the page's own count beside another body's figure: each its own
    (
        "Our own tally of imagery identifies roughly 160 North Korean Koksan guns in Russia, well above the 100 cited "
        "by Ukrainian intelligence.",
        {
            ("artillery", 160, "reported", "Royal United Services Institute (RUSI)"),
            ("artillery", 100, "reported", "Ukraine HUR"),
        },
    ),
    # what the page's estimate drew on is not its speaker
    (
        "Our own estimate, based on published NIS figures and obituaries, is that about 4,500 North Korean soldiers "
        "were killed or wounded in Russia.",
        {("casualties", 4500, "reported", "Royal United Services Institute (RUSI)")},
    ),
    # a body that speaks on the figure itself still does
    (
        "We note that the NIS estimated 4,500 North Korean soldiers were killed or wounded in Russia.",
        {("casualties", 4500, "reported", "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_a_pages_own_count_beside_another_bodys(text: str, expected: set[tuple[object, ...]], lexicon) -> None:
    assert _rows("RUSI\n\n" + text, lexicon) == expected


def test_the_site_publisher_of_a_url(lexicon) -> None:
    assert lexicon.site_publisher("https://www.theguardian.com/world/x") == ("The Guardian", True)
    assert lexicon.site_publisher("https://www.dailynk.com/english/x") == ("Daily NK", True)
    assert lexicon.site_publisher("https://www.csis.org/analysis/x") == ("CSIS", False)
    assert lexicon.site_publisher("https://example.org/news/x") is None
    assert lexicon.site_publisher(None) is None
