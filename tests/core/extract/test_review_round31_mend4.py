"""Mends of round thirty-one's figures rules, each misfire a reviewer found pinned with the schema's answer beside
sentences written for the mend: what North Korea's own forces hold at home needs the holding verb right before the
count ('is believed to have about 810 combat aircraft'; not 'has suffered 4,700 casualties', 'military shipments have
included 200 guns', 'had 12,000 troops fighting in Kursk')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_R = "reported"
_NIS = "South Korea NIS"


def _numbered(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, status, addition and source of every claim with a number."""
    return {row for row in _rows(text, lexicon) if row[1] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: a toll, a commitment, shipments, troops abroad, a rotation
        (
            "North Korea's army has suffered about 4,700 casualties, the NIS said.",
            {("casualties", 4700, _R, False, _NIS)},
        ),
        (
            "North Korea itself has reportedly committed about 15,000 troops to the war.",
            {("troops", 15000, _R, False, None)},
        ),
        (
            "North Korea's military shipments have included 200 Koksan guns, Ukraine's intelligence says.",
            {("artillery", 200, _R, False, "Ukraine HUR")},
        ),
        (
            "North Korea's army had about 12,000 troops fighting alongside Russian forces in Kursk, the NIS said.",
            {("troops", 12000, _R, False, _NIS)},
        ),
        (
            "North Korea's military has rotated 3,000 fresh troops into the Kursk front, the NIS said.",
            {("troops", 3000, _R, True, _NIS)},
        ),
        (
            "North Korea's military transfers have included about 120 M1991 rocket launchers, Kyiv says.",
            {("rocket_launchers", 120, _R, False, "Ukrainian government")},
        ),
        (
            "North Korea's army has had about 4,000 soldiers killed or wounded since December, Seoul said.",
            {("casualties", 4000, _R, False, "South Korean government")},
        ),
        (
            "North Korea itself has now committed around 14,000 soldiers in total, Seoul said.",
            {("troops", 14000, _R, False, "South Korean government")},
        ),
        # near misses, written for the mend: held there, or shipped
        (
            "North Korea's army has roughly 3,000 troops there now, and more may follow, the NIS said.",
            {("troops", 3000, _R, False, _NIS)},
        ),
        (
            "North Korea's military has been steadily shipping some 200 Koksan guns to Russia, Kyiv says.",
            {("artillery", 200, _R, False, "Ukrainian government")},
        ),
        # still its own, kept at home
        ("Analysts note that North Korea's navy is thought to have roughly 70 submarines, most of them old.", set()),
        (
            "North Korea itself possesses some 5,500 multiple rocket launchers, a defence ministry paper says, far "
            "more than it has sent.",
            set(),
        ),
        ("Experts left out North Korea's own stockpile (an estimated 2,000 ballistic missiles) from the tally.", set()),
    ],
)
def test_north_koreas_own_forces_need_the_holding_verb(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _numbered(text, lexicon) == expected


_UA = "Ukrainian government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: a second item in the range's own sentence, a figure told as said before
        (
            "North Korea is expected to send 1,000 to 3,000 sappers and up to 3,000 military builders, the NIS said.",
            {("troops", 1000, "planned", False, _NIS), ("troops", 3000, "planned", False, _NIS)},
        ),
        (
            "North Korea has sent between 100 and 200 KN-23 missiles and up to 200 KN-24 missiles, Kyiv said.",
            {("missiles", 100, _R, False, _UA), ("missiles", 200, _R, False, _UA)},
        ),
        (
            "Ukraine says between 1,000 and 3,000 North Korean troops have been wounded and up to 3,000 killed.",
            {("casualties", 1000, _R, False, _UA), ("casualties", 3000, _R, False, _UA)},
        ),
        (
            "North Korea could send 10,000 to 15,000 troops this year and up to 15,000 next year, the NIS said.",
            {("troops", 10000, "planned", False, _NIS), ("troops", 15000, "planned", False, _NIS)},
        ),
        (
            "North Korea has sent 10,000 to 12,000 troops, the NIS said. Earlier it said up to 12,000 troops had gone.",
            {("troops", 10000, _R, False, _NIS), ("troops", 12000, _R, False, _NIS)},
        ),
        # written for the mend: another item in the sentence, a figure told before, more to come after a range
        (
            "North Korea has shipped 2 to 4 million shells and up to 4 million rounds of small-arms ammunition, the "
            "HUR said.",
            {("ammunition", 2000000, _R, False, "Ukraine HUR"), ("ammunition", 4000000, _R, False, "Ukraine HUR")},
        ),
        (
            "North Korea has supplied between 50 and 60 Koksan guns, Kyiv said. Previously Kyiv had put the number at "
            "up to 60 Koksan guns.",
            {("artillery", 50, _R, False, _UA), ("artillery", 60, _R, False, _UA)},
        ),
        (
            "North Korea sent 2,000 to 4,000 soldiers in November. The NIS says up to 4,000 more could follow.",
            {("troops", 2000, _R, False, _NIS), ("troops", 4000, "planned", True, _NIS)},
        ),
        # still the range told again: the lead's 'up to' before the body's range
        (
            "Pyongyang may dispatch up to 8,000 more soldiers, the NIS said. The agency said North Korea could send "
            "between 6,000 and 8,000 additional troops by spring.",
            {("troops", 6000, "planned", True, _NIS)},
        ),
        (
            "Seoul says the North may send up to 5,000 more workers. It expects between 4,000 and 5,000 additional "
            "construction workers to go to Russia this year.",
            {("workers", 4000, "planned", True, "South Korean government")},
        ),
    ],
)
def test_a_range_told_again_is_told_first_in_a_sentence_of_its_own(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _numbered(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: a sentence that sends or names the war's parties beside a test in Japan's waters
        (
            "While North Korea has shipped about 100 ballistic missiles to Russia, its latest launch fell outside "
            "Japan's exclusive economic zone, Tokyo said.",
            {("missiles", 100, _R, False, "Japanese government")},
        ),
        (
            "Russia fired 20 North Korean KN-23 missiles at Kyiv, Kyiv said, though one landed in the exclusive "
            "economic zone of Romania.",
            {("missiles", 20, _R, False, _UA)},
        ),
        (
            "North Korea sent Russia 50 KN-23 missiles, the type that landed inside Japan's exclusive economic zone "
            "in 2023.",
            {("missiles", 50, _R, False, None)},
        ),
        (
            "North Korea has sent 12,000 troops and 100 missiles to Russia, even as its tests fell in Japan's EEZ.",
            {("troops", 12000, _R, False, None), ("missiles", 100, _R, False, None)},
        ),
        (
            "North Korea supplied 40 KN-23 missiles to Russia, Japan said; none fell within its exclusive economic "
            "zone.",
            {("missiles", 40, _R, False, "Japanese government")},
        ),
        # written for the mend: a delivery told beside a test
        (
            "Pyongyang has delivered 30 more missiles, Seoul said, and two similar ones fell outside the EEZ in March.",
            {("missiles", 30, _R, True, "South Korean government")},
        ),
        # still a test, Japan's waters named either way
        (
            "Tokyo said three of the missiles landed outside its exclusive economic zone after a flight of about "
            "400 km.",
            set(),
        ),
        (
            "The coast guard said two missiles fell inside Japan's exclusive economic zone on Sunday, the first such "
            "case this year.",
            set(),
        ),
        (
            "Of the 6 missiles fired that morning, four fell within the exclusive economic zone of Japan, officials "
            "said.",
            set(),
        ),
    ],
)
def test_a_test_in_japans_waters_is_told_alone(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _numbered(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: North Korea's supply that Russia then fired, North Korea's part of an attack
        (
            "North Korea has supplied about 100 ballistic missiles that Russia has fired at Ukrainian cities.",
            {("missiles", 100, _R, False, None)},
        ),
        (
            "North Korea sent 100 ballistic missiles that Russia fired at Kyiv in January, the HUR said.",
            {("missiles", 100, _R, False, "Ukraine HUR")},
        ),
        (
            "North Korea has delivered the 40 missiles Russia launched at Kharkiv this month, Ukrainian prosecutors "
            "said.",
            {("missiles", 40, _R, False, "Ukraine Prosecutor General's Office")},
        ),
        (
            "Kyiv said the attack involved 40 missiles, 12 of them made in North Korea.",
            {("missiles", 12, _R, False, _UA)},
        ),
        # written for the mend: North Korea's part named in a tally's list
        (
            "Officials said the barrage included 30 missiles, 8 of them North Korean KN-23s, and 90 drones.",
            {("missiles", 8, _R, False, None)},
        ),
        # still Russia's strike: no supply before, or a part of it that is no one's supply
        ("Ukraine's air force said 35 of the 50 drones launched by Russia overnight were shot down.", set()),
        (
            "North Korea's envoy was in Moscow as the 45 missiles Russia fired at Kyiv hit power plants, Kyiv said.",
            set(),
        ),
        ("The raid involved 60 missiles, 20 of them shot down, the air force said.", set()),
    ],
)
def test_what_north_korea_sent_russia_fires_is_its_supply(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _numbered(text, lexicon) == expected


def _counted(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value, status and addition of every claim with a number (whose voice aside)."""
    return {row[:4] for row in _numbered(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: whose count it is, not where the troops are
        (
            "Pyongyang has sent about 3,000 more troops in South Korea's latest estimate, bringing the total to "
            "14,000.",
            {("troops", 3000, _R, True), ("troops", 14000, _R, False)},
        ),
        (
            "North Korea has sent 11,000 troops on South Korea's count, and 3,000 more are expected.",
            {("troops", 11000, _R, False), ("troops", 3000, "planned", True)},
        ),
        (
            "North Korea deployed 1,500 soldiers in Japan's assessment of the latest rotation.",
            {("troops", 1500, _R, False)},
        ),
        # written for the mend
        (
            "By Japan's reckoning, North Korea has dispatched some 2,000 troops in South Korea's words \"to die for "
            'Putin".',
            {("troops", 2000, _R, False)},
        ),
        # still America's garrisons
        ("The Pentagon keeps roughly 28,000 troops in South Korea and about 50,000 in Japan.", set()),
        ("There are some 45,000 US troops on Okinawa, a figure Tokyo disputes.", set()),
    ],
)
def test_a_countrys_count_is_no_garrison(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _counted(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's misfires: picked from units at home, then sent; the wounded sent home
        (
            "North Korea has sent Russia about 3,000 troops withdrawn from frontline units along the DMZ, the NIS "
            "said.",
            {("troops", 3000, _R, False, _NIS)},
        ),
        (
            "The 11,000 troops pulled out of elite storm units were sent to Kursk in October, the NIS said.",
            {("troops", 11000, _R, False, _NIS)},
        ),
        (
            "North Korea is sending home 2,000 injured soldiers and sending 3,000 fresh troops to replace them, the "
            "NIS said.",
            {("casualties", 2000, _R, False, _NIS), ("troops", 3000, _R, True, _NIS)},
        ),
        # written for the mend: withdrawn from units, or from the front and sent on
        (
            "North Korea will send 4,000 soldiers withdrawn from border guard units to Russia next month, the NIS "
            "said.",
            {("troops", 4000, "planned", False, _NIS)},
        ),
        (
            "Some 2,000 North Korean troops pulled back from the front line were redeployed to Donetsk, Kyiv said.",
            {("troops", 2000, _R, False, _UA)},
        ),
        # still taken away from the war
        (
            "Seoul believes some 2,500 of the North Korean soldiers were pulled out of Kursk in February after heavy "
            "losses.",
            set(),
        ),
        ("About 1,200 troops withdrawn from combat in March are resting near Vladivostok, the NIS said.", set()),
        ("Pyongyang is bringing back home roughly 800 soldiers, the NIS said.", set()),
    ],
)
def test_soldiers_withdrawn_from_the_war_not_from_their_units(
    text: str, expected: set[tuple[object, ...]], lexicon
) -> None:  # type: ignore[no-untyped-def]
    assert _numbered(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's cap only as a cap's own line, not after 'exceeded the ceiling:'
        (
            "Russia exceeded the ceiling: 1 million barrels of oil were shipped to North Korea in 2024.",
            {("other", 1000000, _R, False)},
        ),
        (
            "Russia surpassed the cap: some 700,000 barrels of oil were delivered to North Korea, the panel said.",
            {("other", 700000, _R, False)},
        ),
        ("UN annual cap: 500,000 barrels", set()),
        ("Oil import ceiling: 500,000 barrels", set()),
        ("The UN cap: 500,000 barrels a year, set in 2017.", set()),
        # a multiplier only the second number has is the first's too
        (
            "North Korea shipped 1 and 2 million shells in the first and second halves of 2024, the NIS said.",
            {("ammunition", 1000000, _R, False), ("ammunition", 2000000, _R, False)},
        ),
        (
            "North Korea sent 3 and 4 million rounds in 2023 and 2024, the HUR said.",
            {("ammunition", 3000000, _R, False), ("ammunition", 4000000, _R, False)},
        ),
        (
            "North Korea has sent 11,000 and 3,000 troops in two waves, the NIS said.",
            {("troops", 11000, _R, False), ("troops", 3000, _R, False)},
        ),
        # the few captured: not Russia's captives, nor others of another nationality
        ("North Korean troops fought in Kursk. Two others taken prisoner by Russia were Ukrainian medics.", set()),
        (
            "Ukraine holds several North Korean soldiers, including the two captured in January, Zelensky said.",
            {("casualties", 2, _R, False)},
        ),
        # bodies that run something are agencies
        ("The two North Korean bodies that oversee arms exports were sanctioned by the EU.", set()),
        ("Three North Korean bodies responsible for weapons trade were added to the blacklist.", set()),
        (
            "Ukrainian troops found more than 20 North Korean bodies in a field near Kursk, the HUR said.",
            {("casualties", 20, _R, False)},
        ),
        # a rate of fire counts ammunition, not a distance in minutes
        (
            "North Korea stationed 3,000 troops a minute's drive from the Russian border before sending them to Kursk.",
            {("troops", 3000, _R, False)},
        ),
        (
            "North Korea deployed 3,000 troops a few minutes from the front line in Kursk, Kyiv said.",
            {("troops", 3000, _R, False)},
        ),
        ("The crews fired 40 rounds a minute from the North Korean launchers.", set()),
        # Iskander-like missiles North Korea supplies are its own
        (
            "North Korea has supplied 100 KN-23 and Iskander-like missiles to Russia, Kyiv said.",
            {("missiles", 100, _R, False)},
        ),
        ("Russia fired 11 Iskander-M and KN-23 ballistic missiles overnight, the air force said.", set()),
        # another army's toll: a bare past verb only of the losses themselves
        (
            "Russia's losses in Kursk forced it to rely on reinforcements whose number passed 12,000 in December.",
            {("troops", 12000, _R, False)},
        ),
        ("Russia's losses in the war passed 900,000 killed and wounded this month, Kyiv said.", set()),
        # a parade: a square or a city's centre, not troops passing through on their way
        (
            "Some 2,000 more troops passed through Moscow on their way to the Kursk front, Ukraine's HUR said.",
            {("troops", 2000, _R, True)},
        ),
        (
            "About 3,000 soldiers passed through Pyongyang's main square bound for the train station, before leaving "
            "for Russia.",
            {("troops", 3000, _R, False)},
        ),
        ("Over 10,000 troops and 200 missiles passed through central Beijing during the parade.", set()),
        # construction workers beside sappers, unless the sentence speaks of civilian labour
        (
            "Labour exports continue: 20,000 construction workers and 300 military engineers went to Russia in 2024, "
            "most of them to Moscow building sites.",
            {("workers", 20000, _R, False), ("troops", 300, _R, False)},
        ),
        (
            "North Korea will send 5,000 construction workers and 1,000 sappers to Kursk, the NIS said.",
            {("troops", 5000, "planned", False), ("troops", 1000, "planned", False)},
        ),
    ],
)
def test_the_small_mends(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _counted(text, lexicon) == expected
