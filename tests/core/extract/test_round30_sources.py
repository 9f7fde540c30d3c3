"""Who said it, round thirty, each defect with sentences written for it: a body described by its members or its
purpose ('an 11-nation group set up to monitor sanctions said') is the body the next sentence names, the day a
thing was said ('..., the group said Thursday.') is no speaker's name, and 'he says' right after a sentence naming
one person is that person's word."""

from __future__ import annotations

import pytest

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
        "sanctions said on Tuesday.\n"
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
        "A magazine ran a long interview with Kyrylo Budanov, who heads Ukraine's military intelligence. He says "
        "Pyongyang handed Moscow 160 KN-23 missiles last year.",
        {
            ("rocket_launchers", None, "reported", False, "South Korea JCS"),
            ("missiles", 160, "reported", False, "Ukraine HUR (Budanov)"),
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
