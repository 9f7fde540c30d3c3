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
         {("missiles", "missiles", 100, None, "at_least", "missiles", "reported", False, "nk_to_ru", None)}),
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
