"""Round thirty-three, the reviewers' worse cases mended (mendfig): each with the passage it was found on and a
variant written for it; every claim asserted whole (category, subtype, value, qualifier, status, addition,
direction, source)."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import claims as _claims


def _full(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {
        (
            c.category.value,
            c.subtype,
            c.value,
            c.qualifier.value if c.qualifier else None,
            c.status.value,
            c.incremental,
            c.direction.value,
            c.source,
        )
        for c in _claims(text, lexicon)
    }


CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # a doubt of what came after the supply doubts no supply; a plan or a voice's belief left unconfirmed stays
    (
        "Seoul says North Korea has shipped KN-23 missiles to Russia, but there is no public evidence "
        "that any have been fired at Kyiv.",
        {("missiles", "missiles", None, None, "reported", False, "nk_to_ru", "South Korean government")},
    ),
    (
        "North Korea has supplied Russia with artillery shells and multiple rocket launchers, though "
        "there is no evidence that any have been used in Zaporizhzhia, a Ukrainian spokesman said.",
        {
            ("ammunition", "artillery shells", None, None, "reported", False, "nk_to_ru", "Ukrainian spokesman"),
            ("rocket_launchers", "MRL", None, None, "reported", False, "nk_to_ru", "Ukrainian spokesman"),
        },
    ),
    (
        "Japan's defence ministry said Russia had transferred air-defence equipment to Pyongyang, adding "
        "there was no public evidence that it had been deployed yet.",
        {("other", "air defense systems", None, None, "reported", False, "ru_to_nk", "Japan Ministry of Defense")},
    ),
    (
        "Russia has promised Pyongyang MiG-29 fighter jets, though no transfer has been confirmed, Seoul said.",
        {("vehicles", "aircraft", None, None, "planned", False, "ru_to_nk", "South Korean government")},
    ),
    (
        "Seoul believes Russia has handed over Pantsir air-defence systems, but no transfer has yet been "
        "confirmed by satellite imagery.",
        {("other", "air defense systems", None, None, "reported", False, "ru_to_nk", "South Korean government")},
    ),
    (
        "Kyiv says Pyongyang has delivered Koksan howitzers to Moscow, but there is no evidence that any "
        "have reached the front.",
        {("artillery", "artillery", None, None, "reported", False, "nk_to_ru", "Ukrainian government")},
    ),
    (
        "Pyongyang is eager for Russian fighter jets, but there is no public evidence that any have been "
        "delivered, the JCS said.",
        set(),
    ),
    (
        "Russia has pledged to hand over Su-27 jets to North Korea, though no transfer has been confirmed.",
        {("vehicles", "aircraft", None, None, "planned", False, "ru_to_nk", None)},
    ),
    # people of an air force sent are troops; the air force as a receiver stays none (56dfd39)
    (
        "North Korea has also sent air force pilots and technicians to Russia for training, Ukrainian "
        "intelligence said.",
        {("troops", "troops", None, None, "reported", False, "nk_to_ru", "Ukraine HUR")},
    ),
    (
        "North Korea may also dispatch air force pilots to fly Russian jets, the NIS said.",
        {("troops", "troops", None, None, "planned", False, "nk_to_ru", "South Korea NIS")},
    ),
    (
        "Pyongyang has sent some of its air force ground crews to Russian airbases, Seoul said.",
        {("troops", "troops", None, None, "reported", False, "nk_to_ru", "South Korean government")},
    ),
    (
        "Moscow may transfer Su-27 fighter jets to the North Korean air force, the NIS said.",
        {("vehicles", "aircraft", None, None, "planned", False, "ru_to_nk", "South Korea NIS")},
    ),
    # North Korea's own jammers are no supply; jammers Russia's forces received from North Korea go to Russia (452a252)
    (
        "North Korea has been jamming GPS signals along the inter-Korean border for months, using "
        "jamming equipment at several sites.",
        set(),
    ),
    (
        "Pyongyang has been jamming GPS signals with electronic warfare systems it built itself, Seoul's "
        "military said.",
        set(),
    ),
    (
        "Ukraine's Defence Intelligence said on Telegram that Russian forces have received about 100 "
        "electronic-warfare jamming devices from North Korea.",
        {("other", "electronic warfare systems", 100, "approx", "reported", False, "nk_to_ru", "Ukraine HUR")},
    ),
    (
        "Kyiv said Russian troops have obtained air-defence systems from Pyongyang.",
        {("other", "air defense systems", None, None, "reported", False, "nk_to_ru", "Ukrainian government")},
    ),
    (
        "North Korea jammed GPS signals near the border using jammers supplied by Russia, the JCS said.",
        {("other", "electronic warfare systems", None, None, "reported", False, "ru_to_nk", "South Korea JCS")},
    ),
    (
        "Russia gave Pyongyang jamming equipment to shield its capital, Kyiv said.",
        {("other", "electronic warfare systems", None, None, "reported", False, "ru_to_nk", "Ukrainian government")},
    ),
    # a vehicle beside an air-defence system, joined by a free word, is a vehicle of its own (e2179c7)
    (
        "Russia has supplied Pantsir with tanks to North Korea, a source said.",
        {
            ("other", "air defense systems", None, None, "reported", False, "ru_to_nk", None),
            ("vehicles", "armoured vehicles", None, None, "reported", False, "ru_to_nk", None),
        },
    ),
    (
        "Moscow sent S-400 plus armoured vehicles to Pyongyang, the HUR said.",
        {
            ("other", "air defense systems", None, None, "reported", False, "ru_to_nk", "Ukraine HUR"),
            ("vehicles", "armoured vehicles", None, None, "reported", False, "ru_to_nk", "Ukraine HUR"),
        },
    ),
    (
        "Russia sent Pantsir-class combat vehicles to Pyongyang, the NIS said.",
        {("other", "air defense systems", None, None, "reported", False, "ru_to_nk", "South Korea NIS")},
    ),
    # a joint force's strength counts no North Korean troops; a North Korean force's alone does (d1e10bb)
    (
        "The combined Russian-North Korean force in Kursk was some 60,000 strong at the start of the "
        "counter-offensive, Ukrainian officials said.",
        set(),
    ),
    (
        "The joint Russian and North Korean force deployed in Kursk was 50,000-strong, according to Kyiv.",
        {("troops", "troops", None, None, "reported", False, "nk_to_ru", "Ukrainian government")},
    ),
    (
        "A mixed Russian-North Korean contingent in Kursk is now about 45,000 strong, the ISW said.",
        set(),
    ),
    (
        "The North Korean contingent sent to Kursk was 11,000-strong, Seoul said.",
        {("troops", "troops", 11000, "exact", "reported", False, "nk_to_ru", "South Korean government")},
    ),
    # an 'if' that grants a voice's figure or a plan keeps it; a bare supposition stays none (4647ac7)
    (
        "Intelligence officials said that if North Korea sent another 6,000 engineers, as planned, the "
        "total would exceed 20,000.",
        {
            ("troops", "combat engineers", 20000, "more_than", "planned", False, "nk_to_ru", None),
            ("troops", "combat engineers", 6000, "exact", "planned", True, "nk_to_ru", None),
        },
    ),
    (
        "But if North Korea has indeed sent 12,000 troops as Seoul claims, the balance in Kursk has shifted.",
        {("troops", "troops", 12000, "exact", "reported", False, "nk_to_ru", "South Korean government")},
    ),
    (
        "Analysts note that even if North Korea supplied 5 million shells last year, as the NIS says, "
        "shortages persist.",
        {("ammunition", "artillery shells", 5000000, "exact", "reported", False, "nk_to_ru", "South Korea NIS")},
    ),
    (
        "Even if Pyongyang shipped 200 more howitzers, as Kyiv alleges, the front would hardly move.",
        {("artillery", "artillery", 200, "exact", "reported", True, "nk_to_ru", "Ukrainian government")},
    ),
    (
        "North Korea sent another 6,000 engineers in September, as planned, the NIS said.",
        {("troops", "combat engineers", 6000, "exact", "reported", True, "nk_to_ru", "South Korea NIS")},
    ),
    (
        "If Kim sends another 30,000, it changes the calculus, an analyst said.",
        set(),
    ),
    # the supply stays beside an equal count of those missiles fired; a fired count told twice is one (d6cf085)
    (
        "North Korea has sent Russia some 100 KN-23 missiles. Russia has used around 100 such missiles "
        "against Ukraine, Kyiv says.",
        {
            (
                "missiles",
                "KN-23/KN-24 short-range ballistic missiles",
                100,
                "approx",
                "reported",
                False,
                "nk_to_ru",
                None,
            ),
            ("missiles", "missiles fired", 100, "approx", "reported", False, "nk_to_ru", "Ukrainian government"),
        },
    ),
    (
        "Pyongyang has shipped about 60 KN-24 missiles to Moscow, the NIS said. Russia has launched some "
        "60 of these missiles at Kharkiv, Kyiv says.",
        {
            (
                "missiles",
                "KN-23/KN-24 short-range ballistic missiles",
                60,
                "approx",
                "reported",
                False,
                "nk_to_ru",
                "South Korea NIS",
            ),
            ("missiles", "missiles fired", 60, "approx", "reported", False, "nk_to_ru", "Ukrainian government"),
        },
    ),
    (
        "North Korea has sent Russia some 100 KN-23 missiles. Russia has used around 60 such missiles "
        "against Ukraine, Kyiv says.",
        {
            (
                "missiles",
                "KN-23/KN-24 short-range ballistic missiles",
                100,
                "approx",
                "reported",
                False,
                "nk_to_ru",
                None,
            ),
            ("missiles", "missiles fired", 60, "approx", "reported", False, "nk_to_ru", "Ukrainian government"),
        },
    ),
    (
        'Russia has fired 24 North Korean ballistic missiles at Ukraine since December, Kyiv said. "The '
        'enemy launched 24 such missiles at our territory," he said.',
        {("missiles", "missiles", 24, "exact", "reported", False, "nk_to_ru", "Ukrainian government")},
    ),
    # a modal guess at a force with a time or rotation to come after the figure is planned (6cc087d)
    (
        "The North Korean contingent may number some 3,000 in the next rotation, the NIS said.",
        {("troops", "troops", 3000, "approx", "planned", False, "nk_to_ru", "South Korea NIS")},
    ),
    (
        "The North Korean force in Kursk could total about 20,000 in the coming months, a Ukrainian commander said.",
        {("troops", "troops", 20000, "approx", "planned", False, "nk_to_ru", "Ukrainian commander")},
    ),
    (
        "The North Korean contingent may number 9,000 next year, Seoul said.",
        {("troops", "troops", 9000, "exact", "planned", False, "nk_to_ru", "South Korean government")},
    ),
    (
        "Western officials say the North Korean contingent may number 15,000.",
        {("troops", "troops", 15000, "exact", "reported", False, "nk_to_ru", "Western officials")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round33_mendfig(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _full(text, lexicon) == expected
