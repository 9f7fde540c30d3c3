"""Round thirty-six, figures and their fields: wording of our own from sanctions-monitor summaries, briefing bullets
and tallies (a monitor's members listed before its table, the monitor by its short name, a toll taken out of a force
of a size, more workers for the plant they were sent to), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows

_NIS = "South Korea NIS"
_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"


# The countries that set up or back a body, listed after 'by', are its agents, not whose support the figures after
# them count: the table after 'set up by South Korea, the United States, Japan and eight other countries' is still
# North Korea's. Countries that act themselves still end North Korea's context.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team, set up by South Korea, the United States, Japan and eight other countries, released its report.\n"
         "Ballistic missiles: at least 100",
         # (three named and eight others: the eleven-nation monitoring team, whose table it is)
         {("missiles", "missiles", 100, None, "at_least", "missiles", "reported", False, "nk_to_ru", _MSMT)}),
        ("The watchdog, backed by Japan and the United States, published its findings on Monday.\n"
         "- Troops: about 11,000",
         {("troops", "troops", 11000, None, "approx", "troops", "reported", False, "nk_to_ru", None)}),
        ("The panel, formed by Britain, France and Germany, met in Seoul.\n- Artillery shells: more than 9 million",
         {("ammunition", "artillery shells", 9000000, None, "more_than", "shells", "reported", False, "nk_to_ru",
           None)}),
        # (the countries act: not North Korea's figures)
        ("Japan, Germany and France sent aid to Kyiv on Monday.\n- Artillery shells: more than 9 million", set()),
    ],
)  # fmt: skip
def test_countries_listed_as_a_bodys_agents_keep_north_koreas_context(
    text: str,
    expected: set[tuple[object, ...]],
    lexicon,  # type: ignore[no-untyped-def]
) -> None:
    assert whole_rows(text, lexicon) == expected


# The sanctions monitoring team, once named, goes by its short name: 'the monitoring team' (not 'a monitoring team',
# which another may send).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitoring team counted about 220 multiple rocket launchers.",
         {("rocket_launchers", "MRL", 220, None, "approx", "units", "reported", False, "nk_to_ru", _MSMT)}),
        ("The monitoring team's report, released on Monday, said North Korea had sent 20,000 containers.",
         {("ammunition", "containers", 20000, None, "exact", "containers", "reported", False, "nk_to_ru", _MSMT)}),
    ],
)  # fmt: skip
def test_the_monitor_by_its_short_name(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _toll(value: int, qualifier: str, source: str) -> tuple[object, ...]:
    return ("casualties", "killed_or_wounded", value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


def _force(value: int, qualifier: str, source: str) -> tuple[object, ...]:
    return ("troops", "troops", value, None, qualifier, "troops", "reported", False, "nk_to_ru", source)


# A bare figure after a toll, named as the force it befell ('out of a force of about 15,000', 'from a contingent of
# 15,000', 'among a force of some 11,000'), is the force's size, not a second toll.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,700 North Korean soldiers have been killed or wounded out of a force of about 15,000, the NIS said.",
         {_toll(4700, "approx", _NIS), _force(15000, "approx", _NIS)}),
        ("The NIS said 4,700 have been killed or wounded from a contingent of 15,000.",
         {_toll(4700, "exact", _NIS), _force(15000, "exact", _NIS)}),
        ("Around 3,000 have been killed or wounded among a force of some 11,000, Ukraine's HUR said.",
         {_toll(3000, "approx", "Ukraine HUR"), _force(11000, "approx", "Ukraine HUR")}),
    ],
)  # fmt: skip
def test_a_toll_out_of_a_force_of_a_size(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _workers(value: int | None, qualifier: str | None, status: str, incremental: bool) -> tuple[object, ...]:
    return ("workers", "workers", value, None, qualifier, "workers", status, incremental, "nk_to_ru", _NIS)


# 'N more' after workers told as sent to a drone plant counts more workers, not drones: the plant is where they go.
# More of an item supplied alongside still counts that item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,000 North Korean workers have been sent to the Alabuga drone plant, and 12,000 more could follow, "
         "the NIS said.",
         {_workers(1000, "approx", "reported", False), _workers(12000, "exact", "planned", True)}),
        ("North Korean workers were dispatched to a drone factory in Tatarstan, the NIS said, and up to 5,000 more "
         "are expected.",
         {_workers(5000, "up_to", "planned", True)}),
        # (drones supplied: more drones)
        ("North Korea has sent troops to Russia along with drones, and 500 more could follow.",
         {("drones", "drones", 500, None, "exact", "drones", "planned", True, "nk_to_ru", None),
          ("troops", "troops", None, None, None, "troops", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_more_workers_for_the_plant_they_were_sent_to(
    text: str,
    expected: set[tuple[object, ...]],
    lexicon,  # type: ignore[no-untyped-def]
) -> None:
    assert whole_rows(text, lexicon) == expected


def _troops(
    value: int | None, qualifier: str | None, status: str = "reported", incremental: bool = False
) -> tuple[object, ...]:
    return ("troops", "troops", value, None, qualifier, "troops", status, incremental, "nk_to_ru", None)


# A bare figure believed, thought or said to be in Russia counts the soldiers of the sentence before, as one that is
# there now does ('roughly 11,000 are now in Russia'); one in hospital is no force.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent soldiers to Russia. Roughly 11,000 are believed to be in Russia.",
         {_troops(11000, "approx")}),
        ("North Korea has sent soldiers to Russia. Roughly 11,000 are thought to be in Kursk now.",
         {_troops(11000, "approx")}),
        ("Analysts say Pyongyang could send tens of thousands more soldiers if Moscow asks. For now, roughly 11,000 "
         "are believed to be in Russia.",
         {_troops(None, None, "planned", True), _troops(11000, "approx")}),
        # (not a force's place)
        ("North Korea has sent soldiers to Russia. Some 300 are believed to be in hospital.", {_troops(None, None)}),
    ],
)  # fmt: skip
def test_a_bare_figure_believed_to_be_in_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
