"""Blind mini-article cases written by the team (no article text copied).

Each case is a short article written from the conventions in
/work/shared/corpus/dev/README.md, shaped like a scraped web page (headline,
datelines, bylines, captions, advertisement lines, 'Read also' / 'Most Read'
teasers, share buttons, tags, machine-translation English, typos).  The
expected tuple lists only the quantified claims (value not null): one per
distinct figure per article.  Teaser lines, specifications, money, shares,
dates, production rates and other countries' forces yield nothing.
"""

from __future__ import annotations

from tests.core.extract.case_types import ArticleCase, Expect

CASES_ARTICLES: list[ArticleCase] = [
    # --- headline bare vs body qualified; reinforcements on top of a base figure;
    #     'Related' teaser with a North Korea-Russia number; own-launch distractor.
    ArticleCase(
        id="art01-nis-reinforcements-page-noise",
        published="2025-02-27",
        text="""\
N. Korea sends 3,000 more troops to Russia, NIS tells lawmakers
SEOUL, Feb. 27 (Yonhap) | Seoul 3°C Clear | Updated 2025-02-27 16:42 KST
North Korea appears to have sent about 3,000 additional soldiers to Russia since January, the National Intelligence Service (NIS) told a parliamentary committee on Thursday, on top of the roughly 11,000 it dispatched last autumn.
- Advertisement -
The spy agency estimates that some 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region so far, according to a ruling party lawmaker who attended the closed-door session.
He said the North has also shipped more than 200 long-range artillery pieces to Russia since last year.
Separately, the Joint Chiefs of Staff said the North fired two cruise missiles into the Yellow Sea on Wednesday, its fourth launch this year.
Related: Zelensky says Ukraine holds 2 North Korean POWs, offers swap | Kim Jong Un, 41, inspects new 5,000-ton destroyer
Share: Facebook X KakaoTalk Copy link""",
        expected=(
            Expect("troops", 3000, "approx", incremental=True),
            Expect("troops", 11000, "approx"),
            Expect("casualties", 4000, "approx"),
            Expect("artillery", 200, "more_than"),
        ),
    ),
    # --- revised estimate ('up sharply from the 3,000 it cited'); partitive 'Of that number';
    #     Russia's own losses, money, 'Most Read' teaser.
    ArticleCase(
        id="art02-pentagon-revision-most-read",
        published="2024-10-29",
        text="""\
Pentagon raises its count of North Korean soldiers in Russia
By Defense Desk | October 29, 2024 | 3 min read
WASHINGTON — The U.S. Defense Department said on Tuesday it now believes around 10,000 North Korean soldiers have been sent to Russia for training, up sharply from the 3,000 it cited only a week ago.
Of that number, roughly 8,000 have moved to the Kursk border region in recent days, a department spokeswoman told reporters, adding that Washington had not yet seen them enter combat against Ukrainian forces.
"If we see them moving toward the front lines, they are legitimate military targets," she said.
The figures come as Russia's own losses mount: U.S. officials estimate that more than 600,000 Russian troops have been killed or wounded since February 2022.
The Pentagon on the same day announced a new $425 million security assistance package for Kyiv.
Most Read
1. Analyst: Pyongyang could send 100,000 soldiers if Moscow asks
2. Five things to know about the Kursk incursion""",
        expected=(
            Expect("troops", 10000, "approx"),
            Expect("troops", 8000, "approx"),
            Expect("troops", 3000, "exact"),
        ),
    ),
    # --- number in words repeated in headline and body; ages and date in caption.
    ArticleCase(
        id="art03-zelensky-pows-ages",
        published="2025-01-11",
        text="""\
Ukraine captures two North Korean soldiers in Kursk, Zelensky says
Kyiv • 11 January 2025, 18:05 • Reading time 2 min
Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, posting photographs of the men on social media.
Photo: One of the captured soldiers, 20, lies in a hospital bed in Kyiv on Jan. 11, 2025. (Telegram)
One of them, aged 20, told interrogators he had believed he was being sent for training rather than to war; the other, 26, has a broken jaw, the SBU security service said.
In the same post, Zelensky said North Korean units had so far suffered more than 3,000 killed and wounded in the region.
He said Ukraine was ready to hand the two men over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held in Russia.
Tags: North Korea, POW, Kursk, Zelensky""",
        expected=(
            Expect("casualties", 2, "exact"),
            Expect("casualties", 3000, "more_than"),
        ),
    ),
    # --- machine-translation English, all-caps headline, space as thousands separator,
    #     missing spaces after full stops, 'decided for sending' = planned, phone number.
    ArticleCase(
        id="art04-mt-english-space-thousands",
        published="2024-10-18",
        text="""\
THE DPRK HAVE SENT SOLDIERS TO RUSSIA, INFORMS INTELLIGENCE
2024-10-18 | World | Views: 1 204 | Comments: 3
According to South korean intelligence service the DPRK have dispatched about 1 500 of soldiers to the russian Far East with ships of Russian navy.The soldiers are from special forces and they were gived russian uniforms and fake documents of identity.
Intelligence also informs that in total North Korea has decided for sending 12 000 of military men in four brigades.Transport was realised during 8-13 october with 4 ships and more transports are to follow soon.
The spokesman of Kremlin Peskov said he have no information about this and called it "one more fake".
For advertising call +7 (423) 255-01-93 or write to the editorial office.""",
        expected=(
            Expect("troops", 1500, "approx"),
            Expect("troops", 12000, "exact", status="planned"),
        ),
    ),
    # --- containers with 'previous figure' revision and the shells they could hold;
    #     calibres, consumption rates, caption date.
    ArticleCase(
        id="art05-containers-previous-figure",
        published="2025-03-14",
        text="""\
Seoul: N. Korea has now shipped about 28,000 containers of arms to Russia
Posted by Defence Desk · 14 Mar 2025 · 🕑 4 min read
South Korea's military intelligence believes North Korea has shipped around 28,000 containers of weapons and munitions to Russia since August 2023, an opposition lawmaker said on Friday, citing a report by the Defense Intelligence Agency.
That is well up from the previous figure of 20,000 containers, which the agency gave the National Assembly in October.
Those containers could hold more than 9 million artillery shells, mostly of 152 mm and 122 mm calibre, the report said.
For comparison, Russian forces are estimated to fire about 10,000 shells a day along the front, against roughly 2,000 for Ukraine.
Photo: A cargo ship moored at Rajin port, North Korea, in a satellite image dated Nov. 3, 2024. (Maxar Technologies)
- Advertisement -""",
        expected=(
            Expect("ammunition", 28000, "approx"),
            Expect("ammunition", 20000, "exact"),
            Expect("ammunition", 9000000, "more_than"),
        ),
    ),
    # --- 'about 120 each of' two systems; '5.8 million'; share (60%); ranges; Iran's drones;
    #     'READ ALSO' teaser with a North Korean number.
    ArticleCase(
        id="art06-budanov-each-list-iran",
        published=None,
        text="""\
Budanov: Pyongyang has armed Moscow with guns, rockets and millions of shells
Ukraine's military intelligence chief Kyrylo Budanov said North Korea has so far handed Russia about 120 each of its 170-mm Koksan self-propelled guns and 240-mm multiple rocket launchers, weapons with ranges of up to 60 km.
Pyongyang has also sent about 5.8 million rounds of artillery ammunition and some 250 KN-23 and KN-24 ballistic missiles, he said in an interview, adding that roughly 60% of the shells Russian gunners now fire come from North Korea.
By comparison, Iran has supplied Russia with more than 6,000 Shahed attack drones since 2022, according to Ukrainian estimates.
Budanov said Moscow was paying partly in kind, helping Pyongyang with air defence and with its satellite programme.
READ ALSO: North Korea may have lost 1,000 soldiers in a week, HUR says
Share on Telegram · Share on Facebook""",
        expected=(
            Expect("artillery", 120, "approx"),
            Expect("rocket_launchers", 120, "approx"),
            Expect("ammunition", 5800000, "approx"),
            Expect("missiles", 250, "approx"),
        ),
    ),
    # --- OFF-TOPIC: North Korea's own rocket launch during allied drills (no Russia).
    ArticleCase(
        id="art07-offtopic-nk-rocket-drill",
        published=None,
        text="""\
North Korea fires rocket barrage near western border during allied drills
SEOUL, March 10 — Seoul Partly cloudy 8°C
North Korea fired about 10 rounds from its 240 mm multiple rocket launchers into the Yellow Sea on Monday morning, South Korea's Joint Chiefs of Staff (JCS) said, as Seoul and Washington began their annual Freedom Shield exercise.
The launches were detected from around 9:30 a.m. near Nampo and flew about 60 km before landing at sea, the JCS said, adding that the military had raised its readiness posture.
The 11-day exercise involves some 19,000 South Korean troops and is expected to include more than 20 field training drills, up from 16 last year.
North Korea's state media called the drills "a rehearsal for invasion" and warned of "overwhelming" countermeasures.
Tags: North Korea, JCS, MRL, Freedom Shield""",
        expected=(),
    ),
    # --- OFF-TOPIC: Iran's missiles and drones for Russia (no North Korea).
    ArticleCase(
        id="art08-offtopic-iran-missiles-russia",
        published="2024-09-20",
        text="""\
Iran delivered hundreds of ballistic missiles to Russia, Western officials say
Tehran/Moscow — 20 September 2024
Iran has shipped more than 200 Fath-360 close-range ballistic missiles to Russia, U.S. and European officials said on Friday, warning that Moscow could use them against Ukrainian targets within weeks.
Dozens of Russian military personnel have trained in Iran on the system, which has a range of about 120 km, the officials said.
Tehran has also supplied Moscow with thousands of Shahed-136 drones since 2022 and helped set up a factory at Alabuga in Tatarstan, where Russia aims to build 6,000 of them by 2025.
Britain, France and Germany responded by announcing sanctions on Iran Air, which operates flights to 12 countries.
Iran's foreign ministry denied sending any missiles and called the report "propaganda".
Related: How the Shahed changed the war in Ukraine""",
        expected=(),
    ),
    # --- OFF-TOPIC: Ukraine's own (and Russia's) casualties.
    ArticleCase(
        id="art09-offtopic-ukraine-own-losses",
        published="2025-02-16",
        text="""\
Zelensky: more than 46,000 Ukrainian soldiers killed since 2022
Kyiv | 16.02.2025 | 11:20
President Volodymyr Zelensky said on Sunday that 46,000 Ukrainian servicemen have been killed on the battlefield since Russia's full-scale invasion and about 380,000 wounded.
Tens of thousands more are missing or held as prisoners, he said in an interview with an American broadcaster.
Zelensky claimed Russia had lost around 250,000 soldiers killed and some 600,000 wounded over the same period, figures that could not be independently verified.
The Ukrainian leader also said that Ukraine currently has about 880,000 people in its armed forces.
Kyiv has previously avoided publishing its own losses; in December it put the figure at 43,000 killed.
Share · Print · Comment (12)""",
        expected=(),
    ),
    # --- TEASER-ONLY page: a football report whose 'MOST READ' block carries
    #     North Korea-Russia numbers.
    ArticleCase(
        id="art10-teaser-only-sports-page",
        published=None,
        text="""\
Ulsan HD clinch third straight K League 1 title with 2-1 win
Ulsan HD secured a third consecutive K League 1 championship on Saturday, beating Gangwon FC 2-1 in front of 24,000 fans at Munsu Football Stadium.
Striker Joo Min-kyu, 34, scored his 10th goal of the season in the 67th minute before Gangwon pulled one back in stoppage time.
The club has now won five league titles in its history.
MOST READ
North Korea sends 1,500 special forces to Russia: spy agency
Seoul: N. Korea may ship 2 million more shells to Moscow
Ukraine says 30 North Korean soldiers killed near Kursk village
Copyright © 2024. All rights reserved. Tel +82-2-756-1234""",
        expected=(),
    ),
    # --- NON-ENGLISH (Korean): not annotated.
    ArticleCase(
        id="art11-nonenglish-korean",
        published="2025-03-05",
        text="""\
국정원 "북한, 러시아에 1만1천여명 파병…사상자 4천명 넘어"
(서울=연합뉴스) 2025.03.05 15:20
국가정보원은 5일 북한이 러시아에 약 1만1천 명의 병력을 보냈으며 이 가운데 4천여 명이 죽거나 다친 것으로 파악된다고 국회 정보위원회에 보고했다.
국정원은 또 북한이 올해 들어 약 3천 명을 추가로 파병한 것으로 보인다고 밝혔다.
북한은 러시아에 170㎜ 자주포와 240㎜ 방사포도 상당수 넘긴 것으로 알려졌다.
<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>""",
        expected=(),
    ),
    # --- NON-ENGLISH (Russian): not annotated.
    ArticleCase(
        id="art12-nonenglish-russian",
        published="2025-06-17",
        text="""\
Шойгу: КНДР направит в Курскую область тысячу саперов и пять тысяч военных строителей
Пхеньян, 17 июня 2025 — ТАСС
Секретарь Совбеза России Сергей Шойгу заявил после переговоров с Ким Чен Ыном, что Пхеньян направит в Курскую область 1000 саперов для разминирования и 5000 военных строителей.
По его словам, решение было принято лично руководителем КНДР.
Шойгу посетил Пхеньян уже второй раз за две недели.""",
        expected=(),
    ),
    # --- 'of whom'; superseded January assessment; partitive of rotations;
    #     pronoun attribution ('The agency', 'It'); North Korea's own army size.
    ArticleCase(
        id="art13-nis-casualties-of-whom",
        published="2025-04-30",
        text="""\
NIS: North Korean casualties in Russia near 6,000, about 1,100 dead
Updated: 2025-04-30 17:05 | Politics | North Korea
North Korea's casualties in the war against Ukraine have climbed to around 6,000, of whom about 1,100 have died, the National Intelligence Service (NIS) told lawmakers on Wednesday.
The figure is up from roughly 3,800 casualties in the agency's assessment in January, according to Rep. Park Sun-won, who briefed reporters after the session.
The agency said the North has deployed about 15,000 soldiers in two rotations since October, adding that the first group numbered roughly 11,000.
It noted that the North's army has some 1.28 million active-duty personnel, making the losses militarily "bearable" for Pyongyang.
The committee session lasted about three hours, Park said.
Photo: NIS Director Cho Tae-yong (C) attends a National Assembly meeting on April 30, 2025. (Yonhap)""",
        expected=(
            Expect("casualties", 6000, "approx"),
            Expect("casualties", 1100, "approx"),
            Expect("casualties", 3800, "approx"),
            Expect("troops", 15000, "approx"),
            Expect("troops", 11000, "approx"),
        ),
    ),
    # --- workers: visas, 'fewer than 100', planned 'another 5,000'; shifts, wages,
    #     'twelvefold', Russia's labour shortage.
    ArticleCase(
        id="art14-workers-alabuga-fewer-than",
        published=None,
        text="""\
North Korean labourers flow into Russia as Moscow fills factory shifts
by Anna K. | Labour & Migration
Around 15,000 North Koreans entered Russia on work-related visas last year, a twelvefold jump on 2023, according to interior ministry data cited by a Russian newspaper.
A first group of fewer than 100 workers arrived at the Alabuga special economic zone in Tatarstan in the summer, where they assemble Geran-2 attack drones on 12-hour shifts, Ukraine's military intelligence said.
The agency said it expected Russia to bring in another 5,000 North Korean workers for the plant over the next year, paying them about $2 an hour.
Russia's labour shortage is estimated at 2.6 million people, according to the central bank.
Related: Russia's drone factory targeted by Ukrainian strike for the third time
Tags: Alabuga, North Korea, labour, drones""",
        expected=(
            Expect("workers", 15000, "approx"),
            Expect("workers", 100, "fewer_than"),
            Expect("workers", 5000, "exact", status="planned", incremental=True),
        ),
    ),
    # --- Russia to North Korea: fuel, Pantsir, possible fighter jets; UN cap,
    #     North Korea's own and Russia's own aircraft; 'Read also' teaser.
    ArticleCase(
        id="art15-ru-to-nk-oil-pantsir-jets",
        published="2025-06-02",
        text="""\
What Kim gets back: oil, air defence and maybe fighter jets
Analysis | 2 June 2025 | 6 min read
Russia has delivered at least 1.1 million barrels of refined petroleum to North Korea since March 2024, far above the UN cap of 500,000 barrels a year, according to satellite analysis by a British think tank.
Moscow has also installed two Pantsir air defence systems around Pyongyang, the researchers found.
Some officials believe Russia could eventually give the North up to 30 MiG-29 or Su-27 fighters, which would transform an air force that still flies around 40 MiG-29s bought in the late 1980s.
Russia itself had about 185 such aircraft in service at the start of 2024, analysts estimate.
"Pyongyang is paid in oil, food and know-how," one of the researchers said.
- Advertisement -
Read also: North Korea to receive 10 MiG-29s by summer, claims Telegram channel""",
        expected=(
            Expect("other", 1100000, "at_least"),
            Expect("other", 2, "exact"),
            Expect("vehicles", 30, "up_to", status="planned"),
        ),
    ),
    # --- numeric denial; age, number of countries, call duration.
    ArticleCase(
        id="art16-kremlin-denies-figure",
        published="2024-10-24",
        text="""\
Kremlin dismisses talk of North Korean troops in Russia
MOSCOW, Oct 24, 2024 —
Kremlin spokesman Dmitry Peskov on Thursday denied that 10,000 North Korean soldiers had been sent to Russia, calling the claim "another hoax" spread by Kyiv and its allies.
"There is nothing to comment on," Peskov told reporters during his daily conference call, which lasted about 25 minutes.
Russia's Foreign Ministry also said the two countries' cooperation "is not directed against third countries" and complies with international law.
President Vladimir Putin, 72, did not deny the reports when asked about them at the BRICS summit in Kazan, which brought together leaders of 36 countries.""",
        expected=(Expect("troops", 10000, "exact", status="denied"),),
    ),
    # --- planned 'as many as 30,000 additional' (headline 'up to ... more');
    #     share 'a third'; rotations; times; teaser.
    ArticleCase(
        id="art17-planned-up-to-additional",
        published="2025-06-07",
        text="""\
North Korea could send up to 30,000 more troops to Russia, Ukrainian officials say
Published 14:22 GMT, 7 June 2025
North Korea is preparing to send as many as 30,000 additional soldiers to Russia in the coming months to reinforce Moscow's offensive, Ukrainian intelligence officials said, according to a U.S. newspaper.
They would join the roughly 12,000 North Koreans deployed last year, of whom about a third were killed or wounded in the fighting for Kursk, the officials said.
The transfer would likely take place in three or four rotations beginning in July, one official said.
Ukraine's defence ministry declined to comment on the report. The Kremlin did not respond to a request for comment sent at 10 a.m. Moscow time.
Most Read: Kim Jong Un vows to back Russia 'unconditionally' | North Korea opens Wonsan resort to 20,000 Russian tourists""",
        expected=(
            Expect("troops", 30000, "up_to", status="planned", incremental=True),
            Expect("troops", 12000, "approx"),
        ),
    ),
    # --- quotation split around the number; 'It found'; missiles fired by Russia;
    #     group size and page count.
    ArticleCase(
        id="art18-monitors-split-quote",
        published=None,
        text="""\
Sanctions monitors detail North Korea's arms pipeline to Moscow
An 11-nation group set up to track North Korean sanctions violations released its first report on Thursday, devoting all of its 29 pages to military cooperation between Pyongyang and Moscow.
It found that North Korea had sent at least 9 million rounds of artillery ammunition and rockets to Russia since September 2023.
"Russia, in return, has provided," the report said, "at least two Pantsir air defence systems to protect Pyongyang," as well as electronic warfare equipment.
The monitors said Russian forces had launched more than 100 North Korean-made ballistic missiles at Ukrainian cities, including Kyiv and Zaporizhzhia.
The group, which includes the United States, Japan and South Korea, was formed after Russia vetoed the renewal of a UN panel of experts in March 2024.
Share this article""",
        expected=(
            Expect("ammunition", 9000000, "at_least"),
            Expect("other", 2, "at_least"),
            Expect("missiles", 100, "more_than"),
        ),
    ),
    # --- list of systems; 'another 80 of its M1991' is a second item (not incremental);
    #     calibres, salvo size, Russia's own losses, teaser.
    ArticleCase(
        id="art19-another-of-its-second-item",
        published="2025-02-10",
        text="""\
Report: North Korea has sent hundreds of artillery systems to Russia
NK Pro Daily · February 10, 2025
North Korea has delivered 100 of its M1989 Koksan 170 mm self-propelled guns to Russia and another 80 of its M1991 240 mm multiple rocket launchers, according to open-source researchers who tracked rail shipments across the Tumen river.
The researchers also spotted at least 20 of the newer KN-25 600 mm multiple rocket launchers on flatcars heading to Russia, the first sighting of the system outside North Korea.
The Koksan, which entered service in the 1980s, can fire a shell more than 50 km, while a single M1991 salvo consists of 22 rockets.
Russia has lost more than 1,000 artillery systems of its own in the past year, according to Ukraine's General Staff.
Related: North Korea's 170mm guns spotted in Kursk; 3 things to know""",
        expected=(
            Expect("artillery", 100, "exact"),
            Expect("rocket_launchers", 80, "exact"),
            Expect("rocket_launchers", 20, "at_least"),
        ),
    ),
    # --- missiles fired (count of North Korean missiles); range, warhead weight, share.
    ArticleCase(
        id="art20-kn23-fired-specs",
        published=None,
        text="""\
Russia has fired at least 60 North Korean missiles at Ukraine, prosecutor says
Kyiv, 15:40
Russia has launched at least 60 North Korean KN-23 and KN-24 ballistic missiles at Ukraine since late December 2023, Ukraine's prosecutor general said, citing analysis of debris recovered at strike sites.
The missile has a range of about 690 km and carries a warhead of some 500 kg, investigators said, but roughly half of those fired missed their intended targets by up to 1.5 km.
Accuracy has improved in recent months, suggesting the North is using feedback from the battlefield, they said.
North Korea has also supplied the launch vehicles, according to the prosecutor's office.
- Advertisement -
Tags: KN-23, ballistic missiles, North Korea""",
        expected=(Expect("missiles", 60, "at_least"),),
    ),
    # --- planned engineers: total plus its two parts; 'military construction workers'
    #     are troops; population, age, visit count.
    ArticleCase(
        id="art21-shoigu-sappers-builders-total",
        published="2025-06-17",
        text="""\
Shoigu: North Korea to send 6,000 military builders and deminers to Kursk
17 June 2025 · 09:12 KST · Pyongyang
North Korea will send 1,000 sappers to clear mines in Russia's Kursk region along with 5,000 military construction workers to rebuild infrastructure destroyed in the fighting, Russian Security Council Secretary Sergei Shoigu said after talks with Kim Jong Un.
In all, 6,000 North Korean military personnel will be sent, he said, adding that the decision had been taken by the North Korean leader personally.
Shoigu was making his second trip to Pyongyang in less than two weeks.
The Kursk region, home to roughly 1.1 million people before the war, remains heavily mined, Russian officials say.
Shoigu, 70, did not say when the personnel would arrive or how long they would stay.
Photo: Sergei Shoigu and Kim Jong Un during talks in Pyongyang, June 17, 2025. (KCNA)""",
        expected=(
            Expect("troops", 6000, "exact", status="planned"),
            Expect("troops", 1000, "exact", status="planned"),
            Expect("troops", 5000, "exact", status="planned"),
        ),
    ),
    # --- all-caps headline ('TOP' = more than); earlier estimate revised;
    #     planned 'more' engineers on top of a planned base; typo 'agnecy'.
    ArticleCase(
        id="art22-allcaps-deaths-revision",
        published="2025-09-02",
        text="""\
NK SOLDIER DEATHS IN RUSSIA TOP 2,000, SPY AGENCY SAYS
SEOUL - Updated 09/02/2025 13:10
More than 2,000 North Korean soldiers have been killed fighting for Russia, South Korea's spy agnecy told lawmakers on Tuesday, a sharp upward revision from its April estimate of 600.
North Korea is also preparing to send about 1,000 more combat engineers, the agency said, on top of roughly 5,000 military construction troops expected to arrive in stages.
State media last month showed Kim Jong Un comforting bereaved families at a ceremony in Pyongyang, his third such public appearance this year.
Tags: NIS, North Korea, casualties""",
        expected=(
            Expect("casualties", 2000, "more_than"),
            Expect("casualties", 600, "exact"),
            Expect("troops", 1000, "approx", status="planned", incremental=True),
            Expect("troops", 5000, "approx", status="planned"),
        ),
    ),
    # --- broadcast transcript: numbers in words with hyphens, figure repeated in the
    #     sound bite, missing spaces after punctuation, calibre, launch count.
    ArticleCase(
        id="art23-tv-transcript-hyphen-words",
        published=None,
        text="""\
Photo : YONHAP News
Anchor: South Korea's military says North Korea has sent more troops to Russia this year.Lee Ji-won reports.
Report: The Joint Chiefs of Staff(JCS) said Monday that North Korea has dispatched about two-thousand more soldiers to Russia since January,and is likely to send further reinforcements in the coming months.
[Sound bite: JCS spokesperson (Korean-English)]"We assess that about two-thousand additional personnel were moved in January and February. The North also continues to supply short-range ballistic missiles and 240-millimeter rocket launchers."
The JCS added that North Korean casualties have reached around three-thousand-600,including some 400 killed,since the troops entered combat in December.
Meanwhile North Korea fired several ballistic missiles into the East Sea last week,its third launch this year.Lee Ji-won,KBS News.""",
        expected=(
            Expect("troops", 2000, "approx", incremental=True),
            Expect("casualties", 3600, "approx"),
            Expect("casualties", 400, "approx"),
        ),
    ),
    # --- '1.2 million more' (incremental), running total and superseded June total;
    #     production rate and money distractors.
    ArticleCase(
        id="art24-shells-million-increment-total",
        published="2024-11-12",
        text="""\
N. Korea may have sent 1.2 million more shells to Russia since summer: defence ministry
Posted on 2024-11-12 by K-Defense Blog
North Korea is believed to have shipped an additional 1.2 million artillery shells to Russia since August, South Korea's defence ministry told lawmakers, bringing the total to more than 6 million rounds since the start of the war.
In June the ministry had put the total at about 4.8 million.
The ministry also believes Pyongyang has transferred around 100 ballistic missiles, and that the North's munitions factories are running at full capacity to produce some 2 million shells a year.
The deliveries could be worth an estimated $5.5 billion to the cash-strapped regime, according to a Seoul think tank.
Comments (8) · Share""",
        expected=(
            Expect("ammunition", 1200000, "exact", incremental=True),
            Expect("ammunition", 6000000, "more_than"),
            Expect("ammunition", 4800000, "approx"),
            Expect("missiles", 100, "approx"),
        ),
    ),
    # --- 'at least a dozen' (12); vague 'dozens' (no value); unit name, hotline number,
    #     page count.
    ArticleCase(
        id="art25-dozen-officers-hotline",
        published="2024-12-03",
        text="""\
HUR: North Korean officers now embedded at Russian command posts
Ukraine Front Stories | 3 Dec 2024 | 2 min
At least a dozen senior North Korean officers have been seen at Russian command posts in the Kursk region, Ukraine's military intelligence agency (HUR) said on Tuesday.
The agency said about 500 North Korean artillerymen were also operating Koksan self-propelled guns from positions near the border, and that dozens of North Korean soldiers had been killed by Ukrainian drones in the past week.
Russia's 810th Naval Infantry Brigade has been fighting alongside the North Korean units, it said.
The HUR's hotline for Russian and North Korean soldiers wishing to surrender, +380 66 000 11 22, has received "several" calls in Korean, the agency added.
Related: Read the HUR's full statement (PDF, 3 pages)""",
        expected=(
            Expect("troops", 12, "at_least"),
            Expect("troops", 500, "approx"),
        ),
    ),
    # --- bare ranges (qualifier None); pay per soldier; Russia's own losses.
    ArticleCase(
        id="art26-ranges-killed-committed",
        published="2025-05-22",
        text="""\
Between 2,000 and 3,000 North Korean troops killed, Western estimate says
By Our Foreign Staff · 22 May 2025
Western intelligence agencies believe that between 2,000 and 3,000 North Korean soldiers have been killed fighting for Russia, a British newspaper reported on Thursday.
Officials say Pyongyang has committed 25,000 to 30,000 troops in total, rotating fresh units in as others are withdrawn.
Russia is said to be paying the North Korean state roughly $2,000 a month per soldier, of which the soldiers themselves see only a fraction.
The British defence ministry estimates Russia's own casualties in May averaged more than 1,100 a day.
- Advertisement -
Tags: North Korea · Russia · Intelligence""",
        expected=(
            Expect("casualties", 2000, None, value_max=3000),
            Expect("troops", 25000, None, value_max=30000),
        ),
    ),
    # --- ON-TOPIC but no quantified claim: technology transfer with specification numbers
    #     and North Korea's own satellite plans.
    ArticleCase(
        id="art27-satellite-tech-no-numbers",
        published=None,
        text="""\
Did Russia help North Korea put its spy satellite into orbit?
Analysis · 8 min read · Satellites, North Korea, Russia
North Korea's Malligyong-1 reconnaissance satellite reached orbit on its third attempt in November 2023, two months after Kim Jong Un toured the Vostochny cosmodrome with Vladimir Putin.
South Korean officials said at the time that Russian engineers had provided technical advice on the Chollima-1 rocket's engine, an account Moscow never confirmed.
The satellite, which weighs around 300 kg, circles the Earth at an altitude of about 500 km roughly 15 times a day.
Analysts say its cameras have a resolution of perhaps 3 to 5 metres, far coarser than commercial imagery available for a few dollars per square kilometre.
Pyongyang has said it plans to launch three more reconnaissance satellites, but has not done so since a failed attempt in May 2024.""",
        expected=(),
    ),
    # --- a mixed Russian force total (not a North Korean figure) and 'about 11,000 of them';
    #     tanks, territory, share.
    ArticleCase(
        id="art28-mixed-force-partitive",
        published="2024-11-11",
        text="""\
Russia masses forces to retake Kursk salient
11.11.2024 | 19:47 | Politics
Russia has assembled a force of some 50,000 troops, including North Korean soldiers, to push Ukrainian units out of the Kursk region, President Volodymyr Zelensky said on Monday.
Ukrainian intelligence believes about 11,000 of them are North Koreans, deployed in the region since late October.
Moscow has also moved several hundred tanks and armoured vehicles to the area, according to the General Staff.
Ukraine seized around 1,300 square kilometres of Russian territory in its August offensive but has since lost about 40% of it.
Share | Telegram | Viber | Facebook""",
        expected=(Expect("troops", 11000, "approx"),),
    ),
    # --- blog: other countries' shells, Russia's and North Korea's production,
    #     planned 'another 1 million'; subscription price.
    ArticleCase(
        id="art29-blog-shell-sources",
        published=None,
        text="""\
Where Russia's shells come from: North Korea, Iran and a trickle from elsewhere
Blog post · last edited 3 days ago · 1,420 words
By our count, North Korea has delivered over 3 million artillery shells to Russia, Iran around 300,000, and Belarus some tens of thousands from old stocks.
China has not been shown to ship complete shells, but Chinese firms supplied about 70% of the machine tools Russia imported in 2024 and large amounts of nitrocellulose.
Russian plants themselves made roughly 3 million shells last year, according to NATO estimates, and could produce up to 4.5 million in 2025.
North Korea's own production is harder to gauge; Seoul thinks its factories can turn out 2 to 3 million shells a year.
If the North keeps up the current pace, it could ship another 1 million by the end of the year, we estimate.
Comments (47) · Share · Subscribe for $5/month""",
        expected=(
            Expect("ammunition", 3000000, "more_than"),
            Expect("ammunition", 1000000, "exact", status="planned", incremental=True),
        ),
    ),
    # --- social-media thread: '~11K', '200+', 'on top of' a different item (not incremental);
    #     North Korea's own army, like counts.
    ArticleCase(
        id="art30-thread-k-notation",
        published=None,
        text="""\
🧵 THREAD: what we know about the DPRK contingent in Kursk (1/5)
1/ US & ROK both now say ~11K North Korean troops in Russia. Most are in Kursk oblast, per Pentagon.
2/ First combat reported early Nov. Ukraine's HUR claims 200+ DPRK KIA in a single day on Dec 14 (unverified).
3/ Pyongyang reportedly shipped 50 M1991 MRLs to go with them. That's on top of the ~100 Koksans seen in Russia since Oct.
4/ Not to be confused with the ~1.28M active-duty troops the KPA keeps at home.
5/ Follow for more. Likes 2.3K · Reposts 811""",
        expected=(
            Expect("troops", 11000, "approx"),
            Expect("casualties", 200, "more_than"),
            Expect("rocket_launchers", 50, "exact"),
            Expect("artillery", 100, "approx"),
        ),
    ),
    # --- machine-translated Ukrainian: 'N thousand', planned additional contingent,
    #     previous group, 'more then', partitive 'including 50 of'; view counter, date.
    ArticleCase(
        id="art31-mt-ukrainian-thousand-words",
        published="2025-03-24",
        text="""\
GUR: North korea prepare to send to russia next 25 thousand military
24.03.2025 12:43 | Politics | 👁 3 418
North korea is preparing for send to russian federation new additional contingent in quantity of nearly 25 thousand servicemen, informs Main intelligence directorate of Ministry of Defence of Ukraine.As it is noted, the previous group of 11 thousand have suffered big losses.
According to data of intelligence,in the battles in Kursk region the DPRK army lost killed more then 1 thousand persons and wounded about 3 thousand.
Also Pyongyang in January-February transferred to aggressor 154 artillery systems,including 50 of 170 mm self-propelled guns.
Recall, that 4 March the DPRK launched ballistic missiles in direction of Japanese sea.""",
        expected=(
            Expect("troops", 25000, "approx", status="planned", incremental=True),
            Expect("troops", 11000, "exact"),
            Expect("casualties", 1000, "more_than"),
            Expect("casualties", 3000, "approx"),
            Expect("artillery", 154, "exact"),
            Expect("artillery", 50, "exact"),
        ),
    ),
    # --- Russia to North Korea drones; production rates (North Korea's planned, Russia's own);
    #     'thousands of workers' (no value); phone number in byline.
    ArticleCase(
        id="art32-ru-to-nk-drones-rates",
        published="2025-09-05",
        text="""\
Seoul: Russia helping North Korea build Shahed-type drones
2025-09-05 09:31 KST · by Defence reporter · Tel. 02-398-3114
Russia is helping North Korea set up its own production of Shahed-type attack drones, South Korea's National Intelligence Service (NIS) told lawmakers on Friday.
The agency said Moscow had already handed over at least 10 Geran-2 drones for reverse engineering, and that Russian technicians were working at a plant near Pyongyang.
Once running, the factory could turn out up to 100 drones a month, the NIS estimated, a rate that would still trail Russia's own output of roughly 2,700 Gerans a month.
North Korea's drone programme has been on display since Kim Jong Un oversaw tests of "AI-equipped" suicide drones last year.
In return, Pyongyang has sent thousands of workers to the Alabuga drone plant in Tatarstan, the agency said.
- Advertisement -""",
        expected=(Expect("drones", 10, "at_least"),),
    ),
    # --- press-conference Q&A: figure inside an answer; number of allies, money.
    ArticleCase(
        id="art33-nato-qa-transcript",
        published=None,
        text="""\
Transcript: Press briefing by the NATO Secretary General (excerpts)
Q: Can you confirm the number of North Korean troops now in Russia?
A: What I can say is that, based on our own intelligence and that of Allies, more than 10,000 North Korean soldiers have been sent to Russia, and a good part of them are already in the Kursk region. I will not go into the exact number there.
Q: And missiles?
A: We also see North Korea providing missiles and millions of rounds of ammunition. In return, Russia provides technology that may support Pyongyang's missile programme. This is very dangerous, for Europe and for the Indo-Pacific, for all 32 Allies.
Q: Will NATO send troops to Ukraine?
A: No. But Allies have pledged more than 40 billion euros for Ukraine next year.""",
        expected=(Expect("troops", 10000, "more_than"),),
    ),
    # --- same figure in headline, lede, caption and quotation: one claim;
    #     population distractor.
    ArticleCase(
        id="art34-same-figure-four-times",
        published="2024-11-05",
        text="""\
North Korea has 'about 11,000' troops in Russia, says Seoul
By Yuna Park, Seoul correspondent | 5 November 2024
South Korea's defence minister said on Tuesday that about 11,000 North Korean soldiers are now in Russia, and that some have already been deployed to front-line areas.
Image caption: North Korean soldiers, some 11,000 of whom are in Russia according to Seoul, march in Pyongyang in a file photo from 2023
"Around 11,000 North Korean troops are in Russia, and a considerable number have moved to the front," the minister told parliament.
He said North Korea had also sent some of its Hwasong-11 short-range missiles and was expected to receive Russian space and nuclear submarine technology in return.
South Korea, which has a population of about 51 million, has so far refused to send lethal weapons to Ukraine, though it is reviewing the policy.""",
        expected=(Expect("troops", 11000, "approx"),),
    ),
    # --- digits in the headline, words in the body (one claim); pronouns ('It said',
    #     'the same source'); Russia's own losses; village count; teaser.
    ArticleCase(
        id="art35-digits-and-words-same-figure",
        published="2024-12-20",
        text="""\
Ukraine: North Korean units lost nearly 400 troops in a week
Posted on 20 December 2024 by UA Front News
Ukraine's Special Operations Forces said on Friday that North Korean units had lost nearly four hundred soldiers killed and wounded in fighting near three villages in the Kursk region over the past week.
It said the North Koreans were attacking in dense formations across open fields, making them easy targets for drones and artillery.
According to the same source, Russia has been using the North Koreans to shield its own units, which lost about 1,500 men a day in December according to Ukraine's General Staff.
Earlier this week, the Pentagon confirmed that "hundreds" of North Korean soldiers had been killed or wounded.
Read also: North Korea may send 1,000 more soldiers a month, analyst says""",
        expected=(Expect("casualties", 400, "approx"),),
    ),
    # --- North Korea's own arsenal and production next to a supply figure; speed, range.
    ArticleCase(
        id="art36-own-arsenal-vs-supply",
        published="2024-08-05",
        text="""\
North Korea shows off new missile launchers as Russia keeps firing its KN-23s
By Defence Analyst | 5 August 2024
North Korea's state media on Monday showed Kim Jong Un inspecting 250 new launchers for "tactical" ballistic missiles, which Pyongyang says will be deployed to front-line units along its southern border.
Kim said the country would build more than 100 additional KN-23-class missiles this year.
Western officials believe Russia received at least 50 North Korean KN-23s in the first half of the year and fired most of them at Ukrainian cities.
The missile travels at up to Mach 6 and has a range of roughly 700 km.
North Korea holds an estimated 1,000 ballistic missiles of all types, according to a U.S. think tank.
Moscow and Pyongyang deny any arms trade.""",
        expected=(Expect("missiles", 50, "at_least"),),
    ),
    # --- state-media wire with enemy losses, then an editor's note with a partitive
    #     'about 4,500 of the 14,000'.
    ArticleCase(
        id="art37-state-wire-editors-note",
        published="2025-04-26",
        text="""\
TASS: Kursk region fully liberated with participation of DPRK units, Gerasimov reports
MOSCOW, April 26, 2025. /TASS/.
Chief of the General Staff Valery Gerasimov reported to Supreme Commander-in-Chief Vladimir Putin that the Kursk region had been completely liberated, noting the "heroism" of servicemen of the Korean People's Army.
According to Gerasimov, during the operation the enemy lost more than 76,000 servicemen, over 400 tanks and 7,000 pieces of other equipment.
Editor's note: South Korean intelligence estimates that about 4,500 of the 14,000 North Korean soldiers deployed to Russia in two rotations were killed or wounded.
Tags: Kursk, DPRK, Gerasimov""",
        expected=(
            Expect("casualties", 4500, "approx"),
            Expect("troops", 14000, "exact"),
        ),
    ),
    # --- Italian-style machine translation: dot as thousands separator, 'other'/'further'
    #     = additional, conditional mood; unrelated 'READ ALSO'.
    ArticleCase(
        id="art38-mt-italian-dot-thousands",
        published="2025-02-25",
        text="""\
North Korea, Kim sends other 3.000 soldiers to Putin: the Seoul intelligence
Tuesday 25 February 2025 - 11:08 | by Editorial staff
The North Korea of Kim Jong-un would have sent further 3.000 soldiers in Russia between January and February, after the heavy losses suffered in the region of Kursk. This was revealed by the South Korean intelligence services, quoted by the agency Yonhap.
In total, the soldiers of Pyongyang sent to fight against Ukraine would now be around 14.000, to whom are added the 170mm artillery pieces and the missiles KN-23.
Always according to Seoul, around 500 North Korean soldiers would have died and around 3.200 would be wounded.
"The losses are very high," explained a deputy of the parliament commission.
READ ALSO: Ukraine, Zelensky: "Ready to meet Putin in Istanbul" - Trump: "In 2 weeks I will decide\"""",
        expected=(
            Expect("troops", 3000, "exact", incremental=True),
            Expect("troops", 14000, "approx"),
            Expect("casualties", 500, "approx"),
            Expect("casualties", 3200, "approx"),
        ),
    ),
    # --- acknowledgement without numbers, then lawmakers' figures; treaty article, time,
    #     teaser with a missile-strike death toll.
    ArticleCase(
        id="art39-acknowledgement-then-figures",
        published="2025-04-28",
        text="""\
North Korea confirms troops fought in Kursk for the first time
Pyongyang/Seoul, 28 April 2025 — 07:15 KST
North Korea on Monday acknowledged for the first time that it had sent troops to help Russia recapture the Kursk region, calling them "heroes" who had acted under Article 4 of the 2024 mutual defence treaty.
The Workers' Party's Central Military Commission said the decision had been made by Kim Jong Un and that a monument to the fallen would soon be built in the capital.
The statement, carried by the KCNA news agency at 6 a.m., did not say how many soldiers had been deployed or killed.
South Korean lawmakers briefed by intelligence officials have said that some 15,000 troops were sent in two rotations, and that about 600 of them died.
Read also: Russia to send 5,000 tourists to Wonsan; KN-23 missile hits Kyiv, killing 12
Tags: KCNA, Kursk, treaty""",
        expected=(
            Expect("troops", 15000, "approx"),
            Expect("casualties", 600, "approx"),
        ),
    ),
    # --- 'previous figure of 160' two paragraphs after the current count; 'It said';
    #     crew size with 'each'; newsletter issue number.
    ArticleCase(
        id="art40-previous-figure-koksan",
        published=None,
        text="""\
Koksan count rises as Pyongyang keeps guns flowing
Defence Intelligence Monitor | Weekly brief #37 | 4 min
Ukraine's military intelligence agency now counts some 220 North Korean Koksan self-propelled guns in Russian service.
That compares with the previous figure of 160 the agency gave in January.
It said it expects the North to deliver more of the 170-mm guns this year, along with additional 240-mm rocket launchers, but gave no numbers.
"Each gun needs a crew of eight and a lot of ammunition," a Ukrainian artillery officer told the brief.""",
        expected=(
            Expect("artillery", 220, "approx"),
            Expect("artillery", 160, "exact"),
        ),
    ),
    # --- money-centred analysis with one quantity; GDP share, population, income, phone.
    ArticleCase(
        id="art41-money-analysis-one-quantity",
        published=None,
        text="""\
How much has Pyongyang earned from Putin's war?
Korea Economic Insight | 9 min read | Updated 18:30
A Seoul think tank estimates that North Korea earned some $20 billion from its military cooperation with Russia in 2023-2024, equivalent to about 80 percent of its annual GDP.
The bulk came from the sale of roughly 12 million artillery shells, the think tank said, with troop deployments bringing in a further $400 million or so.
North Korea's population is about 26 million, and per-capita income remains under $1,300.
Phone: +82 2 3703 1114 | Email: editor@example.kr""",
        expected=(Expect("ammunition", 12000000, "approx"),),
    ),
    # --- OFF-TOPIC (North Korea-Russia, but civilian): tourism, flights and a bridge.
    ArticleCase(
        id="art42-offtopic-tourism-bridge",
        published="2025-07-10",
        text="""\
Russian tourists return to North Korea's new Wonsan beach resort
VLADIVOSTOK, July 10, 2025 — Weather: 24°C, light rain
A group of about 250 Russian tourists arrived at North Korea's Wonsan-Kalma resort on Thursday, the first foreign visitors since it opened on July 1, a Vladivostok travel agency said.
The resort can host up to 20,000 guests, according to North Korean state media.
Direct flights between Moscow and Pyongyang now run twice a month, and a road bridge across the Tumen River, about 1 km long, is due to open next year.
Tour packages start at 1,400 dollars for 8 days.
Share · Tweet · Email""",
        expected=(),
    ),
]
