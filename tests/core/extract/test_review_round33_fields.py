"""Unquantified claims fixed in the thirty-third round (fields), each with sentences written for it: casualties
asserted by 'taken/took/taking heavy losses' (not the background of a withdrawal, 'after taking heavy losses')."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import hedged_rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # losses 'taken' are losses suffered: a casualty claim without a figure
    (
        "Ukrainian commanders say North Korean units near Sudzha have taken heavy losses.",
        {("casualties", None, None, "reported", False, "Ukrainian commanders")},
    ),
    (
        "The North Korean battalions took severe casualties in the December assaults, the HUR said.",
        {("casualties", None, None, "reported", False, "Ukraine HUR")},
    ),
    (
        "North Korean infantry is taking mounting losses in frontal attacks, analysts at ISW assessed.",
        {("casualties", None, None, "reported", False, "Institute for the Study of War (ISW)")},
    ),
    # ... not the background of a withdrawal, nor losses wished fewer, nor men taken prisoner (counted)
    ("North Korean troops were pulled off the line after taking heavy losses, officials said.", set()),
    ("Moscow wants North Korean troops to take fewer casualties in the spring.", set()),
    (
        "Two North Korean soldiers were taken prisoner near Sudzha, Zelensky said.",
        {("casualties", 2, "exact", "reported", False, "Zelensky")},
    ),
    # North Korean losses hidden are losses asserted, once (the faces of the dead are those losses)
    (
        "Zelensky has accused Moscow of hiding North Korean losses at the front.",
        {("casualties", None, None, "reported", False, "Zelensky")},
    ),
    (
        "Kyiv says the Kremlin is concealing the casualties of the North Korean contingent.",
        {("casualties", None, None, "reported", False, "Ukrainian government")},
    ),
    (
        "The HUR accuses Russia of covering up the North Koreans' losses, even burning the faces of the dead.",
        {("casualties", None, None, "reported", False, "Ukraine HUR")},
    ),
    # ... not a deployment hidden (the troops' own claim), nor Russia's own losses
    ("Pyongyang hid the deployment of its troops for months.", {("troops", None, None, "reported", False, None)}),
    (
        "Russia is hiding its own losses in Kursk, while North Korea sends shells.",
        {("ammunition", None, None, "reported", False, None)},
    ),
    # help for North Korea's own programme is know-how, as help with it is
    (
        "Possible Russian help for North Korea's satellite programme was on the summit agenda, the Kremlin said.",
        {("technology_transfer", None, None, "planned", False, "Russian government")},
    ),
    (
        "Seoul says Moscow's help for Pyongyang's reconnaissance satellites is already flowing.",
        {("technology_transfer", None, None, "reported", False, "South Korean government")},
    ),
    (
        "A US official said Russian help for the North's space programme had begun.",
        {("technology_transfer", None, None, "reported", False, "US official")},
    ),
    # ... not help for Moscow, or for Russia's own troops
    ("Pyongyang is lining up another round of help for Moscow, this time more shells.", set()),
    (
        "Russia asked for help for its troops in Kursk, and North Korea sent shells.",
        {("troops", None, None, "planned", False, None), ("ammunition", None, None, "reported", False, None)},
    ),
    # the drones workers are sent to make are no drones supplied
    (
        "Pyongyang will send about 1,000 workers to the Alabuga zone, where Shahed-type attack drones are assembled, "
        "a source told Daily NK.",
        {("workers", 1000, "approx", "planned", False, "Daily NK")},
    ),
    (
        "HUR says Pyongyang has agreed to send 5,000 labourers to Yelabuga, where Russia builds Geran drones.",
        {("workers", 5000, "exact", "planned", False, "Ukraine HUR")},
    ),
    ("Russia wants 2,000 North Korean workers to help mass produce Geran-2 drones, officials in Kyiv said.", set()),
    # ... not drones sent, nor made in North Korea
    (
        "North Korea has sent Russia Shahed-type attack drones, a Seoul official said.",
        {("drones", None, None, "reported", False, "South Korean government")},
    ),
    (
        "Russia is training North Korean engineers, who will then build Shahed-type drones in North Korea, "
        "the NIS said.",
        set(),
    ),
    # drones the troops in Russia learn to use, or are struck with, are no drones supplied
    (
        "Kyiv says the North Korean soldiers in Kursk are taught the basics of operating drones by Russian "
        "instructors.",
        {("troops", None, None, "reported", False, "Ukrainian government")},
    ),
    (
        "The North Korean infantry was struck with drones and artillery as it crossed the fields, the HUR said.",
        {("troops", None, None, "reported", False, "Ukraine HUR")},
    ),
    (
        "North Korea lost 300 soldiers in a week, largely as a result of the actions of our drones, Syrskyi said.",
        {("casualties", 300, "exact", "reported", False, "Ukraine Armed Forces (Syrskyi)")},
    ),
    # ... not drone know-how North Korea receives, nor drones Russia supplies
    (
        "The North has received Russian instruction in drone operations, the ministry said.",
        {("drones", None, None, "reported", False, None)},
    ),
    (
        "Russia has supplied North Korea with attack drones, Seoul said.",
        {("drones", None, None, "reported", False, "South Korean government")},
    ),
    # 'any transfer of' an item is what may be: no claim
    (
        "We are deeply concerned about any transfer of nuclear or ballistic missile-related technology from Russia to "
        "North Korea, Berlin said.",
        set(),
    ),
    ("Tokyo said any transfer of military technology from Moscow to Pyongyang would be a grave matter.", set()),
    ("Seoul is watching closely for any transfer of sensitive technology to North Korea from Russia.", set()),
    # ... not a denial of any transfer, nor a possible transfer (planned)
    (
        "Moscow denies any transfer of sensitive technology to North Korea.",
        {("technology_transfer", None, None, "denied", False, "Russian government")},
    ),
    (
        "Concern is growing over the possible transfer of missile technology from Russia to North Korea.",
        {("technology_transfer", None, None, "planned", False, None)},
    ),
    # a vehicle of an air-defence system's class is that system's
    (
        "Russia has handed North Korea at least one Pantsir air defense system together with a Pantsir-class combat "
        "vehicle, the MSMT said.",
        {("other", 1, "at_least", "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
    ),
    (
        "Moscow gave Pyongyang an S-400 battery and a combat vehicle of the S-400 type, Kyiv claims.",
        {("other", None, None, "reported", False, "Ukrainian government")},
    ),
    (
        "Russia delivered a Pantsir-S1 type combat vehicle to Pyongyang, the HUR said.",
        {("other", None, None, "reported", False, "Ukraine HUR")},
    ),
    # ... not armoured vehicles of their own, beside the system or after it
    (
        "Russia sent Pantsir and armoured vehicles to Pyongyang, the NIS said.",
        {
            ("other", None, None, "reported", False, "South Korea NIS"),
            ("vehicles", None, None, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "Russia has also delivered armoured combat vehicles to North Korea, Seoul said.",
        {("vehicles", None, None, "reported", False, "South Korean government")},
    ),
    # reports told only to be doubted, and wishes whose items never came, assert nothing
    (
        "Reports that Russia has handed over MiG-29 fighters to North Korea remain unconfirmed, the ministry said.",
        set(),
    ),
    ("Periodic reports that Russia will deliver Su-27 fighters to North Korea have so far not been borne out.", set()),
    (
        "South Korean officials say Pyongyang wants modern fighter jets from Russia, but there is no public evidence "
        "that any have arrived.",
        set(),
    ),
    # ... not a voice's plan left unconfirmed, nor a report hedged after the fact
    (
        "Moscow may hand over MiG-29 fighter jets to North Korea, though no transfer has been confirmed, the JCS said.",
        {("vehicles", None, None, "planned", False, "South Korea JCS")},
    ),
    (
        "Russia reportedly gave North Korea Su-27 fighter jets, although this has not been confirmed.",
        {("vehicles", None, None, "reported", False, None)},
    ),
    # an air force is no troops sent
    (
        "Moscow may transfer Su-27 fighter jets to the North Korean air force, Seoul's media reported.",
        {("vehicles", None, None, "planned", False, "South Korean media")},
    ),
    ("Russian Su-27s sent to Pyongyang would be a big upgrade for the North's air force, an analyst said.", set()),
    ("What North Korea really needs from Russia is help with its air force, a Seoul expert said.", set()),
    # ... not units sent, nor help to modernise it (know-how)
    (
        "North Korea has sent special forces and air force units to Russia, Seoul said.",
        {("troops", None, None, "reported", False, "South Korean government")},
    ),
    (
        "Russia may help modernise the North Korean air force, the NIS said.",
        {("technology_transfer", None, None, "planned", False, "South Korea NIS")},
    ),
    # know-how on North Korea's missiles is technology transfer, no missiles given
    (
        "Russia has been sending Pyongyang feedback data on its KN-23 missiles, the monitors say.",
        {("technology_transfer", None, None, "reported", False, None)},
    ),
    (
        "Seoul believes the North got technical assistance on missiles from Moscow, a lawmaker said.",
        {("technology_transfer", None, None, "reported", False, "South Korean government")},
    ),
    (
        "Russian engineers helped improve North Korea's Hwasong missiles, the HUR claims.",
        {("technology_transfer", None, None, "reported", False, "Ukraine HUR")},
    ),
    # ... not the missiles North Korea sent, however described
    (
        "The design of the KN-23 missiles North Korea sent Russia resembles the Iskander, experts said.",
        {("missiles", None, None, "reported", False, None)},
    ),
    (
        "North Korea has sent Russia KN-23 missiles, and Ukraine has shared data on their strikes, Kyiv said.",
        {("missiles", None, None, "reported", False, "Ukrainian government")},
    ),
    # jammers Russia hands over are electronic-warfare systems
    (
        "Russia has been providing North Korea with electronic-warfare jamming devices since late 2024, Seoul said.",
        {("other", None, None, "reported", False, "South Korean government")},
    ),
    (
        "Moscow has passed on electronic-warfare kit, jammers among it, to Pyongyang, the NIS said.",
        {("other", None, None, "reported", False, "South Korea NIS")},
    ),
    (
        "Russia gave Pyongyang jamming equipment to shield its capital, Kyiv said.",
        {("other", None, None, "reported", False, "Ukrainian government")},
    ),
    # ... not Ukraine's jammers, nor Russia's own at the front
    ("Ukraine's jammers downed several North Korean KN-23 missiles, Kyiv said.", set()),
    ("North Korean troops in Kursk struggled with Russian jammers, the HUR said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round33_fields(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert hedged_rows(text, lexicon) == expected
