"""Figures fixed in the thirtieth round, each with sentences written for it: a handful of soldiers counted where the
article counts that many prisoners are the prisoners named again; a bare pair
before 'respectively' counts the two items named before it; 'per Kyiv' names a source, no actor;
Russia's exported or filed barrels are its fuel to North Korea, after a sentence on that fuel."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims
from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the prisoners named again are no troops sent
    (
        'Ukraine captured two North Korean soldiers in Kursk, Zelensky said. "Besides the first two soldiers from '
        'North Korea, more will surely follow."',
        {("casualties", 2, "reported", False, "Zelensky")},
    ),
    # ... and a handful of soldiers in a sentence on their captivity are prisoners
    (
        "Ukraine's security service is questioning two North Korean soldiers it seized in Kursk.",
        {("casualties", 2, "reported", False, "Ukraine SBU")},
    ),
    # the force the prisoners came from is North Korea's, whoever captured them
    (
        "Seoul said the North Korean soldiers taken by Ukrainian paratroopers belonged to the 12,000-strong force "
        "sent to Russia in the autumn.",
        {("troops", 12000, "reported", False, "South Korean government")},
    ),
    # 'per Kyiv' names a source, as 'according to Kyiv' does: no actor of its own whose figure it would be
    (
        "Per Kyiv, the number of North Korean ballistic missiles fired at Ukraine has now reached about 120.",
        {("missiles", 120, "reported", False, "Ukrainian government")},
    ),
    # Russia's exports of fuel, as it reported them, after a sentence on its fuel to North Korea: each of a list
    (
        "Russia sent 90,000 barrels of refined petroleum to North Korea last year. Russia informed the U.N. that it "
        "exported 210,000 barrels of refined petroleum in 2016 and 230,000 barrels in 2017.",
        {
            ("other", 90000, "reported", False, None),
            ("other", 210000, "reported", False, "Russian government"),
            ("other", 230000, "reported", False, "Russian government"),
        },
    ),
    (
        "Russia sent 90,000 barrels of refined petroleum to North Korea last year. In its UN filings, Moscow listed "
        "exports of 210,000 barrels for 2016 and 230,000 barrels for 2017.",
        {
            ("other", 90000, "reported", False, None),
            ("other", 210000, "reported", False, None),
            ("other", 230000, "reported", False, None),
        },
    ),
    # ... not what it exports to another country
    (
        "Russia sent 90,000 barrels of refined petroleum to North Korea last year. Russia exported 5 million "
        "barrels of oil to China in 2019.",
        {("other", 90000, "reported", False, None)},
    ),
    # a handful that is not the prisoners' count stays what it was
    (
        "Ukraine captured two North Korean soldiers last week. North Korea has sent three generals to Russia, the "
        "HUR said.",
        {("casualties", 2, "reported", False, "Ukraine HUR"), ("troops", 3, "reported", False, "Ukraine HUR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_figures(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare pair before 'respectively' counts the two items named before it, in their order, under one hedge
        (
            "North Korea has sent Russia about 60 Koksan guns and 40 M1991 rocket launchers this month, raising the "
            "totals to roughly 200 and 150 respectively, the HUR said.",
            {
                ("artillery", 60, "approx"),
                ("rocket_launchers", 40, "exact"),
                ("artillery", 200, "approx"),
                ("rocket_launchers", 150, "approx"),
            },
        ),
        (
            "Pyongyang has given Moscow 150 Koksan guns and 130 multiple rocket launchers, up from 90 and 70, "
            "respectively, in the spring.",
            {
                ("artillery", 150, "exact"),
                ("rocket_launchers", 130, "exact"),
                ("artillery", 90, "exact"),
                ("rocket_launchers", 70, "exact"),
            },
        ),
    ],
)
def test_respectively_pairs_follow_the_items_before(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    found = {(c.category.value, c.value, c.qualifier.value if c.qualifier else None) for c in _claims(text, lexicon)}
    assert found == expected
