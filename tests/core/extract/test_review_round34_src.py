"""Round thirty-four, source attribution: who said it, in wording the rounds before had not met (sentences of our
own, with variants), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.on_the_beat import troops_row, whole_rows

_KN23 = "KN-23/KN-24 short-range ballistic missiles"


def _killed(value: int, qualifier: str, source: str | None, subtype: str = "killed") -> tuple[object, ...]:
    return ("casualties", subtype, value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


def _workers(value: int, qualifier: str, source: str | None) -> tuple[object, ...]:
    return ("workers", "workers", value, None, qualifier, "workers", "reported", False, "nk_to_ru", source)


# A country's possessive word of speech ("Moscow's claim that", "Pyongyang's statement said", "Seoul's estimate that",
# "Moscow's admission that") is that country's voice on what it tells; a 'concern' or 'estimates of' with no figure
# of its own says nothing; a denier of the estimate speaks for it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's claim that only 500 North Korean workers were in the country was contradicted by satellite imagery.",
         {_workers(500, "exact", "Russian government")}),
        ("Pyongyang's statement said the North had sent no troops to Russia.",
         {troops_row(None, None, "North Korean government", status="denied")}),
        ("Seoul's estimate that 2,000 North Koreans had been killed drew criticism from Moscow.",
         {_killed(2000, "exact", "South Korean government")}),
        ("A U.S. assessment that 12,000 North Korean soldiers are in Kursk has been disputed by Moscow.",
         {troops_row(12000, "exact", "US government")}),
        ("Moscow's admission that 14 North Korean soldiers had died surprised analysts.",
         {_killed(14, "exact", "Russian government")}),
        ("Moscow's acknowledgement that 6,000 North Korean builders would come was the first official word on the "
         "plan.",
         {("troops", "combat engineers", 6000, None, "exact", "troops", "planned", False, "nk_to_ru",
           "Russian government")}),
        ("The NIS rejected a U.S. estimate that 12,000 North Korean soldiers are in Kursk.",
         {troops_row(12000, "exact", "South Korea NIS", status="denied")}),
        ("Seoul's concern is that 12,000 North Korean soldiers are in Kursk.", {troops_row(12000, "exact", None)}),
        ("Washington's estimates of North Korean casualties have varied, but some 4,000 soldiers were killed or "
         "wounded.",
         {_killed(4000, "approx", None, "killed_or_wounded")}),
    ],
)  # fmt: skip
def test_a_countrys_possessive_word_of_speech(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An outlet that 'reported from Seoul' tells its own reporting: the city it filed from is no voice of Seoul's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyodo News reported from Seoul that about 1,500 North Korean workers had arrived in Russia's Far East this "
         "year.",
         {_workers(1500, "approx", "Kyodo")}),
        ("The Associated Press reported from Kyiv that some 300 North Korean soldiers had been captured or killed.",
         {_killed(300, "approx", "Associated Press")}),
        ("Japan's Kyodo news agency, reporting from Seoul, said North Korea had shipped about 100 KN-23 missiles.",
         {("missiles", _KN23, 100, None, "approx", "missiles", "reported", False, "nk_to_ru", "Kyodo")}),
        # (no outlet files: figures reported from Seoul, and Seoul reporting, are Seoul's)
        ("About 1,500 North Korean workers have arrived in Russia, according to figures reported from Seoul.",
         {_workers(1500, "approx", "South Korean government")}),
        ("Seoul reported that about 1,500 North Korean workers had arrived in Russia.",
         {_workers(1500, "approx", "South Korean government")}),
    ],
)  # fmt: skip
def test_an_outlet_reporting_from_a_capital(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Reports someone is asked about or does not confirm are their author's when they name one ('the NIS report that',
# 'the Yonhap report that'); unnamed ones, or a country's media in general, stay no one's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked about the NIS report that North Korea had sent 10,000 troops, Kremlin spokesman Dmitry Peskov "
         "declined to comment.",
         {troops_row(10000, "exact", "South Korea NIS")}),
        ("Asked about the Yonhap report that North Korea had sent 10,000 troops, Peskov declined to comment.",
         {troops_row(10000, "exact", "Yonhap")}),
        ("The Pentagon has not confirmed the JCS report that North Korea had sent 3,000 more troops.",
         {troops_row(3000, "exact", "South Korea JCS", incremental=True)}),
        ("Asked about reports that North Korea had sent 10,000 troops, Peskov declined to comment.",
         {troops_row(10000, "exact", None)}),
        ("Asked about Western media reports that North Korea had sent 10,000 troops, Peskov declined to comment.",
         {troops_row(10000, "exact", None)}),
    ],
)  # fmt: skip
def test_named_reports_someone_is_asked_about(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A writer's own count ('By my count, drawing on NIS briefings', 'by my own tally, based on HUR figures') is not the
# body it drew on; with no masthead it is no one's named. Where the body itself tells the figure, or a speaker's
# quotation says 'my count', the speaker's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By my count, drawing on NIS briefings over the past year, North Korea has now sent roughly 15,000 soldiers "
         "to Russia.",
         {troops_row(15000, "approx", None)}),
        ("By my own tally, based on figures from Ukraine's HUR, about 5,000 North Koreans have been killed or "
         "wounded.",
         {_killed(5000, "approx", None, "killed_or_wounded")}),
        ("By my count, the NIS has now told lawmakers that about 15,000 soldiers were sent.",
         {troops_row(15000, "approx", "South Korea NIS")}),
        ('"By my count, they have sent 15,000 soldiers," Budanov said.',
         {troops_row(15000, "exact", "Ukraine HUR (Budanov)")}),
    ],
)  # fmt: skip
def test_a_writers_own_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def test_a_writers_own_count_on_an_outlets_page(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Diplomat\n\nNorth Korea and Russia\n\nBy my own count, drawing on Seoul's and Kyiv's public statements, "
        "North Korea has now put some 14,000 of its soldiers at Russia's disposal."
    )
    found = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.value, c.source) for c in found] == [("troops", 14000, "The Diplomat")]


# An outlet that opens the sentence and then counts, finds or has seen in a clause of its own ('The Telegraph could
# not verify the footage, but it has counted ...') gives its own figure; a claim it could not verify is the
# claimant's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Telegraph could not verify the footage independently, but it has counted at least 40 North Korean "
         "soldiers killed in drone videos posted since December.",
         {_killed(40, "at_least", "The Telegraph")}),
        ("The BBC was unable to confirm the figure, but it has identified about 30 North Korean soldiers in the "
         "videos.",
         {troops_row(30, "approx", "BBC")}),
        ("Reuters could not verify the claim, but it has seen footage of about 30 North Korean soldiers.",
         {troops_row(30, "approx", "Reuters")}),
        ("The Telegraph could not verify Kyiv's claim that 300 North Korean soldiers had been sent to the front.",
         {troops_row(300, "exact", "Ukrainian government")}),
    ],
)  # fmt: skip
def test_an_outlets_own_count_past_doubts(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An unnamed official or source speaks with what describes them between the name and the word of speech ('said a
# Ukrainian source familiar with the matter', 'a US official speaking on condition of anonymity said').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 500 North Korean officers are serving in occupied Ukraine, said a Ukrainian source familiar with the "
         "matter.",
         {troops_row(500, "approx", "Ukrainian source")}),
        ("North Korea has sent another 2,000 troops, said a US official speaking on condition of anonymity.",
         {troops_row(2000, "exact", "US official", incremental=True)}),
        ("North Korea has sent another 2,000 troops, said a senior South Korean official briefed on the intelligence.",
         {troops_row(2000, "exact", "South Korean official", incremental=True)}),
        ("North Korea has sent another 2,000 troops, a US official speaking on condition of anonymity said.",
         {troops_row(2000, "exact", "US official", incremental=True)}),
        ("A South Korean official speaking at a forum in Seoul said 2,000 more North Korean troops had left.",
         {troops_row(2000, "exact", "South Korean official", incremental=True)}),
    ],
)  # fmt: skip
def test_an_unnamed_speaker_described(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Whose count it is, set off by commas after it ('The count, by the Kyiv Independent, includes ...').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The count, by the Kyiv Independent, includes about 400 North Korean soldiers killed in the Kursk region "
         "since January.",
         {_killed(400, "approx", "Kyiv Independent")}),
        ("The latest tally, by Ukraine's General Staff, puts North Korean losses at about 4,000 killed or wounded.",
         {_killed(4000, "approx", "Ukraine General Staff", "killed_or_wounded")}),
        ("The estimate, by the Institute for the Study of War, is that about 300 more missiles were sent.",
         {("missiles", "missiles", 300, None, "approx", "missiles", "reported", True, "nk_to_ru",
           "Institute for the Study of War (ISW)")}),
    ],
)  # fmt: skip
def test_whose_count_set_off_by_commas(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'It said', 'it found' lean on the body spoken of before, never on a person who spoke in between ('Zelensky
# welcomed the report. It found ...'); 'He said' still leans on the person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Multilateral Sanctions Monitoring Team published its second report on Thursday. Zelensky welcomed the "
         "report. It said that North Korea had shipped at least 100 ballistic missiles to Russia.",
         {("missiles", "missiles", 100, None, "at_least", "missiles", "reported", False, "nk_to_ru",
           "Multilateral Sanctions Monitoring Team (MSMT)")}),
        ("The MSMT said in its second report that Russia paid in oil. Zelensky welcomed the report. It also found that "
         "North Korea had shipped at least 100 ballistic missiles to Russia.",
         {("missiles", "missiles", 100, None, "at_least", "missiles", "reported", False, "nk_to_ru",
           "Multilateral Sanctions Monitoring Team (MSMT)")}),
        ("Putin thanked Pyongyang for its help on Monday. It said North Korea had sent 12,000 troops.",
         {troops_row(12000, "exact", None)}),
        ("Zelensky spoke on Monday. He said North Korea had shipped at least 100 ballistic missiles to Russia.",
         {("missiles", "missiles", 100, None, "at_least", "missiles", "reported", False, "nk_to_ru", "Zelensky")}),
    ],
)  # fmt: skip
def test_it_is_never_a_person(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A report that cited or quoted someone relays them ('according to a Yonhap report that cited the JCS'), as 'a Yonhap
# report citing the JCS' does; a clause on another noun ('a move that officials say ...') still speaks of that noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent 2,000 more troops, according to a Yonhap report that cited the JCS.",
         {troops_row(2000, "exact", "South Korea JCS (via Yonhap)", incremental=True)}),
        ("North Korea has sent 2,000 more troops, Yonhap said in a report that quoted a senior military official.",
         {troops_row(2000, "exact", "South Korean military official (via Yonhap)", incremental=True)}),
        ("Russia has 200 North Korean guns, according to a Reuters report which cited Ukrainian military "
         "intelligence.",
         {("artillery", "artillery", 200, None, "exact", "pieces", "reported", False, "nk_to_ru",
           "Ukraine HUR (via Reuters)")}),
        ("North Korea has sent 2,000 more troops, a move that officials say will prolong the war.",
         {troops_row(2000, "exact", None, incremental=True)}),
    ],
)  # fmt: skip
def test_a_report_that_cited_someone_relays_them(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_HUR_GUNS = "Ukraine's military intelligence says North Korea has sent 150 more artillery systems. "
_GUNS = ("artillery", "artillery", 150, None, "exact", "pieces", "reported", True, "nk_to_ru", "Ukraine HUR")


def _fired(source: str | None) -> tuple[object, ...]:
    return ("missiles", "missiles", 20, None, "approx", "missiles", "reported", True, "nk_to_ru", source)


# A local official no gazetteer names ('the regional governor said', "the city's mayor said") speaks for himself: the
# figure borrows no one else's authority; where he only confirms, the speaker before keeps it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_HUR_GUNS + "Russia has fired about 20 more North Korean missiles at Kharkiv, the regional governor said.",
         {_GUNS, _fired(None)}),
        (_HUR_GUNS + "Russia has fired about 20 more North Korean missiles at Kharkiv, the city's mayor said.",
         {_GUNS, _fired(None)}),
        (_HUR_GUNS + "Russia has fired about 20 more North Korean missiles at Kharkiv, a governor told reporters.",
         {_GUNS, _fired(None)}),
        ("Russia has fired about 20 more North Korean missiles at Kharkiv, Ukraine's HUR said. The regional governor "
         "confirmed the attacks.",
         {_fired("Ukraine HUR")}),
    ],
)  # fmt: skip
def test_a_local_official_speaks_for_himself(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
