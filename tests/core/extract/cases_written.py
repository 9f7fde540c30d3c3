"""Extraction cases written by the team (no article text copied): one sentence or short paragraph each."""

from __future__ import annotations

from tests.core.extract.case_types import Case, Expect

CASES_WRITTEN: list[Case] = [
    # ------------------------------------------------------------------
    # Delivery rates, reinforcements, dismissals, relative clauses without 'that' (issue 13, round 6)
    # ------------------------------------------------------------------
    Case(
        "rate-yearly-delivery",
        "Pyongyang now ships roughly 2 million shells a year to Russia, according to Kyiv.",
        (Expect("ammunition", 2000000, "approx"),),
    ),
    Case(
        "rate-monthly-workers",
        "North Korea has been sending about 400 labourers a month to Russian factories.",
        (Expect("workers", 400, "approx"),),
    ),
    Case("rate-production-is-not-supply", "North Korea produces about 2 million shells a year for Russia.", ()),
    # the delivery verb after the rate (issue 13, round 8)
    Case(
        "rate-verb-after-the-rate",
        "Some 1.5 million North Korean shells a year are now being shipped to Russia, Kyiv says.",
        (Expect("ammunition", 1500000, "approx"),),
    ),
    Case(
        "rate-fired-after-the-rate",
        "Russia says 8,000 shells a day are fired at its troops near Kursk by North Korea.",
        (),
    ),
    # a plan said after an aside or after the list's later items, and plans in the past tense (issue 13, round 8)
    Case(
        "status-plan-after-an-aside",
        "All told some 9,500 North Korean soldiers, including two engineer brigades, are expected to be sent to Russia.",
        (Expect("troops", 9500, "approx", status="planned"),),
    ),
    Case(
        "status-plan-after-the-list",
        "Around 800 North Korean sappers and 4,000 military builders are due to be sent to Russia's Kursk region.",
        (Expect("troops", 800, "approx", status="planned"), Expect("troops", 4000, status="planned")),
    ),
    Case(
        "status-object-before-a-new-clause",
        "Pyongyang sent 9,000 soldiers to Russia, and 2,000 more are expected to follow.",
        (Expect("troops", 9000), Expect("troops", 2000, status="planned", incremental=True)),
    ),
    Case(
        "status-were-to-be-sent",
        "Roughly 4,500 North Korean labourers were to be sent to building sites in Russia this year.",
        (Expect("workers", 4500, "approx", status="planned"),),
    ),
    Case(
        "status-intended-to",
        "Seoul's spy agency said the North intended to send about 9,500 troops to Russia in all.",
        (Expect("troops", 9500, "approx", status="planned"),),
    ),
    Case(
        "status-prepared-to",
        "North Korea is prepared to send as many as 40,000 more soldiers to Russia, Kyiv believes.",
        (Expect("troops", 40000, "up_to", status="planned", incremental=True),),
    ),
    # a hedge after the item, and 'additionally' before the verb
    Case(
        "hedge-or-more-after-the-item",
        "Seoul thinks the North has shipped 4.2 million shells or more to Russia.",
        (Expect("ammunition", 4200000, "at_least"),),
    ),
    Case(
        "hedge-at-least-ending-the-clause",
        '"North Korea gave Russia 140 howitzers, at least," a Ukrainian officer said.',
        (Expect("artillery", 140, "at_least"),),
    ),
    Case(
        "hedge-or-so-after-the-item",
        "North Korea has put 3,000 labourers or so to work in Russia's Far East.",
        (Expect("workers", 3000, "approx"),),
    ),
    Case(
        "hedge-at-least-before-the-next-figure",
        "North Korea shipped Russia 120 guns, at least 40 of them Koksans.",
        (Expect("artillery", 120), Expect("artillery", 40, "at_least")),
    ),
    Case(
        "hedge-closer-to",
        "Kyiv now puts the number of North Korean shells sent to Russia closer to 9 million.",
        (Expect("ammunition", 9000000, "approx"),),
    ),
    Case(
        "incremental-additionally-before-the-verb",
        "Pyongyang will additionally send 2,500 sappers to Russia's Kursk region, Moscow says.",
        (Expect("troops", 2500, status="planned", incremental=True),),
    ),
    # the whole of a partitive keeps its own hedge: 'of the roughly 11,000 soldiers'
    Case(
        "partitive-whole-with-its-hedge",
        "Kyiv says about 3,500 of the roughly 12,500 North Korean soldiers sent to Russia have been killed or wounded.",
        (Expect("casualties", 3500, "approx"), Expect("troops", 12500, "approx")),
    ),
    # a North Korean weapon named in the plural says whose the figure is, whatever the sentences before say
    Case(
        "nk-weapon-plural-anchors",
        "North Korea keeps arming Russia.\nIts rocket launcher was built to shell Seoul.\nKyiv says about 60 Koksans "
        "have been delivered to Russia.",
        (Expect("artillery", 60, "approx"),),
    ),
    # 'the capture of the two soldiers', 'the deaths of the 30 men': what befell them
    Case(
        "capture-of-the-n",
        "Moscow would not comment on the capture of the three North Korean soldiers by Ukraine's forces.",
        (Expect("casualties", 3),),
    ),
    # the parts of a planned whole listed after a colon are planned too
    Case(
        "status-parts-after-a-colon",
        "Moscow said North Korea would send 7,000 personnel to Kursk: 2,000 sappers to clear mines and 5,000 "
        "builders to repair roads.",
        (
            Expect("troops", 7000, status="planned"),
            Expect("troops", 2000, status="planned"),
            Expect("troops", 5000, status="planned"),
        ),
    ),
    # soldiers who gave their lives, and fallen soldiers, are the killed
    Case(
        "killed-sacrificed-their-lives",
        "Kim said seven North Korean sappers sacrificed their lives clearing mines in Russia's Kursk region.",
        (Expect("casualties", 7),),
    ),
    # a range of word numbers with a shared scale: 'between four and five million' is no nine million
    Case(
        "range-of-word-numbers",
        "Kyiv says North Korea has sent Russia between three and four million shells.",
        (Expect("ammunition", 3000000, None, value_max=4000000),),
    ),
    # a year that opens a clause is a time, not a count
    Case(
        "year-opening-a-clause",
        "At the start of 2024 North Korean missiles fired by Russia often missed their targets, Kyiv says.",
        (),
    ),
    # a relative clause with a plural verb after a country is the item's ('missiles to Russia, which have been used')
    Case(
        "relative-clause-of-the-item",
        "Pyongyang has sent about 90 missiles to Russia, which have been fired at Ukrainian cities, and deployed some "
        "9,000 troops to the Kursk region.",
        (Expect("missiles", 90, "approx"), Expect("troops", 9000, "approx")),
    ),
    # what Russia supplies, shipped, after Russia acts in the clause before
    Case(
        "russian-fuel-shipped-passive",
        "The UN caps North Korea's fuel imports at 500,000 barrels a year. Russia ignored that cap: analysts "
        "estimated that about 900,000 barrels were shipped last year.",
        (Expect("other", 900000, "approx"),),
    ),
    # 'to N from M': the earlier figure of the same item
    Case(
        "earlier-figure-after-from",
        "Kyiv raised its estimate of North Korean casualties in Russia to 4,500 from 3,500.",
        (Expect("casualties", 4500), Expect("casualties", 3500)),
    ),
    # an age with a hedge is still an age
    Case(
        "age-with-a-hedge",
        "North Korea is sending troops to Russia, prioritising soldiers aged under 25, Seoul says.",
        (),
    ),
    # places listed after a figure's item do not turn the article to another country
    Case(
        "context-places-listed",
        "North Korea keeps arming Russia.\nIt has shipped about 100 missiles, which Russia fired at cities, among them "
        "Kyiv and Lviv.\nSome 150 artillery systems have also been sent.",
        (Expect("missiles", 100, "approx"), Expect("artillery", 150, "approx")),
    ),
    # propellant and gunpowder are munitions, counted by weight with no unit
    Case(
        "weight-of-gunpowder",
        "Pyongyang also shipped Russia around 3,500 tonnes of gunpowder last year, Ukraine's intelligence says.",
        (Expect("ammunition", 3500, "approx"),),
    ),
    Case(
        "incremental-reinforcements-of",
        "North Korea has sent Russia reinforcements of some 2,500 troops, Seoul said.",
        (Expect("troops", 2500, "approx", incremental=True),),
    ),
    Case(
        "denied-dismissed-reports",
        "Moscow dismissed reports that 40,000 North Korean workers had arrived in Russia.",
        (Expect("workers", 40000, status="denied"),),
    ),
    Case(
        "relative-clause-without-that",
        "The 9,000 soldiers North Korea sent to Russia last autumn are now in the Kursk region.",
        (Expect("troops", 9000),),
    ),
    Case(
        "status-plan-after-already",
        "Pyongyang has already sent 4,000 troops to Russia and will send 2,500 more, Seoul says.",
        (Expect("troops", 4000), Expect("troops", 2500, status="planned", incremental=True)),
    ),
    Case(
        "status-part-of-planned-whole",
        "North Korea will likely ship more artillery to Russia, including 80 self-propelled guns, Kyiv says.",
        (Expect("artillery", 80, status="planned"),),
    ),
    Case(
        "incremental-reinforced-with",
        "Pyongyang has reinforced its units in Kursk with about 2,000 soldiers, Kyiv says.",
        (Expect("troops", 2000, "approx", incremental=True),),
    ),
    Case(
        "incremental-as-reinforcements",
        "North Korea sent 1,200 soldiers to Russia as reinforcements in March, Seoul says.",
        (Expect("troops", 1200, incremental=True),),
    ),
    Case(
        "daily-update-is-no-rate",
        "Britain's defence ministry said in its daily update that North Korean units had suffered 900 casualties "
        "in Russia.",
        (Expect("casualties", 900),),
    ),
    Case(
        "noun-phrase-ends-at-time-word",
        "Pyongyang sent 2,700 soldiers to Russia earlier this year, Seoul says.",
        (Expect("troops", 2700),),
    ),
    Case(
        "noun-phrase-ends-at-next-number",
        "Pyongyang sent 2,700 soldiers two months ago, Seoul says, and they are now in Russia.",
        (Expect("troops", 2700),),
    ),
    Case(
        "noun-phrase-ends-at-present-verb",
        "North Korea's latest deployment of about 2,500 troops brings its force in Russia to 13,500.",
        (Expect("troops", 2500, "approx", incremental=True), Expect("troops", 13500)),
    ),
    Case(
        "incremental-second-group",
        "A second group of roughly 1,200 North Korean soldiers has reached Russia, Seoul says.",
        (Expect("troops", 1200, "approx", incremental=True),),
    ),
    Case(
        "bare-more-takes-item-before",
        "North Korea sent 7,000 troops to Russia in the autumn. Seoul said 2,000 more could follow.",
        (Expect("troops", 7000), Expect("troops", 2000, status="planned", incremental=True)),
    ),
    Case(
        "rounds-of-artillery-are-ammunition",
        "North Korea has supplied Russia with as many as 8 million rounds of artillery, the monitors said.",
        (Expect("ammunition", 8000000, "up_to"),),
    ),
    Case(
        "conveyances-are-no-count-of-their-load",
        "Some 40 freight trains loaded with ammunition have crossed from North Korea into Russia, Seoul said.",
        (),
    ),
    Case(
        "british-spelling-vehicles",
        "North Korea has handed Russia 30 armoured personnel carriers, Kyiv says.",
        (Expect("vehicles", 30),),
    ),
    Case(
        "another-after-a-different-item",
        "Pyongyang has sent Russia some 140 howitzers, Kyiv says. It has also shipped another 70 rocket launchers.",
        (Expect("artillery", 140, "approx"), Expect("rocket_launchers", 70)),
    ),
    Case(
        "another-after-the-same-item",
        "Pyongyang sent Russia 11,000 troops last year, Kyiv says. It has since sent another 3,000 soldiers.",
        (Expect("troops", 11000), Expect("troops", 3000, incremental=True)),
    ),
    Case(
        "another-part-of-a-whole",
        "Some 9,000 North Korean soldiers are in Russia; a few of them are already at the front and another 1,500 are "
        "heading there, Seoul says.",
        (Expect("troops", 9000, "approx"), Expect("troops", 1500)),
    ),
    Case(
        "weight-of-explosives",
        "Pyongyang has shipped some 30,000 tonnes of explosives to Russia since 2023, Seoul said.",
        (Expect("ammunition", 30000, "approx"),),
    ),
    Case(
        "range-hyphen-million",
        "North Korea has shipped 4-5 million shells to Russia, a Ukrainian official said.",
        (Expect("ammunition", 4000000, None, value_max=5000000),),
    ),
    # ------------------------------------------------------------------
    # Figure wordings (issue 13): a hyphenated modifier is not a verb, the dead counted as bodies, a count
    # whose noun is left out after a deployment verb
    # ------------------------------------------------------------------
    Case(
        "actor-hyphenated-armed",
        "Kyiv has accused nuclear-armed North Korea of sending more than 10,000 soldiers to Russia.",
        (Expect("troops", 10000, "more_than"),),
    ),
    Case(
        "casualties-bodies-of",
        "Drone footage from Russia's Kursk region shows the bodies of about 30 North Korean soldiers in a field.",
        (Expect("casualties", 30, "approx"),),
    ),
    Case(
        "status-no-evidence-of-payment",
        "There is no evidence that Pyongyang was paid for the 200 howitzers it supplied to Russia.",
        (Expect("artillery", 200),),
    ),
    Case(
        "status-expected-in",
        "Around 6,000 North Korean workers are expected in Russia's Kursk region this summer.",
        (Expect("workers", 6000, "approx", "planned"),),
    ),
    Case(
        "hedge-as-high-as",
        "Seoul says the number of shells North Korea has sent to Russia could be as high as 3 million.",
        (Expect("ammunition", 3000000, "up_to"),),
    ),
    Case(
        "status-aims-to",
        "The spy agency said North Korea aims to deploy a total of 10,000 troops to Russia by December.",
        (Expect("troops", 10000, "exact", "planned"),),
    ),
    Case(
        "status-part-shares-plan",
        "Moscow says Pyongyang agreed to send 6,000 more personnel for demining, including 1,000 sappers.",
        (Expect("troops", 6000, "exact", "planned", True), Expect("troops", 1000, "exact", "planned")),
    ),
    Case(
        "actor-compass-place",
        "North Korea has 10,000 soldiers in eastern Russia and another 2,000 troops were moving toward Kursk.",
        (Expect("troops", 10000), Expect("troops", 2000, "exact", "reported", True)),
    ),
    Case(
        "item-class-of-model",
        "Since November, Moscow has handed at least one Pantsir-class combat vehicle to Pyongyang.",
        (Expect("other", 1, "at_least"),),
    ),
    Case(
        "measure-takes-item-before",
        "Russia has kept sending refined petroleum to North Korea. It reported supplying 15,279 barrels in January.",
        (Expect("other", 15279),),
    ),
    Case(
        "distractor-sanctions-cap",
        "UN sanctions cap North Korea's oil imports at 500,000 barrels a year, yet Russia shipped it 1 million barrels.",
        (Expect("other", 1000000),),
    ),
    Case(
        # A transcript glues a bracketed cue to the sentence before: the quote must end at the full stop.
        "fmt-glued-bracket-cue",
        "North Korea has sent Russia 120 howitzers, Seoul said on Wednesday.[Sound bite] Officials gave no more.",
        (Expect("artillery", 120),),
    ),
    Case(
        # 'North Korean' describes the four missiles; the drones are Russia's own
        "actor-adjective-of-a-count",
        "Ukraine's air force said Russia had launched four North Korean KN-23 missiles and 57 drones overnight.",
        (Expect("missiles", 4),),
    ),
    Case(
        "elided-noun-deployed",
        "North Korea has deployed 11,000 to Russia's Kursk region, officials in Seoul said.",
        (Expect("troops", 11000),),
    ),
    # ------------------------------------------------------------------
    # Number formats
    # ------------------------------------------------------------------
    Case(
        "fmt-comma-thousands",
        "North Korea has deployed 11,000 soldiers to Russia's Kursk region, South Korea's National "
        "Intelligence Service said on Friday.",
        (Expect("troops", 11000),),
    ),
    Case(
        # Copy-pasted pages glue sentences ('howitzers.The'): the item noun before the glue still counts.
        "fmt-glued-sentences",
        "Seoul's defence ministry said Pyongyang has sent Moscow 120 howitzers.The shipments went on in May, "
        "officials said.",
        (Expect("artillery", 120),),
    ),
    Case(
        "fmt-space-thousands",
        "Ukraine's military intelligence now puts the number of North Korean servicemen in Russia at 10 900.",
        (Expect("troops", 10900),),
    ),
    Case(
        "fmt-decimal-million",
        "North Korea has shipped 1.5 million artillery shells to Russia since August, a South Korean "
        "lawmaker said after a briefing by the spy agency.",
        (Expect("ammunition", 1500000),),
    ),
    Case(
        "fmt-words-five-thousand",
        "Pyongyang has flown five thousand soldiers to Vladivostok over the past month, a Ukrainian "
        "intelligence official said, as North Korea deepens its role in Russia's war.",
        (Expect("troops", 5000),),
    ),
    Case(
        "fmt-words-two-captured",
        "Ukrainian special forces captured two North Korean soldiers in Russia's Kursk region, President "
        "Volodymyr Zelensky said on Saturday.",
        (Expect("casualties", 2),),
    ),
    Case(
        "fmt-at-least-a-dozen",
        "At least a dozen North Korean officers have been killed by Ukrainian drone strikes since their "
        "units arrived in Russia's Kursk region, Kyiv's military intelligence said.",
        (Expect("casualties", 12, "at_least"),),
    ),
    Case(
        "fmt-hyphen-thousand",
        "South Korea's spy agency says North Korea has now sent 15-thousand soldiers to Russia in two waves.",
        (Expect("troops", 15000),),
    ),
    Case(
        "fmt-hyphen-hundred",
        "Seoul's intelligence service says North Korean casualties in the Kursk fighting have reached "
        "32-hundred, a figure that counts both the dead and the wounded, as Pyongyang keeps up its support "
        "for Russia.",
        (Expect("casualties", 3200),),
    ),
    Case(
        "fmt-compound-words",
        "Seoul's spy agency believes 400 North Korean soldiers have died fighting for Russia, while "
        "two-thousand-300 have been wounded.",
        (Expect("casualties", 400), Expect("casualties", 2300)),
    ),
    Case(
        "fmt-k-suffix-headline-repeated",
        "N. Korea sends 6K more troops to Russia, Seoul says\n"
        "North Korea has dispatched another 6,000 soldiers to Russia, according to South Korean officials.",
        (Expect("troops", 6000, incremental=True),),
    ),
    Case(
        "fmt-plus-suffix",
        "Kyiv says 10,000-plus North Korean troops are now fighting for Russia in the Kursk region.",
        (Expect("troops", 10000, "more_than"),),
    ),
    Case(
        "fmt-range-to",
        "North Korea has sent 10,000 to 12,000 soldiers to Russia, according to an assessment by "
        "Ukraine's defence intelligence.",
        (Expect("troops", 10000, None, value_max=12000),),
    ),
    Case(
        "fmt-range-between-reported",
        "Ukraine's National Resistance Center says North Korea has between 10,000 and 12,000 troops "
        "inside Russia, most of them near the border.",
        (Expect("troops", 10000, None, value_max=12000),),
    ),
    Case(
        "fmt-range-between-planned",
        "Between 25,000 and 30,000 North Korean troops could be sent to Russia in the coming months, a "
        "Ukrainian intelligence source told reporters.",
        (Expect("troops", 25000, None, "planned", value_max=30000),),
    ),
    Case(
        "fmt-range-hyphen",
        "North Korea has shipped 8,000-9,000 containers of munitions to Russia, South Korean officials say.",
        (Expect("ammunition", 8000, None, value_max=9000),),
    ),
    Case(
        "fmt-half-a-million",
        "North Korea delivered half a million artillery shells to Russia in the first weeks after Kim Jong Un "
        "met Vladimir Putin, South Korean officials believe.",
        (Expect("ammunition", 500000),),
    ),
    Case(
        "fmt-hyphen-words-thousand",
        "Satellite imagery shows more than two-thousand containers of munitions have moved by rail from "
        "North Korea into Russia, a Washington think tank says.",
        (Expect("ammunition", 2000, "more_than"),),
    ),
    Case(
        "fmt-words-three-million",
        "North Korea may have sent Russia as many as three million rounds of artillery ammunition, a South "
        "Korean defence official said.",
        (Expect("ammunition", 3000000, "up_to"),),
    ),
    # ------------------------------------------------------------------
    # Hedges / qualifiers
    # ------------------------------------------------------------------
    Case(
        "hedge-about",
        "About 3,000 North Korean troops have been moved to Russia so far, South Korea's spy agency told "
        "lawmakers on Wednesday.",
        (Expect("troops", 3000, "approx"),),
    ),
    Case(
        "hedge-around-two-figures",
        "Around 400 North Korean soldiers have been killed fighting for Russia and around 3,100 wounded, "
        "Seoul's intelligence service said.",
        (Expect("casualties", 400, "approx"), Expect("casualties", 3100, "approx")),
    ),
    Case(
        "hedge-some-with-calibre",
        "North Korea has handed Russia some 250 of its 240mm multiple rocket launchers, South Korea's military said.",
        (Expect("rocket_launchers", 250, "approx"),),
    ),
    Case(
        "hedge-roughly",
        "South Korea's military now puts North Korean losses in Russia at roughly 5,000 dead and wounded.",
        (Expect("casualties", 5000, "approx"),),
    ),
    Case(
        "hedge-approximately",
        "Pyongyang has sent Russia approximately 9,000 containers of ammunition, Seoul's defence ministry said.",
        (Expect("ammunition", 9000, "approx"),),
    ),
    Case(
        "hedge-nearly",
        "Nearly 1,000 North Korean soldiers have been killed in Russia's Kursk region, a South Korean "
        "lawmaker said, citing intelligence officials.",
        (Expect("casualties", 1000, "approx"),),
    ),
    Case(
        "hedge-almost",
        "Russia has fired almost 100 North Korean-made KN-23 ballistic missiles at Ukrainian cities since "
        "December, Kyiv says.",
        (Expect("missiles", 100, "approx"),),
    ),
    Case(
        "hedge-an-estimated",
        "An estimated 14,000 North Korean troops have rotated through Russia since the autumn of 2024, "
        "according to Ukrainian intelligence.",
        (Expect("troops", 14000, "approx"),),
    ),
    Case(
        "hedge-at-least",
        "At least 50 North Korean soldiers were killed in a single Ukrainian strike on their positions in "
        "Russia's Kursk region, Ukraine's special operations forces said.",
        (Expect("casualties", 50, "at_least"),),
    ),
    Case(
        "hedge-no-fewer-than",
        "No fewer than 8,000 North Korean troops are already in Russia, Ukraine's defence minister told "
        "reporters in Kyiv.",
        (Expect("troops", 8000, "at_least"),),
    ),
    Case(
        "hedge-more-than",
        "North Korea has supplied Russia with more than 180 long-range artillery pieces, South Korea's "
        "national security adviser said.",
        (Expect("artillery", 180, "more_than"),),
    ),
    Case(
        "hedge-over",
        "Over 16,000 containers of munitions have been sent from North Korea to Russia, according to a "
        "South Korean lawmaker citing military intelligence.",
        (Expect("ammunition", 16000, "more_than"),),
    ),
    Case(
        "hedge-exceeding",
        "North Korea's deployment to Russia, exceeding 12,000 troops, is the largest overseas mission in "
        "its history, analysts say.",
        (Expect("troops", 12000, "more_than"),),
    ),
    Case(
        "hedge-upwards-of",
        "Upwards of 10,000 North Korean labourers have arrived in Russia this year, many of them on student "
        "visas, South Korean intelligence says.",
        (Expect("workers", 10000, "more_than"),),
    ),
    Case(
        "hedge-up-to",
        "North Korea has sent up to 100 ballistic missiles to Russia, a senior Ukrainian official said.",
        (Expect("missiles", 100, "up_to"),),
    ),
    Case(
        "hedge-as-many-as",
        "As many as 3,000 North Korean troops were killed or wounded in their first months of fighting for "
        "Russia, a US official said.",
        (Expect("casualties", 3000, "up_to"),),
    ),
    Case(
        "hedge-fewer-than",
        "Pyongyang has so far delivered fewer than 50 Koksan self-propelled guns to Russia, a South Korean "
        "official said.",
        (Expect("artillery", 50, "fewer_than"),),
    ),
    Case(
        "hedge-less-than",
        "Ukraine has captured less than 10 North Korean soldiers since Pyongyang's troops joined Russia's "
        "war, a Ukrainian official acknowledged.",
        (Expect("casualties", 10, "fewer_than"),),
    ),
    # ------------------------------------------------------------------
    # Status: planned / reported / denied
    # ------------------------------------------------------------------
    Case(
        "status-expected-to-send",
        "Pyongyang is expected to ship roughly 200 more KN-23 and KN-24 ballistic missiles to Russia next "
        "year, Ukraine's military intelligence chief said.",
        (Expect("missiles", 200, "approx", "planned", True),),
    ),
    Case(
        "status-will-deploy-deminers-builders",
        "North Korea will deploy 1,000 deminers and 5,000 military builders to Russia's Kursk region, "
        "Russian Security Council secretary Sergei Shoigu said after talks in Pyongyang.",
        (Expect("troops", 1000, status="planned"), Expect("troops", 5000, status="planned")),
    ),
    Case(
        "status-plans-to-workers",
        "Moscow plans to bring in 15,000 North Korean workers to rebuild housing in the Kursk region, a "
        "Russian regional official said.",
        (Expect("workers", 15000, status="planned"),),
    ),
    Case(
        "status-could-supply",
        "North Korea could supply Russia with 30 more Koksan self-propelled guns before the end of the year, "
        "according to a South Korean military assessment.",
        (Expect("artillery", 30, status="planned", incremental=True),),
    ),
    Case(
        "status-preparing-to",
        "North Korea is preparing to dispatch 2,000 special forces troops to Russia, Seoul's spy agency said "
        "on Monday.",
        (Expect("troops", 2000, status="planned"),),
    ),
    Case(
        "status-agreed-to",
        "Pyongyang has agreed to send 5,000 workers to Russian construction sites under a new labour deal, "
        "Russian media reported.",
        (Expect("workers", 5000, status="planned"),),
    ),
    Case(
        "status-likely-additional",
        "North Korea is likely to send about 10,000 additional troops to Russia by the spring, a South Korean "
        "lawmaker said.",
        (Expect("troops", 10000, "approx", "planned", True),),
    ),
    Case(
        "status-set-to-receive",
        "Russia is set to receive another 100 240mm multiple rocket launchers from North Korea, Ukraine's "
        "intelligence chief Kyrylo Budanov said.",
        (Expect("rocket_launchers", 100, status="planned", incremental=True),),
    ),
    Case(
        "status-reported-and-planned",
        "North Korea has sent 3,000 troops to Russia and will send 7,000 more by December, Ukrainian "
        "President Volodymyr Zelensky said.",
        (Expect("troops", 3000), Expect("troops", 7000, status="planned", incremental=True)),
    ),
    Case(
        "status-could-have-sent",
        "North Korea could have sent as many as 5 million shells to Russia by now, a South Korean military "
        "official estimated.",
        (Expect("ammunition", 5000000, "up_to"),),
    ),
    Case(
        "status-may-have-delivered",
        "Russia may have delivered around 10 MiG-29 fighter jets to North Korea in return for its troops, a "
        "US commander told Congress.",
        (Expect("vehicles", 10, "approx"),),
    ),
    Case(
        "status-denied-troops",
        'North Korea\'s deputy foreign minister rejected as "groundless rumours" reports that Pyongyang had '
        "sent 10,000 soldiers to fight for Russia.",
        (Expect("troops", 10000, status="denied"),),
    ),
    Case(
        "status-denied-missiles",
        'Kremlin spokesman Dmitry Peskov dismissed as "another fake" claims that North Korea had delivered '
        "500 ballistic missiles to Russia.",
        (Expect("missiles", 500, status="denied"),),
    ),
    Case(
        "status-denied-no-number",
        "Pyongyang denied it had shipped any artillery shells to Russia, calling the allegation a smear "
        "campaign by Washington.",
        (),
    ),
    # ------------------------------------------------------------------
    # Incremental
    # ------------------------------------------------------------------
    Case(
        "incr-additional",
        "North Korea sent an additional 2,000 soldiers to Russia last month, South Korea's Joint Chiefs of Staff said.",
        (Expect("troops", 2000, incremental=True),),
    ),
    Case(
        "incr-another-planned",
        "Seoul believes Pyongyang plans to deploy another 4,000 soldiers to Russia before the summer.",
        (Expect("troops", 4000, status="planned", incremental=True),),
    ),
    Case(
        "incr-another-second-item",
        "Budanov said North Korea had transferred 120 Koksan self-propelled guns to Russia, and another 120 "
        "of its M1991 multiple rocket launchers.",
        (Expect("artillery", 120), Expect("rocket_launchers", 120)),
    ),
    Case(
        "incr-more",
        "North Korea has sent 3,000 more troops to Russia this year, South Korea's military said on Thursday.",
        (Expect("troops", 3000, incremental=True),),
    ),
    Case(
        "incr-extra",
        "Pyongyang sent an extra 1,000 combat engineers to Kursk to clear mines, the NIS said, as North "
        "Korea expands its support for Russia.",
        (Expect("troops", 1000, incremental=True),),
    ),
    Case(
        "incr-reinforcements",
        "A fresh wave of 5,000 North Korean reinforcements has arrived in Russia, Ukraine's military "
        "intelligence said.",
        (Expect("troops", 5000, incremental=True),),
    ),
    Case(
        "incr-casualties-another-not-incremental",
        "Ukraine's military said 500 North Korean soldiers had been killed in Russia's Kursk region and "
        "another 2,500 wounded.",
        (Expect("casualties", 500), Expect("casualties", 2500)),
    ),
    Case(
        "incr-total-not-incremental",
        "The latest deployment brings the total number of North Korean troops sent to Russia to 14,000, "
        "according to Seoul.",
        (Expect("troops", 14000),),
    ),
    Case(
        "incr-more-shells-up-to-planned",
        "North Korea could supply Russia with up to 1 million more shells by year-end, a South Korean official warned.",
        (Expect("ammunition", 1000000, "up_to", "planned", True),),
    ),
    Case(
        "incr-additional-launchers",
        "North Korea has delivered about 50 additional 240mm rocket launchers to Russia since March, South "
        "Korea's Joint Chiefs of Staff said.",
        (Expect("rocket_launchers", 50, "approx", incremental=True),),
    ),
    # ------------------------------------------------------------------
    # Categories
    # ------------------------------------------------------------------
    Case(
        "cat-troops-servicemen-quote",
        '"North Korea has provided around 11,000 servicemen to Russia," the South Korean defence ministry '
        "spokesperson told reporters.",
        (Expect("troops", 11000, "approx"),),
    ),
    Case(
        "cat-troops-combat-engineers",
        "About 1,000 North Korean combat engineers are already working in Russia, according to South "
        "Korean intelligence.",
        (Expect("troops", 1000, "approx"),),
    ),
    Case(
        "cat-troops-sappers",
        "Some 1,000 North Korean sappers have arrived in Kursk to clear mines left by Ukrainian forces, "
        "Russian state media reported, in a rare acknowledgement of Pyongyang's help to Russia.",
        (Expect("troops", 1000, "approx"),),
    ),
    Case(
        "cat-casualties-have-died",
        "Of the North Korean soldiers sent to help Russia, 800 have died, according to a South Korean lawmaker.",
        (Expect("casualties", 800),),
    ),
    Case(
        "cat-casualties-suffered",
        "North Korea's contingent in Russia has suffered 3,800 casualties since December, according to "
        "Ukraine's General Staff.",
        (Expect("casualties", 3800),),
    ),
    Case(
        "cat-casualties-prisoners",
        "Ukraine is holding four North Korean prisoners of war captured while fighting for Russia, "
        "Ukrainian officials said.",
        (Expect("casualties", 4),),
    ),
    Case(
        "cat-casualties-killed-or-wounded",
        "Ukrainian forces killed or wounded 40 North Korean soldiers in fighting near the Russian town of "
        "Sudzha over the weekend, Kyiv said.",
        (Expect("casualties", 40),),
    ),
    Case(
        "cat-artillery-koksan",
        "North Korea has sent some 200 170mm Koksan self-propelled guns to Russia, according to Ukrainian "
        "intelligence.",
        (Expect("artillery", 200, "approx"),),
    ),
    Case(
        "cat-artillery-howitzers",
        "South Korea says North Korea has provided Russia with 100 self-propelled howitzers since the summer.",
        (Expect("artillery", 100),),
    ),
    Case(
        "cat-rocket-launchers-m1991",
        "North Korea has provided 150 M1991 multiple rocket launchers to Russia, the South Korean military "
        "said in a report to parliament.",
        (Expect("rocket_launchers", 150),),
    ),
    Case(
        "cat-missiles-kn23",
        "North Korea has shipped at least 100 KN-23 short-range ballistic missiles to Russia, a UN sanctions "
        "monitor found.",
        (Expect("missiles", 100, "at_least"),),
    ),
    Case(
        "cat-missiles-fired-at-ukraine",
        "Russia has launched some 60 North Korean ballistic missiles at Ukraine since late December, "
        "Ukraine's prosecutor general said.",
        (Expect("missiles", 60, "approx"),),
    ),
    Case(
        "cat-ammunition-rounds",
        "North Korea has delivered 2.5 million rounds of artillery ammunition to Russia, Ukraine's defence "
        "intelligence said.",
        (Expect("ammunition", 2500000),),
    ),
    Case(
        "cat-ammunition-containers-could-hold",
        "North Korea has sent Russia about 7,000 containers, which could hold some 3.5 million artillery "
        "shells, South Korea's defence ministry said.",
        (Expect("ammunition", 7000, "approx"), Expect("ammunition", 3500000, "approx")),
    ),
    Case(
        "cat-drones-ru-to-nk",
        "Russia has delivered some 40 Geran-2 attack drones to North Korea, South Korean intelligence officials said.",
        (Expect("drones", 40, "approx"),),
    ),
    Case(
        "cat-drones-planned",
        "Russia plans to supply North Korea with 100 reconnaissance drones as part of their military pact, "
        "a Ukrainian intelligence official claimed.",
        (Expect("drones", 100, status="planned"),),
    ),
    Case(
        "cat-vehicles-jets-dozen",
        "Russia has handed North Korea about a dozen Su-27 fighter jets in exchange for its troops, Western "
        "officials said.",
        (Expect("vehicles", 12, "approx"),),
    ),
    Case(
        "cat-vehicles-tanks",
        "North Korea has shipped about 50 of its Chonma-216 tanks to Russia, satellite imagery suggests.",
        (Expect("vehicles", 50, "approx"),),
    ),
    Case(
        "cat-workers-entered",
        "About 15,000 North Korean workers entered Russia last year despite UN sanctions, Seoul's "
        "unification ministry said.",
        (Expect("workers", 15000, "approx"),),
    ),
    Case(
        "cat-workers-drone-plant",
        "Some 1,000 North Korean workers have been sent to the Alabuga plant in Tatarstan to assemble attack "
        "drones for Russia, according to Japanese media.",
        (Expect("workers", 1000, "approx"),),
    ),
    Case(
        "cat-other-fuel",
        "Russia supplied North Korea with more than 1 million barrels of oil between March and November, an "
        "international sanctions monitoring team said.",
        (Expect("other", 1000000, "more_than"),),
    ),
    Case(
        "cat-other-pantsir",
        "Russia has delivered two Pantsir air defence systems to Pyongyang, South Korea's intelligence "
        "agency believes, as payment for North Korean troops.",
        (Expect("other", 2),),
    ),
    # ------------------------------------------------------------------
    # Elliptical numbers and multi-claim sentences
    # ------------------------------------------------------------------
    Case(
        "ellip-now-totaling",
        "Another 1,500 North Korean soldiers have arrived in Russia, South Korea's NIS said, with the "
        "contingent now totaling around 3,000.",
        (Expect("troops", 1500, incremental=True), Expect("troops", 3000, "approx")),
    ),
    Case(
        "ellip-more-deployed-since",
        "Pyongyang had some 12,000 soldiers in Russia by December, with 2,500 more deployed since then, "
        "according to the report.",
        (Expect("troops", 12000, "approx"), Expect("troops", 2500, incremental=True)),
    ),
    Case(
        "ellip-in-addition-to-already",
        "North Korea will ship 200 ballistic missiles to Russia this year, in addition to the 120 already "
        "handed over, Ukraine's intelligence chief said.",
        (Expect("missiles", 200, status="planned", incremental=True), Expect("missiles", 120)),
    ),
    Case(
        "ellip-of-the-total",
        "Some 3,000 of the 12,000 North Korean troops dispatched to Russia have been killed or wounded, "
        "Western officials say.",
        (Expect("casualties", 3000, "approx"), Expect("troops", 12000)),
    ),
    Case(
        "ellip-of-whom",
        "North Korean casualties in Russia have reached 3,000, of whom 300 were killed, Seoul's spy agency said.",
        (Expect("casualties", 3000), Expect("casualties", 300)),
    ),
    Case(
        "ellip-of-each",
        "North Korea has handed Russia Koksan self-propelled guns and M1991 rocket launchers, 120 of each, "
        "Budanov said.",
        (Expect("artillery", 120), Expect("rocket_launchers", 120)),
    ),
    Case(
        "ellip-up-from",
        "North Korea now has about 14,000 troops in Russia, up from 11,000 in January, the NIS said.",
        (Expect("troops", 14000, "approx"), Expect("troops", 11000)),
    ),
    Case(
        "ellip-of-the-repeated-figure",
        "North Korea sent 11,000 troops to Russia last year. Of the 11,000, around 1,000 have been killed, Kyiv says.",
        (Expect("troops", 11000), Expect("casualties", 1000, "approx")),
    ),
    Case(
        "ellip-colon-breakdown",
        "Seoul puts North Korean casualties in Russia at 3,600: 500 dead and 3,100 wounded.",
        (Expect("casualties", 3600), Expect("casualties", 500), Expect("casualties", 3100)),
    ),
    Case(
        "ellip-of-them-inventory",
        "North Korea, which fields an estimated 5,500 multiple rocket launchers, has sent about 250 of them "
        "to Russia, analysts say.",
        (Expect("rocket_launchers", 250, "approx"),),
    ),
    Case(
        "ellip-troops-killed-wounded-list",
        "The NIS says North Korea has deployed 11,000 troops to Russia, of whom 100 have been killed and "
        "1,000 wounded.",
        (Expect("troops", 11000), Expect("casualties", 100), Expect("casualties", 1000)),
    ),
    # ------------------------------------------------------------------
    # Mixed styles: claims next to distractors, quotes, headlines, datelines
    # ------------------------------------------------------------------
    Case(
        "mixed-headline-dateline-repeat",
        "N. Korea sent 250 long-range artillery pieces to Russia: Seoul\n"
        "SEOUL, Feb. 18 -- North Korea has supplied Russia with 250 long-range artillery pieces, South "
        "Korea's defence ministry said Tuesday.",
        (Expect("artillery", 250),),
    ),
    Case(
        "mixed-quote-two-items",
        '"They have given Moscow roughly 11,000 troops and no fewer than 150 artillery systems," the '
        "official said of North Korea's support for Russia.",
        (Expect("troops", 11000, "approx"), Expect("artillery", 150, "at_least")),
    ),
    Case(
        "mixed-model-and-spec",
        "Russia has received 50 M1989 Koksan guns from North Korea, each able to fire a 170mm shell about 40 km.",
        (Expect("artillery", 50),),
    ),
    Case(
        "mixed-year-date-and-counts",
        "In 2024 North Korea sent 11,000 troops to Russia; on February 11 Seoul said about 300 of them had "
        "been killed.",
        (Expect("troops", 11000), Expect("casualties", 300, "approx")),
    ),
    Case(
        "mixed-iran-and-north-korea",
        "Iran has sent Russia some 2,000 Shahed drones, while North Korea has supplied about 100 KN-23 "
        "missiles, Western officials say.",
        (Expect("missiles", 100, "approx"),),
    ),
    Case(
        "mixed-russia-losses-and-nk-troops",
        "Russia has lost more than 600,000 soldiers since February 2022, Kyiv says, which is why it has "
        "turned to North Korea, which has sent 11,000 troops.",
        (Expect("troops", 11000),),
    ),
    Case(
        "mixed-share-and-containers",
        "North Korea has shipped 9,000 containers of munitions to Russia, accounting for roughly half of the "
        "shells Moscow uses at the front.",
        (Expect("ammunition", 9000),),
    ),
    Case(
        "mixed-headline-no-stop",
        "Pyongyang to send 6,000 more troops to Russia, Seoul says\n"
        "North Korea is preparing to send another 6,000 soldiers to Russia, South Korea's spy agency said.",
        (Expect("troops", 6000, status="planned", incremental=True),),
    ),
    # ------------------------------------------------------------------
    # Distractors: no quantified claim
    # ------------------------------------------------------------------
    Case(
        "dist-calibre-170mm",
        "North Korea has sent 170mm self-propelled guns to Russia, Ukraine's military intelligence says.",
        (),
    ),
    Case(
        "dist-calibre-240-mm",
        "The 240 mm rocket launchers North Korea supplied to Russia have been spotted firing near Kursk.",
        (),
    ),
    Case(
        "dist-calibre-6-inch",
        "North Korea's shipments to Russia consist mainly of 6-inch and 4.8-inch artillery shells, analysts said.",
        (),
    ),
    Case(
        "dist-model-kn23-debris",
        "Ukrainian investigators found parts of a North Korean KN-23 in the debris after a Russian strike on Kharkiv.",
        (),
    ),
    Case(
        "dist-model-m1989-range",
        "The M1989 Koksan, which North Korea has sent to Russia, can hit targets 60 km away.",
        (),
    ),
    Case(
        "dist-model-mig29",
        "Russia could hand North Korea MiG-29 and Su-27 fighter jets in return for its help, a US admiral said.",
        (),
    ),
    Case(
        "dist-model-hwasong-19",
        "Analysts suspect Russian assistance behind North Korea's new Hwasong-19 solid-fuel ICBM, tested "
        "weeks after its troops reached Russia.",
        (),
    ),
    Case(
        "dist-year",
        "In 2024, North Korea began sending troops to Russia, a first for Pyongyang since the Korean War.",
        (),
    ),
    Case(
        "dist-date-february-11",
        "On February 11, Seoul's defence ministry briefed lawmakers on North Korea's arms transfers to Russia.",
        (),
    ),
    Case(
        "dist-dates-december-14-15",
        "North Korean soldiers took part in assaults on Ukrainian positions in Russia's Kursk region on "
        "December 14 and 15, Kyiv said.",
        (),
    ),
    Case(
        "dist-ordinal-11th-corps",
        "The North Korean troops sent to Russia belong to the elite 11th Corps, also known as the Storm Corps.",
        (),
    ),
    Case(
        "dist-treaty-article",
        "Pyongyang cites Article 4 of its mutual defence treaty with Moscow to justify sending soldiers to Russia.",
        (),
    ),
    Case(
        "dist-money-hourly-wage-shifts",
        "North Korean workers at Russia's Alabuga drone plant earn about $2.50 per hour and work 12-hour "
        "shifts, according to a leaked document.",
        (),
    ),
    Case(
        "dist-money-billions",
        "North Korea has earned billions of dollars' worth of food, oil and cash from its arms sales to "
        "Russia, Seoul estimates.",
        (),
    ),
    Case(
        "dist-percentage",
        "North Korean shells now make up about 60 percent of the ammunition Russia fires in Ukraine, "
        "Ukrainian officials said.",
        (),
    ),
    Case(
        "dist-percentage-sign",
        "Around 20% of the North Korean missiles fired by Russia now land within 50 metres of their targets, "
        "Kyiv says.",
        (),
    ),
    Case(
        "dist-time-span-days",
        "North Korean soldiers spent 63 days in training camps in Russia's Far East before moving to Kursk.",
        (),
    ),
    Case(
        "dist-share-half",
        "North Korea is believed to supply about half of the munitions Russia uses in Ukraine.",
        (),
    ),
    Case(
        "dist-relative-doubled",
        "North Korea has doubled its shipments of artillery shells to Russia since the summer, Seoul said.",
        (),
    ),
    Case(
        "dist-russia-own-losses",
        "As North Korean troops joined the fighting, Ukraine's General Staff said Russia had lost 600,000 "
        "troops since the start of the invasion.",
        (),
    ),
    Case(
        "dist-russia-own-troops",
        "Russia has massed about 50,000 of its own troops in the Kursk region, where they fight alongside "
        "North Korean units.",
        (),
    ),
    Case(
        "dist-ukraine-brigade",
        "Soldiers from Ukraine's 47th brigade said they had clashed with North Korean units fighting for "
        "Russia near Sudzha.",
        (),
    ),
    Case(
        "dist-ukraine-losses",
        "Ukraine said it lost 12 soldiers in a clash with North Korean troops in Russia's Kursk region.",
        (),
    ),
    Case(
        "dist-russia-strike-no-nk-link",
        "Russia launched 43 missiles and 180 drones at Ukrainian cities overnight, Kyiv's air force said; it "
        "did not say whether any were North Korean-made.",
        (),
    ),
    Case(
        "dist-iran-drones",
        "Iran sent 2,000 Shahed drones to Russia before Moscow began producing them itself, while North Korea "
        "focused on shells.",
        (),
    ),
    Case(
        "dist-nk-inventory-jets",
        "North Korea possesses 18 MiG-29s and about 35 Su-25 ground-attack jets, which Russia could help modernise.",
        (),
    ),
    Case(
        "dist-russia-consumption-rate",
        "Russia fires about 10,000 shells a day in Ukraine, and North Korean supplies help sustain that rate.",
        (),
    ),
    Case(
        "dist-nk-production-rate",
        "North Korea's munitions factories produce about 2 million shells a year, South Korea estimates, as "
        "Pyongyang keeps arming Russia.",
        (),
    ),
    Case(
        "dist-spec-range-km",
        "The KN-23 missiles North Korea supplied to Russia have a range of about 690 kilometres.",
        (),
    ),
    Case(
        "dist-ages",
        "Most North Korean soldiers sent to Russia are aged between 18 and 24, according to Ukrainian interrogators.",
        (),
    ),
    Case(
        "dist-vague-quantities",
        "Thousands of North Korean troops are fighting for Russia, hundreds have been killed and dozens "
        "captured, while millions of shells have crossed the border.",
        (),
    ),
    Case(
        "dist-null-technology",
        "Russia is helping North Korea with satellite and submarine technology in exchange for troops and "
        "munitions, Seoul believes.",
        (),
    ),
    Case(
        "dist-read-also-teaser",
        "North Korea keeps arming Russia for its war in Ukraine, officials say.\n"
        "Read also: Seoul says 3,000 more North Korean troops have arrived in Russia",
        (),
    ),
    Case(
        "dist-most-read-teasers",
        "MOST READ\n"
        "North Korea sends 100 more KN-23 missiles to Russia\n"
        "Russia hands Pyongyang 2 Pantsir systems\n"
        "Kim Jong Un inspects drone factory",
        (),
    ),
    Case(
        "dist-missile-test-no-russia",
        "North Korea fired two short-range ballistic missiles into the East Sea on Thursday, South Korea's "
        "Joint Chiefs of Staff said, its first launch in 63 days.",
        (),
    ),
    Case(
        "dist-non-english-german",
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach Russland "
        "geschickt; etwa 300 von ihnen sollen gefallen sein.",
        (),
    ),
    Case(
        "dist-non-english-korean",
        "국가정보원은 북한이 러시아에 약 1만 1천 명의 병력을 파병했으며 이 중 약 300명이 사망한 것으로 추정된다고 밝혔다.",
        (),
    ),
    Case(
        "dist-non-english-spanish",
        "Corea del Norte ha enviado a Rusia más de 200 piezas de artillería de largo alcance, según el "
        "Ministerio de Defensa surcoreano.",
        (),
    ),
]
