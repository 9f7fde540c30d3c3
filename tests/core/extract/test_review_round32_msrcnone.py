"""Mends of the thirty-second round's srcnone rules, after a review's probes: each sentence written for it."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

# 'gave no figure for' leaves untold only the noun phrase after it: what comes after 'but said', 'although', or a
# later 'said' is told
UNTOLD_SCOPE_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Kyiv's military intelligence offered no estimate of the shells, but said North Korea had delivered Koksan "
        "self-propelled guns to Russia.",
        {("artillery", None, "reported", False, "Ukraine HUR")},
    ),
    (
        "The NIS, which gave no figure for the dead in its last briefing, said on Friday that North Korea had also "
        "shipped KN-23 missiles to Russia.",
        {("missiles", None, "reported", False, "South Korea NIS")},
    ),
    (
        "Seoul's spy agency would not say how many soldiers had died, but said Pyongyang had sent multiple rocket "
        "launchers to Russia.",
        {("rocket_launchers", None, "reported", False, "South Korea NIS")},
    ),
    # near misses: the items in the untold phrase itself stay untold
    ("The Pentagon gave no figure for the North Korean soldiers killed in Kursk.", set()),
    ("Kyiv offered no count of the North Korean missiles and shells fired at its cities, but warned of more.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNTOLD_SCOPE_CASES)
def test_round32_untold_scope(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_KOLMAKOV = "Novosibirsk Oblast construction ministry (Kolmakov)"
# gazetteer names held to what they name: a headquarters of no such name, the intelligence of South Korea's
# partners, its military intelligence, a namesake of Kolmakov
GAZETTEER_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "A Russian-North Korean coordination headquarters in Kursk now directs about 11,000 North Korean soldiers.",
        {("troops", 11000, "reported", False, None)},
    ),
    (
        "The intelligence of South Korea's partners holds that Pyongyang has sent 12,000 soldiers to Russia.",
        {("troops", 12000, "reported", False, None)},
    ),
    (
        "According to the defence intelligence of South Korea, Pyongyang has sent 12,000 soldiers to Russia.",
        {("troops", 12000, "reported", False, "South Korea Defense Intelligence Agency")},
    ),
    (
        "Blogger Igor Kolmakov claimed that 4,000 North Korean soldiers had reached Kursk.",
        {("troops", 4000, "reported", False, "Kolmakov")},
    ),
    # near misses: the full names, the country's spy agency by a translated name, a possessive of a ministry,
    # the surname once named in full
    (
        "The Coordination HQ for Prisoners of War said two North Korean soldiers were in its care.",
        {
            (
                "casualties",
                2,
                "reported",
                False,
                "Ukraine Coordination Headquarters for the Treatment of Prisoners of War",
            )
        },
    ),
    (
        "According to the intelligence of South Korea, Pyongyang has sent 12,000 soldiers to Russia.",
        {("troops", 12000, "reported", False, "South Korea NIS")},
    ),
    (
        "Britain's Ministry of Defence's latest update put the North Korean soldiers in Kursk at 11,000.",
        {("troops", 11000, "reported", False, "UK Ministry of Defence")},
    ),
    (
        "Alexei Kolmakov runs the region's construction ministry. Kolmakov said it had hired 1,000 North Korean "
        "workers.",
        {("workers", 1000, "reported", False, _KOLMAKOV)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_CASES)
def test_round32_gazetteer_names_held(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


# a capture on someone's account keeps its teller: a tally of the sentence's, a count with no noun of its own,
# 'another', a sentence before that tells nothing but opens the account, a teller two sentences on, the post's
# 'our soldiers', a teller who 'took to Telegram', a body that 'took custody' of them
ON_AN_ACCOUNT_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    (
        "Ukraine's HUR put out new numbers on Friday. On its tally, 1,200 North Korean soldiers have been killed "
        "and four captured.",
        {("casualties", 1200, "reported", False, "Ukraine HUR"), ("casualties", 4, "reported", False, "Ukraine HUR")},
    ),
    (
        "Seoul's spy agency briefed lawmakers on Tuesday. It counted roughly 400 North Koreans killed, 3,100 wounded "
        "and two taken prisoner.",
        {
            ("casualties", 400, "reported", False, "South Korea NIS"),
            ("casualties", 3100, "reported", False, "South Korea NIS"),
            ("casualties", 2, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "Ukraine's SBU said 500 North Korean soldiers had been killed near Sudzha. Three were captured in February.",
        {("casualties", 500, "reported", False, "Ukraine SBU"), ("casualties", 3, "reported", False, "Ukraine SBU")},
    ),
    (
        "Kyrylo Budanov spoke to reporters in Kyiv on Thursday. Ukrainian units have taken two North Korean soldiers "
        "prisoner since January.",
        {("casualties", 2, "reported", False, "Ukraine HUR (Budanov)")},
    ),
    (
        "Three North Korean soldiers were captured near Sudzha on Feb. 2. All of them were wounded. Zelensky "
        "announced the capture on Telegram.",
        {("casualties", 3, "reported", False, "Zelensky")},
    ),
    (
        "Zelensky posted on Telegram:\n\nOur fighters captured three North Korean soldiers near Sudzha on Sunday.",
        {("casualties", 3, "reported", False, "Zelensky")},
    ),
    (
        "Zelensky took to X on Sunday: three North Korean soldiers had been captured near Sudzha.",
        {("casualties", 3, "reported", False, "Zelensky")},
    ),
    (
        "Ukraine's SBU took custody of three North Korean soldiers captured near Sudzha.",
        {("casualties", 3, "reported", False, "Ukraine SBU")},
    ),
    # near misses: a capture told as a fact after a toll, by captors who act, or after a sentence that told a claim
    (
        "South Korea's spy agency said about 300 North Korean soldiers had died. Ukrainian marines captured three "
        "North Korean soldiers near Sudzha.",
        {("casualties", 300, "reported", False, "South Korea NIS"), ("casualties", 3, "reported", False, None)},
    ),
    (
        "Ukraine's SBU said a captured North Korean soldier had died of his wounds. Three North Korean soldiers taken "
        "prisoner in February are held in Kyiv.",
        {("casualties", None, "reported", False, "Ukraine SBU"), ("casualties", 3, "reported", False, None)},
    ),
    (
        "Ukrainian paratroopers took three North Korean soldiers prisoner near Sudzha.",
        {("casualties", 3, "reported", False, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_AN_ACCOUNT_CASES)
def test_round32_a_capture_on_an_account(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
