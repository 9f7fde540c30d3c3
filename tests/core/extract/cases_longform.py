"""Blind long-form cases written by the team (no article text copied)."""

from __future__ import annotations

from tests.core.extract.case_types import ArticleCase, Expect

CASES_LONGFORM: list[ArticleCase] = [
    # ------------------------------------------------------------------
    # Think-tank report summary: numbered findings, footnote markers,
    # per-container load assumption (a specification), page numbers,
    # North Korea's own artillery holdings.
    ArticleCase(
        id="lf-thinktank-findings",
        published="2025-03-12",
        text=(
            "Research | Eurasia Security Programme\n"
            "Report summary: 'Shells for Satellites? Assessing the Pyongyang-Moscow Supply Chain' (48 pages)\n"
            "The report, the institute's fourth on the subject since 2023, draws on 212 commercial satellite images, shipping records and interviews with officials in Seoul, Kyiv and Washington.[1]\n"
            "Main findings\n"
            "1. North Korea has shipped an estimated 15,000 containers of munitions to Russia since August 2023, most of them through the port of Rajin.[2]\n"
            "2. The authors judge that these containers could have held between 4 million and 6 million artillery and rocket rounds, although they stress that load factors are uncertain.[3]\n"
            "3. By the institute's count, Russian forces had fired at least 70 North Korean ballistic missiles at Ukrainian targets by the end of January, with roughly one in four landing more than 500 metres from its apparent aim point.[4]\n"
            "4. Personnel: the report accepts the South Korean estimate that about 11,000 North Korean soldiers deployed to the Kursk region in late 2024 and that roughly 3,000 more followed early this year.[5]\n"
            "5. In return, Russia appears to have supplied refined petroleum in breach of UN Security Council Resolution 2397, as well as help with space and missile programmes; the report does not attempt to put a number on the latter.[6]\n"
            "The authors note that North Korea's own stockpile dwarfs what it has sent so far: they put the Korean People's Army's artillery holdings at more than 20,000 tubes.[7]\n"
            "The 48-page study was funded in part by a European foreign ministry and is free to download.\n"
            "Footnotes\n"
            "[1] Imagery dated 1 August 2023 to 31 January 2025.\n"
            "[2] Container counts follow the method set out on pages 11-14.\n"
            "[3] Assumes 300 to 400 rounds per container, depending on calibre (122mm or 152mm).\n"
            "[4] Based on debris recovered in Kharkiv, Kyiv and Zaporizhzhia oblasts.\n"
        ),
        expected=(
            Expect("ammunition", 15000, "approx"),
            Expect("ammunition", 4000000, None, value_max=6000000),
            Expect("missiles", 70, "at_least"),
            Expect("troops", 11000, "approx"),
            Expect("troops", 3000, "approx", incremental=True),
        ),
    ),
    # ------------------------------------------------------------------
    # Policy brief with a "Key figures:" bullet list on the reverse flow
    # (Russia to North Korea): fuel, Pantsir, drone production lines.
    ArticleCase(
        id="lf-keyfigures-brief",
        published="2025-06-03",
        text=(
            "POLICY BRIEF No. 27 | June 2025\n"
            "Two-way street: what Moscow gives Pyongyang\n"
            "Much attention has focused on the flow of North Korean shells and soldiers westward. This brief tracks the reverse flow, which is smaller in volume but potentially more consequential for the Korean peninsula.\n"
            "Key figures:\n"
            "\u2022 Fuel: more than 1.2 million barrels of refined petroleum delivered between March and November 2024, according to the monitoring group's tally\n"
            "\u2022 Air defence: at least two Pantsir short-range systems spotted near Pyongyang\n"
            "\u2022 Aircraft: no confirmed deliveries of MiG-29 or Su-27 fighters yet; one US commander has said transfers may be under discussion\n"
            "\u2022 Drones: Russian engineers helped set up two production lines for Geran-type attack drones, according to Ukrainian intelligence\n"
            "\u2022 Money: recorded trade between the two countries is still small, at roughly $50 million a year, though unrecorded payments for munitions are believed to be far larger\n"
            "\u2022 Sanctions: North Korea is subject to 11 UN Security Council sanctions resolutions; Russia vetoed renewal of the expert panel in March 2024\n"
            "What to watch\n"
            "The brief argues that the most dangerous transfers are the least countable: help with satellite launches, submarine propulsion and missile re-entry vehicles. None of these can be measured in barrels or containers, and the authors caution against treating the absence of a number as the absence of a transfer.\n"
            "It also notes that North Korea's population of about 26 million and its chronic energy shortage make even modest fuel deliveries significant.\n"
            "Brief No. 27 runs to 9 pages; its annex cites 61 sources.\n"
        ),
        expected=(
            Expect("other", 1200000, "more_than"),
            Expect("other", 2, "at_least"),
            Expect("drones", 2, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Parliamentary Q&A transcript; figures given by "the Minister";
    # UK money, UK training numbers, vessels designated, question numbers.
    ArticleCase(
        id="lf-parliament-qa",
        published="2025-02-04",
        text=(
            "House of Commons - Defence questions (transcript extract)\n"
            "Mr Speaker: Question 7, Ms Harriet Vale.\n"
            "Harriet Vale (Northfield East): What assessment has the Secretary of State made of the number of North Korean troops now fighting alongside Russian forces, and of their losses?\n"
            "The Minister for the Armed Forces: I thank the honourable Member. Our assessment is that approximately 11,000 North Korean military personnel were sent to Russia in the autumn, and that the majority have been committed to the Kursk area.\n"
            "On losses, we judge that more than 1,000 of them have been killed and a further several thousand wounded. I would caution the House that these figures carry a wide margin of error.\n"
            "Harriet Vale: The Minister will know that Kyiv puts the casualty figure considerably higher. Is he aware of reports that Pyongyang intends to send reinforcements, and does he have a figure?\n"
            "The Minister: We are aware of those reports. We do not at this stage have a figure that I would be comfortable sharing with the House.\n"
            "Mr Speaker: Question 8, Mr Tobias Grant.\n"
            "Tobias Grant (Leddingham and Vale): Can the Minister say how many artillery pieces North Korea has supplied, and whether our own support to Ukraine, which stands at \u00a33 billion this year, is keeping pace?\n"
            "The Minister: Our latest estimate is that North Korea has provided around 200 long-range artillery systems, including self-propelled guns and multiple rocket launchers, together with very large quantities of shells. On the second point, the \u00a33 billion commitment is being delivered in full, and we have trained more than 50,000 Ukrainian recruits since 2022.\n"
            "Mr Speaker: Order. Topical questions. Question T2, Dame Rosalind Okafor.\n"
            "Dame Rosalind Okafor (Colbeck): Has the Minister seen the report that 14 countries have now sanctioned the ships carrying these munitions?\n"
            "The Minister: I have, and this country was among the first. We have designated 23 vessels to date.\n"
            "(Hansard, column 612)\n"
        ),
        expected=(
            Expect("troops", 11000, "approx"),
            Expect("casualties", 1000, "more_than"),
            Expect("artillery", 200, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Live blog with timestamps (newest first); revised US estimate
    # (3,000 a week ago -> 8,000 now); Russian drones, civilian casualties.
    ArticleCase(
        id="lf-liveblog-day",
        published="2024-11-05",
        text=(
            "LIVE: Russia-Ukraine war - day 986\n"
            "Updated 18:40 GMT\n"
            "18:40 \u2014 That's all from us today. Thank you for following our coverage.\n"
            "17:12 \u2014 Ukraine's air force says Russia launched 96 drones and four missiles overnight; 62 of the drones were shot down.\n"
            "16:05 \u2014 Ukraine's defence minister, speaking to a South Korean broadcaster, says about 11,000 North Korean troops are now in Russia's Kursk region and that the first small clashes with Ukrainian units have already taken place.\n"
            "15:30 \u2014 The minister adds that Kyiv's forces 'inflicted losses' on the North Korean contingent but gives no number.\n"
            "14:05 \u2014 South Korea's intelligence service tells lawmakers that Pyongyang may also be preparing to send 'additional forces'.\n"
            "13:20 \u2014 Officials in Zaporizhzhia say a Russian strike on the city killed 3 civilians and injured 14.\n"
            "12:48 \u2014 A Pentagon spokesperson says the United States now believes some 8,000 North Korean soldiers have moved to Kursk, up from an estimated 3,000 a week ago.\n"
            "11:15 \u2014 Kremlin spokesman Dmitry Peskov declines to comment on 'the presence or absence' of North Korean servicemen, calling the matter one of bilateral cooperation.\n"
            "10:02 \u2014 Russia's defence ministry claims its forces have taken a village in Donetsk region. Ukraine says fighting continues.\n"
            "09:30 \u2014 Good morning and welcome to our live coverage. Today is day 986 of Russia's full-scale invasion.\n"
        ),
        expected=(
            Expect("troops", 11000, "approx"),
            Expect("troops", 8000, "approx"),
            Expect("troops", 3000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Explainer with question subheads and a "What we don't know" section;
    # range, casualties by type, two captured, ages, missile ranges,
    # North Korea's own army size.
    ArticleCase(
        id="lf-explainer-whatweknow",
        published="2025-01-20",
        text=(
            "Explainer: North Korean soldiers in Russia's war - what we know and what we don't\n"
            "Three months after the first reports, much about Pyongyang's deployment remains murky. Here is a guide to the key questions.\n"
            "How many have been sent?\n"
            "South Korea, the US and Ukraine broadly agree that between 10,000 and 12,000 North Korean soldiers went to Russia in October and November, drawn largely from the Storm Corps, a special-forces formation also known as the 11th Corps.\n"
            "How many have been killed or wounded?\n"
            "President Zelensky said this month that North Korean losses had reached 3,800 killed and wounded. South Korea's spy agency has given lower numbers: it told lawmakers that roughly 300 had died and about 2,700 had been injured.\n"
            "Have any been captured?\n"
            "Yes. Ukraine says it took two soldiers prisoner in the Kursk region on 9 January; one is 20 years old, the other 26.\n"
            "What else is North Korea sending?\n"
            "Shells, above all. Estimates of the total vary widely, and none can be independently checked. Pyongyang is also believed to have supplied short-range ballistic missiles of the KN-23 and KN-24 types, which can fly about 700 km and 400 km respectively.\n"
            "What does Pyongyang get in return?\n"
            "Cash, food, oil and, many analysts fear, military technology. The terms of the bargain, sealed in a treaty signed on 19 June 2024, have never been published.\n"
            "What we don't know\n"
            "Whether a second deployment is planned, how long the troops will stay, and how many will return home. North Korea's army numbers about 1.2 million active soldiers, so even a much larger dispatch would barely dent its strength.\n"
        ),
        expected=(
            Expect("troops", 10000, None, value_max=12000),
            Expect("casualties", 3800, "exact"),
            Expect("casualties", 300, "approx"),
            Expect("casualties", 2700, "approx"),
            Expect("casualties", 2, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Opinion piece citing figures; shares, money, GDP percentage,
    # sanctions package ordinal, war years.
    ArticleCase(
        id="lf-opinion-ledger",
        published="2025-04-15",
        text=(
            "Opinion | The West keeps underestimating Pyongyang's war dividend\n"
            "By a former deputy national security adviser\n"
            "When the first reports surfaced of North Korean soldiers arriving in Russia's Far East, many in Washington treated it as a sideshow. Six months on, that looks like a costly misjudgement.\n"
            "Consider the arithmetic. By the estimate of South Korea's defence ministry, Pyongyang has shipped Moscow more than 9 million rounds of artillery ammunition since 2023 - in some months, perhaps half of what Russian guns fired.\n"
            "It has sent roughly 15,000 troops, of whom some 4,700 have been killed or wounded. It has supplied missiles that Russia has launched at Kyiv and Kharkiv, killing civilians in their apartments.\n"
            "What has Kim Jong Un received? Not just money - though the $20 billion figure floated by some analysts would be roughly 80 percent of his country's annual output. He has received combat experience that no other army in Asia can match and, it seems increasingly likely, technical help on the very missiles aimed at Seoul and Tokyo.\n"
            "The West's response has been a patchwork. The European Union is on its 16th sanctions package; Washington has added a few dozen entities to its lists. None of it has slowed the ships sailing from Rajin.\n"
            "There are things we could do. We could publish, regularly and in detail, what our intelligence services know - the number of containers, the number of missiles fired, the number of troops rotated. Sunlight is not a strategy, but it is a start.\n"
            "We could make clear to Beijing, which buys more than 90 percent of North Korea's exports, that its tolerance of this trade has a price.\n"
            "And we could stop pretending that what happens in Kursk stays in Kursk. The 1950-53 war taught us that a conflict on the Korean peninsula draws in the world. The lessons Pyongyang is learning today will not stay in Europe.\n"
            "The writer served on the National Security Council from 2019 to 2023.\n"
        ),
        expected=(
            Expect("ammunition", 9000000, "more_than"),
            Expect("troops", 15000, "approx"),
            Expect("casualties", 4700, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Fact-check: a viral figure (50,000) explicitly rejected by the NIS
    # and the Pentagon (denied), the consensus figure, earlier estimates;
    # same number reused for Russia's own troops; share/view counts.
    ArticleCase(
        id="lf-factcheck-50000",
        published="2024-12-09",
        text=(
            "FACT CHECK\n"
            "Claim: 'North Korea has sent 50,000 soldiers to fight for Putin.'\n"
            "Verdict: FALSE\n"
            "A video shared more than 400,000 times on TikTok and X this week shows a man in a pub saying that 'fifty thousand North Korean soldiers' are now fighting in Ukraine. The clip has been viewed 2.3 million times.\n"
            "There is no evidence for that figure. South Korea's National Intelligence Service told us it had 'never assessed a number anywhere near 50,000', and a Pentagon spokesperson said the claim was 'not true'.\n"
            "What do the intelligence agencies actually say? The most widely cited estimate, shared by Seoul, Washington and Kyiv, is that about 11,000 North Korean troops were sent to Russia in October and November.\n"
            "Earlier estimates were lower. On 18 October the NIS said 1,500 special forces had been moved to Vladivostok; a week later the US put the number at 3,000.\n"
            "Where might 50,000 come from? One possibility is confusion with a separate figure: Russia is estimated to have massed some 50,000 of its own troops to retake the Kursk region, a number first given by US officials in November.\n"
            "Another is speculation that Pyongyang could eventually send far more. Ukraine's military intelligence has said further deployments are possible but has not given a number.\n"
            "Our ruling\n"
            "The claim that 50,000 North Korean soldiers are fighting in Ukraine is false. The best available estimates put the number sent to Russia at around 11,000, most of them deployed in Russia's Kursk region rather than in Ukraine itself.\n"
            "This article was updated at 14:20 on 9 December to add the Pentagon's comment.\n"
        ),
        expected=(
            Expect("troops", 50000, "exact", status="denied"),
            Expect("troops", 11000, "approx"),
            Expect("troops", 1500, "exact"),
            Expect("troops", 3000, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Fact-check of a misleading quote: the big number is North Korea's
    # own army; the arsenal graphic (tanks, MRLs) is holdings, not deliveries.
    ArticleCase(
        id="lf-factcheck-conflation",
        published="2025-02-18",
        text=(
            "Fact check: Did a minister say 'a million North Koreans' are ready to fight in Ukraine?\n"
            "A quote attributed to a European defence minister has been circulating on social media since Sunday: 'Kim has more than a million men under arms, and Putin knows it.'\n"
            "The minister did say something similar, in a radio interview last Thursday. But the full transcript shows the figure referred to the size of North Korea's armed forces, not to the number sent to Russia.\n"
            "North Korea's active-duty military is estimated at roughly 1.2 million personnel, one of the largest in the world, with around 600,000 more in reserve units, according to a widely used annual survey of the world's armed forces.\n"
            "In the same interview, the minister was asked how many North Korean soldiers were in Russia. She replied that her government's estimate was 'a little over 11,000', adding that reports of a further rotation were 'credible but unconfirmed'.\n"
            "She also said that North Korean units had lost 'at least 4,000' men killed and wounded, a figure broadly in line with estimates from Kyiv.\n"
            "Social media posts dropped that context. Several added a photo of a military parade in Pyongyang from 2020, which has nothing to do with the deployment.\n"
            "Other posts paired the quote with a graphic of North Korea's arsenal - about 4,300 tanks and some 5,500 multiple rocket launchers, according to the same survey. Those are the country's own holdings, not deliveries to Russia.\n"
            "Verdict\n"
            "Misleading. The minister was referring to North Korea's total armed forces of around 1.2 million. Her estimate of the number deployed to Russia was just over 11,000.\n"
        ),
        expected=(
            Expect("troops", 11000, "more_than"),
            Expect("casualties", 4000, "at_least"),
        ),
    ),
    # ------------------------------------------------------------------
    # Interview (Q:/A:) with an intelligence officer: reinforcements,
    # losses, missiles, guns and launchers, a planned range; accuracy
    # ranges in metres and calibres are distractors.
    ArticleCase(
        id="lf-interview-hur",
        published="2025-03-03",
        text=(
            "'They learn fast': a Ukrainian intelligence officer on North Korea's soldiers\n"
            "Colonel Andriy H., who asked that his surname not be published, works on the Korean file at Ukraine's military intelligence directorate. This interview has been edited for length.\n"
            "Q: How many North Korean soldiers are in Russia now?\n"
            "A: Our number today is about 12,000 in the combat zone. That includes some who arrived in January as reinforcements - roughly 1,500 of them by our count.\n"
            "Q: And their losses?\n"
            "A: Since December, more than 4,000 killed, wounded or missing. Of those, we believe about 1,300 were killed.\n"
            "Q: Have you taken prisoners?\n"
            "A: Yes, a small number. I can't discuss details.\n"
            "Q: What about weapons? There has been talk of new missile deliveries.\n"
            "A: Last year we counted about 100 ballistic missiles of the KN-23 family delivered. This year we expect more, but I won't give a figure.\n"
            "Q: Is their accuracy improving?\n"
            "A: Yes. Early on, many missed by a kilometre or more. Now they often land within 50 to 100 metres. That tells you Russia is helping with guidance.\n"
            "Q: And artillery?\n"
            "A: Koksan guns, the 170-millimetre ones - we think around 120 so far - and about 150 of the 240-millimetre launchers.\n"
            "Q: Do you expect more troops?\n"
            "A: We see preparations for another rotation, perhaps 5,000 to 6,000 men, in the spring. But with Pyongyang nothing is certain until they are on the train.\n"
        ),
        expected=(
            Expect("troops", 12000, "approx"),
            Expect("troops", 1500, "approx", incremental=True),
            Expect("casualties", 4000, "more_than"),
            Expect("casualties", 1300, "approx"),
            Expect("missiles", 100, "approx"),
            Expect("artillery", 120, "approx"),
            Expect("rocket_launchers", 150, "approx"),
            Expect("troops", 5000, None, status="planned", incremental=True, value_max=6000),
        ),
    ),
    # ------------------------------------------------------------------
    # Newsletter digest: only the North Korea-Russia items count; Iran,
    # China, Belarus and North Korea's own navy are distractors.
    ArticleCase(
        id="lf-newsletter-digest",
        published="2025-05-02",
        text=(
            "The Morning Brief - Friday\n"
            "Good morning. Here's what you need to know today.\n"
            "1. Iran's drones, Russia's factories\n"
            "A new report says Russia now produces more than 2,500 Geran attack drones a month at its Alabuga plant, based on a design Iran supplied in 2022. Tehran is believed to have shipped several thousand Shahed drones before production moved to Russia.\n"
            "2. Pyongyang's soldiers, by the numbers\n"
            "South Korea's spy agency told lawmakers on Wednesday that around 14,000 North Korean troops have served in Russia since last autumn, and that some 4,200 of them have been killed or wounded, including roughly 550 deaths. The agency said it could not confirm reports of a third deployment.\n"
            "3. China's exports beat forecasts\n"
            "Chinese exports rose 8.1 percent in April from a year earlier, as shipments to Southeast Asia offset a fall in sales to the United States.\n"
            "4. Belarus to host Russian missiles\n"
            "Minsk said it would deploy Russia's Oreshnik intermediate-range missiles by the end of the year, with 'up to 10 launchers' eventually stationed on its territory.\n"
            "5. Kim's new destroyer\n"
            "North Korea launched a 5,000-tonne destroyer at Nampo, its second such vessel this year. Analysts say Russian help with its radar is possible but unproven.\n"
            "6. Workers heading west\n"
            "Pyongyang has sent at least 10,000 workers to Russia so far this year, many on student visas, South Korean officials say, and the number is expected to reach 15,000 by December.\n"
            "That's it for today. Forward this email to a friend, or reply with your feedback. We read every message.\n"
            "Unsubscribe | Manage preferences | \u00a9 2025\n"
        ),
        expected=(
            Expect("troops", 14000, "approx"),
            Expect("casualties", 4200, "approx"),
            Expect("casualties", 550, "approx"),
            Expect("workers", 10000, "at_least"),
            Expect("workers", 15000, "exact", status="planned"),
        ),
    ),
    # ------------------------------------------------------------------
    # Long feature on casualties: estimates climbing over time, a share,
    # a home-strength range for the unit, Russia's own losses, sorties.
    ArticleCase(
        id="lf-feature-casualties",
        published="2025-02-26",
        text=(
            "SEOUL/KYIV, Feb 26 - In the snow-covered fields south of Sudzha, the bodies were often left where they fell.\n"
            "Ukrainian soldiers who fought North Korean units this winter describe lines of infantry advancing across open ground, often without armour or drones overhead, and losses that stunned even veterans of Bakhmut.\n"
            "How heavy those losses have been is one of the most contested questions of the war. Estimates have climbed steadily.\n"
            "In mid-December, Ukraine's military intelligence said at least 200 North Koreans had been killed or wounded in the first days of fighting. By early January, President Volodymyr Zelensky put North Korean losses at 3,800 killed and wounded. South Korea's spy agency, usually more cautious, said in late January that about 1,000 had been killed.\n"
            "The latest assessment, shared with lawmakers in Seoul this week, puts total North Korean casualties at roughly 4,000 - a figure that, if accurate, would mean more than a third of the original force was out of action within three months.\n"
            "The unit at the centre of these accounts is the so-called Storm Corps. Defectors describe it as an elite formation with a strength of perhaps 40,000 to 50,000 at home, of which only a fraction was sent abroad.\n"
            "A 27-year-old Ukrainian drone operator, who gave only his call sign, Lis, said his team flew up to 40 sorties a day during the January fighting.\n"
            "Russia has never publicly confirmed the presence of North Korean combat troops, and Pyongyang had not acknowledged the deployment as of this week. North Korean state media has carried no reports of deaths.\n"
            "Among the hardest figures to pin down is the number taken prisoner. Kyiv has shown two captured soldiers to journalists; Ukrainian officials say others died of their wounds before they could be evacuated.\n"
            "Military analysts say the casualty rate reflects tactics as much as inexperience. 'They were used like a battering ram,' said one European officer. 'Russia spent Korean lives to save Russian ones.'\n"
            "Russia's own losses remain far larger. Britain's defence ministry estimates that Russian forces suffered more than 1,500 killed and wounded per day on average in December, a record.\n"
            "Pyongyang, for its part, appears undeterred. South Korean officials say it is preparing to send more soldiers, though they would not give a number.\n"
        ),
        expected=(
            Expect("casualties", 200, "at_least"),
            Expect("casualties", 3800, "exact"),
            Expect("casualties", 1000, "approx"),
            Expect("casualties", 4000, "approx"),
            Expect("casualties", 2, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Tracker page with tables rendered as text (pipes, "~", "+", "n/a"),
    # both directions; shares and group size in the notes.
    ArticleCase(
        id="lf-table-tracker",
        published="2025-04-01",
        text=(
            "Tracker: North Korean military support to Russia (updated 1 April 2025)\n"
            "This page collects the most-cited official estimates. Figures are cumulative unless stated; 'n/a' means no public estimate.\n"
            "Item | Estimate | Source | As of\n"
            "Troops deployed | 11,000 | South Korea NIS | Dec 2024\n"
            "Additional troops | ~3,000 | South Korea JCS | Mar 2025\n"
            "Killed | ~600 | South Korea NIS | Mar 2025\n"
            "Wounded | n/a | - | -\n"
            "Containers of munitions | 20,000+ | South Korea MND | Feb 2025\n"
            "170mm self-propelled guns | 120 | Ukraine HUR | Jan 2025\n"
            "240mm rocket launchers | 180 | South Korea JCS | Mar 2025\n"
            "Ballistic missiles (KN-23/24) | 100+ | Ukraine HUR | Jan 2025\n"
            "Workers in Russia | 15,000 | South Korea NIS | 2025\n"
            "Reverse flow (Russia to North Korea)\n"
            "Item | Estimate | Source | As of\n"
            "Refined petroleum (barrels) | 1,000,000+ | MSMT | Nov 2024\n"
            "Pantsir air-defence systems | 1 | MSMT | Dec 2024\n"
            "Fighter aircraft | n/a | - | -\n"
            "Notes: JCS = Joint Chiefs of Staff; MND = Ministry of National Defense; MSMT = Multilateral Sanctions Monitoring Team, an 11-nation group. Shares of Russian shell consumption (put at 50-60% in some months) are not shown.\n"
        ),
        expected=(
            Expect("troops", 11000, "exact"),
            Expect("troops", 3000, "approx", incremental=True),
            Expect("casualties", 600, "approx"),
            Expect("ammunition", 20000, "more_than"),
            Expect("artillery", 120, "exact"),
            Expect("rocket_launchers", 180, "exact"),
            Expect("missiles", 100, "more_than"),
            Expect("workers", 15000, "exact"),
            Expect("other", 1000000, "more_than"),
            Expect("other", 1, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Time series of revised troop estimates ("from 3,000 in October to
    # 11,000 in December"), a speculative upper bound, Russia's own army.
    ArticleCase(
        id="lf-timeseries-estimates",
        published="2025-01-08",
        text=(
            "How the estimate grew: tracking counts of North Korean troops in Russia\n"
            "Intelligence estimates of the North Korean contingent have been revised repeatedly since the first reports emerged in October. Here is how the number has moved.\n"
            "The first public figure came from Seoul's National Intelligence Service, which said in mid-October that about 1,500 special-forces troops had been shipped to Russia's Far East. By the end of the month it had raised its estimate to 3,000.\n"
            "The Pentagon, which at first said it could not confirm the deployment, put the figure at about 10,000 on 28 October, with most expected to move towards Ukraine 'over the coming weeks'.\n"
            "South Korean estimates kept rising - from 3,000 in October to 11,000 in December, the number the NIS gave lawmakers on 13 December.\n"
            "Ukraine's figures have tended to run higher. Kyiv's military intelligence said in November that North Korea could eventually commit as many as 100,000 soldiers, a claim Western officials regarded as speculative.\n"
            "Why the discrepancies? Part of the answer is definitional. Some counts include only combat troops; others add construction units, interpreters and security officers attached to the contingent.\n"
            "Part is timing: troops moved in several waves, and it took weeks for each to be confirmed by satellite imagery and intercepted communications.\n"
            "And part is politics. Governments have an interest in either playing up or playing down the threat, analysts say.\n"
            "The next test will be whether Pyongyang sends more. South Korea's military said on 6 January that it was watching for signs of an 'additional dispatch', without giving a figure.\n"
            "For comparison, Russia's armed forces number about 1.3 million active personnel, and Moscow has said it wants to expand that to 1.5 million.\n"
        ),
        expected=(
            Expect("troops", 1500, "approx"),
            Expect("troops", 3000, "exact"),
            Expect("troops", 10000, "approx"),
            Expect("troops", 11000, "exact"),
            Expect("troops", 100000, "up_to", status="planned"),
        ),
    ),
    # ------------------------------------------------------------------
    # Feature on Russia-to-North Korea transfers: fuel, Pantsir, MiG-29s;
    # UN cap relative, production target, money, S-400, and one
    # North Korea-to-Russia shell figure.
    ArticleCase(
        id="lf-reverse-flow",
        published="2025-06-10",
        text=(
            "What Russia is giving North Korea in return\n"
            "For most of the war, the traffic between Moscow and Pyongyang has been measured in one direction: shells, missiles and, since last autumn, soldiers heading west. Evidence is now mounting of a substantial flow the other way.\n"
            "Oil first. A monitoring group set up by 11 countries after Russia vetoed the renewal of a UN expert panel reported last month that Russia had shipped North Korea more than one million barrels of refined petroleum products in eight months, roughly double the annual limit set by the UN Security Council.\n"
            "Then air defence. The group said Russia had handed over at least one Pantsir system. South Korean officials say more may follow.\n"
            "Then aircraft. A US admiral said in December that Moscow might supply MiG-29 and Su-27 fighters. Ukrainian intelligence has since claimed that at least 10 MiG-29s were delivered by rail in the spring, though no imagery has been published.\n"
            "Russia has also reportedly helped North Korea build up a drone industry. Ukrainian officials say the two countries aim to produce some 5,000 attack drones a year in North Korea by 2026.\n"
            "There is also cash. South Korean lawmakers briefed by intelligence officials have said Pyongyang may have earned as much as $20 billion from the arrangement, though others put the figure far lower.\n"
            "And there is know-how that cannot easily be counted: help with satellite launches, missile guidance and, some officials fear, submarine propulsion. North Korea put a reconnaissance satellite into orbit in November 2023, two months after Kim Jong Un visited the Vostochny cosmodrome.\n"
            "Not everything Pyongyang wants has arrived. Officials in Seoul say it has asked for S-400 long-range air-defence batteries and for help building a nuclear-powered submarine, requests Moscow has not publicly answered.\n"
            "Russia's foreign ministry has rejected all such reports, saying its cooperation with Pyongyang 'complies fully with international law'.\n"
            "Analysts caution that the reverse flow is still dwarfed by what North Korea has sent. South Korea estimates that Pyongyang has shipped more than 12 million shells, enough to meet a large share of Russia's needs.\n"
        ),
        expected=(
            Expect("other", 1000000, "more_than"),
            Expect("other", 1, "at_least"),
            Expect("vehicles", 10, "at_least"),
            Expect("ammunition", 12000000, "more_than"),
        ),
    ),
    # ------------------------------------------------------------------
    # Feature on workers: reported, planned and already-there figures;
    # wages, shifts, percentages, Russia's own labour shortage.
    ArticleCase(
        id="lf-workers-feature",
        published="2025-07-14",
        text=(
            "North Korean labourers return to Russia's building sites - and its drone plants\n"
            "VLADIVOSTOK - On a construction site on the edge of the city, the men in blue overalls keep to themselves. They work 12-hour shifts, six days a week, and are bused back to a dormitory at night.\n"
            "They are part of a growing North Korean workforce in Russia that officials in Seoul say has swelled despite a 2017 UN ban on hiring North Korean labourers.\n"
            "South Korea's intelligence service estimates that about 13,000 North Korean workers arrived in Russia last year on student or trainee visas, many of them to work in construction. Russian migration data show that entries by North Koreans rose roughly twelvefold.\n"
            "Some of the new arrivals are bound for more sensitive work. Ukraine's military intelligence said last month that Pyongyang had agreed to send around 8,000 workers to the Alabuga special economic zone in Tatarstan, where Russia assembles Geran attack drones.\n"
            "About 1,000 of them were already there, the agency said, working alongside Russian students and migrants from Central Asia.\n"
            "Pay is modest by Russian standards - about 60,000 roubles a month, or roughly $700 - and most of it is believed to go to the North Korean state.\n"
            "A former North Korean labourer in Russia, now living in Seoul, said workers typically kept less than 10 percent of their wages.\n"
            "Russia's labour shortage is acute. The country needs an estimated 2 million additional workers by 2030, according to its own economy ministry, and the war has pulled hundreds of thousands of men into the army.\n"
            "North Korea has long sent workers abroad to earn foreign currency. Before the UN ban, tens of thousands were employed in Russia at any one time.\n"
            "The Kremlin says it does not comment on labour arrangements with 'friendly states'. North Korea's embassy in Moscow did not respond to a request for comment.\n"
            "Back on the building site, a Russian foreman shrugged when asked about his North Korean crew. 'They don't drink, they don't complain, and they finish on time,' he said.\n"
        ),
        expected=(
            Expect("workers", 13000, "approx"),
            Expect("workers", 8000, "approx", status="planned"),
            Expect("workers", 1000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Debris-lab feature on missiles: fired count, first batch plus
    # "100 more"; components, civilian casualties, prices, range, Russia's
    # own salvo.
    ArticleCase(
        id="lf-missiles-debris",
        published="2025-01-30",
        text=(
            "Inside the lab where Ukraine takes apart North Korea's missiles\n"
            "KYIV - The fragments arrive in plastic crates: a twisted fin, a length of wiring harness, a circuit board scorched black. Each one is logged, photographed and, where possible, traced to its maker.\n"
            "Since the first North Korean ballistic missile struck Ukraine in late December 2023, investigators here have examined debris from many launches. Their conclusion is that the missiles, which North Korea calls Hwasong-11, rely heavily on foreign-made components.\n"
            "According to Ukraine's prosecutor general, Russia had fired at least 60 North Korean-made missiles at Ukraine by the end of last year. About half missed their targets by a wide margin, officials say, though accuracy has improved.\n"
            "One board examined by the lab carried a chip manufactured in 2023, evidence that components still reach Pyongyang despite sanctions. Of the 290 foreign parts identified so far, investigators say, 75 percent were made by US companies.\n"
            "The human cost is visible across the country. A North Korean missile that hit a residential block in Kyiv in January 2024 killed 4 people and injured 40; another, in Kharkiv, killed 2 children.\n"
            "Ukrainian officials say Russia received its first batch of about 50 missiles in late 2023 and at least 100 more during 2024.\n"
            "Pyongyang denies supplying any weapons to Russia. Moscow calls the accusations 'groundless'.\n"
            "The missiles are relatively cheap - perhaps $1 million to $3 million each, experts estimate, compared with about $4 million for a Russian Iskander - and have a range of up to 700 kilometres.\n"
            "For the engineers in the lab, each new launch is another chance to learn. 'Every missile that falls here tells us something,' said one, who asked not to be named.\n"
            "Russia launched 43 missiles of all types at Ukraine last week, the air force said, along with more than 1,200 drones.\n"
        ),
        expected=(
            Expect("missiles", 60, "at_least"),
            Expect("missiles", 50, "approx"),
            Expect("missiles", 100, "at_least", incremental=True),
        ),
    ),
    # ------------------------------------------------------------------
    # Containers and shells with an earlier estimate; shares, Russian and
    # Ukrainian production, dud rate, ships, briefing ordinal.
    ArticleCase(
        id="lf-ammo-containers",
        published="2024-11-28",
        text=(
            "Seoul: North Korea's shells now a pillar of Russia's war effort\n"
            "South Korea's defence ministry estimated on Thursday that North Korea had shipped roughly 16,000 containers of munitions to Russia since the summer of 2022, up from about 13,000 in August.\n"
            "Officials said the containers could hold more than 8 million artillery shells of 152mm and 122mm calibre, along with rockets for multiple launchers.\n"
            "North Korea now supplies about 60 percent of the shells Russia fires in Ukraine, according to a Ukrainian estimate cited by the ministry.\n"
            "Russia's own factories produce about 3 million shells a year, Western officials say, while Ukraine receives roughly 1.5 million a year from its partners.\n"
            "The ministry said North Korean munitions factories were running 'at full capacity' to meet Russian demand, and that output of some shell types had risen by a third.\n"
            "Quality remains a problem. A Ukrainian commander in the Donetsk region said up to 20 percent of North Korean shells failed to detonate.\n"
            "The ministry also confirmed that North Korea had sent 'a number of' self-propelled howitzers and multiple rocket launchers, without giving figures.\n"
            "Separately, Japan's defence ministry said it had tracked two Russian cargo ships making repeated runs between the North Korean port of Rajin and the Russian port of Vostochny in October.\n"
            "North Korea's own ammunition stockpile before the war was estimated at tens of millions of rounds, meaning it can keep supplying Russia for some time, analysts say.\n"
            "The ministry's briefing, its third on the subject this year, was delivered to the National Assembly's defence committee.\n"
        ),
        expected=(
            Expect("ammunition", 16000, "approx"),
            Expect("ammunition", 13000, "approx"),
            Expect("ammunition", 8000000, "more_than"),
        ),
    ),
    # ------------------------------------------------------------------
    # Artillery feature: Koksans, "another 90 ... launchers" (a second item,
    # not an addition), a broader artillery total; calibre, range, weight,
    # rate of fire, North Korea's own inventory.
    ArticleCase(
        id="lf-artillery-koksan",
        published="2025-02-12",
        text=(
            "North Korea's big guns reach the front\n"
            "For decades the Koksan, a 170mm self-propelled gun mounted on a tank chassis, was the weapon South Korea feared most: dug into hillside shelters along the border, it could shell Seoul's northern suburbs from more than 40 kilometres away.\n"
            "Now it is firing on Ukrainian positions. Ukraine's military intelligence says North Korea has delivered about 150 Koksan guns to Russia since the autumn. It has also sent another 90 launchers of its 240mm M1991 type, the agency says.\n"
            "The first Koksans were spotted on Russian railway flatcars in November, in footage verified by open-source analysts.\n"
            "North Korea is believed to keep about 500 Koksans in its own inventory, and some 5,500 multiple rocket launchers of all kinds, so the deliveries represent only a modest share of its arsenal.\n"
            "Russian forces have used the guns in the Kursk region, where North Korean crews initially operated them before training Russian gunners, Ukrainian officials say.\n"
            "The gun fires a 170mm shell weighing around 60 kg to ranges of up to 60 km with rocket-assisted ammunition, though its rate of fire is slow: perhaps one or two rounds every five minutes.\n"
            "Seoul's defence ministry, which uses a broader category, says North Korea has provided Russia with around 250 long-range artillery pieces in total, including both guns and rocket launchers.\n"
            "More are expected. Ukraine's intelligence chief said last month that additional Koksans and launchers would arrive in 2025, without giving numbers.\n"
            "In South Korea, the deliveries have prompted a mixture of alarm and relief: alarm that the guns will come back better tested, relief that fewer of them now face Seoul.\n"
        ),
        expected=(
            Expect("artillery", 150, "approx"),
            Expect("rocket_launchers", 90, "exact"),
            Expect("artillery", 250, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # NO CLAIM: treaty explainer (article numbers, years, hours).
    ArticleCase(
        id="lf-noclaim-treaty",
        published="2024-06-21",
        text=(
            "Explainer: What's in the Putin-Kim treaty?\n"
            "Vladimir Putin's visit to Pyongyang this week, his first in 24 years, ended with the signing of a Comprehensive Strategic Partnership Treaty. Here is what it says and what it might mean.\n"
            "The mutual-defence clause\n"
            "Article 4 commits each side to provide military and other assistance 'with all means at its disposal' if the other comes under armed attack. Analysts compare it to the 1961 treaty between Pyongyang and Moscow, which lapsed after the Soviet Union collapsed.\n"
            "Other provisions\n"
            "The 23-article document also covers cooperation in science, energy, health and tourism, and commits both sides not to join third-country sanctions against each other.\n"
            "What it doesn't say\n"
            "The text contains no commitment to supply specific weapons, and neither leader mentioned troops. US officials have said North Korea has already shipped munitions to Russia for months; both governments deny this.\n"
            "Reaction\n"
            "South Korea's national security adviser said Seoul would 'reconsider' its policy of not sending weapons to Ukraine. Japan's chief cabinet secretary called the pact 'deeply concerning'.\n"
            "The treaty must be ratified by both countries before it takes effect. It would remain in force indefinitely unless either side gives one year's notice.\n"
            "Putin spent around 21 hours in North Korea before flying on to Vietnam.\n"
        ),
        expected=(),
    ),
    # ------------------------------------------------------------------
    # NO CLAIM: opinion piece with only vague amounts.
    ArticleCase(
        id="lf-noclaim-opinion-vague",
        published=None,
        text=(
            "Opinion | Stop counting, start deterring\n"
            "Every few weeks, a new number appears: so many soldiers, so many shells, so many missiles. Each is greeted as a revelation, debated for a day and forgotten.\n"
            "I understand the appetite for figures. But the obsession with precise counts of what North Korea is sending to Russia has become a substitute for policy.\n"
            "We know the essentials. Tens of thousands of North Korean soldiers have passed through Russian training grounds or front lines. Millions of shells have crossed the border by rail and sea. Ballistic missiles made in Pyongyang have killed civilians in Ukrainian cities.\n"
            "We also know what Moscow is paying with: oil, food, hard currency and, most worryingly, military technology that will make the Korean peninsula more dangerous for years.\n"
            "What we lack is a response proportionate to the threat. Seoul has debated for two years whether to send weapons to Ukraine and has yet to decide. Washington's attention has drifted elsewhere.\n"
            "Meanwhile the lessons are accumulating in Pyongyang. Its officers have now seen drone warfare on a scale no other Asian army has experienced. Hundreds of them, perhaps thousands, will go home as instructors.\n"
            "A serious strategy would start from three premises.\n"
            "First, that the partnership between Russia and North Korea is not a marriage of convenience that will end when the guns fall silent. Second, that China tolerates it because it serves Beijing's interests. Third, that deterrence on the peninsula must now account for an adversary with recent combat experience.\n"
            "None of this requires another estimate. It requires decisions.\n"
            "The author is a senior fellow at a Seoul-based think tank and a former government official.\n"
        ),
        expected=(),
    ),
    # ------------------------------------------------------------------
    # NO CLAIM: parade live blog; Russian and Chinese figures only.
    ArticleCase(
        id="lf-noclaim-liveblog",
        published="2025-05-09",
        text=(
            "Live: Victory Day parade in Moscow\n"
            "10:58 \u2014 The parade is over. Putin has left Red Square with the visiting leaders.\n"
            "10:41 \u2014 Around 11,500 servicemen and 180 pieces of military hardware took part this year, the Russian defence ministry says, including T-90 tanks and Yars missile launchers.\n"
            "10:30 \u2014 A group of North Korean officers was seen in the stands, according to state television. Pyongyang has not sent a marching contingent, unlike China, whose honour guard of 102 soldiers marched across the square.\n"
            "10:15 \u2014 Putin, in his speech, thanked 'our friends and allies' who fought 'shoulder to shoulder' with Russian troops in the Kursk region, an apparent reference to North Korean soldiers.\n"
            "10:02 \u2014 Some 29 foreign leaders are attending, the Kremlin says, among them Xi Jinping and Brazil's president.\n"
            "09:45 \u2014 Ukraine's foreign ministry says Russia launched 4 missiles and 103 drones overnight despite its announced three-day ceasefire.\n"
            "09:30 \u2014 Temperatures in Moscow are around 8C, with light drizzle.\n"
            "09:10 \u2014 Welcome to our coverage of the 80th anniversary of victory in the Second World War.\n"
        ),
        expected=(),
    ),
    # ------------------------------------------------------------------
    # NO CLAIM: North Korea's own missile test during a Russian visit.
    ArticleCase(
        id="lf-noclaim-missile-test",
        published="2025-05-08",
        text=(
            "North Korea fires missiles as Russian delegation visits Pyongyang\n"
            "SEOUL - North Korea fired several short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's Joint Chiefs of Staff said, hours after a Russian parliamentary delegation arrived in Pyongyang.\n"
            "The missiles flew up to 800 km before splashing down between the Korean peninsula and Japan, the JCS said. Japan's defence ministry said none had landed in its exclusive economic zone.\n"
            "It was the North's fifth missile launch this year and the first since March.\n"
            "Analysts said the test may have involved a new variant of the KN-23. 'They are testing improvements based on battlefield feedback,' said a researcher at a Seoul institute.\n"
            "The Russian delegation, led by a deputy speaker of the State Duma, is due to stay for 3 days and hold talks on 'deepening the comprehensive strategic partnership', North Korea's state news agency KCNA said.\n"
            "Kim Jong Un supervised the launch, KCNA reported, and called for an 'exponential' expansion of the country's nuclear arsenal, estimated by some researchers at about 50 warheads.\n"
            "The United States, South Korea and Japan condemned the launch as a violation of UN Security Council resolutions.\n"
            "The launch came 2 days after South Korea and the US wrapped up a 10-day joint air exercise involving about 100 aircraft.\n"
        ),
        expected=(),
    ),
    # ------------------------------------------------------------------
    # NO CLAIM: economic relations in numbers (trade, tourists, debt, GDP).
    ArticleCase(
        id="lf-noclaim-economy",
        published="2025-08-20",
        text=(
            "Beyond bullets: the Russia-North Korea economic thaw in numbers\n"
            "Trade between Russia and North Korea has picked up since the two countries signed their partnership treaty last year, though it remains tiny compared with North Korea's commerce with China.\n"
            "Officially recorded bilateral trade reached about $34 million in 2024, according to Russian customs data cited by Seoul's unification ministry - still less than 2 percent of North Korea's trade with China.\n"
            "Tourism is the most visible change. Around 1,500 Russian tourists visited North Korea last year, most of them on ski packages at the Masikryong resort, and a new beach resort at Wonsan-Kalma opened to Russians in July.\n"
            "A direct Moscow-Pyongyang passenger flight began operating this summer, twice a month, and a rail service reopened in June for the first time since 2020.\n"
            "A road bridge across the Tumen river, about 1 km long, is due to be finished by the end of 2026.\n"
            "Military trade is another matter. Officials in Seoul and Kyiv say North Korea's arms sales to Russia dwarf all of this, but because they are unrecorded, no one can say by how much.\n"
            "Russia has also written off 90 percent of North Korea's Soviet-era debt of about $11 billion, under a deal agreed in 2012.\n"
            "Economists say the real prize for Pyongyang is access to the oil, grain and hard currency that the UN sanctions regime was designed to deny it.\n"
            "North Korea's economy grew 3.7 percent in 2024, the fastest pace in eight years, according to South Korea's central bank, which attributed part of the growth to the Russian connection.\n"
        ),
        expected=(),
    ),
    # ------------------------------------------------------------------
    # Denials: North Korea rejects a specific figure (denied, value kept);
    # NIS revised estimate; money and summons distractors.
    ArticleCase(
        id="lf-denials",
        published="2024-10-25",
        text=(
            "Moscow, Pyongyang dismiss reports of troop deployment as Seoul raises its estimate\n"
            "Russia and North Korea on Friday rejected reports that North Korean soldiers were heading to the front in Ukraine, even as South Korea's spy agency said the number already in Russia had grown.\n"
            "Kremlin spokesman Dmitry Peskov said he had 'nothing to add', while Russia's deputy envoy to the UN called the reports 'a blatant lie'.\n"
            "In a statement carried by KCNA, North Korea's vice foreign minister rejected what he called 'the absurd fabrication that 10,000 of our soldiers are being sent to the Ukrainian front', saying Pyongyang's relations with Moscow were nobody else's business.\n"
            "Seoul's National Intelligence Service, meanwhile, told lawmakers that about 3,000 North Korean troops were now in Russia, up from 1,500 last week, and that it expected more to follow before the end of the year.\n"
            "Ukraine's President Volodymyr Zelensky said Kyiv's intelligence showed North Korean units could enter combat 'within days'.\n"
            "At the UN, the US deputy ambassador asked Russia directly whether it would claim the North Korean troops were volunteers. Russia's envoy did not answer, instead accusing Washington of supplying Ukraine with more than $60 billion in weapons.\n"
            "In Seoul, the foreign ministry summoned Russia's ambassador for the second time in a week, and the president said South Korea might consider sending weapons to Ukraine 'in phases'.\n"
            "South Korea has so far limited its help to Ukraine to non-lethal aid worth about $100 million.\n"
            "The NIS also said North Korean soldiers in Russia had been issued Russian uniforms and identity papers, and that Russia's military had hired dozens of Korean-speaking interpreters from its own universities.\n"
        ),
        expected=(
            Expect("troops", 10000, "exact", status="denied"),
            Expect("troops", 3000, "approx"),
            Expect("troops", 1500, "exact"),
        ),
    ),
    # ------------------------------------------------------------------
    # Planned sappers and military builders (troops, not workers) vs
    # engineers already there; attribution by title only; money, homes.
    ArticleCase(
        id="lf-builders-deminers",
        published="2025-06-20",
        text=(
            "Pyongyang to send engineers and builders to help rebuild Russia's Kursk region\n"
            "North Korea will send 2,000 sappers to clear mines in Russia's Kursk region and 4,000 military construction workers to rebuild infrastructure destroyed in the fighting there, a senior Russian security official said after talks in Pyongyang on Tuesday.\n"
            "The official, who serves as secretary of Russia's Security Council, told Russian state television that the personnel would arrive 'in the near future' and that Moscow was grateful for the 'heroic participation' of North Korean soldiers in liberating the region.\n"
            "It was his second visit to Pyongyang in two weeks and his third this year.\n"
            "South Korea's intelligence service had reported earlier this year that about 600 North Korean combat engineers were already working in Kursk, clearing mines left behind by retreating Ukrainian troops.\n"
            "South Korean officials estimate that about 15,000 North Korean troops have served in Russia so far.\n"
            "North Korea's state media confirmed the agreement but gave no figures. It described the personnel as volunteers.\n"
            "Analysts say the deployment of builders is a way for Pyongyang to keep earning hard currency now that fighting in Kursk has ended. Each may earn the state up to $2,000 a month, according to one estimate.\n"
            "Kursk's regional governor said more than 2,500 homes had been damaged in the border districts and that demining could take '10 to 15 years'.\n"
            "Ukraine's foreign ministry said the move showed that Moscow 'cannot hold its own territory without foreign help'.\n"
            "The agreement follows Kim Jong Un's admission in April that North Korean troops had fought in Russia, and his later unveiling of a memorial to soldiers killed there.\n"
        ),
        expected=(
            Expect("troops", 2000, "exact", status="planned"),
            Expect("troops", 4000, "exact", status="planned"),
            Expect("troops", 600, "approx"),
            Expect("troops", 15000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Press-briefing transcript: a weekly casualty figure, a figure quoted
    # in a reporter's question, a range repeated in Q and A; aid package,
    # calibre.
    ArticleCase(
        id="lf-briefing-transcript",
        published="2025-01-14",
        text=(
            "Department press briefing - transcript (excerpt)\n"
            "SPOKESPERSON: Good afternoon. A couple of updates before I take your questions.\n"
            "SPOKESPERSON: First, on North Korea. Our assessment is that North Korean forces in the Kursk region have suffered more than 1,000 casualties in the past week alone. That includes killed and wounded.\n"
            "Q: Can you break that down? How many killed?\n"
            "SPOKESPERSON: I'm not going to get into a precise breakdown from this podium. I'd just say that the casualty rate is very high.\n"
            "Q: Ukraine says it has killed or wounded 3,000 North Korean soldiers in total. Is that consistent with your numbers?\n"
            "SPOKESPERSON: It's not inconsistent. We would put the total somewhat lower, but in the same range.\n"
            "Q: And prisoners? There are reports Ukraine has captured North Koreans.\n"
            "SPOKESPERSON: We've seen those reports. I can't confirm a number.\n"
            "Q: On the troop numbers - is it still 11,000 to 12,000?\n"
            "SPOKESPERSON: That's right, 11,000 to 12,000 in total, the vast majority in Kursk.\n"
            "Q: Different topic - the Ukraine assistance package announced Monday. What's the dollar value?\n"
            "SPOKESPERSON: It's $500 million, drawn from existing stocks, including air-defence interceptors and 155mm artillery rounds.\n"
            "Q: Does that include any more Patriot batteries?\n"
            "SPOKESPERSON: No. OK, last question.\n"
            "Q: Has North Korea sent any more missiles to Russia in recent weeks?\n"
            "SPOKESPERSON: We continue to see North Korean ballistic missiles being used against Ukraine. I don't have a new number for you today. Thanks, everybody.\n"
        ),
        expected=(
            Expect("casualties", 1000, "more_than"),
            Expect("casualties", 3000, "exact"),
            Expect("troops", 11000, None, value_max=12000),
        ),
    ),
    # ------------------------------------------------------------------
    # Working paper: abstract, casualty table with "c." values, a
    # percentage, counts of sources and videos, page numbers, footnote.
    ArticleCase(
        id="lf-academic-casualties",
        published=None,
        text=(
            "Working Paper Series - WP 2025/07\n"
            "Attrition and Adaptation: North Korean Ground Forces in the Kursk Campaign, October 2024 - April 2025\n"
            "Abstract\n"
            "This paper compiles open-source and official estimates of North Korean losses in Russia's Kursk region and asks what they reveal about the Korean People's Army's adaptation to drone-saturated warfare. We find that estimates converge on roughly 4,700 killed and wounded by April 2025, about 40 percent of the force initially deployed, and that casualty rates fell sharply after February.\n"
            "1. Data\n"
            "We draw on 37 official statements from South Korea, Ukraine and the United States, and on 1,900 geolocated videos published by Ukrainian units (see Appendix B, p. 31).\n"
            "Table 2. Consolidated loss estimates (central values)\n"
            "Category | Estimate | Main source\n"
            "Killed | c. 1,100 | South Korea NIS\n"
            "Wounded | c. 3,600 | South Korea NIS\n"
            "Captured | 2 | Ukraine SBU\n"
            "Missing | not estimated | -\n"
            "2. Findings\n"
            "North Korean units initially suffered losses at several times the rate of Russian units in the same sector, which we attribute to poor drone awareness and to assault tactics. After a pause in February, during which units were reportedly withdrawn for retraining, losses fell by more than half.\n"
            "Our force-size figures follow the consensus estimate of 11,000 for the initial deployment, with some 3,000 reinforcements arriving in January and February.[12]\n"
            "Please cite as WP 2025/07. Comments welcome; this draft has not been peer-reviewed.\n"
        ),
        expected=(
            Expect("casualties", 4700, "approx"),
            Expect("casualties", 1100, "approx"),
            Expect("casualties", 3600, "approx"),
            Expect("casualties", 2, "exact"),
            Expect("troops", 11000, "exact"),
            Expect("troops", 3000, "approx", incremental=True),
        ),
    ),
    # ------------------------------------------------------------------
    # Monitoring-report news story: figures attributed to "the report",
    # page references, member count, ships and companies in an annex.
    ArticleCase(
        id="lf-monitoring-report",
        published="2025-05-30",
        text=(
            "Monitoring group details arms pipeline in first report\n"
            "A sanctions-monitoring body formed by 11 countries after the demise of the UN panel of experts released its first report on Thursday, a 29-page document focused on military cooperation between North Korea and Russia.\n"
            "The report says North Korea has supplied Russia with at least 9 million rounds of artillery and rocket ammunition since September 2023 (p. 8).\n"
            "It also identifies at least 100 ballistic missiles of the KN-23 and KN-24 families transferred over the same period, and some 200 long-range artillery systems, including 170mm self-propelled guns and 240mm multiple rocket launchers (pp. 9-12).\n"
            "On personnel, the report counts more than 11,000 North Korean soldiers dispatched during 2024, followed by a further 3,000 in the first quarter of 2025 (p. 14).\n"
            "In the other direction, it documents Russian deliveries of air-defence equipment, electronic warfare systems and more than 1 million barrels of oil (p. 19). It says it found no conclusive evidence that Russia had transferred fighter jets.\n"
            "The group's members are South Korea, the United States, Japan, Australia, Britain, Canada, France, Germany, Italy, the Netherlands and New Zealand. It plans to publish two reports a year.\n"
            "Russia's embassy in Seoul dismissed the report as 'politically motivated'.\n"
            "Workers are also covered: the report says about 9,500 North Korean labourers were employed in Russia at the end of 2024, in breach of UN resolutions (p. 22).\n"
            "An annex lists 64 ships and 31 companies involved in the transfers.\n"
            "South Korea's foreign ministry said it would submit the findings to the UN Security Council, where Russia holds a veto.\n"
        ),
        expected=(
            Expect("ammunition", 9000000, "at_least"),
            Expect("missiles", 100, "at_least"),
            Expect("artillery", 200, "approx"),
            Expect("troops", 11000, "more_than"),
            Expect("troops", 3000, "exact", incremental=True),
            Expect("other", 1000000, "more_than"),
            Expect("workers", 9500, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Timeline explainer: month-prefixed entries, a planned total, an
    # additional range, two captured; treaty dates and anniversaries.
    ArticleCase(
        id="lf-timeline-explainer",
        published="2025-04-29",
        text=(
            "Timeline: from arms deals to acknowledged combat\n"
            "North Korea on Monday confirmed for the first time that its troops had fought for Russia. Here is how the relationship developed.\n"
            "September 2023 - Kim Jong Un meets Vladimir Putin at the Vostochny cosmodrome in Russia's Far East. Putin says Russia will help North Korea build satellites.\n"
            "October 2023 - The White House says North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.\n"
            "January 2024 - A North Korean-made missile strikes Kharkiv, the first such use confirmed by Ukrainian prosecutors.\n"
            "June 2024 - Putin visits Pyongyang for the first time in 24 years. The two sign a mutual-defence treaty.\n"
            "October 2024 - South Korea's intelligence agency says 1,500 North Korean special forces have been moved to Russia, part of a planned deployment of about 12,000.\n"
            "November 2024 - North Korean troops are reported in combat in the Kursk region. The treaty enters into force on 4 December.\n"
            "December 2024 - Ukraine says it has killed or wounded more than 100 North Korean soldiers in two days of fighting.\n"
            "January 2025 - Ukraine captures two North Korean soldiers and releases videos of their interrogation.\n"
            "February 2025 - Seoul reports that Pyongyang has sent an additional 1,000 to 3,000 troops.\n"
            "April 2025 - Russia's chief of the general staff thanks North Korean soldiers for helping retake Kursk. On 28 April Pyongyang confirms their involvement.\n"
            "What next\n"
            "South Korean intelligence believes a further deployment is being prepared, and says Russia has supplied North Korea with air-defence systems and electronic warfare equipment in return.\n"
        ),
        expected=(
            Expect("ammunition", 1000, "more_than"),
            Expect("troops", 1500, "exact"),
            Expect("troops", 12000, "approx", status="planned"),
            Expect("casualties", 100, "more_than"),
            Expect("casualties", 2, "exact"),
            Expect("troops", 1000, None, incremental=True, value_max=3000),
        ),
    ),
    # ------------------------------------------------------------------
    # TV panel transcript: a figure repeated by the presenter, a share
    # disputed, Russia's own losses, vague jets and casualties.
    ArticleCase(
        id="lf-tv-debate",
        published="2024-12-19",
        text=(
            "Transcript: 'The Week Ahead' panel discussion (excerpt)\n"
            "PRESENTER: Let's turn to North Korea. Professor Lim, how significant is this deployment really?\n"
            "LIM: Militarily, modest. Politically, enormous. We're talking about 11,000 or so soldiers in a war where Russia has lost, by Western estimates, more than 700,000 killed and wounded.\n"
            "PRESENTER: General Hart, you've commanded troops. Does a force of that size make a difference?\n"
            "HART: In one sector, yes. Kursk is a narrow front. If you put a division's worth of fresh infantry into it, you free up Russian units for the Donbas. And we shouldn't forget the shells. North Korea has given Russia something like half its artillery ammunition this year.\n"
            "LIM: I'd be careful with that 'half'. The honest answer is we don't know the share. What we do know, from Seoul's defence ministry, is the volume: more than 20,000 containers.\n"
            "PRESENTER: And they're already taking losses?\n"
            "HART: Heavy ones. Kyiv talks of a few hundred killed in the first couple of weeks. I'd treat that with caution, but it's plausible given the terrain.\n"
            "LIM: And Pyongyang gets what in return? Oil, certainly. Possibly fighter jets - there's talk of MiG-29s. Possibly satellite help.\n"
            "PRESENTER: Could we see more troops?\n"
            "HART: I'd be surprised if we didn't. North Korea has a standing army of over a million. Sending more is entirely feasible for them; the question is whether Putin wants them.\n"
            "LIM: And whether Kim wants to keep losing them. The North Korean public has not been told that a single soldier has died.\n"
            "PRESENTER: We'll have to leave it there. Professor Lim, General Hart, thank you both.\n"
        ),
        expected=(
            Expect("troops", 11000, "approx"),
            Expect("ammunition", 20000, "more_than"),
        ),
    ),
    # ------------------------------------------------------------------
    # Weekly security newsletter: death toll and its earlier estimate,
    # construction troops; Belarus drills, Iranian missiles, Russian draft.
    ArticleCase(
        id="lf-weekly-roundup",
        published="2025-09-05",
        text=(
            "This week in Eurasian security - issue 112\n"
            "In this issue: Pyongyang's losses, Minsk's exercises, Tehran's missiles, and Russia's autumn draft.\n"
            "NORTH KOREA | Losses mount\n"
            "Lawmakers briefed by South Korea's spy agency said on Tuesday that it now believes about 2,300 North Korean soldiers have died in Russia since last autumn. In April the agency's estimate stood at roughly 600.\n"
            "The agency also said Pyongyang was preparing to rotate in additional combat engineers, and that about 5,000 military construction troops had already arrived in the Kursk region.\n"
            "BELARUS | Zapad drills\n"
            "Russia and Belarus begin their Zapad-2025 exercise next week. Minsk says about 13,000 troops will take part, far fewer than in 2021.\n"
            "IRAN | Missiles to Russia?\n"
            "Western officials say Iran has delivered more than 200 Fath-360 short-range missiles to Russia, though Ukraine says none have yet been used.\n"
            "RUSSIA | Autumn conscription\n"
            "Putin signed a decree calling up 135,000 conscripts this autumn, part of the routine twice-yearly draft.\n"
            "NORTH KOREA | Workers\n"
            "A Japanese newspaper reported that North Korean workers are being sent to a Russian drone factory in Tatarstan, citing Ukrainian intelligence. The report gave no numbers.\n"
            "Next week: our analysts on the Black Sea grain corridor. Issue 113 arrives on 12 September.\n"
        ),
        expected=(
            Expect("casualties", 2300, "approx"),
            Expect("casualties", 600, "approx"),
            Expect("troops", 5000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Drone know-how from Russia with a number (assembly lines); drone
    # specs, Russia's own output, Kim's inspections.
    ArticleCase(
        id="lf-drone-tech",
        published="2025-10-02",
        text=(
            "Kyiv says Russia is helping North Korea build attack drones at home\n"
            "Ukraine's military intelligence says Russia has begun transferring the know-how to mass-produce Shahed-type attack drones to North Korea, in what would be one of the most significant rewards yet for Pyongyang's help in the war.\n"
            "According to the agency, Russian specialists have helped North Korea set up three assembly lines near Pyongyang, and Russian instructors have trained North Korean crews to operate the drones.\n"
            "The drones, known in Iran as Shahed-136 and in Russia as Geran-2, carry a warhead of around 50 kg and can fly more than 2,000 km.\n"
            "Russia itself now builds thousands a month at the Alabuga plant in Tatarstan, which was set up with Iranian help; by some estimates output exceeded 2,700 in July alone.\n"
            "The transfer would mark a shift in the relationship. Until now, Russia's payments to Pyongyang have largely taken the form of oil, food and cash, with more sensitive technology held back.\n"
            "South Korea's defence ministry said it was 'closely monitoring' the reports. North Korea showed off what appeared to be Shahed-like drones at a military parade in Pyongyang last year, and Kim Jong Un has called for the 'serial production' of attack drones.\n"
            "Kim has inspected drone tests at least five times this year, according to state media.\n"
            "The Kremlin did not comment. Russia has consistently denied transferring weapons technology to North Korea.\n"
            "Analysts at a Seoul institute estimated that North Korea could eventually produce several thousand drones a year with Russian help, enough to saturate South Korean air defences in the opening hours of a conflict.\n"
        ),
        expected=(Expect("drones", 3, "exact"),),
    ),
    # ------------------------------------------------------------------
    # Human-interest feature on a prisoner: "one of two captured", ages,
    # defector numbers, Ukrainian POWs.
    ArticleCase(
        id="lf-feature-pow",
        published="2025-03-15",
        text=(
            "The soldier who wants to go south\n"
            "KYIV - He is 26 years old, has served in the Korean People's Army for a decade, and says he never expected to be taken alive.\n"
            "The North Korean prisoner, one of two captured by Ukrainian forces in the Kursk region in January, told a visiting South Korean lawmaker last month that he wanted to go to South Korea rather than return home.\n"
            "His account, relayed through the lawmaker and Ukraine's SBU security service, offers a rare look at the deployment. He said his unit left North Korea in November believing it was going on a training exercise, and learned only in Russia that it would fight Ukrainians.\n"
            "He described heavy losses in his battalion during a single week of fighting in early January.\n"
            "The other prisoner, aged 20, has said he wants to return to North Korea, according to Ukrainian officials.\n"
            "South Korea's foreign ministry says it will accept any North Korean soldier who wishes to come to the South, in line with its constitution, which regards all Koreans as its citizens.\n"
            "Roughly 34,000 North Koreans have defected to South Korea since the 1990s, according to the unification ministry, but none has been a prisoner of war captured in a third country.\n"
            "The deployment he described was vast by North Korean standards. Seoul estimates that some 11,000 soldiers went to Russia last year, and that more than 4,000 of them have been killed or wounded.\n"
            "Ukraine has offered to exchange the two men for Ukrainian soldiers held in Russia. Kyiv says more than 8,000 of its service members are in Russian captivity.\n"
            "Asked what he missed most, the soldier paused. 'My mother's cooking,' he said. 'And sleep.'\n"
        ),
        expected=(
            Expect("casualties", 2, "exact"),
            Expect("troops", 11000, "approx"),
            Expect("casualties", 4000, "more_than"),
        ),
    ),
    # ------------------------------------------------------------------
    # National Assembly committee transcript: "fewer than", revised death
    # toll, a reported-but-unconfirmed planned figure, oil, workers.
    ArticleCase(
        id="lf-assembly-committee",
        published="2025-11-04",
        text=(
            "National Assembly Intelligence Committee - audit session (unofficial translation, excerpt)\n"
            "Chair: The committee will now hear from the Director of the National Intelligence Service. Members have ten minutes each.\n"
            "Rep. Park (Democratic Party): Director, can you tell the committee how many North Korean personnel are currently in Russia?\n"
            "Director: As of this month, our assessment is that roughly 10,000 North Korean troops remain in Russia, most of them in the Kursk and Belgorod border areas, along with fewer than 5,000 engineers and construction troops.\n"
            "Rep. Park: And the number killed?\n"
            "Director: We estimate that about 1,900 have been killed since the deployment began. That figure was around 600 in the spring.\n"
            "Rep. Cho (People Power Party): There are reports that Pyongyang will send another 30,000. Can you confirm?\n"
            "Director: We have seen those reports. We cannot confirm a figure of that size. What we can say is that additional dispatches are being prepared.\n"
            "Rep. Cho: What is North Korea receiving in return?\n"
            "Director: Among other things, air-defence equipment, electronic warfare systems and assistance with its drone programme. We also assess that Russia delivered about 1.5 million barrels of oil last year, far in excess of the UN cap.\n"
            "Rep. Yoo (People Power Party): On workers - how many?\n"
            "Director: About 15,000 North Korean workers entered Russia this year, mainly in construction. Several hundred are working in drone production.\n"
            "Rep. Yoo: And their wages? Reports suggest they keep 10 percent of what they earn.\n"
            "Director: I would not dispute that estimate.\n"
            "Chair: Thank you. We will take a 15-minute recess.\n"
        ),
        expected=(
            Expect("troops", 10000, "approx"),
            Expect("troops", 5000, "fewer_than"),
            Expect("casualties", 1900, "approx"),
            Expect("casualties", 600, "approx"),
            Expect("troops", 30000, "exact", status="planned", incremental=True),
            Expect("other", 1500000, "approx"),
            Expect("workers", 15000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Live blog whose closing summary repeats figures given in earlier
    # entries (one claim each); Ukrainian air-force numbers.
    ArticleCase(
        id="lf-liveblog-seoul",
        published="2025-03-27",
        text=(
            "Live updates: Seoul's military briefs lawmakers on North Korea\n"
            "Last updated 16:22 KST\n"
            "16:22 \u2014 That concludes our live coverage. Key points: the JCS says roughly 2,500 more North Korean troops went to Russia in January and February; casualties are put at about 4,200 killed or wounded; and Pyongyang has sent some 250 rocket launchers.\n"
            "15:40 \u2014 The JCS says North Korea could also send more short-range missiles, depending on how the war develops.\n"
            "15:05 \u2014 Asked about the total number of North Korean troops sent so far, a JCS official says it is 'about 14,000 including the latest rotation'.\n"
            "14:30 \u2014 Casualties: the JCS estimates that about 4,200 North Korean soldiers have been killed or wounded. It did not give a separate figure for deaths.\n"
            "14:10 \u2014 On weapons: the military says North Korea's supplies include about 250 multiple rocket launchers of the 240mm type, as well as 170mm self-propelled guns and a 'considerable' number of short-range ballistic missiles.\n"
            "13:45 \u2014 The JCS also says North Korea sent about 2,500 additional troops in the first two months of the year.\n"
            "13:20 \u2014 Separately, South Korea's unification ministry says it has no information on whether North Korean soldiers have returned home.\n"
            "13:02 \u2014 In Ukraine, the air force says Russia launched 117 drones overnight; 74 were shot down and 38 were lost to electronic jamming.\n"
            "12:55 \u2014 The JCS briefing is under way at the National Assembly. We'll bring you the main points as they come in.\n"
            "12:30 \u2014 Good afternoon. South Korea's Joint Chiefs of Staff are due to brief the defence committee at 1pm.\n"
        ),
        expected=(
            Expect("troops", 2500, "approx", incremental=True),
            Expect("casualties", 4200, "approx"),
            Expect("rocket_launchers", 250, "approx"),
            Expect("troops", 14000, "approx"),
        ),
    ),
    # ------------------------------------------------------------------
    # Wire story: planned fighter jets (up to), additional Pantsirs on top
    # of an earlier one; North Korea's own MiGs, specs, South Korea's air
    # force, US troops in Korea.
    ArticleCase(
        id="lf-fighter-jets",
        published="2025-08-11",
        text=(
            "Russia may supply fighter jets to North Korea, Seoul lawmaker says\n"
            "SEOUL, Aug 11 - Russia is considering supplying North Korea with as many as 20 MiG-29 fighter jets in return for Pyongyang's military support, a South Korean lawmaker said on Monday, citing a briefing from the country's defence intelligence agency.\n"
            "The lawmaker, a member of parliament's defence committee, said the agency believed a small number of aircraft may already have been delivered, but that it could not say how many.\n"
            "North Korea's air force relies mostly on Soviet-era aircraft. It is thought to operate about 35 MiG-29s, bought from the Soviet Union in the late 1980s, alongside hundreds of older MiG-17, MiG-19 and MiG-21 fighters.\n"
            "The MiG-29, which first flew in 1977, has a top speed of about Mach 2.25 and a combat radius of roughly 700 km.\n"
            "The agency also told lawmakers that Russia had delivered two additional Pantsir air-defence systems this year, on top of one reported last year, and that they appeared to be deployed around Pyongyang.\n"
            "Pyongyang has sent Russia some 15,000 troops, along with artillery, missiles and millions of shells, according to South Korean estimates. About 2,000 of the soldiers are believed to have been killed.\n"
            "Russia has not commented on the reports. Its defence ministry has previously said military cooperation with North Korea 'is not directed against third countries'.\n"
            "Analysts said fighter jets would matter less than the training and maintenance support that came with them. 'A jet without spare parts is a monument,' said a retired South Korean air force general.\n"
            "South Korea's own air force operates about 400 combat aircraft, including F-35A stealth fighters bought from the United States for roughly $100 million each.\n"
            "The United States keeps 28,500 troops in South Korea.\n"
        ),
        expected=(
            Expect("vehicles", 20, "up_to", status="planned"),
            Expect("other", 2, "exact", incremental=True),
            Expect("other", 1, "exact"),
            Expect("troops", 15000, "approx"),
            Expect("casualties", 2000, "approx"),
        ),
    ),
]
