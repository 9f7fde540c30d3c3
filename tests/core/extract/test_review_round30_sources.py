"""Who said it, round thirty, each defect with sentences written for it: a body described by its members or its
purpose ('an 11-nation group set up to monitor sanctions said') is the body the next sentence names, the day a
thing was said ('..., the group said Thursday.') is no speaker's name, and 'he says' right after a sentence naming
one person is that person's word; an unnamed military or government source on a page of a country's national press
(its masthead) is that country's, '"...," the source told the paper' is that source's, relayed, and 'the official'
is the one official of before, not officials quoted in between."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.on_the_beat import rows as _rows

_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a body described by its members, named in the next sentence
    (
        "Pyongyang shipped about 150 ballistic missiles to Russia last year, a 12-nation group said Friday.\n"
        "The Multilateral Sanctions Monitoring Team said the missiles had been fired at Ukrainian cities.",
        {("missiles", 150, "reported", False, _MSMT)},
    ),
    # ... or by its purpose
    (
        "Pyongyang shipped about 150 ballistic missiles to Russia last year, a team set up to monitor UN "
        "sanctions said Tuesday.\n"
        "In its second report, the Multilateral Sanctions Monitoring Team said the missiles had been fired at "
        "Ukrainian cities.",
        {("missiles", 150, "reported", False, _MSMT)},
    ),
    # a described research body whom no word of the unnamed-speaker kind binds ('a research institute estimated')
    (
        "Russia may have delivered some 70 air-defence missiles to North Korea, a state-funded research institute "
        "estimated on Monday.\n"
        "The Korea Institute for Defense Analyses said the missiles guard Pyongyang.",
        {("missiles", 70, "reported", False, "Korea Institute for Defense Analyses (KIDA)")},
    ),
    # not when the next sentence names no research body
    (
        "Pyongyang shipped about 150 ballistic missiles to Russia last year, a 12-nation group said Friday.\n"
        "Russia denies receiving any weapons from the North.",
        {("missiles", 150, "reported", False, None)},
    ),
    # 'he says' after a sentence that names one person without having them speak: that person, not the body that
    # spoke further back
    (
        "The JCS says the North keeps sending rocket launchers to Russia.\n"
        "A magazine published an interview with Kyrylo Budanov, Ukraine's spy chief, on Friday. He says Pyongyang "
        "handed Moscow 160 KN-23 missiles last year.",
        {
            ("rocket_launchers", None, "reported", False, "South Korea JCS"),
            ("missiles", 160, "reported", False, "Ukraine HUR (Budanov)"),
        },
    ),
    # 'according to the official' is the one official of before, not the officials quoted in between
    (
        "A Ukrainian intelligence official, who asked not to be named, said the new units included drone operators."
        "\n\nThe Times reported that U.S. officials believed the North had begun sending new KN-23 missiles.\n\n"
        "About 3,500 North Korean soldiers have been killed or wounded, according to the official.",
        {
            ("missiles", None, "reported", True, "US officials (via The Times)"),
            ("casualties", 3500, "reported", False, "Ukraine HUR"),
        },
    ),
    # ... not when that sentence names no one: the speaker of before stands
    (
        "The JCS says the North keeps sending rocket launchers to Russia.\n"
        "A magazine ran a long feature on the war. He says Pyongyang handed Moscow 160 KN-23 missiles last year.",
        {
            ("rocket_launchers", None, "reported", False, "South Korea JCS"),
            ("missiles", 160, "reported", False, "South Korea JCS"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_sources(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def _page_rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, status, addition and source of a page's claims, its first line the masthead."""
    found = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.incremental, c.source) for c in found}


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # a paper of Seoul's national press: its unnamed military source is Seoul's
        ("The Chosun Ilbo English Edition", "South Korean military source"),
        # a page no national press names: the source may be anyone's (an outlet's informant in the North)
        ("Korea Watch Weekly", None),
    ],
)
def test_an_unnamed_source_on_a_national_papers_page(masthead: str, expected: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"{masthead}\nHome > North Korea\n\n"
        "North Korea has sent about 2,500 more soldiers to Russia, a military source said Wednesday."
    )
    assert _page_rows(text, lexicon) == {("troops", 2500, "reported", True, expected)}


def test_an_unnamed_source_beside_a_relaying_outlet_keeps_no_country(lexicon) -> None:  # type: ignore[no-untyped-def]
    # 'TASS quoted a diplomatic source' on a Seoul paper's page: the relaying agency's country, not Seoul's
    text = (
        "The Chosun Ilbo English Edition\nHome > North Korea\n\n"
        "TASS quoted a diplomatic source as saying that North Korea had sent no more than 2,500 soldiers to Russia."
    )
    assert {row[4] for row in _page_rows(text, lexicon)} == {"Russian diplomatic source (via TASS)"}


def test_the_source_telling_the_paper_in_a_quotation_is_the_source_of_before(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Chosun Ilbo English Edition\nHome > North Korea\n\n"
        "North Korea has sent about 2,500 more soldiers to Russia, a military source said Wednesday.\n\n"
        '"They went by train, and 800 engineers went with them," the source told the Chosun Ilbo.'
    )
    assert ("troops", 800, "reported", False, "South Korean military source (via Chosun Ilbo)") in _page_rows(
        text, lexicon
    )
