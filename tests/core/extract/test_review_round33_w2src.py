"""Sources named wrongly, found by the thirty-third round's second-wave reviewers (w2src), each with sentences written
for it: an outlet's journalist named by the place of the post ("the BBC's Seoul correspondent", "Reuters' Kyiv bureau
chief") or filing from a place ('reported from Seoul') speaks for the outlet, not for the country the place names."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.lexicon import Lexicon
from core.models import Article
from tests.core.extract.on_the_beat import claims as _claims


def _rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, qualifier, status, addition and source of every claim."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in _claims(text, lexicon)
    }


DESKS: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "According to the BBC's Seoul correspondent, North Korea has sent about 3,000 more troops to Russia.",
        {("troops", 3000, "approx", "reported", True, "BBC")},
    ),
    (
        "The Telegraph's Asia correspondent reported from Seoul that a second wave of some 3,000 North Korean "
        "soldiers had arrived in Kursk.",
        {("troops", 3000, "approx", "reported", True, "The Telegraph")},
    ),
    (
        "Reuters' Kyiv bureau chief said some 12,000 North Korean troops were fighting in Kursk.",
        {("troops", 12000, "approx", "reported", False, "Reuters")},
    ),
    (
        "The Guardian's Moscow correspondent wrote that about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "The Guardian")},
    ),
    # near misses: a body the place names, told by the outlet; a statement from the capital
    (
        "According to the BBC, Seoul's spy agency said about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "South Korea NIS (via BBC)")},
    ),
    (
        "The BBC reported a statement from Seoul that about 11,000 North Korean soldiers had been deployed.",
        {("troops", 11000, "approx", "reported", False, "South Korean government (via BBC)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESKS)
def test_round33_a_correspondents_post_is_no_voice(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# A report a speaker is asked about, told what it says ('Asked about a report in The Wall Street Journal that said'),
# is the paper's figure, whatever the speaker answers; a story the speaker is asked about and then speaks to is his.
ASKED_ABOUT: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Asked about a report in The Wall Street Journal that said some 3,000 North Korean troops had been killed, "
        "Kremlin spokesman Dmitry Peskov declined to comment.",
        {("casualties", 3000, "approx", "reported", False, "The Wall Street Journal")},
    ),
    (
        "Asked about an article in the Financial Times which said North Korea had shipped 5 million shells, Peskov "
        "said he had nothing to add.",
        {("ammunition", 5000000, "exact", "reported", False, "Financial Times")},
    ),
    (
        "Kremlin spokesman Dmitry Peskov, asked about a story in The Times that 11,000 North Korean troops were in "
        "Kursk, declined to comment.",
        {("troops", 11000, "exact", "reported", False, "The Times")},
    ),
    # near misses: the speaker gives the figure after being asked
    (
        "Asked about a report in The Wall Street Journal, Peskov said some 3,000 North Korean troops had been killed.",
        {("casualties", 3000, "approx", "reported", False, "Kremlin (Peskov)")},
    ),
    (
        "The minister, asked about a story in The Times, said North Korea had sent about 11,000 troops to Russia.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_ABOUT)
def test_round33_a_report_asked_about_is_the_papers(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# A voice named by its country in a clause set off after the figure, on a noun of its own ('..., weapons that Ukrainian
# officials say have proved inaccurate'), speaks of that noun, not of the figure; a clause on the figure itself
# ('figures that ... say still hold'), or one that gives it, or a voice closing the sentence, still speaks for it.
ON_A_NOUN: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russia has fired about 100 North Korean KN-23 missiles at Ukraine, weapons that Ukrainian officials say have "
        "proved inaccurate.",
        {("missiles", 100, "approx", "reported", False, None)},
    ),
    (
        "North Korea has shipped some 50 Koksan guns to Russia, howitzers which South Korean military officials say "
        "are decades old.",
        {("artillery", 50, "approx", "reported", False, None)},
    ),
    (
        "North Korea has sent about 11,000 troops to Russia, soldiers that the Pentagon says are poorly trained.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
    # near misses
    (
        "North Korea sent about 11,000 troops to Russia last autumn, figures that South Korean officials say still "
        "hold.",
        {("troops", 11000, "approx", "reported", False, "South Korean officials")},
    ),
    (
        "North Korea has sent troops to Russia, a force that South Korean officials say numbers about 11,000.",
        {("troops", 11000, "approx", "reported", False, "South Korean officials")},
    ),
    (
        "Russia has fired about 100 North Korean KN-23 missiles at Ukraine, Ukrainian officials say.",
        {("missiles", 100, "approx", "reported", False, "Ukrainian officials")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_A_NOUN)
def test_round33_a_named_voice_on_a_noun_after_the_figure(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


def _page(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """The rows of a page given whole (no masthead unless it names one)."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in extract_claims(Article(id="a", text=text, language="en"), lexicon)
    }


# The page's own count drawn on a body's statements is the page's, masthead or none: with none, no one's named, never
# the body's it drew on; a body that estimates after what it drew on ('Based on intercepts, Ukrainian intelligence
# estimates') is that body's.
DRAWN_ON: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea's losses in Kursk\nBy this newspaper's count, drawing on statements by Ukrainian and South Korean "
        "officials, at least 1,000 North Korean soldiers have been killed.",
        {("casualties", 1000, "at_least", "reported", False, None)},
    ),
    (
        "North Korea's troops in Russia\nOur own estimate, based on the NIS and JCS figures, is that North Korea has "
        "sent roughly 14,000 troops to Russia. Of those, about 2,000 have been wounded.",
        {("troops", 14000, "approx", "reported", False, None), ("casualties", 2000, "approx", "reported", False, None)},
    ),
    (
        "The Telegraph\nNorth Korea's losses in Kursk\nBy this newspaper's count, drawing on statements by Ukrainian "
        "and South Korean officials, at least 1,000 North Korean soldiers have been killed.",
        {("casualties", 1000, "at_least", "reported", False, "The Telegraph")},
    ),
    # near misses: the body estimates; another figure in a clause of its own
    (
        "North Korea's troops in Russia\nBased on intercepts, Ukrainian intelligence estimates that about 14,000 North "
        "Korean troops are in Russia.",
        {("troops", 14000, "approx", "reported", False, "Ukraine HUR")},
    ),
    (
        "North Korea's troops in Russia\nWe estimate that some 1,000 labourers arrived, while plans seen by Ukrainian "
        "intelligence call for 12,000.",
        {
            ("workers", 1000, "approx", "reported", False, None),
            ("workers", 12000, "exact", "planned", False, "Ukraine HUR"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRAWN_ON)
def test_round33_the_pages_count_drawn_on_a_body_without_a_masthead(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _page(text, lexicon) == expected


# The voice named right after a figure the sentence's own is compared with ('far more than the 13,000 (that) Seoul
# cited') gives that figure only, never the sentence's own ('By my count, ... 20,000 containers'); a voice closing the
# sentence ('..., up from 13,000 last year, the NIS said') or set off after the own figure still gives both.
COMPARED: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "What the monitors' numbers mean\nNorth Korea has shipped roughly 20,000 containers to Russia, far more than "
        "the 13,000 that the NIS cited last year.",
        {
            ("ammunition", 20000, "approx", "reported", False, None),
            ("ammunition", 13000, "exact", "reported", False, "South Korea NIS"),
        },
    ),
    (
        "What the monitors' numbers mean\nPeter Ward, a researcher at the Lowy Institute, writes:\nBy my count, "
        "drawing on satellite imagery, North Korea has shipped roughly 20,000 containers to Russia, far more than the "
        "13,000 Seoul cited last year.",
        {("ammunition", 20000, "approx", "reported", False, None)},
    ),
    # near misses
    (
        "What the monitors' numbers mean\nNorth Korea has shipped roughly 20,000 containers to Russia, up from 13,000 "
        "last year, the NIS said.",
        {
            ("ammunition", 20000, "approx", "reported", False, "South Korea NIS"),
            ("ammunition", 13000, "exact", "reported", False, "South Korea NIS"),
        },
    ),
    (
        "What the monitors' numbers mean\nNorth Korea has shipped roughly 20,000 containers to Russia, the NIS said, "
        "far more than the 13,000 that the JCS cited last year.",
        {
            ("ammunition", 20000, "approx", "reported", False, "South Korea NIS"),
            ("ammunition", 13000, "exact", "reported", False, "South Korea JCS"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED)
def test_round33_the_voice_of_a_figure_compared_with(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _page(text, lexicon) == expected


# A first person right under a lead in the page's own voice, ending in a colon ('Here is what we found when we checked
# Budanov's claims:' / 'By our count, ...'), is the page's, not the speaker whose claims it checks; under a speaker's
# lead ('Budanov wrote on Telegram:') it is the speaker's, and a speaker named under the page's lead speaks.
OWN_LEAD: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Here is what we found when we checked Budanov's claims:\nBy our count, North Korea has delivered 120 Koksan "
        "guns.",
        {("artillery", 120, "exact", "reported", False, None)},
    ),
    (
        "This is what we found after checking the NIS figures:\nBy our tally, some 3,000 North Korean soldiers have "
        "been killed.",
        {("casualties", 3000, "approx", "reported", False, None)},
    ),
    # near misses
    (
        "Budanov wrote on Telegram:\nBy our count, North Korea has delivered 120 Koksan guns.",
        {("artillery", 120, "exact", "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        "Here is what we found when we checked Budanov's claims:\nBudanov says North Korea has delivered 120 Koksan "
        "guns.",
        {("artillery", 120, "exact", "reported", False, "Ukraine HUR (Budanov)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_LEAD)
def test_round33_first_person_under_the_pages_own_lead(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# What follows a lead ending in a colon in which a speaker no gazetteer lists speaks ('Kim Jong Un said at the
# ceremony:') is that speaker's, as the engine names him where he speaks in the sentence itself; a lead that speaks
# not ('Kim Jong Un spoke at the ceremony:', 'The ceremony was held in Pyongyang:') gives nothing.
COLON_LEAD: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kim Jong Un said at the ceremony:\nOur soldiers, some 11,000 of them, fought bravely in Kursk.",
        {("troops", 11000, "approx", "reported", False, "Kim Jong Un")},
    ),
    (
        "Kim Jong Un told the assembled officers:\nSome 11,000 soldiers fought bravely in Kursk.",
        {("troops", 11000, "approx", "reported", False, "Kim Jong Un")},
    ),
    (
        "Shoigu said in Pyongyang:\nNorth Korea will send 6,000 military builders to Kursk.",
        {("troops", 6000, "exact", "planned", False, "Russia Security Council (Shoigu)")},
    ),
    # near misses
    (
        "Kim Jong Un spoke at the ceremony:\nSome 11,000 soldiers fought bravely in Kursk.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
    (
        "The ceremony was held in Pyongyang:\nSome 11,000 soldiers fought bravely in Kursk.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_LEAD)
def test_round33_a_speakers_colon_lead(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# Items under an outlet's own lead ('The Financial Times reported on Nov. 16:') that name a body are the body's,
# relayed by the outlet; items that name none are the outlet's; a lead that is no outlet's relays nothing.
OUTLET_LEAD: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The Financial Times reported on Nov. 16:\n- The NIS says North Korea has sent 10,000 troops.\n- Ukraine's HUR "
        "says 100 missiles were delivered.\n- Some 5 million shells have been shipped.",
        {
            ("troops", 10000, "exact", "reported", False, "South Korea NIS (via Financial Times)"),
            ("missiles", 100, "exact", "reported", False, "Ukraine HUR (via Financial Times)"),
            ("ammunition", 5000000, "approx", "reported", False, "Financial Times"),
        },
    ),
    (
        "The Financial Times reported on Nov. 16:\n- North Korea has sent 10,000 troops, according to the NIS.\n"
        "- About 100 missiles were delivered.",
        {
            ("troops", 10000, "exact", "reported", False, "South Korea NIS (via Financial Times)"),
            ("missiles", 100, "approx", "reported", False, "Financial Times"),
        },
    ),
    # near miss
    (
        "Key findings:\n- The NIS says North Korea has sent 10,000 troops.",
        {("troops", 10000, "exact", "reported", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_LEAD)
def test_round33_items_under_an_outlets_lead(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# A quotation whose speaker, one no gazetteer lists, is named after it in the same sentence ("'That is at least 5
# million shells,' Ambassador Andriy Melnyk told the General Assembly.") is that speaker's, not the voice of the next
# sentence that answers it ('North Korea's envoy rejected the claim.'); one whose speaker is a pronoun stays as it was.
QUOTE_NAMED: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "'That is at least 5 million shells,' Ambassador Andriy Melnyk told the General Assembly. North Korea's envoy "
        "rejected the claim.",
        {
            ("ammunition", 5000000, "at_least", "reported", False, "Melnyk"),
            ("ammunition", None, None, "denied", False, "North Korean envoy"),
        },
    ),
    (
        "'Some 12,000 soldiers are already in Kursk,' Colonel Ivan Petrenko told reporters. The Kremlin dismissed the "
        "claim.",
        {
            ("troops", 12000, "approx", "reported", False, "Petrenko"),
            ("troops", None, None, "denied", False, "Russian government"),
        },
    ),
    # near miss: a pronoun names no one
    (
        "'Some 12,000 soldiers are already in Kursk,' he said. The Kremlin dismissed the claim.",
        {
            ("troops", 12000, "approx", "reported", False, None),
            ("troops", None, None, "denied", False, "Russian government"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_NAMED)
def test_round33_a_quotations_speaker_named_after_it(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
