"""Figures whose item is named elsewhere, and countries that act or only speak: one table row per wording class
(sentences written by the team)."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article

# (id, text, expected claims as (category, value, subtype, status, incremental, source))
CASES = [
    # a bare figure as the subject of a supply or presence predicate counts the item of the sentences before
    (
        "bare-subject-sent",
        "Pyongyang's soldiers first reached Russia in October. Seoul's spy agency says roughly 12,500 were sent in "
        "the first wave.",
        [("troops", 12500, "troops", "reported", False, "South Korea NIS")],
    ),
    (
        "bare-subject-arrive",
        "The war in Russia drew in North Korean troops this autumn. By December about 12,500 had arrived near Kursk.",
        [("troops", 12500, "troops", "reported", False, None)],
    ),
    (
        "bare-subject-fired",
        "Russia has been using North Korean KN-23 missiles, Kyiv's air force says. By its count some 85 have been "
        "launched at Ukrainian cities.",
        [("missiles", 85, "missiles", "reported", False, "Ukraine Air Force")],
    ),
    (
        "bare-subject-after-casualties",
        "Some 12,500 North Korean troops reached Russia in the autumn. About 3,900 of them were killed or wounded "
        "by March, Kyiv says. It believes another 2,700 were sent over the winter.",
        [
            ("troops", 12500, "troops", "reported", False, None),
            ("casualties", 3900, "killed_or_wounded", "reported", False, "Ukrainian government"),
            ("troops", 2700, "troops", "reported", True, "Ukrainian government"),
        ],
    ),
    (
        "of-them-before",
        "North Korea has sent some 14,500 soldiers to Russia, the HUR says. Of them, about 1,700 are in the Donetsk "
        "region, the agency added.",
        [
            ("troops", 14500, "troops", "reported", False, "Ukraine HUR"),
            ("troops", 1700, "troops", "reported", False, "Ukraine HUR"),
        ],
    ),
    (
        "others-injured",
        "Around 130 North Korean soldiers died near Kursk in Russia last week, a lawmaker said after a briefing by "
        "the NIS. Roughly 900 others were injured.",
        [
            ("casualties", 130, "killed", "reported", False, "South Korea NIS"),
            ("casualties", 900, "wounded", "reported", False, "South Korea NIS"),
        ],
    ),
    # the verb after 'and' takes the next figure: 'eliminated 40 ... and wounded 25 others'
    (
        "two-verbs-two-figures",
        'North Korean units are fighting for Russia near Kursk. "Our troops eliminated 35 North Korean servicemen '
        'and wounded 28 others," the General Staff said.',
        [
            ("casualties", 35, "killed", "reported", False, "General Staff"),
            ("casualties", 28, "wounded", "reported", False, "General Staff"),
        ],
    ),
    # a toll linked to its figure through an adverb
    (
        "toll-is-already",
        "North Korean troops fight for Russia near Kursk. The number of North Korean soldiers killed or wounded "
        "there is now over 3,400.",
        [("casualties", 3400, "killed_or_wounded", "reported", False, None)],
    ),
    # a leader who 'has given higher figures, saying ...' speaks, not acts
    (
        "given-figures-saying",
        "North Korea's troops in Russia have suffered heavy losses. Zelensky has offered a higher estimate, saying "
        "last week that 3,700 had been killed or wounded.",
        [("casualties", 3700, "killed_or_wounded", "reported", False, "Zelensky")],
    ),
    # a capitalised rate word inside a name ('Daily NK') is no rate
    (
        "daily-in-a-name",
        "Daily NK reported on Friday that some 1,800 North Korean soldiers had died fighting for Russia.",
        [("casualties", 1800, "killed", "reported", False, "Daily NK")],
    ),
    # 'men' in units, and North Koreans named before a word for people who work
    (
        "units-numbering-men",
        "Kyiv says the first North Korean units in Russia, numbering 2,300 men, reached Kursk last week.",
        [("troops", 2300, "troops", "reported", False, "Ukrainian government")],
    ),
    (
        "nationals-working",
        "Russia's labour ministry reported that about 9,500 DPRK citizens are working in Russia on contracts.",
        [("workers", 9500, "workers", "reported", False, "Russia Ministry of Labour")],
    ),
    # prisoners brought to Kyiv are counted as captured, not deployed; a wounded prisoner is captured
    (
        "prisoners-to-kyiv",
        "Ukrainian troops captured three North Korean soldiers in Russia's Kursk region, Zelensky said. The "
        "three, although injured, were brought to Kyiv.",
        [("casualties", 3, "captured", "reported", False, "Zelensky")],
    ),
    (
        "wounded-prisoners",
        "Kyiv said it was questioning three wounded North Korean soldiers taken prisoner in Russia.",
        [("casualties", 3, "captured", "reported", False, "Ukrainian government")],
    ),
    # a participle after the item's noun ends its words
    (
        "participle-after-noun",
        "North Korea sent 12,000 troops to Russia last year, with a further 2,500 reinforcements arriving in "
        "March, the HUR said.",
        [
            ("troops", 12000, "troops", "reported", False, "Ukraine HUR"),
            ("troops", 2500, "troops", "reported", True, "Ukraine HUR"),
        ],
    ),
    (
        "men-operating-near",
        "Ukraine's SBU said it had found a North Korean mortar unit of about 150 men operating near Kursk in Russia.",
        [("troops", 150, "troops", "reported", False, "Ukraine SBU")],
    ),
    # losses that troops replace are not the troops' count
    (
        "to-replace-losses",
        "Pyongyang has sent about 2,500 fresh soldiers to Russia to replace heavy losses, Seoul's spy agency said.",
        [("troops", 2500, "troops", "reported", True, "South Korea NIS")],
    ),
    (
        "toll-passed",
        "North Korean casualties in Russia have passed 4,300, Kyiv says.",
        [("casualties", 4300, "killed_or_wounded", "reported", False, "Ukrainian government")],
    ),
    (
        "capture-of",
        "Seoul's spy agency confirmed the capture of three North Korean soldiers by Ukraine in Russia's Kursk region.",
        [("casualties", 3, "captured", "reported", False, "South Korea NIS")],
    ),
    # numbers that count nothing the schema tracks
    (
        "shared-calibre",
        "North Korea has shipped Russia about 5.5 million rounds of 122 and 152 mm calibre, Kyiv says.",
        [("ammunition", 5500000, "rounds", "reported", False, "Ukrainian government")],
    ),
    (
        "an-age",
        "The prisoner, 24, said North Korea had sent his brigade of 3,000 troops to Russia in October.",
        [("troops", 3000, "troops", "reported", False, None)],
    ),
    (
        "civilians-and-shot-down",
        "Russia fired North Korean KN-23 missiles at Kharkiv overnight. The air force said 60 drones were shot down. "
        "Four people were injured, the governor said.",
        [],
    ),
    # the audience of 'told' does not act, and a list item after ', as well as' shares the plan before it
    (
        "told-media-as-well-as",
        "Shoigu told Russian media that North Korea had agreed to send 1,500 sappers to clear mines, as well as "
        "4,500 military builders.",
        [
            ("troops", 1500, "combat engineers", "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 4500, "combat engineers", "planned", False, "Russia Security Council (Shoigu)"),
        ],
    ),
    # the supplier's own army, named in passing, does not speak
    (
        "supplier-army-no-speaker",
        "The North Korean army sent to Russia is thought to have lost about 1,300 soldiers killed near Kursk.",
        [("casualties", 1300, "killed", "reported", False, None)],
    ),
    # the first day of a span of days is a date
    (
        "day-span",
        "Between 9 and 14 October some 1,800 North Korean troops reached Russia by sea, the NIS said.",
        [("troops", 1800, "troops", "reported", False, "South Korea NIS")],
    ),
    (
        "replace-those-killed",
        "About 2,600 more North Korean soldiers have gone to Russia to replace those killed or wounded, the NIS said.",
        [("troops", 2600, "troops", "reported", True, "South Korea NIS")],
    ),
    # a short outlet name is given in full
    (
        "short-outlet-name",
        "North Korea has delivered more than 90 KN-23 missiles to Russia, a Ukrainian intelligence official told "
        "the FT.",
        [
            (
                "missiles",
                90,
                "KN-23/KN-24 short-range ballistic missiles",
                "reported",
                False,
                "Ukraine HUR (via Financial Times)",
            )
        ],
    ),
    # 'the authors' of a think tank the gazetteer knows
    (
        "authors-of-known-think-tank",
        "RUSI published a new report on North Korea's arms for Russia on Monday. According to the authors, some "
        "16,000 North Korean workers went to Russia in 2024.",
        [("workers", 16000, "workers", "reported", False, "Royal United Services Institute (RUSI)")],
    ),
    # found by an adversarial review of this round's rules
    (
        "verb-of-next-after-place",
        "Ukrainian forces killed 40 North Korean soldiers near Kursk in Russia and captured two, Zelensky said.",
        [
            ("casualties", 40, "killed", "reported", False, "Zelensky"),
            ("casualties", 2, "captured", "reported", False, "Zelensky"),
        ],
    ),
    (
        "civilians-hit-by-north-korean-missile",
        "Twelve people were injured when a North Korean KN-23 missile fired by Russia hit Kyiv, officials said.",
        [],
    ),
    (
        "casualties-in-hospital-are-no-deployment",
        "About 3,200 North Korean soldiers have been wounded in Russia, Kyiv says. Of them, about 1,400 are in "
        "hospitals in Moscow.",
        [
            ("casualties", 3200, "wounded", "reported", False, "Ukrainian government"),
            ("casualties", 1400, "wounded", "reported", False, "Ukrainian government"),
        ],
    ),
    (
        "speaking-force-is-no-item",
        "Russia has used North Korean KN-23 ballistic missiles against Ukraine since December. Ukraine's air force "
        "says some 65 have been fired so far.",
        [("missiles", 65, "missiles", "reported", False, "Ukraine Air Force")],
    ),
    (
        "more-expected",
        "Some 12,000 North Korean soldiers are in Russia, with 2,500 more expected to arrive soon, the HUR said.",
        [
            ("troops", 12000, "troops", "reported", False, "Ukraine HUR"),
            ("troops", 2500, "troops", "planned", True, "Ukraine HUR"),
        ],
    ),
    (
        "range-describes-the-item",
        "North Korea has sent Russia about 110 KN-23 missiles with a range of 300 to 700 kilometres, Kyiv says.",
        [("missiles", 110, "KN-23/KN-24 short-range ballistic missiles", "reported", False, "Ukrainian government")],
    ),
    (
        "the-toll",
        "North Korean troops fight for Russia near Kursk. Ukrainian intelligence puts the toll far higher, at 3,900.",
        [("casualties", 3900, "killed_or_wounded", "reported", False, "Ukraine HUR")],
    ),
    (
        "bare-after-claimed",
        "The NIS said 11,000 North Korean troops had been sent to Russia. Other reports claimed 16,000.",
        [
            ("troops", 11000, "troops", "reported", False, "South Korea NIS"),
            ("troops", 16000, "troops", "reported", False, None),
        ],
    ),
    (
        "crew-members",
        "North Korea has sent 3,200 artillery crew members to Russia, the HUR said.",
        [("troops", 3200, "troops", "reported", False, "Ukraine HUR")],
    ),
    (
        "disputed-by-the-denier",
        "Pyongyang disputed a South Korean report that 3,500 more North Korean troops had been sent to Russia.",
        [("troops", 3500, "troops", "denied", True, "North Korean government")],
    ),
    (
        "accused-by",
        "North Korea has been accused by the HUR of sending 12,500 troops to fight for Russia.",
        [("troops", 12500, "troops", "reported", False, "Ukraine HUR")],
    ),
    (
        "compared-figure-of-its-own",
        "Kyiv says 4,500 North Korean soldiers have been killed or wounded in Russia, higher than the NIS figure of "
        "3,100.",
        [
            ("casualties", 4500, "killed_or_wounded", "reported", False, "Ukrainian government"),
            ("casualties", 3100, "killed_or_wounded", "reported", False, "South Korea NIS"),
        ],
    ),
    # a total before a spaced dash and its breakdown after it
    (
        "total-dash-breakdown",
        "Seoul's spy agency put North Korean casualties in Russia at around 3,200 - about 350 killed and 2,850 "
        "wounded.",
        [
            ("casualties", 3200, "killed_or_wounded", "reported", False, "South Korea NIS"),
            ("casualties", 350, "killed", "reported", False, "South Korea NIS"),
            ("casualties", 2850, "wounded", "reported", False, "South Korea NIS"),
        ],
    ),
    # translated copy: 'military' as a plural noun
    (
        "military-as-noun",
        "According to the HUR, in total around 12,500 military of the DPRK were deployed to Russia.",
        [("troops", 12500, "troops", "reported", False, "Ukraine HUR")],
    ),
    (
        "military-as-noun-with-nationality",
        "Kyiv's military intelligence said about 13,500 DPRK military have served in Russia in all.",
        [("troops", 13500, "troops", "reported", False, "Ukraine HUR")],
    ),
    (
        "number-of-military",
        "The number of North Korean military sent to Russia is estimated to about 14,500, the NIS said on 2nd.",
        [("troops", 14500, "troops", "reported", False, "South Korea NIS")],
    ),
    (
        "military-remain",
        "According to the HUR, about 9,000 North Korean military remain in the Kursk direction.",
        [("troops", 9000, "troops", "reported", False, "Ukraine HUR")],
    ),
    # a plural item noun ends its phrase: the word after it that is not plural is its present-tense verb
    (
        "present-tense-verb-after-plural",
        "Some 1,800 North Korean soldiers guard the frontier near Kursk, the General Staff in Kyiv said.",
        [("troops", 1800, "troops", "reported", False, "Ukraine General Staff")],
    ),
    (
        "present-tense-verb-not-before-of",
        "North Korea has handed Russia 150 units of long-range artillery, the NIS said.",
        [("artillery", 150, "long-range artillery", "reported", False, "South Korea NIS")],
    ),
    # 'of the systems': a generic noun for the item named before; 'General Staff' names a body, not generals
    (
        "generic-noun-partitive",
        "Ukrainian intelligence says North Korea has handed Russia about 60 of its 240mm launchers. Ukraine's "
        "General Staff says at least a dozen of the systems are firing near Kursk.",
        [
            ("rocket_launchers", 60, "240mm MRL", "reported", False, "Ukraine HUR"),
            ("rocket_launchers", 12, "240mm MRL", "reported", False, "Ukraine General Staff"),
        ],
    ),
    # a country named as the agent of a passive ('destroyed by Ukrainian drones') does not change the subject
    (
        "passive-agent-keeps-the-subject",
        "North Korea has sent Russia at least 90 of its 240mm rocket launchers, HUR said. About 15 have been "
        "destroyed by Ukrainian drones. Another batch of 40 launchers is expected by spring, HUR added.",
        [
            ("rocket_launchers", 90, "240mm MRL", "reported", False, "Ukraine HUR"),
            ("rocket_launchers", 40, "MRL", "planned", True, "Ukraine HUR"),
        ],
    ),
    # '100 rounds of ballistic missiles' (translated copy) counts missiles
    (
        "rounds-of-missiles",
        "The JCS said North Korea provided more than 90 rounds of short-range ballistic missiles to Russia.",
        [("missiles", 90, "missiles", "reported", False, "South Korea JCS")],
    ),
    # a quoted figure, then the share's whole
    (
        "quoted-figure-of-its",
        'Budanov said Pyongyang has handed over "around 110" of its 170mm self-propelled guns to Russia.',
        [("artillery", 110, "170mm M1989 Koksan self-propelled howitzer", "reported", False, "Ukraine HUR (Budanov)")],
    ),
    # soldiers sent to replace the dead and wounded are no casualties
    (
        "replacements-for-the-dead-and-wounded",
        "The NIS said about 1,200 more North Korean soldiers had arrived in Kursk as replacements for the dead and "
        "wounded.",
        [("troops", 1200, "troops", "reported", True, "South Korea NIS")],
    ),
    # a wave, a deployment, a shipment: the item named before
    (
        "the-first-wave",
        "North Korea has sent soldiers to Russia in two waves, the NIS said. The first wave was around 10,500.",
        [("troops", 10500, "troops", "reported", False, "South Korea NIS")],
    ),
    # 'with 3,000 more arriving': more of the item named before, then its verb
    (
        "more-then-ing-verb",
        "About 10,000 North Korean soldiers reached Kursk in 2024, with about 2,500 more arriving in early 2025, "
        "the NIS said.",
        [
            ("troops", 10000, "troops", "reported", False, "South Korea NIS"),
            ("troops", 2500, "troops", "reported", True, "South Korea NIS"),
        ],
    ),
    # people sent after a toll are more people, not more casualties
    (
        "send-another-after-a-toll",
        "About 5,500 North Koreans have been killed or wounded in Russia, Seoul said. Kyiv says North Korea will "
        "send another 9,000 next year.",
        [
            ("casualties", 5500, "killed_or_wounded", "reported", False, "South Korean government"),
            ("troops", 9000, "troops", "planned", True, "Ukrainian government"),
        ],
    ),
    # a bare figure that moved: the item of the sentence before
    (
        "bare-subject-moved",
        "The Pentagon said some 9,000 North Korean soldiers had been sent to eastern Russia. Kyiv says about 6,500 "
        "have already moved toward Ukraine's borders.",
        [
            ("troops", 9000, "troops", "reported", False, "US Department of Defense"),
            ("troops", 6500, "troops", "reported", False, "Ukrainian government"),
        ],
    ),
    # 'X allowed North Korea to send': no headline's future, a past act
    (
        "allowed-to-send-is-no-plan",
        "Russia allowed North Korea to send some 9,000 troops to Kursk last year, the NIS said.",
        [("troops", 9000, "troops", "reported", False, "South Korea NIS")],
    ),
    # a wire's dateline is where the story was filed, not a country that acts
    (
        "dateline-is-no-actor",
        "WASHINGTON (AP) — Kim Jong Un's government has shipped more than 9,000 containers of munitions to Russia, "
        "the White House said.",
        [("ammunition", 9000, "containers", "reported", False, "White House")],
    ),
    # soldiers Ukraine holds are prisoners
    (
        "held-by-ukraine",
        "Zelensky said on Sunday that Ukraine is holding three North Korean soldiers taken in Russia's Kursk region.",
        [("casualties", 3, "captured", "reported", False, "Zelensky")],
    ),
    # engineers working at a plant are workers, not troops
    (
        "engineers-at-a-plant",
        "Ukraine's HUR said it had found 14 North Korean engineers working at a drone plant in Russia.",
        [("workers", 14, "workers", "reported", False, "Ukraine HUR")],
    ),
    # a photo gallery's '+4' counter
    (
        "gallery-counter",
        "North Korean troops fight for Russia near Kursk.\n+4 A North Korean soldier captured by Ukraine is seen in "
        "hospital.",
        [],
    ),
    # a place between two countries is no actor
    (
        "between-two-countries",
        "The NIS said some 10,500 North Korean soldiers are deployed along the border between Russia and Ukraine, "
        "while another 1,200 military engineers are rebuilding roads.",
        [
            ("troops", 10500, "troops", "reported", False, "South Korea NIS"),
            ("troops", 1200, "combat engineers", "reported", False, "South Korea NIS"),  # one more item, no addition
        ],
    ),
    (
        "appear-to-have-been",
        "North Korea has been sending KN-23 missiles to Russia. So far, fewer than 60 appear to have been "
        "transferred, the New York Times said.",
        [("missiles", 60, "missiles", "reported", False, "The New York Times")],
    ),
    # North Koreans Russia asks for are a plan of North Korea's, and the sentence says whether they work or fight
    (
        "russia-seeks-north-koreans",
        "A Russian region in Siberia seeks 2,500 North Koreans for construction projects.",
        [("workers", 2500, "workers", "planned", False, None)],
    ),
    (
        "travel-statistics",
        "Russian data show that more than 14,000 North Koreans entered Russia in 2024.",
        [],
    ),
    (
        "year-as-modifier",
        "Moscow's 2023 supply of refined petroleum to North Korea stayed low, the monitors said.",
        [],
    ),
    # 'the number', 'the figure' after a toll is that toll
    (
        "toll-named-before",
        "Seoul estimates that about 1,300 North Korean soldiers have been killed or wounded in Russia, and Kyiv "
        "puts the figure at 4,600.",
        [
            ("casualties", 1300, "killed_or_wounded", "reported", False, "South Korean government"),
            ("casualties", 4600, "killed_or_wounded", "reported", False, "Ukrainian government"),
        ],
    ),
    # a sentence that opens on a contrast has two speakers, one per clause
    (
        "contrast-opening",
        "North Korean troops keep arriving in Russia. While the Pentagon put the number at 12,500, Ukrainian "
        "officials have cited figures as high as 16,000.",
        [
            ("troops", 12500, "troops", "reported", False, "US Department of Defense"),
            ("troops", 16000, "troops", "reported", False, "Ukrainian officials"),
        ],
    ),
    # a country in the passive ('is estimated to have') acts; nobody speaks
    (
        "passive-estimate",
        "Pyongyang is believed to have lost about 700 soldiers killed and 3,800 wounded in Russia, Seoul's spy "
        "agency said.",
        [
            ("casualties", 700, "killed", "reported", False, "South Korea NIS"),
            ("casualties", 3800, "wounded", "reported", False, "South Korea NIS"),
        ],
    ),
    # a claim by a country is that country's word, and the denier's figure is denied
    (
        "claim-by-denied",
        "Pyongyang dismissed a report by Seoul that it had shipped 4,500 more soldiers to Russia.",
        [("troops", 4500, "troops", "denied", True, "North Korean government")],
    ),
    # a second clause with its own subject and verb is no item of the first clause's list
    (
        "new-clause-in-list",
        "Iran has sold Russia about 8,000 drones, and North Korea has shipped 16,000 containers of munitions, an "
        "intelligence report says.",
        [("ammunition", 16000, "containers", "reported", False, None)],
    ),
    # 'bound for Russia' ends the item's words
    (
        "bound-for",
        "Commercial imagery shows at least 6,500 containers bound for Russia were loaded at North Korea's port of "
        "Rajin.",
        [("ammunition", 6500, "containers", "reported", False, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_figure_item_and_speaker(lexicon, text: str, expected: list[tuple[object, ...]]) -> None:
    claims = extract_claims(Article(id="t", url="https://example.test/t", text=text), lexicon)
    got = [
        (c.category.value, c.value, c.subtype, c.status.value, c.incremental, c.source)
        for c in claims
        if c.value is not None
    ]
    assert sorted(got, key=repr) == sorted(expected, key=repr)
