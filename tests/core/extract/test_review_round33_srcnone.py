"""Source defects fixed in the thirty-third round (srcnone), each with sentences written for it: a research page's
own voice ('we estimate', 'our review found') where its masthead names it before the page's section crumbs
('Harbour Watch Collective › Research › Shipping'); the
paper whose report a speaker cites ('cited a report in The Wall Street Journal that'); a paper's own count in the
third person ("by this newspaper's count"); an outlet that leads a list ('The Financial Times reported on Nov. 16:',
'WHAT THE GUARDIAN REPORTED IN JUNE'); an outlet's own journalist ("The Telegraph's defence editor wrote"); people
who speak on a noun in a clause set off after the figure ('..., a loophole that experts say is used') take no figure
from the sentence's voice; the dotted 'U.N.' in an envoy's post ("Ukraine's U.N. ambassador", 'ambassador to the
U.N.'), and an envoy who dismisses what was said before him in the sentence is no joint voice with it, nor its giver; a
country's 'side' that estimates or believes ('The Ukrainian side estimates'); a head of state's own count
("the Ukrainian president's latest estimate"); several capitals that 'were all accusing'."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.on_the_beat import claims as _claims


def _page_rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, qualifier, status, addition and source of every claim of a whole page, its second line the
    headline (as the page's metadata gives it)."""
    article = Article(id="a", text=text, title=text.split("\n")[1], language="en")
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in extract_claims(article, lexicon)
    }


MASTHEAD_CRUMB_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Harbour Watch Collective › Research › Shipping\nTankers keep sailing from Russia to North Korea\n"
        "We estimate that Russia has sent about 400,000 barrels of refined oil to North Korea this year.",
        {("other", 400000, "approx", "reported", False, "Harbour Watch Collective")},
    ),
    (
        "Lantern Imagery Group | Notes | Korea\nCounting the dead in Kursk\n"
        "Since June we have counted at least 90 North Korean soldiers killed fighting for Russia in Kursk.",
        {("casualties", 90, "at_least", "reported", False, "Lantern Imagery Group")},
    ),
    (
        "Tidewater Open Source Lab › Briefs › DPRK\nGuns on flatcars\n"
        "Our review of rail footage found at least 24 North Korean Koksan guns in Russia.",
        {("artillery", 24, "at_least", "reported", False, "Tidewater Open Source Lab")},
    ),
    # near misses: no first person on the page; crumbs only; a subscription pitch's 'our analysis'
    (
        "Harbour Watch Collective › Research › Shipping\nTankers keep sailing\n"
        "Russia has sent about 400,000 barrels of refined oil to North Korea this year.",
        {("other", 400000, "approx", "reported", False, None)},
    ),
    (
        "World › Asia › Korea\nCounting the dead in Kursk\n"
        "Since June we have counted at least 90 North Korean soldiers killed fighting for Russia in Kursk.",
        {("casualties", 90, "at_least", "reported", False, None)},
    ),
    (
        "The Lantern Daily | English Edition\nNorth Korea sends troops\n"
        "North Korea has sent about 2,000 more troops to Russia.\nSubscribe for unlimited access to our analysis.",
        {("troops", 2000, "approx", "reported", True, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MASTHEAD_CRUMB_CASES)
def test_round33_masthead_before_crumbs(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _page_rows(text, lexicon) == expected


def _rows(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {
        (c.category.value, c.value, c.qualifier.value if c.qualifier else None, c.status.value, c.incremental, c.source)
        for c in _claims(text, lexicon)
    }


CITED_REPORT_IN_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The senator cited a report in The Wall Street Journal that North Korea was preparing to send up to 6,000 "
        "more soldiers to Russia.",
        {("troops", 6000, "up_to", "planned", True, "The Wall Street Journal")},
    ),
    (
        "Lawmakers pointed to an article published in the Financial Times that said North Korea had shipped 50 "
        "Koksan guns to Russia.",
        {("artillery", 50, "exact", "reported", False, "Financial Times")},
    ),
    (
        "Several senators referred to a new report in The Guardian that about 2,000 North Korean workers had arrived "
        "in Russia.",
        {("workers", 2000, "approx", "reported", False, "The Guardian")},
    ),
    # near misses: a story the speaker answers, a report the speaker dismisses
    (
        "The minister, asked about a story in The Times, said North Korea had sent about 11,000 troops to Russia.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
    (
        "A senior official dismissed a report in The Wall Street Journal that North Korea would send 6,000 more "
        "soldiers to Russia.",
        {("troops", 6000, "exact", "denied", True, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED_REPORT_IN_CASES)
def test_round33_cited_report_in(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


THIS_NEWSPAPER_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The Lantern Daily\nKim's soldiers keep coming\nNorth Korea has now sent close to 16,000 soldiers to Russia, "
        "by this newspaper's count.",
        {("troops", 16000, "approx", "reported", False, "The Lantern Daily")},
    ),
    (
        "The Harbour Weekly\nThe tankers of Vostochny\nThis magazine's own tally puts the oil Russia sent to North "
        "Korea at about 600,000 barrels.",
        {("other", 600000, "approx", "reported", False, "The Harbour Weekly")},
    ),
    (
        "The Lantern Daily\nKim's soldiers keep coming\nThis newspaper's analysis of satellite images found at least "
        "40 North Korean guns in Russia.",
        {("artillery", 40, "at_least", "reported", False, "The Lantern Daily")},
    ),
    # near misses: 'the newspaper's' may be another paper's; a body the page names speaks for itself
    (
        "The Lantern Daily\nKim's soldiers keep coming\nNorth Korea has now sent close to 16,000 soldiers to Russia, "
        "by the newspaper's count.",
        {("troops", 16000, "approx", "reported", False, None)},
    ),
    (
        "The Lantern Daily\nKim's soldiers keep coming\nThis week the NIS said North Korea had sent close to 16,000 "
        "soldiers to Russia.",
        {("troops", 16000, "approx", "reported", False, "South Korea NIS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_NEWSPAPER_CASES)
def test_round33_this_newspapers_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _page_rows(text, lexicon) == expected


OUTLET_LEAD_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Background.\n\nThe Financial Times reported on Nov. 16:\n• nearly 50 Koksan self-propelled howitzers handed "
        "over by Pyongyang\n• 20 upgraded 240mm rocket launchers",
        {
            ("artillery", 50, "approx", "reported", False, "Financial Times"),
            ("rocket_launchers", 20, "exact", "reported", False, "Financial Times"),
        },
    ),
    (
        "Background.\n\nWHAT THE GUARDIAN REPORTED IN JUNE\n• about 2,000 North Korean workers sent to Russia\n• some "
        "30 Koksan guns on flatcars",
        {
            ("workers", 2000, "approx", "reported", False, "The Guardian"),
            ("artillery", 30, "approx", "reported", False, "The Guardian"),
        },
    ),
    (
        "Background.\n\nReuters counted, from shipping records:\n- more than 40 tanker voyages\n- about 600,000 "
        "barrels of refined oil for North Korea from Russia",
        {("other", 600000, "approx", "reported", False, "Reuters")},
    ),
    # near misses: a speaker who told the outlet; a heading naming no one; an outlet no word of speech binds
    (
        "Background.\n\nBudanov told the Financial Times:\n• nearly 50 Koksan self-propelled howitzers handed over by "
        "Pyongyang",
        {("artillery", 50, "approx", "reported", False, "Ukraine HUR (Budanov) (via Financial Times)")},
    ),
    (
        "Background.\n\nWhat we know so far\n• nearly 50 Koksan self-propelled howitzers handed over by Pyongyang",
        {("artillery", 50, "approx", "reported", False, None)},
    ),
    (
        "Background.\n\nAlso in the Financial Times this week:\n• nearly 50 Koksan self-propelled howitzers handed "
        "over by Pyongyang",
        {("artillery", 50, "approx", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_LEAD_CASES)
def test_round33_outlet_leads_a_list(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


OUTLET_STAFF_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "North Korea has handed Moscow as many as 200 Koksan guns, noted The Spectator's defence editor.",
        {("artillery", 200, "up_to", "reported", False, "The Spectator")},
    ),
    (
        "The Telegraph's defence editor wrote that North Korea had sent 200 Koksan guns to Russia.",
        {("artillery", 200, "exact", "reported", False, "The Telegraph")},
    ),
    (
        "The BBC's Seoul correspondent said about 3,000 North Korean soldiers had been killed in Kursk.",
        {("casualties", 3000, "approx", "reported", False, "BBC")},
    ),
    # near misses: a journalist who says nothing; one who only meets the speaker; one a body tells
    (
        "The Telegraph's defence editor was wounded in Kursk, where 11,000 North Korean soldiers are fighting.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
    (
        "The Spectator's editor met Budanov, who said North Korea had sent 200 Koksan guns to Russia.",
        {("artillery", 200, "exact", "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        "The NIS told the BBC's correspondent that about 3,000 North Korean soldiers had been killed.",
        {("casualties", 3000, "approx", "reported", False, "South Korea NIS (via BBC)")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_STAFF_CASES)
def test_round33_outlet_staff(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


ON_A_NOUN_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russian official statistics show that more than 13,000 North Koreans entered Russia in 2024, many of them on "
        "student visas that analysts say disguise labor migration.",
        {("workers", 13000, "more_than", "reported", False, "Russian government")},
    ),
    (
        "Russia's interior ministry said 13,221 North Koreans entered Russia in 2024. More than 7,800 of them entered "
        "on student visas, a loophole that labour migration experts say is used to get around UN sanctions.",
        {("workers", 7800, "more_than", "reported", False, "Russia Interior Ministry")},
    ),
    (
        "Moscow's border data show 7,800 North Koreans came on student visas, a route that sanctions experts say hides "
        "labour exports.",
        {("workers", 7800, "exact", "reported", False, "Russian government")},
    ),
    # near misses: people who speak on the figure, in the main clause or a clause of their own
    (
        "Analysts say North Korea has sent about 11,000 soldiers to Russia.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
    (
        "The ministry's figures are thin, and researchers say that 20,000 North Korean workers have arrived in Russia.",
        {("workers", 20000, "exact", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_A_NOUN_CASES)
def test_round33_people_on_a_noun(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


DOTTED_UN_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukraine's U.N. ambassador told the committee that Pyongyang planned to send 11,000 troops to Russia.",
        {("troops", 11000, "exact", "planned", False, "Ukrainian ambassador to the UN")},
    ),
    (
        "Ukraine's ambassador to the U.N. said Pyongyang planned to send 11,000 troops to Russia.",
        {("troops", 11000, "exact", "planned", False, "Ukrainian ambassador to the UN")},
    ),
    (
        "The U.S. ambassador to the U.N. said North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "exact", "reported", False, "US ambassador to the UN")},
    ),
    (
        "The United States told the UN Security Council that North Korean troops are in Russia to fight Ukraine, and "
        "Russia's UN ambassador dismissed the accusation.",
        {("troops", None, None, "reported", False, "US government")},
    ),
    # near misses: the UN as whom a country tells; a UN envoy who speaks for no country; an envoy who denies
    (
        "Ukraine told the U.N. that North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "exact", "reported", False, "Ukrainian government")},
    ),
    (
        "The U.N. envoy for North Korean human rights visited Seoul, where officials said 11,000 troops had gone to "
        "Russia.",
        set(),
    ),
    (
        "Russia's UN ambassador dismissed reports that 10,000 North Korean troops were in Russia.",
        {("troops", 10000, "exact", "denied", False, "Russian ambassador to the UN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_UN_CASES)
def test_round33_dotted_un_envoys(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


SIDE_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The Ukrainian side estimates that North Korean losses are up to 5,000 killed and wounded.",
        {("casualties", 5000, "up_to", "reported", False, "Ukrainian government")},
    ),
    (
        "The Ukraine side estimate that north korean loss is up to 5 thousand soldiers killed and wounded.",
        {("casualties", 5000, "up_to", "reported", False, "Ukrainian government")},
    ),
    (
        "The South Korean side believes that about 11,000 North Korean soldiers are in Kursk.",
        {("troops", 11000, "approx", "reported", False, "South Korean government")},
    ),
    # near misses: soldiers on a side speak for no government; a side named as where troops fight
    (
        "Soldiers on the Ukrainian side estimate that 5,000 North Koreans have been killed or wounded.",
        {("casualties", 5000, "exact", "reported", False, None)},
    ),
    (
        "On the Russian side, about 11,000 North Korean soldiers are fighting in Kursk.",
        {("troops", 11000, "approx", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_CASES)
def test_round33_a_side_estimates(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


LEADERS_COUNT_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The Ukrainian president's latest estimate puts North Korean casualties at 4,000.",
        {("casualties", 4000, "exact", "reported", False, "Zelensky")},
    ),
    (
        "The Ukrainian leader's own count of North Korean losses was nearly 3,000 killed or wounded.",
        {("casualties", 3000, "approx", "reported", False, "Zelensky")},
    ),
    (
        "The South Korean president's count of North Korean troops in Russia is 11,000.",
        {("troops", 11000, "exact", "reported", False, "South Korean government")},
    ),
    # near misses: a leader's visit; a leader's spokesman
    (
        "The Ukrainian leader's visit to Seoul came as 11,000 North Korean troops were in Russia.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
    (
        "The Russian president's spokesman said 11,000 North Korean troops were not in Russia.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS_COUNT_CASES)
def test_round33_a_leaders_count(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


JOINT_ACCUSING_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv, Washington and Seoul were also accusing Pyongyang of having dispatched more than 10,000 soldiers to "
        "fight for Russia.",
        {("troops", 10000, "more_than", "reported", False, "Ukrainian, US and South Korean governments")},
    ),
    (
        "By January, Ukraine, the United States and South Korea were all accusing Pyongyang of having dispatched more "
        "than 10,000 soldiers.",
        {("troops", 10000, "more_than", "reported", False, "Ukrainian, US and South Korean governments")},
    ),
    (
        "Seoul and Kyiv are now saying that 11,000 North Korean soldiers are in Russia.",
        {("troops", 11000, "exact", "reported", False, "South Korean and Ukrainian governments")},
    ),
    # near misses: capitals that were only shocked; troops from them who accuse no one
    (
        "Kyiv and Seoul were shocked when North Korea sent 11,000 soldiers to Russia.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
    (
        "Troops from Kyiv and Seoul were accusing no one, while North Korea sent 11,000 soldiers to Russia.",
        {("troops", 11000, "exact", "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_ACCUSING_CASES)
def test_round33_capitals_were_accusing(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
