"""Sources named wrongly, fixed in the thirty-third round (srcwrong), each with sentences written for it: the page's own
estimate built on a body's figures or set against them ('Our own estimate, based on the NIS and JCS figures, is ...';
'we judge the toll higher than the NIS's estimate, perhaps 6,000') is the page's, not the body's it drew on, also under
a masthead no gazetteer knows, and so is what goes on from it ('Of those, about 2,000 ...'); who struck a deal, in a
clause after the figure ('under a deal announced by Sergei Shoigu', 'under an agreement signed by Vladimir Putin and Kim
Jong Un'), is part of the story, not its teller, so 'The agency said' before it still speaks for the figure; the army
ground is won back from, after the figure ('which they helped to recapture from the Ukrainian army'), is fought, not a
speaker; a first person right under a lead in which another speaks, ending in a colon ('He wrote on X:' / 'According to
our data, ...'), is that speaker's, not the page's; an article whose one authority is Russia's leader, speaking at a
summit, gives its background figures ('North Korea delivered about 100 ballistic missiles to Russia last year') no
source; 'the Defense Department', bare, is Washington's (gazetteer), and a country's 'Defense Department' is that
country's defence ministry; a UN meeting record's delegate who opens a sentence with whatever verb ('JAMES KARIUKI
(United Kingdom) turned to ...') is the speaker of the record's next words ('..., he said'); the unit soldiers are
placed in ('attached to a Russian airborne unit') is no speaker: documents an outlet obtained are the outlet's find;
estimates no one owns, as a sentence's subject ('Estimates of the number of soldiers sent ... have since risen to about
15,000'), are no one's."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.lexicon import Lexicon
from core.models import Article
from tests.core.extract.on_the_beat import claims as _claims


def _whole(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, qualifier, status, addition and source of every claim of a page given whole (its masthead
    first)."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in extract_claims(Article(id="a", text=text, language="en"), lexicon)
    }


_HEAD = "38 NORTH\nNorth Korea's troops in Russia: a count\n"
_UNKNOWN_HEAD = "EASTERN FRONT MONITOR\nNorth Korea's troops in Russia: a count\n"

OWN_ESTIMATES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the page's estimate drawn on a body's figures, or set against them, before its own figure
    (
        _HEAD + "Our own estimate, based on the NIS and JCS figures, is that North Korea has sent roughly 14,000 "
        "troops to Russia.",
        {("troops", 14000, "approx", "reported", False, "38 North")},
    ),
    (
        _HEAD + "We judge the real toll of North Korean soldiers to be higher than the NIS estimate, perhaps as high "
        "as 6,000 killed or wounded.",
        {("casualties", 6000, "up_to", "reported", False, "38 North")},
    ),
    (
        _HEAD + "Our assessment, drawing on interviews with Ukrainian officials, is that about 9,000 North Korean "
        "soldiers were in Kursk at any one time.",
        {("troops", 9000, "approx", "reported", False, "38 North")},
    ),
    # ... on a page whose masthead no gazetteer knows, once the page speaks as itself
    (
        _UNKNOWN_HEAD + "Our own count, based on Ukrainian Air Force statements, suggests Russia has fired at least "
        "70 North Korean ballistic missiles at Ukraine.",
        {("missiles", 70, "at_least", "reported", False, "EASTERN FRONT MONITOR")},
    ),
    # ... and what goes on from that estimate is the page's too
    (
        _HEAD + "Our own estimate, based on the NIS and JCS figures, is that North Korea has sent roughly 14,000 "
        "troops to Russia. Of those, about 2,000 were killed or wounded.",
        {
            ("troops", 14000, "approx", "reported", False, "38 North"),
            ("casualties", 2000, "approx", "reported", False, "38 North"),
        },
    ),
    # near misses: the body's own figure set beside the page's, and a body that estimates on another's figures
    (
        _HEAD + "We estimate that North Korea sent 12,000 troops to Russia, while the NIS said 11,000 were sent.",
        {
            ("troops", 12000, "exact", "reported", False, "38 North"),
            ("troops", 11000, "exact", "reported", False, "South Korea NIS"),
        },
    ),
    (
        _HEAD + "Based on the NIS figures, the defense ministry estimates that North Korea sent 11,000 troops to "
        "Russia.",
        {("troops", 11000, "exact", "reported", False, "South Korea Ministry of National Defense")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ESTIMATES)
def test_round33_own_estimate_drawn_on_a_body(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


def _rows(text: str, lexicon: Lexicon) -> set[tuple[object, ...]]:
    """Category, value, qualifier, status, addition and source of every claim (set in an article on the beat)."""
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in _claims(text, lexicon)
    }


DEALS: list[tuple[str, set[tuple[object, ...]]]] = [
    # who struck the deal a figure falls under, named after the figure, does not take it from the speaker
    (
        "South Korea's spy agency said on Monday that North Korea had sent 3,000 more troops. The agency said "
        "Pyongyang is preparing to send an additional 6,000 engineering troops under a deal announced by Russian "
        "Security Council Secretary Sergei Shoigu in June.",
        {
            ("troops", 3000, "exact", "reported", True, "South Korea NIS"),
            ("troops", 6000, "exact", "planned", True, "South Korea NIS"),
        },
    ),
    (
        "Seoul's spy agency briefed lawmakers on Tuesday. It said North Korea would send another 4,000 builders to "
        "Kursk under an agreement signed by Vladimir Putin and Kim Jong Un.",
        {("troops", 4000, "exact", "planned", True, "South Korea NIS")},
    ),
    (
        "Seoul's defence ministry gave its count on Monday. The ministry said some 1,500 engineers had gone to Kursk "
        "under a treaty signed by Vladimir Putin.",
        {("troops", 1500, "approx", "reported", False, "South Korea Ministry of National Defense")},
    ),
    # near misses: the deal's announcer named before the figure, as the one who tells it; a figure he announced
    (
        "Under a deal announced by Sergei Shoigu, North Korea will send 6,000 builders and deminers, the Russian "
        "official said.",
        {("troops", 6000, "exact", "planned", False, "Russia Security Council (Shoigu)")},
    ),
    (
        "Kyiv says North Korea sent 3,000 more troops in January, a figure first announced by Sergei Shoigu.",
        {("troops", 3000, "exact", "reported", True, "Ukrainian government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEALS)
def test_round33_who_struck_the_deal_tells_nothing(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


GROUND_WON_BACK: list[tuple[str, set[tuple[object, ...]]]] = [
    # the army ground is won back from is no speaker: the report's author, the agency, speaks
    (
        "The Multilateral Sanctions Monitoring Team released its first report on Thursday. According to the report, "
        "Pyongyang dispatched about 11,000 troops to the Kursk region, which they helped to recapture from the "
        "Ukrainian army.",
        {("troops", 11000, "approx", "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
    ),
    (
        "South Korea's spy agency briefed lawmakers on Monday. According to the agency, North Korea sent about 3,000 "
        "more troops to help Moscow retake Kursk from Ukraine's armed forces.",
        {("troops", 3000, "approx", "reported", True, "South Korea NIS")},
    ),
    (
        "Japan's defence ministry issued its white paper on Friday. The paper said North Korea had sent about 12,000 "
        "soldiers to retake Kursk from the Ukrainian army.",
        {("troops", 12000, "approx", "reported", False, "Japan Ministry of Defense")},
    ),
    # near misses: an army whose data a figure comes from, and one that speaks
    (
        "Pyongyang sent 3,000 more troops to Russia, according to data from the Ukrainian military.",
        {("troops", 3000, "exact", "reported", True, "Ukrainian military")},
    ),
    (
        "North Korea sent 11,000 soldiers to Kursk, the Ukrainian army said after it was pushed back from the region.",
        {("troops", 11000, "exact", "reported", False, "Ukrainian military")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUND_WON_BACK)
def test_round33_the_army_ground_is_won_back_from_is_no_speaker(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_PAGE = "38 NORTH\nNorth Korea's help to Russia\n"

SPEAKERS_LEADS: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'our' under a lead in which another speaks is the speaker's
    (
        _PAGE + "President Zelensky has given his own figures. He wrote on X earlier this month:\n\nAccording to our "
        "data, more than 3,000 North Korean soldiers have been killed or wounded in Kursk.",
        {("casualties", 3000, "more_than", "reported", False, "Zelensky")},
    ),
    (
        _PAGE + "Ukraine's military intelligence chief Kyrylo Budanov told reporters on Friday:\n\nBy our count, North "
        "Korea has shipped about 120 Koksan guns to Russia.",
        {("artillery", 120, "approx", "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        _PAGE + "The NIS told lawmakers on Tuesday:\n\nOur estimates show that about 2,000 North Korean soldiers have "
        "been killed in Kursk.",
        {("casualties", 2000, "approx", "reported", False, "South Korea NIS")},
    ),
    # near misses: the page's own lead, and a lead in which no one speaks
    (
        _PAGE + "Here is what our team found:\n\nOur count shows that North Korea has shipped about 2,000 containers "
        "to Russia since August.",
        {("ammunition", 2000, "approx", "reported", False, "38 North")},
    ),
    (
        _PAGE + "Satellite images of Rajin port tell the story:\n\nBy our count, North Korea has shipped about 2,000 "
        "containers to Russia since August.",
        {("ammunition", 2000, "approx", "reported", False, "38 North")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS_LEADS)
def test_round33_our_under_a_speakers_lead_is_the_speakers(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _whole(text, lexicon) == expected


SUMMIT_LEADER: list[tuple[str, set[tuple[object, ...]]]] = [
    # Russia's leader, the article's one authority, speaks of the pact, not of the background's figures
    (
        "Putin told reporters the two countries would deepen their cooperation.\n\nNorth Korea has supplied Russia "
        "with an estimated 3 million artillery shells.",
        {("ammunition", 3000000, "approx", "reported", False, None)},
    ),
    (
        "Putin said the agreement would stand for decades.\n\nNorth Korea delivered about 100 ballistic missiles to "
        "Russia last year.",
        {("missiles", 100, "approx", "reported", False, None)},
    ),
    (
        "Putin told a news conference the partnership was growing stronger.\n\nIn 2024, Pyongyang sent Russia about "
        "60 KN-23 missiles.",
        {("missiles", 60, "approx", "reported", False, None)},
    ),
    # near misses: another one authority still speaks throughout; Putin giving the figures himself
    (
        "The NIS said on Tuesday the two leaders had met.\n\nNorth Korea has supplied Russia with an estimated 3 "
        "million artillery shells.",
        {("ammunition", 3000000, "approx", "reported", False, "South Korea NIS")},
    ),
    (
        "Putin said North Korea had sent some 12,000 soldiers to help free Kursk.\n\nThey fought alongside Russian "
        "units, he added, and about 2,000 of them were wounded.",
        {
            ("troops", 12000, "approx", "reported", False, "Putin"),
            ("casualties", 2000, "approx", "reported", False, "Putin"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMIT_LEADER)
def test_round33_russias_leader_alone_gives_no_background_figure(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


DEFENSE_DEPARTMENT: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'the Defense Department', bare, is the Pentagon
    (
        "About 12,000 North Korean soldiers are in Russia, the Defense Department has estimated.",
        {("troops", 12000, "approx", "reported", False, "US Department of Defense")},
    ),
    (
        "Some 8,000 of the soldiers have moved to Kursk, according to the Defense Department.",
        {("troops", 8000, "approx", "reported", False, "US Department of Defense")},
    ),
    (
        "The Defense Department said on Monday that about 10,000 North Korean troops were training in eastern Russia.",
        {("troops", 10000, "approx", "reported", False, "US Department of Defense")},
    ),
    # near misses: another country's 'Defense Department'; Washington's formal name with its country
    (
        "About 12,000 North Korean soldiers are in Russia, South Korea's Defense Department said.",
        {("troops", 12000, "approx", "reported", False, "South Korea Ministry of National Defense")},
    ),
    (
        "SEOUL (Yonhap) -- About 3,000 more North Korean soldiers have gone to Russia, the U.S. Department of Defense "
        "said.",
        {("troops", 3000, "approx", "reported", True, "US Department of Defense")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFENSE_DEPARTMENT)
def test_round33_the_defense_department(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_UKRAINE_SPOKE = (
    "The Security Council met on Monday. The representative of Ukraine said more than 60 North Korean missiles had "
    "been launched against Ukraine.\n"
)
_UKRAINE_60 = ("missiles", 60, "more_than", "reported", False, "Ukraine UN representative")

UN_RECORD: list[tuple[str, set[tuple[object, ...]]]] = [
    # the record's delegate opening a sentence, whatever the verb, speaks on in 'he said'
    (
        _UKRAINE_SPOKE + "JAMES KARIUKI (United Kingdom) turned to what Pyongyang received in return. Russia had "
        "supplied more than a million barrels of refined petroleum last year, he said.",
        {_UKRAINE_60, ("other", 1000000, "more_than", "reported", False, "UK UN representative (Kariuki)")},
    ),
    (
        _UKRAINE_SPOKE + "ROBERT WOOD (United States) went on to the troops. Some 8,000 North Korean soldiers were "
        "already in Kursk, he said.",
        {_UKRAINE_60, ("troops", 8000, "approx", "reported", False, "US UN representative (Wood)")},
    ),
    (
        _UKRAINE_SPOKE + "KAZUYUKI YAMAZAKI (Japan) spoke of the troops. About 11,000 North Korean soldiers had been "
        "sent to Russia, he said.",
        {_UKRAINE_60, ("troops", 11000, "approx", "reported", False, "Japan UN representative (Yamazaki)")},
    ),
    # near misses: a city in brackets is no delegate; a bracketed country with another speaker bound
    (
        _UKRAINE_SPOKE + "Seoul (South Korea) hosted talks. Some 8,000 North Korean soldiers were already in Kursk, he "
        "said.",
        {_UKRAINE_60, ("troops", 8000, "approx", "reported", False, "Ukraine UN representative")},
    ),
    (
        "Kim Jong Un (North Korea) was not at the meeting. Some 8,000 North Korean soldiers were already in Kursk, the "
        "NIS said.",
        {("troops", 8000, "approx", "reported", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UN_RECORD)
def test_round33_un_record_delegate_opening_a_sentence(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


PLACED_IN_A_UNIT: list[tuple[str, set[tuple[object, ...]]]] = [
    # the unit soldiers are placed in is no speaker
    (
        "At least 1,200 North Korean soldiers were attached to a Russian airborne unit in Kursk Oblast in early "
        "November, according to internal Russian military documents obtained by the Kyiv Independent.",
        {("troops", 1200, "at_least", "reported", False, "Kyiv Independent")},
    ),
    (
        "About 2,000 North Korean soldiers were assigned to a Russian marine brigade, according to documents obtained "
        "by Reuters.",
        {("troops", 2000, "approx", "reported", False, "Reuters")},
    ),
    (
        "Some 500 North Korean troops were embedded in a Russian motorised rifle regiment, according to files "
        "obtained by the BBC.",
        {("troops", 500, "approx", "reported", False, "BBC")},
    ),
    # near misses: a speaker bound after the unit; the unit itself speaking
    (
        "About 2,000 North Korean soldiers were attached to a Russian marine brigade, the NIS said.",
        {("troops", 2000, "approx", "reported", False, "South Korea NIS")},
    ),
    (
        "A Russian airborne unit reported that about 500 North Korean soldiers had joined it.",
        {("troops", 500, "approx", "reported", False, "Russian airborne unit")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_IN_A_UNIT)
def test_round33_the_unit_soldiers_are_placed_in_is_no_speaker(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_KOSTIN = "Kostin said Russia had fired 50 North Korean missiles. "
_KOSTIN_50 = ("missiles", 50, "exact", "reported", False, "Ukraine Prosecutor General's Office (Kostin)")

UNOWNED_ESTIMATES: list[tuple[str, set[tuple[object, ...]]]] = [
    # estimates no one owns do not borrow the speaker before them
    (
        "The State Department briefed reporters on Monday. Estimates of the number of soldiers sent, initially put "
        "at 11,000, have since risen to about 15,000.",
        {
            ("troops", 11000, "exact", "reported", False, None),
            ("troops", 15000, "approx", "reported", False, None),
        },
    ),
    (
        "The NIS briefed lawmakers on Monday. Estimates of the North Korean death toll have ranged from 600 to 2,000.",
        {("casualties", 600, None, "reported", False, None)},
    ),
    (
        _KOSTIN + "Estimates of the total number of missiles transferred range from about 120 to as many as 250.",
        {_KOSTIN_50, ("missiles", 120, "approx", "reported", False, None)},
    ),
    # near misses: estimates whose owners are named; estimates a speaker gives
    (
        "The NIS briefed lawmakers on Monday. Western and South Korean estimates of the death toll have ranged from "
        "600 to 2,000.",
        {("casualties", 600, None, "reported", False, "Western and South Korean governments")},
    ),
    (
        "The NIS briefed lawmakers on Monday. Estimates of the toll have risen to 2,000, the agency said.",
        {("casualties", 2000, "exact", "reported", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNOWNED_ESTIMATES)
def test_round33_estimates_no_one_owns(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
