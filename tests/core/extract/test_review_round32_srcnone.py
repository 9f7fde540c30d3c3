"""Source defects fixed in the thirty-second round (srcnone), each with sentences written for it: prisoners a
sentence counts with no voice of its own ('Ukrainian troops took two North Korean soldiers prisoner') are a fact the
writer tells, not the figure of whoever spoke before, nor of the captors who act in it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_NIS_TOLL = "South Korea's spy agency said about 300 North Korean soldiers had died in Kursk."

CAPTURED_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a capture told as a fact after another body's toll, in its paragraph or the next: no one's
    (
        _NIS_TOLL + " Ukrainian troops took two North Korean soldiers prisoner on Jan. 9.",
        {("casualties", 300, "reported", False, "South Korea NIS"), ("casualties", 2, "reported", False, None)},
    ),
    (
        _NIS_TOLL + "\n\nThe two North Korean soldiers captured by Ukraine last month are still being held in Kyiv.",
        {("casualties", 300, "reported", False, "South Korea NIS"), ("casualties", 2, "reported", False, None)},
    ),
    # the captors who act are no voice
    (
        "Two North Korean soldiers were taken prisoner by the Ukrainian army near Sudzha.",
        {("casualties", 2, "reported", False, None)},
    ),
    (
        "Ukrainian special forces captured three wounded North Korean soldiers near Sudzha.",
        {("casualties", 3, "reported", False, None)},
    ),
    # near misses: a body holding or questioning them knows first-hand; a voice of the sentence's own, a
    # pronoun's, a quotation's, the next sentence's; 'of those', 'two more'
    (
        "Ukraine's SBU is questioning three North Korean soldiers captured near Sudzha.",
        {("casualties", 3, "reported", False, "Ukraine SBU")},
    ),
    (
        "The SBU said on Sunday that it had captured two North Korean soldiers.",
        {("casualties", 2, "reported", False, "Ukraine SBU")},
    ),
    (
        "Kyiv's military intelligence said 1,000 North Koreans were killed. He added that three soldiers had been "
        "captured.",
        {("casualties", 1000, "reported", False, "Ukraine HUR"), ("casualties", 3, "reported", False, "Ukraine HUR")},
    ),
    (
        '"Our fighters have captured three North Korean soldiers," Zelensky said.',
        {("casualties", 3, "reported", False, "Zelensky")},
    ),
    (
        "Ukrainian paratroopers captured two North Korean soldiers in Kursk. President Zelensky announced the capture "
        "on Telegram.",
        {("casualties", 2, "reported", False, "Zelensky")},
    ),
    (
        "Ukraine's military intelligence said 40 North Korean soldiers were surrounded near Plekhovo. Of those, 12 "
        "were later captured. Two more were taken prisoner in March.",
        {
            ("troops", 40, "reported", False, "Ukraine HUR"),
            ("casualties", 12, "reported", False, "Ukraine HUR"),
            ("casualties", 2, "reported", False, "Ukraine HUR"),
        },
    ),
    # (not other casualties told after a speaker: still theirs)
    (
        _NIS_TOLL + " Another 2,700 were wounded.",
        {
            ("casualties", 300, "reported", False, "South Korea NIS"),
            ("casualties", 2700, "reported", False, "South Korea NIS"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTURED_CASES)
def test_round32_srcnone(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# a speaker who 'gave no figure for' an item tells no item (not one its own clause before asserts)
NO_FIGURE_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    ("Seoul's spy agency gave no figure for North Korean prisoners held by Ukraine.", set()),
    ("The Kremlin offered no estimate of the North Korean troops in Kursk.", set()),
    # near misses: what is told before 'gave no figure' stays
    (
        "The NIS said Pyongyang sent more shells but gave no figure.",
        {("ammunition", None, "reported", True, "South Korea NIS")},
    ),
    (
        "Moscow has received North Korean missiles, though it gave no number.",
        {("missiles", None, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_FIGURE_CASES)
def test_round32_no_figure_given(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# a state's returns to the UN: 'Russia notified the committee', "Russia's declared exports", "Russia's reports to the
# UN list": the state's own word
FILED_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Moscow notified the UN sanctions committee that it had delivered about 90,000 barrels of refined petroleum "
        "to North Korea last year.",
        {("other", 90000, "reported", False, "Russian government")},
    ),
    (
        "Back in 2018, Russia's declared deliveries of refined petroleum to North Korea came to 241,114 barrels.",
        {("other", 241114, "reported", False, "Russian government")},
    ),
    (
        "For 2019, Russia's reports to the UN list 277,365 barrels of refined petroleum shipped to North Korea.",
        {("other", 277365, "reported", False, "Russian government")},
    ),
    (
        "Seoul notified Washington that North Korea had sent 2,500 more troops.",
        {("troops", 2500, "reported", True, "South Korean government")},
    ),
    # near misses: a country's reports of something else, a notice with no word of speech
    (
        "Russia's reports of North Korean troops near Kursk put them at 2,000.",
        {("troops", 2000, "reported", False, None)},
    ),
    (
        "Russia's exports of refined petroleum to North Korea reached 277,365 barrels in 2019.",
        {("other", 277365, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FILED_CASES)
def test_round32_a_states_returns(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_POW_HQ = "Ukraine Coordination Headquarters for the Treatment of Prisoners of War"
# the Ukrainian body that keeps the prisoners' count, a body the gazetteer lacked
POW_HQ_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said it was holding two North "
        "Korean soldiers.",
        {("casualties", 2, "reported", False, _POW_HQ)},
    ),
    (
        "The Coordination HQ for POWs said four North Korean soldiers were in Ukrainian custody.",
        {("casualties", 4, "reported", False, _POW_HQ)},
    ),
    # near misses: the SBU, and a headquarters of no such name
    (
        "The SBU said it was holding two captured North Korean soldiers.",
        {("casualties", 2, "reported", False, "Ukraine SBU")},
    ),
    (
        "Ukraine's General Staff headquarters said 300 North Korean soldiers were killed.",
        {("casualties", 300, "reported", False, "Ukraine General Staff")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POW_HQ_CASES)
def test_round32_pow_headquarters(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# the Koreas by their official names, as UN records write them: 'the Republic of Korea's representative' is South
# Korea's voice; 'the Democratic People's Republic of Korea' never is
OFFICIAL_NAME_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "The Republic of Korea's representative said Pyongyang had sent about 14,000 soldiers to Russia.",
        {("troops", 14000, "reported", False, "South Korean representative")},
    ),
    (
        "The Republic of Korea said on Monday that North Korea had shipped 9,000 containers to Russia.",
        {("ammunition", 9000, "reported", False, "South Korean government")},
    ),
    # near misses: the North by its official name, speaking or acting
    (
        "The Democratic People's Republic of Korea's representative said no North Korean troops were in Russia.",
        {("troops", None, "denied", False, "North Korean representative")},
    ),
    (
        "The Democratic People's Republic of Korea has sent 12,000 troops to Russia, the US said.",
        {("troops", 12000, "reported", False, "US government")},
    ),
    (
        "About 11,000 troops of the Democratic People's Republic of Korea have fought in Kursk, Ukraine's military "
        "intelligence said.",
        {("troops", 11000, "reported", False, "Ukraine HUR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_NAME_CASES)
def test_round32_the_koreas_official_names(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# South Korea's spy agency as translations name it, the country last ('the intelligence of South Korea')
COUNTRY_LAST_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "According to the intelligence of South Korea, more than 10,000 North Korean labourers arrived in Russia in "
        "2024.",
        {("workers", 10000, "reported", False, "South Korea NIS")},
    ),
    (
        "The intelligence of the Republic of Korea believes 15,000 soldiers were sent.",
        {("troops", 15000, "reported", False, "South Korea NIS")},
    ),
    # near misses: another country's intelligence, the country named before
    (
        "Military intelligence of South Korea's neighbour Japan said 11,000 troops were sent.",
        {("troops", 11000, "reported", False, "Japanese government")},
    ),
    (
        "The military intelligence of Ukraine said 120 Koksan guns were handed over.",
        {("artillery", 120, "reported", False, "Ukraine HUR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_LAST_CASES)
def test_round32_intelligence_with_its_country_last(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_KOLMAKOV = "Novosibirsk Oblast construction ministry (Kolmakov)"
# the head of a Russian region's construction ministry, whom the gazetteer lacked: by name, and by 'his ministry'
KOLMAKOV_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Alexei Kolmakov runs the construction ministry of Novosibirsk Oblast. He told reporters the region is short "
        "of builders. His ministry wants to hire 1,800 North Koreans next year.",
        {("workers", 1800, "planned", False, _KOLMAKOV)},
    ),
    (
        "The region hopes to bring in 1,800 North Korean workers, Kolmakov said.",
        {("workers", 1800, "planned", False, _KOLMAKOV)},
    ),
    # near misses: another regional official, unnamed; a region's plan told by no one
    (
        "A regional official in Primorye said the territory hopes to bring in 1,800 North Korean workers.",
        {("workers", 1800, "planned", False, None)},
    ),
    (
        "A Siberian region wants to bring in 1,800 North Korean workers.",
        {("workers", 1800, "planned", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KOLMAKOV_CASES)
def test_round32_a_regional_minister(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# Russia's interior ministry, as most gold names it ('Russia Interior Ministry'), not by its portfolio's pattern
INTERIOR_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Russian Interior Ministry data show 12,900 North Korean workers arrived in 2024.",
        {("workers", 12900, "reported", False, "Russia Interior Ministry")},
    ),
    (
        "Russia's Ministry of Internal Affairs said 5,100 North Korean workers got permits last year.",
        {("workers", 5100, "reported", False, "Russia Interior Ministry")},
    ),
    # near misses: another country's interior ministry; another Russian portfolio
    (
        "Ukraine's Interior Ministry said 300 North Korean soldiers were killed.",
        {("casualties", 300, "reported", False, "Ukraine Ministry of Interior")},
    ),
    (
        "Russia's labour ministry said 5,100 North Korean workers got permits last year.",
        {("workers", 5100, "reported", False, "Russia Ministry of Labour")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERIOR_CASES)
def test_round32_russias_interior_ministry(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
