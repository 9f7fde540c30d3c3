"""Round thirty-five, mending round 35's null-valued claims: what no claim asserts (no deliveries told, images only
alleged to show troops, images of a port beside a reward for arms and troops, an item other than North Korea's that
reached the front), and builders who could help rebuild Russia's regions, labour brought in; sentences of our own,
asserting the whole of every claim, with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import whole_rows

_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"
_SSO = "Ukraine Special Operations Forces"
_SHOIGU = "Russia Security Council (Shoigu)"


def _null(category: str, subtype: str, unit: str | None, source: str | None, *, status: str = "reported",
          direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, False, direction, source)


# Russia's items whose delivery to North Korea is told as none ('no confirmed deliveries of Russian combat aircraft
# to the North'): nothing asserted; a delivery told as confirmed stays Russia's supply.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said there had been no confirmed deliveries of Russian fighter jets to Pyongyang so far.", set()),
        ("The NIS said it had seen no delivery of Russian air-defence systems to North Korea yet.", set()),
        ("The delivery of Russian air-defence systems to Pyongyang was confirmed by the NIS.",
         {_null("other", "air defense systems", "systems", _NIS, direction="ru_to_nk")}),
    ],
)  # fmt: skip
def test_no_deliveries_told(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items shown where the war is are North Korea's items shown there; images only alleged to show them assert nothing,
# nor do images of a port that show no item of North Korea's ('tankers loading at Vostochny port as Moscow rewards
# Pyongyang for arms and troops').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peskov dismissed drone images allegedly showing North Korean troops near Kursk.", set()),
        ("Footage purportedly showing North Korean soldiers in the Kursk region circulated online, the Kremlin said.",
         set()),
        ("Satellite photos show tankers loading at Rajin port as Moscow rewards Pyongyang for shells and soldiers.",
         set()),
        ("Commercial imagery shows new activity at the port of Rason, the hub for munitions bound for Russia.", set()),
        # (North Korea's soldiers shown there, seven words on: before, none)
        ("Drone video appears to show North Korean soldiers moving through a forest in Kursk, the SSO said.",
         {_null("troops", "troops", "troops", _SSO)}),
    ],
)  # fmt: skip
def test_what_images_show(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Items that reached Russia or the front are North Korea's items when named so before the verb; others reaching it
# (generic weapons, a convoy) tell no supply, though North Korea's soldiers are named later as helping Russia.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weapons reached the Kursk region, where Russia is pushing back Ukrainian units with the help of North "
         "Korean soldiers, the paper said.", set()),
        ("The convoy reached the front near Pokrovsk, where Russia relies on the help of North Korean gunners, the HUR "
         "said.", set()),
        # (near misses: North Korea's items reached there)
        # (rockets an item of their own beside the shells: round 37)
        ("North Korean shells and rockets have already reached the front in Donetsk, the HUR said.",
         {_null("ammunition", "artillery shells", "shells", _HUR), _null("ammunition", "ammunition", None, _HUR)}),
        ("North Korean soldiers reached the Kursk front in November, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
    ],
)  # fmt: skip
def test_what_reached_the_front(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Builders, no soldiery named, who could or may help rebuild Russia's regions: labour Russia would bring in, the
# schema's civilian workers; military builders, or builders named with sappers, stay troops.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean builders could help rebuild Russia's border regions, Deputy Prime Minister Marat Khusnullin "
         "told TASS.", {_null("workers", "workers", "workers", "Khusnullin (via TASS)", status="planned")}),
        ("Builders from North Korea may take part in restoring the Belgorod region, Deputy Prime Minister Marat "
         "Khusnullin said.", {_null("workers", "workers", "workers", "Khusnullin", status="planned")}),
        ("North Korean builders may join the rebuilding of Kursk's villages, Deputy Prime Minister Marat Khusnullin "
         "said.", {_null("workers", "workers", "workers", "Khusnullin", status="planned")}),
        # (near misses: military builders; builders who helped, told done)
        ("North Korean military builders could help rebuild the Kursk region, Shoigu said.",
         {_null("troops", "combat engineers", "troops", _SHOIGU, status="planned")}),
        ("North Korean builders helped rebuild bridges in the Kursk region, TASS reported.",
         {_null("troops", "combat engineers", "troops", "TASS")}),
    ],
)  # fmt: skip
def test_builders_who_could_help_rebuild(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
